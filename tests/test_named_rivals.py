"""Orders between an item and another named without its figure (grammar.order): "X slipped behind NAME ... with A",
"A, ahead of NAME", "After NAME, the biggest ... were B (b), C (c)" - the named item's level is the one a sentence
before gives beside its name ("NAME (n)", "NAME with n", "NAME climbing 12% to n"). Checked by the ranking check.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


RIVALS = [
    # behind a name whose level a move reached, three sentences back
    ("All the farm's crops did well, with barley output climbing 9 percent to 4,120 tonnes. Hay was cut twice. "
     "Oats sold well too. Wheat output slipped behind barley output to rank third with 3,870 tonnes.",
     "4,120 tonnes", "3,870 tonnes"),
    # behind a name given with its figure in brackets, the item's figure before the words
    ("The largest lenders were Acre Bank (£41.2bn) and Delta Mutual (£30.5bn). Cobalt Savings lent £28.9bn, "
     "trailing Delta Mutual.", "£30.5bn", "£28.9bn"),
    # ahead of a name
    ("Ferries carried 12,400 cars to Tiree. Boats to Coll, with 9,100 cars, came next. Ferries to Mull carried "
     "15,300 cars, well ahead of Tiree.", "15,300", "12,400"),
    # after a name, the items ranked next
    ("The top sellers abroad were Norway (31.4%), Chile (22.8%) and Peru (10.2%). After Chile, the largest "
     "Pacific sellers were Ecuador (8.1%) and Panama (4.4%).", "22.8%", "8.1%"),
]


@pytest.mark.parametrize("text, larger, smaller", RIVALS)
def test_an_item_against_a_rival_named_without_its_figure(text, larger, smaller):
    assert (larger, smaller, True) in orders(text)
    assert (Status.CONSISTENT, (larger, smaller)) in verdicts(text)


@pytest.mark.parametrize("text, old, new, pair", [
    (RIVALS[0][0], "3,870 tonnes", "4,370 tonnes", ("4,120 tonnes", "4,370 tonnes")),
    (RIVALS[1][0], "£28.9bn", "£32.9bn", ("£30.5bn", "£32.9bn")),
    (RIVALS[2][0], "15,300 cars", "11,300 cars", ("11,300", "12,400")),
    (RIVALS[3][0], "8.1%", "28.1%", ("22.8%", "28.1%")),
])
def test_an_item_on_the_wrong_side_of_its_named_rival_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


@pytest.mark.parametrize("text", [
    # the name's figure is of another unit: no order between them
    "Machinery makers reported 5.1% growth. Textile firms ranked behind machinery makers in the survey, with 320 "
    "firms answering.",
    # a name with no figure beside it before
    "Cocoa earned $2.1bn in the year. Coffee came in behind tea, with $1.4bn.",
    # "after" a time or a name with no superlative after the comma: a sequence, not a ranking
    "Lima reported 14.2% in May (up from 13.9%). After Lima, Quito reported 15.6%.",
    # "behind" and "ahead of" in no place of an order: the people behind a thing, a time ahead
    "Funding for the bridge ($3.1m) was approved. The investors behind the bridge put in $4.2m.",
    "The launch (2,100 guests) was a success. Sales reached 3,900 units ahead of the launch.",
])
def test_decoys_give_no_order(text):
    assert not [v for v in verdicts(text) if v[0] is Status.INCONSISTENT]
    assert not {o for o in orders(text) if o[1] in ("320", "$1.4bn", "15.6%", "$4.2m", "3,900") or o[0] == "15.6%"}
