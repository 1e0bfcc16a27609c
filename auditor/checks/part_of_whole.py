"""A part introduced as part of a whole ("of which", "including", "among them")."""
from __future__ import annotations

import re
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.grammar.nearby import is_level, places, same_unit
from auditor.document import Document
from auditor.grammar.frames import unit_class
from auditor.grammar.parts import (
    allocates_in,
    anaphor_after,
    compared_against_before,
    count_of_places_before,
    cue_aside_closed,
    each_of_in,
    named_whole_noun,
    names_the_whole_again,
    part_cue_in,
    part_list_ends,
    member_of_the_whole_between,
    part_out_of_whole_between,
    ranked_member_before,
    whole_after_within,
)
from auditor.grammar.links import RATIO_IN_WORDS, is_amount_per_unit, names_an_average
from auditor.model import Figure, Relation

ID = "part-exceeds-whole"
DOC = """\
## What it checks
A figure the text presents as part of another must not exceed it.

It reads:

- a whole, then "of which", "including" or "among them", then parts: "2,600
  farms, including 1,900 with cattle" (a list after the cue that names no
  amount ends at a clause of contrast: "imports of $4.1 billion, including
  machinery and fuel, while exports fell to $5.3 billion" holds no part);
- a fronted whole: "Of the 3,400 shops inspected, 2,950 passed and 610 were
  fined" (or "From among", "From the number of", "From a total of": not
  "From" alone, where a change started), its words perhaps naming the span it was counted over ("Of the 13
  million passports issued over the last two years, 6.7 million ..."); a
  whole's own rate of change may stand between it and "including" ("1.42
  million tons, up 1.0%, including rice 445,000 tons");
- a part "of" its whole: "412 of the 9,614 stopped", "10.5 million of the
  country's total population of 34.8 million";
- a count that is the subject of a verb of coming out of, or being among, a
  definite whole after it: "The 3,118 complaints the ombudsman upheld came out
  of the 11,406 she received", "were among the 1,906 inspected" (a figureless
  aside in dashes may stand before the verb; a whole that names another noun
  is not the part's);
- a whole, then "with" a member contributing to it: "exports of $5.2 billion,
  with oil accounting for $3.1 billion"; a relative clause of possession that
  counts a subset of the whole's noun: "2,140 clinics, which have 1,760 clinics
  staffed by a doctor" (a count of another noun after "with" or a verb of
  having is what the whole has, no part of it: "48 hospitals, with 9,800
  beds", "1,240 companies, which employ 86,000 people");
- a whole, then "with" a count and a participle clause narrowing it: "920,000
  pupils, with 310,000 attending private schools" (a noun after the count must
  be the whole's);
- a count in a body named by its size: "311 seats in the 403-member Assembly";
- a count chosen "from a pool of", "out of a field of", "from a shortlist of"
  or "from among" the count after it, whatever the verb: "214 magistrates were
  appointed, from a pool of 1,618 applicants" (not when the pool goes on: "from
  a pool of $40 million set aside and $25 million carried over"; after "from
  among" a miss is only a question: "from among 16 regions" may name places);
- a whole, then an absolute clause giving a member's own figure: "14,206
  offences in England and Wales, the Metropolitan Police area's figure being
  3,918", "..., with the northern region's figure at 3,010" (not another
  time's or a target's: "the previous quarter's figure being 10,215"); sure
  only when the whole's clause calls it the aggregate ("nationally", "across
  the country"), else the owner may be a peer and a miss is only a question;
- parts in apposition after a whole, each amount before a label a preposition
  opens: "64 concerts, 40 at home and 24 on tour" (together no more than the
  whole; "39 gold, 41 silver and 33 bronze" is a list of equals, not read);
- a count "of the" noun phrase naming what an earlier level counts, in its
  sentence or the one before: "3,850 teachers were hired; women made up 2,020
  of the new hires" (one level only may fit);
- a whole, then "with" its members' amounts, each named by a word of the
  whole's head noun and "at" or "of" ("Total freight was 640,000 tonnes, with
  road freight at 400,000 tonnes and rail freight at 230,000 tonnes"), or by
  where it came from after it ("..., with $4.2 billion from exports and $3.1
  billion from domestic buyers"): together no more than the whole (all of it
  when the members leave nothing out: sum-of-parts); another measure is no
  member ("Exports were $7.5 billion, with imports at $4.2 billion");
- a total, then a sentence that opens on the one classification it sorts the
  total by ("By segment,", "Broken down by type of cover,") and lists amounts
  of its unit: categories that do not overlap, together no more than the total
  ("Group revenue totalled $8.41 billion. By segment, retail brought in $5.23
  billion and wholesale $3.36 billion"; not two classifications in one
  sentence, "By sex, ...; by age, ...", which count everyone twice); a
  category of another flow than the total's ("Imports ... By product, exports
  of oil ...") or a count of another noun is none;
- a level named all there is of its noun ("the full fleet registered with
  the transport office is 3,117", "the entire workforce numbers 8,240") and
  the one other count of that noun before it, in its sentence or the one
  before: "Counting only those with a valid licence, 3,604 taxis operate in
  the city; the full fleet ... is 3,117" (a body of things may stand for its
  members' noun when the count's words restrict it to some of them; not a
  count of another noun or period, nor one set against the whole);
- a question asking how many of a whole, and the answer the next sentence
  opens on: "How many of Lusaka's 2,906 registered boreholes were tested?
  Just 3,142, the regulator said" ("The answer is 3,142");
- amounts listed before "bringing the total to" (or a measure called a total
  by its adjective: "took total grain sales to"): together no more than the
  total ("Arrivals by air (2.1 million) and by sea (0.6 million) brought the
  total to 2.9 million");
- a member placed inside another named member: "131,420 tonnes from Oromia;
  48,905 tonnes from Jimma zone, within Oromia";
- an anaphor for a whole in the sentence before (up to three sentences with
  no figure of the part's unit between do not end the reference, but the
  anaphor may be what they name: only doubtful above it): "Of these", "Among them",
  "Within that total", a pronoun with a verb of including ("It included RMB
  817 million on education; RMB 96 million on science"), or a noun for a few
  members picked out of it ("The standouts included a 15% rise - 809,443
  visitors - at the Tate; ...; and 568,375 at the National Gallery": the items
  parted by semicolons, their rates and counts in words between them), and "N of them" or "N of it" after a level: "182
  nesting pairs, 140 of them in the wetland" (or "N of whom", "N of which"
  before the words of its clause: "4,300 staff, 1,900 of whom work in sales",
  where 1,900 is the part, no whole of what follows); "Of the total," and "Of the
  number," point back as "Of these" does; after a sentence that set one group
  inside another ("2.6 million of the region's 9.1 million residents", "Of the
  city's 480,000 households, 126,000 rent"), "N of them" is likeliest of the
  inner group (only doubtful above it: "them" may be the larger one);
  a range "between 2 and 2.5 million of them" is one part, read at its upper
  bound, and its lower bound is no whole;
- a whole a later sentence names ("the €13.1 billion budget" ... "in the
  budget");
- a fronted "of the" (or "among these") and a noun phrase with no figure,
  naming a whole stated up to a dozen sentences before by its head noun (or,
  a level naming no noun, by a word of its clause): "At 1.63 trillion, it is
  the biggest budget" ... "Of the total budget outlay, 1.03 trillion is for
  ..., while 506 billion ..." (a part's own list after "including" ends where
  a clause of contrast opens the next part); above a whole the phrase does
  not call a total and no head noun names, or one of several levels of the
  sentence that names it, a part is only doubtful;
- a flow for a stretch of time inside the running total of the same flow:
  "41,200 tonnes in April" and "150,900 tonnes in the first four months", "for
  the year up to April", "from January to April", "the nine months to
  September", "the half year to September" (from April), "the twelve months to
  June 2024" (from July 2023). The running total must name
  no place or product the part's words lack; stocks (population, debt) and
  balances that can turn negative (profit) are not read this way. Months that
  do not overlap add up to no more than their running total. A total "as at"
  a day is a running total when the words give its start ("had been reported
  in 2021"). Months named without a year ("in April", "the first four months
  of the year") are of one unstated year; a level set against another of its
  sentence ("to 2,310 units in March 2024 from 5,480 units in March 2023")
  counts the same flow when its own words give its period, as does the old
  level of a change whose own words give its period ("against the 64.6 million
  barrels produced in August 2019") and a level that points back ("the
  corresponding figure for January to October 2019"). Figures a sentence gives
  "respectively" for a list of names are each for its own name; "the first two
  months of this fiscal year" starts in the month the report gave once ("the
  first two months (July to August) of FY18"); a level whose sentence names
  one period, before it, is of that period ("accident figures for 2019, which
  show 20 fatal accidents in all, with 283 fatalities"), and of the flow its
  own measure names when its clause names two; "so far this year" runs to the
  latest month the report gives for the flow; a level "in the same period last
  year" holds that year's months; a quarter or half named as an adjective
  ("second-quarter revenue") is that part of the year; "for the quarter" (the
  month, the half, the year) is the stretch of that length the text named last;
  a bare head noun repeats the measure named in the few sentences before it
  ("Wool exports in the first half ..." then "Exports in June ...") when those
  name one kind only and no bare mention, and it does not say "total";
- a named member's level, or a category's ("deaths from heart disease",
  "deaths of cyclists", "admissions for falls": a kind the whole's words do
  not narrow away; "Exports of machinery" as a whole is machinery exports), a few
  sentences from the level of the same measure, unit and period whose sentence
  names no member ("41,300 deaths in 2022" ... "Brenford County recorded 3,050
  deaths in 2022"): above it, the part is only doubtful, unless the whole's
  words call it a total ("in all", "a total of"); a kind the words before
  the head noun name ("Commercial fishing licences numbered 6,900") within a
  level of the same measure and period whose words name fewer of them and call
  it a total ("A total of 48,200 fishing licences"; a word of amount after
  the noun, "freight volumes", "visitor numbers", names no head of its own), or whatever its words when
  the kind opens its sentence (then only doubtful above it), in its sentence
  or, naming no period, in one after the headline level ("Burglaries fell to
  12,400 in 2022. Domestic burglaries fell to 5,100."), or whatever its words
  and wherever the kind stands when that level comes first ("The country had
  2.84 million jobs in 2024. The survey counted 1.96 million urban jobs in
  2024": only doubtful above it; a bare head noun after the narrowed level may
  repeat it); a level narrowed by a kind of its own is no part of a level
  narrowed by another ("exports of goods", "dairy exports"), and a member's
  level within a whole of a kind its words do not name is only doubtful; a
  word opening the
  sentence and the measure is a kind, no member's name; members of one whole that
  share no name add up to no more than it (only plausible: they may overlap),
  and none of them is the whole stated again; a member the words set apart
  with "alone" ("MTN alone had 95.1 million") in the sentence after a level
  called a total is surely within it; a member's level in a sentence
  that names no period is of the period the text gave last for its measure
  ("Ferry passengers rose to 612,000 in August 2023." ... "Passengers from
  Norland fell to 48,300."; not one whose words run from the year's start,
  "so far this year", "since the start of the year"), and a place the report's first sentence names
  alone is every later member's; the lines of a list after a lead that ends in
  a colon and names a measure and a period ("The three towns that issued the
  most permits in 2024 were:" ... "Harwick with 6,150") are members of that
  measure's level of that period stated before the lead; members listed with
  their counts in a sentence that names no period of its own ("The best beats
  were Kellow with 910, Drummet with 655") are within the nearest level before
  the list, in its sentence or the one before, that names nobody (only
  doubtful above it, in each case);
- amounts given "respectively" for labels after words pointing back at the
  sentence before ("Of these, 38,900, 31,700 and 9,050 places were filled in
  apprenticeships, technical colleges and adult programmes, respectively"),
  each within the level that sentence gives for its label ("41,200 places in
  apprenticeships, 30,500 in technical colleges and 12,600 in adult
  programmes"; such a list of equals, each label a bare noun after one
  preposition, holds no whole of its own);
- a member's level in a sentence fronted by a narrower scope ("Among passenger
  cars, Hyundai led with 1,215 units", "In the organic segment, ...") within
  the same member's level of its unit said before in a sentence with no scope
  ("Hyundai remained the overall market leader with a 17% share (1,673
  units)"; a count in brackets after a share is the share's member's): only
  doubtful above it;
- a weekly bulletin's count for the week within its running total of the same
  flow: "During the week under review, 2,984 cases were reported" and "47,603
  cases in all";
- the counts of an examination's distinct letter grades ("A- 4,645; B+ 10,975;
  ...", "33,399 had Es"), six at least in nearby paragraphs, within the count
  of the candidates who sat of the same period: together no more than it;
- members a sentence ranks by a measure, each a name right before its count
  or its count in brackets ("Districts with the most burglaries were Eastfield
  212, Harrow Vale 180 and
  Kings Cross 95"; "Regions with high mortality are ..." counts deaths), within
  the level of that measure stated before, up to eight sentences and two
  paragraphs back: the first of the nearest sentence stating it (not an
  addition, "250 more cases"), only doubtful when more than one level fits;
- a table's row for all of a thing ("| All households | 12,400 |", "Total
  cargo handled") and its rows for a kind of it, named by the same head noun
  and more words ("Households with children", "Appeals allowed"): column by
  column, no more than it, when the cells add up (money, amounts of a stuff,
  whole counts: "112.4" may be an index), not in columns headed as changes,
  rates or shares, nor rows of rates or averages ("Appeals per judge");
- counts of those beyond a stretch of time, of the same thing at the same time:
  "1,420 patients had waited more than 18 months" is among "39,400 patients had
  waited over 52 weeks";
- a share, then in brackets shares each said to be a kind of it ("10% as
  degraded forest (6% being high-intensity degradation and 4% moderate)"; no
  verb of being, "(4.8% for men and 5.5% for women)", gives the rates of groups);
- a fronted whole's list goes on past a semicolon right before a count: "Of the
  312 schools inspected, 183 were rated good; 91 were rated adequate and 62 poor";
- a level the words call a total ("in all", "in total", "a total of"), then after
  a semicolon or in the next sentence a list of levels of its noun, period and
  unit compared with nothing else: "24 fatal accidents in all in 2022. 15
  accidents involved passenger flights and 7 involved cargo flights" (one verb
  and one preposition sorting them make them add up to no more than it);
- a level of a bare noun, then a few sentences on a list of its kinds, each
  narrowed by its own word: "5,449 transplants" ... "3,423 kidney transplants,
  1,277 liver transplants and 300 heart transplants" (only doubtful above it);
- a measure's head noun is the noun a participle and its preposition follow:
  "appeals filed in the district courts" counts appeals;
- those an event displaced among those it affected, of the same noun (families,
  households, persons), a few sentences after the count of the affected:
  "Typhoon Rosita has affected 66,348 families" ... "sheltering 105 families"
  ... "Another 227 families are staying with relatives" (those in shelters and
  those staying elsewhere together no more than it; an affected count set apart
  as one place's, "In Sarangani province alone", is no whole, nor is a count
  the words date before the time in view, "the previous season's cyclone
  affected", a whole or a part);
- an account's item within the account's total, of the same currency and
  subject, a few sentences either side: "Total assets rose to GHS 48.6 billion"
  and "Gross loans stood at GHS 19.2 billion" (loans, advances, investments,
  securities are assets; a profit is left of "total income" or "total
  revenue"; not an old level set against ("from Rs 89.69 crore"); only
  doubtful above it when a sentence names no time of its own);
- months across the new year are a running span: "April-February 2024" runs
  from April 2023, "July-March of fiscal year 2024-25" from July 2024; a level
  whose words point back to a stretch ("over the same nine months", "during the
  quarter", "in the period") is of the last period of that length the text
  named, where no period holds for the whole text.

When the words do not say the parts exhaust the whole, each part must be no
larger than the whole; that the parts together are no larger is reported only
as plausible, since the groups may overlap, unless the words sort the parts one
way: one verb and one preposition ("21,300 went to Europe, 9,800 to Asia"), the
same words said of each part but one word before the noun they share ("23
districts had normal rainfall and 12 districts had deficient rainfall", "Of
these, 21,530 were emergency admissions and 16,710 were planned admissions"),
members each before one preposition ("Safaricom accounted for 11.8 million,
Airtel for 2.4 million"), or counts in brackets after places a "from" or "in"
lists ("19 confirmed cases, from Yobe (16) and Adamawa (3)"). Parts that exhaust their whole are
the sum-of-parts check's.

## Why it matters
A part larger than its whole is impossible, and usually a slipped digit or a
wrong scale word ("3,344 trillion" for "3.344 trillion").

## Example
Inspectors visited 3,400 shops. Among them, 36,100 were bakeries.
(36,100 > 3,400: a slipped digit.)

## Fix
Correct the scale or the digits of the part or the whole.
"""

EXPRESSION = expr.parse("part <= whole")
def _named_parts(document: Document, figures: tuple[Figure, ...], where) -> Iterator[Relation]:
    """'the N13.082 trillion budget' ... 'N 3,344 trillion has been earmarked in the budget'. The part
    belongs to the nearest budget before it: a budget stated again later (next year's, another
    report's in the same file) takes the parts named after it, so each part is read once."""
    wholes: dict[tuple, list[Figure]] = {}  # (name, unit) -> the wholes of that name so far
    by_measure: dict[tuple, list[Figure]] = {}  # (measure, unit) -> the same wholes, by their measure
    pairs = []
    for f in figures:
        if not is_level(f):
            continue
        place = where[f.id]
        unit = unit_class(f)
        candidates = [wholes[key] for key in wholes if key[1] == unit
                      and names_the_whole_again(key[0]).search(document.text, place.sentence_start, place.sentence_end)]
        if (f.measure, unit) in by_measure and allocates_in(document.text, place.sentence_start, place.sentence_end):
            candidates.append(by_measure[(f.measure, unit)])
        whole = max((_latest_fitting(c, f, where) for c in candidates), key=lambda w: w.span.start if w else -1,
                    default=None)
        if whole is not None:
            pairs.append((whole, f))  # a part is no whole of its own
            continue
        name = named_whole_noun(f.measure)
        if name and not ranked_member_before(document.text, place.sentence_start, f.span.start):
            # (a member ranked in its set, "was the least with a population of 258,813", is no whole named again)
            wholes.setdefault((name, unit), []).append(f)
            by_measure.setdefault((f.measure, unit), []).append(f)
    pairs.sort(key=lambda pair: pair[0].span.start)  # each whole with its parts, in reading order
    for whole, part in pairs:
        yield Relation(ID, EXPRESSION, {"part": part, "whole": whole}, f"{part.text} is given as part of {whole.text}")


def _latest_fitting(wholes: list[Figure], part: Figure, where) -> Figure | None:
    """The last of `wholes` that `part` can belong to: in another sentence, of no other period."""
    for whole in reversed(wholes):
        if where[whole.id].sentence != where[part.id].sentence \
                and not (part.period and whole.period and part.period != whole.period):
            return whole
    return None


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    # two parts of one whole are not part and whole of each other ("811 of them and 473")
    siblings = {frozenset((a.id, b.id)) for link in meaning.parts for a in link.parts for b in link.parts if a is not b}
    # a part the words give as a fraction of its whole no figure holds ("fewer than half of the 3,120 applicants ...:
    # 1,640"): the comparison check decides it, more exactly than "not above the whole"
    of_a_fraction = [link for link in meaning.fractions if link.part is not None and link.value is not None]
    fractioned = {frozenset((link.part.id, link.whole.id)) for link in of_a_fraction}
    # ("9" and "10" of "nearly 9 in 10 of the 2,350 firms" are no parts of it)
    counts = {f.id for link in of_a_fraction for f in link.counts}
    legacy = (r for r in _find(document, figures)
              if frozenset(f.id for f in r.figures.values()) not in siblings | fractioned
              and counts.isdisjoint(f.id for f in r.figures.values()))
    linked = (r for r in relations.parts_within(meaning, ID) if frozenset(f.id for f in r.figures.values()) not in fractioned
              and counts.isdisjoint(f.id for f in r.figures.values()))
    yield from links_first(linked, legacy, "whole", (link.whole.id for link in of_a_fraction))
    yield from relations.aggregates_within(meaning, ID)
    yield from relations.members_within(meaning, ID)


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    yield from _named_parts(document, figures, where)
    text = document.text
    for i, whole in enumerate(figures):
        if not is_level(whole) or names_an_average(text[max(where[whole.id].sentence_start, whole.span.start - 80):whole.span.start]):
            continue  # ("the average wage reached 7,946 yuan, of which male 8,692": group values, not parts)
        if is_amount_per_unit(text[whole.span.end:whole.span.end + 40]):
            continue  # "€96.4 million, or €18.40 per inhabitant, of which €14.9 million": an amount per head is no whole
        # "W ..., of which P": the whole before the cue, the part after it, same sentence
        for part in (figures[j] for j in range(i + 1, len(figures))):  # (a slice would copy all the figures after)
            if where[part.id].sentence != where[whole.id].sentence:
                break
            if anaphor_after(text, part.span.end) and not is_level(part):
                break  # "610 patients, nearly a third of them children, and 1,850 in the year": the cue is the fraction's
            if not (is_level(part) and same_unit(part, whole)):
                continue
            gap = text[whole.span.end:part.span.start]
            if len(gap) > 140 or re.search(r"\d", gap):
                continue
            if part.value > whole.value and not whole.unit \
                    and count_of_places_before(text, max(0, whole.span.start - 25), whole.span.start):
                break  # "41,200 homes across 18 districts, of which 9,850 were destroyed": "which" points past a count of place
            cue = part_cue_in(gap)
            if cue and (part_list_ends(gap, cue.end()) or cue_aside_closed(gap, cue)):
                break
            if cue and compared_against_before(gap[-80:]):
                break  # "composing 1,000 of the total arrivals, however, ... this number has decreased from 1,810": the
                # earlier level of the figure, no part of it
            if cue and not each_of_in(gap) and not anaphor_after(gap, 0):
                yield Relation(ID, EXPRESSION, {"part": part, "whole": whole},
                               f"{part.text} is given as part of {whole.text}")
                break
        # "299 members out of 321", "115 of the 118 picks": the part before the whole
        if i + 1 < len(figures) and (part_out_of_whole_between(text[whole.span.end:figures[i + 1].span.start])
                                     or member_of_the_whole_between(text[whole.span.end:figures[i + 1].span.start],
                                                                    text[figures[i + 1].span.end:figures[i + 1].span.end + 40])) \
                and not (i > 0 and RATIO_IN_WORDS.match(text[figures[i - 1].span.end:whole.span.start])):
            # (not a ratio's base: "9 in 10 of the 2,350 firms")
            part, total = whole, figures[i + 1]
            if is_level(total) and same_unit(part, total) and not total.qualifier and not part.qualifier:
                yield Relation(ID, EXPRESSION, {"part": part, "whole": total}, f"{part.text} is given as part of {total.text}")
        # "within the W budget, ... P": the whole after "within"
        if whole_after_within(text[max(0, whole.span.start - 20):whole.span.start]):
            for part in (figures[j] for j in range(i + 1, len(figures))):
                if where[part.id].paragraph != where[whole.id].paragraph:
                    break
                if is_level(part) and same_unit(part, whole):
                    yield Relation(ID, EXPRESSION, {"part": part, "whole": whole},
                                   f"{part.text} is given as part of {whole.text}")


CHECK = Check(ID, "A part is larger than the whole the text says it belongs to.", DOC, find, relates_levels=True)
