"""A change said twice in one clause: as a multiple in a verb and as a percentage.

"E-commerce scams more than doubled, to 9,783 cases, a 105.4% increase"; "Exports tripled last year, rising
185% to $4.2 billion"; "The number of cases halved, falling 50% to 410"; "Sales rose 110%, more than doubling
to 4,200". The verb of multiplication ("doubled", "tripled", "halved"; a figure of kind MULTIPLE) and the
relative change of the same direction name one move: the new level is (1 + the change) times the old, and that
is the multiple. A multiple said in a word with no hedge is the nearest whole one (a 65% rise has not doubled,
a 110% rise has), as for a multiple between two levels; "more than doubled" is above 2, so a 65% rise contradicts
it. A multiple said to be near ("nearly doubled", "about tripled") is not read: the writer rounds a move the rate
gives exactly, and how far "nearly" reaches is the writer's. (A multiple word in a compound, "double-digit
growth", is no figure: the extraction leaves it out.)

The two must stand in one clause with nothing between them but levels, commas and the words of their clause: a
word of contrast or a semicolon between ("Exports doubled, while imports rose 15%") gives two moves, and so does
another rate or multiple between them. Each multiple takes the nearest such rate, after it first.
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor import lazy_re
from auditor.extract.numbers import MULTIPLE_VERBS
from auditor.grammar.frames import Frame, Role
from auditor.grammar.segments import Segment
from auditor.model import Figure, Kind


@dataclass(frozen=True)
class MultipleAsRateLink:
    """A multiple said in a word ("doubled") and the relative change of the same move."""

    multiple: Figure  # "doubled", "more than doubled", "halved"
    change: Figure  # the relative change of the same move: "a 105.4% increase", "falling 50%"
    grammar: str


# between the two: no clause of another subject or move ("while imports rose"), no semicolon or sentence end
_ANOTHER_CLAUSE = lazy_re.compile(r";|:|\.\s|\b(?:while|whereas|but|although|though|compared|against|than|and|or)\b",
                                  screened=True)
_MOST_CHARACTERS_BETWEEN = 60
# the multiple's own bound, right before it when the rate comes first: "rose 160%, more than doubling"
_BOUND_BEFORE_THE_MULTIPLE = lazy_re.compile(r"\b(?:more|less|fewer)\s+than\s*$")
# the multiples read: said in a word and exact, or bounded from below ("more than doubled"); one said to be near
# ("nearly doubled", "about tripled") is a writer's rounding of a move the rate gives exactly, and reaches too far
_READ_QUALIFIERS = frozenset({"", "more-than", "at-least"})


def multiples_told_as_rates(segments: tuple[Segment, ...], frames: dict[str, Frame],
                            linked: frozenset[str]) -> list[MultipleAsRateLink]:
    """Each verb of multiplication not already set between two levels (`linked`), with the relative change of
    its move in the same clause."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, multiple in enumerate(seg.figures):
            if multiple.kind is not Kind.MULTIPLE or multiple.id in linked or multiple.qualifier not in _READ_QUALIFIERS \
                    or multiple.text.lower() not in MULTIPLE_VERBS or multiple.value <= 0:
                continue
            direction = 1 if multiple.value > 1 else -1
            change = _the_rate_beside(seg, k, direction, frames)
            if change is not None:
                out.append(MultipleAsRateLink(multiple, change, "a verb of multiplication and the relative change of "
                                                                "its move, in one clause"))
    return out


def _the_rate_beside(seg: Segment, k: int, direction: int, frames: dict[str, Frame]) -> Figure | None:
    """The relative change of `direction` nearest the multiple at slot k in its clause, after it first; None when
    another rate or multiple, or another clause, stands between."""
    for step in (1, -1):
        j = k + step
        while 0 <= j < len(seg.figures):
            figure, frame = seg.figures[j], frames[seg.figures[j].id]
            between = seg.between(j, k) if j < k else seg.between(k, j)
            if j < k:
                between = _BOUND_BEFORE_THE_MULTIPLE.sub("", between)
            if len(between) > _MOST_CHARACTERS_BETWEEN or _ANOTHER_CLAUSE.search(between):
                break
            if frame.role is Role.RELATIVE_CHANGE:
                if frame.direction == direction and figure.kind is Kind.PERCENT and not figure.qualifier:
                    return figure
                break
            if figure.kind is Kind.MULTIPLE or frame.role not in (Role.LEVEL, Role.DURATION):
                break
            j += step
    return None
