"""Orders and thresholds said in words (grammar.order, grammar.frames): a rate "N households in 1000" whose base is
no item of a list, a place said with "comes second", the first place named by its number ("the No.1 spot by
revenue"), a forecast's leader against the items forecast beside it, a fraction in words with its part and whole in
apposition ("over a quarter of respondents, 212 of the 1,010 interviewed"), and "was more than double the" (a
multiple, not a difference). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar.frames import Role
from auditor.model import Status


def roles(text: str) -> dict[str, Role]:
    meaning = meaning_of(text)
    return {f"{f.text}@{f.span.start}": meaning.frame(f).role for f in meaning.figures}


# --- "N households in 1000": the base of a rate ---------------------------------------------------

RURAL = ("Among rural districts, Tarn leads with 72 households in 1000 online, ahead of Lys with 41 and Ome with "
         "30 households in 1000.")


def test_the_base_after_a_count_in_it_is_a_per_base_not_a_level():
    found = roles(RURAL)
    bases = [key for key, role in found.items() if key.startswith("1000@")]
    assert len(bases) == 2 and all(found[key] is Role.PER_BASE for key in bases)


def test_a_round_count_of_another_noun_after_in_stays_a_level():
    found = roles("In 2019, 61 schools in 1000 villages had a library.")
    assert [role for key, role in found.items() if key.startswith("1000@")] == [Role.LEVEL]


def test_the_leader_of_a_list_of_rates_per_1000_is_its_count_not_the_base():
    found = verdicts(RURAL, "ranking")
    assert (Status.CONSISTENT, ("72", "41")) in found and (Status.CONSISTENT, ("72", "30")) in found
    assert not any("1000" in figures for _, figures in found)
    assert (Status.INCONSISTENT, ("32", "41")) in verdicts(RURAL.replace("72", "32"), "ranking")


# --- "comes second", "the No.1 spot by revenue" ----------------------------------------------------

POWER = "Gas was the largest source of power at 41 per cent. Wind comes second (27 per cent), and coal comes third with 12 per cent."


def test_a_place_said_with_comes_orders_the_figures():
    found = verdicts(POWER, "ranking")
    assert (Status.CONSISTENT, ("41 per cent", "27 per cent")) in found
    assert (Status.CONSISTENT, ("27 per cent", "12 per cent")) in found
    assert (Status.INCONSISTENT, ("41 per cent", "47 per cent")) in verdicts(POWER.replace("27", "47"), "ranking")


GAMES = "Console games hold the No.1 spot by revenue, with 8.4 billion yuan. Mobile games come second with 6.1 billion yuan."


def test_the_first_place_by_revenue_ranks_an_amount_of_money():
    assert (Status.CONSISTENT, ("8.4 billion yuan", "6.1 billion yuan")) in verdicts(GAMES, "ranking")
    assert (Status.INCONSISTENT, ("8.4 billion yuan", "9.1 billion yuan")) in verdicts(GAMES.replace("6.1", "9.1"), "ranking")


def test_a_place_by_revenue_does_not_rank_a_count():
    text = "Northgate holds the No.1 spot by revenue, with 2,100 staff. Southgate comes second with 3,400 staff."
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "ranking"))


# --- a forecast's leader ---------------------------------------------------------------------------

ROYALTIES = "Copper, the largest earner of royalties, will bring in Sh651.7 billion, while cobalt will deliver Sh479 billion."


def test_a_forecast_leader_is_likely_above_the_items_forecast_beside_it():
    assert (Status.CONSISTENT, ("Sh651.7 billion", "Sh479 billion")) in verdicts(ROYALTIES, "ranking")
    broken = verdicts(ROYALTIES.replace("Sh651.7", "Sh451.7"), "ranking")
    assert (Status.UNDETERMINED, ("Sh451.7 billion", "Sh479 billion")) in broken
    assert not any(status is Status.INCONSISTENT for status, _ in broken)


# --- a fraction in words, its part and whole in apposition ----------------------------------------

@pytest.mark.parametrize("part, status", [("312", Status.CONSISTENT), ("212", Status.INCONSISTENT)])
def test_a_fraction_of_a_noun_then_its_part_of_the_whole_in_apposition(part, status):
    text = f"Over a quarter of respondents, {part} of the 1,010 interviewed, said they had changed jobs."
    assert (status, (part, "1,010", "a quarter")) in verdicts(text, "comparison")


def test_a_fraction_then_counts_of_another_whole_is_not_read():
    text = "Over a quarter of respondents said they had changed jobs; 212 of the 1,010 firms hired."
    assert verdicts(text, "comparison") == []


# --- "was more than double the": a multiple ---------------------------------------------------------

@pytest.mark.parametrize("level, status", [("£45m", Status.CONSISTENT), ("£35m", Status.INCONSISTENT)])
def test_a_level_said_to_be_more_than_double_another(level, status):
    text = f"Revenue of {level} was more than double the £19m of 2018."
    assert (status, (level, "£19m", "double")) in verdicts(text, "ratio")


def test_a_count_more_than_another_stays_a_difference():
    meaning = meaning_of("Sales of 4,000 units were 300 units more than a year earlier.")
    assert [meaning.frame(f).role for f in meaning.figures] == [Role.LEVEL, Role.CHANGE]


# --- a leader "ahead of" items named without figures, each one's level given after ---------------

DONORS = ("Aid notes\n\nBy volume, Norland remained the largest grain exporter, ahead of Vesta, Carrow and Delmar.\n\n"
          "Grain exports from Norland were 41.2 million tonnes in 2023, up 3% on 2022.\n\n"
          "Exports from Vesta fell by 2% to 28.5 million tonnes, and Carrow (19.7 million tonnes) held steady.")


def test_a_leader_ahead_of_named_items_is_likely_above_each_level_given_after():
    found = verdicts(DONORS, "ranking")
    assert (Status.CONSISTENT, ("41.2 million tonnes", "28.5 million tonnes")) in found
    assert (Status.CONSISTENT, ("41.2 million tonnes", "19.7 million tonnes")) in found
    broken = verdicts(DONORS.replace("41.2", "21.2"), "ranking")
    assert (Status.UNDETERMINED, ("21.2 million tonnes", "28.5 million tonnes")) in broken
    assert not any(status is Status.INCONSISTENT for status, _ in broken)


def test_ahead_of_an_event_names_no_rival():
    text = ("Prices notes\n\nFood was the largest driver of inflation, ahead of the June meeting of the bank.\n\n"
            "Food prices were 12.1 per cent higher. The June meeting was 3 per cent shorter.")
    assert verdicts(text, "ranking") == []


# --- a later sentence leading a list of its own opens another ranking --------------------------------

def test_a_later_leader_ends_the_run_of_the_first_leaders_items():
    text = ("Among rural districts, Tarn leads with 72 households in 1000 online, ahead of Lys with 41. "
            "In the towns, Brest tops the list with 121 per 1000, ahead of Sete (97).")
    assert not any(figures[:2] == ("72", "121") for _, figures in verdicts(text, "ranking"))
