"""Plans, targets and proposals: the words that make a figure a plan or target (not a result), a share
"of the annual plan", a gap to a target ("168 larger than the target"), a threshold mark ("the 15 per
cent target"), a sum of several ("together achieved"), or a change someone proposes rather than one
made ("had proposed a Rs1 increase").
The plan words themselves are vocabularies of `cues` (PLAN_WORDS, PLAN_MARKS, PROPOSAL_WORDS, ...).
"""
from __future__ import annotations

import re

from auditor import lazy_re
from auditor.grammar import cues, lexicon
from auditor.model import Figure

# a share "of" a plan right after it: "115.3 percent of the annual plan" ("what": the plan's name)
_OF_PLAN = lazy_re.compile(
    r"^\s*(?:of|of the|of its|of their)\s+(?:the\s+)?"
    rf"(?P<what>(?:[a-z-]+\s+){{0,3}}?(?:{cues.words(cues.PLAN_WORDS + cues.PLAN_OF_EXTRA, ' ')}))\b", re.I)
# a plan word near a figure (percent-of-plan's plan candidates)
_PLAN_MEASURE = lazy_re.compile(rf"\b(?:{cues.words(cues.PLAN_MEASURE_WORDS)})\b", re.I)
# a plan word right before a figure: "the planning target of 7,000", "a goal set at"
_PLAN_BEFORE = lazy_re.compile(rf"\b{cues.inflected(cues.PLAN_WORDS)}\s+(?:of|was|is|at|set at)?\s*$", re.I)
# a plan word right after a figure: "7,000 target"
_PLAN_AFTER = lazy_re.compile(rf"^\s*(?:[a-z-]+\s+)?(?:{cues.words(cues.PLAN_WORDS)})\b", re.I)
# a figure followed by its own share: ", or 41 per cent", "(12%)": another part, not a plan
_OWN_SHARE = lazy_re.compile(r"\s*(?:,\s*or|,\s*representing|\()\s*\d[\d.,]*\s*(?:%|per ?cent|percent)", re.I)
# a gap to a plan right after a figure: "168 students larger than the target", "3% short of"
_GAP_AFTER = lazy_re.compile(rf"^\s*(?:[a-z]+\s+){{0,2}}?(?:{cues.words(cues.COMPARATIVES + cues.GAP_POSITIONS)})\s+(?:than|of)\b", re.I)
# after the share, a clause that gives the result: ", completing ", ", with ", ", having built "
_RESULT_CLAUSE_BEFORE = lazy_re.compile(r"^[^.;]{0,80}?,\s*(?:with|having\s+[a-z]+ed|[a-z]{3,}ing)\s+(?:some\s+|about\s+|nearly\s+)?$")
# (table-vs-text) a sum of several within 30 characters before: "together achieved 98.4%", "combined, they hold"
_MARK_OR_COMBINED = lazy_re.compile(rf"\b(?:{cues.words(cues.JOINT_MARKS, ' ')})\b[^.;]{{0,30}}$", re.I)
# (table-vs-text, case-sensitive) a threshold mark right after: "15 per cent target", "2% Maastricht ceiling"
_MARK_AFTER = lazy_re.compile(rf"\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:[a-z-]+\s+)?(?:{cues.words(cues.PLAN_MARKS)})\b")
_PROPOSAL = lazy_re.compile(rf"\b(?:{cues.words(cues.PROPOSAL_WORDS)})\b", re.I)


def plan_named_after(words: str) -> re.Match | None:
    """A share "of" a plan opening the words after it: "of the annual plan"; "what" is the plan's name."""
    return _OF_PLAN.match(words)


def names_a_plan(words: str) -> bool:
    """A plan word ("plan", "planned", "target", "budget", "forecast", "projected" ...) in the words."""
    return bool(_PLAN_MEASURE.search(words))


def plan_word_before(words: str) -> bool:
    """A plan word ending the words before a figure: "the planning target of", "a goal set at"."""
    return bool(_PLAN_BEFORE.search(words))


def plan_word_after(words: str) -> bool:
    """A plan word opening the words after a figure (one word may stand between): "7,000 target"."""
    return bool(_PLAN_AFTER.match(words))


def own_share_after(text: str, end: int) -> bool:
    """A figure's own share right after it: ", or 41 per cent", ", representing 12%", "(12%)"."""
    return bool(_OWN_SHARE.match(text, end))


def gap_after(words: str) -> bool:
    """A comparative or position and "than"/"of" opening the words after a figure: "larger than the
    target", "short of": the figure is a gap, not a level."""
    return bool(_GAP_AFTER.match(words))


def result_clause_before(words: str) -> bool:
    """After a share, a clause that gives the result: ", completing ", ", with ", ", having built "."""
    return bool(_RESULT_CLAUSE_BEFORE.search(words))


def mark_or_joint_before(words: str) -> bool:
    """A sum of several in the words before a figure ("together achieved", "jointly"): not one row's value."""
    return bool(_MARK_OR_COMBINED.search(words))


def plan_mark_after(text: str, end: int) -> bool:
    """A threshold mark right after a figure: "15 per cent target", "2% Maastricht ceiling"."""
    return bool(_MARK_AFTER.match(text, end))


def proposed(text: str, sentence_start: int, f: Figure) -> bool:
    """Whether the sentence asks for a change before `f` ("had proposed a Rs1 increase")."""
    return bool(_PROPOSAL.search(text, sentence_start, f.span.start))


# ---- a promise and the words that say it was kept (promise) ------------------------------------
# "By Thursday receipts had reached a record of more than 40 billion yuan" states a level, not a promise
_PROMISE = lazy_re.compile(rf"\b(?:{cues.words(cues.PROMISE_WORDS)})\b", re.I)
_PROMISE_MET = lazy_re.compile(rf"\b(?:{cues.words(lexicon.PROMISE_MET_WORDS)})\b", re.I)


def promise_in(words: str) -> bool:
    """The words (before a bound: "pledged to help more than") make a promise: "pledged", "vowed", "aimed"."""
    return _PROMISE.search(words) is not None


def said_to_be_met(words: str) -> bool:
    """The words say a promise was kept: "the pledge was met", "fulfilled", "exceeded", "delivered"."""
    return _PROMISE_MET.search(words) is not None
