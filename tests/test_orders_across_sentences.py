"""Orders said in one sentence whose figures another sentence gives (issue 10), read by grammar.order and checked by
the ranking check:
- the top (bottom) of an order said in a sentence with no figure (but the field's size in an opening adverbial),
  by a superlative or "leading"/"top", or by a verb of place ("topped the list of ...", "came last in ..."), the
  leader's figure in the next sentence named by the item or pointed back at ("It recorded ...", "Its collections
  came to ...", "Shipments there ..."), or in the sentence before named by the item; its rivals the other figures of
  that sentence, or those of the sentence after that carries the order on ("Airtel, the runner-up, had ...");
- "the highest (lowest) since YEAR" with no level of that year beside it, and the next sentence giving the same
  measure's level at a time inside the span.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("Germany was again the largest destination for Polish exports in 2023. Shipments there were worth EUR 98.2 "
     "billion, against EUR 27.4 billion to Czechia.", ("EUR 98.2 billion", "EUR 27.4 billion")),
    ("Nairobi topped the list of counties for new company registrations in the quarter. It recorded 14,320 new "
     "companies, while Mombasa had 3,905.", ("14,320", "3,905")),
    ("Among the nine provinces, Limpopo came last in this year's examinations. Its pass rate was 58.3 per cent, while "
     "Gauteng recorded 84.1 per cent.", ("84.1 per cent", "58.3 per cent")),
    ("Tea earned KSh 138 billion in export receipts last year and coffee KSh 27 billion. Tea thus remained the "
     "country's biggest agricultural export earner.", ("KSh 138 billion", "KSh 27 billion")),
    ("Safaricom remained the leading mobile operator at the end of June. Its subscriber base stood at 44.1 million. "
     "Airtel Kenya, the runner-up, had 19.6 million subscribers.", ("44.1 million", "19.6 million")),
    ("Maize remained the leading crop by planted area this season. Farmers sowed it on 2.41 million hectares, while "
     "sorghum covered 1.86 million hectares.", ("2.41 million hectares", "1.86 million hectares")),
    # other verbs of a leader and "most" before a plural noun
    ("Durban stayed the busiest container port in the year. It handled 2.7 million containers, against 1.4 million at "
     "Cape Town.", ("2.7 million", "1.4 million")),
    ("Ghana had the most new mobile-money accounts of any West African country. Accounts opened there numbered 4.1 "
     "million, while Nigeria's numbered 3.2 million.", ("4.1 million", "3.2 million")),
    ("Biology drew the fewest entries of the science subjects. It drew 1,240 entries, while chemistry drew 1,610.",
     ("1,610", "1,240")),
])
def test_an_order_said_apart_from_its_figures_holds(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text, "ranking")


def test_an_order_said_apart_from_its_figures_is_only_likely():
    text = ("Germany was again the largest destination for Polish exports in 2023. Shipments there were worth EUR 18.2 "
            "billion, against EUR 27.4 billion to Czechia.")
    assert not errors(text, "ranking")  # the order's measure ("destination") is not named by the figures' sentence
    assert (Status.UNDETERMINED, ("EUR 18.2 billion", "EUR 27.4 billion")) in verdicts(text, "ranking")


@pytest.mark.parametrize("text", [
    # the order is of changes, the figures levels
    "Kaduna posted the largest increase in primary enrolment this year. It now has 812,400 pupils, against 1,104,000 in Kano.",
    # the order is by another measure
    "By area, Kruger is the largest national park in the country. It received 1.8 million visitors last year, against "
    "2.3 million at Table Mountain.",
    # a place by volume ranks no money, a place by value no count
    "By volume, Chile is the largest copper exporter. It earned $41.2 billion, against $58.0 billion for Peru.",
    "Kenya was the leading tea exporter by value. It shipped 450,000 tonnes, against 610,000 tonnes from Sri Lanka.",
    # the words that trail the leader's figure ("Hilux units") name no next item
    "The Hilux stayed the top-selling bakkie in May. Toyota sold 3,114 Hilux units, while the Ranger sold 2,761 units "
    "and the D-Max 3,900 units.",
    # the order is of rates, the figures counts
    "The Western Cape had the highest vaccination rate in the country. Its clinics employed 4,210 nurses, while "
    "KwaZulu-Natal's employed 6,880.",
    # the figures' sentence ranks on its own
    "Brazil was the world's largest coffee grower. It also had the lowest export price per bag, at $148, against $212 "
    "in Colombia.",
    # no item of the figures' sentence is named or pointed back at
    "Copper was the largest export earner. Exports reached $9.6 billion and imports $17.1 billion.",
    # another fact of the leader, not the measure it leads by
    "Kenya was the largest exporter of tea. It also imported 41,000 tonnes of wheat, against 52,000 tonnes by Uganda.",
    # two measures of the leader, not a rival's ("and"), and the leader's own other measure ("its reservoirs")
    "The company was the biggest employer in the county. It paid KSh 2.1 billion in wages and KSh 3.4 billion in taxes.",
    "The north had the highest rainfall of the regions. It received 1,200 mm, while its reservoirs held 3,400 mm.",
    # "most" before an adjective is no first place
    "The minister was the most senior official at the launch. It said 41,000 jobs had been created, against 58,000 "
    "a year earlier.",
])
def test_no_order_of_these_figures_is_said(text):
    # (each decoy's figures break the order if it were read: a reading would show as a question)
    assert all(status is Status.CONSISTENT for status, _ in verdicts(text, "ranking"))


@pytest.mark.parametrize("text, figures", [
    ("Wheat prices climbed to $312 a tonne in May 2024, the highest since 2012. In May last year they averaged $334 a "
     "tonne.", ("$312", "$334")),
    ("Exports reached 41,200 tonnes in 2023, the lowest since 2009. In 2019 they had come to 38,900 tonnes.",
     ("38,900 tonnes", "41,200 tonnes")),
])
def test_a_level_inside_the_span_of_the_highest_since_that_breaks_it_is_an_error(text, figures):
    assert figures in errors(text, "ranking")


@pytest.mark.parametrize("text", [
    # the year of the level is the span's first: not inside it
    "Exports reached 41,200 tonnes in 2023, the lowest since 2019. In 2019 they had come to 38,900 tonnes.",
    # another measure: neither pointed back at nor named by the ranked level's noun
    "Imports reached 41,200 tonnes in 2023, the lowest since 2009. In 2019 the port handled 38,900 tonnes of coal.",
    # a narrower measure: a group of its own, or a word before the noun the ranked level's sentence does not say
    "Unemployment fell to 4.1 per cent in 2023, the lowest since 2008. In 2015 unemployment among women stood at 3.9 per cent.",
    "Unemployment fell to 4.1 per cent in 2023, the lowest since 2008. In 2015 youth unemployment stood at 3.9 per cent.",
    # the noun after the ranked figure is its unit's, no name of its measure
    "Sales hit 4.8 million units in 2024, the highest since 2014. In 2019 imports of the units came to 5.3 million.",
])
def test_a_level_outside_the_span_or_of_another_measure_is_not_ranked(text):
    assert not errors(text, "ranking")


def test_a_level_inside_the_span_that_holds():
    text = "Exports reached 41,200 tonnes in 2023, the lowest since 2009. In 2019 they had come to 48,900 tonnes."
    assert (Status.CONSISTENT, ("48,900 tonnes", "41,200 tonnes")) in verdicts(text, "ranking")


def test_the_leaders_two_measures_are_no_rivals():
    # a decoy: the leader's figure and a second measure of the leader, no other item named before or after it
    text = ("China took the top spot for both demand and production of paper, with the U.S. in second place. China "
            "accounted for 24% of world demand and 27% of global production in 2011.")
    assert verdicts(text, "ranking") == []
