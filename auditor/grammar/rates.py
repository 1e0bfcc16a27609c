"""The rates of change a text states of a level, read once per document.

"1,411 compulsory liquidations, an increase of 4.9% on the previous quarter and an increase of 9.7% on
the corresponding quarter of the previous year", "output rose by 8.4% to RMB110.47 billion",
"3,194 liquidations. This was a decrease of 1.4% on the previous quarter": each level with the
percentage changes said of it, in the order the text gives them (so that two levels each with a
quarterly and a yearly rate can be paired rate by rate).
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor import lazy_re
from auditor.grammar import cues, lexicon
from auditor.grammar.frames import Frame, Role, written_in_digits
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


# ---- one move told across two sentences: its amount, its rate and the level it reached ----------------------
@dataclass(frozen=True)
class MoveAcrossLink:
    """A level, the rate of the move that reached it and the move's amount, told across two sentences, the second
    pointing back at the first: "9,807 people are now homeless, up 8% on January. In one month, that is 701 more
    people"; "The flock was 4.3% smaller than a year earlier, a fall of 620,000 head. That leaves it at 13.8 million"."""
    level: Figure
    rate: Figure
    amount: Figure
    direction: int
    grammar: str


# "In one month, that is 701 more people", "That represents an increase of 3,100": the amount of the move before,
# pointed back at (a short adverbial may open the sentence)
_AMOUNT_SAID_BACK = lazy_re.compile(
    r"^\W*(?:[^,;.]{1,30},\s*)?(?:this|that|it)\s+(?:is|was|represents|represented|means|meant|amounts\s+to|amounted\s+to|"
    r"equates\s+to|equated\s+to)\s+(?:an?\s+(?:(?P<up>increase|rise|gain|jump)|(?P<down>fall|drop|decrease|decline|loss))"
    r"\s+of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?#(?P<k>\d+)#(?:\s+(?:[a-z]+\s+)?(?:(?P<more>more|additional|extra)|"
    r"(?P<fewer>fewer|less))\b)?")
# "That leaves the total at 13.8 million", "This brought the flock to": the level the move before reached
_LEVEL_SAID_AFTER = lazy_re.compile(r"^\W*(?:this|that|which)\s+(?:leaves|left|brings|brought|takes|took|puts|put)\s+"
                                    r"[^#;.]{0,60}?\b(?:at|to)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?#(?P<k>\d+)#")
# the span a pointing sentence names, to tell a level's monthly rate from its yearly one
_SPAN_WORD = lazy_re.compile(r"\b(?P<span>month|year|quarter|week)")


def _rate_of_span(rates: tuple[Figure, ...], skeleton: str, segment: Segment) -> Figure | None:
    """The one rate of the level, or the one whose base names the span the pointing sentence names."""
    if len(rates) == 1:
        return rates[0]
    said = _SPAN_WORD.search(skeleton)
    if said is None:
        return None
    span = said.group("span")
    words = _SPAN_WORDS[span]

    def fits(rate: Figure) -> bool:
        base = segment.after(segment.slot_of(rate), 40).split("#")[0]
        # (a month's rate names a month and no year: "up 32% on February last year" is a yearly rate)
        return any(w in base for w in words) and (span == "year" or "year" not in base)

    fitting = [r for r in rates if fits(r)]
    return fitting[0] if len(fitting) == 1 else None


_SPAN_WORDS = {"month": cues.MONTH_NAMES + ("month",),
               "year": ("year",), "quarter": ("quarter",), "week": ("week",)}
# after the amount said back, a comparison with another base than the move's ("440 more than the plan"), unless it
# names the move's own earlier time ("3,100 more than a year earlier")
_ANOTHER_BASE = lazy_re.compile(r"\bthan\b(?!\s+(?:in\s+)?(?:a|the|last|one)\s+(?:previous\s+|preceding\s+)?(?:year|month|quarter|week)"
                                r"(?:\s+(?:before|earlier|ago))?\b)")


def moves_across_two_sentences(segments: tuple[Segment, ...], frames: dict[str, Frame],
                               rates_of: dict[str, tuple[Figure, ...]]) -> list[MoveAcrossLink]:
    """A sentence that points back at the one before and gives the amount of the move whose rate and level it gave,
    or the level the move whose amount and rate it gave arrived at."""
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        # (the pointing sentence may open a paragraph of its own: "... up 8% on January 2018.\n\nIn one month, that is")
        if seg.is_table_row or previous.is_table_row or not seg.figures or seg.paragraph - previous.paragraph not in (0, 1):
            continue
        back = _AMOUNT_SAID_BACK.match(seg.skeleton)
        after = None if back else _LEVEL_SAID_AFTER.match(seg.skeleton)
        if back is None and after is None:
            continue
        first = seg.figures[int((back or after).group("k"))]
        if back and frames[first.id].role in (Role.CHANGE, Role.LEVEL) and first.unit != "percent" \
                and not _ANOTHER_BASE.search(seg.skeleton, back.end()):
            levels = [f for f in previous.figures if frames[f.id].is_level and f.unit == first.unit and f.kind is first.kind]
            # (the span may be a figure itself: "In one month, that is")
            spans = " ".join([seg.skeleton] + [f.text.lower() for f in seg.figures if frames[f.id].role is Role.DURATION])
            rate = _rate_of_span(rates_of.get(levels[0].id, ()), spans, previous) if len(levels) == 1 else None
            if rate is not None and written_in_digits(first) and not first.qualifier:
                direction = frames[rate.id].direction
                said = -1 if back.group("down") or back.group("fewer") else 1 if back.group("up") or back.group("more") else 0
                if said in (0, direction):
                    out.append(MoveAcrossLink(levels[0], rate, first, direction,
                                              "the amount of the move before, pointed back at"))
            continue
        if after and frames[first.id].is_level:
            amounts = [f for f in previous.figures if frames[f.id].role is Role.CHANGE and f.unit == first.unit
                       and f.kind is first.kind and f.direction]
            rates = [f for f in previous.figures if _is_rate(frames[f.id])]
            if len(amounts) == 1 and len(rates) == 1 and not any(frames[f.id].is_level for f in previous.figures) \
                    and amounts[0].direction == rates[0].direction and written_in_digits(first) and not first.qualifier:
                out.append(MoveAcrossLink(first, rates[0], amounts[0], amounts[0].direction,
                                          "the level the move before reached, said after it"))
    return out


# a level reached by an amount ("has gone up by 3,199 to 27,133"), then the same level stated again with its rate
# ("27,133 professionals left the register. That is 13 percent more than in the year before")
_AMOUNT_TO_LEVEL = lazy_re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?to\s+(?:a\s+|the\s+)?(?:[a-z-]+\s+){0,2}?$")
_LEAST_DISTINCTIVE = 1000  # a level stated twice is the same level when its digits are this many or more


def levels_restated_with_their_rate(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                    rates_of: dict[str, tuple[Figure, ...]]) -> list[MoveAcrossLink]:
    """A level reached by an amount of change, stated again in another sentence with the rate of that change: the
    amount and the rate are of one move. The two statements write the level alike, a distinctive number of one unit."""
    reached: dict[tuple[str, str], tuple[Figure, Figure]] = {}  # (level text, unit) -> (amount, level)
    for seg in segments:
        if seg.is_table_row:
            continue
        for k in range(len(seg.figures) - 1):
            amount, level = seg.figures[k], seg.figures[k + 1]
            if frames[amount.id].role is Role.CHANGE and amount.direction and frames[level.id].is_level \
                    and level.unit == amount.unit and level.kind is amount.kind and abs(level.value) >= _LEAST_DISTINCTIVE \
                    and written_in_digits(amount) and written_in_digits(level) and not amount.qualifier \
                    and _AMOUNT_TO_LEVEL.match(seg.between(k, k + 1)):
                reached.setdefault((level.text, level.unit), (amount, level))
    out = []
    for seg in segments:
        for level in seg.figures:
            said = reached.get((level.text, level.unit))
            rates = rates_of.get(level.id, ())
            if said is None or said[1] is level or len(rates) != 1 or frames[rates[0].id].direction != said[0].direction:
                continue
            out.append(MoveAcrossLink(level, rates[0], said[0], said[0].direction,
                                      "a level reached by an amount, stated again with its rate"))
    return out


# ---- a level told twice, each time with the rate of change said of it --------------------------------------------
# the base a rate is measured from, read from the words after the rate to its clause's end: "than in the same month a
# year earlier", "above the same month of 2011", "on April last year" name a year ago; "than in March", "above June
# 2012" name that month; "on the previous quarter" a quarter ago
_BASE_WORDS = lazy_re.compile(r"^[^#;:.,]{0,60}")
_YEAR_WORD = lazy_re.compile(r"\byears?\b|\byear-on-year\b|\by-o-y\b|\byoy\b")
_A_YEAR_NUMBER = lazy_re.compile(r"\b(?:19|20)\d\d\b")
_A_MONTH_NAME = lazy_re.compile(r"\b(?:" + "|".join(cues.MONTH_NAMES) + r")\b")
_SPAN_NOUN = lazy_re.compile(r"\b(?P<span>quarter|month|week)s?\b")
_A_REFERENCE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OWN_REFERENCE_WHOLES)})\b")
_AGAINST = "against the "  # opens the base of a rate measured against a reference value
_SIGNIFICANT_DIGITS = 3  # "133,144", "12,480": a level this precise, written alike twice, is one level


def _month_of(period: str) -> str:
    """The month a period names ("2012-07", "07"), by its name ("july"); "" for a year or a quarter."""
    number = period[-2:] if len(period) in (2, 7) and period[-2:].isdigit() else ""
    return cues.MONTH_NAMES[int(number) - 1] if number and 1 <= int(number) <= 12 else ""


def _base_of(seg: Segment, rate: Figure, level: Figure) -> str:
    """What a rate of change of a level is measured against, as its base names it: "year" (a year before; so is
    the level's own month named again, "in July, 3.9% more than in July 2011"), "quarter", "month", another named
    month ("june 2012"), or "" when the words do not say."""
    if rate.change_of:
        return rate.change_of.split("-")[0]  # "year-on-year" -> "year"
    words = _BASE_WORDS.match(seg.after(seg.slot_of(rate), 80)).group(0)
    reference = _A_REFERENCE.search(words)
    if reference:
        # "0.4% above the August average of the previous five years": a reference value, no earlier time
        return _AGAINST + reference.group(0)
    if _YEAR_WORD.search(words):
        return "year"
    month = _A_MONTH_NAME.search(words)
    if month:
        if month.group(0) == _month_of(level.period):
            return "year"
        year = _A_YEAR_NUMBER.search(words)
        return month.group(0) + (" " + year.group(0) if year else "")
    if _A_YEAR_NUMBER.search(words):
        return "year"  # "above the same month of 2011"
    span = _SPAN_NOUN.search(words)
    return span.group("span") if span else ""


def _precise_level(level: Figure) -> bool:
    digits = "".join(ch for ch in level.text if ch.isdigit()).strip("0")
    return written_in_digits(level) and abs(level.value) >= _LEAST_DISTINCTIVE and len(digits) >= _SIGNIFICANT_DIGITS


def _sure_base(base: str) -> bool:
    """Whether a base names one earlier time: a reference value ("the five-year average") may be reckoned anew."""
    return bool(base) and not base.startswith(_AGAINST)


def _bases_differ(base: str, other: str) -> bool:
    """Two bases named otherwise; a reference value against a base left unsaid (most often the time before) too."""
    return base != other and (bool(base and other) or not _sure_base(base or other))


def _rates_paired(told: list[tuple[Figure, str]], again: list[tuple[Figure, str]]) -> list[tuple[Figure, Figure, bool]]:
    """The rates of the first statement and of the later one that are one rate: in the order given when there are
    as many each time and no two bases named differ (sure when both name the same base); else each base named once
    on either side pairs its two rates."""
    if len(told) == len(again) and not any(_bases_differ(x, y) for (_, x), (_, y) in zip(told, again)):
        pairs = [(a, b, _sure_base(x) and x == y) for (a, x), (b, y) in zip(told, again)]
    else:
        pairs = []
        for a, x in told:
            fits = [b for b, y in again if x and y == x]
            if fits and len(fits) == 1 and sum(1 for _, z in told if z == x) == 1:
                pairs.append((a, fits[0], _sure_base(x)))
    return [(a, b, sure) for a, b, sure in pairs if a.direction == b.direction]


def rates_of_a_level_told_again(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                rates_of: dict[str, tuple[Figure, ...]]) -> list[tuple[Figure, Figure, bool]]:
    """A precise level stated again in a later sentence (the same value, unit and period), each time with rates of
    change said of it: a rate against the same base is one measure's rate, told twice ("Notaries registered 133,144
    property transfers in July, 3.9% more than in the same month a year before" ... "the July figure was 133,144,
    which is 3.9% above the same month of 2011 and 2.2% above June 2012"). Each pair: (first rate, later rate, sure),
    sure when both bases name the same span; when either leaves its base unsaid the pair is a question. Rates of
    opposite directions are no pair (one of them is against another base)."""
    first_of: dict[tuple, tuple[Segment, Figure]] = {}
    out = []
    for seg in segments:
        for level in seg.figures:
            rates = rates_of.get(level.id, ())
            if not rates or not _precise_level(level) or not level.period:
                continue
            earlier, first = first_of.setdefault((level.value, level.unit, level.kind, level.period), (seg, level))
            if first is level or earlier is seg:
                continue
            out += _rates_paired([(r, _base_of(earlier, r, first)) for r in rates_of[first.id]],
                                 [(r, _base_of(seg, r, level)) for r in rates])
    return out
