"""The rates of change a text states of a level, read once per document.

"1,411 compulsory liquidations, an increase of 4.9% on the previous quarter and an increase of 9.7% on
the corresponding quarter of the previous year", "output rose by 8.4% to RMB110.47 billion",
"3,194 liquidations. This was a decrease of 1.4% on the previous quarter": each level with the
percentage changes said of it, in the order the text gives them (so that two levels each with a
quarterly and a yearly rate can be paired rate by rate).
"""
from __future__ import annotations

from auditor import lazy_re
from auditor.grammar.frames import Frame, Role
from auditor.grammar.segments import Segment
from auditor.model import Figure

# a rate that leads to the level after it: "rose by 8.4% to", "went up 2.8% year on year to"
_RATE_TO_LEVEL = lazy_re.compile(r"^\s*(?:[a-z-]+\s+){0,4}?to\s+(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+){0,2}?$")
# the words from a level (or its rate before) to a rate said of it: ", an increase of ", " (up ",
# " and a decrease of ": short, and no new clause or sentence
_ASIDE = lazy_re.compile(r"^[^#;:.]{0,90}$")
_NEW_SUBJECT = lazy_re.compile(r"\b(?:while|whereas|but|although|compared)\b")
# a sentence that speaks of the level of the sentence before: "This was a decrease of 1.4% on ..."
_POINTS_BACK = lazy_re.compile(r"^\W*(?:this|that|it)\s+(?:was|is|represented|represents|marked|marks)\b")


def _is_rate(frame: Frame) -> bool:
    return frame.role is Role.RELATIVE_CHANGE and frame.figure.unit == "percent" and frame.direction != 0


def level_rates(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> dict[str, tuple[Figure, ...]]:
    """Figure id of a level -> the rates of change stated of it, in text order."""
    rates: dict[str, list[Figure]] = {}
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        level_slot = None  # the level the rates read so far belong to
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if frame.is_level:
                level_slot = k
                continue
            if not _is_rate(frame):
                level_slot = None
                continue
            if k + 1 < len(seg.figures) and frames[seg.figures[k + 1].id].is_level \
                    and _RATE_TO_LEVEL.match(seg.between(k, k + 1)):
                rates.setdefault(seg.figures[k + 1].id, []).append(f)  # "rose by 8.4% to RMB110.47 billion"
                level_slot = None
                continue
            # (the words from the level, or from its rate before, to this rate)
            glue = seg.between(k - 1, k) if level_slot is not None else ""
            if level_slot is not None and _ASIDE.match(glue) and not _NEW_SUBJECT.search(glue):
                rates.setdefault(seg.figures[level_slot].id, []).append(f)
            else:
                level_slot = None
        if i > 0 and seg.figures and _POINTS_BACK.match(seg.skeleton) \
                and all(_is_rate(frames[f.id]) for f in seg.figures):
            levels = [f for f in segments[i - 1].figures if frames[f.id].is_level]
            if len(levels) == 1 and levels[0].id not in rates:
                rates[levels[0].id] = list(seg.figures)  # "3,194 liquidations. This was a decrease of 1.4% ..."
    return {fid: tuple(found) for fid, found in rates.items()}
