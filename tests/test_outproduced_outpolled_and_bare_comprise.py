"""Two vocabulary families completed (grammar.lexicon): the verbs of doing more than a rival in every person and tense
("outproduced/outproduce/outproduces/outproducing", "outpolled", "outspent", "outraised"), read like "outsold"; and the
whole as the plural subject of bare "comprise" ("The 3,186 deaths comprise ..."), read like "comprises" and
"consist of". The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors

OUTDONE_WRONG = [
    ("Kenya (2.3 million bags) outproduced Ethiopia (2.6 million bags) in the 2023/24 season.",
     ("2.3 million", "2.6 million")),
    ("The Labour candidate (12,300 votes) outpolled the Green candidate (14,100 votes) in the ward.",
     ("12,300", "14,100")),
    ("The incumbent ($1.8 million) outraised the challenger ($2.4 million) in the third quarter.",
     ("$1.8 million", "$2.4 million")),
    ("Brazilian mills (38.1 million tonnes) outproduce Indian mills (44.0 million tonnes) in sugar.",
     ("38.1 million tonnes", "44.0 million tonnes")),
    ("Ohio ($2.9 billion) outspent Indiana ($3.2 billion) on highway maintenance in fiscal 2022.",
     ("$2.9 billion", "$3.2 billion")),
]


@pytest.mark.parametrize("text, figures", OUTDONE_WRONG)
def test_a_verb_of_outdoing_orders_its_two_bracketed_figures(text: str, figures: tuple[str, ...]) -> None:
    assert [tuple(sorted(found)) for found in errors(text, "ranking")] == [tuple(sorted(figures))]


OUTDONE_RIGHT_OR_NO_CLAIM = [
    "Kenya (2.8 million bags) outproduced Ethiopia (2.6 million bags) in the 2023/24 season.",
    "Ohio ($4.1 billion) outspent Indiana ($3.2 billion) on highway maintenance in fiscal 2022.",
    # the verb says nothing of the figures beside it
    "Kenya produced 2.3 million bags and Ethiopia 2.6 million bags. Uganda, which outproduced both in earlier decades, "
    "did not report.",
    "Brazil spent $4.1 billion on roads. States that outspend their neighbours on schools, such as Ohio with $3.2 "
    "billion in grants, rarely do so on roads.",
]


@pytest.mark.parametrize("text", OUTDONE_RIGHT_OR_NO_CLAIM)
def test_no_order_error_when_the_order_holds_or_is_not_claimed(text: str) -> None:
    assert errors(text, "ranking") == []


@pytest.mark.parametrize("text, figures", [
    ("The 3,186 road deaths comprise 1,420 pedestrians, 1,010 motorcyclists and 856 car occupants.",
     ("3,186", "1,420", "1,010", "856")),
    ("The 58 schools in the district comprise 41 primary schools and 27 secondary schools.", ("58", "41", "27")),
    ("Its 96 member clubs comprise 61 amateur clubs and 45 professional ones.", ("96", "61", "45")),
])
def test_bare_comprise_says_its_parts_make_the_whole(text: str, figures: tuple[str, ...]) -> None:
    assert [tuple(sorted(found)) for found in errors(text, "sum-of-parts")] == [tuple(sorted(figures))]


@pytest.mark.parametrize("text", [
    "The 412 new hires comprise 230 nurses and 182 midwives, the health ministry said.",
    # "comprise" with no figure for a whole before it, and a future board of figures that are no parts of it
    "The board will comprise 12 members from 2025; 7 seats go to growers and 9 to exporters under the current rules.",
])
def test_bare_comprise_no_error_when_the_parts_add_up_or_no_whole(text: str) -> None:
    assert errors(text, "sum-of-parts") == []


# The verb of outdoing in any tense that states the outcome, beside "has overtaken": the progressive ("are
# outselling") and "continue to outsell" (grammar.order).
@pytest.mark.parametrize("text, figures", [
    ("Brazilian mills (38.1 million tonnes) continue to outsell Indian mills (44.0 million tonnes) in sugar.",
     ("38.1 million tonnes", "44.0 million tonnes")),
    ("Women (41,200) are outpolling men (48,900) in early postal voting, the commission said.", ("41,200", "48,900")),
    ("Solar farms (2.1 TWh) were outproducing wind farms (2.6 TWh) by the end of May.", ("2.1 TWh", "2.6 TWh")),
])
def test_a_progressive_or_continuing_verb_of_outdoing_orders_its_figures(text: str, figures: tuple[str, ...]) -> None:
    assert [tuple(sorted(found)) for found in errors(text, "ranking")] == [tuple(sorted(figures))]


@pytest.mark.parametrize("text", [
    # a forecast, and the passive (the order is the other way round)
    "Brazilian mills (38.1 million tonnes) are expected to outsell Indian mills (44.0 million tonnes) in sugar.",
    "Women (41,200) were outpolled by men (48,900) in early postal voting, the commission said.",
    "Women (51,200) are outpolling men (48,900) in early postal voting, the commission said.",
])
def test_no_order_error_for_a_forecast_a_passive_or_a_held_order(text: str) -> None:
    assert errors(text, "ranking") == []
