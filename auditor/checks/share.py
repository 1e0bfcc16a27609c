"""A percentage given as the share of a stated whole ("X, representing P%")."""
from __future__ import annotations

from bisect import bisect_left
from functools import cache
from itertools import combinations
from itertools import chain
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.grammar.nearby import (
    between,
    given_with_its_share,
    grouped,
    is_gap_amount,
    is_level,
    layout,
    places,
    same_unit,
    written_in_digits,
)
from auditor.document import Document
from auditor.grammar.nearby import rate_named_opening_its_clause
from auditor.grammar.segments import under_two_subheadings
from auditor.grammar import lexicon, measure_index, measures, shares
from auditor.grammar.comparisons import base_word_before, per_base_before
from auditor.grammar.frames import unit_class
from auditor.grammar.links import names_demand_over_offer, narrows_its_base, points_back_to_its_whole, tally_reached
from auditor.grammar.move_words import changed_by_amount_before
from auditor.grammar.within import clause_words, months_of
from auditor.model import Figure, Relation
from auditor.quantity import interval_of, precise

ID = "share-of-total"
DOC = """\
## What it checks
A percentage tied to a count or amount must equal part / whole for the whole it
is a share of.

It reads:

- parts, then their share of a whole: "wheat (2,430 hectares) and barley
  (1,595 hectares) together make up 78.6% of the 5,120 hectares farmed";
- a share of a whole, then "That amounts to N" in the next sentence: "42.5% of
  the 1,840 applicants were accepted. That amounts to 782 students.";
- a part, then a sentence opening on "That is" ("This represents", "That
  amounts to") and its share of a whole: "Billing drew 1,310 complaints. That
  is 52.8% of the 2,480 total.";
- a share of a whole, then the part in brackets or in apposition: "25% of the
  8,420 seats (2,105)", "47.5% of the 3.2 million workers, some 1.52 million
  people,"; a rate, then a colon or dash that sets out its part and whole:
  "Turnout was 56.8%: 2.91 million of the 5.12 million registered voters";
- shares the words say exhaust one whole (the last is "the remaining" or "the
  other", or a count says how many): "48.2%, 37.5% and the remaining parties
  14.3%" must add up to 100%, as must shares whose last follows a verb of what
  is left ("Maize covered 46.3% of the area and beans 21.9%, leaving 31.8% for
  other crops"; not when words between the shares set them apart in time or
  compare them: "61% in 2019 and 58% in 2024, leaving ..."); so must the
  structure of a counted whole written
  as its parts' percentages ("the structure of the three sectors was
  12.4:38.1:49.5");
- a part beside its share after a clause that names its whole ("Detached
  houses made up the bulk of all residential projects, with 11,908 (83.5%)",
  "Of all calls, 232 were for fire, or 2.2 percent"): the nearest level before
  it whose clause has every word of that name, in the part's paragraph even when
  it is smaller than the part (the words choose the whole, not its size);
- a part beside its share ("3,150 (37.5%)", "3,150, representing 37.5%"),
  against the whole the words name ("of the 8,400 households", "Of the 8,400
  households surveyed, ..."), or the one level anywhere in the document whose
  clause holds every word of the whole the share names ("52.0% of the votes
  cast" ... "48,200 had cast their votes"), or else the earlier level that at
  least two other part-share pairs agree on (those of its sentence first, then
  the document's);
- a share whose sentence states neither its part nor its whole but names both:
  the part before a verb of a share, the whole after "of all" or "of the"
  ("Scheme dwellings made up 50.6% of all new dwelling completions in Q2
  2021"): the one level of each name and the share's period stated anywhere
  in the document, the part's clause naming no subject the whole's does not
  ("The firm hired 1,250 new staff" ... "The firm hired 515 women"; a part
  that names none of a whole that names one is only unsure) ("There were 5,021 new dwelling completions in Q2
  2021" ... "2,539 scheme dwellings were completed"), or the part after the
  whole, "with N" of the part's own noun or ", or N" of the whole's ("...,
  with 3,610 sole traders registered", "..., or 312,900 doses"); a share named by "share of" before a verb of a level is of
  the possessor or the phrase after it, in the whole after it or after "in"
  ("Women's share of all new staff was 41.2%", "The share of women in new
  staff stood at 41.2%"), the possessor of the figure and its noun of a share
  ("wheat exports' 38.5% share of all farm exports"), or, a share opening its
  clause, the whole after "of
  all" and the part after "were" ("41.2% of all new staff were women");
  a whole named "total N" is, when no level of N's name alone is larger
  than the part, the one level of the share's period named N with more words
  (of several, the one the text calls a total: "of total revenues" is "Total
  industry revenues were US$ 15.7 billion in 2016", not "Streaming revenues
  reached US$ 4.6 billion"; only unsure);
  a part named by a word that, set before the whole's noun, names a level
  of its own is that level ("Online purchases made up 11.0% of all retail
  sales" ... "Online retail sales amounted to 9.3 billion rand"; sure when
  its name also says the whole's other words);
  another measure of the
  unit, another year's or another place's level is no such level; sure when
  the share's clause dates it and both levels are dated near them, or its
  paragraph dates it and states and dates the part;
- a subject's market share ("Domestic films' market share rose to 45.3%"),
  when the document gives the subject's level as a part "of the total" in a
  sentence its name opens ("Domestic films earned 2.90 billion pesos of the
  total, and imported films 3.10 billion pesos"): that level's share of the
  last level of its unit before it; only a question on a miss, since a
  market share may be of another measure (of users, of volume);
- a share of a whole it names ("of all freight orders", "a 24.6% share of
  national output"), with its part beside it or in its sentence, that no reading above
  gives a whole: the levels anywhere in the document whose measure or clause
  has the head noun of that name (or, with no name, of what the part counts),
  in the part's unit and period and no smaller than the part, nearest first.
  Words alone tie them, so such a whole is reported only when the share fits
  it, as evidence, and never flagged; so is the part of a share whose sentence
  gives only its whole, as the words name it ("Out of total traffic of 4.89
  million, ...", "... of its annual target of Rs 9.4 billion"): a level of a
  word of the whole's name stated elsewhere, no larger than it. Only figures
  precise to 2% are looked up;
- shares of one whole named the same way for different subjects ("41.2% of
  the total vote" ... "35.9% of the total vote"): together no more than 100%.
  Sure when the words say "the total" or "all" and each share names its own
  subject (parties, firms); otherwise the subjects may overlap or have wholes
  of their own, and a sum above 100% is only a question. The whole may be
  named once for a list of subjects, after "of" or, with a verb of
  contributing, "to" ("Agriculture contributed 24.1 per cent to GDP, services
  52.6 per cent and industry 23.3 per cent"), or by a noun of a share before
  the first ("the largest share of admissions, 41%, followed by the coast with
  23% and the lakes with 18%": a ranking, whose sum above 100% is only a
  question); each share may have the amount it stands for in
  brackets, and the first whole the one year of the list ("Civil R&D made up
  93% of business R&D in 2019 (£24.2 billion) and defence R&D 7% (£1.7
  billion)"); so may a share of a named whole, then "with" the shares of its
  other sources, each named by where it came from ("Grants made up 38% of total
  funding, with 27% coming from members, 19% from events and 9% from
  investments");
- two shares of one whole, each with the amount it stands for beside it in
  brackets or after "or" ("won 12.4% of the vote (nearly 2.1 million votes)
  ... took 3.1%, or just over 520,000 votes"): the amounts are in the
  proportion of the shares, a hedge widening its amount, so the pair is an
  error only when no rounding and no reading of the hedges allows it. Sure
  when the paragraph names the whole by the amounts' noun ("of the vote",
  "vote share"); otherwise each share may be a rate of a whole of its own,
  and a miss is only a question (shares of groups, of other periods, or set
  against each other are not read);
- the members of a plural noun listed after "were" or "are", each with its
  share after its label ("The main routes were Asia-US East Coast (34%), ...
  and intercoastal (5%)"): a breakdown, no more than 100% together; the words
  leave open whether each is a share of one whole or a member's own rate, so
  a sum above 100% is only a question (rates and changes are not read).

Other shares are compared with every figure of the same unit in the paragraph
and totals stated earlier. When one whole fits, the share checks out; when none
does, it is flagged, with what each whole gives. A part bigger than every whole
in view is read against the whole of those who took part ("out of the 13,204
applicants who sat"), which it cannot exceed.

## Why it matters
Shares are recomputed by every careful reader. A share that matches no total in
view is either computed on another base than the one printed or mistyped.

## Example
Of the 8,400 households surveyed, 3,150 (35.7%) owned a car.
(3,150 / 8,400 = 37.5%.)

## Fix
Recompute the share from the whole the sentence names, or name the whole it was
computed on.
"""

EXPRESSION = expr.parse("part / whole == share")


def _name_of_level(document: Document, meaning, f: Figure) -> str:
    """A level's measure and the words just before it, in lower case. A level a move reaches ("Container volumes
    grew from 842,000 TEU to 915,000 TEU") is named by the words before the move's first level too."""
    said = (f.measure + " " + _lead_in(document, f)).lower()
    old = grammar.moved_from_to(meaning.segment_of(f), meaning.frame(f).slot)
    return said + " " + _lead_in(document, old).lower() if old is not None else said


def _lead_in(document: Document, f: Figure) -> str:
    """The words just before a figure, within its sentence ("GDP of" in "GDP of £2,730 billion")."""
    return shares.lead_in(document.text, f.span.start)


def _around(document: Document, f: Figure) -> str:
    """The words either side of a figure, within its sentence."""
    return shares.around(document.text, f.span.start, f.span.end)


def _odd_one_out(pairs: list[tuple[Figure, Figure]], share: Figure) -> tuple[Figure, Figure, Figure] | None:
    """In a list of three or more "N (P%)" pairs whose other pairs all imply one whole (N / P), the
    pair of `share` implying another: (its count, a count and share of the others)."""
    if len(pairs) < 3 or all(s is not share for _, s in pairs):
        return None
    wholes = {s.id: interval_of(c) / interval_of(s) for c, s in pairs}
    others = [(c, s) for c, s in pairs if s is not share]
    if not all(wholes[a.id].meets(wholes[b.id]) for (_, a), (_, b) in combinations(others, 2)):
        return None
    if all(wholes[share.id].meets(wholes[s.id]) for _, s in others):
        return None
    count = next(c for c, s in pairs if s is share)
    return count, others[0][0], others[0][1]


def _agrees_with_another_share(document: Document, share: Figure, part: Figure, paragraph: list[Figure]) -> bool:
    implied = interval_of(part) / interval_of(share)
    return any(other is not share and other_part is not part and implied.meets(interval_of(other_part) / interval_of(other))
               for other_part, other in shares.count_share_pairs(document, paragraph))


def _bases_differ(pairs: list[tuple[Figure, Figure]]) -> bool:
    """Pass rates listed by subject ("Biology: 12,310 (61.2%); Chemistry: 9,870 (70.4%); ..."): the
    shares neither split one whole nor share one, so each has its own base."""
    if len(pairs) < 3:
        return False
    wholes = [interval_of(c) / interval_of(s) for c, s in pairs]
    return sum(s.value for _, s in pairs) > 100 + len(pairs) and not all(
        a.meets(b) for a, b in combinations(wholes, 2))


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    linked = chain(relations.shares_of_parts(meaning, ID), relations.shares_amounting(meaning, ID),
                   relations.exhaustive_shares(meaning, ID), relations.part_shares(meaning, ID))
    # shares of a named whole relate only to each other, so they leave the other readings be
    return chain(links_first(linked, _find(document, figures, meaning.bases), "share"),
                 relations.shares_of_named_whole(meaning, ID), relations.proportions(meaning, ID))


def _find(document: Document, figures: tuple[Figure, ...], earlier_levels: frozenset[str]) -> Iterator[Relation]:
    """The shares no link placed; `earlier_levels` are the levels changes are measured from."""
    where = places(document, figures)
    meaning = grammar.read(document, figures)
    paired = set()
    for share, part, whole in shares.shares_respectively(document, figures, where):
        paired.add(share.id)
        yield Relation(ID, EXPRESSION, {"part": part, "whole": whole, "share": share},
                       f"{share.text} as the share of {part.text} in {whole.text} (listed 'respectively')")
    # (a percentage the meaning layer reads as a move's rate, "going from 42 to 62 (48%)", is no share)
    rates = frozenset(link.change.id for link in meaning.changes) | frozenset(link.rate.id for link in meaning.change_pairs)
    percents = [f for f in figures if f.unit == "percent" and f.direction == 0 and f.id not in rates]
    by_paragraph = layout(document, figures).paragraphs
    tied_elsewhere = {p.id for s in percents for p in shares.parts_tied_to(document, s, by_paragraph[where[s.id].paragraph])[-1:]}
    # what makes a figure a possible whole at all, worked out once: this check runs over every percentage
    whole_like = [f for f in figures if is_level(f) and f.qualifier in ("", "about") and written_in_digits(f)
                  and not per_base_before(document.text[max(0, f.span.start - 12):f.span.start])]  # "per 1,000 residents"
    around = {f.id: _around(document, f) for f in whole_like}
    named_whole = {f.id: shares.says_total(around[f.id]) for f in whole_like}
    took_part = {f.id: shares.took_part(around[f.id]) for f in whole_like}
    whole_like_in = grouped(whole_like, where, "paragraph")
    # "26.0% for the 20,460 male applicants": the base of that percentage, not a whole for another
    base_of = {b.id: q.id for q, b in zip(figures, figures[1:])
               if q.unit == "percent" and shares.base_follows(document.text[q.span.end:b.span.start])}
    # a whole from another paragraph must say it is a total or those who took part
    # (and, as in the share's own paragraph, a level given with its own share is a part itself)
    far_wholes = _FarWholes(document, [f for f in whole_like if (named_whole[f.id] or took_part[f.id])
                                       and f.id not in tied_elsewhere and not given_with_its_share(document, f)],
                            where, took_part, base_of)
    # every possible whole by the words of its measure and clause, for a share whose whole no sentence near it
    # states ("35 percent of all seaborne cargo" ... "Cargo handled at the harbour reached 12.0 million tonnes")
    whole_like_ids = frozenset(f.id for f in whole_like)
    # (built when a share first needs it: most documents never ask; only precise levels, for a coarse one, "1,000",
    # fits too many shares to be evidence of any)
    named_wholes = cache(lambda: measure_index.of_levels([f for f in whole_like if precise(f)], document.text, meaning))
    reached = None  # the levels changes arrive at, read when a share first needs them
    for share in percents:
        if share.qualifier or share.id in paired:
            continue
        if shares.a_mark_after(document.text[share.span.end:share.span.end + 30]):
            continue  # "narrowly missing the 50% milestone", "within the 15% benchmark": a mark, not a share
        if shares.a_basis_after(document.text[share.span.end:share.span.end + 30]):
            continue  # "68.2 Mt (100% basis)": the basis the figure before is counted on, not a share of it
        if base_word_before(document.text[max(0, share.span.start - 30):share.span.start]):
            continue  # "a pass rate of 82.3%, up from 80.4% in 2022": the earlier rate's count is not given
        if narrows_its_base(document.text[share.span.end:share.span.end + 40].lower()):
            continue  # "an employment rate of 100% among those willing to work": its base is no figure stated

        paragraph = by_paragraph[where[share.id].paragraph]
        # (a level of the scope the sentence opens on is the share's whole: "Among doctoral students, who numbered
        # 11,800, the share of women was 49.6%")
        parts = [p for p in shares.parts_tied_to(document, share, paragraph)
                 if not shares.level_of_a_fronted_scope(document.text, where[share.id].sentence_start, p)]
        if parts and not shares.ties_share(between(document, parts[-1], share)):
            # "increased to 4,860 from 4,210, and the net retention rate was 118%": the level a change is
            # measured from is no part of a rate the clause after it names (only "from 4,210 (12%)" ties it)
            parts = [p for p in parts if p.id not in earlier_levels
                     and not shares.old_level_before(document.text, p.span.start)]
        if not parts:
            # "Mills ground 3.1 million tonnes in 2023, a 24.6 percent share of national cane crushing": no words tie
            # the share to a level of its sentence; a level of the sentence over a level of the whole's name stated
            # elsewhere is evidence when the arithmetic holds
            in_sentence = _levels_of_the_sentence(share, paragraph, where, whole_like_ids, earlier_levels)
            named_whole_here = [f for f in in_sentence if shares.level_is_the_named_whole(
                document.text, where[share.id].sentence_start, share, f)]
            found = _whole_named_elsewhere(named_wholes(), share, in_sentence, _whole_named(document, share, where),
                                           where) or _part_stated_elsewhere(named_wholes(), share, named_whole_here, where)
            if found is not None:
                yield found
            continue
        if is_gap_amount(document, parts[-1]):
            continue  # "a shortfall of Rs 165.8 billion, or 95.5% of target": the percentage is of the outcome
        if changed_by_amount_before(document.text[max(0, parts[-1].span.start - 160):parts[-1].span.start]):
            continue  # "total employment was greater by 1,134 persons (or 2.8%)": the rate of that change
        if len(parts) == 2 and shares.took_part(between(document, parts[0], parts[1])) \
                and shares.outcome(between(document, parts[1], share)):
            parts = parts[1:]  # "91,298 sat the examinations and 71,746 passed, a pass rate of 78.6%": those who
            # took part are the rate's whole, those who passed its part
        of_whole = shares.part_of_whole_before(document, parts[-1], paragraph)
        if of_whole is not None and names_demand_over_offer(document.text[max(0, share.span.start - 40):share.span.start]):
            continue  # "KSh 20.6 billion of the KSh 36.6 billion bid, a performance rate of 152.41%": bids over the offer,
            # not what was accepted of the bids
        if of_whole is not None:
            # "22 of the 41 secondary schools (53.7%)": the sentence names the part and the whole
            yield Relation(ID, EXPRESSION, {"part": of_whole, "whole": parts[-1], "share": share},
                           f"{share.text} as {of_whole.text} of {parts[-1].text}")
            continue
        if shares.of_a_plan_after(document.text[share.span.end:share.span.end + 60]):
            continue  # a percent of a plan: percent-of-plan's business
        smallest_part = min(abs(p.value) for p in parts)
        part_ids = {p.id for p in parts}
        # "29,914 (68%) were subtyped; 29,091 (97%) of these": a share said "of these" is of a level told before it,
        # which may be a part told with its own share, one breakdown nested in another
        nested = points_back_to_its_whole(document.text[parts[-1].span.end:parts[-1].span.end + 20],
                                          document.text[share.span.end:share.span.end + 20])
        if reached is None:
            reached = frozenset(n.id for link in meaning.changes for n in link.news)
        wholes = [
            f for f in whole_like_in.get(where[share.id].paragraph, [])
            if f.id not in part_ids and (f.id not in tied_elsewhere or nested and f.span.end < parts[-1].span.start)
            and base_of.get(f.id, share.id) == share.id
            and same_unit(f, parts[0])
            and abs(f.value) >= smallest_part  # a whole is no smaller than its part
            # (a level given with its own share, "4.31 million children, 30% of all children", is a part itself;
            # not one given with the rate of the change that reached it, "grew from 842,000 to 915,000 (9.5%)")
            and (f.id in reached or nested and f.span.end < parts[-1].span.start or not given_with_its_share(document, f))
            # (a level a later sentence tells as a part, "Non-EU citizens made up 61,900 immigrants", is
            # another group of the breakdown the share's part belongs to, not its whole)
            and not (where[f.id].sentence > where[share.id].sentence
                     and measures.a_part(meaning.segment_of(f), meaning.frame(f).slot))
        ]
        # "61,240 candidates sat this year, up from 58,900. ... a pass rate of 68%": an earlier period's level
        # (the old level of a change, or one after "up from") is no whole of this period's share, when the
        # share has another whole to be of
        current = [w for w in wholes if w.id not in earlier_levels
                   and not shares.earlier_level_before(document.text, w.span.start)]
        wholes = current or wholes
        if shares.opens_on_the_next_item(document.text, where[share.id].sentence_start):
            # "AB InBev brewed 567 million hl. Then came Heineken with 233.8 million hl (12.3%)": the sentence before
            # told the item ranked before, a peer, no whole
            wholes = [w for w in wholes if where[w.id].sentence != where[share.id].sentence - 1]
        opening = shares.whole_opening(document.text, where[share.id].sentence_start, share.span.start)
        noun = None
        if opening and not shares.names_its_base_after(document.text[share.span.end:share.span.end + 40]):
            # "Of all dwellings, 2,667,370 (92.7%) were occupied": the whole counts dwellings
            noun = opening.lower()[:5]
            wholes = [w for w in wholes if noun in (w.measure + " " + _around(document, w)).lower()]
        base = shares.base_named_after(document.text[share.span.end:share.span.end + 40], document.text,
                                       where[share.id].sentence_start, share.span.start)
        # "4.8% of GDP": only a whole the text calls by that name will do
        # every word of the name: "of net profit" is not "net debt", "of revenue receipts" not "revenue expenditure"
        base_words = tuple(base.lower().split())
        if base:
            wholes = [w for w in wholes if all(word in _name_of_level(document, meaning, w) for word in base_words)]
        # ("rejected ballots ..., 2.333 per cent of the total votes": not of the "total valid votes", another group)
        wholes = [w for w in wholes if not shares.of_another_group(parts[-1], w)]
        # the share's paragraph first, the nearest first; wholes from elsewhere only to make up the first six
        wholes.sort(key=lambda w: abs(w.span.start - share.span.start))
        far = far_wholes.nearest(share, parts[0], smallest_part, noun, base_words, MAX_WHOLES - len(wholes))
        # "Mainland visitors ... 2.09 million, accounted for 69% of all visitor arrivals ... In the first eight
        # months, visitor arrivals totaled 20.4 million": a total over a span of periods is no whole of one period's part
        wholes = [w for w in wholes if not _a_span_around(w, parts[-1])]
        far = [w for w in far if not _a_span_around(w, parts[-1])]
        # "934, an unemployment rate of 2.1 per cent ... In July last year there were 1,055 registered unemployed": the
        # part's own measure at another time is its earlier level, no whole of it
        wholes = [w for w in wholes if not _same_measure_another_time(w, parts[-1])]
        far = [w for w in far if not _same_measure_another_time(w, parts[-1])]
        if base and not wholes and not far:
            found = _whole_named_elsewhere(named_wholes(), share, parts, base, where)
            yield found if found is not None else _implied_base(share, parts[-1], base)
            continue
        readings = [{"part": p, "whole": w, "share": share} for w in (wholes + far)[:MAX_WHOLES] for p in parts
                    if abs(w.value) >= abs(p.value)]  # a whole smaller than its part is another pairing
        if share.value > 100:
            # "9,840 against a capacity of 8,200, an occupancy rate of 120%": a rate above 100% may set the larger
            # level over the smaller, the one nearest the rate being the base; that reading first, the other kept
            # (a larger level of the rate's own sentence only: one from elsewhere is a whole, not a numerator)
            readings = [{"part": w, "whole": p, "share": share} for w in wholes for p in parts
                        if abs(w.value) > abs(p.value) and where[w.id].sentence == where[share.id].sentence] + readings
        sentence = [f for f in paragraph if where[f.id].sentence == where[share.id].sentence]
        tied = shares.parts_tied_in_a_row(document, share, sentence)
        if len(tied) >= 2 and parts[-1] in tied:
            names = {f"t{i}": f for i, f in enumerate(tied)}
            part_name = next(n for n, f in names.items() if f is parts[-1])
            sum_reading = expr.parse(f"{part_name} / ({' + '.join(names)}) == share")
            # a row of tied shares: the whole is the row's sum
            yield Relation(ID, sum_reading, {"share": share, **names}, f"{share.text} as a share of the row's total")
            continue
        pairs = shares.count_share_pairs(document, sentence, tight=True)
        odd = _odd_one_out(pairs, share)
        if odd is not None:
            count, other_count, other_share = odd
            yield Relation(ID, ODD_ONE_OUT, {"count": count, "share": share, "other": other_count, "other_share": other_share},
                           f"{count.text} ({share.text}) implies another whole than {other_count.text} ({other_share.text})")
            continue
        if not readings:
            # "out of the 1,559,162 candidates who sat ..." ... "1,862,945 candidates, representing 95.59 per
            # cent": the one whole that counts those who took part is smaller than the part, which it holds
            outgrown = _outgrown_turnout(document, share, parts, paragraph, whole_like_in.get(where[share.id].paragraph, []),
                                         far_wholes, took_part, named_whole, part_ids, tied_elsewhere, noun, base_words)
            if outgrown is not None:
                yield Relation(ID, EXPRESSION, {"part": parts[-1], "whole": outgrown, "share": share},
                               f"{share.text} as a share of {outgrown.text}, those who took part")
            else:
                # (or the level the share is tied to is the whole the words name: "Out of the 12.0 million tonnes
                # moved, bulk carriers took 35 percent")
                found = _whole_named_elsewhere(named_wholes(), share, parts, base, where) or _part_stated_elsewhere(
                    named_wholes(), share, [p for p in parts if shares.level_is_the_named_whole(
                        document.text, where[share.id].sentence_start, share, p)], where)
                if found is not None:
                    yield found
            continue
        # a whole from elsewhere in the paragraph is the whole only when it is the one there
        in_sentence = any(where[w.id].sentence == where[share.id].sentence for w in wholes)
        in_paragraph = in_sentence or len({w.value for w in wholes}) == 1
        sentence_text = document.text[where[share.id].sentence_start:where[share.id].sentence_end]
        named_rate = shares.names_a_rate(between(document, parts[-1], share))
        # "28,480 of them were empty ..., an occupancy rate of 86.8%": a named rate may be the other side's
        complement = named_rate and any(
            ((interval_of(r["whole"]) - interval_of(r["part"])) / interval_of(r["whole"])).meets(interval_of(share))
            for r in readings)
        # "a rate of 100% among those willing to work": the base is a part of the whole the text gives
        narrowed_base = shares.narrowed_base_after(document.text[share.span.end:share.span.end + 40])
        # "Green Future took 98,765 votes (11.9%) and the Liberty Movement 61,032 (7.3%)": when another
        # share of the paragraph implies the same whole as this one, the text agrees with itself and a
        # whole that fits neither is not the one it means
        agrees_elsewhere = _agrees_with_another_share(document, share, parts[-1], paragraph)
        # a group is no share of the other group of its breakdown ("capital outlay ... of revenue expenditure";
        # "33.1 million in work ... unemployment at 1.41 million, a jobless rate of 4.1%", whose base is both)
        kept = [r for r in readings if not _complementary_groups(r["part"], r["whole"])]
        if not kept:
            continue  # "employment rose to 3.284 million. Unemployment fell to 142,000, a rate of 4.1%": every whole is the other group
        certain = not narrowed_base and not _bases_differ(pairs) and not agrees_elsewhere and not complement \
            and bool(kept) and not _rate_of_the_part_alone(document, meaning, parts[-1], share, kept[0]["whole"])
        if certain and where[kept[0]["whole"].id].paragraph != where[share.id].paragraph \
                and _other_levels_beside(kept[0]["whole"], whole_like_in, where, parts[-1], meaning):
            # "Peru shipped 4,370 tons in week 7, bringing the season's exports to date to 14,730 tons" ... (another
            # paragraph) "Spain received 1,091 tons, or 25% of the total": the whole's sentence tells a period's level
            # and the running tally it brings, and "the total" may be either: each is a reading, a miss a question
            certain = False
            readings += [{"part": parts[-1], "whole": w, "share": share}
                         for w in _other_levels_beside(kept[0]["whole"], whole_like_in, where, parts[-1], meaning)
                         if all(r["whole"] is not w for r in readings)]
        late_whole = kept[0]["whole"]
        if certain and where[late_whole.id].sentence > where[share.id].sentence + 1 \
                and not (named_whole[late_whole.id] or took_part[late_whole.id]):
            # "residential customers grew to 47,353 (7% of the total)" ... (sentences later, another report) "900,911
            # electricity accounts": a whole told sentences after its share must say it is the total or those who took
            # part ("4,27,153 children wrote the examinations"); another level there is a guess at it, a question if
            # it fails, never an error
            certain = False
        if certain and not in_paragraph and not shares.refers_to_total(sentence_text):
            # read only when it decides: every whole, of any paragraph, that counts those who took part
            turnout = chain((w for w in wholes if took_part[w.id]),
                            far_wholes.taking_part(share, parts[0], smallest_part, noun, base_words))
            certain = any(_a_turnout(w, parts, named_rate, named_whole[w.id]) for w in turnout)
        yield Relation(
            certain=certain,
            check=ID,
            expression=EXPRESSION,
            figures=readings[0],
            readings=tuple(readings[1:]),
            message=f"{share.text} as a share of its whole",
        )


def _whole_named_elsewhere(index: measure_index.MeasureIndex, share: Figure, parts: list[Figure], base: str,
                           where) -> Relation | None:
    """The share of a part in the whole its words name, when no sentence near the share states that whole: a level
    anywhere in the document whose measure or clause has the head noun of the name (or, with no name, of what the
    part counts), in the part's unit and period, no smaller than the part ("4.20 million tonnes, 35 percent of all
    seaborne cargo" ... "Cargo handled at the harbour reached 12.0 million tonnes"). The words alone tie them, so the
    reading is evidence only: the relation is given when part / whole meets the share (consistent), and none when
    no such level fits, for another level of that name may be the one meant."""
    share_interval = interval_of(share)
    for part in reversed(parts):  # the part nearest the share first
        if not precise(part):
            continue
        head = measure_index.head_key(base) if base else next(iter(measure_index.name_keys(part.measure, limit=8)[-1:]), "")
        if not head:
            continue

        def fits(whole: Figure, part=part) -> bool:
            return (whole.id != part.id and where[whole.id].sentence != where[share.id].sentence
                    and whole.value != 0 and abs(whole.value) >= abs(part.value) and not _a_span_around(whole, part)
                    and not _periods_apart(whole, part))
        for whole in index.nearest(head, part, share.span.start, fits, MAX_WHOLES):
            whole_interval = interval_of(whole)
            if whole_interval.lo <= 0 <= whole_interval.hi:
                continue
            if (interval_of(part) / whole_interval).meets(share_interval):
                named = f"the level named '{base}'" if base else "a level of its measure"
                return Relation(ID, EXPRESSION, {"part": part, "whole": whole, "share": share},
                                f"{share.text} as {part.text} of {whole.text}, {named} stated elsewhere", certain=False)
    return None


def _part_stated_elsewhere(index: measure_index.MeasureIndex, share: Figure, wholes: list[Figure], where) -> Relation | None:
    """The share of a part stated where no sentence ties it to the share, in a whole of the share's sentence ("Out of
    the 12.0 million tonnes moved, bulk carriers took 35 percent" ... "Bulk carriers moved 4.20 million tonnes"): a
    level anywhere in the document filed under a word of the whole's name or of the share's own (what its clause says
    the part is), in the whole's unit and period, no larger than it. Evidence only, as `_whole_named_elsewhere`:
    given when part / whole meets the share."""
    share_interval = interval_of(share)
    for whole in reversed(wholes):  # the level nearest the share first
        whole_interval = interval_of(whole)
        if not precise(whole) or whole_interval.lo <= 0 <= whole_interval.hi:
            continue

        def fits(part: Figure, whole=whole) -> bool:
            return (part.id != whole.id and where[part.id].sentence != where[share.id].sentence
                    and 0 < abs(part.value) <= abs(whole.value) and not _a_span_around(whole, part)
                    and not _periods_apart(whole, part))
        # what the whole counts, or what the share's clause says the part is ("bulk carriers took 35 percent")
        for key in dict.fromkeys(measure_index.name_keys(whole.measure, limit=3) + measure_index.name_keys(share.measure, limit=3)):
            for part in index.nearest(key, whole, share.span.start, fits, MAX_PARTS_ELSEWHERE):
                if (interval_of(part) / whole_interval).meets(share_interval):
                    return Relation(ID, EXPRESSION, {"part": part, "whole": whole, "share": share},
                                    f"{share.text} as {part.text} of {whole.text}, the part a level of its measure stated "
                                    "elsewhere", certain=False)
    return None


MAX_PARTS_ELSEWHERE = 4  # the levels of each word of a whole's name read as a share's part, nearest first
MAX_PARTS_IN_SENTENCE = 2  # the levels of a share's sentence read as its part, nearest first


def _levels_of_the_sentence(share: Figure, paragraph: list[Figure], where, whole_like_ids, earlier_levels) -> list[Figure]:
    """The levels of the share's sentence that may be its part, the nearest to the share last (as `parts_tied_to`
    lists them): not a level a change is measured from."""
    sentence = where[share.id].sentence
    levels = [f for f in paragraph if where[f.id].sentence == sentence and f.id in whole_like_ids
              and f.id not in earlier_levels]
    levels.sort(key=lambda f: abs(f.span.start - share.span.start), reverse=True)
    return levels[-MAX_PARTS_IN_SENTENCE:]


def _whole_named(document: Document, share: Figure, where) -> str:
    """The whole the words right after a share name: "of all freight orders", "a 24.6% share of national output"."""
    after = document.text[share.span.end:share.span.end + 60]
    return shares.base_named_after(after, document.text, where[share.id].sentence_start, share.span.start) \
        or shares.base_named_after(shares.after_share_noun(after), document.text, -1, share.span.start)


def _periods_apart(a: Figure, b: Figure) -> bool:
    """Whether two figures are dated to months that do not overlap (2023 against 2022; not April within 2023)."""
    if not a.period or not b.period:
        return False
    x, y = months_of(a.period), months_of(b.period)
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def _same_measure_another_time(whole: Figure, part: Figure) -> bool:
    """Whether a level is the part's own measure, named the same, at another stated time: months that do not overlap
    (July 2023 against July 2024; not December 2021 within 2021)."""
    return bool(whole.measure) and whole.measure == part.measure and _periods_apart(whole, part)


def _a_span_around(whole: Figure, part: Figure) -> bool:
    """Whether the whole is of a span of periods ("01..08", the first eight months) and the part of one period."""
    return ".." in whole.period and bool(part.period) and ".." not in part.period


def _other_levels_beside(whole: Figure, whole_like_in, where, part: Figure, meaning) -> list[Figure]:
    """When the whole's sentence tells a period's level and the running tally it brings ("shipped 4,370 tons in
    week 7, bringing exports so far to 14,730 tons"), the one of the two that is not the whole, if it could be a
    whole of the part too (no smaller than it); else none."""
    beside = [f for f in whole_like_in.get(where[whole.id].paragraph, [])
              if f is not whole and where[f.id].sentence == where[whole.id].sentence and same_unit(f, whole)
              and f.value != whole.value and abs(f.value) >= abs(part.value)]

    def a_tally(f: Figure) -> bool:
        return tally_reached(meaning.segment_of(f), meaning.frame(f).slot)
    return beside if len(beside) == 1 and a_tally(whole) != a_tally(beside[0]) else []


def _rate_of_the_part_alone(document: Document, meaning, part: Figure, share: Figure, whole: Figure) -> bool:
    """"Hiring was little changed at 5.68 million positions, and the hiring rate held at 3.8%": a rate that opens a
    clause of its own, named by a word of its part's clause that the whole's clause lacks, states its own level
    over a base the text does not name (hires over employment), not the part over that whole (job openings)."""
    name = rate_named_opening_its_clause(between(document, part, share))
    if name is None:
        return False
    named = {lexicon.stem(w) for w in lexicon.folded_words(name)}
    if not named:
        return False

    def stems(f: Figure) -> set[str]:
        return {lexicon.stem(w) for w in clause_words(document.text, meaning.segment_of(f), meaning.frame(f).slot)}
    return bool(named & stems(part)) and not named & stems(whole)


def _roots(words) -> set[str]:
    return {lexicon.stem(w).removesuffix("ment") for w in words}


@cache
def _group_roots() -> tuple[set[str], ...]:
    """The roots of each group of lexicon.COMPLEMENTARY_GROUPS: the same for every pair of figures, so made
    once (made for each pair, they were a quarter of this check's time on a long report)."""
    return tuple(_roots(group) for group in lexicon.COMPLEMENTARY_GROUPS)


def _complementary_groups(a: Figure, b: Figure) -> bool:
    """Whether two figures count two different groups of one breakdown (lexicon.COMPLEMENTARY_GROUPS):
    "people in work" and "unemployment", "urban" and "rural" households."""
    mine, other = _roots(lexicon.folded_words(a.measure)), _roots(lexicon.folded_words(b.measure))
    for members in _group_roots():
        if mine & members and other & members and not mine & other & members:
            return True
    return False


def _outgrown_turnout(document: Document, share: Figure, parts: list[Figure], paragraph: list[Figure],
                      in_paragraph: list[Figure], far_wholes, took_part, named_whole, part_ids, tied_elsewhere,
                      noun, base_words) -> Figure | None:
    """The whole of a share no whole in reach is big enough for: the one whole, here or in another
    paragraph, that counts those who took part and is a turnout for the share's part (`_a_turnout`), the
    biggest of them, when a share under 100% is stated. None when there is no such whole."""
    if share.value >= 100:
        return None
    part = parts[-1]  # (the count the share stands beside)
    gap = between(document, part, share)
    if not shares.in_apposition(gap) or not shares.head_noun(part.measure):
        return None  # the share must stand right beside its count: "9,410 applicants, representing 71.3%"
    named_rate = shares.names_a_rate(gap)
    here = [f for f in in_paragraph if took_part[f.id] and f.id not in part_ids and f.id not in tied_elsewhere
            and same_unit(f, part) and abs(f.value) < abs(part.value)]
    there = [f for f in far_wholes.taking_part(share, part, 0, noun, base_words) if abs(f.value) < abs(part.value)]
    turnouts = [f for f in (*here, *there) if _a_turnout(f, [part], named_rate, named_whole[f.id])
                and shares.head_noun(f.measure) == shares.head_noun(part.measure)]  # (a whole of what the part counts)
    # the biggest: the others that count those who took part are its parts ("out of the 13,204 who sat,
    # 7,112 were women")
    return max(turnouts, key=lambda f: abs(f.value)) if turnouts else None


def _a_turnout(whole: Figure, parts: list[Figure], named_rate: bool, named_total: bool) -> bool:
    """Whether a whole that counts those who took part makes the share certain: a named rate ("a
    pass percentage of") over it; the same period's turnout ("88,929 (15.41%) in 2016" against "in
    2016, 574,125 candidates sat"); or a total of the same population ("out of the 1,559,162
    candidates who sat" ... "1,243,772 candidates, representing 79.77 per cent"). A named rate
    over a whole of another paragraph that counts another thing ("services" against "registered
    voters") is not made certain by its name."""
    if named_rate and any(_heads_agree(whole, p) for p in parts):
        return True
    return any(whole.period and whole.period == p.period for p in parts) or (
        named_total and any(shares.head_noun(whole.measure) and shares.head_noun(whole.measure) == shares.head_noun(p.measure) for p in parts))


def _heads_agree(a: Figure, b: Figure) -> bool:
    """Whether two figures may count one thing: their head nouns agree, or one has none."""
    head_a, head_b = shares.head_noun(a.measure), shares.head_noun(b.measure)
    return not head_a or not head_b or head_a[:5] == head_b[:5]


MAX_WHOLES = 6  # the wholes a share is read against, nearest first


class _FarWholes:
    """The wholes a share may take from another paragraph (those the text calls a total, or
    that count those who took part), indexed once per document by unit and by the words a
    share's opening or base asks of them: each share reads its few nearest instead of every
    whole of the document. A whole counts for a share when it stands before it and names a
    total, or anywhere when it counts those who took part."""

    def __init__(self, document: Document, wholes: list[Figure], where, took_part, base_of):
        self.document, self.where, self.took_part, self.base_of = document, where, took_part, base_of
        self.by_unit: dict[tuple, list[Figure]] = {}
        for f in wholes:
            self.by_unit.setdefault(unit_class(f), []).append(f)
        self._lists: dict[tuple, tuple] = {}

    def _candidates(self, part: Figure, noun: str | None, base_words: tuple[str, ...]):
        """The wholes of `part`'s unit whose words fit (in reading order), their offsets, and the
        same for those that took part; worked out once for each unit, opening and base."""
        key = (unit_class(part), noun, base_words)
        if key not in self._lists:
            document = self.document
            fits = [f for f in self.by_unit.get(key[0], ())
                    if (noun is None or noun in (f.measure + " " + _around(document, f)).lower())
                    and all(word in (f.measure + " " + _lead_in(document, f)).lower() for word in base_words)]
            took = [f for f in fits if self.took_part[f.id]]
            self._lists[key] = (fits, [f.span.start for f in fits], took, [f.span.start for f in took])
        return self._lists[key]

    def _fits(self, f: Figure, share: Figure, smallest_part) -> bool:
        return (self.where[f.id].paragraph != self.where[share.id].paragraph
                and abs(f.value) >= smallest_part  # a whole is no smaller than its part
                and self.base_of.get(f.id, share.id) == share.id
                # (nor one under a later headline: another story's, "The total international visitors arrival stood at
                # 20,136" (March 2024) for "9,500 or 46% of all international visitor arrivals" (June 2017))
                and not (f.span.start > share.span.start
                         and under_two_subheadings(self.document.text, share.span.start, f.span.start)))

    def nearest(self, share: Figure, part: Figure, smallest_part, noun, base_words, count: int) -> list[Figure]:
        """Up to `count` wholes from other paragraphs, nearest first (the earlier of two as near):
        walking out from the share, a total before it or a turnout on either side."""
        if count <= 0:
            return []
        fits, starts, took, took_starts = self._candidates(part, noun, base_words)
        left = bisect_left(starts, share.span.start) - 1
        right = bisect_left(took_starts, share.span.start)
        out = []
        while len(out) < count:
            while left >= 0 and not self._fits(fits[left], share, smallest_part):
                left -= 1
            while right < len(took) and not self._fits(took[right], share, smallest_part):
                right += 1
            if left < 0 and right >= len(took):
                break
            if right >= len(took) or (left >= 0 and share.span.start - fits[left].span.start
                                      <= took[right].span.start - share.span.start):
                out.append(fits[left])
                left -= 1
            else:
                out.append(took[right])
                right += 1
        return out

    def taking_part(self, share: Figure, part: Figure, smallest_part, noun, base_words) -> Iterator[Figure]:
        """Every whole from another paragraph that counts those who took part, in reading order."""
        _, _, took, _ = self._candidates(part, noun, base_words)
        return (f for f in took if self._fits(f, share, smallest_part))


ODD_ONE_OUT = expr.parse("count / share == other / other_share")


def _implied_base(share: Figure, part: Figure, base: str) -> Relation:
    name = base if base.isidentifier() and base not in ("part", "share") else "whole"
    return Relation(ID, expr.parse(f"part / {name} == share"), {"part": part, "share": share},
                    f"{part.text} is {share.text} of {base}", unknown=name, unknown_unit=part.unit)


CHECK = Check(ID, "A percentage tied to a count matches no whole the text offers.", DOC, find)
