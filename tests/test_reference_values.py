"""A level said to lie above (below) a reference value, "the average", "the national mean", "the benchmark"
(grammar.order.against_references): at least (at most) the figure given right after the noun, or else the one
given before under the same name. Checked by the comparison check. The sentences are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).crossings}


@pytest.mark.parametrize("text, pair", [
    # the level fronted, the reference's figure after its noun
    ("At 12.4 per cent, the county's vacancy rate is well above the regional average of 9.8 per cent.",
     ("12.4 per cent", "9.8 per cent")),
    ("With 4.2 doctors per 1,000 residents, the island now stands far above the national mean of 3.1 doctors per 1,000 "
     "residents.", ("4.2", "3.1")),
    # the reference named before, without its figure this time
    ("Average spending per visitor was £54. Londoners spent £71, above the average.", ("£71", "£54")),
    ("The regional average commute is 38 minutes. In Harford the commute takes 31 minutes, which is below the regional "
     "average.", ("38", "31")),
    ("Schools in the district had an average class size of 27 pupils. Hillside Primary, with 31 pupils, sits above the "
     "average.", ("31", "27")),
    # no article: "above average"
    ("The average household spends £86 a week on food. In Wales the figure is £91, above average.", ("£91", "£86")),
    # the reference named after the words, in the same sentence
    ("Kent's recycling rate, at 38 per cent, is below average; the average for English councils is 44 per cent.",
     ("44 per cent", "38 per cent")),
    # spans of time
    ("The regional average is 26 days. At 31 days, waits in the north are higher than the average.",
     ("31 days", "26 days")),
    # the level past the reference's own figure set against it
    ("Crop yields reached 8.1 tonnes, against a county average of 7.4 tonnes, putting the farm above the average.",
     ("8.1 tonnes", "7.4 tonnes")),
    # a level that is itself a reference of a narrower group
    ("The national median wage is £33,000; in Hull the median is £29,400, well below the national median.",
     ("£33,000", "£29,400")),
])
def test_a_level_lies_on_the_side_of_its_reference(text, pair):
    assert (*pair, True) in orders(text)
    assert (Status.CONSISTENT, pair) in verdicts(text)


@pytest.mark.parametrize("text, pair", [
    ("Average spending per visitor was £54. Londoners spent £71, above the average, and Scots £49, also above the "
     "average.", ("£49", "£54")),
    ("The regional average commute is 38 minutes. In Harford the commute takes 43 minutes, which is below the regional "
     "average.", ("38", "43")),
    ("At 8.1 per cent, the county's vacancy rate is well above the regional average of 9.8 per cent.",
     ("8.1 per cent", "9.8 per cent")),
    ("Kent's recycling rate, at 48 per cent, is below average; the average for English councils is 44 per cent.",
     ("44 per cent", "48 per cent")),
])
def test_a_level_on_the_wrong_side_of_its_reference_is_an_error(text, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text)


@pytest.mark.parametrize("text", [
    # a gap, not a level: "2% below the average"
    "The average yield was 6.0 per cent; the fund returned 2.0 per cent below the average.",
    # two averages of the unit, the name saying neither
    "The national average was 40 per cent and the regional average 35 per cent. Kent had 38 per cent, below the average.",
    # figures side by side with no reference between them
    "Londoners spent £71 and Scots £49 on the trip; the average stay was four nights.",
    # the reference's figure in view under another wording: not an earlier one
    "The average was £54 in 2022. Londoners spent £49, above the average for 2023 of £45.",
])
def test_no_reference_no_order(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_named_reference_is_told_apart_from_another():
    text = ("The national average was 40 per cent and the regional average 35 per cent. Kent, at 38 per cent, is below "
            "the national average.")
    assert ("40 per cent", "38 per cent", True) in orders(text)
    assert not any("35 per cent" in (a, b) for a, b, _ in orders(text))


def test_a_forecast_is_never_an_error():
    text = "The average fare is £3.20. Next year the fare is expected to reach £2.90, above the average."
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


def test_the_level_after_at_when_the_reference_was_named_before():
    text = ("The national average is 40 per cent. Kent, where turnout was 38 per cent in 2019, is now above the average "
            "at 44 per cent.")
    assert ("44 per cent", "40 per cent", True) in orders(text)
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_class_of_levels_is_not_set_against_the_reference():
    text = "The average class has 27 pupils. Schools with 25 pupils or more are above the average."
    assert not orders(text)
