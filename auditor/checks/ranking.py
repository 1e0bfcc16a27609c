"""Rankings stated in words: "the highest rate (9.5%) ... next come X at 2.7%, then Y at 1.3%",
"the fastest-growing area (14.6%) ... Edmonton came second with 13.9%", "the most passes, 257,828"
against a listing of the others, "the best pass rate (99.92%)" against the overall rate."""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from auditor import expr, grammar, relations
from auditor.checks.base import Check
from auditor.checks.table_vs_text import by_table, tables
from auditor.grammar.nearby import (
    by_sentence,
    is_level,
    is_percent_level,
    is_ratio_level,
    places,
    same_unit,
    written_in_digits,
)
from auditor.document import Document
from auditor.extract import context
from auditor.grammar.rankings import (
    came_next_after,
    carries_the_order_on,
    crosses_a_sentence,
    is_listing_total,
    is_rank_header,
    joins_the_next_items,
    label_before_colon,
    leads_to_its_figure,
    line_head,
    making_it_between,
    names_the_label,
    names_the_low_end,
    names_the_second_place,
    opens_the_next_items,
    next_rival,
    overall_rate_before,
    ranked_against_its_past,
    rate_noun_after_superlative,
    rival_named,
    sets_against_rivals,
    superlatives_in,
    up_to_clause_end,
)
from auditor.model import Figure, Relation

ID = "ranking"
DOC = """\
## What it checks
A ranking the text states in words, checked against the figures it ranks:

- a stated order: "X recorded the highest rate (9.5%). Next come Y at 2.7%, then Z at 1.3%,
  and finally W at 0.4%" - each figure must be at least the one ranked after it;
- a superlative and a runner-up: "... grew by 14.6%, making it the fastest-growing city.
  Edmonton came a close second with 13.9%"; "Nairobi led the table at 41%. Mombasa followed at 23%";
- a superlative and a listing of the others: "Maths had the most passes, with 5,120 candidates
  scoring A-C" followed by lines "Physics - A-C: 4,310; ..." - the figure said to be the most must be
  at least every other entry of the listing under the same label;
- a best or worst part against the whole: "District A had the highest pass rate (97.2%)" with the
  "overall pass rate of 95.1%" stated elsewhere - an overall rate lies between the best and the worst;
- a heading that ranks the list under it, one item a line: "The five busiest airports in 2024:"
  over "- Hillport: 9,412,000", "- Easton: 8,905,500", ... - each item at least the next (at most,
  under "the lowest ..."); the list may follow a blank line, a numbered item ("2.") may carry
  a long label before its figure, and numbered or bulleted items may stand one a paragraph;
- a list of lines "Maple - 412", "Oak - 377", ... under no heading, whose first item the sentences
  just before say came top ("Maple came top in the survey", "the kestrel took the top spot"): the
  first item at least each other; the rest likely in order (undetermined when not, never an error);
- "the most" before a plural noun is the first place: "Kano recorded the most cases, with 4,120, while
  Lagos came second with 3,980" (not "the most serious cases");
- a comparison, then its score: "Spending on schools was higher than on roads, at $2.1bn against $1.8bn",
  "Nurses trailed doctors, with 1,200 replies against 1,450" (not "higher than expected, at ...");
- places stated one sentence at a time, within three sentences: "Kenya was the top destination,
  with 48,210 buyers. Uganda was the second largest market at 31,904. Tanzania came in third place
  with 29,870" - each place at least the next;
- a table whose places are numbered under a "Rank" (or "Position") header, with one column of
  levels: "| 1 | Chevrolet Onix | 250,805 |" over "| 2 | Ford Ka | 157,361 |" - each place at
  least the next (at most, when the title or header says "lowest", "fewest" ...);
- a record and the one it beat: "an all-time high of 9,412 tonnes ... the previous record, 9,105
  tonnes"; "the previous peak" said further on is below the last record said before it; a record
  named by its noun and broken by a verb of beating after the clause's own figure: "227,000 came over
  the three days, beating last year's record of 215,000", "rose to 4.1 million units, breaking the
  2019 high of 3.9 million" - at least it (not "was beaten by"; a number word between is no term); a
  new record ("a record 2.4 million tonnes", "the highest ever") against its measure's level, of the
  same noun, group and unit, of another time in the two sentences before - at least it, only likely;
- the extreme of a series placed at a time, its figure handed over after the time: "The highest rate came
  in 2014 - 3.1", "the lowest occupancy was recorded in 2020, at 41.5%" - at least (at most) each level of
  its unit, role and group given for another year within three sentences, whose clause names the
  superlative's noun (a rate noun is matched by a rate, "3.3 per 1,000"); an error in one paragraph,
  otherwise only likely;
- a level said to exceed two others taken together: "32 628 exceeded the grants to US firms
  (14 605) and Asian firms (15 509) taken together" - at least their sum;
- lists around a leader: "450 tonnes, ahead of Australia (270 tonnes) and Russia (245 tonnes)" and
  "€527.6m, behind media (€933.3m) and advertising (€772.5m)" - the figure before against each item;
  "Ghana led with 412 tonnes, Mali second with 388 tonnes", "followed by 388 tonnes in Mali and 205 tonnes in
  Niger" (each item named after its figure; not "in June", "in the second" quarter or "a year later"), "It was followed by Mali with 388 tonnes and
  Niger with 205 tonnes", "In order of importance came steel, with 412 million tonnes, cement, with 305
  million tonnes, ..." - each item at least the next; "Nairobi (135,061) and Tsavo (114,002) came close
  behind" the leader said just before - each at most the leader;
- a ranking told over several sentences: its head ("Rovers headed the table with €310 million", "the best
  performing hospital with 3,950 operations") is at least each later place ("City came fourth with
  €240 million"); an item's share beside its count ("with 3,950, accounting for 22 percent") takes the
  count's place; "It was followed by A, B and C with 14, 11 and 8 percent respectively" and "Next came A with
  x, B with y" are in order; a list that closes the ranking ("The top six was rounded off by Chile, with
  21,300, Fiji, with 19,800, ...") runs in order below the last figure ranked before it; a runner-up may
  open the paragraph after the leader's; between places with a gap ("Next came United with 36,900 fans"
  ... "Athletic were the fourth best supported club, with 30,150 fans"), as many levels of their measure
  as the gap has places, given in the sentences between, are likely those places in order (any number
  before a list that closes the ranking; undetermined when out of order);
- an item placed behind (ahead of) another named without its figure, after a verb of standing or moving or a comma
  after the item's figure (not "the investors behind the bridge", "ahead of the launch"), whose level one of the six
  sentences before gives beside the name: "Wheat slipped behind barley to rank third with 3,870 tonnes" after "barley output climbing
  9 percent to 4,120 tonnes" or "Barley (4,120 tonnes)" - at most (at least) that level; "After Chile, the largest
  Pacific sellers were Ecuador (8.1%) and Panama (4.4%)" after "Chile (22.8%)" - each item at most the named one's
  level (one unit and role, and one period when both state theirs);
- the first place given with its share of a named whole, against another amount one of the six sentences after gives
  with its share of the same whole (named alike, or by "the" and one of its words): "Tourism was the largest single
  source, worth $412m, or 31.0 percent of total earnings" ... "Fisheries accounted for 22.4 percent of the total with
  $298m" - the first place at least the other, in amount and in share ("the total" only until a share of another whole
  is named);
- a level after a move away from an extreme of its series: "membership stood at 8,120 in 2023, continuing the decline
  since the peak of 9,460 in 2015" (at most the peak), "That extends the recovery since the low of 18,900" after the
  sentence that gives the level (at least the low); not a level of a time before the extreme;
- a change of a whole said to come mainly from one part ("the fall in numbers came mainly from the breeding flock,
  which dropped by 390,000 head" after "a fall of 620,000 head"; "production rose to 734.8 million kg from 733.9
  million kg, mostly on the back of a bigger contribution from Assam. Assam's production went up more than 12.5
  million kg"): the part's change is more than half the whole's. The part's change is the first size after its name in
  that sentence, or after a verb of change in one of the next two sentences when it opens with the part's name; the
  whole's is the move "to N from M" before the words, or the last change of the part's unit and the whole's way stated
  in the three sentences before ("the fall in ..."). Rates in percent are not read;
- a higher place said after a lower one of the same run of places, in one paragraph or the next sentence:
  "sent 612 entries, which put the school in fourth place among the 20. Hillcrest came first with 655" - the
  higher place at least the lower (a relative clause after the figure may give its place: ", which left the port
  in third place", ", which made it the second most popular show"; "Top of the list was X, with 530,000");
- the bottom of a ranking said by a verb: "Bergen came last of the eight cities, with only 12.4%" (or "finished
  bottom, on 19 goals") - each place of its paragraph near it at least the bottom's figure ("came last year" is a
  time);
- a level, then a change in words against a time whose level a "when" clause gives: "sold 412 bikes, a sharp fall on
  2019, when it sold 530" - at most the old level after a fall, at least it after a rise;
- a sentence with no figure comparing a year with the one before by comparatives before plural nouns
  ("Fewer flights were cancelled in 2023 than in the year before, though more passengers were delayed"), then in
  the next three sentences exactly two levels of each noun for two years ("cancelled 4,120 flights ... The
  corresponding figures for 2022 were 5,880 flights"): the later year's level below the earlier's after "fewer",
  above it after "more";
- "the lowest since 1960, which was 374": that year's level at most the level ranked (at least, for
  "the highest since"); so for a season, month or quarter whose level a "when" clause names ("the lowest since the
  2014-15 season, when production came to 74.9"), the level ranked given in the sentence before when the sentence has
  none ("It was the lowest since 2015, when ...", or a subject naming its measure; one sharing only a word with the
  level's clause leaves the order undetermined);
- a verb of outdoing between two named items, each with its figure beside its name: "Spain ($2.6 billion) has
  overtaken France ($2.3 billion)", "Spain's $2.6 billion surpassed France's $2.3 billion"; or said before a colon
  whose clause names each item again before its figure ("Shipments to Spain overtook those to France: Spain took $2.6
  billion and France $2.3 billion"); the first figure may carry its noun ("Kenya, with 41,200 arrivals, overtook
  Uganda at 38,900"), the second stand "at" its name without a comma;
- a series' average and its peak or low in one sentence: "an average of 23,000 a day, with the number
  peaking above 30,000" - the peak at least the average, the low at most;
- a superlative's figure set against its rivals, each named by its place after its figure: "The lowest rate was in
  Tartu, at 3.2%, compared with 4.8% in Tallinn and 5.1% in Narva", "Algeria had the largest fall, at 23.9 per cent,
  with drops of 9.1 per cent in Ecuador" - at most (at least) each rival (not a rival of a month: a time);
- items said to come next after a superlative's figure, in its sentence or the next: "Gauteng registered the most new
  firms (14,220); the Western Cape (9,870) and KwaZulu-Natal (7,450) came next" - the first at least each;
- a measure's top said to be in several places, each a name and its figure, the list ending its clause: "The highest
  debt was in Montenegro (72.6%), Albania (69.9%) and Serbia (54.5%)" - likely largest first; its bottom in the next
  sentence ("The lowest debt levels were in ...", listed in any order), each item of the top at least each of the
  bottom when the two name what they rank by a word in common.

Places with a gap in one sentence and as many figures of their unit named between them as the gap has places give
those places: "the Corsa stayed in first place (912 units), ahead of the Clio (640 units), with the Polo in third
(577 units)" puts 640 second ("in third (577 units)" is a place too; an item's own change beside its figure is no
item). Place words may stand before a span of time or the item's own change: "Chile, at the top of the table for the
past six years, mined 5,210 tonnes", "Arvo, the largest chain, grew its estate by 4% to 412 stores" (one place in the
words, not one of a span: "in the top ten weeks ... drew 380 fans" places nothing).
A place may be said apart from its figure: reached by a move ("Mali slipped from second to third with 388 tonnes",
"climbed two places, from seventh to fifth", "to rank only fourth ... with €527.6m"), or said of a name whose
figure stands beside the name a sentence before ("... ahead of Peru (288 vessels). Peru moved up to second place",
"4,690 units in Lille ... Lyon was first, Lille second and Nantes third"),
later in the place's clause past the item's own change ("the US slipped from third to fourth, its output having
fallen 8.3% (211 tonnes)"), or before it when the place's verb shares the subject ("set a record (160 tonnes,
+29%) and climbed two places"). A superlative that ranks by another measure than its figure's ("the largest lender
by assets, reported 2.1 million customers") places nothing; one that names its measure ranks only a figure of it
("the deadliest road, with 61 deaths", not "with 61,000 journeys"; "the costliest storm" an amount of money).
Changes are ranked among changes: "the biggest gain of the month, at 3.1 million", "the fastest growth (12.4%)
... It was followed by a 9.1% gain in the west and 6.0% in the south", "rose 4.1%, the largest rise of any group",
"Zone 2 came second with a 5.2% rise", "Mobile uploads grew fastest, by 38.9 per cent"; a place among changes is
never set against a place among levels, and a rise is not ranked with a fall. A change said to be the least ("Uploads
over fixed broadband grew least, by 25.9 per cent") is likely at most each change of its unit, role, way and period
that its sentence gives after it or the two sentences before it in its paragraph give: undetermined when not.
The top and the bottom of one order said together are in that order: "The highest rate was in Hull (9.5%) and the
lowest in Bath (2.1%)", "Fares were highest in Bergen, at €14.20, and lowest in Tartu, at €6.80", or in two sentences
running on; not two measures ("the highest turnout ... the lowest unemployment", "Unemployment was highest in the
north (9.5%), while youth unemployment was lowest ..."), not against a figure's own past
("its highest level in a decade"), not "best"/"worst", whose sense depends on the measure.
The item a sentence with no figure (but the field's size in an opening adverbial) puts at the top (bottom) of an
order, as the subject of "was (had, remained, stayed) the largest (leading, busiest) ...", "had (drew) the most
...", of a verb of place ("topped the list of ...", "came last in ...") or the place of "the steepest decline was in
...", is at least (at most) each other item of the sentence next to it of the leader's unit, role and period: its
figure is the one its name is said before (past the words that trail the figure before it, "3,114 Hilux units,
while the Ranger ..."), in the next sentence or the one before ("Tea earned KSh 138 billion, coffee
KSh 27 billion ... Tea thus remained the biggest export earner"), or in the next sentence the first when the words
before it point back at the leader ("It recorded 14,320 new companies, while Mombasa had 3,905", "Shipments there
...", not "It also ..."), its first rival set against it ("while", "against"; not "It paid KSh 2.1 billion in wages
and KSh 3.4 billion in taxes") and no rival of the leader's own ("while its reservoirs held"); when that sentence
gives no rival, the sentence after it that carries the order on ("Its
collections came to N651 billion. Rivers followed with N151 billion"). An error only when the figures sit in the
sentence next to the order's, one measure as the frames read it, named there by a word of the order's ("topped the
list of counties for new company registrations. It recorded 14,320 new companies"); otherwise undetermined when
broken, since the order's measure is named apart from the figures. Changes are ranked by size, all one way, and only
after a superlative of change ("the largest increase in enrolment" ranks no levels); an order by another measure
("By area, Kruger is the largest park"; by volume no money, by value no count) or of rates ("the highest
vaccination rate") ranks no counts, and a figures'
sentence that ranks on its own is left alone; not an extreme against its own past ("the highest since 2007").
"The highest (lowest) since 2012" with no level of that year beside it is at least (at most) the same measure's level
the next sentence gives for a time after that year and before the ranked one ("Wheat prices climbed to $312 a tonne in
May 2024, the highest since 2012. In May last year they averaged $334 a tonne"): an error when that level is pointed
back at ("they", "it"), only likely when named by the ranked level's noun said before it (a noun may name a narrower
measure, "inflation among food items"; not "Output hit 5.2 million units"), and never when a word before the noun is
one the ranked level's sentence does not say or the level names another group ("youth unemployment", "unemployment
among women").
The leader of a ranking is likely, not said, to be at least each item of its measure, unit and period that the next
sentences of its paragraph give ("Wheat was the most valuable crop, at $3.4 billion. Maize earned $2.9 billion"; the
leader's figure may be fronted after an opening adverbial, "Even so, with 3.2 million applications lodged there, Russia
remained the top source country"):
undetermined when not, never an error; the run stops at a sentence that ranks on its own, at a total, an earlier
year, a pronoun for the leader ("They stayed 9.8 million nights"), the parts of another whole ("of which ...") or the
paragraph's end. So, the other way, is the bottom of an order against the other items ("Leeds had the lowest rate, at
2.1%, while Hull recorded 9.5%").
"Sales to Japan, at $4.1 billion, were the second largest after those to Korea ($5.6 billion)": at most the figure
after "after", like "second only to".

"The next largest source was grants at £9.4m" is at most the item given just before it (for certain
when that item had a place in words; likely otherwise, as it may be a total).
The first few of an order named with their figures in brackets ("the main causes were infections
(31%), falls (18%) and burns (4%)", "the top three lenders were ...", or the list first: "Syrians (334,800, or 28% of
the total), Afghans (183,000, or 15%) and Iraqis (127,000, or 11%) remain the largest nationalities", each bracket's
first figure) are likely listed largest first: undetermined when not. So are the items after the leader's figure with a name ("won the most seats, 210, with the Greens on 245
and the Liberals on 96").
A place or record of a forecast ("will climb to an all-time high of 115,100") is never an error.
Orders the words only suggest - the items after "ahead of" or "behind" listed largest first, another
item beside the leader ("the largest income stream at £90k, while match receipts came to £77k") - are
reported as undetermined when the figures break them, never as errors.

Only figures of one kind are ranked together (all percentages, or all counts in one unit).

## Why it matters
A ranking is the part of a report readers remember. When a figure is revised and the
words are not, the "highest" item is no longer the highest.

## Example
Energy recorded the highest annual rate (9.5%). Next come food at 2.7%, then services at 1.3%,
and finally industrial goods at 0.4%.

## Fix
Correct the figure, or reorder the ranking the text states.
"""

_WINDOW = 6000  # how far from a superlative its overall figure may stand


def _kin(a: Figure, b: Figure) -> bool:
    """Figures a ranking may set side by side: percentages of one sort, or levels of one unit."""
    if a.unit == b.unit == "percent":
        return bool(a.direction) == bool(b.direction) and not a.qualifier and not b.qualifier
    if is_ratio_level(a) and is_ratio_level(b):
        return a.unit == b.unit
    return is_level(a) and is_level(b) and same_unit(a, b) and a.unit == b.unit and not a.qualifier and not b.qualifier


def _of_the_leaders_sort(top: Figure, runner_up: Figure) -> bool:
    """A bare percentage said to come second ("Vietnam was second with 188.7 per cent") after the rate of change a
    superlative ranks first ("the biggest improvement, a 249.5 per cent leap"): a rate of the same ranking."""
    return top.unit == runner_up.unit == "percent" and bool(top.direction) and not runner_up.direction \
        and not top.qualifier and not runner_up.qualifier


def _first_after(document: Document, sentence: list[Figure], offset: int, limit: int = 90) -> Figure | None:
    after = [f for f in sentence if f.span.start >= offset]
    if not after or after[0].span.start - offset > limit:
        return None
    if crosses_a_sentence(document.text[offset:after[0].span.start]):
        return None
    return after[0]


def _stated_orders(document: Document, where, groups, superlatives) -> Iterator[Relation]:
    """"the highest ... (9.5%). Next come X at 2.7% ... then Y at 1.3% ... and finally Z at 0.4%"."""
    for index, sentence, m, top in superlatives:
        high = bool(m.group("high"))
        chain = [top]
        # continuation cues in this sentence after the top figure, then in the next ones that carry on
        following = [i for i in range(index + 1, index + 4) if i in groups]
        for i in [index] + following:
            figs = groups[i]
            place = where[figs[0].id]
            added = False
            for f in figs:
                if f.span.start <= chain[-1].span.start:
                    continue
                # the words since the previous figure (or the sentence start) must cue the next item
                earlier = [g for g in figs if g.span.end <= f.span.start]
                start = earlier[-1].span.end if earlier else place.sentence_start
                if not carries_the_order_on(document.text[start:f.span.start]):
                    continue
                if not _kin(top, f) or not written_in_digits(f):
                    break
                if i != index and earlier and not any(g in chain for g in earlier) and _kin(top, earlier[-1]):
                    break  # the cue carries on the list of the figure before it in its own sentence: another
                    # ranking ("..., to the latter (30%), followed by the Dominican Republic (25%)")
                chain.append(f)
                added = True
            if i != index and not added:
                break
        if len(chain) < 2:
            continue
        op = ">=" if high else "<="
        word = "ranked above" if high else "ranked below"
        for a, b in zip(chain, chain[1:]):
            yield Relation(ID, expr.parse(f"first {op} second"), {"first": a, "second": b},
                           f"{a.text} is {word} {b.text} in the stated order")


def _side_of(superlative) -> tuple[str, str]:
    """The order a superlative puts its figure in against the others, and the word for it."""
    return (">=", "above") if superlative.group("high") else ("<=", "below")


def _rivals(document: Document, superlatives) -> Iterator[Relation]:
    """"The lowest rate was in Tartu, at 3.2%, compared with 4.8% in Tallinn and 5.1% in Narva": the figure a
    superlative ranks first, set against its rivals' figures, each named by its place, is at most (at least) each."""
    text = document.text
    for _, sentence, m, top in superlatives:
        after = [f for f in sentence if f.span.start > top.span.end]
        if not after or not sets_against_rivals(text[top.span.end:after[0].span.start]):
            continue
        previous = top
        for f in after:
            if previous is not top and not next_rival(text[previous.span.end:f.span.start]):
                break
            if not (_kin(top, f) and written_in_digits(f) and rival_named(text, f.span.end)):
                break
            op, word = _side_of(m)
            yield Relation(ID, expr.parse(f"first {op} second"), {"first": top, "second": f},
                           f"{top.text} is said to be the {m.group(0).split()[-1].lower()}, {word} {f.text}")
            previous = f


def _came_next(document: Document, where, groups, superlatives) -> Iterator[Relation]:
    """"Gauteng registered the most new firms (14,220); the Western Cape (9,870) and KwaZulu-Natal (7,450) came next":
    the figure a superlative ranks first is at least (at most) each of the items said to come next, in its sentence
    or the next."""
    text = document.text
    for index, sentence, m, top in superlatives:
        after = [f for f in sentence if f.span.start > top.span.end] + groups.get(index + 1, [])
        items = []
        for f in after:
            words = text[(items[-1] if items else top).span.end:f.span.start]
            if not (joins_the_next_items(words) if items else opens_the_next_items(words)) \
                    or not (_kin(top, f) and written_in_digits(f)):
                break
            items.append(f)
            if came_next_after(text, f.span.end):
                op, word = _side_of(m)
                for item in items:
                    yield Relation(ID, expr.parse(f"first {op} second"), {"first": top, "second": item},
                                   f"{top.text} is said to be the {m.group(0).split()[-1].lower()}, {word} {item.text}, "
                                   f"which came next")
                break


def _runners_up(document: Document, where, groups, superlatives) -> Iterator[Relation]:
    """"..., making it the fastest-growing area. Edmonton came a close second with 13.9 per cent"."""
    by_index = {}
    for index, sentence, m, top in superlatives:
        by_index.setdefault(index, (m, top))
    for index, sentence in groups.items():
        first = sentence[0]
        lead = document.text[where[first.id].sentence_start:first.span.start]
        if not names_the_second_place(lead) or not written_in_digits(first):
            continue
        # the superlative it follows: in one of the three sentences before, with one figure of its kind
        for back in range(index - 1, index - 4, -1):
            if back in by_index:
                m, top = by_index[back]
                if _kin(top, first) or _of_the_leaders_sort(top, first):
                    op = ">=" if m.group("high") else "<="
                    yield Relation(ID, expr.parse(f"first {op} second"), {"first": top, "second": first},
                                   f"{top.text} is said to be the {m.group(0).split()[-1].lower()}, "
                                   f"and {first.text} second")
                break
            if back in groups:
                break  # figures of something else stand between


def _listings(document: Document, where, groups, superlatives) -> Iterator[Relation]:
    """"S had the most passes, with 257,828 candidates scoring A1-C6" and, below, lines
    "X - A1-C6: 223,737 (65.3%); ...": the most is at least each other entry under that label."""
    text = document.text
    sentences = context.sentences_cached(text)
    ranked_sentences = {index for index, *_ in superlatives}
    for index, sentence, m, top in superlatives:
        place = where[top.id]
        # the words after the figure name its label: "... candidates obtaining grades between A1-C6"
        tail = text[top.span.end:place.sentence_end][:160]
        tail = up_to_clause_end(tail)
        # the item itself: the words that open its clause, before the superlative
        clause_start = max(text.rfind(",", place.sentence_start, m.start()) + 1, place.sentence_start)
        own = text[clause_start:m.start()].lower()
        entries = []
        lines_seen = set()
        started, intro = False, 0
        for i in range(index + 1, min(index + 60, len(sentences))):
            if i in ranked_sentences:
                break  # another superlative opens another listing
            labelled = False
            for f in groups.get(i, []):
                line_start = text.rfind("\n", 0, f.span.start) + 1
                label = label_before_colon(text[max(line_start, f.span.start - 40):f.span.start])
                if not label:
                    continue
                labelled = True
                label = label.strip()
                if (len(label) < 2 and not label.isupper()) or not names_the_label(tail, label):
                    continue
                head = line_head(text[line_start:f.span.start])
                if not head or is_listing_total(head):
                    continue
                if head.lower() in own:
                    continue  # the ranked item's own entry
                if _kin(top, f) and written_in_digits(f):
                    entries.append(f)
                    lines_seen.add(line_start)
            if labelled:
                started = True
                continue
            if not re.search(r"[A-Za-z]", text[sentences[i].start:sentences[i].end]) or \
                    text[sentences[i].start:sentences[i].end].lstrip().startswith("<!--"):
                continue  # markup, not prose
            intro += 1
            if started or intro > 2:
                break  # the listing has ended, or never began
        if len(lines_seen) < 2:
            continue
        names = {"top": top, **{f"e{i}": f for i, f in enumerate(entries)}}
        args = ", ".join(n for n in names if n != "top")
        op, fn = (">=", "max") if m.group("high") else ("<=", "min")
        yield Relation(ID, expr.parse(f"top {op} {fn}({args})"), names,
                       f"{top.text} is said to be the {m.group(0).split()[-1].lower()} of the {len(entries)} entries listed")


def _against_overall(document: Document, where, groups, superlatives, figures) -> Iterator[Relation]:
    """"District A had the best pass percentage (99.92%) and B the lowest (99.08%)" with "an overall
    pass percentage of 99.69%" stated elsewhere: the overall figure lies between them."""
    text = document.text
    starts = [f.span.start for f in figures]
    for index, sentence, m, top in superlatives:
        if not is_percent_level(top):
            continue  # an overall rate between its parts' rates; counts add up instead
        phrase = rate_noun_after_superlative(text[m.end():top.span.start])
        if phrase is None:
            continue
        pattern = overall_rate_before(phrase)
        lo = bisect.bisect_left(starts, top.span.start - _WINDOW)
        hi = bisect.bisect_right(starts, top.span.start + _WINDOW)
        overall = [f for f in figures[lo:hi] if is_percent_level(f) and f.unit == top.unit and not f.qualifier
                   and where[f.id].sentence != index and pattern.search(text[max(0, f.span.start - 60):f.span.start])]
        if not overall:
            continue
        before = [f for f in overall if f.span.start < top.span.start]
        whole = before[-1] if before else overall[0]
        # the other end of the ranking in the same sentence: "... and B the lowest (99.08%)"
        ends = [(m, top)]
        for other in superlatives_in(text, m.end(), where[top.id].sentence_end):
            if bool(other.group("high")) == bool(m.group("high")):
                continue
            f = _first_after(document, sentence, other.end(), limit=20)
            if f and is_percent_level(f) and f.unit == top.unit:
                ends.append((other, f))
        for mm, f in ends:
            op = "<=" if mm.group("high") else ">="
            yield Relation(ID, expr.parse(f"whole {op} part"), {"whole": whole, "part": f},
                           f"the overall {phrase} {whole.text} against the {mm.group(0).split()[-1].lower()} {f.text}")


def _superlatives(document: Document, where, groups):
    """(sentence index, its figures, the superlative, the figure it ranks first) for each superlative
    that a figure of its own follows closely ("the highest rate (9.5%") or precedes it in the
    clause ("grew by 14.6 per cent, making it the fastest-growing")."""
    text = document.text
    out = []
    for index, sentence in groups.items():
        place = where[sentence[0].id]
        for m in superlatives_in(text, place.sentence_start, place.sentence_end):
            if ranked_against_its_past(text, m.end()):
                continue  # "the highest since 2007": against its own past, not a ranking
            f = _first_after(document, sentence, m.end(), limit=70)
            lead = text[m.end():f.span.start] if f else ""
            if f and written_in_digits(f) and leads_to_its_figure(lead):
                out.append((index, sentence, m, f))
                continue
            before = [g for g in sentence if g.span.end <= m.start()]
            if before and making_it_between(text[before[-1].span.end:m.start()]):
                out.append((index, sentence, m, before[-1]))
    return out


def _ranked_tables(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    """Rows numbered 1, 2, 3 ... under a "Rank" header, ranked by the table's one column of levels."""
    for rows in by_table(tables(document, figures)):
        if len(rows) < 2 or not is_rank_header(rows[0].label_header) \
                or [row.label for row in rows] != [str(n) for n in range(1, len(rows) + 1)]:
            continue
        columns = [i for i in range(len(rows[0].cells))
                   if all(len(row.cells) > i and row.cells[i] is not None and is_level(row.cells[i])
                          and not row.cells[i].qualifier for row in rows)]
        if len(columns) != 1 or not all(same_unit(row.cells[columns[0]], rows[0].cells[columns[0]]) for row in rows):
            continue  # a medal table ranks by gold, then silver: no one column decides the order
        lowest_first = names_the_low_end(rows[0].title + " " + rows[0].label_header)
        for above, below in zip(rows, rows[1:]):
            a, b = above.cells[columns[0]], below.cells[columns[0]]
            yield Relation(ID, expr.parse("first <= second" if lowest_first else "first >= second"),
                           {"first": a, "second": b},
                           f"{a.text}, ranked {above.label}, is at {'most' if lowest_first else 'least'} {b.text}, "
                           f"ranked {below.label}")


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    yield from relations.stated_orders(grammar.read(document, figures), ID)
    yield from relations.main_parts(grammar.read(document, figures), ID)
    yield from _ranked_tables(document, figures)
    where = places(document, figures)
    groups = by_sentence(document, figures, where)
    superlatives = _superlatives(document, where, groups)
    if not superlatives:
        return
    yield from _stated_orders(document, where, groups, superlatives)
    yield from _rivals(document, superlatives)
    yield from _came_next(document, where, groups, superlatives)
    yield from _runners_up(document, where, groups, superlatives)
    yield from _listings(document, where, groups, superlatives)
    yield from _against_overall(document, where, groups, superlatives, figures)


CHECK = Check(ID, "A ranking stated in words does not match the figures it ranks.", DOC, find)
