"""Figures a reader pairs across two sentences: a change in one sentence and the levels it runs between in
another, tied by the words (a connective that restates, a definite noun for the move, an anaphoric subject,
an earlier time opening the sentence) and ordered by the periods the words give each level. Decoys: figures
of one unit in neighbouring sentences that the words do not tie (another measure, another group, a level
of each sentence with no word marking either as the earlier one) must stay silent."""
from __future__ import annotations

import pytest

from _reading import errors, statuses, verdicts
from auditor.model import Status


# ---- two levels of one sentence, one marked as the earlier by the words beside it, then the change -------------

def test_a_restating_connective_draws_the_change_from_two_levels_marked_by_time():
    text = ("The port authority registered 2,315 fishing vessels this year and 2,180 last year. "
            "In other words, 135 more boats were at sea, most of them small trawlers.")
    assert statuses(text, "difference") == [Status.CONSISTENT]
    wrong = text.replace("135 more", "165 more")
    assert errors(wrong, "difference") == [("2,315", "2,180", "165")]


def test_levels_dated_this_year_and_the_year_before_then_a_restated_change():
    text = ("Registered charities numbered 8,406 this year and 8,131 the year before. "
            "Put another way, there were 275 more charities on the register.")
    assert statuses(text, "difference") == [Status.CONSISTENT]
    wrong = text.replace("275 more", "375 more")
    assert errors(wrong, "difference") == [("8,406", "8,131", "375")]


def test_a_definite_noun_for_the_move_then_its_size_in_apposition():
    text = ("Rural post offices in the province: 512 at the end of 2018; 447 at the end of 2023. "
            "The closures, a net loss of 65, were felt most in mountain villages, the regulator said.")
    assert statuses(text, "difference") == [Status.CONSISTENT]
    wrong = text.replace("net loss of 65", "net loss of 85")
    assert errors(wrong, "difference") == [("447", "512", "85")]


def test_levels_no_word_orders_stay_unread():
    # neither level is marked as the earlier one: the two are set side by side, not a move
    text = ("The northern depot holds 2,315 pallets and the southern depot 2,180. "
            "In other words, 195 more pallets are stored up north.")
    assert errors(text, "difference") == []


def test_a_rate_of_another_measure_after_two_marked_levels_is_not_theirs():
    # the rate names what it measures (seat bookings); the levels are the operator's profit: no word ties them
    text = ("The ferry operator's profit fell from R410m last year to R388m. "
            "In its annual statement the operator said seat bookings declined by 8.2%, mostly on the island route.")
    assert [s for s in statuses(text, "growth-rate") if s is not Status.CONSISTENT] == []
    assert errors(text, "growth-rate") == []


# ---- an anaphoric subject for a level with no noun of its own ------------------------------------------------

def test_a_pronoun_subject_takes_the_dated_level_of_the_sentence_before():
    text = ("The clinic treated 3,200 patients in 2021 and 45 volunteers helped there. "
            "In 2022 it treated 3,680, 15 percent more.")
    assert statuses(text, "growth-rate") == [Status.CONSISTENT]
    wrong = text.replace("15 percent", "25 percent")
    assert errors(wrong, "growth-rate") == [("3,680", "3,200", "25 percent")]


def test_two_dated_levels_before_a_pronoun_leave_it_unread():
    # both levels of the sentence before are dated to the year before: which one "it" counts, nothing says
    text = ("In 2021 the clinic treated 3,200 patients and it trained 450 nurses in 2021. "
            "In 2022 it treated 3,680, 25 percent more.")
    assert errors(text, "growth-rate") == []


# ---- an average per unit is a level a rate of change moves --------------------------------------------------

def test_an_average_per_unit_across_a_figureless_sentence():
    text = ("Volunteers counted an average of 6.12 hedgehogs per park during the spring survey.\n\n"
            "That is well down on the first survey, run by the trust in 1998.\n\n"
            "Back then, an average of 12 hedgehogs per park were counted, which means a 49% decline over the period.")
    found = verdicts(text, "growth-rate")
    assert [figures for _, figures in found] == [("6.12", "12", "49%")]


def test_a_count_per_unit_is_a_ratio():
    from _reading import meaning_of
    from auditor.model import Kind

    meaning = meaning_of("Inspectors found 12 violations per site on average.")
    (figure,) = meaning.figures
    assert figure.kind is Kind.RATIO


@pytest.mark.parametrize("text", [
    # another group's average in the sentence before: not the earlier value of this one
    "Volunteers counted 6,120 hedgehogs in the parks this spring.\n\n"
    "Back then, an average of 12 hedgehogs per park were counted, a 49% decline.",
])
def test_an_average_is_no_count_of_the_whole(text):
    assert errors(text, "growth-rate") == []


# ---- a sentence opening on an adverb for "of the whole said before" -------------------------------------------

def test_thereof_opens_the_parts_of_the_level_before():
    text = ("Newly licensed taxis in the region numbered 24,600 in the reporting year, the transport office said. "
            "Thereof fell on diesel vehicles 9,300, on petrol vehicles 8,100 and on electric vehicles 7,200.")
    assert errors(text, "part-exceeds-whole") == []
    assert Status.CONSISTENT in statuses(text, "part-exceeds-whole")
    wrong = text.replace("8,100", "11,100")
    assert ("9,300", "11,100", "7,200", "24,600") in errors(wrong, "part-exceeds-whole")


def test_parts_a_preposition_and_label_sort_add_up_to_no_more_than_the_whole():
    # the parts a sentence opening on "of these" lists after one preposition each are kinds of one breakdown
    text = ("The agency received 5,200 complaints in 2024. "
            "Of these, there went to energy firms 2,900, to water firms 1,700 and to telecoms firms 1,100.")
    assert ("2,900", "1,700", "1,100", "5,200") in errors(text, "part-exceeds-whole")


def test_parts_with_two_prepositions_are_not_sorted_one_way():
    # "on" and "from": two attributes, and a part may count what another does
    text = ("The agency received 5,200 complaints in 2024. "
            "Of these, there went on energy bills 2,900, from rural households 1,700 and on water bills 1,100.")
    assert errors(text, "part-exceeds-whole") == []


def test_a_restated_change_at_odds_with_the_move_is_not_its_change():
    # the marks make 2,315 the later level, a rise; "fewer" says a fall: another comparison, not this move's size
    text = ("The port authority registered 2,315 fishing vessels this year and 2,180 last year. "
            "In other words, 135 fewer boats were laid up, most of them small trawlers.")
    assert errors(text, "difference") == []
