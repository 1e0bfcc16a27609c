"""Orders the words state between figures of one measure: places in a ranking given one
sentence at a time ("India was the top market, with 96,990 ... The UK was the second
biggest source at 61,618, with Germany in third place with 37,933"), and a record against
the one it beat ("an all-time high of 115,100 units ... The previous peak, 113,780 units").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import NamedTuple

from auditor import lazy_re
from auditor.extract.context import qualifier_before, verb_direction
from auditor.grammar import cues, lexicon
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.grammar.measures import less_is_better
from auditor.grammar.ordered_lists import ordered_lists
from auditor.grammar.links import HOUSEHOLD_NOUN_AFTER, MEMBER_NOUN_AFTER, continues, other_kinds, present_level_before
from auditor.grammar.segments import Segment, prose_neighbours
from auditor.model import Figure, Kind

_SUPERLATIVE_FIRSTS = ("top", "largest", "biggest", "highest", "leading", "busiest", *lexicon.SUPERLATIVES_OF_A_MEASURE,
                       *lexicon.MOST_RANKING,
                       *lexicon.RANK_FIRST_COMPOUNDS)  # the first place, said alone
_PLACES = {**lexicon.ORDINAL_PLACES, **{w: 1 for w in _SUPERLATIVE_FIRSTS}, "runner-up": 2, "best-selling": 1,
           "more than any other": 1}
_ORDINAL = lexicon.alternation((*lexicon.ORDINAL_PLACES, "top"))
# ("the second most visited site", "the third most-watched show": an ordinal before "most" and its adjective)
_HIGH = lexicon.alternation(lexicon.RANK_HIGH + lexicon.MOST_RANKING).replace(r"\s+", r"[\s-]+")
# "most" and an adverb of how often before a participle: "the most commonly seized drug", "the second most frequently
# prescribed medicine"; or after it, "the offence recorded most often"
_MOST_ADVERB = lexicon.alternation(lexicon.MOST_ADVERBS)
_MOST_PARTICIPLE = rf"most[\s-]+(?:{_MOST_ADVERB})[\s-]+[a-z]{{3,}}(?:ed|en)\b"
_HIGH = rf"{_HIGH}|{_MOST_PARTICIPLE}"
_SINGLE = lexicon.alternation(_SUPERLATIVE_FIRSTS)
# "the second biggest source", "in third place", "ranked fourth", "the top generating market",
# "the largest market": a place in an order of size, said in the figure's clause; not "the highest
# since 1960" (against its own past)
# "First place went to", "took second spot": a place named as a noun, not the one left ("from third place")
# "had the most deaths", "drew the most visitors": "most" before a plural noun, not an adjective ("the most
# serious", "the most famous", "the most recent") nor a noun of time ("the most years")
_MOST_OF = (r"the\s+most\s+(?P<most>(?!(?:[a-z-]+ous|[a-z-]+ss|years|months|weeks|days|times)\b)[a-z-]{3,}s"
            r"|people|children|men|women)\b(?!\s+(?:of|than)\b)")
# from a verb of moving to the place reached: "slipped from third to fourth", "climbed two places, from seventh to fifth",
# "moved up to second"
_MOVES = lexicon.alternation(lexicon.RANK_MOVES)
_MOVED_TO = (rf"(?:up\s+|down\s+|back\s+)?(?:(?:[a-z]+|#\d+#)\s+places?\s*,?\s*)?"
             rf"(?:from\s+(?:the\s+)?(?:{_ORDINAL})(?:\s+(?:place|position|spot))?\s+)?to\s+(?:the\s+)?")
# an ordinal that is no place in the order of size ranked: "the third quarter", "the second-lowest"
_NOT_A_PLACE_AFTER = (rf"(?![\s-]+(?:quarter|half|time|year|month|week|consecutive|straight|"
                      rf"{lexicon.alternation(cues.SUPERLATIVES_LOW)})\b)")
_PLACE = lazy_re.compile(rf"\b(?:the\s+(?P<ord>{_ORDINAL})[\s-]+(?:{_HIGH})|{_MOST_OF}|the\s+(?P<most2>{_MOST_PARTICIPLE})"
                    rf"|the\s+[a-z]+\s+[a-z]{{3,}}(?:ed|en)\s+(?P<most3>most\s+(?:{_MOST_ADVERB}))\b|(?:the\s+(?:(?!next\s)[a-z]+['’]s?\s+)?|\b[a-z]+['’]s\s+)(?P<sup>{_SINGLE})"
                    rf"|(?<!from\s)(?P<ord2>{_ORDINAL})\s+(?:place|position|spot)|ranked\s+(?P<ord3>{_ORDINAL})"
                    # "with the RAV4 in third (468 units)": a place "in" an ordinal, its figure next
                    rf"|\bin\s+(?P<ord4>{_ORDINAL})(?=\s*(?:\(\s*#|,?\s*(?:with|at|on)\s+#)))\b"
                    rf"(?![^#]{{0,40}}\b(?:since|on\s+record|ever)\b)")
# the measure named between "with" and its figure: "with a literacy rate of 38.4 per cent", "with an average wage of"
_MEASURE_NAMED_BEFORE = r"(?:an?\s+(?:[a-z-]+\s+){1,3}?of\s+)?"
# a place said by a verb, before or after the figure: "France was second at €4.6 billion",
# "€4.1 billion, ranked first among destinations", "Ford was runner-up on 2,380"
# a word of an item's name: not a function word ("in the second with 4,100" names no item)
_ITEM_WORD = r"(?!(?:the|in|of|for|a|an|its|their|during|and|was|were|is|are|with|by)\b)[a-z][a-z'’.-]*"
# (a place may say how far it stands from the one before: "a close second", "a distant third")
_MARGIN = rf"(?:an?\s+(?:{lexicon.alternation(lexicon.PLACE_MARGINS)})\s+)"
_VERB_PLACE = lazy_re.compile(rf"\b(?:was|were|is|are|came|comes?|finished|ranked|ranks?|placed|stood)\s+(?:only\s+|just\s+)?(?:the\s+|{_MARGIN})?"
                         rf"(?:(?P<ord>{_ORDINAL})\b(?![\s-]+(?:quarter|half|time|year|month|week|consecutive|"
                         rf"{lexicon.alternation(cues.SUPERLATIVES_LOW)})\b)"
                         rf"|(?P<runner>runner-up))"
                         # a move in the order, to the place reached: "Mali slipped from second to third with 388 tonnes"
                         rf"|\b(?:{_MOVES})\s+{_MOVED_TO}(?P<moved>{_ORDINAL})\b{_NOT_A_PLACE_AFTER}"
                         rf"|\bthe\s+(?P<best>best-selling)\b|(?P<any>(?:more|higher|greater|larger|bigger)\s+than\s+(?:in\s+|at\s+|for\s+|on\s+)?any\s+other)\b"
                         # "Gold topped the export earnings list at $3.41bn; cashew nuts, the runner-up, earned ...", "Germany
                         # headed the list of source countries, with 1.7 million tourists"
                         rf"|(?P<topped>\b(?:{lexicon.alternation(lexicon.HEAD_OF_LIST)})\b[^#]{{0,50}}\b(?:{lexicon.alternation(lexicon.LIST_NOUNS)})\b)"
                         rf"|,\s*the\s+(?P<runner2>runner-up)\s*,"
                         # "China led with 450 tonnes", "Ford topped the market at 2,380", "Kerala kept its place at the top
                         # of the country with a literacy rate of 89.81 per cent", "Maple came top with a score of 71"
                         rf"|(?P<led>\b(?:{lexicon.alternation(lexicon.HEAD_OF_LIST + lexicon.CAME_TOP)})\s+"
                         rf"(?:the\s+(?:[a-z]+\s+){{1,3}}?)?(?:with|at|on)\s+{_MEASURE_NAMED_BEFORE}#)"
                         # a place on a list's item, without a verb: "..., Australia second with 270 tonnes and Russia third
                         # with 245", "with Ghana third on 412"
                         rf"|(?:^|,|\band\b)\s*(?:with\s+)?(?:the\s+)?(?:{_ITEM_WORD}\s+){{1,3}}{_MARGIN}?(?P<bare>{_ORDINAL})\s+(?:with|at|on)\s+#")
# a place counted from the bottom: "Baden came second lowest with 3.4%", "the third smallest market, at"
_LOW_ORDINAL = lazy_re.compile(rf"\b(?P<ord>{_ORDINAL})[\s-]+(?:{lexicon.alternation(cues.SUPERLATIVES_LOW)})\b", screened=True)
# the next place after the one said just before: "..., followed by India with 455,000", "Services came next",
# "Italians followed with 913,000 arrivals"
_NEXT_PLACE = lazy_re.compile(r"\b(?:followed\s+by|followed\s+(?:is|was|with)|(?:came|comes?)\s+next|next\s+came|was\s+next|were\s+next"
                              # "..., with the USA next, up 10%"
                              r"|with\s+(?:the\s+)?[a-z][a-z'’.-]*(?:\s+[a-z][a-z'’.-]*){0,2}\s+next)\b"
                              # "Mombasa followed at 23%": the figure right after
                              r"|\bfollowed\s*,?\s*(?:at|on)\s+(?:(?:some|about|just)\s+)?$", screened=True)
_NEXT_NEAR = 2  # sentences from the place before to "next came": a sentence on the leader may stand between
_CLAUSE_BREAK = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")
# a subordinate clause with a subject of its own between a figure and a verb: "11 nights when the temperature
# stayed above 25", "212 days on which the index rose above 4,000": the verb's subject is the clause's, not the figure
_OWN_SUBJECT_CLAUSE = lazy_re.compile(r"\b(?:when|where|whenever|wherever|after|before|until|because|if|once|while|"
                                      r"on\s+which|in\s+which|during\s+which)\s+(?:the|a|an|its|their|his|her|it|they|we|prices?)\b",
                                      re.I)
_NEAR = 3  # sentences a ranking or a record may run over
_RECORD_BACK = 2  # sentences before a new record where its measure's earlier levels are looked for


# a heading over a list that says the list is ranked: "The biggest single-round attendances:",
# "Top ten markets by arrivals:", "The five lowest-scoring districts:"
_RANKED_HEADING = lazy_re.compile(rf"\b(?:(?P<high>{lexicon.alternation(cues.SUPERLATIVES_HIGH)})|"
                                  rf"(?P<low>{lexicon.alternation(cues.SUPERLATIVES_LOW)}))\b[^:;.?]*[:?]\s*$", screened=True)  # ("top #0# markets": a count)
# (or a question the list answers: "Which parks drew the most visitors?")
# a word of change in such a heading: it ranks changes ("Which ports grew the fastest?", "Biggest rises in sales:")
_CHANGE_IN_A_HEADING = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CHANGE_NOUNS + lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)}"
                                       r"|[a-z]+-(?:growing|rising|falling|improving))\b")
# an item of such a list, one a line: the figure first ("371,212 - round 15, 2013"), or a short
# label before it ("- Kenya: 412,000", "2. Kenya 412,000")
# (the figure may stand in brackets after its label: "2. Grand Canyon National Park (5.5 million)")
_LIST_ITEM = lazy_re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])?\s*(?:[^#\n]{1,40}?[:\s–—-]\s*\(?)?#0#")
_ITEM_NUMBER = lazy_re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s*$")
_BULLET = lazy_re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s")
_NUMBERED_ITEM = lazy_re.compile(r"^\s*(?:[^#\n]{1,200}?[:\s–—-]\s*\(?)?#0#")  # after its "2." split off
_MIN_RANKED = 3
_RANKABLE = (Role.LEVEL, Role.SHARE, Role.RATIO)  # levels, rates and ratios; not changes
_MOST_RANKED = 100


# "solar farms out-generated wind turbines in May, by 3.12 TWh to 2.84 TWh", "Electric cars outsold petrol
# models, with 96,412 registrations to petrol's 2,918": a verb of outdoing, then the score "A to B"
_OUTDOING = lazy_re.compile(r"\b(?:out-?[a-z]{3,}(?:ed|d)|outsold|outnumbered|outran|outgrew|outshone|beat|topped|overtook|"
                            r"surpassed|exceeded|outstripped|outpaced|led)\b(?!\s+by\b)")
_SCORE_TO = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}(?:to|against|versus|vs\.?)\s+(?:[a-z'’-]+\s+){0,2}$")
# "Spain ($2.6 billion) has now overtaken France ($2.3 billion)", "Spain, with $2.6 billion, overtook France, with $2.3
# billion", "Spain's $2.6 billion overtook France's $2.3 billion": a verb of outdoing between two named items, each with
# its figure beside its name, in brackets, after "with"/"at"/"on" or after the name's possessive (the verbs of trailing, "Rail (41%) trailed road (52%)", the comparison check reads)
# (the first figure's noun may stand after it, before the comma: "Kenya, with 41,200 arrivals, overtook Uganda at 38,900")
# (the verb in any tense that states the outcome: "has overtaken", the progressive "are outselling" (a participle, so
# never the passive "was outsold by"), and "continue to outsell"; not a forecast, "is expected to overtake")
_OUTDID_WORDS = r"^(?:\s*[a-z%]+\b){0,3}?\s*\)?\s*,?\s*(?:has\s+|have\s+|had\s+|" \
    r"(?:is|are|was|were)\s+(?=[a-z]+ing\s)|(?:continue|continues|continued)\s+to\s+)?" \
    rf"(?:(?:{lexicon.alternation(lexicon.OUTDOING_ADVERBS)})\s+)?" \
    rf"(?:{lexicon.alternation(cues.OVERTAKING + lexicon.EXCEED_VERBS + lexicon.OUTDOING_VERBS)})\s+(?!by\s)(?:the\s+)?" \
    r"(?:(?:those|that)\s+of\s+(?:the\s+)?(?:[a-z'’.&-]+\s+){0,4}?|(?:[a-z'’.&-]+\s+){0,3}?)"
# (the second item's figure "at" it with or without a comma: "Northern farms, at 2.8 tonnes a hectare, outperformed
# southern ones at 3.4 tonnes")
_OUTDID_NAMED = lazy_re.compile(rf"{_OUTDID_WORDS}(?:[a-z.&-]+\s*(?:\(\s*|,?\s*(?:with|at|on)\s+)|[a-z.&-]+['’]s?\s+)$")
# between an item's figure and the next, a preposition of scope: "(111 in 46 matches)", "(2,400 from 31 schools)"
_SCOPE_OF_THE_FIGURE_BEFORE = lazy_re.compile(r"^\s*(?:in|from|across|over|out\s+of)\s+$")
# ... or the second item's figure set off by a bare comma when it closes the clause: "Registered contributors, 8.57
# million, outnumbered active accounts, 8.46 million."
_OUTDID_APPOSED = lazy_re.compile(rf"{_OUTDID_WORDS}[a-z.&-]+\s*,\s*$")
_CLAUSE_CLOSES = lazy_re.compile(rf"^\s*(?:[.;)]|$|,\s*(?:{lexicon.alternation(('and', 'while', 'but', 'whereas', 'against'))})\b)")
# ... or a clause after the first item's figure, then a participle of outdoing and the second item with its figure:
# "Brazil, at 104.1 GW in 2018, has now become the second largest producer, overtaking the United States at 102.7 GW";
# or the first figure fronted: "At 104.1 GW, Brazil overtook the United States, at 102.7 GW"
_OUTDOING_AFTER_A_CLAUSE = lazy_re.compile(
    rf"^[^#;.]{{0,120}}?,\s*(?:{lexicon.alternation(cues.EXCEEDING)})\s+"
    r"(?:the\s+)?(?:[a-z'’.&-]+\s+){0,3}?[a-z.&-]+\s*(?:\(\s*|,?\s*(?:with|at|on)\s+)$"
    rf"|^\s*,\s*(?:[a-z'’.&-]+\s+){{1,3}}?(?:has\s+|have\s+)?(?:now\s+|also\s+)?"
    rf"(?:{lexicon.alternation(cues.OVERTAKING + lexicon.OUTDOING_VERBS)})\s+(?!by\s)"  # (not the passive "overtaken by")
    r"(?:the\s+)?(?:[a-z'’.&-]+\s+){0,3}?[a-z.&-]+\s*(?:\(\s*|,\s*(?:with|at|on)\s+)$")
# ... or a record named by its noun, the figure after it, that a verb of beating after the clause's own figure breaks:
# "227,000 visitors came, beating last year's record of 215,000", "rose to 4.1 million, breaking the 2019 high of 3.9
# million" (not a verb in the passive, "was beaten by", nor another clause: the words between are the clause's own)
_RECORD_BEATEN_AFTER_A_CLAUSE = lazy_re.compile(
    rf"^[^#;.]{{0,120}}?(?:,\s*|\s+(?:and\s+)?)(?:{lexicon.alternation(lexicon.RECORD_BEATING)})\s+(?!by\s)"
    rf"(?:the\s+|its\s+|their\s+)?(?:(?:[a-z'’-]+|(?:19|20)\d\d(?:[-/–]\d\d)?)\s+){{0,3}}?(?:{lexicon.alternation(lexicon.RECORD_NOUNS)})"
    r"\s*(?:of|at|,|\()\s*(?:(?:some|about|around|nearly|almost|just)\s+)?$")
# "At 9.4 million tonnes, Egypt's imports were second only to Indonesia's 11.2 million tonnes"
# ... or "were the second largest after those to the US ($3.6 billion)": a place after the item whose figure follows
# (the item after it named, its figure after the name: not "the second to last", a place from the bottom, nor the
# ordinal of a list, "the first put to 100,855 households and the second to 100,794")
_SECOND_ONLY_TO = lazy_re.compile(rf"^[^#;.]{{0,60}}(?<!\bthe\s)\b(?:{lexicon.alternation(lexicon.SECOND_TO)})\s+(?!(?:last|none)\b)"
                                  r"(?:[a-z'’-]+\s+){1,3}$"
                                  rf"|^[^#;.]{{0,40}}\bthe\s+(?:{_ORDINAL})[\s-]+(?:{_HIGH})\b[^#;.]{{0,30}}?\bafter\s+"
                                  r"(?:[a-z'’-]+\s+){0,4}?(?:[a-z'’-]+\s*)?\(\s*$")


# "was higher than on roads, at", "trailed doctors, with": a comparison whose score follows ("A against B"), not one
# with a forecast ("higher than expected, at 2.9% against 3.4% a year earlier")
_SCORE_SIDE = lazy_re.compile(rf"\b(?:(?P<larger>{lexicon.alternation(lexicon.SCORE_LARGER)})|"
                              rf"(?P<smaller>{lexicon.alternation(lexicon.SCORE_SMALLER)}))\b"
                              rf"(?![^#]*\b(?:{lexicon.alternation(lexicon.EXPECTED_BY_OTHERS + lexicon.PLAN_NOUNS)})\b)"
                              r"[^#]*,\s*(?:at|with|on)\s+(?:(?:some|about|nearly|around|almost|just)\s+)?$")

# ... or in brackets after the comparison, closed after the second figure: "Women there smoke slightly more than men
# (52.6% to 51.7%)" (a word must name what the subject is compared with, and it may not be a forecast or a plan:
# "higher than expected (6.4% against 5.9%)")
_BRACKETED_SCORE_SIDE = lazy_re.compile(
    rf"\b(?:(?:(?P<larger>{lexicon.alternation(lexicon.BRACKETED_SCORE_LARGER)})|"
    rf"(?P<smaller>{lexicon.alternation(lexicon.BRACKETED_SCORE_SMALLER)}))(?:\s+[a-z'’-]+){{0,4}}?\s+than"
    rf"|(?P<ahead>{lexicon.alternation(lexicon.BRACKETED_SCORE_AHEAD)})|(?P<behind>{lexicon.alternation(lexicon.BRACKETED_SCORE_BEHIND)}))"
    rf"(?![^#]*\b(?:{lexicon.alternation(lexicon.EXPECTED_BY_OTHERS + lexicon.PLAN_NOUNS)})\b)"
    r"\s+(?=[^#()]*[a-z])[^#()]*\(\s*$")
_SCORE_BRACKET_CLOSES = lazy_re.compile(r"^[a-z'’\s-]{0,30}\)")


def _score_side(seg: Segment, k: int) -> str | None:
    """Figures k and k + 1 as the score of a comparison before them: "larger" when the comparison calls figure k
    the larger, "smaller" when it calls it the smaller, None when no comparison stands before them."""
    clause = _clause_before(seg, k)
    side = _SCORE_SIDE.search(clause)
    if side is not None:
        return "larger" if side.group("larger") else "smaller"
    side = _BRACKETED_SCORE_SIDE.search(clause) if _SCORE_BRACKET_CLOSES.match(seg.after(k + 1, 40)) else None
    if side is not None:
        return "larger" if side.group("larger") or side.group("ahead") else "smaller"
    return None


# "32 628 exceeded the grants to US firms (14 605) and Asian firms (15 509) taken together"
_ABOVE_A_SUM = lazy_re.compile(rf"#(?P<a>\d+)#[^#;.]{{0,40}}?\b(?:{lexicon.alternation(lexicon.EXCEED_VERBS)}|(?:more|larger|"
                               r"greater|bigger|higher)\s+than)\b[^#;.]{0,60}?#(?P<b>\d+)#[^#;.]{0,60}?\band\b[^#;.]{0,60}?"
                               r"#(?P<c>\d+)#[^#;.]{0,20}?\b(?:taken\s+together|put\s+together|combined)\b", screened=True)


def _above_a_sum(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """One level said to exceed two others taken together: it is at least their sum."""
    out = []
    for m in _ABOVE_A_SUM.finditer(seg.skeleton):
        a, b, c = (seg.figures[int(m.group(g))] for g in ("a", "b", "c"))
        if all(frames[f.id].is_level and written_in_digits(f) and frames[f.id].modality == "stated" and same_unit(f, a)
               for f in (a, b, c)):
            out.append(OrderLink(a, b, "a level said to exceed two others taken together", together=(c,)))
    return out


# "Shipments to Spain overtook those to France: Spain took $2.6 billion of goods and France $2.3 billion", "Gas overtook
# coal as the main fuel: gas generated 41% of power, coal 36%": a clause of no figure says one item outdid another,
# then after a colon each item is named again before its own figure. A sentence end serves as the colon: "Lisbon
# narrowly beat Porto for cruise passengers last year. Lisbon handled 712,400 of them; Porto, 698,100". A verb of
# trailing says it the other way round: "Rail trailed road in freight: rail carried 41.3 million tonnes, road 52.8".
_OUTDID = lazy_re.compile(rf"\b(?:(?P<outdid>{lexicon.alternation(cues.OVERTAKING + lexicon.EXCEED_VERBS + lexicon.OUTDOING_VERBS)})"
                          rf"|(?P<trailed>{lexicon.alternation(lexicon.TRAIL_VERBS)}))\b")
# the claim is not a stated outcome when its verb is passive ("Porto was overtaken by Lisbon": the order is the other
# way round, and "was beaten" may not name the winner), a forecast or a wish ("is expected to overtake", "could outsell")
_NOT_AN_OUTCOME_BEFORE = lazy_re.compile(r"\b(?:was|were|is|are|be|been|being|to|will|would|could|may|might|can|should|"
                                         r"shall|must)\s+(?:[a-z]+ly\s+)?$")
_AGENT_AFTER = lazy_re.compile(r"^\s+by\b")
_ITEM_NAMING = lazy_re.compile(r"[a-z][a-z'’-]{2,}")
_POSSESSIVE = lazy_re.compile(r"['’]s?$")
_NOT_AN_ITEM_WORD = frozenset(("the", "those", "that", "these", "this", "its", "their", "has", "have", "had", "was", "were",
                               "and", "for", "from", "with", "now", "also", "first", "time", "main", "largest", "biggest",
                               "top", "leading", "source", "market", "place", "spot", "position", "last", "year", "month"))


def _item_words(words: str) -> frozenset[str]:
    """The words that may name an item, a possessive's ending dropped ("Lisbon's terminal": lisbon, terminal)."""
    named = (_POSSESSIVE.sub("", w) for w in _ITEM_NAMING.findall(words))
    return frozenset(w for w in named if len(w) > 2 and w not in _NOT_AN_ITEM_WORD)


def outdone_before_a_colon(seg: Segment, frames: dict[str, Frame], previous: Segment | None = None) -> list[OrderLink]:
    """The item said to outdo another in the clause before a colon (or in the sentence of no figure before, in the
    same paragraph) has the larger of the two figures the colon's clause (or the sentence) gives, each after a word
    naming its item (a word of the subject, or of the object, and not of the other)."""
    if len(seg.figures) != 2:
        return []
    colon = seg.skeleton.find(":")
    if 0 <= colon < seg.slots[0][0]:
        claim, score_from = seg.skeleton[:colon], colon + 1
    elif previous is not None and not previous.figures and previous.paragraph == seg.paragraph and not seg.is_table_row \
            and not previous.is_table_row:
        claim, score_from = previous.skeleton, 0
    else:
        return []
    verb = _OUTDID.search(claim)
    a, b = seg.figures
    if verb is None or not (frames[a.id].role is frames[b.id].role and frames[a.id].role in _RANKABLE and same_unit(a, b)
                            and a.unit == b.unit and written_in_digits(a) and written_in_digits(b) and not a.qualifier
                            and not b.qualifier and frames[a.id].modality == frames[b.id].modality == "stated"):
        return []
    if _NOT_AN_OUTCOME_BEFORE.search(claim, 0, verb.start()) or _AGENT_AFTER.match(claim[verb.end():]):
        return []
    subject, object_ = _item_words(claim[:verb.start()]), _item_words(claim[verb.end():])
    winner, loser = (subject, object_) if verb.group("outdid") else (object_, subject)
    # (a word both sides share names neither: "Electric cars outsold diesel cars", "Rail carried ..., road carried ...")
    winner, loser = winner - loser, loser - winner
    first, second = _item_words(seg.skeleton[score_from:seg.slots[0][0]]), _item_words(seg.between(0, 1))
    first, second = first - second, second - first
    if not winner or not loser:
        return []
    grammar = "an item said to outdo another, then each one's figure after a colon" if score_from else \
        "an item said to outdo another in a sentence of no figure, then each one's figure in the next"
    if first & winner and not first & loser and second & loser and not second & winner:
        return [OrderLink(a, b, grammar)]
    if first & loser and not first & winner and second & winner and not second & loser:
        return [OrderLink(b, a, grammar)]
    return []


def _beaten(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    out = []
    # (a level said to exceed two others "taken together" is read as above their sum, not above the first alone)
    summed = {int(m.group("a")) for m in _ABOVE_A_SUM.finditer(seg.skeleton)}
    for k in range(len(seg.figures) - 1):
        a, b = seg.figures[k], seg.figures[k + 1]
        if _placeable(frames[a.id]) and frames[b.id].role is frames[a.id].role and same_unit(a, b) and a.unit == b.unit \
                and written_in_digits(a) and written_in_digits(b) and not a.qualifier and not b.qualifier \
                and frames[a.id].modality == frames[b.id].modality == "stated" and _SCORE_TO.match(seg.between(k, k + 1)):
            side = _score_side(seg, k)
            if side is not None:
                out.append(OrderLink(a, b, "a comparison, then its score 'A against B'") if side == "larger" else
                           OrderLink(b, a, "a comparison, then its score 'A against B'"))
                continue
        if not (frames[a.id].is_level and frames[b.id].is_level and same_unit(a, b) and a.unit == b.unit
                and written_in_digits(a) and written_in_digits(b)):
            continue
        named = _OUTDID_NAMED.match(seg.between(k, k + 1)) \
            or (_OUTDID_APPOSED.match(seg.between(k, k + 1)) and _CLAUSE_CLOSES.match(seg.after(k + 1, 30))) or (
            _OUTDOING_AFTER_A_CLAUSE.match(seg.between(k, k + 1))
            # (the first figure fronted by "At" opens the sentence or a clause: it is the subject's)
            if not seg.between(k, k + 1).lstrip().startswith(",") or _AT_OPENS.search(seg.before(k, 20)) else None)
        if named and k > 0 and _SCOPE_OF_THE_FIGURE_BEFORE.match(seg.between(k - 1, k)):
            # "(111 in 46 matches), narrowly edging out Derby (109 in 46)": the figure before the verb is the scope
            # of the item's own figure before it, which is the one outdone
            a = seg.figures[k - 1]
            if not (frames[a.id].is_level and same_unit(a, b) and a.unit == b.unit and written_in_digits(a)):
                continue
        if named and k not in summed and frames[a.id].modality == frames[b.id].modality == "stated" and not a.qualifier and not b.qualifier:
            out.append(OrderLink(a, b, "a verb of outdoing between two named items, each with its figure"))

        elif _SCORE_TO.match(seg.between(k, k + 1)) and _OUTDOING.search(_clause_before(seg, k)):
            out.append(OrderLink(a, b, "a verb of outdoing, then the score 'A to B'"))
        elif _SCORE_TO.match(seg.between(k, k + 1)) and (outdone := _outdone_before_the_colon(seg, k)) is not None:
            out.append(OrderLink(a, b, "a verb of outdoing, then after a colon the score 'A against B'",
                                 certain=outdone in _WORD.findall(seg.between(k, k + 1))))
        elif _SECOND_ONLY_TO.match(seg.between(k, k + 1)):
            out.append(OrderLink(b, a, "'second only to' (or 'the second largest after') the figure after it"))
    return out


# "The highest rate came in 2014 - 3.1", "the lowest number was recorded in March 2020, at 212": the superlative's noun
# (up to four words), the verb placing it at a time, the time, then the words handing its figure over
_EXTREME_AT_A_TIME = lazy_re.compile(
    rf"\bthe\s+(?:(?P<high>{lexicon.alternation(lexicon.EXTREMES_HIGH)}|most)|(?P<low>{lexicon.alternation(lexicon.EXTREMES_LOW)}|fewest))"
    rf"\s+(?P<noun>(?:[a-z-]+\s+){{0,3}}?[a-z-]+)\s+(?:{lexicon.alternation(lexicon.EXTREME_AT_A_TIME_VERBS)})\s+in\s+"
    r"(?:[a-z]+\s+)?(?P<year>(?:19|20)\d\d)(?:[-/–]\d\d)?\s*(?:,\s*(?:at|with)\s+|\s+at\s+|\s*[-–—:]\s*|\s*\(\s*)$")
_EXTREME_TIME_REACH = 3  # sentences either side where the same measure's levels of other times are looked for


def extremes_at_a_time(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """The extreme of a series placed at a time, against the same measure's levels of other times said near it: "In
    2017 the divorce rate was 3.3 per 1,000. The highest rate came in 2014 - 3.1" (3.1 at least 3.3: an error). The
    other level is of the extreme's unit and role, given for another year, its clause naming the superlative's head
    noun (a rate noun is matched by a rate); an error only in one paragraph, otherwise likely."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            m = _EXTREME_AT_A_TIME.search(_SLOT.split(seg.before(k, 160))[-1])
            frame = frames[f.id]
            if m is None or f.qualifier or not written_in_digits(f) or frame.modality != "stated" \
                    or frame.role not in _RANKABLE:
                continue
            noun = lexicon.fold(m.group("noun").split()[-1])
            rate = noun in _RATE_HEADS
            for other in segments[max(0, seg.index - _EXTREME_TIME_REACH):seg.index + _EXTREME_TIME_REACH + 1]:
                if other.is_table_row:
                    continue
                for j, g in enumerate(other.figures):
                    if g is f or not (same_unit(f, g) and f.unit == g.unit or rate and _rate_and_its_bare_level(f, g, frames)) \
                            or not written_in_digits(g) or g.qualifier \
                            or frames[g.id].modality != "stated" or not g.period or m.group("year") in g.period \
                            or frames[g.id].role is Role.PER_BASE or (frames[g.id].role is not frame.role and not rate) \
                            or frames[g.id].group != frame.group:
                        continue
                    named = noun in lexicon.folded_words(_SLOT.sub(" ", other.before(j, 80)))
                    if not named and not (rate and frames[g.id].role in (Role.RATIO, Role.SHARE)):
                        continue
                    certain = named and other.paragraph == seg.paragraph
                    grammar = "the extreme of a series placed at a time, against its level of another time"
                    out.append(OrderLink(f, g, grammar, certain) if m.group("high") else OrderLink(g, f, grammar, certain))
    return out


_RATE_HEADS = frozenset(lexicon.fold(w) for w in cues.RATE_NOUNS)


def _rate_and_its_bare_level(f: Figure, g: Figure, frames: dict[str, Frame]) -> bool:
    """A rate per a base and the same rate's level written bare ("3.3 per 1,000" ... "in 2014 - 3.1")."""
    return any(frames[x.id].role is Role.RATIO and not y.unit and y.kind is Kind.NUMBER and frames[y.id].role is Role.LEVEL
               for x, y in ((f, g), (g, f)))


def _records_beaten(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """A record named by its noun, its figure after it, broken by the clause's own figure before the verb of beating:
    "227,000 people came to the zoo on the three Eid days, beating last year's record of 215,000" (the clause's figure
    the last one before of the record's unit written in digits: a number word or a duration between is no term)."""
    out = []
    for j in range(1, len(seg.figures)):
        record = seg.figures[j]
        if not frames[record.id].is_level or record.qualifier or not written_in_digits(record) \
                or frames[record.id].modality != "stated":
            continue
        own = next((i for i in range(j - 1, -1, -1) if written_in_digits(seg.figures[i])
                    and same_unit(seg.figures[i], record) and seg.figures[i].unit == record.unit), None)
        if own is None:
            continue
        a = seg.figures[own]
        if not frames[a.id].is_level or a.qualifier or frames[a.id].modality != "stated" \
                or not _RECORD_BEATEN_AFTER_A_CLAUSE.match(_SLOT.sub("n", seg.between(own, j))):
            continue
        out.append(OrderLink(a, record, "a record named by its noun, beaten by the clause's own figure"))
    return out


@dataclass(frozen=True)
class OrderLink:
    """`larger` is said to be at least `smaller`. `certain` is False when the words only suggest
    the order (the items after "ahead of" are usually, not always, listed largest first): a
    failing order is then undetermined, not an error."""
    larger: Figure
    smaller: Figure
    grammar: str
    certain: bool = True
    # more figures the larger is at least together with `smaller`: "exceeded B and C taken together"
    together: tuple[Figure, ...] = ()
    # the order is of sizes, whatever the signs: "a steeper decline (-10.5%) than in 2014 (-8.2%)"
    sizes: bool = False


def _clause_before(seg: Segment, k: int) -> str:
    """The words of the figure's clause before it, after the figure before it: "the largest" said of
    the first figure of "the largest buyer, taking 412,000, followed by India with 455,000" is not
    said of the second."""
    before = seg.before(k, 120)
    return _SLOT.split(_CLAUSE_BREAK.split(before)[-1])[-1]


_SLOT = lazy_re.compile(r"#\d+#")
# a clause of outdoing before a colon: "Vietnam edged past Thailand as the world's second-largest rice exporter last
# year: it shipped ..." (the loser is the verb's object, the first name after it)
_OUTDONE_BEFORE_COLON = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(cues.OVERTAKING + lexicon.OUTDOING_VERBS)})\s+(?:the\s+)?(?P<loser>[a-z][a-z.&-]*)"
    r"[^#;:.]{0,100}:[^#;:.]{0,60}$")


def _outdone_before_the_colon(seg: Segment, k: int) -> str | None:
    """The item outdone by a clause that ends in a colon, the figure's clause right after it and the first of the
    sentence ("... edged past Thailand as the second-largest exporter: it shipped 8.12 million against Thailand's
    7.94 million"): the colon's clause gives the score of the outdoing. None when no such clause stands before."""
    m = _OUTDONE_BEFORE_COLON.search(seg.before(k, 220))
    return m.group("loser") if m is not None else None


_AT_OPENS = lazy_re.compile(r"(?:^|[.;:]\s+|,\s+)at\s+$")


# the measure a superlative ranks by, named after its noun: "the largest lender by assets", "the top market by value"
_BY_BASIS = lazy_re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?by\s+(?:the\s+)?(?:(?:number|value|volume|amount|size|total)\s+of\s+)?"
                            r"(?:[a-z]+\s+)?(?P<basis>[a-z]{3,})\b")
_WORD = lazy_re.compile(r"[a-z]+")
_ANY_BASIS = frozenset(("value", "volume", "size", "number", "amount", "far", "total", "turnover", "output"))
# a ranking by how much of a thing, not by its worth; and by its worth, not by how much ("sales" may count units)
_QUANTITY_BASES = frozenset(("volume", "weight", "tonnage", "quantity"))
_WORTH_BASES = frozenset(w for w in lexicon.VALUE_NOUNS if w != "sales")
# a ranking by value in money, "by revenue", "by sales", "by earnings" (the nouns and their plurals)
_MONEY_BASES = frozenset(lexicon.VALUE_NOUNS + tuple(w + "s" for w in lexicon.VALUE_NOUNS if not w.endswith("s")))


def _other_basis(after_place: str, after_figure: str, figure: Figure) -> bool:
    """A superlative said to rank by a measure the figure is not of: "Northbank, the largest lender by assets,
    reported 2.1 million customers" (a place by assets is no place among counts of customers). The figure is of the
    measure when a word after it shares the stem of the measure named (the first five letters), or its own words name
    a unit of that measure ("the largest crop by area, at 2.1 million hectares")."""
    b = _BY_BASIS.match(after_place)
    if b is not None and (b.group("basis") in _QUANTITY_BASES and figure.kind is Kind.MONEY
                          or b.group("basis") in _WORTH_BASES and figure.kind in (Kind.COUNT, Kind.PHYSICAL)):
        return True  # "By volume, Norway is the largest exporter. It earned $9.1 billion": a place by volume ranks no money
    if b is None or b.group("basis") in _ANY_BASIS:
        return False
    if figure.kind is Kind.MONEY and b.group("basis") in _MONEY_BASES:
        return False  # "the No.1 spot by revenue, with 25.57 billion yuan": an amount of money is a value
    stem = b.group("basis")[:5]
    own = _WORD.findall(figure.text.lower())
    units = lexicon.BASIS_UNITS.get(b.group("basis"), ())
    if any(w.startswith(u) for w in own for u in units):
        return False
    return not any(w.startswith(stem) for w in _WORD.findall(after_figure.split(".")[0]))


# a change's own noun after it: "with a 5.2% rise", "a 12% drop", "3.1 million new subscriptions gained"
_CHANGE_NOUN_AFTER_FIGURE = lazy_re.compile(rf"^\s*(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})s?\b")
# ... or named before it: "Vietnam was second with a rise of 188.7 per cent"
_CHANGE_NOUN_BEFORE_FIGURE = lazy_re.compile(rf"\b(?:with|at|on)\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})"
                                             r"\s+of\s+$")


# a place among changes, the noun of change after the superlative: "the biggest gain of the month, at", "the second
# fastest growth (", "rose 4.1%, the largest rise of any group", "the sharpest decline, with cases down"
_CHANGE_SUPERLATIVE = (rf"\bthe\s+(?:(?P<ord>{_ORDINAL})[\s-]+)?(?:{lexicon.alternation(lexicon.CHANGE_SUPERLATIVES)})\s+"
                       rf"(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)}|pace|growth\s+rate)s?\b"
                       r"(?![^#;]{0,40}\b(?:since|on\s+record|ever|in\s+(?:#\d+#|[a-z]+)\s+(?:years|months|decades|quarters))\b)")
# "sales would rise in every city, the highest (": the superlative's noun left out after a verb of change
_ELLIPTIC_CHANGE_PLACE = (rf"\b(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\b[^#;]{{0,50}},\s*"
                          rf"the\s+(?:(?P<ord2>{_ORDINAL})[\s-]+)?(?:{lexicon.alternation(lexicon.CHANGE_SUPERLATIVES)})\s*(?:\(|at|with|of|,)?\s*$")
# (not against its own past: "rose the most in a decade", "the fastest since 2010")
_NOT_ITS_PAST = r"(?!\s+(?:in\s+(?:a|an|[a-z]+|#\d+#)\s+(?:years?|decades?|months?|quarters?)|since|ever|on\s+record)\b)"
# a verb of change and a superlative adverb, its figure right after: "Mobile uploads grew fastest, by 38.9 per cent",
# "prices rose the most in Oslo (+6.2%)" (not "rose most of the year")
_VERB_THEN_SUPERLATIVE = (rf"\b(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\s+(?:the\s+)?"
                          rf"(?:most|fastest|quickest|strongest|sharpest|steepest)(?!\s+of\b){_NOT_ITS_PAST}(?:\s+(?:in|among)\s+[a-z'’ -]{{1,30}}?)?"
                          r"\s*(?:,\s*)?(?:by|at|with|\()?\s*$")
_CHANGE_PLACE_BEFORE = lazy_re.compile(rf"(?:{_CHANGE_SUPERLATIVE}[^#;]{{0,60}}|{_ELLIPTIC_CHANGE_PLACE}|{_VERB_THEN_SUPERLATIVE})$", screened=True)
_CHANGE_PLACE_AFTER = lazy_re.compile(r"^[^#;,]{0,30},\s*" + _CHANGE_SUPERLATIVE)


def _place_of_change(seg: Segment, k: int, clause_before: str) -> int:
    """The place among changes the figure's clause gives it, 0 if none."""
    m = _CHANGE_PLACE_BEFORE.search(clause_before) or _CHANGE_PLACE_AFTER.match(seg.after(k, 90))
    if m is None or _EARLIER.search(seg.after(k, 40).split("#")[0]):
        return 0  # (", at 9.1% a year earlier": another time's change)
    ordinal = m.groupdict().get("ord") or m.groupdict().get("ord2")
    return _PLACES[ordinal] if ordinal else 1


_DEATH_WORDS = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.DEATH_WORDS)})")


def _of_its_measure(superlative: str | None, seg: Segment, k: int) -> bool:
    """A superlative that names its measure ranks only a figure of it: "the deadliest route, with 1,210 deaths" (not
    "with 12,000 crossings"), "the costliest storm, at $4.1 billion" (an amount of money)."""
    measure = lexicon.SUPERLATIVES_OF_A_MEASURE.get(" ".join((superlative or "").split()))
    if measure is None:
        return True
    if measure == "money":
        return seg.figures[k].kind is Kind.MONEY
    return bool(_DEATH_WORDS.search(seg.after(k, 30).split(".")[0]) or _DEATH_WORDS.search(seg.figures[k].text.lower()))


_SLOT_NEXT = lazy_re.compile(r"\s*#\d+#")


def _one_place_said(words: str) -> bool:
    """Whether the words say one place, not of the figure right after it: several places are of several subjects
    ("Russia moved up to third place and the US slipped from third to fourth"), and "the top ten weeks" is a
    span of the top of something."""
    spans = sorted(m.span() for pattern in (_PLACE, _VERB_PLACE, _SAID_PLACE) for m in pattern.finditer(words))
    if not spans:
        return False
    end = spans[0][1]
    for start, stop in spans[1:]:
        if start >= end:
            return False  # a second place, apart from the first
        end = max(end, stop)
    return not _SLOT_NEXT.match(words, end) and not any(_SLOT_NEXT.match(words, stop) for _, stop in spans)


def _clause_past_asides(seg: Segment, k: int, frames: dict[str, Frame]) -> str:
    """The words of the figure's clause before it, past the figures of other kinds it holds (a span of time, the
    item's change), back to the last figure a place could be said of."""
    words = _CLAUSE_BREAK.split(seg.before(k, 160))[-1]
    for slot in list(_SLOT.finditer(words))[::-1]:
        if frames[seg.figures[int(slot.group()[1:-1])].id].role not in (*_CHANGES, Role.DURATION):
            return words[slot.end():]
    return words


# a place said after the figure, in an appositive ("exported 412,000 tonnes, the largest volume of any country", "1.1
# million tonnes was the smallest of the three") or, the
# figure fronted, in the clause it opens ("With 9,400 students, Riverside is the largest campus").
# The few words before the comma or verb are each taken whole ("++", possessive): a word cut short is followed by
# a letter, which neither a space nor a comma is, so the matches are the same, but a text that does not match is
# not tried again with its words cut up every possible way (which made these three a tenth of all regex time)
_PLACE_APPOSED = lazy_re.compile(r"^(?:\s*[a-z'’.-]++){0,3}?\s*(?:,|\s(?:is|was|are|were))\s*"
                                 r"(?:(?:by\s+far|easily|comfortably)\s+)?(?=the\s)")
_PLACE_AFTER_FRONTED = lazy_re.compile(r"^(?:\s*[a-z'’.-]++){0,4}?\s*,\s*(?:the\s+)?(?:[a-z'’.-]+\s+){1,3}?"
                                       r"(?:is|was|are|were|remains|remained)\s+(?:(?:by\s+far|easily|comfortably|still)\s+)?(?=the\s)")
# a relative clause after the figure that gives its subject a place: ", which put the Corsa in third place", ", which left
# the county tied with Kent in fifth place among ...", ", which made it the second most-watched show"
_PLACE_RELATIVE = lazy_re.compile(rf"^(?:\s*[a-z0-9'’.-]++){{0,6}}?\s*,\s*which\s+(?:{lexicon.alternation(lexicon.PLACING_VERBS)})\s+"
                                  rf"(?:(?:it|them)\s+(?=the\s)|(?:[a-z'’.-]+\s+){{1,10}}?(?:in|into|at)\s+(?:the\s+)?"
                                  rf"(?=(?:{_ORDINAL})\s+(?:place|position|spot)\b))", screened=True)
# (after an opening adverbial: "Even so, with 3.2 million visa applications lodged there, Russia remained the top source")
_FRONTED = lazy_re.compile(r"^\W*(?:[a-z]+(?:\s+[a-z]+)?\s*,\s*)?(?:with|at)\s+$", screened=True)
# the figure in an apposition between the subject and its verb of place: "Brazil, at 104.1 GW in 2018, has now become the
# second largest producer", "Maharashtra, with 8.9 million tonnes, remained the second largest producer"
_SUBJECT_APPOSED = lazy_re.compile(r"[a-z]\s*,\s*(?:at|with)\s+$", screened=True)
_PLACE_AFTER_SUBJECT_APPOSITION = lazy_re.compile(r"^(?:\s*[a-z0-9'’.-]++){0,3}?\s*,\s*(?:now\s+)?(?:(?:has|have|had)\s+"
                                                  r"(?:now\s+)?become|became|becomes|remained|remains|stayed|stays|is|was|"
                                                  r"are|were)\s+(?:still\s+|again\s+|now\s+)?(?=the\s)")
# the item a place outdid, its figure after the place: "has become the second largest producer, overtaking the United
# States at 102.7 GW", "the biggest market, ahead of Germany at 1.18 million" (the place is the subject's)
_OUTDONE_AFTER_PLACE = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.OVERTAKING + lexicon.EXCEED_VERBS + lexicon.OUTDOING_VERBS + lexicon.PLACED_AHEAD)})\b")
_CAME_LAST = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CAME_LAST)})\b"
                             r"(?!\s+(?:year|month|week|time|season|quarter|night|summer|winter|spring|autumn)\b)", screened=True)
# the bottom's figure after its verb: "..., with only 7.1%", "on 12 points", "at 3.4%" (not the field, "of the 12")
# or right after the place, "came last with a literacy rate of 38.4 per cent", "finished bottom with just 0.9 million",
# "finished bottom of the table on 38"
_BOTTOM_FIGURE = lazy_re.compile(rf"(?:^|,|\b(?:last|bottom)(?:\s+of\s+the\s+(?:{lexicon.alternation(lexicon.LIST_NOUNS)}))?)\s*(?:with|at|on)\s+(?:only\s+|just\s+|a\s+mere\s+)?{_MEASURE_NAMED_BEFORE}$")
_APPOSITION_END = lazy_re.compile(r"[,;:(#]|\.\s|\.$")


def _place_after(seg: Segment, k: int, clause_before: str) -> tuple[int, int]:
    """(the place, +1 for the top of the order or -1 for its bottom) said after the figure, (0, 0) if none; not a
    place against its own past ("the highest since 2010", "the largest in a decade")."""
    after = seg.after(k, 120)
    lead = _PLACE_APPOSED.match(after) or (_PLACE_AFTER_FRONTED.match(after) if _FRONTED.match(clause_before) else None) \
        or _PLACE_RELATIVE.match(after) \
        or (_PLACE_AFTER_SUBJECT_APPOSITION.match(after) if _SUBJECT_APPOSED.search(clause_before) else None)
    if lead is None:
        return 0, 0
    rest = _APPOSITION_END.split(after[lead.end():])[0]
    if _AGAINST_ITS_PAST.match(rest):
        return 0, 0
    m = _PLACE.match(rest)
    if m is not None:
        if _other_basis(rest[m.end():], rest[m.end():], seg.figures[k]) or not _of_its_measure(m.group("sup"), seg, k):
            return 0, 0
        if m.group("most") or m.group("most2") or m.group("most3"):
            return 1, 1
        word = m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4") or m.group("sup")
        return (_PLACES[" ".join(word.split())], 1) if word else (0, 0)
    low = _LOWEST_FIRST.match(rest)
    return (1, -1) if low is not None else (0, 0)


_AFTER_ENDS = lazy_re.compile(r"[,;:]")
_LOWEST_FIRST = lazy_re.compile(rf"the\s+(?:{lexicon.alternation(lexicon.EXTREMES_LOW)})\b")


# the figure's partitive "of" right before the place words: "Kisii had 51 of the top students", "3 of the largest
# lenders": the place describes the set the figure counts members of, not the figure
_PARTITIVE_OF_A_RANKED_SET = lazy_re.compile(r"\s*of\s*$")


def _of_a_ranked_set(seg: Segment, k: int, clause_before: str, words: str, place_start: int) -> bool:
    """Whether the place words found for a figure stand in a figure's partitive "of": its own ("had 51 of the top
    students") or the one before it ("Kisii had 51 of the top students while Nyamira had 30")."""
    if place_start > len(clause_before):
        return bool(_PARTITIVE_OF_A_RANKED_SET.match(words, len(clause_before) + 2, place_start))
    before = seg.before(k, 120)
    return before.endswith(clause_before) and before[:len(before) - len(clause_before)].endswith("#") \
        and bool(_PARTITIVE_OF_A_RANKED_SET.match(words, 0, place_start))


def _place(seg: Segment, k: int, clause_before: str) -> int:
    """The place in an order of size the figure's clause gives it, 0 if none. `clause_before`
    is _clause_before(seg, k), which the caller reads too."""
    # (the words after the figure up to its clause's end: "used by 62% of households; Polish is the second most widely
    # spoken" gives the next clause's subject its place, not 62%)
    words = clause_before + " #" + _AFTER_ENDS.split(seg.after(k, 70))[0]
    m = None
    for m in _PLACE.finditer(words):
        pass
    if m is not None and _of_a_ranked_set(seg, k, clause_before, words, m.start()):
        return 0
    if m is not None:
        if _other_basis(words[m.end():], seg.after(k, 40), seg.figures[k]) or not _of_its_measure(m.group("sup"), seg, k):
            return 0
        if m.end() <= len(clause_before) and _OUTDONE_AFTER_PLACE.search(clause_before, m.end()):
            return 0
        if m.group("most") or m.group("most2") or m.group("most3"):
            return 1
        return _PLACES[" ".join((m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4")
                                 or m.group("sup")).split())]
    place, end = _place_after(seg, k, clause_before)
    if end > 0:
        return place
    # a verb's place, in the figure's clause up to the next figure ("..., ranked first among ...")
    clause = clause_before + " #" + _CLAUSE_BREAK.split(seg.after(k, 60).split("#")[0])[0]
    v = None
    for v in _VERB_PLACE.finditer(clause):
        pass
    if v is None:
        return 0
    if v.group("any") or v.group("topped") or v.group("led"):
        return 1
    return _PLACES[(v.group("ord") or v.group("moved") or v.group("bare") or v.group("runner") or v.group("runner2")
                    or v.group("best")).lower()]


# a clause after a colon that opens on a pronoun of the subject before it: "cannabis stayed the drug seized most often:
# it turned up in 71% of seizures", "Germany remained the largest market: it took 1.2 million"
_PRONOUN_AFTER_COLON = lazy_re.compile(r":\s*(?:it|they)\s+[^#:;.]{0,80}$")


def _place_before_a_colon(seg: Segment, k: int) -> str:
    """The clause before a colon whose place the figure's clause, opening on a pronoun after the colon, is of;
    "" if none (a clause that holds a figure of its own gives the place to that figure)."""
    before = seg.before(k, 200)
    m = _PRONOUN_AFTER_COLON.search(before)
    if m is None:
        return ""
    clause = _CLAUSE_BREAK.split(before[:m.start()])[-1]
    return clause if "#" not in clause and _one_place_said(clause) else ""


def _low_place(seg: Segment, k: int, before: str, high_place: int, bottom: bool, last_low: tuple | None,
               segments: tuple[Segment, ...]) -> int:
    """The place from the bottom of an order the figure's clause gives it, 0 if none: "came second lowest with 3.4%"; 1
    for the bottom (`bottom`, read by the caller); after a place from the bottom a sentence or two before (`last_low`,
    (segment, place)), the next one ("Mangystau comes next with 25.2%") or an ordinal said bare, one on from it ("and
    Kyzylorda is third with 27.4%": `high_place`, the ordinal as _place read it, with no superlative of size said)."""
    words = before + " #" + _AFTER_ENDS.split(seg.after(k, 70))[0]
    m = None
    for m in _LOW_ORDINAL.finditer(words):
        pass
    if m is not None:
        return _PLACES[m.group("ord")]
    if bottom:
        return 1
    if last_low is None or not 0 <= seg.index - last_low[0] <= _NEXT_NEAR \
            or segments[last_low[0]].paragraph != seg.paragraph:
        return 0
    if _NEXT_PLACE.search(before) or (high_place == last_low[1] + 1 and _PLACE.search(words) is None):
        return last_low[1] + 1
    return 0


_WHOLE_SCOPE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.WHOLE_SCOPE)})\b")
_GENERIC_MEASURE_WORDS = frozenset(lexicon.folded_words(" ".join(lexicon.RATE_MEASURE_WORDS) + " level total number figure"))


def _the_whole_between(top: Figure, bottom: Figure, s0: int, segments: tuple[Segment, ...],
                       frames: dict[str, Frame]) -> Figure | None:
    """The figure of the whole a ranking's top and bottom are parts of, said within a few sentences of the bottom in
    its paragraph or the one before (`s0` the bottom's sentence): words of the whole country or field before it ("Literacy in the country stands
    at 52.51 per cent", "The national average wage was 2,750 euros"), a word of the ranked measure in its own, and a
    rate or an average, not a total (a whole's rate lies between its parts' highest and lowest rates)."""
    named = set(lexicon.folded_words(f"{top.measure or ''} {bottom.measure or ''}"))  # ("with a rate of": the top's)
    ranked = named - _GENERIC_MEASURE_WORDS
    rate = bottom.unit == "percent" or bool(named & set(lexicon.folded_words(" ".join(lexicon.RATE_MEASURE_WORDS))))
    if not ranked or not rate:
        return None
    for seg in segments[max(0, s0 - _NEAR):s0 + _NEAR + 1]:
        if seg.is_table_row or seg.paragraph not in (segments[s0].paragraph, segments[s0].paragraph - 1):
            continue
        for k, w in enumerate(seg.figures):
            if w is top or w is bottom or not same_unit(w, bottom) or w.unit != bottom.unit or w.qualifier \
                    or not written_in_digits(w) or frames[w.id].modality != "stated" or not _placeable(frames[w.id]):
                continue
            if (w.period and bottom.period and w.period != bottom.period) \
                    or not ranked & set(lexicon.folded_words(w.measure or "")):
                continue
            if _WHOLE_SCOPE.search(_clause_before(seg, k) + " " + (w.measure or "")):
                return w
    return None


def _recent(placed: list[tuple[int, int, Figure]], first: int):
    """The places of `placed` said in sentence `first` or after, latest first."""
    for entry in reversed(placed):
        if entry[0] < first:
            return
        yield entry


def ranked_lists(segments: tuple[Segment, ...], frames: dict[str, Frame],
                 numbered_items: list[tuple[int, Figure, int]] | None = None) -> list[OrderLink]:
    """A heading that names a ranking, then its items a line each: each item at least the next
    (at most, for a ranking of the lowest). `numbered_items`, if given, gets (its number, the item, its segment)
    for each item of such a list numbered "1.", "2.", ..."""
    links: list[OrderLink] = []
    for i, heading in enumerate(segments):
        # the heading may count its items ("The five busiest airports", "Top 10 markets"), nothing else
        counts_only = all(not f.unit and f.value <= _MOST_RANKED for f in heading.figures)
        m = _RANKED_HEADING.search(heading.skeleton) if counts_only else None
        if m is None or _CHANGE_IN_A_HEADING.search(heading.skeleton):
            continue  # ("Which ports grew the fastest?", "Biggest rises in sales:": the list is ranked by changes its
            # items' levels do not give)
        items: list[Figure] = []
        numbered = False
        paragraph = heading.paragraph
        # items one a paragraph ("1. Alder 2.1", a blank line, "2. Birch 1.9"): each item the whole of its paragraph,
        # the next paragraph straight after it; a list is spaced one way throughout
        spaced: bool | None = None
        last = -1  # the segment of the last item
        for j, seg in enumerate(segments[i + 1:], i + 1):
            if items and spaced is not False and j == last + 1 and seg.paragraph == segments[last].paragraph + 1:
                paragraph, spaced = seg.paragraph, True
            elif items and seg.paragraph == segments[last].paragraph:
                if spaced:
                    break  # a paragraph of more than its item
                spaced = False
            if not seg.figures and _ITEM_NUMBER.match(seg.skeleton):
                numbered = int(_ITEM_NUMBER.match(seg.skeleton).group("n"))
                continue  # "1." of a numbered list, split off as a sentence of its own
            if seg.paragraph == paragraph + 1 and not items and heading.skeleton.rstrip()[-1:] in (":", "?"):
                paragraph = seg.paragraph  # "The top 10 causes:" (or "Which parks drew the most visitors?"), a blank line, then the list
            # a numbered item may carry a longer label ("2. Other external causes of accidental injury
            # (includes drowning, ...) — 34,096")
            item = _NUMBERED_ITEM if numbered else _LIST_ITEM
            number = numbered
            marked, numbered = bool(numbered) or bool(_BULLET.match(seg.skeleton)), False
            if seg.paragraph != paragraph or seg.is_table_row or not seg.figures \
                    or not item.match(seg.skeleton):  # a table's rows may rank by any of its columns
                break
            if spaced and not marked:
                break  # items a paragraph each are numbered or bulleted; a sentence after the list is none
            f = seg.figures[0]
            if frames[f.id].role not in _RANKABLE or f.qualifier or (items and not (same_unit(items[0], f) and
                                                                           f.unit == items[0].unit)):
                break
            items.append(f)
            last = j
            if numbered_items is not None and number:
                numbered_items.append((number, f, j))
        if len(items) < _MIN_RANKED:
            continue
        for a, b in zip(items, items[1:]):
            larger, smaller = (a, b) if m.group("high") else (b, a)
            links.append(OrderLink(larger, smaller, "items under a heading that ranks them, one a line"))
    return links


# the label of a list's line before its figure: "House sparrow - #0#", "- Lisbon: #0#"
_LINE_LABEL = lazy_re.compile(r"^\s*(?:[-*•]\s*)?(?P<label>[a-z][a-z'’ .&-]{1,38}?)\s*[:–—-]\s*#0#")
_SAID_TOP = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.HEAD_OF_LIST + lexicon.CAME_TOP)})\b")
_LEAD_BACK = 8  # sentences before a list where its first item may be said to come top


def led_lists(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A list of lines "Name - figure" under no heading, whose first item the sentences just before say came top
    ("Maple came top in the survey", "Lisbon led the table"): the first item at least each other item (said), and
    each item at least the next (the order of a league table, only suggested)."""
    links: list[OrderLink] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        first = _LINE_LABEL.match(seg.skeleton) if seg.figures and not seg.is_table_row else None
        if first is None or not seg.skeleton.endswith("\n") or (i and segments[i - 1].paragraph == seg.paragraph
                                                                 and _LINE_LABEL.match(segments[i - 1].skeleton)):
            i += 1
            continue
        items = [seg.figures[0]]
        j = i + 1
        while j < len(segments) and segments[j].paragraph == seg.paragraph and segments[j].figures \
                and not segments[j].is_table_row and segments[j].skeleton.endswith("\n") \
                and _LINE_LABEL.match(segments[j].skeleton):
            f = segments[j].figures[0]
            if frames[f.id].role not in _RANKABLE or f.qualifier or not (same_unit(items[0], f) and f.unit == items[0].unit):
                break
            items.append(f)
            j += 1
        if len(items) >= _MIN_RANKED and frames[items[0].id].role in _RANKABLE and not items[0].qualifier:
            label = first.group("label").strip()
            # the first item's name, then (in its clause, within a few words) a verb that puts it on top
            said = re.compile(rf"\b{re.escape(label)}\b([^#.;:]{{0,45}})") if len(label) >= 3 else None
            lead = None
            for k in range(max(0, i - _LEAD_BACK), i) if said else ():
                if any(_SAID_TOP.search(m.group(1)) for m in said.finditer(segments[k].skeleton)):
                    lead = k
                    break
            if lead is not None:
                for b in items[1:]:
                    links.append(OrderLink(items[0], b, "the first item of a list said to come top"))
                for a, b in zip(items[1:], items[2:]):
                    links.append(OrderLink(a, b, "the items of a list whose first came top, in order", certain=False))
        i = j
    return links


_LABEL_END = lazy_re.compile(r"[,(:–—#]|\s-\s")


def places_restating_list_items(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[tuple[Figure, Figure]]:
    """An item of a numbered ranked list ("10. Riverside, BBC2 (May 3) 4.1 million") and, in the prose, a figure of
    its unit said of the same place and the same name ("the programme in tenth place, an episode of Riverside,
    drew 4.1 million"; "Riverside is top, with ..."): (the item, the prose figure), one figure said twice. Both the
    place and the name must agree: a place in another ranking ("the second most-watched show of last year") names
    another item."""
    numbered: list[tuple[int, Figure, int]] = []
    ranked_lists(segments, frames, numbered)
    by_place: dict[int, list[tuple[Figure, int]]] = {}
    for number, f, j in numbered:
        by_place.setdefault(number, []).append((f, j))
    if not by_place:  # no numbered ranked list: no item to restate, and the prose's places need not be read
        return []
    in_list = {j for _, _, j in numbered}
    out = []
    for seg in segments:
        if seg.is_table_row or seg.index in in_list or not seg.figures:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not _placeable(frame) or f.qualifier or not written_in_digits(f) or frame.modality != "stated":
                continue
            before = _clause_before(seg, k)
            place = 0 if _THE_FIELD.search(before) else _place(seg, k, before)
            items = by_place.get(place, [])
            if len(items) != 1:
                continue
            item, j = items[0]
            if not (same_unit(item, f) and item.unit == f.unit and frames[item.id].role is frame.role):
                continue
            label = segments[j].skeleton[:segments[j].slots[0][0]]
            name = set(lexicon.folded_words(_LABEL_END.split(label)[0])) - {"the", "a", "an", "of", "and"}
            if name and name <= set(lexicon.folded_words(seg.skeleton)):
                out.append((item, f))
    return out


# a sentence that compares a period with the one before without a figure: "Fewer days were lost in 2024 than in the year
# before, even though more workers were idled": each comparative before a plural noun, and the comparison's earlier term
_PERIOD_COMPARATIVE = lazy_re.compile(rf"\b(?:(?P<up>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_UP)})|"
                                      rf"(?P<down>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_DOWN)}))\s+(?P<noun>[a-z]{{3,}}s)\b")
_THAN_BEFORE = lazy_re.compile(rf"\bthan\s+(?:in\s+|during\s+)?(?:{lexicon.alternation(lexicon.EARLIER_YEAR)}|(?:19|20)\d\d)\b")
_A_YEAR = lazy_re.compile(r"(?:19|20)\d\d")  # (the words compare years: each level's period a year)
_COMPARED_AHEAD = 3  # sentences after the comparison where the two periods' levels may stand


def _head_noun(measure: str) -> str:
    """The head of a measure's noun phrase: "workdays of idleness" -> "workdays", "idled workers" -> "workers"."""
    words = measure.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def compared_with_the_period_before(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A sentence with no figure comparing a period with the one before by comparatives before plural nouns ("Fewer
    days were lost in 2024 than in the year before, even though more workers were idled"), then, in the next few
    sentences, exactly two levels of each noun (their measure's head ending in it: "workdays" for "days") for two
    periods: the later period's level above the earlier's after "more", below it after "fewer"."""
    out = []
    for i, seg in enumerate(segments):
        if seg.figures or seg.is_table_row or not _THAN_BEFORE.search(seg.skeleton):
            continue
        ahead = [f for later in segments[i + 1:i + 1 + _COMPARED_AHEAD] if not later.is_table_row for f in later.figures
                 if frames[f.id].role is Role.LEVEL and frames[f.id].modality == "stated" and not f.qualifier
                 and not f.direction and written_in_digits(f) and f.period]
        for m in _PERIOD_COMPARATIVE.finditer(seg.skeleton):
            noun = m.group("noun")
            levels = [f for f in ahead if _head_noun(f.measure).endswith(noun)]
            if len(levels) != 2 or levels[0].period == levels[1].period or not same_unit(*levels) \
                    or levels[0].unit != levels[1].unit or not all(_A_YEAR.fullmatch(f.period) for f in levels):
                continue
            old, new = sorted(levels, key=lambda f: f.period)
            grammar = "a comparison with the period before, then the two periods' levels of its noun"
            out.append(OrderLink(new, old, grammar) if m.group("up") else OrderLink(old, new, grammar))
    return out


# two years compared by a comparative before their noun, then the two years' levels "respectively": "More applications
# were filed in 2013 than in 2012, the annual totals being 433,360 and 414,649 respectively"
_YEARS_RESPECTIVELY = lazy_re.compile(
    rf"\b(?:(?P<up>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_UP)})|(?P<down>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_DOWN)}))"
    # (the plural noun may have modifiers before it: "More U.S. trademark applications were filed in 2013 than in 2012")
    r"\s+(?:[a-z.'’-]+\s+){0,2}?[a-z-]+s\b[^#;]{0,60}?\bin\s+(?:19|20)\d\d\s+than\s+in\s+(?:19|20)\d\d\b[^#;]{0,60}?"
    r"#(?P<a>\d+)#\s*,?\s*and\s+#(?P<b>\d+)#\s*,?\s*respectively\b", screened=True)
# a level in brackets after its subject, then a verb of change from an earlier time whose level follows in brackets:
# "the number of first-time applicants (1,203,000) fell slightly from 2015 (1,257,000)"
_BRACKETED_MOVE_FROM_A_TIME = lazy_re.compile(
    rf"#(?P<a>\d+)#\s*\)\s*(?:has\s+|have\s+)?(?:[a-z]+ly\s+)?(?:(?P<up>{lexicon.alternation(lexicon.CHANGE_VERBS_UP)})|"
    rf"(?P<down>{lexicon.alternation(lexicon.CHANGE_VERBS_DOWN)}))\s+(?:[a-z]+ly\s+)?(?:from|on|since|compared\s+with)\s+"
    rf"(?:(?:19|20)\d\d|{lexicon.alternation(lexicon.EARLIER_YEAR)})\s*\(\s*#(?P<b>\d+)#\s*\)")


def levels_of_two_times(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """Two times' levels in one sentence, their order said in words: a comparative of the years, the levels after
    it "respectively", or a level in brackets that "fell from 2015 (...)": the later at least (most) the earlier."""
    out = []
    for seg in segments:
        if seg.is_table_row or len(seg.figures) < 2:
            continue
        for pattern, grammar in ((_YEARS_RESPECTIVELY, "a comparison of two years, then their levels respectively"),
                                 (_BRACKETED_MOVE_FROM_A_TIME, "a level in brackets moved from an earlier time's, in brackets")):
            for m in pattern.finditer(seg.skeleton):
                new, old = seg.figures[int(m.group("a"))], seg.figures[int(m.group("b"))]
                if not (frames[new.id].is_level and frames[old.id].is_level and same_unit(new, old) and new.unit == old.unit
                        and written_in_digits(new) and written_in_digits(old) and not new.qualifier and not old.qualifier):
                    continue
                certain = frames[new.id].modality == frames[old.id].modality == "stated"
                out.append(OrderLink(new, old, grammar, certain) if m.group("up") else OrderLink(old, new, grammar, certain))
    return out


# a list in order of size after the first item's figure: "21 per cent came from Tunisia, followed by
# Pakistan (15 per cent), Algeria (10 per cent)"; "450 tonnes, ahead of Australia (270 tonnes) and Russia";
# "€527.6m, behind media (€933.3m) and advertising (€772.5m)"
# (or ", then" before a name and its figure: "comes next with 9.15%, then the Netherlands with 7.24%"; not a sequence
# in time, "4,200 tonnes in May, then fell to 3,900")
_LIST_OPENER = lazy_re.compile(r"(?:,|\()\s*(?:(?:and|then|closely|just|well|far|some\s+way)\s+)*"
                               r"(?:(?P<followed>followed\s+by|then(?=\s+(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,3}\s+(?:with|at|on)\s)"
                               # "76% of spending, with overseas funding next at 15%": the item after "next" comes after
                               r"|with(?=\s+(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,3}\s+next\s+(?:with|at|on)\s))"
                               r"|(?P<ahead>ahead\s+of)|(?P<behind>behind))\s", screened=True)
# from one item's figure to the next item's: its brackets close, then a name ("), Algeria (")
_BRACKET_OPENS = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*\(\s*$")
_LIST_GLUE = lazy_re.compile(r"^[^#;:.]{0,25}?(?:,|\band\b)\s*(?:the\s+)?[A-Za-z][^#;:.]{0,40}?$")


_CHANGES = (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE)
_MOVE_STARTS = lazy_re.compile(r"\bfrom\s+(?:the\s+)?$")
_THE_FIELD = lazy_re.compile(r"\b(?:among|out\s+of)\s+(?:the\s+|all\s+)?(?:[a-z]+['’]s\s+)?$")
# from an item's figure (and its unit's words) to its share said in an aside: " patents, accounting for nearly ",
# " (", ", or "
_SHARE_ASIDE = lazy_re.compile(rf"^(?:\s*[a-z'’-]+){{0,3}}?\s*(?:\(|,\s*(?:{lexicon.alternation(lexicon.SHARE_APPOSITION)})?)\s*"
                               rf"(?:{lexicon.alternation(lexicon.HEDGES)})?\s*$")
_A_BASE = lazy_re.compile(r"\b(?:from|than|against|on|over)\s+(?:the\s+)?$")
_A_PLAN = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PLAN_NOUNS)})\s+(?:of\s+)?(?:some\s+|about\s+)?$")
_LOWEST = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_LOW)})\b")
# an item names something: "Pakistan (", "Riverside at", "the US with"; not "the" before a figure the
# opener compares with. A word of two letters after "the" is a name's abbreviation ("the UK", "the EU").
_NAME_WORD = lazy_re.compile(r"\b(?!(?:the|and|with|at|of|some|about|nearly|around|almost|just|over|under|its|their)\b)"
                             r"[a-z][a-z'’-]{2,}|\bthe\s+[a-z]{2}\b")


def _in_list(frame: Frame, first: Figure, changes: bool = False) -> bool:
    f = frame.figure
    # (with `changes`, rates of change rank among percentages too: "grew 8.2%, ahead of the west (5.5%)"; not a rise
    # against a fall)
    moved = changes and frame.role is Role.RELATIVE_CHANGE and f.unit == "percent" and frame.direction * first.direction >= 0
    return (frame.role in _RANKABLE or moved) and not f.qualifier and same_unit(f, first) and f.unit == first.unit \
        and frame.modality == "stated" and f.period == first.period


_LATER_TIME = lazy_re.compile(r"\b(?:later|afterwards|thereafter|the\s+following\s+[a-z]+|the\s+next\s+(?:year|month|quarter|week|day|season))\b")
_TIME_ADJECTIVES = ("following", "next", "previous", "preceding", "subsequent", "same", "latest", "past", "last", "coming",
                    "current", "early", "earlier", "late", "later", "final", "opening", "closing")
# an item named after its figure: "388 tonnes in Mali", "12.4% for the Greens", "205 from Niger"
# (not a time: "in 2023", "in May", "in the first quarter ..., followed by 7% in the second", "in the following year")
_NAMED_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:in|for|from|at|by)\s+(?:the\s+)?(?!(?:19|20)\d\d\b|the\s)"
                               rf"(?!(?:{lexicon.alternation(lexicon.PERIOD_WORDS + cues.MONTH_NAMES + cues.MONTH_ABBREVIATIONS + tuple(lexicon.ORDINAL_PLACES) + _TIME_ADJECTIVES)})\b)[a-z][a-z'’.-]*")
# from one such item's figure to the next: its name, then a comma or "and" ("in mali and ", " in niger, ")
_NAME_THEN_NEXT = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:in|for|from|at|by)\s+(?:the\s+)?[a-z][^#;:.()]{0,30}?"
                                  r"(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _list_items(seg: Segment, first: int, opener_end: int, reference: Figure, frames: dict[str, Frame]) -> list[Figure]:
    """The items of a list after an opener, from figure `first` on: each named, of the reference figure's unit,
    role and period, a change beside an item's figure skipped. After a rate of change, the items are rates of change
    or bare percentages ("up 8.2%, ahead of Clare (5.5%)")."""
    changes = frames[reference.id].role is Role.RELATIVE_CHANGE
    items: list[Figure] = []
    previous_end = opener_end
    names_after = False  # "followed by 388 tonnes in Mali and 205 tonnes in Niger": each item's name after its figure
    for k in range(first, len(seg.figures)):
        if seg.slots[k][0] < opener_end:
            continue  # the first item's own change, before the opener
        glue = seg.skeleton[previous_end:seg.slots[k][0]]
        frame = frames[seg.figures[k].id]
        if frame.role in _CHANGES and items and "(" not in glue:
            previous_end = seg.slots[k][1]
            continue  # "(270 tonnes, +1.9%)": the item's change, beside its figure
        if items and _BRACKET_OPENS.match(glue) and not same_unit(frame.figure, reference):
            previous_end = seg.slots[k][1]
            continue  # "vans with 35% (2,400 units)": the item's amount in brackets after its share, of another unit
        if not items and glue.strip() in ("", "a", "an") and _NAMED_AFTER.match(seg.after(k, 60)):
            names_after = True
        if names_after:
            named = _NAMED_AFTER.match(seg.after(k, 60)) and (not items or _NAME_THEN_NEXT.match(glue))
        else:
            named = _NAME_WORD.search(glue) and (not items or _LIST_GLUE.match(glue.lstrip(" )")))
        # a first figure of no period named ("Brazil took 41.2%, followed by the US at 30.5% in 2023 and
        # 32.1% in 2024"): the list is of its first item's period
        ref = reference if reference.period else items[0] if items else replace(reference, period=frame.figure.period)
        if not named or not _in_list(frame, ref, changes) or _LATER_TIME.search(seg.after(k, 50).split("#")[0]):
            break  # (", followed by a 4% increase for women a year later": a time after, not a place in an order)
        items.append(seg.figures[k])
        previous_end = seg.slots[k][1]
    return items


# "slipped to second place behind Brazil (69.4 million tonnes) ..., shipping 24.1 million tonnes": a place
# behind a rival whose figure is in brackets, then the subject's own figure later in its clause
_PLACE_BEHIND = lazy_re.compile(r"\b(?:place|spot|position|ranked\s+[a-z]+|came\s+[a-z]+|finished\s+[a-z]+)\s+"
                                r"(?:(?:just|well|far|some\s+way)\s+)?behind\s+(?:the\s+)?[A-Za-z][^#;:]{0,40}?\(\s*$", screened=True)
_SUBJECT_FIGURE_AFTER = lazy_re.compile(r"^[^#;:()]{0,20}?\)[^#;:()]{0,100}?,\s*(?:with|at|[a-z]{3,}ing)\s+"
                                        r"(?:(?:some|about|nearly|around|almost|just)\s+)?$")


def places_behind(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """A subject placed behind a rival whose figure stands in brackets, the subject's figure after it."""
    out = []
    for k in range(len(seg.figures) - 1):
        rival, own = seg.figures[k], seg.figures[k + 1]
        if _PLACE_BEHIND.search(seg.before(k, 80)) and _SUBJECT_FIGURE_AFTER.match(seg.between(k, k + 1)) \
                and _in_list(frames[own.id], rival) and _in_list(frames[rival.id], rival):
            out.append(OrderLink(rival, own, "a place behind a rival's figure, then the subject's"))
    return out


# an item placed behind (ahead of) another named without its figure, whose level a sentence before gives beside the
# name: "match revenue slipped behind transfer income to rank fourth with €527.6m" after "transfer income climbing
# 131 percent from €230m to €532.6m"; "Kenya sold 4,100 tonnes, ahead of Uganda" after "Uganda (3,900 tonnes)"
_NAMING_WORD = (r"(?!(?:the|a|an|in|of|for|its|their|and|or|but|was|were|is|are|with|by|to|at|on|among|as|from|after|"
                r"than|this|that|last|previous|expected|forecast|target|estimate|average)\b)[a-z][a-z'’.-]*")
_BEHIND_A_NAME = lazy_re.compile(rf"\b(?:(?P<behind>{lexicon.alternation(lexicon.PLACED_BEHIND)})|"
                                 rf"(?P<ahead>{lexicon.alternation(lexicon.PLACED_AHEAD)}))\s+(?:the\s+)?"
                                 rf"(?P<name>{_NAMING_WORD}(?:\s+{_NAMING_WORD}){{0,2}})(?![a-z'’.-])", screened=True)
# "behind" and "ahead of" place an item only after a verb of standing or moving ("slipped behind", "was well ahead of")
# or a comma after the item's figure ("£28.9bn, trailing", "15,300 cars, well ahead of"), not "the investors behind
# the project", "ahead of the launch"
_PLACE_ADVERBS = r"(?:(?:just|well|far|narrowly|only|still|close|closely|slightly|firmly|some\s+way|up|back|down)\s+){0,2}"
_PLACED_BEFORE = lazy_re.compile(rf"(?:\b(?:{lexicon.alternation(lexicon.STANDING_VERBS + lexicon.RANK_MOVES)})\s+|"
                                 rf"#\d+#\s*(?:[a-z%]+\s*)?,\s*){_PLACE_ADVERBS}$")
# (the item's figure beside its name in this sentence is the in-sentence readings': "behind media (€933.3m)")
_FIGURE_BESIDE = lazy_re.compile(r"\s*(?:[a-z'’.-]+\s*)?[(#]|['’]")  # (matched at the name's end: no "^")
# "After Germany, the most active European countries were France (4.7%), ...": items ranked next after a named one
# (a list the superlative's verb opens, or "came": not "After Lima, Quito reported 15.6%")
_AFTER_A_NAME = lazy_re.compile(rf"^\W*after\s+(?:the\s+)?(?P<name>{_NAMING_WORD}(?:\s+{_NAMING_WORD}){{0,2}})\s*(?:,\s*"
                                rf"(?:the\s+)?(?:next\b|(?:[a-z-]+\s+){{0,2}}?(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH)})\b)"
                                r"[^#;]{0,80}?\b(?:were|are|was|is)\b|,?\s*(?:came|come|comes)\b)")
_NAME_REACH = 6  # sentences back to the level given beside a name
# the level a name moved to: "transfer income climbing 131 percent from €230m to €532.6m"
_MOVE_WORDS = lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN if w not in ("up", "down")))


def _level_of_name(name: str, seg: Segment, segments: tuple[Segment, ...]) -> Figure | None:
    """The level beside an item's name in the sentences before (the nearest; in it, the last): "Uganda (3,900 tonnes",
    "Peru with 2,440", "12,400 cars to Tiree", "transfer income climbing 131 percent from €230m to €532.6m" (the level moved to)."""
    quoted = re.escape(name)
    pattern = re.compile(rf"\b{quoted}\b{_NAMED_FIGURE_AFTER}|#(\d+)#\s*(?:[a-z]+\s+)?(?:in|for|from|at|by|to)\s+(?:the\s+)?"
                         rf"{quoted}\b|\b{quoted}\s+(?:[a-z'’-]+\s+){{0,2}}?(?:{_MOVE_WORDS})\b"
                         r"[^#;.]{0,40}?(?:#\d+#[^#;.]{0,40}?){0,2}\bto\s+(?:(?:some|about|nearly|around|almost|just)\s+)?#(\d+)#")
    for back in segments[max(0, seg.index - _NAME_REACH):seg.index][::-1]:
        if back.is_table_row:
            continue
        hit = None
        for hit in pattern.finditer(back.skeleton):
            pass
        if hit is not None:
            return back.figures[int(hit.group(1) or hit.group(2) or hit.group(3))]
    return None


def _named_rival(name: str, seg: Segment, segments: tuple[Segment, ...]) -> Figure | None:
    """The level of the longest opening of `name` (up to three words) that a sentence before gives beside it."""
    words = name.rstrip(".").split()
    for n in range(len(words), 0, -1):
        rival = _level_of_name(" ".join(words[:n]), seg, segments)
        if rival is not None:
            return rival
    return None


def _ranked_pair(frames: dict[str, Frame], a: Figure, b: Figure) -> bool:
    """Two levels one order may rank: one unit and role, stated, exact in the words, of one period when both state
    theirs (a sentence after a ranking of 2012 need not name the year again)."""
    fa, fb = frames[a.id], frames[b.id]
    return fa.role is fb.role and fa.role in _RANKABLE and same_unit(a, b) and a.unit == b.unit \
        and fa.modality == fb.modality == "stated" and not a.qualifier and not b.qualifier \
        and written_in_digits(a) and written_in_digits(b) \
        and not (a.period_source == b.period_source == "stated" and a.period != b.period)


def places_of_named_rivals(seg: Segment, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """An item "behind" ("ahead of") another named without its figure, and the items "after" a named one: the named
    item's level is the one a sentence before gives beside its name; the item's own is the first figure later in its
    clause, or else the last one before the words in it."""
    out = []
    if not seg.figures:
        return out
    for m in _BEHIND_A_NAME.finditer(seg.skeleton):
        if _FIGURE_BESIDE.match(seg.skeleton, m.end()) or (m.group().split()[0] in ("behind", "ahead", "in", "clear")
                                                            and not _PLACED_BEFORE.search(seg.skeleton, 0, m.start())):
            continue
        own = None
        for k, slot in enumerate(seg.slots):
            if slot[0] >= m.end():
                if not _CLAUSE_BREAK.search(seg.skeleton[m.end():slot[0]]) and "(" not in seg.skeleton[m.end():slot[0]]:
                    own = seg.figures[k]
                break
        if own is None:
            before = [k for k, slot in enumerate(seg.slots) if slot[1] <= m.start()
                      and not _CLAUSE_BREAK.search(seg.skeleton[slot[1]:m.start()])]
            own = seg.figures[before[-1]] if before else None
        if own is None or frames[own.id].role in _CHANGES:
            continue
        rival = _named_rival(m.group("name"), seg, segments)
        if rival is None or rival is own or not _ranked_pair(frames, own, rival):
            continue
        if m.group("behind"):
            out.append(OrderLink(rival, own, "an item placed behind another named, whose level a sentence before gives"))
        else:
            out.append(OrderLink(own, rival, "an item placed ahead of another named, whose level a sentence before gives"))
    m = _AFTER_A_NAME.match(seg.skeleton)
    if m is not None:
        rival = _named_rival(m.group("name"), seg, segments)
        if rival is not None:
            out += [OrderLink(rival, g, "items ranked after a named one, whose level a sentence before gives")
                    for g in seg.figures[:_MOST_RANKED] if g is not rival and _ranked_pair(frames, g, rival)]
    return out


# a place said of an item with no figure, "ahead of" items named without theirs: "In volume terms the United States
# was still the largest aid donor, ahead of Japan, France, the United Kingdom and Germany"
_LEADER_AHEAD_OF_NAMES = lazy_re.compile(
    rf"(?:^|[,:]\s*|\bthe\s+)(?P<leader>{_NAMING_WORD}(?:\s+{_NAMING_WORD}){{0,2}})\s+(?:was|were|is|are|remained|remains|"
    rf"stayed|stays)\s+(?:still\s+|again\s+|once\s+again\s+|now\s+)?the\s+(?:[a-z'’-]+\s+){{0,2}}?"
    rf"(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH)})\s+[^#;:,.]{{1,60}},\s*{_PLACE_ADVERBS}ahead\s+of\s+"
    r"(?P<names>[^#;:()]{3,200}?)\s*(?:\.\s|\.?$)", screened=True)
_NAME_LIST_JOINT = lazy_re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?")
_NAMES_AHEAD = 10  # sentences after the place where each item's level may be given beside its name (a paragraph or two on each)


def _level_after_name(name: str, seg: Segment, segments: tuple[Segment, ...]) -> Figure | None:
    """The level given beside an item's name in the sentences after (the nearest; in it, the first): "Net ODA from
    the United States was USD 19 billion", "Japan (USD 8.9 billion)", "Net ODA from Japan fell ... to USD 8.9 billion"."""
    quoted = re.escape(name)
    pattern = re.compile(rf"\b{quoted}(?:\s*\(\s*|,?\s*(?:with|at|on)\s+|\s+(?:was|were|is|are|stood\s+at|came\s+to|"
                         rf"reached|totalled|totaled|gave|provided|spent)\s+)(?:(?:some|about|nearly|around|almost|just)\s+)?#(\d+)#"
                         rf"|\b{quoted}\s+(?:[a-z'’-]+\s+){{0,2}}?(?:{_MOVE_WORDS})\b[^#;.]{{0,40}}?(?:#\d+#[^#;.]{{0,40}}?){{0,2}}"
                         r"\bto\s+(?:(?:some|about|nearly|around|almost|just)\s+)?#(\d+)#")
    for later in segments[seg.index + 1:seg.index + 1 + _NAMES_AHEAD]:
        if later.is_table_row:
            continue
        hit = pattern.search(later.skeleton)
        if hit is not None:
            return later.figures[int(hit.group(1) or hit.group(2))]
    return None


def leaders_ahead_of_names(seg: Segment, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """An item said to lead, "ahead of" others, all named without figures; each one's level the first sentence after
    gives beside its name (the longest opening of up to three words of it). The leader is likely at least each:
    the later sentence may give another measure of the item (uncertain)."""
    if seg.figures or seg.is_table_row:
        return []
    m = _LEADER_AHEAD_OF_NAMES.search(seg.skeleton)
    if m is None:
        return []

    def level(name: str) -> Figure | None:
        words = name.strip().rstrip(".").split()[:3]
        for n in range(len(words), 0, -1):
            found = _level_after_name(" ".join(words[:n]), seg, segments)
            if found is not None:
                return found
        return None

    leader = level(m.group("leader"))
    if leader is None or frames[leader.id].role in _CHANGES:
        return []
    out = []
    for name in _NAME_LIST_JOINT.split(m.group("names")):
        rival = level(name) if name.strip() else None
        if rival is not None and rival is not leader and _ranked_pair(frames, leader, rival):
            out.append(OrderLink(leader, rival, "an item said to lead, ahead of others named, each one's level given after",
                                 certain=False))
    return out


# a sentence that opens with the list following the one before: "It was followed by Australia with 270 tonnes
# and Russia with 245 tonnes" (the first item's place is _NEXT_PLACE's)
_FOLLOWED_OPENING = lazy_re.compile(r"^\W*(?:(?:it|this|they|these|that)\s+(?:was|were|is|are|will\s+be)\s+"
                                    r"(?:(?:closely|then|in\s+turn)\s+)?followed\s+by|next\s+(?:came|come|comes)|then\s+came)\s")
# "..., followed by A, B and C with 10, 8 and 7 percent respectively": figures side by side, then "respectively"
_SIDE_BY_SIDE = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:,|,?\s*and)\s*$")
_RESPECTIVELY = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*,?\s*respectively\b")


def _in_an_aside(seg: Segment, k: int) -> bool:
    """Figure k stands in brackets opened after the figure before it and closed after it: "(despite a 3% fall)"."""
    opened = seg.skeleton[seg.slots[k - 1][1] if k else 0:seg.slots[k][0]]
    return opened.rfind("(") > opened.rfind(")") and ")" in seg.after(k, 60).split("(")[0]


def followed_lists(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """The figure before "followed by" is at least each item of the list after it, and each item at
    least the next; "ahead of" says only that the first is at least each item. Items must name
    something between them and be of the first figure's unit, role and period: "exports were 4,200
    tonnes in May, followed by 5,100 tonnes in June" is a sequence in time, not an order of size."""
    out: list[OrderLink] = []
    opening = _FOLLOWED_OPENING.match(seg.skeleton)
    # a forecast's order ("It will be followed by a 48 per cent rise in Leeds and 44 per cent in York"): read as said,
    # its every figure forecast alike, and only likely
    forecast = bool(opening and seg.figures and all(frames[g.id].modality == "expected" for g in seg.figures))
    if forecast:
        frames = {**frames, **{g.id: replace(frames[g.id], modality="stated") for g in seg.figures}}
    if opening and seg.figures and _in_list(frames[seg.figures[0].id], seg.figures[0], changes=True):
        items = _list_items(seg, 0, opening.end(), seg.figures[0], frames)
        if len(items) == 1:  # the names listed first, then their figures "respectively"
            run = [0]
            # (of levels: "Next came A and B, up 17.7% and 20.4% respectively" says both came next, not in which order)
            while run[-1] + 1 < len(seg.figures) and _SIDE_BY_SIDE.match(seg.between(run[-1], run[-1] + 1)) \
                    and _in_list(frames[seg.figures[run[-1] + 1].id], seg.figures[0]) \
                    and frames[seg.figures[run[-1] + 1].id].role is not Role.RELATIVE_CHANGE:
                run.append(run[-1] + 1)
            if len(run) > 1 and _RESPECTIVELY.match(seg.after(run[-1], 30)) \
                    and all(written_in_digits(seg.figures[k]) for k in run):
                items = [seg.figures[k] for k in run]
        out += [OrderLink(a, b, "a list after 'followed by', in order of size", certain=not forecast)
                for a, b in zip(items, items[1:])]
    if forecast:
        return out
    for m in _LIST_OPENER.finditer(seg.skeleton):
        # the first item's figure: the last before the opener, past its own change in brackets ("(+4.7%)")
        firsts = [k for k in range(len(seg.figures)) if seg.slots[k][1] <= m.start()]
        while firsts and frames[seg.figures[firsts[-1]].id].role in _CHANGES \
                and ("(" in seg.skeleton[seg.slots[firsts[-1]][0] - 2:seg.slots[firsts[-1]][0]]
                     or _in_an_aside(seg, firsts[-1])):
            firsts.pop()  # (or in an aside of its own in brackets: "with 35.18% of the total (despite a 3% fall)")
        if firsts and frames[seg.figures[firsts[-1]].id].role is Role.PER_BASE:
            firsts.pop()  # past the base of a rate: "Goa leads with 50 households in 1000, ahead of Kerala with 34"
        if not firsts:
            continue
        head = firsts[-1]
        if head > 0 and frames[seg.figures[head].id].role is Role.SHARE and seg.figures[head - 1].unit != "percent" \
                and _SHARE_ASIDE.match(seg.between(head - 1, head)):
            # the first item's share in an aside before the opener: "Singapore topped the list with US$5.26
            # billion, accounting for nearly 37.6% of the total, followed by Japan with US$2.59 billion"
            head -= 1
        after = next((k for k in range(head + 1, len(seg.figures)) if seg.slots[k][0] >= m.end()), None)
        if head > 0 and after is not None and frames[seg.figures[head - 1].id].role is frames[seg.figures[after].id].role \
                is Role.SHARE and seg.figures[head].unit != "percent" and _AMOUNT_AFTER_ITS_SHARE.match(seg.between(head - 1, head)):
            # the first item's amount in brackets after its share, and the list goes on in shares: "Cars took 41% of
            # sales (2,100 units), followed by vans with 35% (2,400 units)"
            head -= 1
        if not _in_list(frames[seg.figures[head].id], seg.figures[head], changes=True) or _A_BASE.search(seg.before(head, 20)):
            continue  # "rose to 412 from 351, ahead of the 395 expected": 'ahead of' is said of 412
        first = seg.figures[head]
        items = _list_items(seg, head + 1, m.end(), first, frames)
        if not items:
            continue
        lowest_first = bool(_LOWEST.search(_clause_before(seg, head) + " " + seg.after(head, 20).split("#")[0]))
        if m.group("followed"):
            cue = " ".join(m.group("followed").split())  # "followed by" or "then"
            cue = "next" if cue == "with" else cue  # ("with overseas funding next at")
            for a, b in zip([first] + items, items):
                out.append(OrderLink(b, a, f"a list after '{cue}' the lowest, in order of size") if lowest_first
                           else OrderLink(a, b, f"a list after '{cue}', in order of size"))
        elif m.group("behind"):  # "ranked fourth, behind media (€933.3m), advertising (€772.5m) and transfers (€532.6m)"
            out += [OrderLink(item, first, "'behind' a list") for item in items]
            out += [OrderLink(a, b, "items listed after 'behind', largest first", certain=False)
                    for a, b in zip(items, items[1:])]
        elif not lowest_first:
            out += [OrderLink(first, item, "'ahead of' a list") for item in items]
            # the list itself is usually written largest first; the words do not say so
            out += [OrderLink(a, b, "items listed after 'ahead of', largest first", certain=False)
                    for a, b in zip(items, items[1:])]
    return out


_IN_ORDER = lazy_re.compile(rf"\b(?:(?P<down>{lexicon.alternation(lexicon.IN_ORDER_DOWN)})|"
                            rf"(?P<up>{lexicon.alternation(lexicon.IN_ORDER_UP)}))\b", screened=True)
_FIRST_ITEM = lazy_re.compile(r"^[^#;.]{0,160}$")  # from the words of order to the first item's figure
# the sentence before names the first of the order when the list "followed" it or "came next"
_CONTINUES = lazy_re.compile(r"^[\s,:-]*(?:(?:there\s+)?(?:followed|came|come|were|was|are|is)(?:\s+next)?|next)\b")


def in_order_lists(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> list[OrderLink]:
    """A list said to run in order of size: each item at least the next ("in order of importance", "in
    descending order"), or at most ("in ascending order"). When the list "followed" in that order, the
    first figure of the sentence before heads it, uncertainly: it is likely, not said, to be the leader."""
    m = _IN_ORDER.search(seg.skeleton)
    if m is None:
        return []
    ks = [k for k in range(len(seg.figures)) if seg.slots[k][0] >= m.end()]
    if not ks or not _FIRST_ITEM.match(seg.skeleton[m.end():seg.slots[ks[0]][0]]) \
            or not _NAME_WORD.search(seg.skeleton[m.end():seg.slots[ks[0]][0]]):
        return []
    first = seg.figures[ks[0]]
    if not _in_list(frames[first.id], first):
        return []
    items, previous_end = [first], seg.slots[ks[0]][1]
    for k in ks[1:]:
        glue = seg.skeleton[previous_end:seg.slots[k][0]]
        if not (_NAME_WORD.search(glue) and _LIST_GLUE.match(glue.lstrip(" )"))) or not _in_list(frames[seg.figures[k].id], first):
            break
        items.append(seg.figures[k])
        previous_end = seg.slots[k][1]
    grammar = "a list said to run in order of size"
    out = [OrderLink(a, b, grammar) if m.group("down") else OrderLink(b, a, grammar) for a, b in zip(items, items[1:])]
    if m.group("down") and previous is not None and previous.figures and _CONTINUES.match(seg.skeleton[m.end():]):
        head = previous.figures[0]
        if _in_list(frames[head.id], first) and not previous.is_table_row:
            out.append(OrderLink(head, first, "the level before a list that follows it in order of size", certain=False))
    return out


# a list of names, then words that say the names run in order ("Tea and horticulture, in that order, were ..."): the
# names before, in a clause of no figure
_IN_THAT_ORDER = lazy_re.compile(rf"(?:^|[;:]|\.\s)(?P<names>[^#;:.]{{3,120}}?)\s*,?\s*\b(?:{lexicon.alternation(lexicon.IN_THAT_ORDER)})\b\s*,?", screened=True)
_NAMES_SPLIT = lazy_re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_SUPERLATIVE_HIGH = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH + ('leading',))})\b")
_SUPERLATIVE_LOW = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_LOW)})\b")
# between two figures of one list: "with #0# and #1#", "#0#, #1# and #2#" (a unit word may follow each)
_FIGURE_LIST_GLUE = lazy_re.compile(r"^\s*(?:[a-z%]+\s*)?(?:,|,?\s*and)\s*$")


def named_in_that_order(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """Names said to run in the order of the superlative after them, then one figure for each name, in the
    same order: "Tea and horticulture, in that order, were Kenya's top export earners last year, with KSh
    180.6bn and KSh 158.9bn" (the first name is the top: each figure at least the next); "the smallest" runs
    the other way. Sure only when the figures are as many as the names, so that each is its name's."""
    m = _IN_THAT_ORDER.search(seg.skeleton)
    if m is None:
        return []
    names = [n for n in _NAMES_SPLIT.split(m.group("names").strip()) if _NAME_WORD.search(n)]
    ks = [k for k in range(len(seg.figures)) if seg.slots[k][0] >= m.end()]
    if len(names) < 2 or len(ks) < 2:
        return []
    lead = seg.skeleton[m.end():seg.slots[ks[0]][0]]
    high, low = _SUPERLATIVE_HIGH.search(lead), _SUPERLATIVE_LOW.search(lead)
    if bool(high) == bool(low) or ";" in lead:
        return []  # no superlative says which way the names run, or both do
    items = [seg.figures[ks[0]]]
    for j, k in zip(ks, ks[1:]):
        if not _FIGURE_LIST_GLUE.match(seg.between(j, k)) or not _in_list(frames[seg.figures[k].id], items[0]):
            break
        items.append(seg.figures[k])
    if len(items) != len(names):
        return []  # the figures are not one for each name: which is whose is not said
    grammar = "names said to run in that order of a superlative, with a figure each"
    return [OrderLink(a, b, grammar) if high else OrderLink(b, a, grammar) for a, b in zip(items, items[1:])]


# a clause after the leader's that gives another item's figure: ", while match receipts came to", "; the
# tankers carried"
# (", with the Greens on 245": another item and its figure after the leader's; not ", with 41% of them women", which
# names no item: _NAME_WORD is asked of the clause too)
_AND_NAME_ON = lazy_re.compile(r"^\s*,?\s*and\s+(?:the\s+)?[a-z][a-z'’-]{2,}\s+(?:on|at|with)\s+$")
# the list of rivals running on after a clause of its own, the verb left out: "while the South had 980 mm and the
# East 1,105 mm", "whereas Leeds drew 41,000, Hull 38,500 and York 12,200" (the unit of the figure before may stand first)
_AND_NAME_ELLIPTIC = lazy_re.compile(r"^\s*(?:[a-z%]+\s*)?(?:,|,?\s*and)\s+(?:the\s+)?[a-z][a-z'’-]{2,}"
                                     r"(?:\s+[a-z][a-z'’-]{2,})?\s+(?:(?:on|at|with)\s+)?$")
# "had" as the verb of another item's own figure ("while the South had 980 mm"), not of another time ("while a year
# earlier it had", "it had had")
_HAD_OWN = lazy_re.compile(r"(?<!\bit\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)\bhad\s*$")
_WITH_NAME_ON = lazy_re.compile(r",\s*with\s+(?:the\s+)?[a-z][a-z'’-]{2,}\s+(?:on|at|with)\s+$")
_RIVAL_CLAUSE = lazy_re.compile(r"(?:;|,\s*(?:while|whereas|and|but)\b|,\s*with\s+(?:the\s+)?(?=[a-z][a-z'’-]{2,}\s+(?:on|at|with)\s+$))[^#;]*$")
_WHOLE_WORDS = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.OVERALL_WORDS)}|all|combined|altogether)\b")
_ANY_SUPERLATIVE = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH + cues.SUPERLATIVES_LOW)})\b")
_EARLIER = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.EARLIER_TIME)})\b")  # "while a year earlier it had"


def _rivals(seg: Segment, k: int, frames: dict[str, Frame], among_changes: bool = False) -> list[OrderLink]:
    """The leader of a ranking and the other items its sentence gives in clauses of their own: "Advertising was
    the largest income stream at £90k, while match receipts came to £77k". The other item is likely one
    of those ranked, but the words do not say so (it may be a cost beside an income): uncertain."""
    leader = seg.figures[k]
    if frames[leader.id].modality == "expected":
        # a forecast's leader and the other items forecast alike: "Cement, the largest earner, will bring in Sh651.7
        # billion, while titanium will deliver Sh479 billion" (its order is likely, never an error: the caller's)
        frames = {**frames, **{g.id: replace(frames[g.id], modality="stated") for g in seg.figures[k + 1:]
                               if frames[g.id].modality == "expected"}}
    out = []
    listed = False  # after ", with the Greens on 245", the list runs on: " and the Liberals on 96"
    for j in range(k + 1, len(seg.figures)):
        g = seg.figures[j]
        glue = _RIVAL_CLAUSE.search(seg.between(j - 1, j)) or (_AND_NAME_ON.match(seg.between(j - 1, j)) if listed else None) \
            or (_AND_NAME_ELLIPTIC.match(seg.between(j - 1, j)) if out and out[-1].smaller is seg.figures[j - 1] else None)
        listed = bool(glue and _WITH_NAME_ON.search(glue.group())) or (listed and glue is not None)
        if glue is None or not _in_list(frames[g.id], leader, among_changes) or not _NAME_WORD.search(glue.group()) \
                or among_changes and frames[g.id].role not in _CHANGES \
                or (_A_BASE.search(seg.before(j, 20)) and not (_WITH_NAME_ON.search(glue.group()) or _AND_NAME_ON.match(glue.group()))) \
                or _WHOLE_WORDS.search(glue.group()) or _ANY_SUPERLATIVE.search(glue.group()) \
                or _EARLIER.search(_HAD_OWN.sub("", glue.group())):
            # "..., while a year earlier it had 41,200": the same item's past; "while total sales reached"; "while
            # English produced the most failures, with 74,038": a ranking of its own, of another measure
            continue
        out.append(OrderLink(leader, g, "the leader of a ranking and another item its sentence gives", certain=False))
    return out


# a sentence that ranks on its own: "the highest", "the third largest" (not "most Tunisians leave")
_RANKS_ITSELF = lazy_re.compile(rf"\bthe\s+(?:(?:{_ORDINAL})[\s-]+)?(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH + cues.SUPERLATIVES_LOW)})\b")


_COMPARED = lazy_re.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?|after)\s+(?:the\s+)?$")
_PARTITION = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PARTITIVES_OPEN)})\b")
_PRONOUN_OPENING = lazy_re.compile(r"^\W*(?:it|they|its|their|this|these|he|she|his|her)\b")
_REFERENCE_BEFORE = lazy_re.compile(r"\b(?:tables?|figures?|charts?|annex(?:es)?|sections?|pages?|chapters?)\b[^()#]*$")


# a rate named by the word before its noun: "employment rate", "unemployment rate", "pass rate", "price index"
_NAMED_RATE = lazy_re.compile(r"\b([a-z][a-z'’-]+)\s+(rate|ratio|index|share|yield|margin)s?\b", re.I)


def _other_named_rate(leader_words: str, rival_words: str) -> bool:
    """Whether the leader's words and a rival's sentence each name a rate of one noun by other words
    ("employment rate", "unemployment rate"): two measures, no items of one order."""
    def named(text: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in _NAMED_RATE.finditer(text.lower()):
            out.setdefault(m.group(2), set()).add(m.group(1))
        return out
    mine, theirs = named(leader_words), named(rival_words)
    return any(noun in theirs and not words & theirs[noun] for noun, words in mine.items())


_HYPHENATED_WORD = lazy_re.compile(r"[a-z]+(?:-[a-z]+)*")


def _outside_the_field(leader_words: str, clause: str) -> bool:
    """Whether a ranking's field is named by a "non-" word ("the largest non-EU nationalities") and the later
    clause names the group it leaves out ("EU nationals"): no item of the ranking."""
    left_out = {w[4:] for w in _HYPHENATED_WORD.findall(leader_words.lower()) if w.startswith("non-")}
    return bool(left_out) and not left_out.isdisjoint(_HYPHENATED_WORD.findall(clause.lower()))


def _rivals_after(seg: Segment, k: int, segments: tuple[Segment, ...], frames: dict[str, Frame],
                  among_changes: bool = False) -> list[OrderLink]:
    """The leader of a ranking and the items of its measure the next sentences of its paragraph give: "Copper was the
    largest export, at $4.1 billion. Coffee brought in $3.6 billion". Of one unit, role and period, stated, each
    likely one of the items ranked; the words do not say so (it may be a total, or a measure of another kind): uncertain.
    The run ends at a sentence that ranks on its own (a superlative or a place), at a table or at the paragraph's end."""
    leader = seg.figures[k]
    leader_words = _clause_before(seg, k) + " " + seg.after(k, 40)
    out = []
    for later in segments[seg.index + 1:seg.index + 1 + _NEAR]:
        # (a sentence whose item leads a list of its own, "In the cities, Pune tops the list with 121", opens
        # another ranking, of another field)
        if later.paragraph != seg.paragraph or later.is_table_row or _RANKS_ITSELF.search(later.skeleton) \
                or _SAID_PLACE.search(later.skeleton) or _PLACE.search(later.skeleton) or _NEXT_PLACE.search(later.skeleton) \
                or _SAID_TOP.search(later.skeleton):
            break
        if _PARTITION.search(later.skeleton):
            continue  # "..., of which Safaricom accounted for 11.8 million": the parts of another whole
        for j, g in enumerate(later.figures):
            frame = frames[g.id]
            # "A further 194 nationals reached ...": another item's count, read as an amount added
            if among_changes != (frame.role in _CHANGES):
                if among_changes or not (frame.role is Role.CHANGE and any("added" in e for e in frame.evidence)):
                    continue
                frame = replace(frame, role=Role.LEVEL)
            elif among_changes:  # changes of one sense rank by size: "the biggest gain, at 3.1 million ... Airtel gained 713,865"
                if frame.direction * frames[leader.id].direction < 0 or frame.role is not frames[leader.id].role:
                    continue
                frame = replace(frame, role=Role.LEVEL)
            clause = _CLAUSE_BREAK.split(later.before(j, 120))[-1]
            # "They accounted for 13.1 million bed-nights": the leader's own other measure; "(Tables A and 1)": a label
            # (a noun of another measure: unless the words of the leader's place name it, "the most common nationality,
            # with 247 people ... A further 194 Pakistani nationals")
            if _PRONOUN_OPENING.match(clause) or _REFERENCE_BEFORE.search(clause) \
                    or (frame.head and frames[leader.id].head and frame.head != frames[leader.id].head
                        and frame.head[:5] not in leader_words):
                continue
            if _outside_the_field(leader_words, clause):
                continue  # "The largest non-EU nationalities were Indian (9,870) ... EU nationals accounted for 38,920"
            if _other_named_rate(seg.before(k, 160) + " " + leader_words, later.before(j, 120)):
                continue  # "the lowest employment rate, 81.3%. ... the unemployment rate was 3.8%": another measure
            # (a sentence after the leader's may leave its period unsaid: "Another 455 patients were admitted")
            if not g.period:
                frame = replace(frame, figure=replace(g, period=leader.period))
            # (not another time's level: "compared with 6.0% a year before", "against 412 in 2021")
            after = later.after(j, 30).split("#")[0]
            if not _in_list(frame, leader) or not written_in_digits(g) or _A_BASE.search(later.before(j, 20)) \
                    or _COMPARED.search(later.before(j, 30)) or _EARLIER.search(after) \
                    or _WHOLE_WORDS.search(clause) or _EARLIER.search(clause) or _WHOLE_WORDS.search(after):
                continue
            out.append(OrderLink(leader, g, "the leader of a ranking and an item of its measure the next sentences give",
                                 certain=False))
    return out


# a list of items that came after the leader said just before: "Nairobi (135,061) and Tsavo (114,002) came close behind"
_CAME_BEHIND = lazy_re.compile(r"^\)?\s*(?:came|come|were|was|are|is|followed|trailed|finished|ranked)\s+"
                               r"(?:(?:close|closely|just|not\s+far|far|well|some\s+way)\s+)?behind\s*[.;]?\s*$")


def _came_behind(seg: Segment, leader: Figure, frames: dict[str, Frame]) -> list[OrderLink]:
    """Each item of a list that "came behind" the leader is at most the leader; the list is likely, not said,
    to run largest first."""
    if not seg.figures or not _CAME_BEHIND.match(seg.after(len(seg.figures) - 1)):
        return []
    items = list(seg.figures)
    if not all(_in_list(frames[g.id], leader) for g in items) or not _NAME_WORD.search(seg.before(0)) \
            or not all(_NAME_WORD.search(seg.between(j - 1, j)) for j in range(1, len(items))):
        return []
    out = [OrderLink(leader, g, "an item that came behind the leader") for g in items]
    out += [OrderLink(a, b, "items that came behind the leader, largest first", certain=False) for a, b in zip(items, items[1:])]
    return out


# "the lowest since 1960, which was 374", "the highest since 2007 (9.4%)", "the lowest since the 2014-15 season, when
# it came to 74.95", "the highest since March 2019, when deliveries stood at 4,210": the time named had a level at least
# as low (high) as the one the sentence ranks. The time is a year, with a season's second year, a month or a quarter
# before it and a noun of time after it; the clause after it names that time's level by a pronoun or a noun of up to
# three words, then a verb of being or reaching or of a count ("when councils approved 4,390"; not a move, "when it
# rose 4%", which gives a change).
_SINCE_TIME = (r"since\s+(?:the\s+)?(?:(?:[a-z]+|\d{1,2})\s+(?:(?:quarter|half)\s+)?(?:of\s+)?)?(?:19|20)\d\d(?:[-/–]\d{2,4})?"
               r"(?:\s+(?:season|fiscal|financial|crop|marketing|calendar|school|academic|year|quarter|half)){0,2}\b")
_SINCE_A_YEAR = lazy_re.compile(rf"\bthe\s+(?:(?P<high>{lexicon.alternation(cues.SUPERLATIVES_HIGH)})|"
                                rf"(?P<low>{lexicon.alternation(cues.SUPERLATIVES_LOW)}))\s+(?:[a-z-]+\s+){{0,3}}?"
                                rf"{_SINCE_TIME}(?:\s*,?\s*(?:which|when\s+(?:it|they|(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?[a-z-]+))\s+"
                                r"(?:was|were|stood\s+at|stood|came\s+to|hit|amounted\s+to|sold|made|(?:rose|fell|grew)\s+to|"
                                r"(?!(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed)\b)[a-z]+ed(?:\s+(?:at|to))?)"
                                r"\s+|\s*\(\s*)(?=#\d+#)", screened=True)
# a level set against another, which is no level the sentence ranks: "81.5%, ahead of the 78.0% of a year earlier"
_A_COMPARED_BASE = lazy_re.compile(r"\b(?:from|than|against|on|over|ahead\s+of|behind|above|below|beside|"
                                   r"compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?$")
# the sentence's subject before the superlative, with no figure in it: "It was the lowest ...", "Butter output was the
# highest ...": the ranked level is the one the sentence before gives
_SUBJECT_ONLY = lazy_re.compile(r"^\W*(?P<subject>(?:[a-z'’-]+\s+){1,5}?)(?:was|were|is|are|has\s+been|had\s+been)\s+"
                                r"(?:now\s+|thus\s+|therefore\s+|also\s+)?$")


def _ranked_before(previous: Segment | None, seg: Segment, subject: str, then: Figure,
                   frames: dict[str, Frame]) -> tuple[Figure | None, bool]:
    """The level a sentence with no figure of its own ranks, given by the sentence before in its paragraph: the one
    level there of the same unit and role that is not set against another, when the subject points back ("It was the
    lowest since 2015") or names that level's measure ("Butter production was the highest since"). Certain when the
    subject points back or names the level's head noun; only likely when it shares another word with the level's
    clause ("Butter output reached 18,450 tonnes. Butter production was ...")."""
    if previous is None or previous.paragraph != seg.paragraph:
        return None, False
    pronoun = bool(_POINTS_BACK.match(subject))
    named = " ".join(w for w in _WORD.findall(subject) if len(w) > 3 and w not in _NOT_A_NAMING_WORD)
    kin = []
    for j, g in enumerate(previous.figures):
        frame = frames[g.id]
        if frame.role is not frames[then.id].role or not same_unit(g, then) or g.unit != then.unit or g.qualifier \
                or not written_in_digits(g) or frame.modality != "stated" or _A_COMPARED_BASE.search(previous.before(j, 40)) \
                or _GAP_AFTER.match(previous.after(j, 60)) or _EARLIER.search(previous.after(j, 30).split("#")[0]):
            continue
        head = bool(frame.head) and frame.head[:5] in named
        if pronoun or head or any(w in named for w in _WORD.findall(_CLAUSE_BREAK.split(previous.before(j, 80))[-1]) if len(w) > 3):
            kin.append((g, pronoun or head))
    return kin[0] if len(kin) == 1 else (None, False)


# words of a subject that name no measure: "It was", "This figure was", "The total was"
_NOT_A_NAMING_WORD = frozenset(("this", "that", "these", "those", "figure", "total", "level", "number", "amount", "also"))


def _since_a_year(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> list[OrderLink]:
    """The level said to be the lowest (highest) since a time, against the level that time had."""
    out = []
    for m in _SINCE_A_YEAR.finditer(seg.skeleton):
        k = next(j for j, slot in enumerate(seg.slots) if slot[0] == m.end())
        then = seg.figures[k]
        if frames[then.id].role not in _RANKABLE or then.qualifier:
            continue
        # the level ranked: the nearest before, of the same unit and role, not the base of a comparison
        # (of another period by definition: not _in_list, which asks for one period)
        ranked = [j for j in range(k) if seg.slots[j][1] <= m.start() and frames[seg.figures[j].id].role is frames[then.id].role
                  and same_unit(seg.figures[j], then) and seg.figures[j].unit == then.unit
                  and not seg.figures[j].qualifier and not _A_COMPARED_BASE.search(seg.before(j, 40))]
        certain = True
        if ranked:
            now = seg.figures[ranked[-1]]
        else:
            subject = _SUBJECT_ONLY.match(seg.skeleton[:m.start()])
            if not subject or k:
                continue
            now, certain = _ranked_before(previous, seg, subject.group("subject"), then, frames)
            if now is None:
                continue
        grammar = f"the {'highest' if m.group('high') else 'lowest'} since the year whose level follows"
        out.append(OrderLink(then, now, grammar, certain) if m.group("high") else OrderLink(now, then, grammar, certain))
    return out


# "the highest since 2012" with no level of that time in its sentence, and the next sentence giving the measure's level
# at a time after that year and before the ranked one: "Wheat prices climbed to $312 a tonne in May, the highest since
# 2012. In May last year they averaged $334 a tonne"; "Exports reached 41,200 tonnes in 2023, the lowest since 2009.
# In 2019 they had come to 38,900 tonnes" - the ranked level is the extreme of every level in the span.
_SINCE_A_BARE_YEAR = lazy_re.compile(rf"\bthe\s+(?:(?P<high>{lexicon.alternation(cues.SUPERLATIVES_HIGH)})|"
                                     rf"(?P<low>{lexicon.alternation(cues.SUPERLATIVES_LOW)}))\s+(?:[a-z-]+\s+){{0,3}}?"
                                     r"since\s+(?:(?:the\s+)?[a-z]+\s+(?:of\s+)?)?(?P<year>(?:19|20)\d\d)\b(?![-/–]\d)[^#]*$", screened=True)
# the next sentence's level is the same measure's: pointed back at ("they averaged", "it had stood at") or named by
# the ranked level's head noun, with no word before it that the ranked level's sentence does not say ("In 2015 youth
# unemployment stood at" names a narrower measure than "Unemployment fell to")
_POINTS_BACK_IN_CLAUSE = lazy_re.compile(r"\b(?:it|they|its|their)\b")
_WORD_BEFORE_A_HEAD = lazy_re.compile(r"([a-z][a-z'’-]*)\s+$")
_NO_MODIFIERS = frozenset(("in", "the", "of", "for", "by", "and", "at", "on", "then", "that", "year", "total"))


def _within_the_span_since(seg: Segment, nxt: Segment | None, frames: dict[str, Frame]) -> list[OrderLink]:
    """The level said to be the highest (lowest) since a year, against the same measure's level the next sentence
    gives for a time inside that span: at least (at most) it."""
    m = _SINCE_A_BARE_YEAR.search(seg.skeleton)
    if m is None or nxt is None or nxt.is_table_row or nxt.paragraph != seg.paragraph:
        return []
    ranked = [g for j, g in enumerate(seg.figures) if seg.slots[j][1] <= m.start()
              and frames[g.id].role in _RANKABLE and not g.qualifier and written_in_digits(g)
              and frames[g.id].modality == "stated" and not _A_COMPARED_BASE.search(seg.before(j, 40))]
    if not ranked or not ranked[-1].period:
        return []
    now, since = ranked[-1], m.group("year")
    # (the ranked level's noun names its measure only when said before it, as its subject: "Output hit 5.2 million
    # units" names units after the figure, which "exports of the units" may count too)
    head = frames[now.id].head if frames[now.id].head[:5] in seg.before(seg.figures.index(now), 120) else ""
    out = []
    said = frozenset(lexicon.folded_words(_SLOT.sub(" ", seg.skeleton)))
    # (a level naming no group of its own, "they had come to", keeps the ranked level's; one naming another group, "for
    # women", is of another measure)
    for j, g in enumerate(nxt.figures):
        clause = _CLAUSE_BREAK.split(nxt.before(j, 80))[-1]
        if frames[g.id].role is not frames[now.id].role or not same_unit(g, now) or g.unit != now.unit or g.qualifier \
                or not written_in_digits(g) or frames[g.id].modality != "stated" or not g.period \
                or frames[g.id].group and frames[g.id].group != frames[now.id].group \
                or len(g.period) != len(now.period) or not since < g.period[:4] or not g.period < now.period:
            continue
        # (certain when pointed back at; a noun may name a narrower measure than its words show, "inflation among food
        # items", so only likely when named)
        pointed = bool(_POINTS_BACK_IN_CLAUSE.search(clause))
        if not pointed:
            at = clause.find(head[:5]) if head else -1
            modifier = _WORD_BEFORE_A_HEAD.search(clause[:at]) if at >= 0 else None
            if at < 0 or modifier and modifier.group(1) not in _NO_MODIFIERS \
                    and lexicon.fold(modifier.group(1)) not in said:
                continue
        grammar = f"the {'highest' if m.group('high') else 'lowest'} since a year, and a level the next sentence gives in that span"
        out.append(OrderLink(now, g, grammar, certain=pointed) if m.group("high")
                   else OrderLink(g, now, grammar, certain=pointed))
    return out


# a move away from an extreme of the series: "the general fall in births since the last peak of 60,041 in 2008", "a
# steady recovery since the low of 2,140" - the level the clause (or, after "That"/"It", the sentence before) gives
# lies below the peak (above the low); not a move towards it ("down to the low of") nor a record beaten
_SINCE_AN_EXTREME = lazy_re.compile(
    rf"\b(?:(?P<down>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_DOWN + lexicon.CHANGE_VERBS_DOWN if w != 'down'))})|"
    rf"(?P<up>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_UP + lexicon.CHANGE_VERBS_UP + ('recovery',) if w != 'up'))}))s?\b"
    r"[^#;]{0,40}?\bsince\s+(?:the|its|their|a)\s+(?:(?:last|previous|recent|most\s+recent|latest)\s+)?"
    rf"(?:(?P<peak>{lexicon.alternation(lexicon.SERIES_PEAKS)})|(?P<low>{lexicon.alternation(lexicon.SERIES_LOWS)}))"
    r"\s+(?:of\s+)?(?=#\d+#)", screened=True)
_POINTS_BACK = lazy_re.compile(r"^\W*(?:that|this|it|they)\b")
_GAP_AFTER = lazy_re.compile(r"^\s*(?:\([^()#]*(?:#\d+#[^()#]*)?\)\s*)?(?:[a-z%]+\s+)?(?:fewer|more|less|lower|higher|above|below)\b")


def _since_an_extreme(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> list[OrderLink]:
    """A level against the peak (low) its series is said to have fallen (risen) from since."""
    out = []
    for m in _SINCE_AN_EXTREME.finditer(seg.skeleton):
        if bool(m.group("down")) != bool(m.group("peak")):
            continue  # "a rise since the last peak": no side said
        k = next(j for j, slot in enumerate(seg.slots) if slot[0] == m.end())
        extreme = seg.figures[k]
        if frames[extreme.id].role not in _RANKABLE or extreme.qualifier or not written_in_digits(extreme):
            continue

        def kin(g: Figure) -> bool:
            return frames[g.id].role is frames[extreme.id].role and same_unit(g, extreme) and g.unit == extreme.unit \
                and not g.qualifier and written_in_digits(g) and frames[g.id].modality == "stated" \
                and not (g.period and extreme.period and len(g.period) == len(extreme.period)
                         and g.period <= extreme.period)  # (a level of a time before the extreme is no later one)

        here = [g for j, g in enumerate(seg.figures[:k]) if seg.slots[j][1] <= m.start() and kin(g)]
        if here:
            level = here[-1]
        elif previous is not None and _POINTS_BACK.match(seg.skeleton) and not seg.figures[:k]:
            # (not a gap the sentence gives after a level: "54,488 births ... - 612 (1.1 per cent) fewer than in 2015")
            back = [g for j, g in enumerate(previous.figures) if kin(g) and not _GAP_AFTER.match(previous.after(j, 60))]
            if len(back) != 1:
                continue
            level = back[0]
        else:
            continue
        grammar = f"a level after a {'fall' if m.group('down') else 'rise'} since the series' {'peak' if m.group('peak') else 'low'}"
        out.append(OrderLink(extreme, level, grammar) if m.group("peak") else OrderLink(level, extreme, grammar))
    return out


@dataclass(frozen=True)
class MainPartLink:
    """A change of a whole said to come mainly from one part: the part's change (`part`, a size) is more than half the
    whole's, which is a stated change (`change`) or the move from `old` to `new`; `direction` is the whole's way."""
    part: Figure
    direction: int
    change: Figure | None = None
    new: Figure | None = None
    old: Figure | None = None


_MAINLY_FROM = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.MAINLY)})\s+(?:{lexicon.alternation(lexicon.MAIN_CAUSES)})\s+"
                               r"(?P<what>[^#,;:.()]{1,80})", screened=True)
_LAST_OF = lazy_re.compile(r"^(?:.*\b(?:from|in|of|by)\s+)?(?:(?:the|a|an)\s+)?(?P<name>.+?)\s*$")
_WHOLE_MOVE = lazy_re.compile(rf"\b(?:(?P<up>{lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_UP if w != 'up'))})|"
                              rf"(?P<down>{lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_DOWN if w != 'down'))}))"
                              r"\s+to\s+#(?P<new>\d+)#\s*(?:[a-z]+\s+)?from\s+(?:the\s+)?#(?P<old>\d+)#")
_WHOLE_NOUN = lazy_re.compile(rf"\bthe\s+(?:(?P<up>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_UP if w != 'up'))})|"
                              rf"(?P<down>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_DOWN if w != 'down'))}))\s+in\b")
_NAME_OPENS = r"^\W*(?:the\s+)?{name}(?:['’]s?)?\s"
_PART_VERB = lazy_re.compile(rf"\b(?:{lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN if w not in ('up', 'down')) + ('went up', 'went down', 'goes up', 'goes down'))})\b")
_MAIN_PART_BACK = 3  # sentences back to the whole's stated change
_PLAIN_NAME_WORD = lazy_re.compile(r"[a-z][a-z'’-]*")


def _a_size(frames: dict[str, Frame], g: Figure) -> bool:
    return g.unit != "percent" and g.kind is not Kind.PERCENT and written_in_digits(g) and g.qualifier in ("", "more-than") \
        and frames[g.id].modality == "stated"


def main_parts(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[MainPartLink]:
    """"The fall in total numbers came mainly from the breeding flock, which dropped by 5.6% (390,000 head)" after "a
    fall of 620,000 head"; "production rose to 734.8 million kg from 733.9 million kg, mostly on the back of a bigger
    contribution from Assam. Assam's production went up more than 12.5 million kg": the part's change is the first size
    after its name in the cue's sentence, or after a verb of change in one of the next two sentences, which opens with the
    part's name; the whole's is the move "to N from M" before the cue in its sentence, or the last change of the part's
    unit and the whole's way that one of the three sentences before states ("the fall in ..." says the way)."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for m in _MAINLY_FROM.finditer(seg.skeleton):
            name = _LAST_OF.match(m.group("what")).group("name").strip()
            words = name.split()
            if not 1 <= len(words) <= 3 or any(not _PLAIN_NAME_WORD.fullmatch(w) for w in words):
                continue
            # the part's change
            part = None
            for k, slot in enumerate(seg.slots):
                if slot[0] >= m.end() and _a_size(frames, seg.figures[k]) and not _CLAUSE_BREAK.search(seg.skeleton[m.end():slot[0]]):
                    part = seg.figures[k]
                    break
            if part is None:
                opens = re.compile(_NAME_OPENS.format(name=re.escape(name)))
                for later in segments[seg.index + 1:seg.index + 3]:
                    if later.is_table_row or not opens.match(later.skeleton):
                        continue
                    verb = _PART_VERB.search(later.skeleton)
                    part = next((g for k, g in enumerate(later.figures) if verb is not None and later.slots[k][0] > verb.end()
                                 and _a_size(frames, g)), None)
                    break
            if part is None:
                continue
            # the whole's change
            head = seg.skeleton[:m.start()]
            moves = list(_WHOLE_MOVE.finditer(head))
            if moves:
                mv = moves[-1]
                new, old = seg.figures[int(mv.group("new"))], seg.figures[int(mv.group("old"))]
                if same_unit(new, part) and same_unit(old, part) and new.unit == old.unit == part.unit \
                        and _a_size(frames, new) and _a_size(frames, old) and not new.qualifier and not old.qualifier:
                    out.append(MainPartLink(part, 1 if mv.group("up") else -1, new=new, old=old))
                continue
            noun = _WHOLE_NOUN.search(head)
            if noun is None or "#" in head:
                continue
            direction = 1 if noun.group("up") else -1
            back = [g for earlier in segments[max(0, seg.index - _MAIN_PART_BACK):seg.index] if not earlier.is_table_row
                    for g in earlier.figures if frames[g.id].role is Role.CHANGE and g.direction == direction
                    and _a_size(frames, g) and not g.qualifier and same_unit(g, part) and g.unit == part.unit]
            if back:
                out.append(MainPartLink(part, direction, change=back[-1]))
    return out


@dataclass(frozen=True)
class RatesOfAllPartsLink:
    """A whole's rate of change, then the rates of all its parts: "rose 4.7 per cent, with all sub-sectors growing:
    motor vehicles (17.8 per cent), wholesale trade (5.3 per cent) and retail trade (2.4 per cent)". The whole's rate
    lies between the smallest and the largest of them."""
    rate: Figure
    lowest: Figure
    highest: Figure
    # the way each moved (+1 / -1), by figure id: its own sign, or else the way the words say all the parts moved
    signs: tuple[tuple[str, int], ...] = ()


_ALL_PARTS = lazy_re.compile(rf"^[^#]{{0,40}}?,?\s*with\s+all\s+(?:(?:the|its|their|#\d+#|three|four|five|six)\s+)?"
                             rf"(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.PART_NOUNS)})\s+"
                             rf"(?:(?P<up>{lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_UP if w != 'up'))})|"
                             rf"(?P<down>{lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_DOWN if w != 'down'))}))"
                             r"\s*[:,]")
_BRACKETED_RATE = lazy_re.compile(r"^\)?\s*(?:[:,]|,?\s*and)?\s*(?:the\s+)?[a-z][^#;()]{0,50}?\(\s*$")


def rates_of_all_parts(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[RatesOfAllPartsLink]:
    """A rate of change, then "with all (its) sub-sectors growing:" and each part's rate in brackets after its name."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, rate in enumerate(seg.figures[:-2]):
            if frames[rate.id].role is not Role.RELATIVE_CHANGE or rate.unit != "percent" or rate.qualifier:
                continue
            m = _ALL_PARTS.match(seg.after(k, 200))
            if m is None:
                continue
            way = -1 if m.group("down") else 1
            parts, end = [], seg.slots[k][1] + m.end()
            for j in range(k + 1, len(seg.figures)):
                g = seg.figures[j]
                if g.unit != "percent" or g.qualifier or not written_in_digits(g) \
                        or not _BRACKETED_RATE.match(seg.skeleton[end:seg.slots[j][0]]):
                    break
                parts.append(g)
                end = seg.slots[j][1]
            if len(parts) >= 2:
                signs = {g.id: (g.direction or way) for g in (rate, *parts)}
                if rate.direction and rate.direction != way:
                    continue  # "rose 4.7%, with all regions declining": no one way
                signed = sorted(parts, key=lambda g: signs[g.id] * abs(g.value))
                out.append(RatesOfAllPartsLink(rate, signed[0], signed[-1], tuple(signs.items())))
    return out


_AVERAGE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.AVERAGE_WORDS)})\s+(?:[a-z]+\s+)?$", screened=True)
# "peaking above 30,000": the words may stand a little before the figure ("with the number peaking above")
_EXTREME_BEFORE = lazy_re.compile(rf"\b(?:(?P<peak>{lexicon.alternation(lexicon.PEAK_WORDS)})|"
                                  rf"(?P<trough>{lexicon.alternation(lexicon.TROUGH_WORDS)}))\s+(?:[a-z]+\s+)?$")
_SPREAD_TOP = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SPREAD_TOP_WORDS)})\b")
_SPREAD_BOTTOM = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SPREAD_BOTTOM_WORDS)})\b")
_SPREAD_END_BEFORE = lazy_re.compile(rf"\b(?:(?P<peak>{lexicon.alternation(lexicon.SPREAD_TOP_WORDS)})|"
                                     rf"(?P<trough>{lexicon.alternation(lexicon.SPREAD_BOTTOM_WORDS)}))\s+$")


def _average_and_extremes(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """A series' average and its peak (or low) in one sentence: the peak is at least the average, the low
    at most. "handled an average of 23,000 movements a day, with the number peaking above 30,000"; an average and
    the two ends of its items' spread: "Households average 6.9 persons nationally, as many as 8.1 in Mandera county,
    as few as 2.9 in Nairobi"."""
    averages = [k for k in range(len(seg.figures)) if _AVERAGE_BEFORE.search(seg.before(k, 40))]
    if len(averages) != 1:
        return []  # two averages: which one the peak belongs to is not said
    mean = seg.figures[averages[0]]
    # (both ends of a spread named in the sentence: "as many as ..., as few as ...")
    spread = _SPREAD_TOP.search(seg.skeleton) is not None and _SPREAD_BOTTOM.search(seg.skeleton) is not None
    out = []
    for k, f in enumerate(seg.figures):
        m = _EXTREME_BEFORE.search(seg.before(k, 40)) or (_SPREAD_END_BEFORE.search(seg.before(k, 40)) if spread else None)
        # (a bound on the peak too: "peaking above 30,000")
        if m is None or k == averages[0] or frames[f.id].role not in (frames[mean.id].role, Role.BOUND) \
                or frames[mean.id].role not in _RANKABLE or not same_unit(f, mean) or f.unit != mean.unit:
            continue
        if m.group("peak"):
            out.append(OrderLink(f, mean, "a series' peak against its average"))
        else:
            out.append(OrderLink(mean, f, "a series' low against its average"))
    return out


# an item's count and its share of the whole in one clause: "with 265,310 accounting for 14 percent of the
# total", "28,411 constructions or 71.7 percent": the place the clause gives the one is the other's too
_COMPANION_SHARE = lazy_re.compile(r"^\s*(?:[a-z-]+)?\s*,?\s*(?:or|accounting\s+for|representing|making\s+up|\()\s*$")
_CLOSER = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.RANK_CLOSERS)})\b", screened=True)
_TOP_GROUP = lazy_re.compile(r"\b(?:top|first|leading|list|ranking|rankings|table)\b")
# from one item's figure to the next item's, past the item's other figures: "..., Slovaks, with", "and the Dutch, with"
_NEXT_ITEM = lazy_re.compile(r"(?:,|\band\b)\s*(?:the\s+)?[A-Za-z][A-Za-z'’ .-]{1,40}?,?\s*(?:with|at|on|for|\()?\s*$")
_FAR = 6  # sentences from a place to the next when the next opens the paragraph after


def _placeable(frame: Frame) -> bool:
    return frame.is_level or frame.role in (Role.SHARE, Role.RATIO)


def _closing_items(seg: Segment, frames: dict[str, Frame]) -> list[Figure]:
    """The items of a list that closes a ranking: "The top ten was rounded off by Britons, with 380,600 arrivals
    and 1.9 million bed-nights, Slovaks, with 370,100 arrivals ..., and the Dutch, with 310,000 arrivals ...":
    the first figure after the closing words, then each figure of its unit and measure that a new name opens."""
    m = _CLOSER.search(seg.skeleton)
    if m is None or not _TOP_GROUP.search(seg.skeleton[max(0, m.start() - 40):m.end() + 40]):
        return []
    # (not the count of the group closed: "Rounding out the top five were ...")
    ks = [k for k in range(len(seg.figures)) if seg.slots[k][0] >= m.end() and frames[seg.figures[k].id].role is not Role.BOUND]
    if not ks or not _NAME_WORD.search(seg.skeleton[m.end():seg.slots[ks[0]][0]]):
        return []
    first = seg.figures[ks[0]]
    if not _in_list(frames[first.id], first) or not _placeable(frames[first.id]) or not written_in_digits(first):
        return []
    items = [first]
    for k in ks[1:]:
        g = seg.figures[k]
        if not (_in_list(frames[g.id], first) and g.measure == first.measure and written_in_digits(g)):
            continue  # the item's other figures: its bed-nights, its changes
        if not _NEXT_ITEM.search(seg.before(k, 60)):
            break
        items.append(g)
    return items


# a mark a level is said to cross or outdo, then the mark: "dropping below 400", "surpasses the 399 million tons"
# (a reference value is a mark too: "fell below the five-year average of 7.8 tonnes, coming in at 7.4 tonnes")
_MARKS_AND_PLANS = lexicon.alternation(tuple(dict.fromkeys(
    lexicon.MARK_NOUNS + lexicon.PLAN_NOUNS + lexicon.REFERENCE_NOUNS + ("expectations",))))
# (or a mark or plan named with words of its own: "exceeded its fundraising goal of", "above the legal limit of",
# "beat analysts' forecasts of")
_CROSSING = lazy_re.compile(rf"\b(?:(?P<down>{lexicon.alternation(lexicon.CROSSING_DOWN)})|"
                            rf"(?P<up>{lexicon.alternation(lexicon.CROSSING_UP)}))\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                            r"(?:(?:(?:previous|projected|forecast|expected|targeted|planned|budgeted|record|mark|level|"
                            r"threshold|target|projection|peak|high|best)\s+){0,2}"
                            rf"|(?:[a-z'’-]+\s+){{0,3}}?(?:{_MARKS_AND_PLANS})s?\s+"
                            # (a wider whole's rate: "exceeded the national rate of 7.4%")
                            rf"|(?:{lexicon.alternation(lexicon.WIDER_SCOPE_MARKS)})\s+(?:[a-z'’-]+\s+)?"
                            rf"(?:{lexicon.alternation(lexicon.WIDER_SCOPE_NOUNS)})\s+)(?:of\s+)?$")
# the level that crossed it, after the mark in its sentence: "fell below 10,000 to 9,412", "dropping below 400, at 387"
# (", coming in at", ", ending the year at", ", reaching": a verb of the clause in -ing, then the level)
# (not the "to" of a comparison: "exceeded 3,276,000 compared to 2,897,000 at the end of 2021" sets the level
# against an earlier one)
_CONTRAST_OPENS = lazy_re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")
_LEVEL_AFTER_MARK = lazy_re.compile(r"^[^#;:.]{0,60}?(?:\b(?<!compared\s)(?<!opposed\s)(?<!relative\s)(?<!equal\s)to|,\s*(?:at|with|[a-z]{3,}ing(?:\s+(?:in|out|up|the\s+[a-z]+))?"
                                    r"(?:\s+(?:at|to|on))?)"
                                    # ("beat forecasts of $1.2 billion with a profit of $1.3 billion")
                                    r"|\swith\s+(?:an?\s+)?(?:[a-z'’-]+\s+){0,2}?of"
                                    # ("overshot its target of 50,000 by reaching 56,318", "by recording a rate of 48.2%")
                                    rf"|,?\s+by\s+(?:{lexicon.alternation(lexicon.LEVEL_GERUNDS)})(?:\s+(?:an?\s+)?(?:[a-z'’-]+\s+){{0,2}}?of)?)"
                                    r"\s+(?:(?:just|some|about)\s+)?$")
# ... or opening the next sentence: "At 387, it is 17 less than ...", "It now stands at 9,412"
_LEVEL_OPENING = lazy_re.compile(r"^\W*(?:at|with)\s+#0#|^\W*(?:it|this|the\s+[a-z]+)\s+(?:now\s+)?"
                                 r"(?:stands|stood|is|was|came\s+to|reached|totalled|totaled)\s+(?:at\s+)?#0#")
# the figure of the sentence before, pointed back at: "With this figure, the canal surpasses ..."
_POINTS_AT_FIGURE = lazy_re.compile(rf"^\W*(?:(?:with|at)\s+)?(?:{lexicon.alternation(cues.DEMONSTRATIVES)})\s+"
                                   rf"(?:{lexicon.alternation(cues.FIGURE_NOUNS)})\b[^#;]*$")
# a second mark in the same sentence: "..., as also the tonnage of FY 2016, which closed with 330.4 million tons"
_ALSO_MARK = lazy_re.compile(r"\b(?:as\s+also|as\s+well\s+as|and\s+also)\b[^#;]{0,60}$")


_OWN_PLURAL_NOUN_AFTER = lazy_re.compile(r"^\s*([a-z][a-z'’-]+s)\b")


def _counts_a_thing_unsaid(seg: Segment, j: int) -> bool:
    """Whether figure j, after a mark, counts a thing of its own that no word before it names: "overnight stays of
    residents exceeded 1.7 million, with 683,918 travellers" (the travellers are another count beside the mark's, not
    the level that crossed it); not "above the legal limit of 40 micrograms, at 46 micrograms" (the mark's own noun)."""
    noun = _OWN_PLURAL_NOUN_AFTER.match(seg.after(j, 30))
    if noun is None:
        return False
    named = set(lexicon.folded_words(seg.skeleton[:seg.slots[j][0]]))  # (the subject's words, or the mark's noun)
    return lexicon.fold(noun.group(1)) not in named


# a year named between a level and a verb of crossing: "the backlog was 14,360 and in 1990 the backlog crossed 20,000"
# opens a clause of another time, whose own level is not the one before it
_A_YEAR_BETWEEN = lazy_re.compile(r"\b(?:1[89]|20)\d\d\b")


def _crossing_level(seg: Segment, k: int, verb: int, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> Figure | None:
    """The level said to cross the mark at figure k of seg, the verb of crossing at offset `verb`."""
    mark = seg.figures[k]

    def fits(g: Figure) -> bool:
        return g is not mark and _placeable(frames[g.id]) and same_unit(g, mark) and g.unit == mark.unit \
            and not g.qualifier and written_in_digits(g)
    # (not across a word of contrast, which opens another move's clause: "exceeded 1 million in January but shrank to
    # 831,000 in March")
    if k + 1 < len(seg.figures) and _LEVEL_AFTER_MARK.match(seg.between(k, k + 1)) and fits(seg.figures[k + 1]) \
            and not _counts_a_thing_unsaid(seg, k + 1) and not _CONTRAST_OPENS.search(seg.between(k, k + 1)):
        return seg.figures[k + 1]
    if _POINTS_AT_FIGURE.match(seg.skeleton[:verb]) and not any(slot[0] < verb for slot in seg.slots):
        for back in segments[max(0, seg.index - 2):seg.index][::-1]:
            # the level the sentence reports, not a base or a plan it is set against ("against a plan of 250 km")
            earlier = [g for j, g in enumerate(back.figures) if fits(g) and frames[g.id].modality == "stated"
                       and not _A_BASE.search(back.before(j, 20)) and not _A_PLAN.search(back.before(j, 40))]
            if earlier:
                return earlier[-1]
        return None
    # the subject's level before the verb, in its clause: "Tonnage of 403.8 million tons surpassed the 399 million projected"
    before = [j for j in range(k) if seg.slots[j][1] <= verb and fits(seg.figures[j])]
    if before and not _CLAUSE_BREAK.search(seg.skeleton[seg.slots[before[-1]][1]:verb]) \
            and not _OWN_SUBJECT_CLAUSE.search(seg.skeleton[seg.slots[before[-1]][1]:verb]) \
            and not _A_YEAR_BETWEEN.search(seg.skeleton[seg.slots[before[-1]][1]:verb]) \
            and not _A_BASE.search(seg.before(before[-1], 20)):
        return seg.figures[before[-1]]
    after = segments[seg.index + 1] if seg.index + 1 < len(segments) else None
    if not before and after is not None and after.paragraph == seg.paragraph and after.figures \
            and _LEVEL_OPENING.match(after.skeleton) and fits(after.figures[0]):
        return after.figures[0]
    return None


# the bounds of a range: "estimated at between $2.8 billion and $3.2 billion", "prices ranged from 410 to 450 euros";
# not "the gap between 4.1% and 3.2%", not a move "rose from 410 to 450"
_BETWEEN = lazy_re.compile(r"\bbetween\s+(?:some\s+|about\s+)?$")
_NOT_A_RANGE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.NOT_A_RANGE_BEFORE)})\s+(?:[a-z'’-]+\s+){{0,2}}$")
_RANGE_FROM = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.RANGE_WORDS)})\s+(?:\w+\s+){{0,3}}?from\s+$")
_BOUNDS_AND = lazy_re.compile(r"^\s*(?:and|to|-|–)\s*$")
_BOUNDS_TO = lazy_re.compile(r"^\s*(?:to|-|–)\s*$")


def ranges(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """The bounds of a range lie low first: "between A and B", "ranged from A to B" (A at most B). Of one unit and
    kind, each stated, nothing but "and"/"to" between them. An expected range ("turnout is expected to be between 58%
    and 61%") is only likely to be written in order: a forecast is never an error."""
    out = []
    for seg, k, low, high in prose_neighbours(segments):
        glue = seg.between(k, k + 1)
        before = seg.before(k, 60)
        between = _BETWEEN.search(before) if _BOUNDS_AND.match(glue) else None
        if between is not None and _NOT_A_RANGE.search(before[:between.start()]):
            continue
        if between is None and not (_BOUNDS_TO.match(glue) and _RANGE_FROM.search(before)):
            continue
        fl, fh = frames[low.id], frames[high.id]
        if not (_placeable(fl) and _placeable(fh)) or fl.role is not fh.role or not same_unit(low, high) \
                or low.unit != high.unit or low.qualifier or high.qualifier or low.period != high.period \
                or not (written_in_digits(low) and written_in_digits(high)):
            continue
        certain = fl.modality == fh.modality == "stated"
        out.append(OrderLink(high, low, "the bounds of a range, the lower first", certain))
    return out


# from the paying sum to the sum paid for: "of shares to cover a projected ", " grant covers the ", " set aside to pay
# for the "; no "of" after the verb ("covers half of the"), no word of a part ("covers part of", "covers a third")
_COVERING = lazy_re.compile(rf"^[\s,]*(?:[a-z'’-]+\s+){{0,4}}?(?:(?P<enough>enough\s+to|sufficient\s+to)\s+|(?P<aim>to|will|would|"
                            rf"should|could|can|in\s+order\s+to)\s+)?"
                            rf"(?:{lexicon.alternation(lexicon.COVER_VERBS)})\s+"
                            rf"(?!(?:{lexicon.alternation(lexicon.NOT_IN_FULL)})\b)(?:the|its|their|this|that|a|an)?\s*"
                            r"(?:(?!of\b)[a-z'’-]+\s+){0,2}$")


def covered_sums(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A sum of money said to cover another, of one currency: no less than it. A forecast sum, or a sum put up "to
    cover" another (an aim), only suggests it."""
    out = []
    for seg, k, a, b in prose_neighbours(segments):
        if a.kind is not Kind.MONEY or b.kind is not Kind.MONEY or a.unit != b.unit or a.qualifier or b.qualifier \
                or not (written_in_digits(a) and written_in_digits(b)) \
                or not (_placeable(frames[a.id]) and _placeable(frames[b.id])):
            continue
        m = _COVERING.match(seg.between(k, k + 1))
        if m is not None:
            # (a sum set aside "to cover" another is an aim, only likely met; "enough to cover" says it is)
            certain = frames[a.id].modality == frames[b.id].modality == "stated" and not m.group("aim")
            out.append(OrderLink(a, b, "a sum said to cover another", certain=certain))
    return out


_MARK_NOUN_AFTER = lazy_re.compile(rf"^\s*(?:[a-z-]+\s+)?(?:{_MARKS_AND_PLANS})\b")
_MARK_NOUN_BEFORE = lazy_re.compile(rf"\b(?:{_MARKS_AND_PLANS})s?\s+of\s+$")


def _exact_if_a_mark(seg: Segment, figure: Figure) -> Figure:
    """The figure as an exact value when a noun of a mark follows it ("the 500 mark", "the £50 threshold"): a round
    number that names a mark stands for itself, not for its rounding."""
    k = seg.slot_of(figure)
    if figure.value is None or figure.qualifier or not (_MARK_NOUN_AFTER.match(seg.after(k, 30))
                                                         or _MARK_NOUN_BEFORE.search(seg.before(k, 40))):
        return figure
    return replace(figure, low=figure.value, high=figure.value)


_EXPECTED_WORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.EXPECTED)})\b")


def _only_the_mark_expected(seg: Segment, verb: int, k: int) -> bool:
    """Whether the sentence's only words of expectation are those naming the mark a past result crossed: "The bank beat
    analysts' forecasts of $1.2 billion with a profit of $1.3 billion", "missed its recycling target of 50%, reaching
    47%" (a result set against a plan or forecast, itself no forecast); not "is expected to rise above 12,000"."""
    end = seg.slots[k][1]
    noun = _MARK_NOUN_AFTER.match(seg.skeleton[end:end + 30])
    if noun is not None:
        end += noun.end()
    rest = seg.skeleton[:verb] + " " + seg.skeleton[end:]
    return _EXPECTED_WORD.search(rest) is None


def crossed_marks(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A level said to cross or outdo a mark: at most the mark when it "dropped below" it, at least the mark when it
    "rose above" or "surpassed" it. The level is the figure the crossing goes "to" in its sentence, the subject's
    figure before the verb, the figure of the sentence before when the crossing points back at it ("With this
    figure, the canal surpasses the 399 million tons ... projected"), or the level that opens the next sentence
    ("dropping below 400 for the first time. At 387, ..."). A second mark may follow "as also"."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, mark in enumerate(seg.figures):
            m = _CROSSING.search(seg.before(k, 80))
            if m is None or frames[mark.id].role not in (Role.LEVEL, Role.BOUND, Role.SHARE, Role.RATIO) \
                    or not written_in_digits(mark):
                continue
            verb = seg.slots[k][0] - len(seg.before(k, 80)) + m.start()  # (m is read in the words before the mark)
            level = _crossing_level(seg, k, verb, segments, frames)
            if level is None:
                continue
            marks = [mark] + [g for j, g in enumerate(seg.figures[k + 1:], k + 1)
                              if _ALSO_MARK.search(seg.between(j - 1, j)) and frames[g.id].is_level
                              and same_unit(g, mark) and g.unit == mark.unit and g is not level]
            certain = all(frames[g.id].modality == "stated" for g in (level, mark)) \
                or _only_the_mark_expected(seg, verb, k)
            # (a mark named as one is exact, however round: "stayed below the £50 threshold, at £52")
            marks = [_exact_if_a_mark(seg, g) for g in marks]
            for g in marks:
                if m.group("down"):
                    out.append(OrderLink(g, level, "a level said to drop below a mark", certain))
                else:
                    out.append(OrderLink(level, g, "a level said to rise above or surpass a mark", certain))
    return out


# a comparison with a mark a few words name, the mark's figure after "of", "at" or an opening bracket: "grew faster
# than the national English average (of 7%)", "was above the national rate of 5.2%"
_AGAINST_A_MARK = lazy_re.compile(rf"\b(?:(?P<up>{cues.words(cues.COMPARATIVES_UP)})|(?P<down>{cues.words(cues.COMPARATIVES_DOWN)}))"
                                  r"\s+(?:the|its|their|a)\s+(?:[a-z-]+\s+){0,3}?[a-z]+\s*(?:\(\s*)?(?:of|at)?\s*$", screened=True)
# from the mark or one member to the next member, whose figure stands in brackets after its name: ") in the West
# Midlands (", ", Greater Manchester (", " and West Yorkshire ("
_NEXT_BRACKETED_MEMBER = lazy_re.compile(r"^\)?\s*(?:,\s*|\s(?:and|in|for|among)\s+|:\s*)(?:and\s+)?[^#;:()]{2,50}?\(\s*$")


def members_against_a_mark(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """Members named after a comparison with a mark, each with its figure in brackets, lie on the side of the mark
    the comparison gives: "bus patronage grew faster than the national average (of 7%) in the West Midlands (11%),
    Greater Manchester (12%) and West Yorkshire (12%)" (each above 7%); "unemployment was above the national
    rate of 5.2% in Cork (6.1%) and Limerick (5.9%)"."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, mark in enumerate(seg.figures):
            m = _AGAINST_A_MARK.search(seg.before(k, 80))
            # (a mark of time is a level here: "below the regional median of 41 days in Ards (38 days)")
            if m is None or not frames[mark.id].is_level and frames[mark.id].role not in (Role.SHARE, Role.RELATIVE_CHANGE,
                                                                                          Role.DURATION) \
                    or not written_in_digits(mark) or mark.qualifier:
                continue
            members, last = [], k
            for j in range(k + 1, len(seg.figures)):
                member = seg.figures[j]
                if not _NEXT_BRACKETED_MEMBER.match(seg.between(last, j)) or not same_unit(member, mark) \
                        or member.unit != mark.unit or not written_in_digits(member) or member.qualifier:
                    break
                members.append(member)
                last = j
            # a list closes with its last bracket: "and West Yorkshire (12%)." (one bracketed figure is no list of members
            # unless the sentence ends there)
            if not members:
                continue
            certain = all(frames[g.id].modality == "stated" for g in (mark, *members))
            for member in members:
                if m.group("down"):
                    out.append(OrderLink(mark, member, "members named after a comparison with a mark, below it", certain))
                else:
                    out.append(OrderLink(member, mark, "members named after a comparison with a mark, above it", certain))
    return out


# a series' direction over a span, then its levels at times: "has been falling steadily since 2010, with 8,400 in 2012,
# 7,900 in 2015 and 7,350 in 2018"; "since 1990 it has been almost all downhill, with 2.5 in 1995, 1.8 in 2000 ..."
_SERIES_WORD = lazy_re.compile(rf"\b(?:(?P<down>{lexicon.alternation(lexicon.SERIES_DOWN)})|(?P<up>{lexicon.alternation(lexicon.SERIES_UP)}))\b")
_STEADY = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.STEADY_MOVES)})\b")
_MOSTLY = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.MOSTLY)})\b")
_SINCE = lazy_re.compile(r"\bsince\s+((?:19|20)\d\d)\b")
_SERIES_CLAUSE_BREAK = lazy_re.compile(r";|,\s+(?:and|but|while|whereas)\b|\.\s")
# (or a participle of reaching: "rose steadily, reaching 31% in 2021, 34% in 2022 and 36% in 2023"; or "to" the levels
# reached: "fell each year, to 5.1% in 2020, 4.8% in 2021 and 4.2% in 2022")
# (or the levels run "from" the first: "has risen every year, from $3.1 billion in 2019 to $3.4 billion in 2020, $3.3
# billion in 2021 and ...", "fell each year since 2019: from 7.1% to 6.4% in 2020, ...")
_LEVELS_FOLLOW = lazy_re.compile(r"(?:,\s*with|:|,\s*(?:reaching|hitting|standing\s+at|to))\s*(?:(?:levels?|figures?|totals?)\s+of\s+)?$"
                                 r"|(?:,|:)\s*from\s+(?:a\s+|an\s+|the\s+)?(?:(?:level|figure|total|low|high)\s+of\s+)?$")
# from one level of the series to the next: "in 1995, ", "in 2000 and ", "in 2019 to " (after a first level "from")
# (a word or two may stand before the next level: "... in 2018 and a reported $208.2m in 2019")
_NEXT_LEVEL = lazy_re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:in|by|for)\s+(?:fy\s*)?(?:19|20)\d\d(?:[-/]\d\d)?\s*"
                              r"(?:,\s*(?:and\s+)?|\band\s+|;\s*|\bto\s+)(?:(?!(?:in|by|for|to|from|than)\s)[a-z]+\s+){0,2}$")
_HEDGE_BEFORE = lazy_re.compile(r"\b[a-z]+\s*$")
_FROM_AT_THE_END = lazy_re.compile(r"\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:(?:level|figure|total|low|high)\s+of\s+)?$")


# a level, then a change in words against a time whose level a "when" clause gives: "averaged 3.6 a garden, a steep drop on
# 1979, when 15 were seen", "sold 412 homes, a rise from 2019, when it sold 380"
_WORDED_CHANGE_WHEN = lazy_re.compile(rf"^[^#;:]{{0,40}}?\b(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:(?P<down>{lexicon.alternation(cues.CHANGE_NOUNS_DOWN)})|"
                                      rf"(?P<up>{lexicon.alternation(cues.CHANGE_NOUNS_UP)}))\s+(?:on|from|since|compared\s+(?:with|to))\b"
                                      r"[^#;:]{0,40}?,\s*when\b[^#;:]{0,50}?#(?P<old>\d+)#", screened=True)


def worded_changes_against_a_when(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """A level, then a change said in words against a time, and that time's level after "when": the level at most
    the old one after a drop, at least it after a rise."""
    out = []
    for k, f in enumerate(seg.figures):
        if frames[f.id].role not in _RANKABLE or f.qualifier:
            continue
        m = _WORDED_CHANGE_WHEN.match(seg.after(k, 200))
        if m is None:
            continue
        old = seg.figures[int(m.group("old"))]
        # (an average per item against that time's count of the same thing: "averaged 3.6 birds a garden ... when 15
        # were seen" - the words give one measure)
        if frames[old.id].role not in _RANKABLE or old.qualifier or f.unit != old.unit \
                or not (same_unit(f, old) or {frames[f.id].role, frames[old.id].role} <= {Role.LEVEL, Role.RATIO}):
            continue
        grammar = "a level, then a change in words against a time whose level 'when' gives"
        out.append(OrderLink(old, f, grammar) if m.group("down") else OrderLink(f, old, grammar))
    return out


# a direction said in words against an earlier time, with no figure: "Clearing went up compared with July of last
# year", "That was more than in the whole of 2017", "It fell compared with 2022"; the time is a year or words of a
# time before ("last year", "a year earlier", "the previous month")
_EARLIER_TIME_WORDS = r"(?:(?:19|20)\d\d|last\s+year|(?:previous|preceding|prior)\s+(?:year|month|quarter|season)|" \
                      r"(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before))\b"
_DIRECTION_AGAINST_A_TIME = lazy_re.compile(
    rf"\b(?:(?P<up>went\s+up|{lexicon.alternation(lexicon.CHANGE_VERBS_UP)}|more|higher|larger|greater|bigger)|"
    rf"(?P<down>went\s+down|{lexicon.alternation(lexicon.CHANGE_VERBS_DOWN)}|less|fewer|lower|smaller))\s+"
    rf"(?:than|on|from|since|compared\s+(?:with|to)|against)\s+[^#;.]{{0,40}}?{_EARLIER_TIME_WORDS}", screened=True)
# the time's level in a "when" clause after it: "..., when intake came to 7,262.5 million litres"
_WHEN_ITS_LEVEL = lazy_re.compile(r"^[^#;.]{0,30}?,\s*when\b[^#;.]{0,50}?#(?P<old>\d+)#")
# a sentence opening on a pronoun for the level of the sentence before: the verb's subject is that level
_LEVEL_PRONOUN_OPENING = lazy_re.compile(r"^\W*(?:that|this|it|they)\b")
# a sentence opening on the time just named: "Back then, Inpe recorded 323 km²", "At that time, ...", "That year, ..."
_THEN_OPENING = lazy_re.compile(r"^\W*(?:back\s+then|at\s+(?:that|the)\s+time|(?:in\s+)?that\s+(?:year|month|quarter|season))\b")


def worded_directions_told_apart(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                 parts: frozenset[str] = frozenset()) -> list[OrderLink]:
    """A direction said in words against an earlier time in a sentence with no level of its own ("Clearing went up
    compared with July of last year", "That was more than in the whole of 2017"), the time's level given after
    "when" in that sentence or by the next sentence opening on that time ("Back then, Inpe recorded 323 km²"), and
    the present level said before (`present_level_before`): the present level is at least the earlier one after a
    rise, at most it after a fall. Certain only when the sentence opens on a pronoun for the level before and its
    "when" clause gives the earlier level, so the syntax ties the verb to both; otherwise a question."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        m = _DIRECTION_AGAINST_A_TIME.search(seg.skeleton)
        if m is None or any(frames[f.id].role is not Role.DURATION and seg.slots[k][1] <= m.start()
                            for k, f in enumerate(seg.figures)):
            continue  # (a figure before the words is their subject: the same-sentence readings' case)
        counted = [f for f in seg.figures if frames[f.id].role is not Role.DURATION]
        when = _WHEN_ITS_LEVEL.match(seg.skeleton[m.end():])
        if when and len(counted) == 1 and seg.figures[int(when.group("old"))] is counted[0]:
            old, later = counted[0], i
            certain = bool(_LEVEL_PRONOUN_OPENING.match(seg.skeleton))
        elif not counted and i + 1 < len(segments) and continues(segments, i, i + 1) \
                and _THEN_OPENING.match(segments[i + 1].skeleton):
            nxt = segments[i + 1]
            levels = [f for f in nxt.figures if frames[f.id].is_level and written_in_digits(f)]
            if len(levels) != 1 or any(frames[f.id].role in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE)
                                       for f in nxt.figures):
                continue
            old, later, certain = levels[0], i + 1, False
        else:
            continue
        if not frames[old.id].is_level or not written_in_digits(old) or frames[old.id].modality != "stated":
            continue
        # (not a level the sentence before sets the present one against: "7,332.3 million litres ..., 3.9% more than
        # the 7,057.1 million litres of the same months of 2017")
        news = [f for f in present_level_before(segments, later, old, frames, parts)
                if not _A_COMPARED_BASE.search(segments[frames[f.id].segment].before(frames[f.id].slot, 40))]
        if len(news) != 1 or not frames[old.id].head or frames[news[0].id].head != frames[old.id].head \
                or other_kinds(segments, frames, old, news[0]):
            continue  # (both name what they count alike: "836 km² of forest" ... "323 km² of destroyed forest")
        new = news[0]
        grammar = "a direction in words against an earlier time, its level after it, the present level before"
        out.append(OrderLink(new, old, grammar, certain) if m.group("up") else OrderLink(old, new, grammar, certain))
    return out


def _starts_the_span(head: str, spans: list[Figure], first: Figure, last: Figure) -> bool:
    """The first level listed is at the start of the span the words say the series moved over: "since 2016" with a
    first level of 2016, or "over the past five years" with levels from 2016 to 2020."""
    if not (_A_YEAR.fullmatch(first.period or "") and _A_YEAR.fullmatch(last.period or "")):
        return False
    since = _SINCE.search(head)
    if since is not None:
        return since.group(1) == first.period
    years = int(last.period) - int(first.period) + 1
    return any(f.unit == "year" and f.value == years for f in spans)


def series_in_words(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """The levels a series had at successive times, listed after a clause that says which way it moved: each at most
    the one before when it fell, at least when it rose. For certain when the move was at every step ("steadily",
    "every year"); only likely when the words say nothing of the steps ("has fallen since 2010") or qualify the
    direction ("almost all downhill")."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        k = 0
        while k < len(seg.figures):
            first = seg.figures[k]
            clause = _SERIES_CLAUSE_BREAK.split(seg.before(k, 160))[-1]  # (a colon may open the levels)
            if first.qualifier == "about":  # (the word that hedges the first level: "had gone up: around 259 tonnes")
                clause = _HEDGE_BEFORE.sub("", clause)
            if not _LEVELS_FOLLOW.search(clause) or frames[first.id].role not in _RANKABLE or not first.period:
                k += 1
                continue
            head = clause[:_LEVELS_FOLLOW.search(clause).start()]
            clause_start = seg.slots[k][0] - len(clause)
            in_head = [j for j in range(k) if seg.slots[j][0] >= clause_start]
            if any(frames[seg.figures[j].id].role is not Role.DURATION for j in in_head):
                k += 1  # (the move is said of the clause's own figure, not of the levels listed after; a span's
                continue  # length is no such figure: "rose over the past five years: ...")
            word = _SERIES_WORD.search(head)
            direction = (-1 if word.group("down") else 1) if word else verb_direction(head)
            run = [k]
            while run[-1] + 1 < len(seg.figures):
                j = run[-1] + 1
                g, last = seg.figures[j], seg.figures[run[-1]]
                glue = _NEXT_LEVEL.match(seg.between(j - 1, j))
                # ("to" joins only the first level after "from" to the second: "from 7.1% to 6.4% in 2020, ...")
                if glue and glue.group().rstrip().endswith(" to") and not (len(run) == 1 and _FROM_AT_THE_END.search(clause)):
                    glue = None
                if not (glue and frames[g.id].role is frames[first.id].role
                        and frames[g.id].group == frames[first.id].group and same_unit(g, first)
                        and g.unit == first.unit and g.period and g.period > last.period and g.qualifier in ("", "about")):
                    break
                run.append(j)
            # "fell back to 3.3 in 1990, and since 1990 it has been downhill, with 2.5 in 1995": the level of the year
            # the move runs from opens the series
            since = _SINCE.search(head)
            start = [j for j in range(k) if since and seg.figures[j].period == since.group(1)
                     and frames[seg.figures[j].id].role is frames[first.id].role and same_unit(seg.figures[j], first)
                     and seg.figures[j].unit == first.unit and not seg.figures[j].qualifier]
            run = start[-1:] + run
            if direction and len(run) > 1 and all(written_in_digits(seg.figures[j]) for j in run) \
                    and seg.figures[run[0]].qualifier in ("", "about"):
                stated = not _MOSTLY.search(head) and all(frames[seg.figures[j].id].modality == "stated" for j in run)
                certain = stated and bool(_STEADY.search(head)) and not any(seg.figures[j].qualifier for j in run)
                if stated and not certain and len(run) > 2 \
                        and _starts_the_span(head, [seg.figures[j] for j in in_head], seg.figures[run[0]], seg.figures[run[-1]]):
                    # a move said over a span whose first level opens it: the last level is past the first, whatever
                    # the steps between ("had gone up over the past five years: 259 tonnes in 2016, ..., 478 in 2020")
                    earlier, later = seg.figures[run[0]], seg.figures[run[-1]]
                    grammar = "the first and last levels of a span its words say the series moved over"
                    out.append(OrderLink(earlier, later, grammar) if direction < 0 else OrderLink(later, earlier, grammar))
                grammar = "levels of a series listed after the words of its fall" if direction < 0 else \
                    "levels of a series listed after the words of its rise"
                for a, b in zip(run, run[1:]):
                    earlier, later = seg.figures[a], seg.figures[b]
                    out.append(OrderLink(earlier, later, grammar, certain) if direction < 0 else
                               OrderLink(later, earlier, grammar, certain))
            k = run[-1] + 1
    return out


def highest_against_lowest(before: _MainItems, here: _MainItems, frames: dict[str, Frame]) -> list[OrderLink]:
    """"The highest debt was in Montenegro (72.6%), Albania (69.9%) and Serbia (54.5%). The lowest debt levels were in
    North Macedonia (40.5%), Bosnia (34.3%) and Kosovo (17%)": each item of a measure's top, listed in one sentence, is
    at least each item of its bottom listed in the next of its paragraph (the least of the top against the most of the
    bottom); the two name what they rank by a word in common."""
    (first, first_top, first_words), (second, second_top, second_words) = before, here
    if not first or not second or first_top == second_top or not first_words & second_words:
        return []  # (one measure's top and bottom: "the highest public debt ... the lowest debt levels")
    top, bottom = (first, second) if first_top else (second, first)
    least, most = min(top, key=lambda f: f.value), max(bottom, key=lambda f: f.value)
    if not (same_unit(least, most) and least.unit == most.unit and frames[least.id].role is frames[most.id].role
            and not (least.period and most.period and least.period != most.period)):
        return []
    return [OrderLink(least, most, "the items of a measure's top against those of its bottom")]


# "The next largest item was the basic award at just under £2m": below the item given just before
_NEXT_LARGEST = lazy_re.compile(rf"\bthe\s+next\s+(?:{_HIGH}|most\s+[a-z]+)\b", screened=True)


def _next_largest(seg: Segment, segments: tuple[Segment, ...], frames: dict[str, Frame], placed_ids: set[str]) -> list[OrderLink]:
    """The figure said to be "the next largest" is at most the last level of its unit given before it, within two
    sentences: for certain when that level had a place in words, likely otherwise (it may be a total)."""
    out = []
    for k, f in enumerate(seg.figures):
        if not _NEXT_LARGEST.search(_clause_before(seg, k)) or not _placeable(frames[f.id]) or not written_in_digits(f):
            continue
        before = [g for back in segments[max(0, seg.index - _NEXT_NEAR):seg.index] for g in back.figures] + list(seg.figures[:k])
        # (a level that names what it counts, not a label's number: "in Wards 1, 7 and 8, each of which saw more than
        # 1,000 additional arrests; the next biggest gain was 212": 8 is a ward, the bound 1,000 the gain)
        earlier = [g for g in before if frames[g.id].role in (frames[f.id].role, Role.BOUND) and (g.measure or g.id in placed_ids)
                   and same_unit(g, f) and g.unit == f.unit and written_in_digits(g) and frames[g.id].modality == "stated"]
        if earlier:
            out.append(OrderLink(earlier[-1], f, "'the next largest' after the item given before it",
                                 certain=earlier[-1].id in placed_ids))
    return out


# the head of a list of the first few items of an order: "The principal routes were", "the biggest increases came from"
_MAIN_ITEMS_HEAD = (rf"\bthe\s+(?:(?:#\d+#|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                    rf"(?:(?P<high>{lexicon.alternation(tuple(dict.fromkeys(lexicon.MAIN_ITEMS + cues.SUPERLATIVES_HIGH)))})|"
                    rf"(?P<low>{lexicon.alternation(cues.SUPERLATIVES_LOW)}))\s+(?:#\d+#\s+|[a-z-]+\s+)?[a-z-]+")
_MAIN_ITEMS = lazy_re.compile(rf"{_MAIN_ITEMS_HEAD}s\b[^#;]{{0,80}}?\b(?:were|are|included|include|comprised|came\s+from|come\s+from)\s")
# ... or one measure's top or bottom said to be in several places: "The highest public debt in the region was in"
_TOP_IN_PLACES = lazy_re.compile(rf"{_MAIN_ITEMS_HEAD}\b[^#;]{{0,80}}?\b(?:was|were|is|are|came|come)\s+(?:recorded\s+|found\s+|seen\s+)?in\s")
# ... the places' list there: names and their figures only, "in A (72.6%), B (69.9%) and C (54.5%).", ending the
# clause ("and the rates in manufacturing (14.8 percent) ... were also" goes on about another noun; "ahead of B"
# ranks the others, which a reading of its own does)
_PLACE_NAME = r"(?:the\s+)?(?!ahead\b|behind\b|followed\b)[a-z][a-z'’.-]*(?:\s+(?!in\b|of\b|for\b)[a-z][a-z'’.-]*){0,3}\s*\($"
_FIRST_PLACE_ITEM = lazy_re.compile(rf"^\s*{_PLACE_NAME}")
_PLACE_ITEM = lazy_re.compile(rf"^\)?\s*(?:,\s*(?:and\s+)?|and\s+){_PLACE_NAME}")
_LIST_ENDS = lazy_re.compile(rf"^\s*\)?\s*(?:[.;:]|$|,\s*(?:{lexicon.alternation(cues.CONTRAST_JOINERS + ('but',))})\b)")
_BRACKETED_ITEM = lazy_re.compile(r"^\)?\s*(?:,|,?\s*and)?\s*(?:the\s+)?[a-z][^#;()]{0,100}?\($")
# "were at the National Maritime Museum, up 197 per cent since 2001; the National Museums Liverpool, up 178 per
# cent; ...": each item a name, a comma and its change, the items parted by commas or semicolons
_COMMA_ITEM = lazy_re.compile(r"^(?:\s*(?:since|in|on|over)\s+[a-z0-9 ]{1,20}?)?\s*(?:[,;]\s*(?:and\s+)?|\band\s+)?"
                              r"(?:at\s+|in\s+|for\s+)?(?:the\s+)?[a-z][^#;()]{0,60}?,\s*(?:up|down|rising|falling|growing)\s+"
                              r"(?:by\s+)?$")


class _MainItems(NamedTuple):
    """The items of a list of the first (last) few of an order, whether they are the top of the order, and the words
    naming what is ranked."""
    items: list[Figure]
    top: bool
    words: frozenset[str]


_NO_MAIN_ITEMS = _MainItems([], True, frozenset())


def _main_items(seg: Segment, frames: dict[str, Frame]) -> _MainItems:
    """The items of a list of the first (last) few of an order, each named with its figure in brackets (or with its
    change after a comma), whether they are the top of the order, and the words naming what is ranked."""
    m = _MAIN_ITEMS.search(seg.skeleton)
    places = m is None
    m = m or _TOP_IN_PLACES.search(seg.skeleton)
    if m is None:
        return _items_then_their_place(seg, frames)
    items: list[Figure] = []
    previous_end = m.end()
    item = None  # the one form every item takes: "A (34%)" or "A, up 197 per cent"
    for k in range(len(seg.figures)):
        if seg.slots[k][0] < m.end():
            continue
        g = seg.figures[k]
        glue = seg.skeleton[previous_end:seg.slots[k][0]]
        if places:
            item = _PLACE_ITEM if items else _FIRST_PLACE_ITEM
        item = item or next((form for form in (_BRACKETED_ITEM, _COMMA_ITEM) if form.match(glue)), None)
        changes = frames[g.id].role is Role.RELATIVE_CHANGE
        # (a later change says no span when the first said it for all: "up 197 per cent since 2001; B, up 178")
        if item is None or not item.match(glue) or not (_placeable(frames[g.id]) or changes) \
                or g.qualifier or not written_in_digits(g) \
                or (items and not (_in_list(frames[g.id], replace(items[0], period=g.period) if changes and not g.period
                                            else items[0], changes) and g.direction == items[0].direction)):
            break
        items.append(g)
        previous_end = seg.slots[k][1]
    if places and items and not _LIST_ENDS.match(seg.after(seg.slot_of(items[-1]), 20)):
        return _NO_MAIN_ITEMS
    return _MainItems(items, m.group("high") is not None, frozenset(_RANKED_WORD.findall(m.group(0))) - _NOT_RANKED_WORDS)


# the same list said first, its place after it: "Syrians (334,800, or 28% of the total), Afghans (183,000, or 15%) and
# Iraqis (127,000, or 11%) remain the largest nationalities": names, each with its figure opening a bracket, from the
# sentence's start to the words of the place
_PLACE_AFTER_ITEMS = lazy_re.compile(rf"\)\s*(?:remain|remained|are|were|rank\s+as|ranked\s+as)\s+(?:still\s+|again\s+)?"
                                     rf"{_MAIN_ITEMS_HEAD}s\b")
_FIRST_NAMED = lazy_re.compile(r"^\W*(?:the\s+)?[a-z][a-z'’ .&-]{0,40}?\s*\(\s*$")
_NEXT_NAMED = lazy_re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?[a-z][a-z'’ .&-]{0,40}?\s*\(\s*$")
_BRACKET_REST = lazy_re.compile(r"[^()]{0,60}?\)")  # (matched at the figure's end: no "^")


def _items_then_their_place(seg: Segment, frames: dict[str, Frame]) -> _MainItems:
    """A list of names, each with its figure opening a bracket, then the place they hold together ("... remain the
    largest nationalities"): the first figure of each bracket (later ones in it, "or 28% of the total", are others')."""
    m = _PLACE_AFTER_ITEMS.search(seg.skeleton)
    if m is None:
        return _NO_MAIN_ITEMS
    items: list[Figure] = []
    end = 0  # where the words before the next name start: past the bracket of the item before
    for k in range(len(seg.figures)):
        start = seg.slots[k][0]
        if start > m.start():
            break
        if start < end:
            continue  # a later figure in the item's bracket
        g = seg.figures[k]
        named = (_NEXT_NAMED if items else _FIRST_NAMED).match(seg.skeleton[end:start])
        rest = _BRACKET_REST.match(seg.skeleton, seg.slots[k][1])
        if named is None or rest is None or not _placeable(frames[g.id]) or not written_in_digits(g) \
                or (items and not _in_list(frames[g.id], items[0])):
            return _NO_MAIN_ITEMS
        items.append(g)
        end = rest.end()
    if end != m.start() + 1:
        return _NO_MAIN_ITEMS  # the list must run up to the words of its place
    return _MainItems(items, m.group("high") is not None, frozenset(_RANKED_WORD.findall(m.group(0))) - _NOT_RANKED_WORDS)


_RANKED_WORD = lazy_re.compile(r"[a-z]{3,}")
_NOT_RANKED_WORDS = frozenset(("the", "was", "were", "are", "came", "come", "recorded", "found", "seen", "included", "include",
                               "comprised", "from", "region", "country", "level", "levels", "rate", "rates", "two", "three",
                               "four", "five", "six", "seven", "eight", "nine", "ten") + lexicon.MAIN_ITEMS
                              + cues.SUPERLATIVES_HIGH + cues.SUPERLATIVES_LOW)


def main_item_lists(listed: _MainItems) -> list[OrderLink]:
    """"The principal routes were A (34%), B (13%), C (7%) and D (5%)": the first few of an order, each named with
    its figure in brackets, likely listed largest first; the words do not say so (the last few, "The lowest rates
    were in A, B and C", are listed in any order)."""
    items, top, _ = listed
    if len(items) < _MIN_RANKED or not top:
        return []
    falls = all(f.value < 0 or f.direction < 0 for f in items)  # "The steepest falls were in A (-15.9%), B (-10.5%)": by size
    return [OrderLink(a, b, "the main items of an order, named with their figures, likely largest first", certain=False,
                      sizes=falls) for a, b in zip(items, items[1:])]


@dataclass(frozen=True)
class HalfLink:
    """A share said to be most of its whole (`above`) or a minority of it: above or below 50 percent."""
    share: Figure
    above: bool
    grammar: str


# "most cases were male at 53.6 percent", "the majority of respondents were satisfied (61%)", "a minority (38%)":
# a plural noun after "most" ("most common" is a superlative, "most serious cases" its adjective)
_HALF = lazy_re.compile(rf"\b(?:(?P<most>{lexicon.alternation(lexicon.MAJORITY_WORDS)})|(?P<few>{lexicon.alternation(lexicon.MINORITY_WORDS)}))"
                        r"(?:\s+of)?(?:\s+(?:the|these|those|all|its|their))?\s+(?!(?:[a-z-]+ous|[a-z-]+ss)\b)[a-z-]+s\s+"
                        r"(?:[a-z-]+\s+){0,2}?(?:were|was|are|is|came|went|had)\s+"
                        r"(?:(?:[a-z-]+,?\s+){0,4}?(?:at|with|\()|(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,)\s*$"
                        # "the majority (61%) of members", "a minority of staff, 38%,"
                        r"|\b(?:the|a)\s+(?:(?P<most2>majority)|(?P<few2>minority))(?:\s+of\s+(?:the\s+)?[a-z-]+\s*,)?\s*\(?\s*$"
                        # the share in brackets or commas right after the noun the words say most of: "Most seizures
                        # (92%) are made by police", "a minority of firms, 38%, said", "The majority of seizures (42%)"
                        # (not a superlative: "drew the most applications, 27.1%")
                        # (a fraction in words, "more than half of respondents, 47.2%,", is the fraction check's)
                        r"|(?<!\bthe\s)\b(?:(?P<most3>most|the\s+majority|a\s+majority|the\s+bulk)|(?P<few3>a\s+minority))"
                        r"(?:\s+of)?(?:\s+(?:the|these|those|all|its|their))?\s+(?!(?:[a-z-]+ous|[a-z-]+ss)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+s"
                        r"\s*(?:\(|,)\s*$")


_SET_OFF_CLOSES = lazy_re.compile(r"^\s*(?:\)|,)")
# An order going on after the share: "most" then names the largest of several groups, a plurality, not a majority
_RANKING_GOES_ON = lazy_re.compile(r"\bfollowed\s+by\b|\bthen\s+came\b|\bin\s+second\s+place\b|\bsecond[\s-]+largest\b", re.I)
_HALF_SENTENCE_CUT = lazy_re.compile(r"\.\s|\n")


def halves(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[HalfLink]:
    """A percentage share in the clause of "most"/"the majority" is above half; of "a minority"/"less than half",
    below it."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            if f.unit != "percent" or frames[f.id].role is not Role.SHARE or f.qualifier or frames[f.id].modality != "stated" \
                    or not written_in_digits(f):
                continue
            m = _HALF.search(_CLAUSE_BREAK.split(seg.before(k, 120))[-1].split("#")[-1])
            if m is not None and (m.group("most3") or m.group("few3")) and not _SET_OFF_CLOSES.match(seg.after(k, 10)):
                continue  # "Most seizures (92%) are", "most claims, 61%, were": set off, not "most firms, 38.1% in 2019,"
            if m is not None and _RANKING_GOES_ON.search(_HALF_SENTENCE_CUT.split(seg.after(k, 160), maxsplit=1)[0]):
                continue  # "Most arrivals (41%) were aged 25 to 44, followed by those aged 45-64 (30.1%)": the largest group
            if m is not None:
                above = bool(m.group("most") or m.group("most2") or m.group("most3"))
                out.append(HalfLink(f, above, "a share said to be most of its whole" if above else
                                    "a share said to be a minority of its whole"))
    return out


@dataclass(frozen=True)
class FractionLink:
    """A percentage in brackets beside the fraction the words give it as: "more than a third of firms (31.2%)"
    (at least the fraction), "nearly one in four adults (26.1%)" (at most), "just over one death in every five
    took place at home (22.6%)" (above 1/N, N the per-base `base`, when no figure holds the fraction). `op` compares
    the share with the fraction. A bare or approximate fraction ("two-thirds of staff (64%)") is a rounding
    writers make loosely: `certain` is then False (the share is said only to be near it: relations.fractions). Or,
    `certain` when the fraction is bare, the part and the whole the fraction is of ("more than a third
    of the 12,400 apprentices, 4,310"). Where no one figure holds the fraction ("half" after a word, "9 in 10" in
    digits) `value` is it, `words` its text and `counts` the two counts giving it."""
    share: Figure | None
    fraction: Figure | None
    base: Figure | None
    op: str
    grammar: str
    certain: bool = True
    # or, for "more than a third of the 12,400 apprentices, 4,310, were women": the part and the whole
    part: Figure | None = None
    whole: Figure | None = None
    # the fraction when no one figure holds it: "more than half of the 812 firms (431)" (half is no figure there),
    # "nearly 9 in 10 of the 2,350 firms, or 2,070" (two counts in digits); `words` is how the text gives it
    value: Fraction | None = None
    words: str = ""
    counts: tuple[Figure, ...] = ()  # "9" and "10" of "9 in 10": no part of the whole


# the share in brackets closing the fraction's clause: " of firms (", " adults (", " took place at home ("
# ... or set off by ", or" and a comma: "One in eight adults, or 12.4 per cent, reported"
# ... or in apposition, set off by commas or dashes right after the fraction's noun: "More than half of respondents,
# 47.2%, said", "Just under half of the workforce - 51.3% - is female" (no verb, year or figure between: "half of the
# land is forested, 12.3% farmed" gives another share)
_BRACKETED_SHARE_AFTER = lazy_re.compile(r"^[^#;:()]{0,60}?(?:\((?P<open>)|,\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?)\s*$"
                                         r"|^(?:\s+(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)?"
                                         r"\s*(?:,|\s[-–—](?P<dash>))\s*$")
_CLOSING_BRACKET = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:\)(?P<close>)|\s[-–—](?P<dash>)|[,;.]|$)")
_VERB_OF_A_CLAUSE = lazy_re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|say|says)\b|[a-z]ed\b")


def _share_set_off(between: str, after: str) -> bool:
    """Whether a share stands in brackets, or after ", or" up to a comma or the end, or in apposition between commas
    or dashes, after the words `between`."""
    opened, closed = _BRACKETED_SHARE_AFTER.match(between), _CLOSING_BRACKET.match(after)
    if not (opened and closed) or (opened.group("open") is None) != (closed.group("close") is None):
        return False
    if opened.group("dash") is not None or (opened.group("open") is None and not _OR_BEFORE.search(between)):
        # an apposition: its noun phrase has no verb, and a dash closes with a dash (or the clause's end)
        return not _VERB_OF_A_CLAUSE.search(between) and (opened.group("dash") is None or closed.group("dash") is not None
                                                           or not closed.group().strip(" %") or closed.group().rstrip()[-1:] in ";.")
    return closed.group("dash") is None


_OR_BEFORE = lazy_re.compile(r",\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\s*$")
# a fraction a figure gives in words: "a third", "two-thirds", "one in four", "1 in 8"
_FRACTION_TEXT = lazy_re.compile(rf"(?:\bin\s+(?:every\s+)?[a-z0-9]+|\b(?:{lexicon.alternation(lexicon.FRACTION_NOUNS)}))$")
# "one death in every five", "one in ten": the per-base is the fraction's denominator
_ONE_IN = lazy_re.compile(r"\b(?:one|1)\s+(?:[a-z'’-]+\s+){0,2}?in\s+(?:every\s+)?$")
# the side of the fraction a qualifier puts the share on
# ("nearly": at most the fraction, and near it: see relations.fractions)
_FRACTION_SIDE = {"more-than": ">=", "at-least": ">=", "less-than": "<=", "at-most": "<=", "nearly": "nearly"}


def fractions_in_words(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[FractionLink]:
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        fractions = list(_fractions_in(seg))  # (read once, for the two readings of fractions in words)
        out += _fractions_of_a_whole(seg, frames, fractions)
        for k in range(len(seg.figures) - 1):
            f, share = seg.figures[k], seg.figures[k + 1]
            if share.unit != "percent" or frames[share.id].role is not Role.SHARE or share.qualifier \
                    or frames[share.id].modality != "stated" or not written_in_digits(share) \
                    or frames[f.id].modality != "stated" or not _share_set_off(seg.between(k, k + 1), seg.after(k + 1, 12)):
                continue
            if f.kind is Kind.RATIO and not f.unit and f.value < 1 and _FRACTION_TEXT.search(f.text.lower()):
                side = _FRACTION_SIDE.get(f.qualifier)
                out.append(FractionLink(share, f, None, side or "==", "a share in brackets after its fraction in words",
                                        certain=side is not None))
                continue
            one = _ONE_IN.search(seg.before(k, 40))
            if one is None or f.kind is not Kind.COUNT or f.qualifier or f.value < 2 or f.value != int(f.value):
                continue
            side = _FRACTION_SIDE.get(qualifier_before(seg.before(k, 80)[:-len(one.group())]))
            out.append(FractionLink(share, None, f, side or "==", "a share in brackets after 'one in N' in words",
                                    certain=side is not None))
        out += _shares_after_fractions_no_figure_holds(seg, frames, fractions)
        if seg.index + 1 < len(segments):
            out += _fraction_restated_next(seg, segments[seg.index + 1], frames, fractions)
    return out


# the share of the sentence after a fraction in words, named by a bare noun of share ("The share stood at 48.6%",
# "The proportion was 44.9%") or by a rate whose word is the fraction clause's verb ("fewer than half of learner drivers
# passed ... / ..., with a pass rate of 47.5%"): the word before "rate", read against the verb by their first letters
_SHARE_NAMED_BARE = lazy_re.compile(r"^\W*(?:the|this|that)\s+(?:share|proportion|percentage|figure|rate)\s+(?:[a-z]+\s+){0,2}?"
                                    r"(?:was|is|stood\s+at|stands\s+at|reached|came\s+to|rose\s+to|fell\s+to)\s+$")
_RATE_NAMED = lazy_re.compile(r"\b(?P<word>[a-z]{4,})\s+rate\s+(?:of\s+|was\s+|stood\s+at\s+|at\s+)$")
_FRACTION_OF = lazy_re.compile(r"^\s+of\s+(?P<clause>[^#;:.]{3,120})")
_A_GROUP_NAMED = lazy_re.compile(r"\b(?:among|for|by)\b")
_STEM = 5  # letters a rate's word and the verb share ("pass" rate, "passed"; "approval" rate, "approved")


def _names_the_verb(word: str, clause: str) -> bool:
    """Whether a word of the fraction's clause begins as `word` does, over its first five letters (or all of a shorter
    word): "passed" for the pass rate, "approved" for the approval rate, not "own" for the ownership rate."""
    need = min(len(word), _STEM)
    return any(w[:need] == word[:need] for w in _WORD.findall(clause) if len(w) >= need)


def _fraction_restated_next(seg: Segment, nxt: Segment, frames: dict[str, Frame], fractions: list[tuple]) -> list[FractionLink]:
    """A fraction in words with a side ("fewer than half of learner drivers passed") in a sentence with no share of its
    own, its share given by the next sentence's first share: named by a bare noun of share, or by a rate of the
    fraction clause's verb. A rate said of a group ("among those over 70", "for women") may be of a part of the
    fraction's whole: only likely."""
    if nxt.is_table_row or any(f.unit == "percent" for f in seg.figures):
        return []
    k = next((i for i, f in enumerate(nxt.figures) if f.unit == "percent"), None)
    if k is None:
        return []
    share = nxt.figures[k]
    if frames[share.id].role is not Role.SHARE or share.qualifier or frames[share.id].modality != "stated" \
            or not written_in_digits(share):
        return []
    before = nxt.before(k, 160)
    out = []
    for _start, end, side, fraction, value, words, counts in fractions:
        of = _FRACTION_OF.match(seg.skeleton[end:end + 130])
        if side is None or counts or of is None or (fraction is None and words != "half"):
            continue  # (a bare fraction is a rounding writers make loosely; "most of" is the halves links')
        rate = _RATE_NAMED.search(before)
        if _SHARE_NAMED_BARE.match(before):
            certain = True
        elif rate is not None and _names_the_verb(rate.group("word"), of.group("clause")):
            certain = not _A_GROUP_NAMED.search(_CLAUSE_BREAK.split(before)[-1])
        else:
            continue
        grammar = "a share in the sentence after its fraction in words"
        out.append(FractionLink(share, fraction, None, side, grammar, certain=certain) if fraction is not None
                   else FractionLink(share, None, None, side, grammar, certain=certain, value=value, words=words))
    return out[:1]


def _shares_after_fractions_no_figure_holds(seg: Segment, frames: dict[str, Frame], fractions: list[tuple]) -> list[FractionLink]:
    """A percentage in brackets closing the clause of a fraction no one figure holds: "more than half of
    respondents (48.2%)", "nearly 9 in 10 firms (91%)"."""
    out = []
    starts = [a for a, _ in seg.slots]
    for _start, end, side, fraction, value, words, counts in fractions:
        k = bisect.bisect_left(starts, end)
        if fraction is not None or k >= len(seg.figures) or not (counts or words == "half"):
            continue  # ("most", "a minority": the halves links read a share beside them, and "the most common (8.6%)")
        share = seg.figures[k]
        if share.unit != "percent" or frames[share.id].role is not Role.SHARE or share.qualifier \
                or frames[share.id].modality != "stated" or not written_in_digits(share) \
                or not _share_set_off(seg.skeleton[end:starts[k]], seg.after(k, 12)):
            continue
        out.append(FractionLink(share, None, None, side or "==", "a share in brackets after its fraction in words",
                                certain=side is not None, value=value, words=words, counts=counts))
    return out


def _fractions_of_a_whole(seg: Segment, frames: dict[str, Frame], fractions: list[tuple]) -> list[FractionLink]:
    """A fraction in words of a whole the sentence states, and the part it stands for, in one clause: the whole
    after the fraction and the part in apposition or after a colon ("More than a third of the 12,400 apprentices,
    4,310, were women", "Fewer than half of the 3,120 applicants were admitted: 1,640 ...", "Nearly 9 in 10 of the
    2,350 firms surveyed, or 2,070, ..."), the whole opening the sentence ("Of the 812 firms surveyed, more than
    half (431) ..."), or the part in brackets right after the fraction ("Just over half (431) of the 812 firms").
    The part over the whole is on the side of the fraction its qualifier says; an approximate fraction ("about
    half of the 2,200 households (1,180)") is a rounding writers make loosely: the part is only likely at it. A
    bare fraction the syntax ties to its part and its whole states their ratio, as the ratio links read "Half of
    the 8,600 teachers, some 4,300" ("Of the 1,200 applicants, two-thirds (700)")."""
    out = []
    for start, end, side, fraction, value, words, counts in fractions:
        # (the whole opening the clause is looked for in the sentence's first 200 characters)
        after, before = seg.skeleton[end:end + 160], seg.skeleton[:start] if start <= 200 else ""
        w = p = None
        if m := _OF_THE_SLOT_THEN_PART.match(after):  # "a third of the #1# apprentices, #2#"
            w, p = int(m.group("w")), int(m.group("w")) + 1
            if p >= len(seg.figures) or not _PART_APPOSED.match(seg.between(w, p)):
                continue
        elif m := _PART_IN_BRACKETS_THEN_WHOLE.match(after):  # "just over half (#1#) of the #2# firms"
            w, p = int(m.group("w")), int(m.group("p"))
        elif (m := _PART_APPOSED_TO_FRACTION.match(after)) and (o := _OF_THE_WHOLE_OPENS.search(before)):
            w, p = int(o.group("w")), int(m.group("p"))  # "of the #0# firms surveyed, more than half (#1#)"
        elif m := _PART_OF_WHOLE_IN_BRACKETS.match(after) or _PART_OF_WHOLE_APPOSED.match(after):
            w, p = int(m.group("w")), int(m.group("p"))  # "over half of respondents (#0# of #1#)", "..., #0# of the #1#,"
        elif not _FRACTION_CLOSES.match(after):
            continue  # ("#0# of the #1# firms, more than half of them exporters": of another whole)
        elif m := _PART_OF_WHOLE_BEFORE.search(seg.skeleton[max(0, start - 100):start]):
            w, p = int(m.group("w")), int(m.group("p"))  # "#0# of the #1# firms - more than half -"
        elif m := _OF_THE_WHOLE_OPENS_THEN_PART.search(before):
            w, p = int(m.group("w")), int(m.group("p"))  # "of #0# firms, #1# (more than half)"
        if w is None or p >= len(seg.figures) or w >= len(seg.figures):
            continue
        link = _part_of_the_whole(seg, frames, w, p, side, _bare_fraction(seg, start, fraction, words))
        if link is not None:
            out.append(replace(link, fraction=fraction, value=value, words=words, counts=counts))
    return out


def _fractions_in(seg: Segment):
    """Each fraction said in words in `seg`: (start, end in the skeleton, the side its qualifier puts a share on or
    None, the figure holding it or None, its value when no figure holds it, its words, the counts giving it)."""
    figures = seg.figures
    for k, f in enumerate(figures):
        if f.kind is Kind.RATIO and not f.unit and 0 < f.value < 1 and _FRACTION_TEXT.search(f.text.lower()):
            yield (*seg.slots[k], _FRACTION_SIDE.get(f.qualifier), f, None, f.text, ())
        elif k + 1 < len(figures) and _N_IN_M.match(seg.between(k, k + 1)):
            # "9 in 10 of the 2,350 firms": two counts in digits give the fraction
            n, m = f, figures[k + 1]
            if n.kind is Kind.COUNT and m.kind is Kind.COUNT and written_in_digits(n) and written_in_digits(m) \
                    and not n.unit and not m.unit and not m.qualifier and n.value == int(n.value) \
                    and m.value == int(m.value) and 0 < n.value < m.value <= 1000:
                yield (seg.slots[k][0], seg.slots[k + 1][1], _FRACTION_SIDE.get(n.qualifier), None,
                       Fraction(int(n.value), int(m.value)), f"{n.text} in {m.text}", (n, m))
    # "half" after a word is no figure ("more than half of the 812 firms")
    for m in _HALF_NO_FIGURE.finditer(seg.skeleton):
        yield (m.start(), m.end(), _FRACTION_SIDE.get(qualifier_before(seg.skeleton[max(0, m.start() - 40):m.start()])),
               None, Fraction(1, 2), "half", ())
    # "most of the 812 firms", "a minority of the 812 firms": above half, below it
    for m in _MAJORITY_NO_FIGURE.finditer(seg.skeleton):
        yield (m.start(), m.end(), ">" if m.group("most") else "<", None, Fraction(1, 2), m.group(), ())


def _bare_fraction(seg: Segment, start: int, fraction: Figure | None, words: str) -> bool:
    """Whether a fraction in words has no hedge and no rounding of its own: "two-thirds", "half" (not "about half",
    nor "one in four", rounded in its denominator, nor "9 in 10" in digits)."""
    if fraction is not None:
        return not fraction.qualifier and fraction.low == fraction.value == fraction.high
    return words == "half" and not qualifier_before(seg.skeleton[max(0, start - 40):start])


def _part_of_the_whole(seg: Segment, frames: dict[str, Frame], w: int, p: int, side: str | None,
                       bare: bool = False) -> FractionLink | None:
    """The whole at slot w and its part at slot p as a FractionLink whose fraction the caller sets; `side` is the
    fraction's qualifier read as a side (None: bare or approximate); `bare`: the fraction has no hedge, so states the
    part over the whole (else only likely at it)."""
    whole, part = seg.figures[w], seg.figures[p]
    if not (frames[whole.id].is_level and frames[part.id].is_level and same_unit(whole, part)) \
            or not (written_in_digits(whole) and written_in_digits(part)) or part.qualifier or whole.qualifier \
            or frames[whole.id].modality != "stated" or frames[part.id].modality != "stated" \
            or part.value >= whole.value or _A_SUBSET_OF_THEM.match(seg.after(p, 30)):
        return None
    if p + 1 < len(seg.figures) and p + 1 != w and same_unit(seg.figures[p + 1], part) \
            and _THE_LIST_GOES_ON.match(seg.between(p, p + 1)):
        return None  # the first of a list of parts ("...: 300 in the north and 420 in the south")
    return FractionLink(None, None, None, side or "==", "a fraction in words of a whole, and the part it stands for",
                        certain=side is not None or bare, part=part, whole=whole)


_THE_WHOLE = r"(?:the|all|its|their)\s+#(?P<w>\d+)#"
# after the fraction: " of the #1#", " the #1#" ("half the"; the part follows the whole's noun)
_OF_THE_SLOT_THEN_PART = lazy_re.compile(rf"^\s*(?:of\s+)?{_THE_WHOLE}")
# after the fraction: " (#1#) of the #2#"
_PART_IN_BRACKETS_THEN_WHOLE = lazy_re.compile(rf"^\s*\(\s*#(?P<p>\d+)#\s*\)\s*of\s+{_THE_WHOLE}")
# after the fraction: " (#1#)", ", #1#,", ": #1#", " - #1#" (the whole named before it)
_PART_APPOSED_TO_FRACTION = lazy_re.compile(r"^\s*(?:\(|,|:|[–—-])\s*(?:(?:or|that\s+is|i\.e\.)\s+)?#(?P<p>\d+)#"
                                            r"(?!\s*(?:of|in|out)\b)")
# after the fraction: its noun, then the part of the whole in brackets ("of respondents (#0# of #1#)")
_PART_OF_WHOLE_IN_BRACKETS = lazy_re.compile(r"^(?:\s+[a-z'’-]+){0,4}\s*\(\s*#(?P<p>\d+)#\s+(?:out\s+)?of\s+"
                                             r"(?:(?:the|all|its|their)\s+)?#(?P<w>\d+)#\s*\)")
# ... or in apposition, between commas, dashes or after a colon: "over a quarter of respondents, #0# of the #1#
# interviewed, said"
_PART_OF_WHOLE_APPOSED = lazy_re.compile(r"^(?:\s+[a-z'’-]+){0,4}\s*(?:,|:|\s[–—-])\s*(?:(?:or|that\s+is|i\.e\.)\s+)?"
                                         r"#(?P<p>\d+)#\s+(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?#(?P<w>\d+)#"
                                         r"(?:\s+[a-z'’-]+){0,3}\s*(?:[,;)]|\.(?:\s|$)|\s[–—-]|$)")
# the words putting a part above half of its whole or below it ("most", "a majority", "a minority"; those with
# "half" in them are read as "half" with a qualifier)
_MAJORITY_NO_FIGURE = lazy_re.compile(
    r"(?<![a-z-])(?<!at\s)(?:(?P<most>"
    + "|".join(re.escape(w) for w in lexicon.MAJORITY_WORDS if "half" not in w) + ")|(?P<few>"
    + "|".join(re.escape(w) for w in lexicon.MINORITY_WORDS if "half" not in w) + r"))(?![a-z-])", screened=True)
# after a fraction in apposition: its closing comma, bracket or dash
_FRACTION_CLOSES = lazy_re.compile(r"^\s*(?:[,;.)]|\s[–—-]|[–—]|$)")
# before the fraction: the part of the whole, then the fraction in apposition ("#0# of the #1# firms - more than ")
_PART_OF_WHOLE_BEFORE = lazy_re.compile(r"#(?P<p>\d+)#\s+(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?#(?P<w>\d+)#"
                                        r"(?:\s+[a-z'’-]+){0,4}\s*(?:,|\(|\s[–—-])\s*(?:[a-z'’-]+\s+){0,3}$")
# before the fraction: the clause opens with the whole ("of the #0# firms surveyed, more than ")
_OF_THE_WHOLE_OPENS = lazy_re.compile(r"(?:^|[;:]\s*)of\s+(?:(?:the|all|its|their)\s+)?#(?P<w>\d+)#(?:\s+[a-z'’-]+){0,4}"
                                      r"\s*,\s*(?:[a-z'’-]+\s+){0,3}$")
# before the fraction: the clause opens with the whole, then the part, then the fraction in apposition ("of #0#
# firms, #1# (more than ")
_OF_THE_WHOLE_OPENS_THEN_PART = lazy_re.compile(r"(?:^|[;:]\s*)of\s+(?:(?:the|all|its|their)\s+)?#(?P<w>\d+)#"
                                                r"(?:\s+[a-z'’-]+){0,4}\s*,\s*#(?P<p>\d+)#\s*(?:,|\(|\s[–—-])\s*"
                                                r"(?:[a-z'’-]+\s+){0,3}$")
# "half" with no figure on it: after a word ("more than half"); not "the first half", "half-year", "half a point"
_HALF_NO_FIGURE = lazy_re.compile(r"(?<![a-z-])(?<!first\s)(?<!second\s)(?<!last\s)half(?![a-z-])(?!\s+an?\b)", screened=True)
# a count of a subset of the whole, not the fraction's part: "of the 4,000 members, 1,200 of them women, ..."
_A_SUBSET_OF_THEM = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?of\s+(?:them|whom|which|these|those)\b")
# from a part to the next figure of its list: "#3# in the north and #4#", "#3# in june, #4# in july"
_THE_LIST_GOES_ON = lazy_re.compile(r"^[^;.]{0,60}?(?:,|\band|\bor|\bwhile|\bagainst)\s+(?:[a-z'’-]+\s+){0,2}$")
# "9 in 10", "7 out of 10", "one in every five": a count in a count
_N_IN_M = lazy_re.compile(r"^\s+(?:in|out\s+of)\s+(?:every\s+)?$")
# from the whole to its part: its noun, then a comma, a colon, a bracket or a dash ("apprentices, ", "applicants were
# admitted: ")
_PART_APPOSED = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,4}?[a-z'’-]+\s*(?:,|:|\(|\s[–—-])\s*(?:(?:or|that\s+is|i\.e\.)\s+)?$")
_HOUSEHOLDS = lexicon.alternation(lexicon.HOUSEHOLD_NOUNS)
_MEMBERS = lexicon.alternation(lexicon.MEMBER_NOUNS)
_TWICE = lexicon.alternation(lexicon.HOUSEHOLD_AND_MEMBERS)
# "105 families or 321 persons", "66,348 families with 257,643 persons", "227 families (1,106 persons)": the group's
# noun, the words giving it again, then the other count; the other count's noun right after it
_GROUPS_THEN = lazy_re.compile(rf"^\s*(?:(?P<households>{_HOUSEHOLDS})|(?P<members>{_MEMBERS}))\s*,?\s*"
                               rf"(?:(?:{_TWICE})\s+|\(\s*)(?:(?:some|about|around|nearly|almost|roughly)\s+)?$")


_EACH_AFTER = lazy_re.compile(r"^\s*[a-z-]+\s+(?:each|apiece|per\b|or\s+more|or\s+fewer|or\s+less|or\s+over|and\s+over|and\s+above)")
_MOST_IN_A_HOUSEHOLD = 20


def households_and_members(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """One group counted twice side by side, as households (families) and as the people in them: no fewer people
    than households, each household having one member at least."""
    out = []
    for seg, k, a, b in prose_neighbours(segments):
        if not (frames[a.id].is_level and frames[b.id].is_level) or a.unit or b.unit \
                or not (written_in_digits(a) and written_in_digits(b)):
            continue
        m = _GROUPS_THEN.match(seg.between(k, k + 1))
        if m is None:
            continue
        after = seg.after(k + 1, 30)
        if _EACH_AFTER.match(after) or (min(a.value, b.value) <= _MOST_IN_A_HOUSEHOLD and "with" in m.group()):
            continue  # "1,200 households with 3 members each", "... with 2 children": a size per household
        if m.group("households") and MEMBER_NOUN_AFTER.match(after):
            out.append(OrderLink(b, a, "a group counted as households, then as the people in them"))
        elif m.group("members") and HOUSEHOLD_NOUN_AFTER.match(after):
            out.append(OrderLink(a, b, "a group counted as people, then as the households they live in"))
    return out


# a place said in a clause of its own, its figure not beside it: "Russia moved up to third place", "the US slipped from
# third to fourth, its output having plunged by 8.3% (211 tonnes)", "... and climbed two places, from seventh to fifth"
_SAID_PLACE = lazy_re.compile(rf"\b(?:(?:{_MOVES})\s+{_MOVED_TO}|(?:was|were|is|are|came|finished|ranked|ranks?|placed|stood)\s+"
                              rf"(?:only\s+|just\s+)?(?:in\s+)?(?:the\s+)?)(?P<ord>{_ORDINAL})\b{_NOT_A_PLACE_AFTER}"
                              r"(?:[\s-]+(?:place|position|spot|largest|biggest|highest|leading))?", screened=True)
# where the clause of a place opens: its subject is the words from there to the verb
_CLAUSE_OPENING = lazy_re.compile(r"(?:[,;:(]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)")
_PRONOUN_SUBJECT = frozenset(("it", "they", "this", "these", "that", "those", "he", "she", "which", "who"))
# the figure beside an item's name: "Russia (245 tonnes", "Peru with 2,440", "Peru produced 2,440", "and Zambia 2,690",
# "Peru's output was 2,440"
_NAMED_FIGURE_AFTER = (r"(?:\s*\(\s*|,?\s*(?:with|at|on)\s+|['’]s?\s+[a-z]+\s+(?:was|were|of|at|reached|totalled|totaled)\s+"
                       r"|\s+[a-z]+(?:ed|d)\s+|\s+)(?:(?:some|about|nearly|around|almost|just)\s+)?#(\d+)#")


def _places_of_names(seg: Segment, segments: tuple[Segment, ...], frames: dict[str, Frame],
                     placed_ids: set[str]) -> list[tuple[int, int, Figure]]:
    """Places said of an item in a clause that does not give its figure beside the place: the item's figure is the
    first rankable one later in the clause, past the item's own change ("the US slipped from third to fourth, its
    output having plunged by 8.3% in 2014 (211 tonnes)"); the one before the place when the place's verb shares the
    subject ("Canada set a record (160 tonnes, +29%) and climbed two places, from seventh to fifth"); or the one beside
    the item's name in a sentence just before ("... ahead of Australia (270 tonnes) and Russia (245 tonnes). / Russia
    moved up to third place")."""
    out: list[tuple[int, int, Figure]] = []
    said = list(_SAID_PLACE.finditer(seg.skeleton))
    for i, m in enumerate(said):
        place = _PLACES[m.group("ord")]
        head = seg.skeleton[:m.start()]
        opening = None
        for opening in _CLAUSE_OPENING.finditer(head):
            pass
        subject = head[opening.end():] if opening else head
        if "#" in subject:
            continue  # a figure in the subject's words: the readings of _place
        subject = subject.strip()
        shared = not subject and opening is not None and opening.group() == "and"
        figure = None
        if shared:  # "... (160 tonnes, +29%) and climbed two places": the figure before, past its change
            for k in range(len(seg.figures) - 1, -1, -1):
                if seg.slots[k][1] > m.start():
                    continue
                if frames[seg.figures[k].id].role in _CHANGES:
                    continue
                if not _CLAUSE_BREAK.search(seg.skeleton[seg.slots[k][1]:m.start()]):
                    figure = seg.figures[k]
                break
        else:
            end = said[i + 1].start() if i + 1 < len(said) else len(seg.skeleton)
            for k, slot in enumerate(seg.slots):
                if slot[0] < m.end() or slot[0] > end:
                    continue
                if _CLAUSE_BREAK.search(seg.skeleton[m.end():slot[0]]) or ":" in seg.skeleton[m.end():slot[0]]:
                    break
                if frames[seg.figures[k].id].role in _CHANGES:
                    continue
                figure = seg.figures[k]
                break
            if figure is None:
                figure = _figure_by_name(subject, seg, segments)
        if figure is None or figure.id in placed_ids or not _placeable(frames[figure.id]) or figure.qualifier \
                or not written_in_digits(figure):
            continue
        placed_ids.add(figure.id)
        out.append((seg.index, place, figure))
    # "Chile was first, Zambia second and the US fourth": places of names after a place said with its verb
    for m in _ELLIPTIC_PLACE.finditer(seg.skeleton, said[0].end() if said else len(seg.skeleton)):
        figure = _figure_by_name(m.group("name"), seg, segments)
        if figure is None or figure.id in placed_ids or not _placeable(frames[figure.id]) or figure.qualifier \
                or not written_in_digits(figure):
            continue
        placed_ids.add(figure.id)
        out.append((seg.index, _PLACES[m.group("ord")], figure))
    return out


# a place after a name alone, in a list of places: ", Zambia second", "and the US fourth" (not "second largest")
_ELLIPTIC_PLACE = lazy_re.compile(rf"(?:,|\band\b)\s*(?:the\s+)?(?P<name>(?:{_ITEM_WORD}\s+){{0,2}}?{_ITEM_WORD})\s+"
                                  rf"(?P<ord>{_ORDINAL})\b(?=\s*(?:[,.;)]|\band\b|$))", screened=True)


def _figure_by_name(subject: str, seg: Segment, segments: tuple[Segment, ...]) -> Figure | None:
    """The figure beside an item's name in the sentences just before: "Russia (245 tonnes", "Peru produced 2,440",
    "2,440 tonnes in Peru" (the last such in the nearest sentence)."""
    words = subject.split()
    if not 1 <= len(words) <= 4 or words[-1] in _PRONOUN_SUBJECT:
        return None
    name = re.escape(" ".join(words[1:] if words[0] == "the" and len(words) > 1 else words))
    pattern = re.compile(rf"\b{name}\b{_NAMED_FIGURE_AFTER}|#(\d+)#\s*(?:[a-z]+\s+)?(?:in|for|from|at|by)\s+(?:the\s+)?{name}\b")
    for back in segments[max(0, seg.index - _NEXT_NEAR):seg.index][::-1]:
        hit = None
        for hit in pattern.finditer(back.skeleton):
            pass
        if back.is_table_row or hit is None:
            continue
        return back.figures[int(hit.group(1) or hit.group(2))]
    return None


# the top or the bottom of an order said in a figure's clause: "the highest rate was in Kano (", "and the lowest in
# Lagos (", "prices were highest in Oslo, at", "lowest in Riga, at"; not against its own past ("the highest since 2007",
# "its lowest level in a decade"), and not "best"/"worst", whose sense depends on the measure
_EXTREME = lazy_re.compile(rf"\b(?:(?P<high>{lexicon.alternation(lexicon.EXTREMES_HIGH)})|(?P<low>{lexicon.alternation(lexicon.EXTREMES_LOW)})"
                           r"|the\s+(?:(?P<most>most)|(?P<fewest>fewest|least)))\b(?:[\s-]+(?P<noun>[a-z]+))?", screened=True)
_AGAINST_ITS_PAST = lazy_re.compile(r"^[^#]{0,40}?\b(?:since|on\s+record|ever|in\s+history|in\s+(?:a|an|#\d+#|[a-z]+)\s+"
                                    r"(?:years?|months?|decades?|quarters?|weeks?)|for\s+(?:years|decades|a\s+decade))\b")
_NOT_A_NOUN = frozenset(("in", "at", "of", "on", "for", "was", "were", "is", "are", "with", "among", "across", "and",
                         "by", "to", "from", "since", "ever", "recorded", "reported", "seen", "level", "levels", "figure",
                         "figures", "number", "value", "point"))


_SUBJECT_FILLER = frozenset(("the", "a", "an", "was", "were", "is", "are", "had", "has", "have", "recorded", "posted",
                             "saw", "and", "while", "whereas", "but", "with", "its", "their", "it", "they", "of", "in",
                             "at", "for", "among", "across", "by", "on"))


def _extreme_of(clause: str, after: str) -> tuple[int, str, frozenset[str]] | None:
    """(+1 for the top, -1 for the bottom, the noun ranked or "", the words of the clause's subject) of the last
    superlative in a figure's clause."""
    m = None
    for m in _EXTREME.finditer(clause):
        pass
    if m is None or _AGAINST_ITS_PAST.match(clause[m.end():] + " #" + after):
        return None
    noun = m.group("noun") or ""
    subject = frozenset(w for w in _WORD.findall(_CLAUSE_OPENING.split(clause[:m.start()])[-1]) if w not in _SUBJECT_FILLER)
    return (1 if m.group("high") or m.group("most") else -1, "" if noun in _NOT_A_NOUN else lexicon.fold(noun), subject)


def extremes(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """The top and the bottom of one order said in a sentence, or in two running on in a paragraph: "The highest rate
    was in Kano (9.5%) and the lowest in Lagos (2.1%)", "Prices were highest in Oslo, at €14.20, and lowest in Riga,
    at €11.80": the top at least the bottom. Of one unit, role and period, each stated; a noun after each superlative,
    when both have one, must be the same ("the highest turnout ... the lowest unemployment" rank two measures)."""
    out = []
    ends: list[tuple[int, int, str, frozenset[str], Figure]] = []  # (segment, +1/-1, noun, subject words, figure)
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not _placeable(frame) or f.qualifier or not written_in_digits(f) or frame.modality != "stated" \
                    or _A_BASE.search(seg.before(k, 20)):
                continue
            end = _extreme_of(_clause_before(seg, k), seg.after(k, 30))
            if end is None:
                continue
            for s0, side, noun, subject, g in ends[::-1]:
                if seg.index - s0 > 1 or (s0 != seg.index and segments[s0].paragraph != seg.paragraph):
                    break
                # (subjects that share a word but differ name two measures, one narrowing the other: "Unemployment was
                # highest in the north (9.5%), while youth unemployment was lowest in the south")
                if side == end[0] or not (same_unit(f, g) and f.unit == g.unit) or frames[g.id].role is not frame.role \
                        or f.period != g.period or (noun and end[1] and noun != end[1]) \
                        or (subject & end[2] and subject != end[2]):
                    continue
                top, bottom = (g, f) if side > 0 else (f, g)
                out.append(OrderLink(top, bottom, "the top and the bottom of one order"))
                break
            ends.append((seg.index, end[0], end[1], end[2], f))
    return out


# A level set on one side of a reference value others are measured against: "At 12.4 per cent, the county's vacancy
# rate is well above the regional average of 9.8 per cent"; "Average spend per visitor was £54. Londoners spent £71,
# above the average". The reference's figure follows its noun, or was given before under the same name.
_REFERENCE = lexicon.alternation(lexicon.REFERENCE_NOUNS)
_SIDE_OF_A_REFERENCE = lazy_re.compile(rf"\b(?:(?P<up>{lexicon.alternation(lexicon.ABOVE_A_REFERENCE)})|"
                                       rf"(?P<down>{lexicon.alternation(lexicon.BELOW_A_REFERENCE)}))\s+"
                                       rf"(?:(?:that|those)\s+of\s+)?(?:(?P<det>the|its|their|an?)\s+)?"
                                       rf"(?P<mod>(?:[a-z'’-]+\s+){{0,3}}?)(?P<ref>{_REFERENCE})\b", screened=True)
# the reference's own figure right after its noun: "the regional average of 9.8 per cent", "the norm (38 days)"
_REFERENCE_FIGURE_AFTER = lazy_re.compile(r"^\s*(?:of|at|\(|,\s*(?:at|of|which\s+(?:is|was|stood\s+at|stands\s+at))?)\s*"
                                          r"(?:(?:some|about|around|nearly|almost|just)\s+)?#(?P<r>\d+)#")
# a figure named as a reference value: "Average spend per visitor was", "with an average playing budget of", "the
# national mean stood at", "averaged"; or "... on average" after it
_NAMED_A_REFERENCE = lazy_re.compile(rf"\b(?:{_REFERENCE}|averaged|averaging)\b", screened=True)
_ON_AVERAGE_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?on\s+average\b")
# from the level to the words that place it: a comma ("£71, above the average") or a verb ("the rate is well above")
_PLACED_BY = lazy_re.compile(r"^[^#;:.]{0,80}$")
_PLACING_GLUE = lazy_re.compile(r",|\b(?:is|was|are|were|remains|remained|stays|stayed|stands|stood|sits|sat|lies|lay|"
                                r"came\s+in|comes\s+in|ran|runs|kept|keeps|put|puts|leaves|left)\b")
# a reference's own figure, set against the level before it: "£19,800 against a UK average of", "than the mean of"
_SET_AGAINST_A_REFERENCE = lazy_re.compile(rf"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than|above|below|over|under)\s+"
                                           rf"(?:an?|the|its|their)\s+(?:[a-z'’-]+\s+){{0,3}}?(?:{_REFERENCE})\s+(?:of\s+)?$")
_LEVEL_AT_AFTER = lazy_re.compile(r"^\s*,?\s*at\s")
_OPEN_BOUND_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?(?:or\s+(?:more|fewer|less|over|above|below|under|higher|lower)|"
                                    r"and\s+(?:over|above|under|below|more|higher|lower))\b")
_REFERENCE_REACH = 6  # sentences back to the figure a reference named without one was given
_REFERABLE = (*_RANKABLE, Role.DURATION)  # levels, rates, ratios and spans of time ("waits of 31 days")
_NOT_A_MODIFIER = frozenset(("the", "a", "an", "its", "their", "of", "well", "far", "just", "slightly"))


def _reference_mentions(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[tuple[int, int, Figure, frozenset[str]]]:
    """The figures given as a reference value, in text order: (segment, slot, figure, the folded words naming it)."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, g in enumerate(seg.figures):
            if frames[g.id].role not in _REFERABLE or not written_in_digits(g) or g.qualifier:
                continue
            clause = _SLOT.split(_CLAUSE_BREAK.split(seg.before(k, 100))[-1])[-1]
            after = seg.after(k, 40).split("#")[0]
            if _NAMED_A_REFERENCE.search(clause) or _ON_AVERAGE_AFTER.match(after):
                out.append((seg.index, k, g, frozenset(lexicon.folded_words(clause + " " + after))))
    return out


def against_references(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A level said to lie above (below) a reference value, "the average", "the national mean", "the benchmark", is at
    least (at most) that value: the figure right after the noun, or else the one given before, within six sentences,
    under a name with the same modifiers ("the regional average" is not "the national average"). The level is the
    figure before the words, set off by a comma or a verb ("£71, above the average", "At 12.4 per cent, the rate is
    above"), not a gap ("2% below the average"). For certain when one earlier figure of the unit bears the name; when
    several do, the one whose sentence shares a word of the level's is only likely; a forecast is never certain."""
    # the reference values, read when a sentence first sets a level against a reference (most documents have none)
    mentions: list[tuple[int, int, Figure, frozenset[str]]] | None = None
    mentioned_in: list[int] = []  # the segment of each mention, in text order
    out = []
    for seg in segments:
        if seg.is_table_row or not seg.figures:
            continue  # (the level is one of the sentence's own figures, before the words)
        start = stop = 0  # the mentions within reach: from _REFERENCE_REACH sentences back to the next sentence
        reach_read = False
        for m in _SIDE_OF_A_REFERENCE.finditer(seg.skeleton):
            # (past the base of a rate, "With 4.2 doctors per 1,000 residents, the island is above ...", and past a
            # reference's own figure, "£19,800 against a UK average of £23,300, putting the region below the average")
            before = [k for k in range(len(seg.figures)) if seg.slots[k][1] <= m.start()
                      and frames[seg.figures[k].id].role is not Role.PER_BASE
                      and not _SET_AGAINST_A_REFERENCE.search(seg.before(k, 80))]
            if not before:
                continue
            if mentions is None:
                mentions = _reference_mentions(segments, frames)
                mentioned_in = [mention[0] for mention in mentions]
            if not reach_read:
                start = bisect.bisect_left(mentioned_in, seg.index - _REFERENCE_REACH)
                stop = max(start, bisect.bisect_right(mentioned_in, seg.index + 1))
                reach_read = True
            k = before[-1]
            level = seg.figures[k]
            glue = _SLOT.sub(" ", seg.skeleton[seg.slots[k][1]:m.start()])  # (the bases of rates left out)
            if _OPEN_BOUND_AFTER.match(glue):
                continue  # "Schools with 31 pupils or more are above the average": a class of levels, not one
            if not _PLACED_BY.match(glue) or not _PLACING_GLUE.search(glue) or _CLAUSE_BREAK.search(glue) \
                    or frames[level.id].role not in _REFERABLE or not written_in_digits(level) or level.qualifier \
                    or _A_BASE.search(seg.before(k, 20)):
                continue
            rest = seg.skeleton[m.end():m.end() + 60]
            follows = _REFERENCE_FIGURE_AFTER.match(rest)
            certain = True
            if follows is not None and _LEVEL_AT_AFTER.match(rest):
                # "is now above the average at 44 per cent": the figure after "at" is the level when the reference
                # was named before ("The national average is 40 per cent"), else which it is the words leave open
                level = seg.figures[int(follows.group("r"))]
                candidates = {g.id: g for s, j, g, words in mentions[start:stop]
                              if (s < seg.index or (s == seg.index and seg.slots[j][1] <= m.start())) and g is not level
                              and not (frozenset(lexicon.folded_words(m.group("mod"))) - _NOT_A_MODIFIER) - words
                              and _kin_of_reference(frames, level, g)}
                if len(candidates) != 1 or level.qualifier or frames[level.id].role not in _REFERABLE:
                    continue
                reference = next(iter(candidates.values()))
            elif follows is not None:
                reference = seg.figures[int(follows.group("r"))]
            elif "#" in _CLAUSE_BREAK.split(rest)[0]:
                continue  # "above the average for 2023 of 38 days": its figure is in view, however named
            else:
                modifiers = frozenset(lexicon.folded_words(m.group("mod"))) - _NOT_A_MODIFIER
                near = mentions[start:stop]
                candidates = {g.id: g for s, j, g, words in near
                              if (s < seg.index or (s == seg.index and seg.slots[j][1] <= m.start())) and g is not level
                              and modifiers <= words and _kin_of_reference(frames, level, g)}
                if not candidates:
                    # named after the words, in the rest of the sentence or the next: "Kent's rate, at 38 per cent, is
                    # below average; the average for English councils is 44 per cent"
                    candidates = {g.id: g for s, j, g, words in near
                                  if (s > seg.index or (s == seg.index and seg.slots[j][0] >= m.end())) and g is not level
                                  and modifiers <= words and _kin_of_reference(frames, level, g)}
                if len(candidates) > 1:
                    own = frozenset(w for w in lexicon.folded_words(seg.skeleton) if len(w) > 3)
                    candidates = {i: g for s, j, g, words in near for i in (g.id,) if i in candidates
                                  and own & {w for w in words if len(w) > 3} - set(lexicon.REFERENCE_NOUNS)}
                    certain = False
                if len(candidates) != 1:
                    continue
                reference = next(iter(candidates.values()))
            if reference is level or not _kin_of_reference(frames, level, reference):
                continue
            certain = certain and frames[level.id].modality == frames[reference.id].modality == "stated"
            grammar = "a level said to lie above a reference value" if m.group("up") else \
                "a level said to lie below a reference value"
            out.append(OrderLink(level, reference, grammar, certain) if m.group("up") else
                       OrderLink(reference, level, grammar, certain))
    return out


# a level given "at" in apposition beside words that place it above (below) another figure of its unit: "Unemployment is
# still above its pre-pandemic level of 3.5%, at 3.9%", "Inflation stayed above the central bank's 2% target for a third
# year, at 2.8%" (the level after), "Unemployment, at 3.9%, is still above its pre-pandemic level of 3.5%", "At 48.7,
# the index remained in contraction territory, below the 50 mark" (the level before)
_SIDE_WORD = r"(?:(?P<up>above|over|higher\s+than|ahead\s+of)|(?P<down>below|under|lower\s+than|short\s+of))"
_STANDING = r"(?:is|was|are|were|remained|remains|stayed|stays|stood|stands|held|holds|sits|sat|kept)"
_DEGREE = r"(?:(?:still|well|slightly|just|far|comfortably|firmly|again|now|also)\s+){0,2}"
_REFERENCE_NAMED = r"(?:the\s+|its\s+|their\s+|[a-z]+['’]s?\s+)?(?:[a-z0-9'’/-]+\s+){0,4}?(?:of\s+)?"
_AT_LEVEL_AFTER = lazy_re.compile(rf"\b{_STANDING}\s+{_DEGREE}{_SIDE_WORD}\s+{_REFERENCE_NAMED}#(?P<r>\d+)#"
                                  r"[^#;:.]{0,40}?,\s*at\s+#(?P<l>\d+)#(?![^#;:]{0,4}\()", screened=True)
_AT_LEVEL_BEFORE = lazy_re.compile(rf"(?:^|,)\s*at\s+#(?P<l>\d+)#\s*(?:[a-z%]+\s*){{0,3}}?,\s*(?:[a-z'’-]+\s+){{0,5}}?"
                                   rf"(?:{_STANDING}\s+{_DEGREE}(?:[a-z'’-]+\s+){{0,4}}?[a-z'’-]+\s*,\s*|{_STANDING}\s+{_DEGREE})"
                                   rf"{_SIDE_WORD}\s+{_REFERENCE_NAMED}#(?P<r>\d+)#", screened=True)


def levels_at_beside_a_side(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """The level given "at" in apposition lies on the side of the other figure that the words of standing say: at
    least it after "above", at most after "below". Of one unit and role; a forecast or target as the other figure
    (the usual mark) is no bar, a level that is itself a forecast is only likely."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for pattern in (_AT_LEVEL_AFTER, _AT_LEVEL_BEFORE):
            for m in pattern.finditer(seg.skeleton):
                level, reference = seg.figures[int(m.group("l"))], seg.figures[int(m.group("r"))]
                if not (frames[level.id].role is frames[reference.id].role and frames[level.id].role in _REFERABLE
                        and same_unit(level, reference) and level.unit == reference.unit and written_in_digits(level)
                        and written_in_digits(reference) and not level.qualifier and not reference.qualifier):
                    continue
                certain = frames[level.id].modality == "stated"
                grammar = f"a level given 'at' beside words placing it {'above' if m.group('up') else 'below'} another"
                out.append(OrderLink(level, reference, grammar, certain) if m.group("up") else
                           OrderLink(reference, level, grammar, certain))
    return out


# a level said to lie between two others: "At 4.2 per cent, Britain's rate lies between Germany's 3.1 per cent and
# France's 5.0 per cent", "a score of 71 puts it between the regional average of 64 and the national best of 83" (not
# a figure's own range, "estimated at between 40 and 50")
_LIES_BETWEEN = lazy_re.compile(r"#(?P<l>\d+)#[^#;:]{0,80}?\b(?:lies|lay|lie|sits|sit|sat|falls|fall|fell|comes|come|came|is|was|are|were|"
                                r"stands|stand|stood|remains|remain|remained|puts\s+(?:it|them)|put\s+(?:it|them)|placing\s+(?:it|them)|"
                                r"places\s+(?:it|them)|ranks|ranked)\s+(?:somewhere\s+|roughly\s+|midway\s+|halfway\s+|"
                                r"squarely\s+|firmly\s+)?between\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,4}?#(?P<a>\d+)#"
                                r"[^#;:]{0,30}?\band\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,4}?#(?P<b>\d+)#", screened=True)


def lying_between(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A level said to lie between two others of its unit and role is at least the smaller and at most the larger
    (which one is smaller the words leave open: the two figures' own values tell, when they do not overlap)."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for m in _LIES_BETWEEN.finditer(seg.skeleton):
            level, a, b = (seg.figures[int(m.group(g))] for g in ("l", "a", "b"))
            if not all(_kin_of_reference(frames, level, g) for g in (a, b)) or level.qualifier \
                    or not written_in_digits(level) or frames[level.id].role not in _RANKABLE:
                continue
            if None in (a.low, a.high, b.low, b.high):
                continue
            if a.high < b.low:
                low, high = a, b
            elif b.high < a.low:
                low, high = b, a
            else:
                continue
            certain = all(frames[g.id].modality == "stated" for g in (level, a, b))
            out += [OrderLink(level, low, "a level said to lie between two others", certain),
                    OrderLink(high, level, "a level said to lie between two others", certain)]
    return out


# a hedged figure, then the exact one in brackets: "Nearly 3,000 staff (2,940) took voluntary redundancy", "more than
# 1,200 homes (1,236) were flooded", "just over 40% (41.3%)"
_EXACT_IN_BRACKETS = lazy_re.compile(r"^(?:\s*[a-z'’-]+){0,3}?\s*\(\s*$")
_BRACKET_CLOSES = lazy_re.compile(r"^\s*\)")


def hedged_then_exact(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A figure hedged by "more than", "at least", "nearly", "under", "up to", then in brackets the exact figure of
    the same unit and role: the exact one lies on the side the hedge says ("nearly" and "under" above it, "more
    than" below it)."""
    out = []
    for seg, k, hedged, exact in prose_neighbours(segments):
        side = _FRACTION_SIDE.get(hedged.qualifier)
        if side is None or exact.qualifier or not _EXACT_IN_BRACKETS.match(seg.between(k, k + 1)) \
                or not _BRACKET_CLOSES.match(seg.after(k + 1, 5)) or not same_unit(hedged, exact) \
                or hedged.unit != exact.unit or not written_in_digits(hedged) or not written_in_digits(exact) \
                or frames[hedged.id].role not in (*_REFERABLE, Role.BOUND) or frames[exact.id].role not in _REFERABLE:
            continue
        certain = frames[hedged.id].modality == frames[exact.id].modality == "stated"
        grammar = f"a figure hedged '{hedged.qualifier}', then the exact one in brackets"
        out.append(OrderLink(exact, hedged, grammar, certain) if side == ">=" else OrderLink(hedged, exact, grammar, certain))
    return out


# a comparative whose two terms follow it, each with its figure, "than" between them: "Sales were higher in Leeds
# (£4.1m) than in York (£3.6m)", "more women (1,240) than men (980) applied"
_TERM_WORD = r"(?:[a-z'’-]+|(?:19|20)\d\d)"
_TERM = rf"(?:{_TERM_WORD}\s+){{0,5}}?{_TERM_WORD}\s*(?:\(\s*|,\s*(?:at|with|on)\s+|(?<=\s)(?:at|with|on)\s+)"
# (a figure's own time or head after it: "9.6 percent a year", "£11.20 an hour")
_PER_TIME = r"(?:\s+(?:a|an|per|each)\s+(?:year|quarter|month|week|day|hour))?"
# (the first term may be the clause's own, its figure set off right after the comparative, with "at" or bare between
# commas: "Mortgages grew faster, at 9.6%, than loans, at 5.7%", "Exports grew faster, 9.6%, than imports at 5.7%")
_SPLIT_TERMS = (rf"(?:\s+(?!than\b){_TERM}|\s*,\s*(?:(?:at|with|on)\s+)?)#(?P<a>\d+)#{_PER_TIME}"
                rf"\s*\)?\s*,?\s*than\s+{_TERM}#(?P<b>\d+)#")
_SPLIT_COMPARISON = lazy_re.compile(rf"\b(?:(?P<gt>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_UP)})|"
                                    rf"(?P<lt>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_DOWN)})){_SPLIT_TERMS}", screened=True)
# ... "better" or "worse" so, whose way the measure's words give (a pass rate is better higher, unemployment lower):
# "Second-time candidates did better, 48.4%, than first-timers at 47.5%"
_SPLIT_JUDGEMENT = lazy_re.compile(rf"\b(?P<judged>better|worse){_SPLIT_TERMS}", screened=True)


_PACE = lazy_re.compile(rf"(?:{lexicon.alternation(lexicon.CHANGE_SIZE_LARGER_SPEED + lexicon.CHANGE_SIZE_SMALLER_SPEED)})$")


def split_comparisons(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A comparative before its two terms, each named with its figure and "than" between them: the first at least
    (at most) the second."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for m in _SPLIT_COMPARISON.finditer(seg.skeleton):
            a, b = seg.figures[int(m.group("a"))], seg.figures[int(m.group("b"))]
            # (two percentages compared for speed are two rates of change, whatever role each alone reads as: "grew
            # faster, at 9.6 percent a year, than loans, at 5.7 percent")
            paced = _PACE.match(m.group("gt") or m.group("lt")) is not None and a.unit == b.unit == "percent" \
                and written_in_digits(b) and not b.qualifier
            if not (_kin_of_reference(frames, a, b) and frames[a.id].role in _REFERABLE or paced) or a.qualifier \
                    or not written_in_digits(a):
                continue
            certain = frames[a.id].modality == frames[b.id].modality == "stated"
            out.append(OrderLink(a, b, "a comparative, then its two terms with their figures", certain) if m.group("gt")
                       else OrderLink(b, a, "a comparative, then its two terms with their figures", certain))
        for m in _SPLIT_JUDGEMENT.finditer(seg.skeleton):
            a, b = seg.figures[int(m.group("a"))], seg.figures[int(m.group("b"))]
            if not (_kin_of_reference(frames, a, b) and frames[a.id].role in _REFERABLE) or a.qualifier \
                    or not written_in_digits(a):
                continue
            # (the measure's words anywhere in the sentence: "fared worse on unemployment (8.1%) than")
            higher = (m.group("judged") == "better") != less_is_better(_SLOT.sub(" ", seg.skeleton))
            grammar = "'better' or 'worse', then its two terms with their figures (the way read from the measure)"
            out.append(OrderLink(a, b, grammar, certain=False) if higher else OrderLink(b, a, grammar, certain=False))
    return out


# a clause of contrast whose comparative has no "than": it compares its one figure with the figure of the clause it is
# set against ("Enrolment in the north grew 8.4 per cent, while the south, at 9.1 per cent, grew more slowly", "Prices
# rose 3.2%, whereas wages grew faster, at 4.1%")
# ("but" sets a clause against the one before as well: "has grown at 5.7 percent since 2013, but the average mortgage has
# grown faster, at 9.6 percent")
_CONTRAST = lazy_re.compile(rf",\s*(?:{lexicon.alternation(cues.CONTRAST_JOINERS + ('but',))})\s+")
_BARE_COMPARATIVE = lazy_re.compile(
    rf"\b(?:(?P<pace_up>{lexicon.alternation(lexicon.PACE_FASTER)})|(?P<pace_down>{lexicon.alternation(lexicon.PACE_SLOWER)})|"
    rf"(?P<up>{lexicon.alternation(lexicon.LEVEL_HIGHER)})|(?P<down>{lexicon.alternation(lexicon.LEVEL_LOWER)}))\b(?![^#;]*\bthan\b)")
_CLAUSE_AHEAD_ENDS = lazy_re.compile(r"[;:]|,\s*(?:and|but|while|whereas|which|with)\b|\.\s")
# the comparative's own figure, set off right after it: "grew faster, at 9.6 percent, from KSh 6.9 million to ..." (the
# clause's later figures, of the move's ends, are no term of the comparison)
# ("faster, by 0.8 points" gives the gap, not the level: no "by")
_OWN_FIGURE_AFTER = lazy_re.compile(r"^\s*,?\s*(?:at|of|with)\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?#(?P<k>\d+)#")


def contrasted_comparatives(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A clause opened by "while" or "whereas" with one figure and a comparative that names no other term: its figure
    against the one figure of the same unit and role in the clause before. A pace ("more slowly", "faster") compares
    two changes' sizes and is sure; a rate's comparative ("was lower") may mean another base, so only likely."""
    out = []
    for seg in segments:
        if seg.is_table_row or len(seg.figures) < 2:
            continue
        for joint in _CONTRAST.finditer(seg.skeleton):
            rest = seg.skeleton[joint.end():]
            end = _CLAUSE_AHEAD_ENDS.search(rest)
            clause = rest[:end.start()] if end else rest
            after = [k for k, (start, _) in enumerate(seg.slots) if joint.end() <= start < joint.end() + len(clause)]
            said = _BARE_COMPARATIVE.search(clause)
            if said is None:
                continue
            own = _OWN_FIGURE_AFTER.match(clause[said.end():]) if len(after) > 1 else None
            if own is not None:
                after = [int(own.group("k"))]
            if len(after) != 1:
                continue
            b = seg.figures[after[0]]
            paced = bool(said.group("pace_up") or said.group("pace_down"))
            # (a pace's own figure, "at 9.1 per cent", reads as a rate beside the change it is set against; levels
            # compared so are rates, not counts: "returns, at 300 units, were higher" may be higher than last year)
            before = [f for k, f in enumerate(seg.figures) if seg.slots[k][1] <= joint.start() and same_unit(f, b)
                      and f.unit == b.unit and (frames[f.id].role is frames[b.id].role
                                                or paced and frames[f.id].role in _CHANGES and b.unit == "percent")]
            if len(before) != 1 or not paced and frames[b.id].role not in (Role.SHARE, Role.RATIO):
                continue
            a = before[0]
            if a.qualifier or b.qualifier or not (written_in_digits(a) and written_in_digits(b)):
                continue
            certain = paced and frames[a.id].modality == frames[b.id].modality == "stated"
            grammar = "a clause of contrast whose comparative names no other term, against the clause before"
            larger = said.group("pace_up") or said.group("up")
            out.append(OrderLink(b, a, grammar, certain, sizes=paced) if larger else OrderLink(a, b, grammar, certain, sizes=paced))
    return out


# a change compared in size with another time's (or another measure's) change, after its clause: "fell 10.5 per cent to
# US$ 3.0 billion, a steeper decline than in 2014 (-8.2 per cent)", "a smaller fall than the 7.4% drop of 2021",
# "slower growth than in 2022, when sales rose 9.0%", "The contraction of 1.9% was milder than the 3.5% slump",
# "rose 4.4 percent, outpacing the 2.9 percent increase of 2019"
_SIZE_NOUN = rf"(?:\s+(?:(?:rate|pace)\s+of\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS + ('pace', 'rate', 'slump', 'slide'))})s?)"
_CHANGE_SIZE_WORDS = lazy_re.compile(
    rf"\b(?:(?P<larger>{lexicon.alternation(lexicon.CHANGE_SIZE_LARGER_SPEED)})|"
    rf"(?P<smaller>{lexicon.alternation(lexicon.CHANGE_SIZE_SMALLER_SPEED)})){_SIZE_NOUN}?\s+than\s+"
    rf"|\b(?:(?P<larger_noun>{lexicon.alternation(lexicon.CHANGE_SIZE_LARGER)})|"
    rf"(?P<smaller_noun>{lexicon.alternation(lexicon.CHANGE_SIZE_SMALLER)})){_SIZE_NOUN}\s+than\s+"
    rf"|\b(?P<outrun>{lexicon.alternation(lexicon.OUTRUNNING)})\s+")
# what "than" is followed by: the other change's figure after a few words naming it or its time ("the previous year's",
# "in 2014 (", "a year earlier (-"), or a clause of its time that gives it ("in 2022, when sales rose")
_OTHER_CHANGE = lazy_re.compile(r"^(?:(?:the|a|an|its|their|in|during|for|over|of)\s+)?(?:(?:[a-z'’-]+|(?:19|20)\d\d)\s*){0,4}?"
                                r"(?:\(\s*)?[-−–+]?\s*#(?P<k>\d+)#")
_OTHER_CHANGE_WHEN = lazy_re.compile(r"^[^#,;()]{0,40},?\s+when\s+[^#;()]{0,60}?#(?P<k>\d+)#")
# ... or a change named by its noun, its figure set off by a comma after it: "outstripped the growth in wages, 6.9 percent"
_OTHER_CHANGE_NAMED = lazy_re.compile(rf"^(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})s?"
                                      r"\s+(?:in|of)\s+(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s*,\s*[-−–+]?\s*#(?P<k>\d+)#")


_FALL_NOUN = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.CHANGE_NOUNS_DOWN + ('contraction', 'reduction', 'slide', 'cut'))})s?\b")


def _sign(change: Figure, of_falls: bool) -> int:
    """-1 for a fall, 1 for a rise: by its sign or its verb, else by the noun the comparison names."""
    if change.value < 0 or change.direction < 0:
        return -1
    return 1 if change.direction > 0 or not of_falls else -1


def changes_compared_in_size(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A change said to be steeper, faster, smaller (...) than another change given after "than": the first is at least
    (at most) the second in size. The first is the clause's change before the words: the last figure before them when
    it is a change, or the change before a level it moved to ("fell 10.5% to US$ 3.0 billion, a steeper decline")."""
    out = []
    for seg in segments:
        if seg.is_table_row or len(seg.figures) < 2:
            continue
        for m in _CHANGE_SIZE_WORDS.finditer(seg.skeleton):
            before = [k for k, (_, end) in enumerate(seg.slots) if end <= m.start()]
            rest = seg.skeleton[m.end():m.end() + 120]
            other = _OTHER_CHANGE.match(rest) or _OTHER_CHANGE_WHEN.match(rest) or _OTHER_CHANGE_NAMED.match(rest)
            if not before or other is None or ";" in seg.skeleton[seg.slots[before[-1]][1]:m.start()]:
                continue
            b = seg.figures[int(other.group("k"))]
            last = seg.figures[before[-1]]
            if frames[last.id].role in _CHANGES or last.direction:
                a = last
            elif len(before) > 1 and not same_unit(last, b):
                a = seg.figures[before[-2]]  # "fell 10.5% to US$ 3.0 billion, a steeper decline than ..."
            else:
                continue  # a level of the second's unit just before: a comparison of levels, not of changes
            if not (frames[a.id].role in _CHANGES or a.direction) or not same_unit(a, b) or a.unit != b.unit \
                    or frames[b.id].role is Role.PER_BASE or a.qualifier or b.qualifier \
                    or not (written_in_digits(a) and written_in_digits(b)):
                continue
            # (a bare positive figure after "a steeper decline than" is the size of a fall: "than in 2014 (- 8.2 per cent)")
            of_falls = bool(_FALL_NOUN.search(m.group(0)))
            if _sign(a, of_falls) != _sign(b, of_falls):
                continue  # a rise set against a fall ("an increase of -15.3 percent, faster than the 1.9 percent"): no order of sizes is meant
            certain = frames[a.id].modality == frames[b.id].modality == "stated"
            grammar = "a change said to be larger or smaller than another change after 'than'"
            larger = bool(m.group("larger") or m.group("larger_noun") or m.group("outrun"))
            out.append(OrderLink(a, b, grammar, certain, sizes=True) if larger else
                       OrderLink(b, a, grammar, certain, sizes=True))
    return out


# an outcome set against its target ("brought in Rs 144.92 billion against a target of Rs 148.84 billion"; "came to
# Rs 0.67 billion and Rs 0.8 billion, against targets of Rs 0.68 billion and Rs 0.92 billion respectively")
_AGAINST_TARGETS = lazy_re.compile(
    rf"^\s*(?:[a-z'’-]+\s+){{0,4}}?,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|as\s+against)\s+"
    rf"(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){{0,2}}?"
    rf"(?:{lexicon.alternation(('target', 'goal', 'budget', 'budgeted amount', 'estimate', 'projection', 'plan', 'quota'))})s?"
    r"\s+(?:of\s+)?(?:some\s+|about\s+)?$")
_PAIRED_LIST = lazy_re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SHORT_OF = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SHORT_OF_TARGET)})\b")
_PAST = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PAST_TARGET)})\b")


def _said_of_targets(words: str, last: bool = True) -> int:
    """-1 when the words say an outcome fell short of its target, +1 when it passed it, 0 when they say neither: the
    last such word says it ("Even though revenue as a whole beat the target, VAT still fell short"), or the first
    when `last` is False (the words after the figures)."""
    found = [(m.start(), -1) for m in _SHORT_OF.finditer(words)] + [(m.start(), 1) for m in _PAST.finditer(words)]
    if not found:
        return 0
    return (max(found) if last else min(found))[1]


def outcomes_against_targets(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """An outcome given "against a target of" another figure (or a list of outcomes against a list of targets,
    "respectively"), when its sentence, or a sentence before it in its paragraph that gives no figure, says the
    outcome fell short of its target or passed it: the outcome is at most (at least) the target."""
    out = []
    for seg in segments:
        if seg.is_table_row or len(seg.figures) < 2:
            continue
        before_sentence = 0
        if seg.index and not segments[seg.index - 1].figures and segments[seg.index - 1].paragraph == seg.paragraph:
            before_sentence = _said_of_targets(segments[seg.index - 1].skeleton)  # "VAT still fell short. ... against a target of"
        for t in range(1, len(seg.figures)):
            if not _AGAINST_TARGETS.match(seg.between(t - 1, t)):
                continue
            # the words of the sentence before the outcomes say it, else those after the target, else the sentence before
            said = _said_of_targets(seg.before(t - 1, 200)) or _said_of_targets(seg.after(t, 80), last=False) \
                or before_sentence
            if not said:
                continue
            # the outcomes before "against" and the targets from t on, item by item: "A and B, against targets of C and D"
            outcomes, targets = [t - 1], [t]
            while outcomes[0] > 0 and _PAIRED_LIST.match(seg.between(outcomes[0] - 1, outcomes[0])):
                outcomes.insert(0, outcomes[0] - 1)
            while targets[-1] + 1 < len(seg.figures) and len(targets) < len(outcomes) \
                    and _PAIRED_LIST.match(seg.between(targets[-1], targets[-1] + 1)):
                targets.append(targets[-1] + 1)
            if len(outcomes) != len(targets):
                continue
            for o, g in zip(outcomes, targets):
                outcome, target = seg.figures[o], seg.figures[g]
                if not (same_unit(outcome, target) and outcome.unit == target.unit and frames[outcome.id].is_level
                        and frames[target.id].role in (Role.LEVEL, Role.BOUND) and written_in_digits(outcome)
                        and written_in_digits(target) and not outcome.qualifier):
                    continue
                grammar = "an outcome said to fall short of (or pass) the target it is set against"
                out.append(OrderLink(target, outcome, grammar) if said < 0 else OrderLink(outcome, target, grammar))
    return out


def _beaten_in_its_sentence(seg: Segment, old_record: Figure, frames: dict[str, Frame]) -> bool:
    """Whether a previous record's sentence states, before it, a level of its unit: the level that beat it ("Its
    roughly 61 million visits were 3.5% more than in 2020-2021 and beat the previous record of 60.5 million")."""
    k = seg.slot_of(old_record)
    return any(frames[f.id].is_level and same_unit(f, old_record) and f.unit == old_record.unit and written_in_digits(f)
               for f in seg.figures[:k])


def _kin_of_reference(frames: dict[str, Frame], level: Figure, reference: Figure) -> bool:
    """A level and a reference value it can be set against: one unit and role, written in digits, of one period
    when both name theirs."""
    return same_unit(level, reference) and level.unit == reference.unit and frames[level.id].role is frames[reference.id].role \
        and frames[reference.id].role in _REFERABLE and written_in_digits(reference) and not reference.qualifier \
        and not (level.period_source == reference.period_source == "stated" and level.period != reference.period)


# a share beside an amount, of a whole the words name: "worth $412m, or 31.0 percent of total earnings", "£5.2m (30.1%
# of all income)", "accounted for 22.4 percent of the total with $298m"
_SHARE_AFTER_AMOUNT = lazy_re.compile(r"^\s*(?:,\s*or|\(|,)\s*(?:some\s+|about\s+|nearly\s+|almost\s+|around\s+)?$")
_AMOUNT_AFTER_SHARE = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*of\s+(?:the\s+|all\s+)?(?:[a-z'’-]+\s+){0,3}?"
                                      r"(?:with|at|worth|or|,\s*(?:or|with|worth|at))\s+(?:some\s+|about\s+|nearly\s+|around\s+)?$")
_WHOLE_NAMED = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*of\s+(?P<the>the\s+|all\s+)?(?P<whole>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})")
_WHOLE_ENDS = frozenset(("in", "at", "with", "worth", "or", "and", "for", "from", "on", "by", "to", "was", "were", "is",
                         "are", "of", "while", "but", "during", "this", "last", "that"))
_SHARES_REACH = 6  # sentences after the leader where another item's share of the same whole may stand
_BARE_WHOLES = frozenset(("total", "all", "aggregate", "overall", "whole", "sum"))


def _whole_words(seg: Segment, k: int) -> frozenset[str]:
    """The words of the whole a share names after it: "of total earnings" -> {total, earnings}, "of the aggregate"."""
    m = _WHOLE_NAMED.match(seg.after(k, 60))
    if m is None:
        return frozenset()
    words = []
    for w in m.group("whole").split():
        if w in _WHOLE_ENDS:
            break
        words.append(lexicon.fold(w))
    return frozenset(words)


def _share_beside(seg: Segment, k: int, frames: dict[str, Frame]) -> int | None:
    """The slot of the share of a named whole standing beside amount k: after it (", or 31.0 percent of total earnings")
    or before it ("22.4 percent of the total with $298m")."""
    if k + 1 < len(seg.figures) and frames[seg.figures[k + 1].id].role is Role.SHARE \
            and _SHARE_AFTER_AMOUNT.match(seg.between(k, k + 1)) and _whole_words(seg, k + 1):
        return k + 1
    if k > 0 and frames[seg.figures[k - 1].id].role is Role.SHARE and _AMOUNT_AFTER_SHARE.match(seg.between(k - 1, k)) \
            and _whole_words(seg, k - 1):
        return k - 1
    return None


def _field_stated_before(seg: Segment, k: int, frames: dict[str, Frame], placed: set[str]) -> bool:
    """Whether a place's sentence states, before it, a level of its unit that holds no place: the total of the field
    it ranks in ("Light commercial registrations came to 2,310 units, and Ford took first place there with 640
    units"), so the place opens a ranking of that field, not one of the paragraph before."""
    place = seg.figures[k]
    return any(frames[f.id].is_level and same_unit(f, place) and f.id not in placed for f in seg.figures[:k])


def _leaders_over_shares(segments: tuple[Segment, ...], frames: dict[str, Frame],
                         leaders: list[tuple[int, Figure]]) -> list[OrderLink]:
    """The first place of an order, its amount given with its share of a named whole ("Tourism was the largest single
    source, worth $412m, or 31.0 percent of total earnings"), against another amount of its unit that one of the six
    sentences after gives with its share of the same whole, named alike or by "the" and one of its words ("Fisheries
    accounted for 22.4 percent of the total with $298m"): the two are parts of one breakdown, and the first place is
    at least the other, in amount and in share."""
    out = []
    for s, leader in leaders:
        seg = segments[s]
        k = next((k for k, f in enumerate(seg.figures) if f is leader), None)
        if k is None or frames[leader.id].role is not Role.LEVEL:
            continue
        j = _share_beside(seg, k, frames)
        if j is None:
            continue
        whole = _whole_words(seg, j)
        share = seg.figures[j]
        # (once a share of another whole is named, "the total" may be that one's: only the whole named alike is sure)
        another_whole = False
        for later in segments[s + 1:s + 1 + _SHARES_REACH]:
            if later.is_table_row:
                continue
            another_whole = another_whole or any(
                frames[g.id].role is Role.SHARE and (_whole_words(later, i) - _BARE_WHOLES) - whole
                for i, g in enumerate(later.figures))
            for i, g in enumerate(later.figures):
                if not _ranked_pair(frames, leader, g) or frames[g.id].role is not Role.LEVEL:
                    continue
                js = _share_beside(later, i, frames)
                if js is None:
                    continue
                other = later.figures[js]
                words = _whole_words(later, js)
                if not words or not words <= whole or (words != whole and (another_whole or not
                                                                            _WHOLE_NAMED.match(later.after(js, 60)).group("the"))):
                    continue
                grammar = "the first place of an order and another part of the whole whose share it gives"
                out.append(OrderLink(leader, g, grammar))
                if _ranked_pair(frames, share, other):
                    out.append(OrderLink(share, other, grammar))
    return out


# right before a figure that is a part of the one before it: "which included 11,030", "including 7,999"
_INCLUDED_PART_BEFORE = lazy_re.compile(r"\b(?:which|that)\s+includ(?:ed|es)\s+$|\bincluding\s+$", re.I)


# A sentence with no figure that says which item is at the top (bottom) of an order, the items' figures given in the
# sentence next to it: "Copper was the largest export earner in the quarter. Copper brought in K9.6 billion, cobalt K2.1
# billion and gold K0.8 billion"; "The steepest decline was recorded in the hospitality sector. Hospitality employment
# shrank by 8.9 per cent, while retail employment shrank by 6.3 per cent"; "Tea earned KSh 138 billion, coffee KSh 27
# billion ... Tea thus remained the country's biggest agricultural export earner". The item is the subject of "was
# the largest ...", "remained the leading ...", "had the largest ...", of a verb of place ("topped the list of ...",
# "came last in ..."), or the place "the largest ... was in X", after an opening adverbial ("Among the nine provinces,
# Limpopo came last"); not an extreme against its own past ("the highest since 2007").
# (the superlatives of a leader and the words that put an item first elsewhere: "busiest", "most valuable", "top-selling")
_LEADER_FIRSTS = tuple(dict.fromkeys(lexicon.LEADER_SUPERLATIVES_HIGH + lexicon.LEADER_ADJECTIVES + _SUPERLATIVE_FIRSTS))
_LEADER_SUP = (rf"(?:(?P<high>{lexicon.alternation(_LEADER_FIRSTS)})|"
               rf"(?P<low>{lexicon.alternation(lexicon.LEADER_SUPERLATIVES_LOW)}))\b")
# "most" before a plural noun is the first place ("had the most building consents", "drew the most visitors"), as in
# _MOST_OF; not an adjective ("the most recent figures")
_LEADER_MOST = r"the\s+(?P<most>most)(?=\s+(?:[a-z-]+\s+){0,2}?(?!(?:[a-z-]+ous|[a-z-]+ss|years|months|weeks|days|times)\b)[a-z-]{3,}s\b)"
# the verbs of a leader: of being or staying ("remained", "stayed", "continued to be"), of having or getting ("had",
# "drew", "won", "recorded"), any past tense ("attracted", "collected")
_LEADER_VERBS = rf"(?:{lexicon.alternation(lexicon.LEADER_VERBS)}|[a-z]{{3,}}ed)"
_LEADER_NAME = r"(?P<name>(?:[a-z'’.&-]+\s+){0,2}?[a-z'’.&-]+)"
_LEADER_FRONTED = r"(?:(?P<fronted>[a-z][^,.;:]{0,60}?)\s*,\s*)?"  # (may hold the field's size: "Among the 9 provinces,")
_LEADER_SUBJECT = lazy_re.compile(
    rf"^\W*{_LEADER_FRONTED}(?:the\s+)?{_LEADER_NAME}\s+(?:(?:again|still|also|thus|therefore)\s+)?{_LEADER_VERBS}\s+"
    rf"(?:(?:again|still|also|by\s+far|once\s+more)\s+)?(?:(?:the|its|their)\s+(?:[a-z]+['’]s?\s+)?{_LEADER_SUP}|"
    rf"{_LEADER_MOST})(?P<rest>[^#]*)$")
_LEADER_PLACE = lazy_re.compile(
    rf"^\W*the\s+{_LEADER_SUP}(?P<rest>[^#]{{0,60}}?)\s+(?:was|were|came|occurred)\s+(?:(?:recorded|seen|posted|"
    rf"registered|reported|found)\s+)?in\s+(?:the\s+)?{_LEADER_NAME}\s*[.;]?\s*$")
# a verb of place: "Nairobi topped the list of counties for new registrations", "Limpopo came last in the examinations"
_LEADER_VERB = lazy_re.compile(
    rf"^\W*{_LEADER_FRONTED}(?:the\s+)?{_LEADER_NAME}\s+(?:(?:again|still|also|once\s+more)\s+)?"
    rf"(?:(?P<high>(?:{lexicon.alternation(tuple(w for w in lexicon.HEAD_OF_LIST if ' ' not in w))})\s+the\s+"
    rf"(?:{lexicon.alternation(lexicon.LIST_NOUNS)})|{lexicon.alternation(lexicon.CAME_TOP)})|"
    rf"(?P<low>{lexicon.alternation(lexicon.CAME_LAST)}))\b(?P<rest>[^#]*)$", screened=True)
# (not the time of the order itself: "in this year's examinations")
_OWN_PAST = lazy_re.compile(r"\b(?:since|ever|on\s+record|in\s+(?!(?:this|that|the|last|its|their)\s)(?:a|an|[a-z]+)\s+"
                            r"(?:years?|months?|decades?)(?!['’])|for\s+(?:years|decades))\b")
_NAME_FILLERS = frozenset(("the", "a", "an", "its", "their", "of", "and", "in", "sector", "region", "area", "group"))
# the superlative ranks changes: a noun of change after it ("the largest increase in enrolment"), or it is one of pace
_RANKS_CHANGES = lazy_re.compile(rf"^[\s-]*(?:[a-z-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})s?\b|"
                                 rf"^[\s-]*growing\b")
# the measure the order is by, fronted: "By area, Kruger is the largest national park"
_FRONTED_BASIS = lazy_re.compile(r"^\s*by\s+")
# the order is of rates: "the highest vaccination rate" (not of the counts the next sentence may give, "Its clinics
# employed 4,210 nurses")
_RANKS_RATES = lazy_re.compile(rf"^\s*(?:[a-z-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.RATE_MEASURE_WORDS)})\b")
# the leader pointed back at before the first figure of the next sentence: "It recorded 14,320", "Its collections came
# to N651 billion", "Farmers sowed it on 2.41 million hectares", "Shipments there were worth EUR 98.2 billion" (a noun
# before "there": not the "there were" that opens a sentence)
_POINTS_AT_THE_LEADER = lazy_re.compile(r"\b(?:it|its|they|their|them)\b|\b[a-z]{3,}\s+there\b")
# ... and a rival set against it by the words between ("while Mombasa had", "against ... to Czechia"; not "It paid KSh
# 2.1 billion in wages and KSh 3.4 billion in taxes", two measures of the leader)
_RIVAL_MARKS = tuple(w for w in lexicon.LEVEL_SET_AGAINST if w not in ("from", "after")) + cues.CONTRAST_JOINERS \
    + lexicon.PLACED_AHEAD + lexicon.PLACED_BEHIND
_RIVAL_SET_AGAINST = lazy_re.compile(rf"\b(?:{lexicon.alternation(_RIVAL_MARKS)})\b")
# a rival's words that point back at the leader name none of its own: "while its reservoirs held 3,400 mm"
_THE_LEADERS_OWN = lazy_re.compile(r"\b(?:its|their|it|they)\b")
# ... unless the words say it is another fact of the leader: "It also imported 41,000 tonnes of wheat"
_ANOTHER_FACT = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.ANOTHER_FACT)})\b")
# the sentence after carries the order on: "Rivers followed with N151 billion", "Airtel, the runner-up, had 19.6 million"
_ORDER_GOES_ON = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.ORDER_GOES_ON)})\b")
# words of a sentence that name no measure: times and the words of ranking
_NO_MEASURE_WORDS = frozenset(("year", "years", "quarter", "month", "season", "week", "period", "again", "still", "also",
                               "remained", "remains", "list", "with", "while", "against", "there", "were", "than"))


class _Leader(NamedTuple):
    name: frozenset[str]  # the item's naming words
    high: bool  # the top of the order, or the bottom
    changes: bool  # an order of changes (of their sizes), not of levels
    basis: str  # the words after the superlative, or " by X" fronted: the measure it ranks by, if named
    words: frozenset[str]  # the sentence's words that may name the measure ranked
    rates: bool  # an order of rates


def _leader_said(skeleton: str) -> _Leader | None:
    m = _LEADER_SUBJECT.match(skeleton) or _LEADER_PLACE.match(skeleton) or _LEADER_VERB.match(skeleton)
    if m is None or _OWN_PAST.search(m.group("rest")):
        return None
    name = frozenset(lexicon.folded_words(m.group("name"))) - _NAME_FILLERS
    if not name:
        return None
    most = m.groupdict().get("most")
    sup = (m.group("high") or m.group("low") or most).split()[0]
    changes = sup in lexicon.PACE_SUPERLATIVES or bool(_RANKS_CHANGES.match(m.group("rest")))
    fronted = m.groupdict().get("fronted") or ""
    basis = " " + fronted if _FRONTED_BASIS.match(fronted) else m.group("rest")
    # (the measure is named after the superlative or in the opening adverbial: "the largest destination for Polish
    # exports", "topped the list of counties for new company registrations")
    words = frozenset(w for w in lexicon.folded_words(_SLOT.sub(" ", fronted + " " + m.group("rest"))) if len(w) > 3) \
        - name - _NO_MEASURE_WORDS
    return _Leader(name, bool(m.group("high") or most), changes, basis, words, bool(_RANKS_RATES.match(m.group("rest"))))


# the words that trail a figure up to the first break of its clause are its own, its unit's noun ("3,114 Hilux units,
# while the Ford Ranger ... sold 2,761"): the next figure's item is named after them
_TRAIL_ENDS = lazy_re.compile(rf"[,;:]|\b(?:{lexicon.alternation(cues.CONTRAST_JOINERS + ('and', 'against', 'versus'))})\b")


def _items_named(seg: Segment) -> list[frozenset[str]]:
    """Each figure's item: the words before it, back to the figure before and past the words that trail it."""
    out = []
    for k in range(len(seg.figures)):
        words = seg.before(k, 60)
        if k:
            words = seg.between(k - 1, k)
            trail = _TRAIL_ENDS.search(words)
            words = words[trail.start():] if trail else words
        out.append(frozenset(lexicon.folded_words(_SLOT.sub(" ", words))))
    return out


_ITEM_NAMED_AFTER = lazy_re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:to|at|in|for|from|by)\s+(?:the\s+)?(?![\d#])[A-Za-z]")
_JOINT_WORDS = frozenset({"and", "or", "while", "whereas", "but", "with", "against", "versus", "the", "a", "an", "to", "of",
                          "at", "by", "for", "in", "on", "from", "some", "about", "around", "nearly", "almost", "just"})


def _rivals_of_the_leader(leader: Figure, seg: Segment, frames: dict[str, Frame]) -> list[Figure]:
    """The other figures of a sentence an order said apart ranks with the leader's: of its unit, role and period,
    neither the level a move starts from nor another time's ("from 26.3 per cent a year earlier")."""
    role = frames[leader.id].role
    # (a rival names its own item, before it or after it, "against 1.4 million at Cape Town": "China accounted for 24%
    # of world demand and 27% of global production" gives the leader's two measures, no rival)
    items = _items_named(seg)
    return [g for j, g in enumerate(seg.figures) if g is not leader
            and (items[j] - _JOINT_WORDS or _ITEM_NAMED_AFTER.match(seg.after(j, 40)))
            and same_unit(g, leader) and g.unit == leader.unit
            and frames[g.id].role is role and not g.qualifier and written_in_digits(g) and g.period == leader.period
            and frames[g.id].modality == "stated" and not _MOVE_STARTS.search(seg.before(j, 12))
            and not _EARLIER.search(seg.after(j, 30).split("#")[0])
            and not _THE_LEADERS_OWN.search(seg.before(j, 60) if j == 0 else seg.between(j - 1, j))]


def leaders_named_before_their_figures(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """The item a sentence with no figure puts at the top (bottom) of an order is at least (at most) each other item of
    the sentence next to it, each figure's item named by the words before it. The leader's figure is the one its name
    is said before, or in the next sentence the first, when the words before it point back at the leader ("It
    recorded 14,320 new companies, while Mombasa had 3,905"); its rivals the other figures of that sentence of its
    unit, role and period, or, when it gives none, those of the sentence after that carries the order on ("Its
    collections came to N651 billion. Rivers followed with N151 billion"). Certain when the figures are in the
    sentence next to the order's, of one measure as the frames read it, and that sentence names the measure in a word
    of the order's ("topped the list of counties for new company registrations. It recorded 14,320 new companies");
    only likely otherwise, since the order's measure is named apart from the figures. Not when the order is by a
    measure the figures are not of ("By area, Kruger is the largest park. It received 1.8 million visitors"), of
    changes against levels or levels against changes ("the largest increase in enrolment. It now has 812,400
    pupils"), or when the figures' sentence ranks on its own."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        said = _leader_said(seg.skeleton)  # (its sentence gives no figure, but for the field's size before it)
        if said is None:
            continue
        nxt = segments[seg.index + 1] if seg.index + 1 < len(segments) else None
        prv = segments[seg.index - 1] if seg.index else None
        for items_seg, after in ((nxt, True), (prv, False)):
            if items_seg is None or items_seg.is_table_row or items_seg.paragraph != seg.paragraph \
                    or not items_seg.figures or _ANY_SUPERLATIVE.search(items_seg.skeleton):
                continue
            named = [k for k, words in enumerate(_items_named(items_seg)) if words & said.name]
            if len(named) == 1:
                k = named[0]
            elif not named and after and _POINTS_AT_THE_LEADER.search(items_seg.before(0, 80)) \
                    and not _ANOTHER_FACT.search(items_seg.before(0, 80)):
                k = 0
            else:
                continue
            leader = items_seg.figures[k]
            role = frames[leader.id].role
            change = role in _CHANGES
            if change != said.changes or not (change or role in _RANKABLE) or leader.qualifier \
                    or not written_in_digits(leader) or frames[leader.id].modality != "stated" \
                    or _other_basis(said.basis, items_seg.after(k, 60), leader) \
                    or said.rates and not (leader.unit == "percent" or role in (Role.SHARE, Role.RATIO)):
                continue
            others, apart = _rivals_of_the_leader(leader, items_seg, frames), False
            if others and k == 0 and not named and not _RIVAL_SET_AGAINST.search(
                    items_seg.between(0, items_seg.figures.index(others[0]))):
                continue  # (pointed back at: the first rival must be set against the leader)
            beyond = segments[items_seg.index + 1] if after and items_seg.index + 1 < len(segments) else None
            if not others and beyond is not None and beyond.paragraph == seg.paragraph and not beyond.is_table_row \
                    and _ORDER_GOES_ON.search(beyond.skeleton) and not _ANY_SUPERLATIVE.search(beyond.skeleton):
                others, apart = _rivals_of_the_leader(leader, beyond, frames), True
            if change and any((g.value < 0 or g.direction < 0) != (leader.value < 0 or leader.direction < 0) for g in others):
                continue  # a rise among falls: the order of sizes is not said
            measure_named = any(w[:5] == v[:5] for w in said.words
                                for v in lexicon.folded_words(_SLOT.sub(" ", items_seg.skeleton)) if len(v) > 3)
            grammar = "the top (or bottom) of an order said in a sentence with no figure, then the items' figures" if after \
                else "the top (or bottom) of an order said in a sentence with no figure after the items' figures"
            for g in others:
                certain = not apart and measure_named and bool(frames[leader.id].head) \
                    and frames[g.id].head == frames[leader.id].head
                out.append(OrderLink(leader, g, grammar, certain=certain, sizes=change) if said.high
                           else OrderLink(g, leader, grammar, certain=certain, sizes=change))
    return out


# a verb of change and a superlative of the least, its figure right after: "Uploads over fixed broadband grew least, by
# 25.9 per cent", "rose the slowest (+1.2%)"
_LEAST_CHANGE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\s+(?:the\s+)?"
                                rf"(?:least|slowest|most\s+slowly|most\s+modestly)(?!\s+of\b){_NOT_ITS_PAST}\s*(?:,\s*)?(?:by|at|with|\()?\s*$")


def _changes_just_before(seg: Segment, k: int, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[Figure]:
    """The changes of the figure's unit, role, way and period that the sentences just before it in its paragraph give:
    the other items, likely, of an order whose bottom the figure's clause says it is."""
    f = seg.figures[k]
    way = f.value < 0 or f.direction < 0
    out = []
    for back in segments[max(0, seg.index - _NEXT_NEAR):seg.index]:
        if back.paragraph != seg.paragraph or back.is_table_row:
            continue
        for g in back.figures:
            if frames[g.id].role is frames[f.id].role and same_unit(g, f) and g.unit == f.unit and not g.qualifier \
                    and written_in_digits(g) and frames[g.id].modality == "stated" and (g.value < 0 or g.direction < 0) == way \
                    and g.period == f.period:
                out.append(g)
    return out


# a share's amount in brackets right after it, the share naming its whole or not: "76% of business R&D in 2019 (£19.6
# billion)", "15% (£3.8 billion)"; the words of the whole are read to tell two shares' wholes apart
_AMOUNT_AFTER_ITS_SHARE = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?(?:\s+of\s+(?P<whole>[^#;:()]{1,60}?))?\s*\(\s*"
                                          r"(?:some\s+|about\s+|nearly\s+|around\s+|almost\s+)?$")
# ... a whole that is each item's own: "31% of its output (4,100 tonnes)" against "25% of its output (5,000 tonnes)"
_OWN_WHOLE = lazy_re.compile(r"\b(?:its|their|his|her|each|own)\b")
# ... the words of a whole up to its period, which two shares of one whole may name or leave out ("of R&D in 2019")
_PERIOD_OF_THE_WHOLE = lazy_re.compile(r"\s+(?:in|for|during)\s+.*$")


def _amount_beside(share: Figure, where: dict[str, tuple[int, int]], segments: tuple[Segment, ...],
                   frames: dict[str, Frame]) -> tuple[Figure, str] | None:
    """The amount a share stands for, in brackets right after it, and the words of the whole the share names."""
    s, k = where[share.id]
    seg = segments[s]
    m = _AMOUNT_AFTER_ITS_SHARE.match(seg.between(k, k + 1)) if k + 1 < len(seg.figures) else None
    if m is None:
        return None
    amount = seg.figures[k + 1]
    if not frames[amount.id].is_level or amount.unit == "percent" or amount.qualifier or not written_in_digits(amount) \
            or frames[amount.id].modality != "stated":
        return None
    return amount, _PERIOD_OF_THE_WHOLE.sub("", (m.group("whole") or "").strip().lower())


def amounts_of_ordered_shares(links: list[OrderLink], segments: tuple[Segment, ...],
                              frames: dict[str, Frame]) -> list[OrderLink]:
    """Two shares of one whole said to be in order, each with the amount it stands for in brackets: the amounts are
    in the same order ("Own funds paid for 76% of R&D (£19.6 billion), with overseas funding next at 15% (£3.8
    billion)"): an amount is its share of the one whole. Not when each share is of its item's own whole ("31% of its
    output (4,100 tonnes)"), nor when the two name different wholes."""
    where = {f.id: (seg.index, k) for seg in segments if not seg.is_table_row for k, f in enumerate(seg.figures)}
    out = []
    for link in links:
        a, b = link.larger, link.smaller
        if a.id not in where or b.id not in where or not (frames[a.id].role is frames[b.id].role is Role.SHARE
                                                          and a.unit == b.unit == "percent"):
            continue
        beside_a, beside_b = _amount_beside(a, where, segments, frames), _amount_beside(b, where, segments, frames)
        if beside_a is None or beside_b is None:
            continue
        (amount_a, whole_a), (amount_b, whole_b) = beside_a, beside_b
        if amount_a is amount_b or not (same_unit(amount_a, amount_b) and amount_a.unit == amount_b.unit) \
                or _OWN_WHOLE.search(whole_a) or _OWN_WHOLE.search(whole_b) or (whole_a and whole_b and whole_a != whole_b):
            continue
        out.append(OrderLink(amount_a, amount_b, "the amounts beside two shares of one whole said to be in order",
                             certain=link.certain))
    return out


_RECORD_CUE = lazy_re.compile(rf"\b(?:(?P<old>{lexicon.alternation(lexicon.OLD_RECORD)})|(?P<new>{lexicon.alternation(lexicon.NEW_RECORD)}))\b", screened=True)
# words from a record's cue to the figure after it: the cue is that figure's ("above the old mark of #1#")
_CUE_OF_THE_NEXT_FIGURE = lazy_re.compile(r"[^#,;.]{0,20}?#")


def _record_side(before: str, after: str) -> bool | None:
    """Whether the words around a figure make it a new record (True) or the one beaten (False), None if neither: the
    cue nearest before it ("an all-time high of", "the previous record of"), else one after it that is not the next
    figure's ("4.3 million, the previous record"; not "61,200, above the old mark of 63,400")."""
    last = None
    for last in _RECORD_CUE.finditer(before):
        pass
    if last is None:
        last = _RECORD_CUE.search(after)
        if last is not None and _CUE_OF_THE_NEXT_FIGURE.match(after, last.end()):
            return None
    return None if last is None else bool(last.group("new"))


def stated_orders(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    links: list[OrderLink] = ranked_lists(segments, frames) + led_lists(segments, frames) + extremes(segments, frames) \
        + compared_with_the_period_before(segments, frames) + leaders_named_before_their_figures(segments, frames) \
        + ordered_lists(segments, frames) + extremes_at_a_time(segments, frames)
    placed: list[tuple[int, int, Figure]] = []  # (segment, place, figure)
    records: list[tuple[int, bool, Figure]] = []  # (segment, new, figure)
    expected: set[str] = set()  # forecasts, targets
    closers: set[str] = set()  # the items of lists that close a ranking: their places are not known
    among_changes: set[str] = set()  # figures placed in an order of changes, not of levels
    placed_low: list[tuple[int, int, Figure]] = []  # (segment, place from the bottom, figure)
    listed_in: dict[int, _MainItems] = {}  # each segment's list of main items, read once (the next segment reads it too)

    def main_items_of(seg: Segment) -> _MainItems:
        if seg.index not in listed_in:
            listed_in[seg.index] = _main_items(seg, frames)
        return listed_in[seg.index]

    def _kin(frames: dict[str, Frame], f: Figure, g: Figure) -> bool:
        """Placed figures one order ranks: of one unit, and both placed among changes or both among levels."""
        return same_unit(f, g) and f.unit == g.unit and (f.id in among_changes) == (g.id in among_changes)

    for seg in segments:
        if seg.is_table_row:
            continue
        companion: dict[str, int] = {}
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            change = frame.role in _CHANGES
            if not (_placeable(frame) or change) or f.qualifier or not written_in_digits(f):
                continue
            if frame.modality != "stated":
                expected.add(f.id)  # a forecast's place or record: its order is likely, never an error
            before = _clause_before(seg, k)  # (read once for the three questions below)
            if change or f.unit == "percent":
                # a place among changes: "posted the biggest gain, at 3.1 million", "rose 4.1%, the largest rise of any
                # group"; "came second with a 5.2% rise" (the change's noun after it); "It was followed by a 9.1% gain"
                place = _place_of_change(seg, k, before)
                if not place and change and (_CHANGE_NOUN_AFTER_FIGURE.match(seg.after(k, 30))
                                             or _CHANGE_NOUN_BEFORE_FIGURE.search(before)):
                    place = _place(seg, k, before)
                if not place and change and placed and placed[-1][2].id in among_changes \
                        and seg.index - placed[-1][0] <= _NEXT_NEAR and same_unit(placed[-1][2], f) \
                        and placed[-1][2].unit == f.unit and _NEXT_PLACE.search(before):
                    place = placed[-1][1] + 1
                if place:
                    among_changes.add(f.id)
                    placed.append((seg.index, place, f))
                    if place == 1:
                        links += _rivals(seg, k, frames, among_changes=True) \
                            + _rivals_after(seg, k, segments, frames, among_changes=True)
                    continue
                if change:
                    if frame.modality == "stated" and _LEAST_CHANGE.search(before):
                        # the bottom of an order of changes: at most each change of its kind said beside it
                        others = [link.smaller for link in _rivals(seg, k, frames, among_changes=True)]
                        links += [OrderLink(g, f, "the bottom of an order of changes and another change beside it",
                                            certain=False, sizes=True)
                                  for g in others + _changes_just_before(seg, k, segments, frames)]
                    continue
            # (the field a ranking is of is no item in it: "came first among 56 provinces, with US$3.35 billion")
            # (nor a part the leader's figure includes: "The biggest source was Asia, with a net gain of 33,789,
            # which included 11,030 from China": the place is 33,789's)
            included = bool(_INCLUDED_PART_BEFORE.search(seg.before(k, 30)))
            # (nor the level a move starts from: "the largest rise in registrations, from 162 to 262, or 62%": the rise
            # is ranked, not 162)
            moved_from = bool(_MOVE_STARTS.search(seg.before(k, 12)))
            place = 0 if _THE_FIELD.search(before) or included or moved_from else _place(seg, k, before) or companion.get(f.id, 0)
            if not place and not included and k and frames[seg.figures[k - 1].id].role in (*_CHANGES, Role.DURATION):
                # "China, at the head of the table for the past eight years, produced 450 tonnes", "the largest
                # producer, raised output by 4% to 412 tonnes": the place words before a figure of another kind
                wider = _clause_past_asides(seg, k, frames)
                if _one_place_said(wider):
                    place = _place(seg, k, wider)
            if not place and not included:
                carried = _place_before_a_colon(seg, k)
                if carried:
                    place = _place(seg, k, carried)
            if not place and _NEXT_PLACE.search(before):
                # (the words first: looking back through every figure placed so far, for each figure, made
                # this reading's time grow with the square of a long section's length)
                earlier = next((p for p in reversed(placed) if _kin(frames, p[2], f)), None)
                # (a "followed by" follows the figure of its unit just before it in its own sentence: when that one
                # holds no place, the list is another ranking than the sentence before's, "Europe was the largest
                # importer ($1,095 million), followed by Asia ($1,453 million). Similarly, most imports came from
                # Europe ($3,599 million), followed by Asia ($4,479 million)")
                # (a base said beside a placed figure is no list of its own: "first at 9.5%, compared with 9.2% in
                # August, followed by food at 2.7%")
                own = [g for g in seg.figures[:k] if same_unit(g, f) and g.unit == f.unit]
                placed_here = set()
                for p in reversed(placed):  # (the places of this sentence are the last ones)
                    if p[0] != seg.index:
                        break
                    placed_here.add(p[2].id)
                if own and not any(g.id in placed_here for g in own):
                    earlier = None
                # (a place after the one before in another paragraph only when it opens its sentence, "Next came
                # Furious 7, with 2.43 billion yuan": a "followed by" after a paragraph's own figures is of its own ranking)
                if earlier is not None and seg.index - earlier[0] <= _NEXT_NEAR \
                        and (segments[earlier[0]].paragraph == seg.paragraph or k == 0):
                    place = earlier[1] + 1
            bottom = not place and frame.modality == "stated" and (
                (_extreme_of(before, seg.after(k, 30)) or (0,))[0] < 0 or _place_after(seg, k, before)[1] < 0)
            # (the look back stops at the sentences a next place may follow: a long section of places from the bottom
            # is not searched back to its start for every figure)
            last_low = next(((s, n) for s, n, g in _recent(placed_low, seg.index - _NEXT_NEAR) if _kin(frames, g, f)), None)
            low = _low_place(seg, k, before, place, bottom, last_low, segments) if frame.modality == "stated" else 0
            if low:
                placed_low.append((seg.index, low, f))
                if not bottom:
                    continue  # (a place from the bottom is no place in an order from the top)
            if place and f.unit == "percent" and placed and placed[-1][2].id in among_changes \
                    and placed[-1][0] == seg.index and placed[-1][1] == place - 1 \
                    and not _EARLIER.search(seg.after(k, 40).split("#")[0]):
                # the next place of a ranking of changes, its rate given bare: "Vietnam was second with a rise of 188.7
                # per cent, and Chile third at 133.1 per cent" (not another time's: "at 9.1% a year earlier")
                among_changes.add(f.id)
            if place:
                placed.append((seg.index, place, f))
                if k + 1 < len(seg.figures) and frames[seg.figures[k + 1].id].role is Role.SHARE \
                        and frame.role is not Role.SHARE and _COMPANION_SHARE.match(seg.between(k, k + 1)):
                    companion[seg.figures[k + 1].id] = place
            if place == 1:
                links += _rivals(seg, k, frames) + _rivals_after(seg, k, segments, frames)
            elif bottom:
                # the bottom of an order: "Lagos had the lowest rate, at 2.1%, while Kano recorded 9.5%" (uncertain)
                links += [OrderLink(link.smaller, link.larger, "the bottom of an order and another item of its measure",
                                    certain=False) for link in _rivals(seg, k, frames) + _rivals_after(seg, k, segments, frames)]
            side = _record_side(before, seg.after(k, 30))
            if side is not None:
                records.append((seg.index, side, f))
        placed += _places_of_names(seg, segments, frames, {p[2].id for p in placed[-_MOST_RANKED:]})
        closing = [f for f in _closing_items(seg, frames) if all(f is not p[2] for p in placed[-len(seg.figures):])]
        if closing:
            links += [OrderLink(a, b, "the items of a list that closes a ranking, in order") for a, b in zip(closing, closing[1:])]
            # the last figure ranked before it, by a place or in a list, is at least its first item
            ranked = {p[2].id for p in placed} | {link.smaller.id for link in links if link.certain}
            last = next((g for back in segments[max(0, seg.index - _NEAR):seg.index][::-1] for g in back.figures[::-1]
                         if g.id in ranked and same_unit(g, closing[0]) and g.unit == closing[0].unit), None)
            if last is not None:
                links.append(OrderLink(last, closing[0], "the last figure ranked before a list that closes the ranking"))
            earlier = next((p for p in reversed(placed) if same_unit(p[2], closing[0]) and p[2].unit == closing[0].unit
                            and seg.index - p[0] <= _NEAR), None)
            # (places after a gap: the places between are not known; a ranking's head is above them all)
            base = earlier[1] + 1 if earlier is not None else _MOST_RANKED
            placed += [(seg.index, base + j + 1, f) for j, f in enumerate(closing)]
            closers.update(f.id for f in closing)
        leaders = [f for s, place, f in placed if place == 1 and 0 < seg.index - s <= _NEXT_NEAR]
        if leaders:
            links += _came_behind(seg, leaders[-1], frames)
        links += _beaten(seg, frames) + _records_beaten(seg, frames) + _above_a_sum(seg, frames)
        previous = segments[seg.index - 1] if seg.index else None
        links += _since_a_year(seg, previous, frames) + _since_an_extreme(seg, previous, frames)
        links += _within_the_span_since(seg, segments[seg.index + 1] if seg.index + 1 < len(segments) else None, frames)
        links += _average_and_extremes(seg, frames) + worded_changes_against_a_when(seg, frames)
        links += followed_lists(seg, frames) + places_behind(seg, frames) + places_of_named_rivals(seg, segments, frames)
        links += leaders_ahead_of_names(seg, segments, frames)
        links += in_order_lists(seg, segments[seg.index - 1] if seg.index else None, frames)
        links += named_in_that_order(seg, frames)
        listed = main_items_of(seg)
        links += main_item_lists(listed) + outdone_before_a_colon(seg, frames, previous)
        if previous is not None and previous.paragraph == seg.paragraph:
            links += highest_against_lowest(main_items_of(previous), listed, frames)
        links += _next_largest(seg, segments, frames, {p[2].id for p in placed[-_MOST_RANKED:]})
    # consecutive places of one unit, near one another: each at least the next
    paragraph = {seg.index: seg.paragraph for seg in segments}
    for i, (s, place, f) in enumerate(placed):
        for s2, place2, g in placed[i + 1:]:
            # (a place may open the paragraph after its predecessor's: "... posted the highest number with 28,411
            # [three sentences on it] / Non-residential constructions came second with 6,646")
            if s2 - s > _NEAR and (s2 - s > _FAR or paragraph[s2] != paragraph[s] + 1):
                break
            if place2 == place + 1 and _kin(frames, f, g):
                links.append(OrderLink(f, g, f"places {place} and {place2} in an order of size"))
                break
            if place2 <= place and _kin(frames, f, g):
                break  # another ranking starts: "Germany led with 3,400 entries. ... Tokyo ranked first with 8.1 million
                # visitors, Osaka second with 8.6 million": Osaka's place is after Tokyo's, not after Germany's
    # places with a gap between them, and in the sentences between as many levels of their unit and measure as the
    # gap has places (any number before a list that closes the ranking): likely those places, in order ("Next came
    # Slovenians with 1.1 million arrivals. / Domestic tourists generated 1.06 million arrivals. / Austrians were
    # the fourth largest group, with 939,700 arrivals"; "Czechs accounted for 644,100 arrivals, Poles for 575,000
    # ... / The top ten was rounded off by Britons, with 380,600 arrivals, ...")
    for i, (s, place, f) in enumerate(placed):
        nxt = next(((s2, p2, g) for s2, p2, g in placed[i + 1:] if _kin(frames, f, g)), None)
        if nxt is None or nxt[1] <= place + 1 or not 0 < nxt[0] - s <= _NEAR or not f.measure or nxt[2].measure != f.measure:
            continue
        between = [g for seg in segments[s + 1:nxt[0]] if not seg.is_table_row for g in seg.figures
                   if frames[g.id].is_level and same_unit(g, f) and g.unit == f.unit and g.measure == f.measure]
        wanted = len(between) if nxt[2].id in closers else nxt[1] - place - 1
        if between and len(between) == wanted and all(written_in_digits(g) and not g.qualifier for g in between):
            grammar = "levels between two places of a ranking, likely the places between"
            chain = [f, *between, nxt[2]]
            links += [OrderLink(a, b, grammar, certain=False) for a, b in zip(chain, chain[1:])]
    # places with a gap in one sentence, as many figures of their unit between them as the gap has places: those places
    # ("the Ranger stayed in first place (733 units), ahead of the Hilux (690 units), with the RAV4 in third (468 units)")
    # consecutive places from the bottom of an order, near one another: each at most the next ("South Kazakhstan has
    # the lowest ratio - 21.2%. Mangystau comes next with 25.2%, and Kyzylorda is third with 27.4%")
    for i, (s, place, f) in enumerate(placed_low):
        for s2, place2, g in placed_low[i + 1:]:
            if s2 - s > _NEAR or segments[s2].paragraph != segments[s].paragraph:
                break
            if place2 == place + 1 and _kin(frames, f, g) and not (f.period and g.period and f.period != g.period):
                links.append(OrderLink(g, f, f"places {place} and {place2} from the bottom of an order"))
                break
    placed_ids = {p[2].id for p in placed}
    position = {f.id: (seg.index, k) for seg in segments for k, f in enumerate(seg.figures) if f.id in placed_ids}
    for i, (s, place, f) in enumerate(placed):
        nxt = next(((s2, p2, g) for s2, p2, g in placed[i + 1:] if _kin(frames, f, g)), None)
        if nxt is None or nxt[1] <= place + 1 or position[f.id][0] != position[nxt[2].id][0] \
                or position[f.id][1] >= position[nxt[2].id][1]:
            continue
        seg = segments[position[f.id][0]]
        # (each item's own change beside its figure is no item: "ahead of Australia (270 tonnes, +1.9%)")
        between = [g for g in seg.figures[position[f.id][1] + 1:position[nxt[2].id][1]] if frames[g.id].role not in _CHANGES]
        if len(between) == nxt[1] - place - 1 and all(_in_list(frames[g.id], f) and written_in_digits(g)
                                                      and g.id not in position for g in between):
            chain = [f, *between, nxt[2]]
            links += [OrderLink(a, b, "the items named between two places of one sentence's ranking")
                      for a, b in zip(chain, chain[1:])]
    # the head of a ranking against each later place in it: places that rise one after another, each near the one before
    for i, (s, place, f) in enumerate(placed):
        if place != 1:
            continue
        last_s, last_place = s, place
        for s2, place2, g in placed[i + 1:]:
            if s2 - last_s > _NEAR:
                break
            if not _kin(frames, f, g):
                continue
            if place2 <= last_place or place2 > last_place + 2:
                break  # another ranking, or a place in a ranking of another scope ("the leading European nation on
                # 22 golds ... finished fifth on 20")
            if place2 > 2:
                links.append(OrderLink(f, g, "the head of a ranking against a later place in it"))
            last_s, last_place = s2, place2
    links += _leaders_over_shares(segments, frames, [(s, f) for s, place, f in placed if place == 1
                                                     and f.id not in among_changes and f.id not in expected])
    # a higher place said after a lower one of the same run of places, with any gap: the higher place at least the lower
    # ("..., which left the county in fifth place. Kent came first with 82.0%"; "..., which made it the second
    # most-watched show. Top of the list was the final, with 15.1 million"); a place said again starts another ranking
    # (places said downwards are read above: with a gap, they may be of another scope, "the leading European nation on
    # 22 golds ... finished fifth on 20")
    linked = {frozenset((link.larger.id, link.smaller.id)) for link in links}

    def _a_field(f: Figure) -> bool:
        """The field a ranking is of ("came first among 56 regions"), no item in it."""
        s, k = position[f.id]
        return bool(_THE_FIELD.search(_clause_before(segments[s], k)))

    places_in_paragraph = {(paragraph[s], place) for s, place, f in placed}
    for i, (s, place, f) in enumerate(placed):
        seen = {place}
        # a place said just before this one, in its paragraph, is taken: said again after it, it starts another ranking
        # ("China is the largest producer with 13.9 million tonnes, followed by Indonesia (5.4 million tonnes) ... In
        # inland waters China ranks first again with 2.3 million tonnes": inland first is no place above Indonesia)
        for s0, place0, f0 in reversed(placed[:i]):
            if s - s0 > _NEAR or paragraph[s0] != paragraph[s]:
                break
            if _kin(frames, f0, f):
                seen.add(place0)
        for s2, place2, g in placed[i + 1:]:
            # (in one paragraph, or in the next one's first sentence after the place before)
            if s2 - s > _NEAR or (paragraph[s2] != paragraph[s] and (s2 - s > 1 or paragraph[s2] != paragraph[s] + 1)):
                break
            if not _kin(frames, f, g):
                continue
            if place2 in seen or paragraph[s2] != paragraph[s] and (paragraph[s2], place) in places_in_paragraph:
                break  # (a paragraph after that gives the place again has a ranking of its own: "Kenya topped the
                # table with 41 medals, with Ethiopia a clear second on 38" after a paragraph on a car market's runner-up)
            seen.add(place2)
            if place2 >= place or frozenset((f.id, g.id)) in linked or f.id in closers or g.id in closers \
                    or (f.period and g.period and f.period != g.period) or _a_field(f) or _a_field(g) \
                    or paragraph[s2] != paragraph[s] and _field_stated_before(segments[s2], position[g.id][1], frames, placed_ids):
                continue
            links.append(OrderLink(g, f, f"places {place2} and {place} of one ranking, the higher said after the lower"))
    # the bottom of a ranking said by a verb ("Leeds came last of the 12 cities, with only 7.1%"): each place of its
    # paragraph near it at least its figure, the first figure after the verb that is no field of the ranking
    for seg in segments:
        m = None if seg.is_table_row else _CAME_LAST.search(seg.skeleton)
        if m is None:
            continue
        bottom = next((f for k, f in enumerate(seg.figures) if seg.slots[k][0] >= m.end() and _placeable(frames[f.id])
                       and not f.qualifier and written_in_digits(f) and _BOTTOM_FIGURE.search(_clause_before(seg, k))
                       and frames[f.id].modality == "stated"), None)
        if bottom is None:
            continue
        for s2, place2, g in placed:
            if g is not bottom and abs(s2 - seg.index) <= _NEAR and paragraph[s2] == seg.paragraph \
                    and _kin(frames, g, bottom) and not (g.period and bottom.period and g.period != bottom.period):
                links.append(OrderLink(g, bottom, f"place {place2} of a ranking against its last"))
                whole = _the_whole_between(g, bottom, seg.index, segments, frames) if place2 == 1 else None
                if whole is not None:
                    # (the whole's rate is between its parts' highest and lowest, when the ranking is of all its parts:
                    # the words do not say so, so only likely)
                    grammar = "the top and the bottom of a ranking of parts, and the whole's rate between them"
                    links += [OrderLink(g, whole, grammar, certain=False), OrderLink(whole, bottom, grammar, certain=False)]
    # a new record against the previous one
    for i, (s, new, f) in enumerate(records):
        for s2, new2, g in records[i + 1:]:
            if s2 - s > _NEAR:
                break
            if new != new2 and same_unit(f, g) and f.unit == g.unit:
                old_s, old = (s2, g) if new else (s, f)
                if s != s2 and _beaten_in_its_sentence(segments[old_s], old, frames):
                    break  # "Its 61 million visits beat the previous record of 60.5 million. The region reported a
                    # record 25.2 million": the sentence's own level beat the old record, not another sentence's record
                links.append(OrderLink(f if new else g, g if new else f, "a new record against the previous one"))
                break
    # a new record against the same measure's level of another time the sentences just before gave: "Output was 2.1
    # million tonnes in 2019. In 2023 it reached 2.4 million tonnes, a record" (only likely: the words do not say the
    # earlier level is of the very series the record is, "the country's 61 million visits" before "the region's record")
    for s, new, f in records:
        if not new or frames[f.id].modality != "stated" or not f.period or not frames[f.id].head:
            continue
        for back in segments[max(0, s - _RECORD_BACK):s + 1]:
            if back.is_table_row or back.paragraph != segments[s].paragraph:
                continue
            for g in back.figures:
                if g.span.start >= f.span.start:
                    break
                if frames[g.id].role is frames[f.id].role and frames[g.id].head == frames[f.id].head \
                        and same_unit(f, g) and f.unit == g.unit and written_in_digits(g) and not g.qualifier \
                        and frames[g.id].modality == "stated" and g.period and g.period != f.period \
                        and frames[g.id].group == frames[f.id].group:
                    links.append(OrderLink(f, g, "a new record against its measure's level of another time before it",
                                           certain=False))
    # "The previous peak, 113,780" further on: the record it was beaten by is the last one said before it, however far
    paired = {f.id for link in links if link.grammar == "a new record against the previous one" for f in (link.larger, link.smaller)}
    for i, (s, new, f) in enumerate(records):
        if new or f.id in paired:
            continue
        beat = next((g for s0, new0, g in records[:i][::-1] if new0 and same_unit(f, g) and f.unit == g.unit), None)
        if beat is not None and beat.id not in paired and not _beaten_in_its_sentence(segments[s], f, frames):
            links.append(OrderLink(beat, f, "a previous record, against the new one said before it"))
    links += amounts_of_ordered_shares(links, segments, frames)
    # one order per pair of figures: a certain reading over a likely one ("Cocoa topped the list at $2.12bn;
    # gold, the runner-up, earned $1.40bn" is places 1 and 2, and also the leader against another item)
    links = [replace(link, certain=False) if link.certain and {link.larger.id, link.smaller.id} & expected else link
             for link in links]
    sure = {(link.larger.id, link.smaller.id) for link in links if link.certain}
    seen: set[tuple[str, str, bool]] = set()
    out = []
    for link in links:
        key = (link.larger.id, link.smaller.id, link.certain)
        if key not in seen and (link.certain or key[:2] not in sure):
            seen.add(key)
            out.append(link)
    return out
