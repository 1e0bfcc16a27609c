"""A percentage of a reference value restated, a few sentences on, as the same measure's gap to that reference
(grammar.links.gaps_restating_shares). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "same-measure-conflict")


CASES = [
    ("Snowfall this winter came to 76% of the ten-year average. The ski season was short.\n\n"
     "Overall, snowfall has been {gap} below the ten-year average, the service said.\n", "76%", "24%", "14%"),
    ("Wheat yields reached 108% of the five-year mean (FYM) this harvest.\n\nYields were {gap} above the FYM, "
     "the ministry said.\n", "108%", "8%", "18%"),
    ("Hydro output stood at 91% of the seasonal norm in March. Reservoirs refilled slowly. Output ran {gap} "
     "under the seasonal norm for the quarter as a whole.", "91%", "9%", "4%"),
]


@pytest.mark.parametrize("text, share, right, wrong", CASES)
def test_a_gap_to_a_reference_restates_the_percentage_of_it(text, share, right, wrong):
    assert (Status.CONSISTENT, (share, right)) in verdicts(text.format(gap=right))


@pytest.mark.parametrize("text, share, right, wrong", CASES)
def test_a_gap_that_does_not_match_the_percentage_is_flagged(text, share, right, wrong):
    assert (Status.INCONSISTENT, (share, wrong)) in verdicts(text.format(gap=wrong))


@pytest.mark.parametrize("text", [
    # another reference: "the January average" is not "the ten-year average"
    "Snowfall this winter came to 76% of the ten-year average.\n\nSnowfall was 14% below the January average.\n",
    # another measure beside the same reference
    "Snowfall this winter came to 76% of the ten-year average.\n\nSunshine was 14% below the ten-year average.\n",
    # the two far apart
    "Snowfall came to 76% of the ten-year average. A. B. C. D. E. F. G. H. I. J.\n\n"
    "Snowfall was 14% below the ten-year average.\n",
])
def test_decoys_no_restatement(text):
    assert verdicts(text) == []


# ---- an item of a numbered ranked list, said again in the prose by its place and its name ---------------------------

LIST = ("The five busiest lidos of the summer:\n\n1. Parkside Lido, Leeds (July) 41,200\n\n2. Tower Pool, York (June) "
        "38,900\n\n3. Riverside Baths, Hull (August) 30,100\n\n4. Moor Lido, Bath (July) 22,800\n\n"
        "5. Quarry Pool, Derby (June) 19,400\n")


@pytest.mark.parametrize("prose, said", [
    ("Parkside Lido is top, with {n} swimmers over the season.", "41,200"),
    ("In fifth place came Quarry Pool, which drew {n} swimmers.", "19,400"),
    ("The lido in third place, Riverside Baths, welcomed {n} bathers.", "30,100"),
])
def test_a_list_item_said_again_by_its_place_and_name(prose, said):
    text = prose.format(n=said) + "\n\n" + LIST
    assert (Status.CONSISTENT, (said, said)) in verdicts(text)
    wrong = {"41,200": "44,200", "19,400": "17,400", "30,100": "33,100"}[said]
    assert (Status.INCONSISTENT, (said, wrong)) in verdicts(prose.format(n=wrong) + "\n\n" + LIST)


@pytest.mark.parametrize("prose", [
    # the same place in another ranking, another name
    "Last year's second busiest lido, Canal Baths, drew 52,000 swimmers.",
    # the same name, no place
    "Tower Pool sold 12,000 season tickets.",
])
def test_decoys_no_list_item_restated(prose):
    same = meaning_of(prose + "\n\n" + LIST).same_as
    assert not [link for link in same if "numbered list" in link.grammar]
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(prose + "\n\n" + LIST)]
