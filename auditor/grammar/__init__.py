"""The meaning layer: built once per document, read by every check.

`read(document, figures)` segments the text, builds a frame per figure and finds the
links the grammar states between figures. Checks query the result; they never
re-derive a role, a base or a whole. Knows nothing of checks or rules.
"""
from __future__ import annotations


from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Mapping

from auditor.document import Document
from auditor.extract import context
from auditor.grammar.accounts import items_within_account_totals
from auditor.grammar.displaced import displaced_within_affected
from auditor.grammar.earlier_levels import DatedLevel, dated_levels
from auditor.grammar.move_words import of_a_base_year_named
from auditor.grammar.frames import Frame, Role, build_frame, inherit_elided_moves, inherit_in_lists, same_unit
from auditor.grammar.links import (
    ChangeLink,
    ChangePairLink,
    GroupsLink,
    NamedIdentityLink,
    NamedWholeSharesLink,
    PartShareLink,
    ProportionLink,
    PartsLink,
    RatioLink,
    SameAsLink,
    ShareLink,
    SharesLink,
    StepLink,
    anaphoric_parts,
    respective_parts_by_year,
    respective_parts_of_listed_wholes,
    changes_of_steps,
    complementary_shares,
    named_whole_shares,
    conversions,
    definite_restatements,
    directions_named_before,
    figure_restatements,
    change_links,
    change_pairs,
    continues,
    exceed_gaps,
    group_links,
    HeadlineLink,
    headline_restatements,
    hedged_lead_restatements,
    hedged_restatements_elsewhere,
    worded_ratios,
    multiples_since_a_time,
    remainder_share_next,
    share_before_the_rest,
    changes_labelled_after_their_levels,
    breakdowns_of_a_level_before,
    parts_of_a_whole_named_all_of_it,
    parts_asked_of_a_whole,
    sums_written_with_plus,
    levels_after_a_change,
    remainders_in_the_next_sentence, breakdowns_after_a_total, kinds_listed_after_a_bare_whole,
    changes_told_by_pairs,
    hedged_changes_told_by_a_move,
    named_identities,
    changes_restated,
    amounts_gained_told_twice,
    moves_after_an_earlier_move,
    restated_in_other_words,
    rounded_then_exact,
    scale_left_out,
    gaps_restating_shares,
    summary_restatements,
    statements_told_twice,
    exchange_conversions,
    news_said_before,
    moved_from_to,
    named_ratio_links,
    one_for_every,
    shares_of_a_reference,
    noun_per_noun_ratios,
    part_shares,
    proportional_shares,
    plan_shares,
    parts_links,
    without_holdings,
    selections,
    point_changes_between_rates,
    ratio_links,
    labelled_ratio_links,
    share_lists,
    MOVED_FROM_AFTER_A_COMMA,
    MOVED_TO_FROM,
    series_steps,
    labelled_share_lists,
    listed_shares_of_one_whole,
    shares_with_their_sources,
    member_share_lists,
    ranked_shares_in_brackets,
    gapped_share_lists,
    relative_gaps,
    olds_in_a_when_clause,
    changes_after_two_dated_levels,
    changes_before_two_dated_levels,
    olds_in_the_next_sentence,
    news_in_the_next_sentence,
    rates_of_a_continued_series,
    changes_against_levels_respectively,
    changes_pointing_back,
    levels_of_a_rate_in_the_next_sentence,
    levels_compared_with_now,
    earlier_levels_against_the_present,
    net_flows,
    gaps_pointing_back,
    averages_over_a_span,
    SpanAverageLink,
    title_changes_against_levels,
    moves_with_their_rate,
    olds_of_the_period_before,
    averages,
    one_part_of_one_whole,
    share_after_part,
    share_before_its_part,
    shares_beside_a_part,
    rates_named_for_a_part,
    share_then_amount,
    title_shares,
)
from auditor.grammar.lists import (grade_distributions, groups_of_lists, labelled_lists, parts_of_lists, plans_of_lists,
                                   plans_of_fields,
                                   ratios_of_lists, shares_of_lists, table_row_shares, table_subset_rows)
from auditor.grammar.order import (FractionLink, HalfLink, OrderLink, main_parts, rates_of_all_parts, changes_compared_in_size, contrasted_comparatives, levels_of_two_times, outcomes_against_targets, crossed_marks, fractions_in_words, halves,
                                    places_restating_list_items,
                                   against_references, covered_sums, hedged_then_exact, households_and_members,
                                   levels_at_beside_a_side, lying_between, members_against_a_mark, ranges, series_in_words, split_comparisons,
                                   stated_orders, worded_directions_told_apart)
from auditor.grammar.rates import (MoveAcrossLink, level_rates, levels_restated_with_their_rate, moves_across_two_sentences,
                                   rates_of_a_level_told_again)
from auditor.grammar import measures
from auditor.grammar.named_levels import (changes_between_named_levels, market_shares_of_parts_of_the_total,
                                          shares_between_named_levels)
from auditor.grammar.nearby import under_parallel_subheadings
from auditor.grammar.pointing_back import measures_pointed_back, multiples_with_their_base_after
from auditor.grammar.segments import Segment, segment
from auditor.grammar.tables import flattened_row_items
from auditor.grammar.time_rates import RateRestatedLink, rates_restated
from auditor.grammar.multiples import MultipleAsRateLink, multiples_told_as_rates
from auditor.grammar.yearly_rates import YearlyRateLink, yearly_rates
from auditor.grammar.within import (MemberLink, WithinLink, aggregates_within, counts_beyond_durations, member_totals, members_of_one_whole,
                                    main_parts_of_a_named_whole, members_in_a_narrower_scope,
                                    subgroups_within_totals, union_totals, ranked_members,
                                    named_containers, weeks_within_running_totals, fronted_wholes_respectively)
from auditor.model import Figure


@dataclass(frozen=True)
class Meaning:
    """What the grammar reads in one document: its segments, frames and links."""

    document: Document
    figures: tuple[Figure, ...]
    segments: tuple[Segment, ...]
    frames: dict[str, Frame]
    parts: tuple[PartsLink, ...]
    changes: tuple[ChangeLink, ...]
    ratios: tuple[RatioLink, ...]
    groups: tuple[GroupsLink, ...]
    share_lists: tuple[SharesLink, ...]
    shares: tuple[ShareLink, ...]
    same_as: tuple[SameAsLink, ...]
    headlines: tuple[HeadlineLink, ...]
    change_pairs: tuple[ChangePairLink, ...]
    part_shares: tuple[PartShareLink, ...]
    named_identities: tuple[NamedIdentityLink, ...]
    steps: tuple[StepLink, ...]
    plan_shares: tuple[ShareLink, ...]
    # levels inside a larger aggregate of the same measure: a month in the year to date
    within: tuple[WithinLink, ...] = ()
    # shares of one whole the words name the same way, for different subjects
    named_whole_shares: tuple[NamedWholeSharesLink, ...] = ()
    # orders the words state: places in a ranking, a record against the one it beat
    orders: tuple[OrderLink, ...] = ()
    # a named member's level inside the national (or statewide) total of its measure
    members: tuple[MemberLink, ...] = ()
    # a level said to cross or outdo a mark: "dropping below 400 ... At 387", "surpasses the 399 million projected"
    crossings: tuple[OrderLink, ...] = ()
    # the levels of a series listed after words of its direction: "has fallen steadily, with 8,400 in 2012, 7,900 in 2015"
    series_orders: tuple[OrderLink, ...] = ()
    # a share said to be most of its whole, or a minority of it: "most cases were male, at 53.6 percent"
    halves: tuple[HalfLink, ...] = ()
    fractions: tuple[FractionLink, ...] = ()
    group_members: tuple[OrderLink, ...] = ()
    # an average per day, week or month and its total over a span: "12,400 arrests, an average of 34 a day"
    span_averages: tuple[SpanAverageLink, ...] = ()
    # a rate per one span of time restated per another: "1,150 calls a day, or about 420,000 a year"
    rates_restated: tuple[RateRestatedLink, ...] = ()
    # a change said as a multiple and as a percentage in one clause: "more than doubled, to 9,783, a 105.4% increase"
    multiples_as_rates: tuple[MultipleAsRateLink, ...] = ()
    # two shares of one whole with the amounts they stand for: "12.4% (nearly 2.1 million votes) ... 3.1%, or 520,000 votes"
    proportions: tuple[ProportionLink, ...] = ()
    # a level's rates of change, in text order: "1,411 liquidations, an increase of 4.9% on the previous quarter"
    level_rates: Mapping[str, tuple[Figure, ...]] = field(default_factory=dict)
    # a whole's change said to come mainly from one part: "the fall came mainly from the breeding flock, which dropped by 390,000"
    main_parts: tuple = ()
    # a whole's rate of change, then the rates of all its parts: "rose 4.7%, with all sub-sectors growing: A (17.8%), B (2.4%)"
    rates_of_all_parts: tuple = ()
    # a rate per year over several years and the levels it runs between: "at a CAGR of 9.6%, from 6.9 million in 2013 to 10.9 million in 2017"
    yearly_rates: tuple[YearlyRateLink, ...] = ()
    # one move told across two sentences: "9,807 are homeless, up 8% on January. In one month, that is 701 more"
    moves_across: tuple[MoveAcrossLink, ...] = ()
    # figure id -> the figure its subject points back at for its measure: "$84.6m in 2022. In 2021 the figure had been"
    pointed_back: Mapping[str, str] = field(default_factory=dict)

    @property
    def broken_down(self) -> frozenset[frozenset[str]]:
        """(part, whole) id pairs of a whole broken down into named members or parts: a member or a part is no
        restatement of it ("the urban population at 61,420 ... the urban population consisted of 30,112 men")."""
        return frozenset(frozenset((link.part.id, link.whole.id))
                         for chosen in members_of_one_whole(self.members) for link in chosen) \
            | frozenset(frozenset((part.id, link.whole.id)) for link in self.parts for part in link.parts)

    @property
    def bases(self) -> frozenset[str]:
        """Ids of the figures a change is measured from: values of another period or series."""
        return frozenset(link.old.id for link in self.changes)

    @cached_property
    def filed_measure_keys(self) -> dict[str, tuple[Figure, frozenset[str]]]:
        """Figure id -> (the figure, the keys a measure index files it under): filled by `measure_index.of_levels`,
        so the checks that each index this reading's levels work out a figure's keys once."""
        return {}

    @cached_property
    def flattened_row_items(self) -> frozenset[str]:
        """Ids of figures in a table flattened into lines of labels and values ("Construction 15,500 Retail 7,300
        ..."): each line is a column of the table, so one label's values on two lines are of two columns."""
        return flattened_row_items(self.document.text, self.figures)

    @cached_property
    def linked_pairs(self) -> dict[str, frozenset[tuple[str, str]]]:
        """Figure-id pairs (a, b) by what the words make figure a of figure b, for rule files that bind
        one figure by its link to another (`base_of`, `part_of`, `whole_of`, `same_as`):
        'base_of': a is the old level that b, a change or the level a change arrived at, is measured from;
        'part_of': a is a part, a member or a share of the whole b ('whole_of' is the same pair reversed);
        'same_as': a and b state one amount (both orders)."""
        base_of = {(link.old.id, f.id) for link in self.changes for f in (link.change, *link.news[:1])}
        base_of |= {(link.old.id, link.new.id) for link in self.steps}
        base_of |= {(link.level.id, f.id) for link in self.change_pairs if link.level_is_old
                    for f in (link.amount, link.rate)}
        part_of = {(part.id, link.whole.id) for link in self.parts for part in link.parts}
        part_of |= {(f.id, link.whole.id) for link in (*self.shares, *self.plan_shares) for f in (link.part, link.share)}
        part_of |= {(f.id, link.whole.id) for link in self.part_shares if link.whole is not None
                    for f in (link.part, link.share)}
        part_of |= {(link.part.id, link.whole.id) for link in (*self.members, *self.within)}
        same_as = {(link.first.id, link.second.id) for link in self.same_as}
        same_as |= {(link.title.id, link.body[0].id) for link in self.headlines if link.body}
        return {"base_of": frozenset(base_of), "part_of": frozenset(part_of),
                "whole_of": frozenset((b, a) for a, b in part_of),
                "same_as": frozenset(same_as | {(b, a) for a, b in same_as})}

    @cached_property
    def dated_levels(self) -> tuple[DatedLevel, ...]:
        """The levels whose own phrase dates them, the bases of changes among them named with what moved from them
        (`earlier_levels`): what a restatement of a measure for one period is compared across."""
        sentences = context.sentences_cached(self.document.text)
        ends = [s.end for s in sentences]

        def sentence_of(f: Figure) -> tuple[int, int]:
            k = bisect_left(ends, f.span.end)
            return (sentences[k].start, sentences[k].end) if k < len(ends) else (f.span.start, len(self.document.text))
        return dated_levels(self.document.text, self.figures, self.frames, self.changes, sentence_of)

    def frame(self, figure: Figure) -> Frame:
        return self.frames[figure.id]

    def segment_of(self, figure: Figure) -> Segment:
        return self.segments[self.frames[figure.id].segment]


def _build(document: Document, figures: tuple[Figure, ...]) -> Meaning:
    segments = segment(document, figures)
    # the levels of a move "SUBJECT VERB from A [a time] to B" are the subject's measure when their own words
    # name none ("has shrunk from 80m items five years ago to 62m": 62m is no measure "ago")
    moved = {seg.figures[k].id: measure for seg in segments if not seg.is_table_row
             for k, measure in measures.move_measures(seg).items() if seg.figures[k].measure != measure}
    # ... and the time said of A is not B's ("from 80m in 2019 to 62m")
    undated = {seg.figures[k].id for seg in segments if not seg.is_table_row for k in measures.move_periods(seg)}
    # a subject that names its measure only by pointing back ("In 2021 the figure had been $71.3m") takes the measure
    # and subject of the one figure it points at (the period stays its own)
    pointed = {figure_id: named for figure_id, named in measures_pointed_back(segments).items()
               if figure_id not in moved}
    pointed_back = {figure_id: antecedent.id for figure_id, (_, _, antecedent) in pointed.items()}
    if moved or undated or pointed:
        def moved_figure(f: Figure) -> Figure:
            if f.id in moved:
                f = replace(f, measure=moved[f.id])
            elif f.id in pointed:
                f = replace(f, measure=pointed[f.id][0], subject=pointed[f.id][1])
            return replace(f, period="", period_source="") if f.id in undated else f
        figures = tuple(moved_figure(f) for f in figures)
        segments = tuple(replace(seg, figures=tuple(moved_figure(f) for f in seg.figures))
                         if any(f.id in moved or f.id in undated or f.id in pointed for f in seg.figures) else seg
                         for seg in segments)
    frames = {frame.figure.id: frame for seg in segments
              for frame in inherit_elided_moves(seg, inherit_in_lists(seg, [build_frame(f, seg, k) for k, f in enumerate(seg.figures)]))}
    # the figures as their frames read them: a direction the words give ("45% above",
    # "growth of 3.1%, 5.9% and 12.7%") is the figure's own from here on
    enriched = {}
    for f in figures:
        if frames[f.id].direction != f.direction:
            enriched[f.id] = replace(f, direction=frames[f.id].direction)
    if enriched:  # (only what holds an enriched figure is rebuilt: most figures keep their frame)
        figures = tuple(enriched.get(f.id, f) for f in figures)
        segments = tuple(replace(seg, figures=tuple(enriched.get(f.id, f) for f in seg.figures))
                         if any(f.id in enriched for f in seg.figures) else seg for seg in segments)
        frames = {f.id: replace(frames[f.id], figure=f) if f.id in enriched else frames[f.id] for f in figures}
    parts, changes, ratios, groups, lists, same, pairs, gaps, by_kind = [], [], [], [], [], [], [], [], []
    olds_so_far: set[str] = set()  # the old levels of the changes read so far: no anaphor's antecedent
    for i, seg in enumerate(segments):
        if not seg.figures:
            continue
        read_here = without_holdings(parts_links(seg, frames), seg, frames) + sums_written_with_plus(seg, frames)
        wholes = {link.whole.id for link in read_here}  # ("A and B, bringing the total to W": W is their sum)
        parts += read_here + [link for link in selections(seg, frames) if link.whole.id not in wholes]
        here = change_links(seg, frames, segments[i - 1] if i else None, olds_so_far)
        olds_so_far.update(link.old.id for link in here)
        changes += here
        ratios += ratio_links(seg, frames) + labelled_ratio_links(seg, frames)
        gaps += exceed_gaps(seg, frames)
        groups += group_links(seg, frames, segments[i - 1] if i else None,
                              segments[i + 1] if i + 1 < len(segments) else None)
        split, of_one_whole = labelled_share_lists(seg, frames)
        lists += share_before_the_rest(share_lists(seg, frames), seg, segments[i - 1] if i else None, frames,
                                       segments[i - 2] if i > 1 else None) \
            or remainder_share_next(seg, segments[i - 1] if i else None, frames) or split
        by_kind += of_one_whole
        same += conversions(seg, frames)
        pairs += change_pairs(seg, frames, segments[i - 1] if i and continues(segments, i - 1, i) else None)
    # a target, forecast or budget is no level a stated series moved from: "Exports rose to $4.1bn against a target of $4.5bn"
    moves = [link for link in series_steps(segments, frames)
             if not (frames[link.old.id].modality == "expected" and frames[link.new.id].modality == "stated")]
    steps = [link for link in moves if link.grammar not in (MOVED_FROM_AFTER_A_COMMA, MOVED_TO_FROM)]  # the comparison check's
    steps += directions_named_before(document.text, segments, frames,
                                     frozenset(f.id for link in moves for f in (link.new, link.old)))
    changes += changes_of_steps(document.text, segments, frames, moves, frozenset(link.change.id for link in changes))
    changes += changes_told_by_pairs(document.text, segments, frames, frozenset(link.change.id for link in changes))
    changes += hedged_changes_told_by_a_move(document.text, segments, frames, frozenset(link.change.id for link in changes))
    changes += changes_labelled_after_their_levels(segments, frames, frozenset(link.change.id for link in changes))
    changes += point_changes_between_rates(document.text, segments, frames, frozenset(link.change.id for link in changes))
    changes = news_said_before(document.text, segments, frames, changes)
    changes += moves_after_an_earlier_move(document.text, segments, frames, frozenset(link.change.id for link in changes))
    linked_changes = frozenset(link.change.id for link in changes)  # (once: not again for every sentence)
    changes += [link for seg in segments for link in relative_gaps(seg, frames, linked_changes)]
    linked_changes, olds = frozenset(link.change.id for link in changes), frozenset(link.old.id for link in changes)
    changes += [link for seg in segments for link in olds_in_a_when_clause(seg, frames, linked_changes, olds)]
    changes += changes_after_two_dated_levels(segments, frames, frozenset(link.change.id for link in changes))
    changes += changes_before_two_dated_levels(segments, frames, frozenset(link.change.id for link in changes))
    changes += changes_against_levels_respectively(segments, frames, frozenset(link.change.id for link in changes))
    changes += olds_in_the_next_sentence(segments, frames, frozenset(link.change.id for link in changes),
                                         pointed_back)
    changes += levels_of_a_rate_in_the_next_sentence(segments, frames, frozenset(link.change.id for link in changes))
    # (a change whose words gave its old level and no new one may find the new level in the next sentence)
    told_later = {link.change.id: link for link in news_in_the_next_sentence(segments, frames, changes)}
    changes = [told_later.get(link.change.id, link) if not link.news else link for link in changes]
    changes += levels_compared_with_now(segments, frames, frozenset(link.change.id for link in changes))
    changes += levels_after_a_change(segments, frames, frozenset(link.change.id for link in changes))
    changes += changes_pointing_back(segments, frames, frozenset(link.change.id for link in changes),
                                     frozenset(f.id for link in parts for f in link.parts))
    changes += title_changes_against_levels(segments, frames, frozenset(link.change.id for link in changes))
    changes += moves_with_their_rate(segments, frames, frozenset(link.change.id for link in changes))
    changes += olds_of_the_period_before(segments, frames, frozenset(link.change.id for link in changes))
    changes += rates_of_a_continued_series(segments, frames, moves, changes,
                                           frozenset(link.change.id for link in changes))
    changes += changes_between_named_levels(segments, frames, frozenset(link.change.id for link in changes), document.text)
    changes = [link for link in changes if of_a_base_year_named(link.change, link.old, document.text)]
    # the old values changes and moves are measured from (every change is read by now): never what a headline or a
    # part refers to
    bases = frozenset(link.old.id for link in changes)
    gaps += net_flows(segments, frames, gaps)
    gaps += gaps_pointing_back(segments, frames, gaps)
    parts += respective_parts_of_listed_wholes(segments, frames)
    parts += _new_readings(anaphoric_parts(segments, frames, bases)
                           + respective_parts_by_year(segments, frames), parts)
    parts = remainders_in_the_next_sentence(segments, frames, parts)
    parts += breakdowns_after_a_total(segments, frames, parts)
    parts += breakdowns_of_a_level_before(segments, frames, parts)
    parts += parts_of_a_whole_named_all_of_it(segments, frames, parts)
    parts += parts_asked_of_a_whole(segments, frames, parts)
    parts += kinds_listed_after_a_bare_whole(segments, frames, parts)
    read_wholes = {link.whole.id for link in parts}
    parts += [PartsLink(whole, members, True, "a total for members its words list by name ('exports to Ghana and "
                        "Togo'), then each member's own level of its measure and period", total)
              for whole, members, total in union_totals(document.text, segments, frames, bases)
              if whole.id not in read_wholes]
    linked_ratios = {link.ratio.id for link in ratios}
    ratios += [link for link in named_ratio_links(segments, frames) if link.ratio.id not in linked_ratios]
    ratios += [link for link in one_for_every(segments, frames) if link.ratio.id not in linked_ratios]
    linked_ratios = {link.ratio.id for link in ratios}
    ratios += [link for link in shares_of_a_reference(document.text, segments, frames) if link.ratio.id not in linked_ratios]
    linked_ratios = {link.ratio.id for link in ratios}
    ratios += [link for link in exchange_conversions(document.text, segments, frames) if link.ratio.id not in linked_ratios]
    ratios += worded_ratios(segments, frames, frozenset(link.ratio.id for link in ratios))
    ratios += multiples_since_a_time(segments, frames, frozenset(link.ratio.id for link in ratios))
    ratios += multiples_with_their_base_after(segments, frames, frozenset(link.ratio.id for link in ratios), pointed_back)
    ratios += noun_per_noun_ratios(segments, frames, frozenset(link.ratio.id for link in ratios))
    ratios += averages(segments, frames, frozenset(link.ratio.id for link in ratios))
    # a change between a level written with its scale word and one a thousand times apart written without:
    # the scale word may have been left out ("to US$ 23,732.96 million from US$ 22,783.85"), a question
    changes = [replace(link, certain=False) if link.certain and link.news and scale_left_out(link.news[0], link.old)
               else link for link in changes]
    same += changes_restated(segments, frames)
    same += rounded_then_exact(segments, frames)
    # (under two parallel subheadings one sentence told twice may be two groups': "Men" ... "Women")
    same += [link for link in statements_told_twice(segments, frames)
             if link.first.id not in bases and link.second.id not in bases
             and not under_parallel_subheadings(document.text, link.first.span.start, link.second.span.start)]
    same += gaps_restating_shares(document.text, segments, frames)
    same += [SameAsLink(item, said, "a numbered list's item, said again of its place and name in the prose")
             for item, said in places_restating_list_items(segments, frames)]
    same += [link for link in (*summary_restatements(segments, frames), *restated_in_other_words(segments, frames))
             if link.first.id not in bases]
    same += [link for link in (*definite_restatements(segments, frames), *figure_restatements(segments, frames))
             if link.first.id not in bases and link.second.id not in bases]
    # (an actor's gain told twice, and rates of a level told again: the pairs no other reading has tied)
    tied = {frozenset((link.first.id, link.second.id)) for link in same}
    same += [link for link in amounts_gained_told_twice(document.text, segments, frames)
             if frozenset((link.first.id, link.second.id)) not in tied]
    rates_of = level_rates(segments, frames)
    same += [SameAsLink(a, b, "a precise level told again, each time with its rate of change: the rates are one",
                        certain=sure)
             for a, b, sure in rates_of_a_level_told_again(segments, frames, rates_of)
             if frozenset((a.id, b.id)) not in tied]
    listed = labelled_lists(segments)
    parts += parts_of_lists(listed, frames)
    parts += grade_distributions(document.text, segments, frames)
    parts += table_subset_rows(segments, frames)
    parts = [link for link in parts if not _two_times_of_one_level(link, changes)]
    lists += shares_of_lists(listed, frames)
    groups += groups_of_lists(listed, frames)
    plans = plan_shares(segments, frames) + plans_of_lists(listed, frames) + plans_of_fields(segments, frames)
    listed_ratios = {link.ratio.id for link in ratios}
    ratios += [link for link in ratios_of_lists(listed, frames) if link.ratio.id not in listed_ratios]
    exhaustive = frozenset(f.id for link in lists for f in link.shares)
    # (a rate a change pair reads, "[1,691 or 6.0 per cent to 29,730]", is no share of the level it reached)
    paired_rates = frozenset(link.rate.id for link in pairs)
    shared = [link for link in part_shares(segments, frames, parts, document.text, bases) if link.share.id not in paired_rates]
    shared += shares_between_named_levels(segments, frames, frozenset(link.share.id for link in shared), document.text)
    shared += market_shares_of_parts_of_the_total(segments, frames, frozenset(link.share.id for link in shared),
                                                  document.text)
    placed_shares = exhaustive | {link.share.id for link in shared}
    one_part = one_part_of_one_whole(parts, frames)
    beside = shares_beside_a_part(segments, frames, one_part, placed_shares)
    moved_from = frozenset(link.old.id for link in moves)
    # (a level set against the present one, "60.5 million visits, 1.2% more than this year", is another time's: for
    # a title it is a base, and the present level it is set against is the body's own)
    presents, earlier = earlier_levels_against_the_present(changes)
    title_bases = (bases - presents) | earlier | moved_from
    return Meaning(document, figures, segments, frames, tuple(parts), tuple(changes), tuple(ratios), tuple(groups),
                   tuple(link for link in lists if not all(_above_all(f, link.whole) for f in link.shares)),
                   tuple(share_then_amount(segments, frames)) + tuple(share_after_part(segments, frames, one_part))
                   + tuple(beside) + tuple(rates_named_for_a_part(segments, frames, parts,
                                                                   placed_shares | {link.share.id for link in beside}))
                   + tuple(title_shares(document.text, segments, frames, parts))
                   + tuple(share_before_its_part(segments, frames, one_part, placed_shares | {link.share.id for link in beside}))
                   + tuple(table_row_shares(segments, frames)), tuple(same),
                   tuple(headline_restatements(document.text, segments, frames, title_bases))
                   + tuple(hedged_lead_restatements(document.text, segments, frames, title_bases))
                   + tuple(hedged_restatements_elsewhere(document.text, segments, frames, title_bases)),
                   tuple(pairs), tuple(shared),
                   tuple(named_identities(segments, frames, bases)) + tuple(gaps),
                   tuple(steps), tuple(plans),
                   tuple(aggregates_within(document.text, segments, frames, bases))
                   + tuple(weeks_within_running_totals(document.text, segments, frames, bases))
                   + tuple(counts_beyond_durations(document.text, segments, frames, bases)),
                   tuple(named_whole_shares(document.text, segments, frames, exhaustive))
                   + tuple(link for seg in segments for link in complementary_shares(seg, frames, exhaustive))
                   + tuple(link for seg in segments for link in listed_shares_of_one_whole(seg, frames, exhaustive))
                   + tuple(link for seg in segments for link in member_share_lists(seg, frames, exhaustive))
                   + tuple(link for seg in segments for link in gapped_share_lists(seg, frames, exhaustive))
                   + tuple(link for seg in segments for link in shares_with_their_sources(seg, frames, exhaustive))
                   + tuple(link for seg in segments for link in ranked_shares_in_brackets(seg, frames, exhaustive))
                   # (shares listed by kind that another reading took as exhausting a whole are that reading's)
                   + tuple(link for link in by_kind if exhaustive.isdisjoint(f.id for f in link.shares)),
                   tuple(stated_orders(segments, frames)),
                   tuple(member_totals(document.text, segments, frames, bases))
                   + tuple(main_parts_of_a_named_whole(document.text, segments, frames, bases))
                   + tuple(named_containers(document.text, segments, frames, bases))
                   + tuple(subgroups_within_totals(document.text, segments, frames, bases))
                   + tuple(displaced_within_affected(document.text, segments, frames, bases))
                   + tuple(items_within_account_totals(document.text, segments, frames, bases))
                   + tuple(ranked_members(document.text, segments, frames, bases))
                   + tuple(members_in_a_narrower_scope(document.text, segments, frames, bases))
                   + tuple(fronted_wholes_respectively(segments, frames)),
                   crossings=tuple(crossed_marks(segments, frames)) + tuple(covered_sums(segments, frames)) + tuple(ranges(segments, frames))
                   + tuple(against_references(segments, frames)) + tuple(lying_between(segments, frames))
                   + tuple(levels_at_beside_a_side(segments, frames))
                   + tuple(hedged_then_exact(segments, frames)) + tuple(split_comparisons(segments, frames))
                   + tuple(contrasted_comparatives(segments, frames)) + tuple(levels_of_two_times(segments, frames))
                   + tuple(changes_compared_in_size(segments, frames)) + tuple(outcomes_against_targets(segments, frames))
                   + tuple(members_against_a_mark(segments, frames))
                   + tuple(worded_directions_told_apart(segments, frames, frozenset(f.id for link in parts for f in link.parts))),
                   series_orders=tuple(series_in_words(segments, frames)),
                   halves=tuple(halves(segments, frames)), fractions=tuple(fractions_in_words(segments, frames)),
                   group_members=tuple(households_and_members(segments, frames)),
                   span_averages=tuple(averages_over_a_span(segments, frames)),
                   rates_restated=tuple(rates_restated(segments, frames)),
                   multiples_as_rates=tuple(multiples_told_as_rates(segments, frames, frozenset(link.ratio.id for link in ratios))),
                   proportions=tuple(proportional_shares(segments, frames)),
                   level_rates=rates_of, moves_across=tuple(moves_across_two_sentences(segments, frames, rates_of))
                   + tuple(levels_restated_with_their_rate(segments, frames, rates_of)), main_parts=tuple(main_parts(segments, frames)),
                   rates_of_all_parts=tuple(rates_of_all_parts(segments, frames)),
                   yearly_rates=tuple(yearly_rates(segments, frames)),
                   pointed_back=pointed_back)


_last: list = [None, None, None]


def _two_times_of_one_level(link: PartsLink, changes: list[ChangeLink]) -> bool:
    """Parts of which one is the level another of them (or the whole) was reached from: "grew to 1.09 million, from
    954,000, so the rest came to 3.09 million" tells one measure at two times, and an old level is no part of a sum
    of the present."""
    held = {f.id for f in link.parts} | {link.whole.id}
    return any(change.old.id in held and any(new.id in held for new in change.news) for change in changes)


def _new_readings(anaphoric: list[PartsLink], parts: list[PartsLink]) -> list[PartsLink]:
    """Parts an anaphor places in a whole before it, less what the sentence's own grammar placed:
    a figure already read as a part of something is not the anaphor's part too, and a whole
    read with its parts keeps them ("Among them were 19 confirmed cases, from Yobe (16) and
    Adamawa (3)": 19 is a part of the week's 2,984, its 16 and 3 parts of the 19)."""
    wholes_of: dict[str, set[str]] = {}  # each figure read as a part, and the wholes it is read in
    for link in (*parts, *anaphoric):
        for f in link.parts:
            wholes_of.setdefault(f.id, set()).add(link.whole.id)
    out = []
    for link in anaphoric:
        new = tuple(f for f in link.parts if f.id != link.whole.id and wholes_of[f.id] <= {link.whole.id})
        if new:
            out.append(replace(link, parts=new, exhaustive=link.exhaustive and new == link.parts))
    return out


def _above_all(share: Figure, whole: int) -> bool:
    """Whether a figure listed as a share is more than all of its whole. A list whose every figure is ("the IPI amounted
    to 101.9 percent, due to an increase in metal ores (107.2 percent) and other minerals (102.9 percent)") lists index
    levels against a base of 100, not shares that exhaust one whole; one such figure among shares is a slip to check."""
    return share.value > 100 if share.unit == "percent" or whole == 100 else share.value > 1


def read(document: Document, figures: tuple[Figure, ...]) -> Meaning:
    """The meaning of a document; every check of one audit gets the same object."""
    if _last[0] is not document or (_last[1] is not figures and _last[2].figures is not figures):
        _last[:] = [document, figures, _build(document, figures)]
    return _last[2]


__all__ = ["ChangeLink", "ChangePairLink", "Frame", "GroupsLink", "Meaning", "NamedIdentityLink", "NamedWholeSharesLink", "OrderLink", "PartShareLink", "PartsLink", "RatioLink", "Role", "SameAsLink", "Segment", "ShareLink",
           "SharesLink", "StepLink", "HeadlineLink", "MemberLink", "WithinLink", "read", "same_unit"]
