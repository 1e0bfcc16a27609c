"""The defined measures of labour, trade, budget, company and census releases (the unemployment rate,
the labour force, exports, a budget deficit, a net margin, a population ...) and which of them a
figure states.

`TERMS` is the vocabulary (a pattern per measure); `term_of` reads the measure the words right
after a figure ("16.4m are employed") or the last term before it in its sentence name, unless the
sentence narrows it to a subgroup ("among young people", "the highest", "In Lagos ...") or the
term names another figure; `share_of_term` reads the measure a share is of ("62.6 percent of the
total employed"). The identities between the measures are the defined-measure check's.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from auditor import lazy_re
from auditor.document import Document
from auditor.grammar import cues, lexicon
from auditor.grammar.tables import is_table_row
from auditor.model import Figure

# The standard vocabulary of labour, trade and census releases; each pattern is
# matched against the words next to a figure.
TERMS: dict[str, str] = {
    "full_time_employed": r"full[- ]time (?:employment|employees|workers|jobs)|(?:employed|working) full[- ]time",
    "part_time_employed": r"part[- ]time (?:employment|employees|workers|jobs)|(?:employed|working) part[- ]time",
    "full_time_seekers": r"(?:looking|seeking|searching) for full[- ]time (?:work|jobs|employment)",
    "part_time_seekers": r"(?:looking|seeking|searching) for part[- ]time (?:work|jobs|employment)",
    "unemployment_rate": r"(?:unemployment|jobless(?:ness)?) rate|rate of unemployment",
    "participation_rate": r"(?:labou?r[- ]force )?participation rate",
    "labour_force": r"labou?r[- ]force(?! (?:participation|survey|statistics|rate))|economically active (?:population|people|persons)",
    "outside_labour_force": r"not (?:in the labou?r force|economically active)|outside the labou?r force|economically inactive",
    "working_age": r"working[- ]age(?: population| people)?|(?:people |population )?of working age",
    "employed": r"(?<!un)(?<!under)(?<!self-)(?<!fully )employed(?: people| persons| workers)?|people in (?:employment|work)|in employment|(?<!un)employment(?! rate)",
    "unemployed": r"unemployed(?: people| persons)?|jobless(?: people| persons)?|unemployment(?! rate)",
    "total_trade": r"total (?:foreign )?trade(?! (?:surplus|deficit|balance))|foreign trade|exports and imports|imports and exports",
    "exports": r"exports",
    "imports": r"imports",
    "trade_surplus": r"trade surplus",
    "trade_deficit": r"trade deficit",
    # a government's budget: its surplus or deficit is what revenue and expenditure leave
    "budget_surplus": r"(?:budget(?:ary)?|fiscal) surplus",
    "budget_deficit": r"(?:budget(?:ary)?|fiscal) deficit",
    # the traffic and room measures an airline's or a hotel's revenue is named after come before revenue itself:
    # "revenue passenger kilometres" is a traffic measure, "revenue per available room" a rate of revenue
    # (the terms are read case-blind, so the abbreviation "ASKs" is one only before "of": "asks" is a verb)
    "revenue_passenger_km": r"revenue passenger[- ]kilomet(?:re|er)s|rpks?",
    "available_seat_km": r"available seat[- ]kilomet(?:re|er)s|asks(?= of\b)",
    "load_factor": r"(?:passenger |seat )?load factor",
    "revenue_per_room": r"revenue per available room|revpar",
    "average_daily_rate": r"average daily (?:room )?rate|adr",
    "occupancy": r"(?:room |hotel )?occupancy(?: rate)?",
    "budget_revenue": r"(?:total |government |state |budget )?revenues?(?! (?:growth|share|target|estimate))",
    "budget_expenditure": r"(?:total |government |state |budget )?(?:expenditures?|spending|outlays?)(?! (?:growth|share|target|estimate))",
    # a company's result and its margin on revenue, each margin with the result of its own name (an
    # operating margin is operating profit over revenue; an EBITDA or interest margin is not read)
    # what selling cost a company, which revenue less it leaves as gross profit
    "cost_of_sales": r"cost of (?:sales|goods sold|revenues?)|costs of sales",
    "gross_profit": r"gross profits?",
    "gross_margin": r"gross (?:profit )?margins?",
    "operating_profit": r"operating (?:profits?|income)",
    "operating_margin": r"operating (?:profit )?margins?",
    "net_profit": r"net (?:profits?|income)",
    "net_margin": r"net (?:profit )?margins?",
    "profit": r"(?<!gross )(?<!operating )(?<!net )(?:pre-tax )?profits?(?: before tax)?",
    "margin": r"(?<!gross )(?<!operating )(?<!net )(?<!interest )(?<!ebitda )(?:(?:pre-tax|profit) )?margins?(?! of error)",
    "males": r"males|men",
    "females": r"females|women",
    "population": r"(?:total )?population(?! (?:density|growth|rate|ratio|share|of working age))",
}
# Every term starts at a word boundary: tested once before the terms, not once for each of them,
# so the scan passes over the inside of a word at once (twice as fast over a sentence)
_TERM_PATTERN = "\\b(?:" + "|".join(f"(?P<{name}>(?:{pattern})\\b)" for name, pattern in TERMS.items()) + ")"
_TERM = lazy_re.compile(_TERM_PATTERN, re.I)
_TERMS_IN = lazy_re.CaseBlind(_TERM_PATTERN)  # the same, for the scan of a whole sentence
# Every term holds one of these words (tests/test_checks.py checks each pattern of TERMS): most
# clauses hold none, and this search is much faster than the terms' over every clause.
TERM_WORDS = ("time", "rate", "labo", "econom", "work", "employ", "jobless", "trade", "export", "import", "male", "men",
              "population", "surplus", "deficit", "revenue", "expenditure", "spending", "outlay", "profit", "margin", "income",
              "cost", "kilomet", "rpk", "ask", "load", "revpar", "adr", "daily", "occupancy")
_TERM_WORD = lazy_re.CaseBlind("|".join(TERM_WORDS))
RATES = {"unemployment_rate", "participation_rate", "margin", "gross_margin", "operating_margin", "net_margin",
         "load_factor", "occupancy"}


# the measure named just after the figure: "16,4m are employed", "6.2 million unemployed people"
_AFTER = lazy_re.compile(rf"\s*(?:{cues.words(cues.PEOPLE_NOUNS)})?\s*(?:(?:{cues.words(cues.COPULAS)})\s+)?#?(?=\w)")
# a figure about part of the whole the measure covers
_SUBGROUP_BEFORE = lazy_re.compile(
    rf"\b(?:{cues.words(cues.SUBGROUP_MODIFIERS)})(?!['’]s)\W+(?:\w+\W+){{0,2}}$|\bper\s+(?:\w+\s+)?$", re.I)
_MONTHS = rf"(?:{cues.words(tuple(m.capitalize() for m in cues.MONTH_NAMES))}|Q[1-4]|H[12])"
_SUBGROUP_AFTER = lazy_re.compile(
    # (a capital that opens an amount, "of SAR 14.6 billion", "of Rs 500", is a currency, not a name)
    rf"^\s+(?:(?:to|from|with)\s+(?![\d$€£¥])|(?:for|among|of|in|by)\s+(?:the\s+)?(?!{_MONTHS}\b)[A-Z](?![A-Za-z]{{0,3}}[\s.$]?\d)"
    r"|aged\b|under\b|over\b|in the \d)")
_RATE_AS_COUNT = lazy_re.compile(
    r"(?P<rate>unemployment|jobless(?:ness)?|employment) rate\b[^.;\d]{0,30}\d[\d.,]*\s*(?:%|per ?cent|percent),?\s+or\s+"
    rf"(?:{cues.words(cues.APPROXIMATORS, ' ')})?\s*$", re.I)
_CELL_LABEL = lazy_re.compile(r"^[^\d()|:]*:\s*$")
_NAMES_FIGURE_BEFORE = lazy_re.compile(rf"\s*(?:{cues.words(cues.PEOPLE_NOUNS)})?\s*(?:(?:{cues.words(cues.COPULAS)})\s+)?#?$", re.I)


# a partitive right before a figure: "comprised of ", "consisting of some "
_MADE_UP_OF_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(lexicon.PARTITIVES_EXHAUSTIVE)})\s+(?:some\s+|about\s+)?$", re.I)
_SUBGROUP_WORD = lazy_re.compile(rf"\b(?:{cues.words(cues.SUBGROUP_NOUNS)})\b", re.I)
_AMONG_GROUP = lazy_re.compile(rf"\b(?:among|for)\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:{cues.words(cues.GROUP_NOUNS_AMONG)})\b", re.I)
_ASIDE = lazy_re.compile(r"\([^()]*\)|\s[—–]\s?[^—–]*[—–]\s|\s--\s[^-]*--\s")
_HYPOTHETICAL = lazy_re.compile(rf"\b(?:{cues.words(cues.HYPOTHETICAL)})\b", re.I)
_SUPERLATIVE = lazy_re.compile(rf"\b(?:{cues.words(cues.SUPERLATIVES_NARROWING)})\b", re.I)
_PLACE_OPENING = lazy_re.compile(rf"^\W*(?:{cues.words(tuple(w.capitalize() for w in cues.PLACE_PREPOSITIONS))})\s+(?!{_MONTHS}\b|the\b|this\b|that\b|all\b)[A-Z]")

# a sentence opened on a breakdown, "By industry, employment increased in manufacturing (201,000)": its figures are
# of the parts, not the term's whole
_BREAKDOWN_OPENING = lazy_re.compile(rf"^\W*by\s+(?:{lexicon.alternation(lexicon.BREAKDOWN_CLASSIFIERS)})\s*,", re.I)


def term_of(document: Document, f: Figure, sentence_start: int, sentence_end: int, terms: Terms, starts: list[int],
          ends: list[int]) -> str | None:
    """The measure a figure states, or None when no term names it or it is about a subgroup."""
    text = document.text
    if is_table_row(document, f):  # "Labour Force: 80.3m | Unemployed: 21.8m": only a label in the figure's own cell
        sentence_start = max(sentence_start, text.rfind("|", 0, f.span.start) + 1, text.rfind("\n", 0, f.span.start) + 1)
        sentence_end = f.span.start  # the label before it in its cell, not the rest of the table
        if not _CELL_LABEL.match(text[sentence_start:f.span.start]):
            return None
    apposition = _RATE_AS_COUNT.search(text, max(sentence_start, f.span.start - 80), f.span.start)
    if apposition:  # "an unemployment rate of 4.4 percent, or around 2.21 million Filipinos"
        return "unemployed" if apposition.group("rate").lower().startswith(("un", "job")) else "employed"
    after = _AFTER.match(text, f.span.end)
    if after:
        m = _TERM.match(text, after.end())
        if m and m.lastgroup in TERMS:
            return _unless_subgroup(text, m, sentence_start, f)
    if _MADE_UP_OF_BEFORE.search(text, max(sentence_start, f.span.start - 40), f.span.start):
        return None  # "The unemployed comprised of 1,596 nationals": a part the term before is made of, not the term
    found = terms.last_before(sentence_start, sentence_end, f.span.start)
    if found is None:
        return None
    term_start = found.start()
    previous = bisect_left(ends, term_start) - 1
    if previous >= 0 and ends[previous] >= sentence_start and _NAMES_FIGURE_BEFORE.match(text, ends[previous], term_start):
        return None  # "8,08,609 males and 8,20,104 females": "males" names the figure before it
    if bisect_left(starts, found.end()) < bisect_left(starts, f.span.start):
        return None  # "the population of 32,79,860, only 10,47,296 were rural": the term names the other figure
    m = _TERM.match(text, term_start)
    return _unless_subgroup(text, m, sentence_start, f)


class Terms:
    """The terms of each sentence, found once per sentence (a table read as one long sentence
    would otherwise be scanned again for each of its figures)."""

    def __init__(self, text: str):
        self.text = text
        self.by_sentence: dict[int, tuple[list[int], list[re.Match], list[re.Match], list[tuple[int, int]]]] = {}

    def last_before(self, sentence_start: int, sentence_end: int, end: int) -> re.Match | None:
        """The last term that ends before `end` in the sentence from `sentence_start` to `sentence_end`."""
        found = self.by_sentence.get(sentence_start)
        if found is None:
            # "The labour force — the employed plus the unemployed — numbered 16,790": an aside names no figure
            # outside it
            text = self.text[sentence_start:sentence_end]
            asides = [(sentence_start + m.start(), sentence_start + m.end()) for m in _ASIDE.finditer(text)]
            words = _ASIDE.sub(lambda m: " " * len(m.group()), text)
            every = list(_TERMS_IN.finditer(self.text, sentence_start, sentence_end)) if _TERM_WORD.search(text) else []
            matches = [m for m in every if words[m.start() - sentence_start] != " " or m.group()[:1] == " "]
            found = self.by_sentence[sentence_start] = ([m.end() for m in matches], matches, every, asides)
        ends, matches, every, asides = found
        i = bisect_left(ends, end + 1) - 1
        outside = matches[i] if i >= 0 else None
        # ... but inside it, it names the figures that follow it there: "participation rate: 61.7% (labour force 24.3
        # million; working-age population 39.4 million)"
        aside = next((a for a in asides if a[0] <= end < a[1]), None)
        if aside is not None:
            inside = [m for m in every if aside[0] <= m.start() and m.end() <= end]
            if inside:
                return inside[-1]
        return outside


def _unless_subgroup(text: str, m: re.Match, sentence_start: int, f: Figure) -> str | None:
    sentence = text[sentence_start:f.span.start]
    if (_SUPERLATIVE.search(sentence) or _PLACE_OPENING.match(sentence) or _HYPOTHETICAL.search(sentence)
            or _AMONG_GROUP.search(sentence) or _BREAKDOWN_OPENING.match(sentence)):
        return None
    if _SUBGROUP_WORD.search(text[m.end():f.span.start]):
        return None  # "the labour force is Male: 41.7m"
    if _SUBGROUP_BEFORE.search(text[max(sentence_start, m.start() - 30):m.start()]):
        return None
    if _SUBGROUP_AFTER.match(text[m.end():m.end() + 30]):
        return None
    return m.lastgroup


# the measures of work a count of men or women may be of: "the labour force gender divide is split almost equally,
# with 23,056 men ... and 23,122 women" counts the workforce's men, not the population's
_MEASURES_OF_WORK = ("labour_force", "employed", "unemployed")
_OF_WORK = lazy_re.compile("\\b(?:" + "|".join(f"(?:{TERMS[t]})" for t in _MEASURES_OF_WORK) + "|work-?force|workers)\\b", re.I)


def sexes_of_work(text: str, sentence_start: int, f: Figure) -> bool:
    """Whether a count of men or women is of a measure of work its sentence names before it (the labour force, the
    employed, the unemployed, the workforce), so that they add up to that measure and not to a population."""
    return _OF_WORK.search(text, sentence_start, f.span.start) is not None


_NEXT_WORD = lazy_re.compile(r"[ \t]+(?P<word>[A-Za-z]{3,})\b")
# words that may follow a figure of people or money without saying it counts something else
_FOLLOWERS = frozenset(cues.FIGURE_FOLLOWERS)


def counts_another_thing(document: Document, f: Figure) -> bool:
    """"2,317 cases", "4,422 confirmed dengue cases": the figure counts a thing its noun names, not the measure before."""
    m = _NEXT_WORD.match(document.text, f.span.end)
    if not m or m.group("word").lower() in _FOLLOWERS:
        return False
    return not _TERM.match(document.text, m.start("word"))


# "About 1.04 million residents were aged 65 or over, of whom 587,000 were women"
_PARTITIVE_RIGHT_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PARTITIVES_OPEN)})\s+"
                                          rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$", re.I)


def counted_within_the_figure_before(document: Document, f: Figure) -> bool:
    """A figure right after a partitive ("of whom 587,000 were women", "among them 96,000") counts within the group
    the figure before it counts: the women over 65, not all the population's women."""
    return _PARTITIVE_RIGHT_BEFORE.search(document.text, max(0, f.span.start - 40), f.span.start) is not None


# "although this group accounts for 62.6 percent of the total employed"
_SHARE_OF = lazy_re.compile(rf"\s*(?:\w+\s+){{0,1}}?(?:of|in)\s+(?:the\s+)?(?:(?:{cues.words(cues.WHOLE_MARKS)})\s+)?(?:{_TERM.pattern})", re.I)


# Flows that some offices count within a defined measure's term and others beside it: Rwanda's trade deficit is imports
# less exports and re-exports. A text that names one beside the term leaves the identity unsure.
FURTHER_FLOWS = {"exports": r"\bre-?\s?exports?\b", "imports": r"\bre-?\s?imports?\b"}
_FURTHER_FLOWS = {term: lazy_re.compile(pattern, re.I) for term, pattern in FURTHER_FLOWS.items()}


def names_a_further_flow(text: str, term: str) -> bool:
    """Whether the text names a flow beside `term` that the term may or may not count ("re-exports" beside exports)."""
    pattern = _FURTHER_FLOWS.get(term)
    return pattern is not None and pattern.search(text) is not None


def names_a_term(text: str) -> bool:
    """Whether the words name one of the defined measures anywhere ("against imports of")."""
    return bool(_TERM.search(text))


def share_of_term(text: str, end: int) -> str | None:
    """The defined measure a share ending at `end` is "of" ("62.6 percent of the total employed"), or None."""
    m = _SHARE_OF.match(text, end)
    return m.lastgroup if m else None
