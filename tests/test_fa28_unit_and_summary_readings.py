"""Readings that real releases (fa27's fresh set: a Guyana bulletin of sugar, rice and gold) called for, each with
decoys that must stay quiet and a twin whose stated relation must still be read:

- "metric tons" and "metric tonnes" are tonnes: the unit is read with its adjective, so the comparative after it
  belongs to the figure ("12.0 percent or 56,305 metric tonnes more than the 470,312 metric tonnes": a gap, not a
  level said to exceed the other);
- a sentence that names the direction of a list of measures is a summary only when it states no figure of its own:
  "receipts from rice, gold and sugar increased by 19.7%, 14.3% and 2.5%" is data about receipts, and gives no
  direction to a later level of sugar production set against last year's;
- a heading's round change told again in the body as a bound ("Copper production up by 55,000 tonnes" ... "increased
  by over 55,000 metric tonnes") stands for that bound, not for the exact gap of the body's two levels;
- a change noun in the plural heads a list of one change per item ("the largest relative increases were seen in
  forestry (10.7%), electricity and water (6.4%) and other manufacturing (7.4%)"): no shares that 'other' completes;
- the span a change compares may be named at the head of its sentence ("On a monthly comparison basis, sales rose
  11.3%", "Month-on-month, ...") or as "on the year", "year-over-year": a month-on-month change is no restatement of a
  year-on-year one.
"""
from __future__ import annotations

from tests._reading import errors


def test_a_metric_ton_is_a_tonne_and_its_comparative_makes_a_gap():
    for text in (
        "The volume of rice exported amounted to 526,617 metric tonnes, 12.0 percent or 56,305 metric tonnes more "
        "than the 470,312 metric tonnes exported in 2018.\n",
        "Paddy output reached 3.2 million metric tons, 150,000 metric tons more than the 3.05 million metric tons "
        "harvested in 2022.\n",
        "Coffee exports totalled 84,200 metric tonnes, or 9,100 metric tonnes fewer than the 93,300 metric tonnes "
        "shipped a year earlier.\n",
    ):
        assert errors(text, "comparison") == [], text
    # decoy: two crops' levels side by side relate to nothing
    text = "Maize production was 1.1 million metric tons in the main season and sorghum production 640,000 metric tons.\n"
    for check in ("comparison", "difference", "same-measure-conflict", "change-direction", "part-exceeds-whole"):
        assert errors(text, check) == [], check
    # twin: a gap in metric tons that the levels do not give is still flagged
    twin = ("Sugar production came to 270,400 metric tonnes, 12,000 metric tonnes above the 250,000 metric tonnes "
            "of 2022.\n")
    assert errors(twin, "difference") != []


def test_a_sentence_of_rates_names_no_direction_for_a_later_level():
    for text in (
        "Receipts from rice, gold, sugar and timber increased by 19.7 percent, 14.3 percent, 2.5 percent and 1.1 "
        "percent respectively.\n\nSugar production for April was recorded at 16,873 tonnes compared to 26,826 "
        "tonnes in April 2015.\n",
        "Arrivals from Germany, France, Italy and Spain rose by 8 percent, 5 percent, 3 percent and 2 percent on the "
        "year.\n\nHotel nights of guests from Spain were 41,200 compared with 45,900 a year earlier.\n",
        "Imports of fuel, cement, steel and fertiliser fell by 4.1%, 2.0%, 6.3% and 1.2% in the quarter.\n\nSteel "
        "output stood at 3,400 tonnes, against 2,900 tonnes in the same quarter last year.\n",
    ):
        assert errors(text, "change-direction") == [], text
    # twin: a summary with no figure of its own still gives its measure's direction
    twin = ("Police figures show murder, rape and burglary below last year's levels, while robbery and fraud have "
            "risen. The robbery count stood at 310 by April, in comparison to 350 a year earlier.\n")
    assert errors(twin, "change-direction") != []


def test_a_heading_change_told_again_as_a_bound():
    text = ("Copper production up by 55,000 tonnes\n\nZambia's copper production between January and September this "
            "year increased by over 55,000 metric tonnes.\nThe minister said that copper production during the period "
            "was 646,111.25 metric tonnes compared to 590,321.13 tonnes recorded over the same period last year.\n")
    assert errors(text, "difference") == []
    # twin: a heading's change the body does not soften is still set against the body's levels
    twin = ("Copper production up by 95,000 tonnes\n\nThe minister said that copper production during the period was "
            "646,111.25 metric tonnes compared to 590,321.13 tonnes recorded over the same period last year.\n")
    assert errors(twin, "difference") != []


def test_a_list_under_a_plural_change_noun_holds_no_shares():
    for text in (
        "The largest relative increases were seen in forestry (10.7%), electricity and water (6.4%) and other "
        "manufacturing (7.4%).\n",
        "The sharpest declines were recorded in textiles (12.4%), footwear (8.1%) and other light industry (5.5%).\n",
        "Among services, the strongest gains came from air transport (10.8%), health (10.1%) and the remaining "
        "activities (3.9%).\n",
    ):
        assert errors(text, "share-of-total") == [], text
    # twins: shares of one whole, and one change split into its sources, still add up to it
    assert errors("By destination, China took 45.0% of exports, Japan 30.5% and other markets the remaining 20.0%.\n",
                  "share-of-total") != []
    assert errors("The rise in arrivals came from Europe (60%), Asia (30%) and the remaining regions (20%).\n",
                  "share-of-total") != []


def test_a_comparison_named_at_the_head_of_its_sentence():
    for text in (
        "Retail sales increased 4.7% on the year in May.\n\nOn a monthly comparison basis, retail sales rose 12.3% in "
        "May.\n",
        "Industrial output grew 2.1% year-over-year in May.\n\nMonth-on-month, industrial output went down 3.4% in "
        "May.\n",
        "Industrial sales increased 1.8% on the year in September.\n\nOn a monthly basis, industrial sales rose 11.3% "
        "in September.\n",
    ):
        assert errors(text, "same-measure-conflict") == [], text
    # twin: two year-on-year rates of one month still disagree
    twin = ("Exports rose 8.2% year-on-year in May.\n\nOn an annual comparison basis, exports in May were up 8.8%, the "
            "customs office said.\n")
    assert errors(twin, "same-measure-conflict") != []
