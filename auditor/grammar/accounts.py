"""An account's items within the account's stated total.

A bank's or a company's results give the total of an account ("Total assets grew to GHS 48.6
billion at the end of December 2024") and, a sentence or two on, some of its items by their own
nouns ("Net loans and advances to customers stood at GHS 19.2 billion", "investment securities
amounted to GHS 21.9 billion"); a quarter's results give "total income" and the "net profit"
left of it after costs. What an item's noun names is part of the account by the account's own
definition (lexicon.ACCOUNT_ITEMS), so no item exceeds its total. The total must
call itself one ("total assets"): "assets of the pension funds" may be a part of something else.
Both must be of one subject (the total names nobody the item's words do not) and of one time:
when the item's sentence names no time of its own, the words only suggest it is of the total's,
and an item above the total is only doubtful.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.grammar.frames import Frame
from auditor.grammar.segments import Segment
from auditor.grammar.within import MemberLink, names_near
from auditor.model import Kind

# each item's noun, with the accounts it is an item of ("profit": of income and of revenue)
_ACCOUNTS_OF_ITEM = {item: frozenset(a for a, items in lexicon.ACCOUNT_ITEMS.items() if item in items)
                     for items in lexicon.ACCOUNT_ITEMS.values() for item in items}
# the total of an account, named by the word that makes it a total right before the account's noun: "total assets",
# "total net assets" (a phrase after it may name whose: "total assets of the group", where the head read is "group")
_TOTAL_OF = lazy_re.compile(rf"\b(?:{lexicon.alternation(tuple(sorted(lexicon.TOTALITY_WORDS)))})\s+(?:net\s+|gross\s+)?"
                            rf"(?P<account>{lexicon.alternation(tuple(lexicon.ACCOUNT_ITEMS))})s?\b", re.I)
# the words right before an old level set against the one of the time in view ("to Rs 117.14 crore from Rs 89.69
# crore"): that level is of another time, no item of the total
_SET_AGAINST = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LEVEL_SET_AGAINST)})\s+(?:the\s+)?$", re.I)
# a figure in brackets right after another restates it in another scale or currency: "Rs 117.14 crore (Rs 1,171.4
# million)" is one item
_RESTATED = lazy_re.compile(r"\s*\(\s*$")
_REACH = 4  # sentences between a total and its items: one paragraph of results
# where a figure's period came from: its own words, or carried from elsewhere
_OWN_SOURCES = frozenset({"stated", "sentence"})


def items_within_account_totals(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """Each level of an account's item with the nearest total of its account, of the same unit, a few sentences
    either side."""
    totals: list = []  # (sentence, figure, names) of each account total, in reading order
    items: list = []  # (sentence, figure, names, accounts, item noun) of each item's level
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue  # (a table's rows are the table checks')
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not frame.is_level or f.kind != Kind.MONEY or f.id in bases or frame.modality != "stated" \
                    or f.qualifier or f.value <= 0 \
                    or _SET_AGAINST.search(document_text, max(seg.start, f.span.start - 30), f.span.start) \
                    or k and _RESTATED.fullmatch(document_text, seg.figures[k - 1].span.end, f.span.start):
                continue
            head = lexicon.fold(frame.head or "")
            # (the measure read may leave out the word that makes it a total, or be read as none: "the lender's total
            # net assets were" reads "net assets"; the words since the figure before, in its sentence, still say it)
            total = _TOTAL_OF.search(f.measure) or (head in lexicon.ACCOUNT_ITEMS or not head) and _TOTAL_OF.search(
                document_text, seg.figures[k - 1].span.end if k else seg.start, f.span.start)
            account = lexicon.fold(total.group("account")) if total else ""
            if total and not set(lexicon.folded_words(f.measure)) & set(lexicon.ACCOUNT_ITEMS[account]):
                # (a measure that names an item too is a list's: "net profit and total income rose to Rs 224.4 crore
                # and Rs 1,433.2 crore, respectively")
                totals.append((i, f, names_near(document_text, seg, k), account))
            elif head in _ACCOUNTS_OF_ITEM and not set(lexicon.folded_words(f.measure)) & lexicon.TOTALITY_WORDS:
                items.append((i, f, names_near(document_text, seg, k), _ACCOUNTS_OF_ITEM[head], head))
    links = []
    at = [total[0] for total in totals]  # each total's sentence, in reading order: an item reads the few near it
    for i, part, names, accounts, item in items:
        best = None
        for j, whole, w_names, w_account in totals[bisect_left(at, i - _REACH):bisect_right(at, i + _REACH)]:
            if w_account not in accounts or whole.unit != part.unit \
                    or part.period and whole.period and part.period != whole.period \
                    or not all(any(lexicon.same_place(w, p) for p in names) for w in w_names):
                continue  # another account, another currency, another time, or another subject's total
            if best is None or abs(i - j) < abs(i - best[0]):
                best = (j, whole)
        if best is not None:
            own = part.period_source in _OWN_SOURCES and best[1].period_source in _OWN_SOURCES
            # (items of distinct nouns are distinct lines of the account: together no more than the total, which is
            # only plausible, as for any members)
            links.append(MemberLink(part, best[1], sure=own and part.period == best[1].period, member=frozenset({item})))
    return links
