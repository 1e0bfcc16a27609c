"""What a figure states on its own: a level of a measure, for a group, in a period.

Comparing a report with something outside it (another document of the run, a table of
published values) needs one question answered per figure: is this figure the value of
"measure M for group G in period P", and which M, G and P? The frames answer it; this
module only keeps the figures whose frame makes them such a value, so that the checks
comparing documents and tables read the meaning layer instead of re-reading words.
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor.grammar.frames import Role
from auditor.grammar.links import LEAD_PARAGRAPHS
from auditor.model import Figure

# A change ("up 2.3%"), a gap or a rank is not the value a table or another document lists
# for the measure; a bound ("more than 60,000") still says where the value lies.
_VALUE_ROLES = frozenset({Role.LEVEL, Role.SHARE, Role.RATIO, Role.BOUND})


@dataclass(frozen=True)
class Statement:
    figure: Figure
    group: str  # the frame's group ("woman", "rural"), "" for the whole population
    lead: bool  # stated in the document's title or first paragraph


def statements(meaning) -> tuple[Statement, ...]:
    """The figures of a document that state a value of a named measure for a period, as
    stated (not expected, not hypothetical), in text order."""
    out = []
    for segment in meaning.segments:
        for figure in segment.figures:
            frame = meaning.frame(figure)
            if (frame.role in _VALUE_ROLES and frame.modality == "stated" and figure.direction == 0
                    and figure.measure and figure.period):
                out.append(Statement(figure, frame.group, segment.paragraph < LEAD_PARAGRAPHS))
    return tuple(out)
