"""A part read from measure narrowing: the level of a head noun with a narrowing modifier ("urban jobs",
"electric cars") within the level of the same head noun, unit and period stated before it that names fewer
modifiers (grammar.within.subgroups_within_totals), only doubtful above it unless the whole is called a total;
two levels each narrowed by a kind of its own are siblings, not part and whole; members of a complementary
pair narrowed past it ("adult fiction" and "children's") leave something out; and a share's whole named
"total N" is the one level the text calls a total of N, of the share's period (grammar.named_levels). The
sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def members(text: str) -> list[tuple[str, str, bool]]:
    return [(link.part.text, link.whole.text, link.sure) for link in meaning_of(text).members]


NARROWED = [
    ("The country had 2.84 million jobs in 2024. The survey counted 1.96 million urban jobs in 2024.",
     "1.96 million", "2.84 million"),
    ("In 2023, retailers sold 48,200 cars. In 2023, dealers in the north sold 12,300 electric cars.",
     "12,300", "48,200"),
]


@pytest.mark.parametrize("text, part, whole", NARROWED)
def test_a_narrower_measure_after_its_broader_level_is_a_doubtful_part(text, part, whole):
    assert members(text) == [(part, whole, False)]
    assert verdicts(text, "part-exceeds-whole") == [(Status.CONSISTENT, (part, whole))]


def test_a_narrower_measure_above_its_broader_level_is_only_a_question():
    text = "In 2023, retailers sold 48,200 cars. In 2023, dealers in the north sold 52,300 electric cars."
    assert verdicts(text, "part-exceeds-whole") == [(Status.UNDETERMINED, ("52,300", "48,200"))]


DECOYS = [
    # a bare head noun after the narrowed level may repeat it: no whole of it
    "In 2021 there were 5,021 new dwelling completions. The rise was largest for apartments, up from 524 "
    "completions in 2020 to 1,333 completions in 2021.",
    # another period
    "In 2022, retailers sold 48,200 cars. In 2023, dealers sold 52,300 electric cars.",
    # a modifier that changes the measure: net exports may exceed exports
    "Exports came to $3.9 billion in 2022. Net exports were $4.2 billion in 2022.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_narrowed_part_where_the_words_do_not_make_one(text):
    assert [(p, w) for p, w, _ in members(text)] == []


def test_two_levels_each_narrowed_by_a_kind_of_its_own_are_siblings():
    text = ("Exports of goods totalled $4.82 billion in March 2023. Dairy exports came to $1.12 billion in "
            "March 2023.")
    assert [(p, w) for p, w, _ in members(text)] == []
    assert not [v for v in verdicts(text, "part-exceeds-whole") if v[0] is Status.INCONSISTENT]


def test_a_member_outside_the_whole_s_kind_is_only_doubtful_within_it():
    text = ("Exports of goods totalled $4.82 billion in March 2023, of which exports to China accounted for "
            "$1.37 billion. Dairy exports came to $1.12 billion in March 2023.")
    assert ("$1.37 billion", "$1.12 billion", True) not in members(text)
    assert not [v for v in verdicts(text, "part-exceeds-whole") if v[0] is Status.INCONSISTENT]


def test_members_of_a_complementary_pair_narrowed_past_it_do_not_exhaust_the_total():
    text = ("Trade e-book revenues grew to $2.31 billion in 2019. Adult fiction e-book revenues were $1.48 billion "
            "in 2019, and children's e-book revenues were $0.19 billion.")
    assert not [v for v in verdicts(text, "sum-of-parts") if v[0] is Status.INCONSISTENT]


def test_members_of_a_complementary_pair_still_exhaust_the_total():
    text = "Sales came to 4.20 billion yuan. Urban stores sold 3.15 billion yuan and rural stores 1.05 billion yuan."
    assert any(link.exhaustive for link in meaning_of(text).parts)


SHARE = ("Global recorded music, 2016\n\nDigital revenues rose to US$ {part} billion in 2016. Total industry revenues "
         "were US$ 15.7 billion in 2016. Streaming revenues reached US$ 4.6 billion in 2016. Digital revenues are now "
         "50 per cent of total revenues.\n")


def test_a_share_of_total_n_takes_the_one_level_called_a_total_of_n():
    found = verdicts(SHARE.format(part="7.8"), "share-of-total")
    assert found == [(Status.CONSISTENT, ("US$ 7.8 billion", "US$ 15.7 billion", "50 per cent"))]
    assert [status for status, _ in verdicts(SHARE.format(part="9.8"), "share-of-total")] == [Status.UNDETERMINED]


def test_a_share_of_total_n_takes_no_level_when_two_are_called_totals():
    text = SHARE.format(part="7.8").replace("Streaming revenues reached", "Total streaming revenues reached")
    assert verdicts(text, "share-of-total") == []


@pytest.mark.parametrize("text", [
    "Overseas workers remitted $3.496 billion in the first two months of the fiscal year.",
    "Households borrowed $41.2 million in the past 12 months.",
])
def test_a_stretch_counted_in_months_is_a_period_not_a_place_of_the_measure(text):
    from _reading import meaning_of as read
    figure = read(text).figures[0]
    assert "first" not in figure.measure.split() and "past" not in figure.measure.split()
