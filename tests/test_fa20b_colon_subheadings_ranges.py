"""Misreadings of real releases nobody tuned on, fifth round, second batch (the texts are invented here):

- a colon after a change's base ("down 9 percent on a year before: 273 million laying ...") closes the
  comparison and opens a breakdown: the figure after it is a part, not the old level;
- one measure's name under two parallel plain-text subheadings ("Egg-type chicks ..." / "Broiler-type chicks ...") may
  be two groups' measure: a mismatch is a question, not an error;
- a rate that is one end of a range ("rose between 24% and 28%") is no single change between the two levels
  of its sentence."""
from __future__ import annotations

from _reading import errors, meaning_of, statuses
from auditor.model import Status


BREAKDOWN = ("On September 1 the country had 331 million layers, down 9 percent on a year before: 273 million "
             "laying table eggs, 54.6 million laying broiler-type hatching eggs and 3.17 million laying egg-type "
             "hatching eggs.\n")


def test_a_colon_after_the_base_opens_a_breakdown_not_the_old_level():
    assert not errors(BREAKDOWN, "growth-rate")
    assert not [link for link in meaning_of(BREAKDOWN).changes if link.old.text == "273 million"]


def test_an_old_level_after_the_base_without_a_colon_is_still_read():
    text = "The flock had 331 million layers, down 9 percent on the 273 million of a year before.\n"
    assert errors(text, "growth-rate")


SECTIONS = ("Hatchery report\n\n"
            "Egg-type chicks hatched up 18 percent\n\n"
            "Hatcheries produced 46.9 million egg-type chicks in August 2015. Eggs in incubators came to "
            "47.2 million on September 1, 2015.\n\n"
            "Broiler-type chicks hatched up 1 percent\n\n"
            "Broiler-type chicks hatched in August 2015 numbered 798 million. Eggs in incubators totaled "
            "635 million on September 1, 2015.\n")


def test_one_name_under_two_subheadings_is_a_question():
    assert not errors(SECTIONS, "same-measure-conflict")


def test_one_name_twice_in_one_section_is_still_an_error():
    text = SECTIONS.replace("Egg-type chicks hatched up 18 percent\n\n", "").replace(
        "Broiler-type chicks hatched up 1 percent\n\n", "")
    assert errors(text, "same-measure-conflict")


def test_only_parallel_subheadings_part_two_sections():
    from auditor.grammar.nearby import under_parallel_subheadings as apart
    text = ("Title\n\nEgg-type chicks hatched up 18 percent\n\nFirst 1.\n\n"
            "Broiler-type chicks hatched up 1 percent\n\nSecond 2.\n")
    assert apart(text, text.index("First"), text.index("Second"))
    text = "Title\n\nHighlights\n\nFirst 1.\n\nDamage to homes\n\nSecond 2.\n"
    assert not apart(text, text.index("First"), text.index("Second"))  # a summary, then the body
    text = "Title\n\nFirst 1.\n\nA short line.\n\nSecond 2.\n"
    assert not apart(text, text.index("First"), text.index("Second"))  # a sentence is no subheading


RANGE = ("Prices paid by importers rose between 24% and 28% over the year, reflecting freight costs, which went "
         "from US$ 99 per ton to US$ 268.\n")


def test_a_range_of_rates_is_no_change_between_the_levels():
    assert not errors(RANGE, "growth-rate")
    assert not errors(RANGE.replace("between 24% and 28%", "24-28%"), "growth-rate")


def test_a_single_rate_between_two_levels_is_still_checked():
    text = "Freight costs rose 28% over the year, from US$ 99 per ton to US$ 268.\n"
    assert Status.INCONSISTENT in statuses(text, "growth-rate")
