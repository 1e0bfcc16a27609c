"""A ratio stated with its two terms ("2.126 million vacancies, 1.413 million
job-seekers, a job-seeking ratio of 1.50")."""
from __future__ import annotations

import re
from itertools import permutations
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.grammar.nearby import is_level, layout, same_unit, written_in_digits
from auditor.document import Document
from auditor.grammar.frames import Role
from auditor.grammar.ratios import amount_per_unit_after, base_counted_after, is_proportion, names_the_base, round_base_after
from auditor.grammar.time_rates import per_span_of_time
from auditor.model import Figure, Kind, Relation

ID = "ratio"
DOC = """\
## What it checks
A ratio stated with the two levels it divides must equal one divided by the
other.

It reads:

- a ratio naming its base ("for every", "for each", "per", "to each") and two
  levels of one unit set against each other in its sentence: "3,150 patients
  and 1,260 nurses, 2.5 patients for every nurse", or a base holding its own
  count: "12.6 million books, 5.25 books for each of the city's 2.4 million
  residents" (a base holding a count is never one of the counts before the
  ratio: "4.2 for each of the 12 libraries");
- a ratio naming its terms ("the ratio of urban to rural income was 1.60",
  or as a percentage, "the ratio of claims to premiums was 63.9%"), against
  the one level each term names in its sentence or the two before; when its
  clause names its period ("63.9% in 2013 from 65.4% in 2012"), against each
  term's one level of that period in its sentence or the four before;
- a ratio between two groups of people on a stated base ("112 males for
  every 100 female deaths") against the one count of each group in its
  sentence or the two before ("240,001 were men and 214,988 were women"); a
  ratio in whole units stands for its rounding (111.6 is written 112);
- a percentage of a reference value ("rainfall has been 104% of the
  average") against the one level of its measure set against that reference,
  named alike, within three sentences ("304 mm, against an average of 294
  mm"): the percentage is the level over the reference;
- an amount per head ("€4,030 per resident", "per capita") against a larger
  total in the same currency or unit and a population count nearby (sure as
  an average right after the total said over the count, "earned $2.1 billion
  from 11.4 million passengers, an average of $184 per passenger", or when the
  sentence names one flow for both, "revenue per passenger" and "turnover");
- an amount per the noun of a count the total is said over ("At Rs 84.6
  billion for 2.41 million families, the scheme costs Rs 35,100 per family",
  "paid GH₵ 96 million to 48,000 farmers, GH₵ 2,000 a farmer"), sure when
  nothing between the count and the amount sets another thing against it;
- a quantity at a price per unit and the value the sentence says they make
  ("70,000 tonnes at US$7,934.9 a tonne, earning US$55.9 million", "worth
  US$804 million, at an average price of US$4.35 per kilo"): the value is the
  quantity, in the price's unit, times the price; one quantity of the price's
  dimension before it and one value in its currency, or nothing;
- a total divided into a count of groups of a stated size ("the 1,386
  learners are split into 33 classes of 42 pupils each");
- what each member serves, after the count of members and the count of those
  they serve ("1.21 million residents and 112 clinical officers, so each
  clinical officer serves about 10,800 people");
- a percentage one of the two figures just given is of the other, each named
  by its place ("13,900 households ... 5,830 without piped water; the latter
  figure is 41.9% of the former");
- a ratio on a stated base ("3.1 doctors for every 1,000 residents") against
  the one level of its noun ("15,500 doctors") and the one level of its base's
  noun ("a population of 5.0 million") in its sentence or the two before;
- a multiple that compares ("1.87 times as much", "times that of", "times
  of rural") with exactly two levels of one unit in its sentence: the larger
  is the multiple of the smaller;
- an amount converted at an exchange rate the sentence gives ("converted at
  the exchange rate of 129.4, average pay was the equivalent of USD 412")
  against the amount of that measure in the sentence or the one before: the
  rate is the larger amount over the smaller;
- an average per day, week or month ("an average of 145 a day", "average
  weekly attendance was 8,400"), or a total restated as such a rate in
  apposition (after a comma, in dashes or in brackets) or in the next sentence
  ("1,450 tonnes in March, or 47 tonnes a day", "438,000 last year — 1,200 a
  day —", "That works out at 34 arrests a day"), against the one total of its
  unit in its sentence or the one before, over a span the sentence gives
  ("over the 12 weeks of the season", "during the 14-day strike"; "last
  year": 365 days, 52 weeks, 12 months) or else the total's own period ("in
  March 2023": 31 days; "in the first quarter": 13 weeks). A rate set against
  another ("12 tonnes a day more than in February") is not one.
- a rate per one span of time restated per another ("1,150 calls a day, or
  about 420,000 a year", "2,000 coins an hour (48,000 a day)", "6.5 per
  minute. That works out at 3.4 million panels a year"): the longer span's
  rate is the shorter one's times the count of shorter spans in it (24 hours,
  7 days, 12 months; a year's 365 or 366 days, 52 to 52.29 weeks, unless its
  period names the year). Rates joined by "and", "while" or "against", rates
  of change ("3% a year") and days or weeks to a month are not read.
- a formula told in labels: two levels, each in brackets after its label,
  joined by words that divide ("as a proportion of", "over", "per"; "against"
  only before a target or plan), then the quotient after a colon or "was":
  "Pupils who passed (41,380) as a proportion of all pupils tested (52,910):
  78.2%" (not over another time's level, nor a signed quotient or one
  followed by "above" or "short": changes and gaps).
- a verb of multiplication and the percentage change of the same move in its
  clause ("more than doubled, to 9,783 cases, a 105.4% increase", "halved,
  falling 52% to 410"): one plus the rise is the multiple, to the nearest
  whole number when the verb has no hedge, above it after "more than" (not a
  multiple said to be near, "nearly doubled", nor a rate of another clause:
  "doubled, while imports rose 15%").

A count of a definite set ("the 40 branches", "its 12 schools", "all 20
clinics") that an average divides is exact, not a rounded count; the average's
own noun may stand before "per" ("29 pupils per school").

Other ratios ("a vacancy ratio of 1.50") are compared with two counts of the
same kind stated before them in their sentence (not a rate per a span of time:
"816 closed, i.e. 68 per month or 15.7 per week"). When the words name the base,
the ratio is the other term over the base.

## Why it matters
Ratios are derived figures: when the counts are revised and the ratio is not,
they disagree.

## Example
The clinic listed 3,150 patients and 1,260 nurses, 2.5 patients for every nurse.
(3,150 / 1,260 = 2.50.)

## Fix
Recompute the ratio from the counts.
"""

EXPRESSION = expr.parse("a / b == ratio")
def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    yield from relations.span_averages(meaning, ID)
    yield from relations.rates_restated(meaning, ID)
    yield from relations.multiples_as_rates(meaning, ID)
    yield from relations.prices_times_quantities(meaning, ID)
    yield from links_first(relations.ratios(meaning, ID), _find(document, figures), "ratio")


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    lay = layout(document, figures)
    meaning = grammar.read(document, figures)
    seen_sentences = set()
    for ratio in figures:
        if ratio.kind is not Kind.RATIO or not written_in_digits(ratio):
            continue  # "three gainers for every two losers": a ratio in words is a rough one
        sentence = lay.where[ratio.id].sentence
        if sentence in seen_sentences:
            continue  # a second ratio in a sentence compares with other periods, not these counts
        seen_sentences.add(sentence)
        # the terms stand in the ratio's own sentence: a sentence before is often about something else
        before = [f for f in lay.sentences[sentence] if f.kind is not Kind.RATIO and f.span.start < ratio.span.start]
        # the base of the ratio in its own label is no term: "sex ratio (males per 100 females) 106.3" is the
        # first count over the second, times the base
        label_bases = [f for f in before if meaning.frame(f).role is Role.PER_BASE]
        # (a change whose verb is left out is no level: "and doctors by 900 to 23,800")
        terms = [f for f in before if is_level(f) and f not in label_bases and meaning.frame(f).role is not Role.CHANGE]
        if len(terms) < 2:
            continue
        a, b = terms[-2], terms[-1]
        if not same_unit(a, b):
            continue
        if base_counted_after(document.text[ratio.span.end:ratio.span.end + 60]):
            continue  # "4.2 for each of the 12 libraries": the base is the count after it, not one before
        if per_span_of_time(document.text[ratio.span.end:ratio.span.end + 60]):
            continue  # "816 pubs closed, i.e. 68 per month or 15.7 per week": a rate per span of time, not 816 / 68
        label = document.text[b.span.end:ratio.span.start]
        if ";" in label and not _label_names_both_groups(label, label_bases, meaning.frame(a).group, meaning.frame(b).group):
            continue  # "1,100 reported losses; the average ratio was 1.70": another clause, another measure
        if a.unit and amount_per_unit_after(document.text[ratio.span.end:ratio.span.end + 40]):
            continue  # "3,540 kWh, down from 3,610 kWh, ... 27.4 pence per kWh": two amounts of one unit give a pure number, not an amount per unit
        named = meaning.frame(ratio).named_terms
        if named and not set(named) & {meaning.frame(a).head, meaning.frame(b).head}:
            continue  # a "debt-to-equity ratio" divides no count of firms
        # (a proportion, "one in five", "3 in 10", is a part over its whole, never the whole over the part)
        orders = [(x, y) for x, y in permutations((a, b)) if not is_proportion(ratio) or x.value <= y.value]
        readings = [{"a": x, "b": y, "ratio": ratio} for x, y in orders]
        per = round_base_after(document.text[ratio.span.end:ratio.span.end + 60])
        if not per and len(label_bases) == 1 and label_bases[0].span.start > b.span.end:
            per = (label_bases[0].value, "")
        if per and per[1] and not any(names_the_base(per[1], document.text[max(0, f.span.start - 30):f.span.end + 30])
                                      for f in (a, b)):
            continue  # "91.9 cases per 100,000 population": neither count is the population
        expression = expr.parse(f"a / b * {per[0]} == ratio") if per else EXPRESSION
        first = readings[0]
        yield Relation(ID, expression, first, f"{ratio.text} as the ratio of {first['a'].text} to {first['b'].text}",
                       readings=tuple(readings[1:]))


def _label_names_both_groups(label: str, label_bases: list[Figure], first: str, second: str) -> bool:
    """Whether a ratio's label, after a semicolon, names its base and both counts' groups: "4,621,800 females;
    sex ratio (males per 100 females) 106.3" is a table in prose, its items parted by semicolons."""
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", label.lower())}
    return len(label_bases) == 1 and bool(first) and bool(second) and first != second \
        and first.rstrip("s") in words and second.rstrip("s") in words


CHECK = Check(ID, "A stated ratio does not match the two counts it relates.", DOC, find)
