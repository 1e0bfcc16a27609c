"""Screened patterns: a sentence-wide search is answered "no match" without the regex engine when the
text holds none of the pattern's needles, the words one of which its every match holds.

The needles are a necessary condition read from the parsed pattern; these tests check that reading on
small patterns, that every screened pattern of the grammar has needles its matches hold, and that a
screened pattern answers exactly as the engine does, on sentences that match and on ones that do not."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import auditor.extract as extract_package
import auditor.grammar as grammar_package
from auditor import lazy_re


def needles_of(pattern: str, flags: int = 0) -> tuple:
    from re import _parser

    parsed = _parser.parse(pattern, flags)
    return lazy_re._needles(parsed.data, flags | parsed.state.flags)


@pytest.mark.parametrize("pattern, expected", [
    (r"\bsince\s+the\s+peak", ("since",)),  # the longest word every match holds
    (r"\b(?:rose|fell|climbed)\b", ("climbed", "fell", "rose")),  # one of each branch
    (r"\b(?:rose|(?:went\s+)?up)\b", ("rose", "up")),  # an optional piece is no needle, the word after it is
    (r"(?:ahead\s+of\s+)?#\d+#", ("#",)),
    (r"#(?P<a>\d+)#[^#;.]{0,40}?\bby\s+#\d+#", ("by",)),
])
def test_needles_are_words_every_match_holds(pattern, expected):
    assert needles_of(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\b(?:rose|[a-z]+)\b",  # a branch without a literal word: any word may match
    r"(?:since\s+)?\d+",  # only optional words
    r"(?i)\bsince\b",  # case-blind: IGNORECASE matches letters lower() does not make ASCII
    r"(?=since)\w+",  # a lookahead's words are not the match's
    r"\b(?:since){0,2}\d",  # a repeat that may be taken no times
])
def test_no_needles_when_a_match_may_lack_every_word(pattern):
    assert needles_of(pattern) == ()


def _screened_patterns():
    out = []
    for package in (grammar_package, extract_package):
        for module_info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for name, value in vars(module).items():
                if isinstance(value, lazy_re.LazyPattern) and value.screened:
                    out.append(pytest.param(value, id=f"{module_info.name}.{name}"))
    return out


SCREENED = _screened_patterns()


def test_the_grammar_screens_its_costliest_sentence_searches():
    names = {param.id for param in SCREENED}
    assert {"order._SINCE_AN_EXTREME", "order._IN_THAT_ORDER", "links._COMPARED_BY", "links._EXCEED"} <= names


@pytest.mark.parametrize("pattern", SCREENED)
def test_a_screened_pattern_has_needles(pattern):
    """A screened pattern with no needles would only cost the asking: each one screens something."""
    assert needles_of(pattern.pattern, pattern.flags)


# sentences in the skeleton form the grammar searches (lower case, each figure a slot "#k#"), written for
# these tests: some hold a screened pattern's cue, most do not
SENTENCES = (
    "output has fallen since the peak of #0# in #1#, to #2#",
    "prices have risen since the low of #0# last spring and now stand at #1#",
    "wheat and barley, in that order, were the largest crops, with #0# and #1#",
    "exports of #0# exceeded imports of #1# by #2#",
    "#0# visitors came, #1# more than the #2# of last year by some #3#",
    "the county finished bottom with #0#, behind its neighbour at #1#",
    "deducting costs of #0# from revenue of #1# left a profit of #2#",
    "sales were #0#, higher than the #1# of march, by #2#",
    "the rate stood at #0#, above the national average of #1#",
    "half of the #0# firms said so, and most of them were small",
    "the two towns together held #0# people, more than the city's #1#",
    "#0# and #1# respectively in #2# and #3#",
    "it ranked third with #0#, well ahead of the #1# recorded elsewhere",
    "the harvest was #0# tonnes in #1#",
    "#0# pupils sat the exam; the school said results would follow",
    "inflation eased to #0# from #1# a month earlier",
    "the survey of #0# households covered every district of the region",
    "turnover reached #0#, its best result since #1#",
    "imports lagged behind at #0#, trailing exports of #1#",
    "",
)


@pytest.mark.parametrize("pattern", SCREENED)
def test_a_screened_pattern_answers_as_the_engine_does(pattern):
    engine = re.compile(pattern.pattern, pattern.flags)
    for text in SENTENCES:
        assert bool(pattern.search(text)) == bool(engine.search(text)), text
        assert bool(pattern.match(text)) == bool(engine.match(text)), text
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in engine.finditer(text)], text
        assert pattern.findall(text) == engine.findall(text), text


@pytest.mark.parametrize("pattern", SCREENED)
def test_every_match_holds_a_needle(pattern):
    """Where a screened pattern matches one of the sentences, its match holds one of its needles."""
    words = needles_of(pattern.pattern, pattern.flags)
    for text in SENTENCES:
        for m in re.compile(pattern.pattern, pattern.flags).finditer(text):
            assert any(word in m.group() for word in words), (text, m.group())


def test_a_text_without_a_needle_is_not_searched():
    calls = []

    class Engine:
        def search(self, *args):
            calls.append(args)
            return None

    screened = lazy_re._screened(Engine().search, ("since",), None)
    assert screened("the harvest was #0# tonnes") is None and calls == []
    assert screened("the highest since #0#") is None and len(calls) == 1
    long_text = "x " * lazy_re._SCREENED_LENGTH  # a long text goes to the engine at once
    screened(long_text)
    assert len(calls) == 2


def test_screened_patterns_find_their_cues():
    """The readers behind the screened patterns still find what they read (positives), and nothing in
    sentences without their words (decoys)."""
    from auditor.grammar import order, links

    assert order._SINCE_AN_EXTREME.search("output has fallen since the peak of #0# in #1#")
    assert order._IN_THAT_ORDER.search("wheat and barley, in that order, were the largest crops, with #0# and #1#")
    assert links._EXCEED.search("exports of #0# exceeded imports of #1# by #2#")
    assert links._DEDUCTING.search("deducting costs of #0# from revenue of #1# left a profit of #2#")
    for decoy in ("the harvest was #0# tonnes in #1#", "inflation eased to #0# from #1# a month earlier"):
        assert not order._SINCE_AN_EXTREME.search(decoy)
        assert not order._IN_THAT_ORDER.search(decoy)
        assert not links._EXCEED.search(decoy)
        assert not links._COMPARED_BY.search(decoy)


def _fixture_skeletons() -> list[str]:
    """The sentences of the fixture reports as the grammar searches them: in lower case, each number a slot."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures"
    out = []
    for path in sorted(root.rglob("*.txt")):
        for sentence in re.split(r"(?<=[.;:])\s+|\n+", path.read_text(encoding="utf-8")):
            count = iter(range(1000))
            out.append(re.sub(r"\d[\d,.]*", lambda _: f"#{next(count)}#", sentence.lower()))
    return out


def test_screened_patterns_answer_as_the_engine_on_the_fixture_reports():
    """Over every sentence of the fixture reports (some match, most do not), each screened pattern's search and
    finditer give what the engine gives: no sentence without a needle holds a match."""
    skeletons = _fixture_skeletons()
    assert len(skeletons) > 500
    matched = 0
    for param in SCREENED:
        pattern = param.values[0]
        engine = re.compile(pattern.pattern, pattern.flags)
        for text in skeletons:
            expected = [m.span() for m in engine.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == expected, (param.id, text)
            assert bool(pattern.search(text)) == bool(expected), (param.id, text)
            matched += bool(expected)
    assert matched > 50  # (the sentences do match screened patterns: the comparison is not of empty answers only)
