"""Relation templates: each turns a link of the meaning layer into the arithmetic
claim it states. A check says which template it runs under its own id; the
template decides nothing but what the text asserts (a syntactic link is asserted,
a link whose other side the words leave open is only plausible)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Iterator

from auditor import expr
from auditor.grammar import Meaning, same_unit
from auditor.grammar.links import HEDGED_ELSEWHERE
from auditor.grammar.frames import in_points_of_the_levels, is_rate_of_change_unit, is_word_fraction
from auditor.grammar.move_words import told_in_real_terms
from auditor.grammar import prices
from auditor.grammar.within import clause_words, members_of_one_whole
from auditor.model import Figure, Kind, Relation
from auditor.quantity import format_number, interval_of

_GROWTH = expr.parse("(new - old) / old == change")
_FALL = expr.parse("(old - new) / old == change")
_DIFFERENCE = expr.parse("new - old == change")
_DROP = expr.parse("old - new == change")
_GROWTH_SIZE = expr.parse("abs(new - old) / old == abs(change)")
_DIFFERENCE_SIZE = expr.parse("abs(new - old) == abs(change)")
_RATIO = expr.parse("a / b == ratio")
# "doubled" from b to a: a / b is 2 to the nearest whole number; "halved": b / a is 2 so
_WHOLE_MULTIPLE = expr.parse("abs(a / b - ratio) * 2 <= 1")
_WHOLE_DIVISOR = expr.parse("abs(b / a - 1 / ratio) * 2 <= 1")
_PART = expr.parse("part <= whole")
_ORDER = expr.parse("first >= second")
_ORDER_OF_SIZES = expr.parse("abs(first) >= abs(second)")


def shares_of_parts(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Parts said to make up a share of a whole: "A, B and C together make up 78.6% of the W"."""
    for link in meaning.parts:
        if link.share is not None:
            names = {f"p{i}": p for i, p in enumerate(link.parts)}
            total = " + ".join(names)
            yield Relation(check, expr.parse(f"({total}) / whole == share" if len(names) > 1 else "p0 / whole == share"),
                           {**names, "whole": link.whole, "share": link.share},
                           f"{link.share.text} as the share of {' + '.join(p.text for p in link.parts)} in {link.whole.text}",
                           certain=link.closed)


def sums(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Parts the text says make up a whole: their sum is the whole."""
    for link in meaning.parts:
        if link.exhaustive and link.share is None and link.signs:
            # changes of parts going different ways: the whole's change is their net ("up 28,900 ... a fall of
            # 27,900": +28,900 - 27,900); compared by size when the whole's own words give it no direction
            names = {f"p{i}": p for i, p in enumerate(link.parts)}
            net = " ".join(("+ " if sign > 0 else "- ") + name for name, sign in zip(names, link.signs)).lstrip("+ ")
            side = f"({net})" if meaning.frame(link.whole).direction else f"abs({net})"
            yield Relation(check, expr.parse(f"{side} == whole"), {**names, "whole": link.whole},
                           f"the changes of the parts, {net_text(link)}, against the change of the whole {link.whole.text}",
                           certain=link.closed)
        elif link.exhaustive and link.share is None:
            names = {f"p{i}": p for i, p in enumerate(link.parts)}
            yield Relation(check, expr.parse(" + ".join(names) + " == whole"), {**names, "whole": link.whole},
                           f"{' + '.join(p.text for p in link.parts)} against the total {link.whole.text}",
                           certain=link.closed)


def net_text(link) -> str:
    """A signed sum of part changes as the reader would write it: "+28,900 - 27,900"."""
    return " ".join(("+" if sign > 0 else "-") + p.text for p, sign in zip(link.parts, link.signs))


def parts_within(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Parts the text places in a whole without saying they exhaust it: each no larger
    than the whole; together no larger either when the categories do not overlap, which
    the words do not say ("410 improved in reading and 380 in arithmetic")."""
    for link in meaning.parts:
        if link.exhaustive or link.share is not None:
            continue
        if len(link.parts) > 1:
            # sums of money or amounts of a stuff (tonnes, hectares) listed under one whole are separate
            # portions of it; counts may overlap ("2,950 passed and 610 were fined" can both hold of one shop)
            disjoint = link.disjoint or all(p.kind in (Kind.MONEY, Kind.PHYSICAL) for p in link.parts) and link.closed
            names = {f"p{i}": p for i, p in enumerate(link.parts)}
            yield Relation(check, expr.parse(" + ".join(names) + " <= whole"), {**names, "whole": link.whole},
                           f"{' + '.join(p.text for p in link.parts)} as parts of {link.whole.text}",
                           certain=disjoint and link.sure)
        for part in link.parts:
            yield Relation(check, _PART, {"part": part, "whole": link.whole},
                           f"{part.text} is given as part of {link.whole.text}", certain=link.sure)


def aggregates_within(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Flows inside a larger aggregate of the same measure and subject: the months of a running
    total that do not overlap add up to no more than it; a month in the year to date is no larger."""
    parts_of: dict[str, list] = {}
    for link in meaning.within:
        parts_of.setdefault(link.whole.id, []).append(link)
    for links in parts_of.values():
        whole = links[0].whole
        disjoint, last = [], None
        for link in sorted((link for link in links if link.months), key=lambda link: link.months):
            if last is None or link.months[0] > last:
                disjoint.append(link)
                last = link.months[1]
        if len(disjoint) > 1:
            names = {f"p{i}": link.part for i, link in enumerate(disjoint)}
            yield Relation(check, expr.parse(" + ".join(names) + " <= whole"), {**names, "whole": whole},
                           f"{' + '.join(p.text for p in names.values())}, for periods inside that of {whole.text}, "
                           f"add up to no more than it", certain=not _hedged(whole, *names.values()))
        summed = {link.part.id for link in disjoint} if len(disjoint) > 1 else set()
        for link in links:
            if link.part.id not in summed:
                yield Relation(check, _PART, {"part": link.part, "whole": whole},
                               f"{link.part.text} ({link.beyond[0]}) is among {whole.text} ({link.beyond[1]})"
                               if link.beyond else
                               f"{link.part.text} is for part of the period of {whole.text}",
                               certain=not _hedged(whole, link.part))


def prices_times_quantities(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A quantity at a price per unit, and the value the sentence says they make: the value is the quantity, in the
    price's unit, times the price ("70,000 tonnes at US$7,934.9 a tonne, earning US$55.9 million")."""
    for seg in meaning.segments:
        if seg.is_table_row or len(seg.figures) < 3:
            continue
        for link in prices.prices_of_quantities(seg):
            factor = link.per_unit
            scale = "" if factor == 1 else f" * {factor.numerator}" + ("" if factor.denominator == 1 else f" / {factor.denominator}")
            yield Relation(check, expr.parse(f"q{scale} * p == v"),
                           {"q": link.quantity, "p": link.price, "v": link.value},
                           f"{link.quantity.text} at {link.price.text} a unit as the value {link.value.text}")


def _hedged(*figures: Figure) -> bool:
    """Whether a figure of a flow's parts and whole is hedged ("about 6 million bags", "more than 2,000"): how far
    the hedge reaches is the auditor's reading, not the text's, so a part beyond such a whole is a question."""
    return any(f.qualifier for f in figures)


def members_within(meaning: Meaning, check: str) -> Iterator[Relation]:
    """One named member's level is no more than the national (or statewide) total of its measure; members of
    one whole that share no name add up to no more than it, which is only plausible (the words do not say
    the members do not overlap: "Asia" and "China")."""
    for link in meaning.members:
        yield Relation(check, _PART, {"part": link.part, "whole": link.whole},
                       f"{link.part.text} for one member is no more than the total {link.whole.text}",
                       certain=link.sure)
    for chosen in members_of_one_whole(meaning.members):
        names = {f"p{i}": link.part for i, link in enumerate(chosen)}
        yield Relation(check, expr.parse(" + ".join(names) + " <= whole"), {**names, "whole": chosen[0].whole},
                       f"{' + '.join(p.text for p in names.values())}, for members of {chosen[0].whole.text}, "
                       f"add up to no more than it", certain=False)


def stated_orders(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Orders the words state: the place before in a ranking is at least the next; a record at
    least the one it beat."""
    for link in meaning.orders:
        if link.together:
            names = {f"t{i}": f for i, f in enumerate(link.together)}
            yield Relation(check, expr.parse(f"first >= second + {' + '.join(names)}"),
                           {"first": link.larger, "second": link.smaller, **names},
                           f"{link.larger.text} is said to be at least {link.smaller.text} + "
                           f"{' + '.join(f.text for f in link.together)} ({link.grammar})", certain=link.certain)
            continue
        yield Relation(check, _ORDER_OF_SIZES if link.sizes else _ORDER, {"first": link.larger, "second": link.smaller},
                       f"{link.larger.text} is said to be at least {link.smaller.text}"
                       f"{' in size' if link.sizes else ''} ({link.grammar})", certain=link.certain)


def crossed_marks(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A level said to cross a mark lies on the side of it the words give: "dropping below 400 ... At 387"; the
    levels of a series listed after words of its direction lie in that order."""
    for link in (*meaning.crossings, *meaning.series_orders):
        yield Relation(check, _ORDER_OF_SIZES if link.sizes else _ORDER, {"first": link.larger, "second": link.smaller},
                       f"{link.larger.text} is said to be at least {link.smaller.text}"
                       f"{' in size' if link.sizes else ''} ({link.grammar})", certain=link.certain)


_MORE_THAN_HALF = expr.parse("share > 1 / 2")
_LESS_THAN_HALF = expr.parse("share < 1 / 2")


def halves(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A percentage said to be "most" of its whole is above one half; "a minority", below (a percentage reads as a fraction)."""
    for link in meaning.halves:
        yield Relation(check, _MORE_THAN_HALF if link.above else _LESS_THAN_HALF, {"share": link.share},
                       f"{link.share.text} is said to be {'more' if link.above else 'less'} than half ({link.grammar})")


def change_sums(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Parts whose levels add up to a whole's level, each stated with its change in units: the
    changes add up to the whole's change. "Passenger registrations numbered 8,506, down 133 units;
    commercial 4,101, down 460; total 12,607, down 583" (8,506 + 4,101 = 12,607, so 133 + 460 must
    be 583). The parts are found by their sum, not by words, so only levels precise enough that a
    sum of them is no coincidence (three significant figures) are tried, near one another."""
    pairs = [link for link in meaning.change_pairs if _precise(link.level)]
    for w, whole in enumerate(pairs):
        # the parts: a run of the pairs next to the whole, before it or after it
        for run in (pairs[max(0, w - _MAX_PARTS):w][::-1], pairs[w + 1:w + 1 + _MAX_PARTS]):
            run = _chained(meaning, whole, [p for p in run if same_unit(p.level, whole.level)
                                            and same_unit(p.amount, whole.amount)])
            parts = _fewest_adding_up(run, whole.level)
            if parts is None:
                continue
            names = {f"p{i}": p.amount for i, p in enumerate(parts)}
            terms = " ".join(("+ " if p.direction >= 0 else "- ") + f"p{i}" for i, p in enumerate(parts))
            side = "w" if whole.direction >= 0 else "-w"
            yield Relation(check, expr.parse(f"{terms.lstrip('+ ')} == {side}"), {**names, "w": whole.amount},
                           f"the changes {' and '.join(p.amount.text for p in parts)} of the parts of "
                           f"{whole.level.text} against its change {whole.amount.text}")


def _chained(meaning: Meaning, whole, run: list) -> list:
    """The pairs of `run` (ordered away from the whole) that follow one another closely: each within a few sentences
    of the one before, the first of the whole's ("Mortgage balances grew $112 billion to $12.25 trillion. Credit card
    balances grew $50 billion to $1.13 trillion. ..." a sentence per part, after the whole's)."""
    out, last = [], meaning.frame(whole.level).segment
    for p in run:
        here = meaning.frame(p.level).segment
        if abs(here - last) > _NEAR_SEGMENTS:
            break
        out.append(p)
        last = here
    return out


def _fewest_adding_up(run: list, whole: Figure) -> list | None:
    """The fewest pairs (two at least) at either end of `run` whose levels add up to `whole`."""
    for size in range(2, len(run) + 1):
        for parts in (run[:size], run[-size:]):
            total = interval_of(parts[0].level)
            for p in parts[1:]:
                total = total + interval_of(p.level)
            if total.meets(interval_of(whole)):
                return parts
    return None


_MAX_PARTS = 6
_NEAR_SEGMENTS = 3


def _precise(f: Figure) -> bool:
    """Three significant figures at least: a sum of such figures meeting another is no coincidence."""
    return f.low is not None and f.high is not None and f.value > 0 and (f.high - f.low) * 100 <= f.value


def _oriented(change: Figure, direction: int, up, down, unsigned=None):
    # a change written without a sign but said to be a fall ("down 18.2 percent") is negative;
    # one the words give no sign ("an improvement of nine points") is compared by size
    if direction == 0 and change.value > 0 and unsigned is not None:
        return unsigned
    return down if direction < 0 and change.value > 0 else up


def growth(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A percentage change linked to the old level it is measured from."""
    for link in meaning.changes:
        if link.old.kind is Kind.MONEY and told_in_real_terms(meaning.document.text, link.change):
            continue  # "rose by a real 3.6% ... to 1,203 million lei from 1,118 million lei": amounts at current prices
        yield from _growth_of(link, check)


def _growth_of(link, check: str, said: str = "") -> Iterator[Relation]:
    if not link.news or not is_rate_of_change_unit(link.change) or link.old.unit == "percent":
        return  # a percent change between percentages may mean points: the difference check's
    readings = [{"new": n, "old": link.old, "change": link.change} for n in link.news]
    yield Relation(check, _oriented(link.change, link.direction, _GROWTH, _FALL, _GROWTH_SIZE), readings[0],
                   f"{link.change.text}{said} change from {link.old.text}", readings=tuple(readings[1:]),
                   certain=link.certain)


def yearly_rates(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A rate per year against the two levels it runs between over a number of years: compounded when
    the words say so ("a CAGR of 9.6%"), else any of the usual averages ("an average annual rate of 2.3%")."""
    for link in meaning.yearly_rates:
        function = "compound_rate" if link.compound else "average_rate"
        # a fall said in words ("declined at an average annual rate of 1.2%") is a negative rate
        falling = meaning.frame(link.rate).direction < 0 and link.rate.value > 0
        yield Relation(check, expr.parse(f"{'-' if falling else ''}{function}(new / old, {link.years}) == change"),
                       {"new": link.new, "old": link.old, "change": link.rate},
                       f"{link.rate.text} a year{' compounded' if link.compound else ' on average'} over the "
                       f"{link.years} years from {link.old.text} to {link.new.text}")


def differences(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A change in units or points linked to the old level it is measured from."""
    for link in meaning.changes:
        yield from _difference_of(link, check)


def _difference_of(link, check: str, said: str = "") -> Iterator[Relation]:
    change = link.change
    if in_points_of_the_levels(change, link.old, link.news):
        # the points are the levels' own: the change is counted in their unit, not in hundredths
        change = replace(change, unit=link.old.unit, kind=Kind.NUMBER)
    points = change.unit in ("percentage_point", "basis_point") and link.old.unit == "percent"
    if not link.news or not points and (is_rate_of_change_unit(change) or change.unit != link.old.unit):
        return
    readings = [{"new": n, "old": link.old, "change": change} for n in link.news]
    yield Relation(check, _oriented(change, link.direction, _DIFFERENCE, _DROP, _DIFFERENCE_SIZE), readings[0],
                   f"{change.text}{said} from {link.old.text}", readings=tuple(readings[1:]), certain=link.certain)


def ratios(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A ratio that names its base, against the two levels it sets against each other."""
    for link in meaning.ratios:
        if link.per is not None:
            # the base is exact ("for every 1,000 residents"), not a rounded count; a ratio in whole units read
            # as a count ("112 males for every 100 females") is rounded to the unit all the same
            ratio = link.ratio
            if ratio.low is not None and ratio.low == ratio.high and "." not in ratio.text:
                ratio = replace(ratio, low=ratio.value - Decimal("0.5"), high=ratio.value + Decimal("0.5"))
            yield Relation(check, expr.parse(f"a / b * {link.per.value} == ratio"),
                           {"a": link.numerator, "b": link.denominator, "ratio": ratio},
                           f"{link.ratio.text} per {link.per.text} as the ratio of {link.numerator.text} to "
                           f"{link.denominator.text}")
            continue
        if link.whole_multiple:
            new, old = link.numerator, link.denominator
            larger, smaller, times = (new, old, link.ratio.value) if link.ratio.value >= 1 else (old, new, 1 / link.ratio.value)
            yield Relation(check, _WHOLE_MULTIPLE if link.ratio.value >= 1 else _WHOLE_DIVISOR,
                           {"a": new, "b": old, "ratio": link.ratio},
                           f"{link.ratio.text} from {old.text} to {new.text}: {larger.text} as {format_number(times)} "
                           f"times {smaller.text}, to the nearest whole number", certain=link.certain)
            continue
        # (a count of a definite set, "the 40 branches", is exact: not 35 to 45)
        b = replace(link.denominator, low=link.denominator.value, high=link.denominator.value) \
            if link.exact_denominator else link.denominator
        # a hedged fraction in words ("about a third of the 12,400 apprentices, 3,910") is only likely at the fraction,
        # and said to be near it, as in `fractions`
        hedged = not link.certain and is_word_fraction(link.ratio) and 0 < link.ratio.value < 1 \
            and link.ratio.qualifier in _NEAR_QUALIFIERS
        looser = said_near_a_fraction("a / b", link.ratio, "ratio", below_only=link.ratio.qualifier == "nearly") \
            if hedged else None
        yield Relation(check, _RATIO, {"a": link.numerator, "b": b, "ratio": as_a_bare_fraction_reads(link.ratio)},
                       f"{link.ratio.text} as the ratio of {link.numerator.text} to {link.denominator.text}",
                       certain=link.certain, asserted_within=looser)


# the qualifiers of a fraction in words that say it is near the share, not on one side of it
_NEAR_QUALIFIERS = ("about", "nearly")


def span_averages(meaning: Meaning, check: str) -> Iterator[Relation]:
    """An average per day (week, month) against its total over a span of known length."""
    for link in meaning.span_averages:
        yield Relation(check, expr.parse(f"total / {link.count} == average"), {"total": link.total, "average": link.average},
                       f"{link.average.text} a {link.per} as the average of {link.total.text} over {link.span} "
                       f"({link.count} {link.per}s)", certain=link.certain)


def rates_restated(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A rate per one span of time against its restatement per a longer span: the shorter rate times the
    count of shorter spans in the longer (a year's 365 or 366 days: anywhere between)."""
    for link in meaning.rates_restated:
        count = _count_text(link.fewest) if link.fewest == link.most else \
            f"between({_count_text(link.fewest)}, {_count_text(link.most)})"
        yield Relation(check, expr.parse(f"longer == shorter * {count}"), {"shorter": link.shorter, "longer": link.longer},
                       f"{link.shorter.text} {_a(link.per_shorter)} restated as {link.longer.text} {_a(link.per_longer)}")


# "doubled" with the rate of its move: 1 + the rate is 2 to the nearest whole number ("halved": 1 / (1 - the fall)
# is 2); a bounded multiple ("more than doubled") bounds it
_RATE_AS_A_WHOLE_MULTIPLE = expr.parse("abs(1 + change - ratio) * 2 <= 1")
_FALL_AS_A_WHOLE_DIVISOR = expr.parse("abs(1 / (1 - change) - 1 / ratio) * 2 <= 1")
_RATE_AS_A_MULTIPLE = expr.parse("1 + change == ratio")
_FALL_AS_A_MULTIPLE = expr.parse("1 - change == ratio")


def multiples_as_rates(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A change said as a multiple in a verb and as a percentage in one clause: the two must name one move."""
    for link in meaning.multiples_as_rates:
        rise = link.multiple.value > 1
        if link.multiple.qualifier:
            expression = _RATE_AS_A_MULTIPLE if rise else _FALL_AS_A_MULTIPLE
        else:
            expression = _RATE_AS_A_WHOLE_MULTIPLE if rise else _FALL_AS_A_WHOLE_DIVISOR
        yield Relation(check, expression, {"ratio": link.multiple, "change": link.change},
                       f"{link.multiple.text} said as a {'rise' if rise else 'fall'} of {link.change.text}")


def _a(span: str) -> str:
    """ "a day", "an hour": a span of time with its article."""
    return f"an {span}" if span == "hour" else f"a {span}"


def _count_text(count: Fraction) -> str:
    """A count of spans written for an expression: 24, 8784, 52.29."""
    return str(count.numerator) if count.denominator == 1 else str(Decimal(count.numerator) / count.denominator)


_PROPORTION = expr.parse("a / p == b / q")


def proportions(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Two shares of one whole, each with its amount: the amounts are in the proportion of the shares."""
    for link in meaning.proportions:
        yield Relation(check, _PROPORTION, {"a": link.first_part, "p": link.first_share, "b": link.second_part,
                                            "q": link.second_share},
                       f"{link.first_part.text} for {link.first_share.text} and {link.second_part.text} for "
                       f"{link.second_share.text} as parts of one whole", certain=link.certain)


_BETWEEN = expr.parse("abs(2 * total - a - b) <= abs(a - b)")  # total lies between a and b


def between_groups(meaning: Meaning, check: str) -> Iterator[Relation]:
    """An overall figure lies between the figures of the two groups that make up its population."""
    for link in meaning.groups:
        a, b = link.groups
        yield Relation(check, _BETWEEN, {"a": a, "b": b, "total": link.overall},
                       f"{link.overall.text} overall against {a.text} and {b.text} for its groups")


def exhaustive_shares(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Shares the words say exhaust one whole add up to all of it; shares only a count says are as many as
    listed ("the two parties (48% and 41%)") add up to no more than it."""
    for link in meaning.share_lists:
        names = {f"s{i}": f for i, f in enumerate(link.shares)}
        yield Relation(check, expr.parse(" + ".join(names) + f" {'==' if link.sure else '<='} {link.whole}"), names,
                       f"{' + '.join(f.text for f in link.shares)} as the shares of one whole")


def shares_of_named_whole(meaning: Meaning, check: str) -> Iterator[Relation]:
    """Shares of one whole the words name the same way, for different subjects: no more than all
    of it. Sure when the words say "the total" or "all"; otherwise each subject may have its own
    whole ("60% of the votes in the north"), and a sum above 100% is only a question."""
    for link in meaning.named_whole_shares:
        names = {f"s{i}": f for i, f in enumerate(link.shares)}
        yield Relation(check, expr.parse(" + ".join(names) + " <= 1"), names,
                       f"{' + '.join(f.text for f in link.shares)} as shares of the {link.whole}", certain=link.total)


def shares_amounting(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A share of a whole against the part the text says it amounts to."""
    for link in meaning.shares:
        yield Relation(check, expr.parse("part / whole == share"),
                       {"part": link.part, "whole": link.whole, "share": link.share},
                       f"{link.share.text} of {link.whole.text} said to amount to {link.part.text}", certain=link.certain)


def group_members(meaning: Meaning, check: str) -> Iterator[Relation]:
    """One group counted as households and as the people in them: no fewer people than households."""
    for link in meaning.group_members:
        yield Relation(check, _ORDER, {"first": link.larger, "second": link.smaller},
                       f"{link.larger.text} people live in the {link.smaller.text} households, so are no fewer "
                       f"({link.grammar})", certain=link.certain)


# a bare fraction in words ("three-quarters of places (75.1%)") is at least as fine as a whole percentage:
# it stands for any share within half a percentage point of it
BARE_FRACTION_HALF_WIDTH = Decimal("0.005")


def as_a_bare_fraction_reads(figure: Figure) -> Figure:
    """A fraction in words that the extraction read as exact ("a third", "half"; not "one in 12", rounded in its
    denominator, nor "nearly half"), widened by half a percentage point either side; any other figure as it is."""
    if not is_word_fraction(figure) or figure.qualifier or figure.low != figure.value or figure.high != figure.value:
        return figure
    return replace(figure, low=figure.value - BARE_FRACTION_HALF_WIDTH, high=figure.value + BARE_FRACTION_HALF_WIDTH)


def said_near_a_fraction(stated: str, fraction: Figure | None, name: str = "fraction",
                         value: Fraction | None = None, below_only: bool = False) -> tuple[str, expr.Compare]:
    """What a bare or approximate fraction in words asserts of the share it gives, whatever the rounding that
    makes an exact reading only likely: `stated` (an expression over the relation's names) within FRACTION_REACH
    of the fraction, either side (or, `below_only`, "nearly": at most it). The fraction is the figure bound as
    `name`, or the exact `value`."""
    exact = value if fraction is None else Fraction(str(fraction.value)).limit_denominator(100)
    side = "below it" if below_only else "either side"
    return (f"a fraction in words may be rounded loosely, yet not more than {_PERCENT_BELOW}% {side}",
            expr.parse(_within_reach(stated, exact, name if fraction is not None else None, below_only=below_only)))


def _within_reach(stated: str, exact: Fraction, name: str | None, below_only: bool) -> str:
    """`stated` no more than FRACTION_REACH of the fraction `exact` away from it, either side or, `below_only`, at most
    it; against the figure bound as `name` (the finding shows it) or, None, against `exact` itself."""
    low, high = exact * (1 - FRACTION_REACH), exact if below_only else exact * (1 + FRACTION_REACH)
    centre, reach = (low + high) / 2, (high - low) / 2
    if name is not None:
        return f"abs({stated} - {centre / exact} * {name}) <= {reach / exact} * {name}"
    return f"abs({stated} - {centre}) <= {reach}"


def fractions(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A percentage beside the fraction the words give it as lies on the side of it the words say ("more than a
    third (31.2%)" is at least 1/3), or at it, likely, for a bare fraction (a percentage reads as a fraction), to
    the nearest whole percentage point ("three-quarters (75.1%)")."""
    for link in meaning.fractions:
        if link.op == "nearly":
            # "nearly two-thirds", "almost half", "just under a third": at most the fraction, and near it
            near = list(_near_the_fraction(link, check))
            if near:
                yield from near
                continue
            link = replace(link, op="<=")  # ("nearly one in four": rounded in its denominator, at most it)
        if link.fraction is not None and link.op == "==":
            link = replace(link, fraction=as_a_bare_fraction_reads(link.fraction))
        # a bare or approximate fraction ("two-thirds (64%)") is likely exact to the point, and said to be near
        looser = _said_near(link) if link.op == "==" and not link.certain else None
        if link.part is not None and link.fraction is not None:
            yield Relation(check, expr.parse(f"part / whole {link.op} fraction"),
                           {"part": link.part, "whole": link.whole, "fraction": link.fraction},
                           f"{link.part.text} of {link.whole.text} is given as {link.fraction.text} ({link.grammar})",
                           certain=link.certain, asserted_within=looser)
        elif link.part is not None and link.value is not None:
            # (no figure holds the fraction: "more than half of the 812 firms (431)", "9 in 10 of the 2,350")
            yield Relation(check, expr.parse(f"part / whole {link.op} {link.value.numerator} / {link.value.denominator}"),
                           {"part": link.part, "whole": link.whole},
                           f"{link.part.text} of {link.whole.text} is given as {link.words} ({link.grammar})",
                           certain=link.certain, asserted_within=looser)
        elif link.fraction is not None:
            yield Relation(check, expr.parse(f"share {link.op} fraction"), {"share": link.share, "fraction": link.fraction},
                           f"{link.share.text} is given as {link.fraction.text} ({link.grammar})", certain=link.certain,
                           asserted_within=looser)
        elif link.value is not None:
            yield Relation(check, expr.parse(f"share {link.op} {link.value.numerator} / {link.value.denominator}"),
                           {"share": link.share},
                           f"{link.share.text} is given as {link.words} ({link.grammar})", certain=link.certain,
                           asserted_within=looser)
        else:
            yield Relation(check, expr.parse(f"share {link.op} 1 / base"), {"share": link.share, "base": link.base},
                           f"{link.share.text} is given as one in {link.base.text} ({link.grammar})", certain=link.certain,
                           asserted_within=looser)


def _said_near(link) -> tuple[str, expr.Compare] | None:
    """`said_near_a_fraction` for a FractionLink: of its share or of its part over its whole; "one in N", the
    fraction no figure holds, as 1/N."""
    stated = "part / whole" if link.part is not None else "share"
    if link.fraction is not None:
        return said_near_a_fraction(stated, link.fraction)
    if link.value is not None:
        return said_near_a_fraction(stated, None, value=link.value)
    if link.base is not None and link.base.value > 0:
        return said_near_a_fraction(stated, None, value=Fraction(1) / Fraction(str(link.base.value)))
    return None


# how far below a fraction in words "nearly", "almost" or "just under" reaches: writers round loosely ("almost half" for
# 44%), yet not to another fraction ("almost half" for 37.5%, three-eighths)
NEAR_A_FRACTION_BELOW = Fraction(3, 20)
_PERCENT_BELOW = int(NEAR_A_FRACTION_BELOW * 100)
# nor does a bare or approximate fraction ("two-thirds (64%)", "about a third") reach another fraction: it is said
# to lie within as much of it either side
FRACTION_REACH = NEAR_A_FRACTION_BELOW


def _near_the_fraction(link, check: str) -> Iterator[Relation]:
    """The lower side of a fraction in words said to be nearly reached: no more than NEAR_A_FRACTION_BELOW of it
    below. Only for a fraction whose value the words give exactly ("half", "two-thirds", "9 in 10"); "one in four",
    rounded in its denominator, has no such side."""
    exact = link.value if link.value is not None else (
        Fraction(str(link.fraction.value)).limit_denominator(100) if link.fraction is not None else None)
    if exact is None or not 0 < exact < 1:
        return
    said = link.words or link.fraction.text
    # (the figure that holds the fraction is named in the relation, so that the finding shows it)
    names = {"fraction": link.fraction} if link.fraction is not None else {}
    name = "fraction" if names else None
    if link.part is not None:
        yield Relation(check, expr.parse(_within_reach("part / whole", exact, name, below_only=True)),
                       {"part": link.part, "whole": link.whole, **names},
                       f"{link.part.text} of {link.whole.text} is given as nearly {said}, at most it and within "
                       f"{_PERCENT_BELOW}% below it ({link.grammar})", certain=link.certain)
    elif link.share is not None:
        yield Relation(check, expr.parse(_within_reach("share", exact, name, below_only=True)), {"share": link.share, **names},
                       f"{link.share.text} is given as nearly {said}, at most it and within {_PERCENT_BELOW}% "
                       f"below it ({link.grammar})", certain=link.certain)


def restatements(meaning: Meaning, check: str) -> Iterator[Relation]:
    """One amount written twice in different notations must be one value; a title's figure must be
    one of the body's figures of its measure."""
    for link in meaning.same_as:
        # in another unit, the first converted: "12 miles (19 km)" is 12 * 1.609344 == 19
        same = _SAME if link.factor == 1 else expr.parse(f"a * {_decimal(link.factor)} == b")
        if link.complement:
            # "88% of the average" restated as "12% below the average": a percentage of the reference and the gap to it
            same = expr.parse("a == 1 - b" if link.complement < 0 else "a == 1 + b")
            yield Relation(check, same, {"a": link.first, "b": link.second},
                           f"{link.first.text} of the reference is restated as {link.second.text} "
                           f"{'below' if link.complement < 0 else 'above'} it ({link.grammar})")
            continue
        yield Relation(check, same, {"a": link.first, "b": link.second},
                       f"{link.first.text} is restated as {link.second.text}", certain=link.certain)
    changes = {link.change.id: link for link in meaning.changes} if meaning.headlines else {}
    for link in meaning.headlines:
        readings = [{"a": link.title, "b": b} for b in link.body]
        # words alone tie a title to its body: a miss is worth asserting only when one body figure fits
        where = "in the title" if link.grammar.endswith("in the title, restated in the text") \
            else "hedged" if link.grammar == HEDGED_ELSEWHERE else "in the lead"
        # (a restatement the words alone tie to one body figure is of that figure: another that happens to fit is no
        # reading; one the lead's fitting figure made sure keeps the others)
        yield Relation(check, _SAME, readings[0], f"{link.title.text} {where}, restated in the text",
                       readings=() if link.sole else tuple(readings[1:]), certain=link.certain)
        # (a title's change that the links already read between two levels is the growth checks')
        change = changes.get(link.body[0].id) if link.certain and link.title.id not in changes else None
        if change is not None and change.news:
            # the title's change, restated by a body change told between two levels, is the change between
            # them too ("£3.4m growth in premium" ... "took in £50.2bn, a £3.4bn increase on the £46.8bn")
            moved = replace(change, change=link.title, certain=change.certain)
            yield from _growth_of(moved, check, f" {where}")
            yield from _difference_of(moved, check, f" {where}")


_SAME = expr.parse("a == b")


def _decimal(x: Fraction) -> str:
    """A unit's factor as the decimal it is (1.609344, 0.3048): unit factors are decimals."""
    return format(Decimal(x.numerator) / Decimal(x.denominator), "f")


def change_pairs(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A change in units and as a rate with the level reached: the rate is the amount over the old
    level, which is the level less a rise or plus a fall."""
    for link in meaning.change_pairs:
        if link.level_is_old:
            yield Relation(check, _RATE_OF_OLD, {"level": link.level, "amount": link.amount, "rate": link.rate},
                           f"{link.rate.text} and {link.amount.text} as the change from {link.level.text}")
            continue
        sign = "-" if link.direction >= 0 else "+"
        yield Relation(check, expr.parse(f"abs(amount) / (level {sign} abs(amount)) == abs(rate)"),
                       {"level": link.level, "amount": link.amount, "rate": link.rate},
                       f"{link.rate.text} and {link.amount.text} as the change to {link.level.text}")


_RATE_OF_OLD = expr.parse("abs(amount) / level == abs(rate)")


_SHARE = expr.parse("part / whole == share")


def _fits(part: Figure, whole: Figure, share: Figure, expression=_SHARE) -> bool:
    return expr.holds(expression, {"part": interval_of(part), "whole": interval_of(whole), "share": interval_of(share)})


_REST = expr.parse("(whole - part) / whole == share")  # the share of what is left of the whole


def part_shares(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A part beside its share, against the whole the words name or, failing that, the whole the
    other part-share pairs agree on: those of its own sentence first, then the document's (two at
    least). A whole no other pair confirms is left to the share check's own reading of breakdowns."""
    links = meaning.part_shares
    fitting: dict[tuple, int] = {}  # (whole id, sentence or None) -> how many pairs it fits
    # (link number, whole id) -> whether the pair fits that whole: weighed once here, read again
    # below where a pair's own fit is taken out of the support it gives its candidates
    fits_whole: dict[tuple[int, str], bool] = {}
    for number, link in enumerate(links):
        sentence = meaning.frame(link.part).segment
        for w in {id(w): w for w in (link.whole, *link.candidates) if w is not None}.values():
            fits = fits_whole[number, w.id] = _fits(link.part, w, link.share)
            if fits:
                for key in ((w.id, sentence), (w.id, None)):
                    fitting[key] = fitting.get(key, 0) + 1
    for number, link in enumerate(links):
        if link.named:
            # the words name a whole no level in view has: the whole the share implies
            yield Relation(check, _SHARE, {"part": link.part, "share": link.share},
                           f"{link.part.text} is {link.share.text} of {link.named}", unknown="whole",
                           unknown_unit=link.part.unit)
            continue
        if link.whole is not None:
            if not _fits(link.part, link.whole, link.share) and _fits(link.part, link.whole, link.share, _REST):
                continue  # "5,310 stood empty, an occupancy rate of 89.0%": the share of the rest of the whole
            yield Relation(check, _SHARE, {"part": link.part, "whole": link.whole, "share": link.share},
                           f"{link.share.text} as the share of {link.part.text} in {link.whole.text}",
                           certain=link.certain)
            continue
        sentence = meaning.frame(link.part).segment

        def support(w: Figure) -> tuple[int, int]:  # the other pairs' support; this pair's own fit does not count
            own = fits_whole[number, w.id]
            return fitting.get((w.id, sentence), 0) - own, fitting.get((w.id, None), 0) - own

        best = max(link.candidates, key=support)  # the nearest among equals
        in_sentence, in_document = support(best)
        # one other pair suffices when the whole's own words call it the total ("total mobile
        # subscriptions rising to 33.63 million")
        named_total = in_document == 1 and _called_the_total(meaning, best)
        if in_sentence < 2 and in_document < 2 and not named_total:
            best = _the_total_of_its_period(link, meaning.bases) if link.of_total else _the_total_just_before(meaning, link)
            if best is None:
                continue
        yield Relation(check, _SHARE, {"part": link.part, "whole": best, "share": link.share},
                       f"{link.share.text} as the share of {link.part.text} in {best.text}")


def _the_total_just_before(meaning: Meaning, link) -> Figure | None:
    """"A total of 10,661 operations were performed. The proportion done as day cases was 77.4%,
    equivalent to 9,318": the one level of the part's sentence or the one before that its own words
    call the total."""
    segment = meaning.frame(link.part).segment
    totals = [w for w in link.candidates if meaning.frame(w).segment >= segment - 1 and _called_the_total(meaning, w)]
    return totals[0] if len(totals) == 1 else None


def _called_the_total(meaning: Meaning, whole: Figure) -> bool:
    """Whether a level's own clause calls it the total ("total mobile subscriptions rose to 33.63 million")."""
    return "total" in clause_words(meaning.document.text, meaning.segment_of(whole), meaning.frame(whole).slot)


def _the_total_of_its_period(link, bases: frozenset[str]) -> Figure | None:
    """"14 percent of the total" with no other pair to agree on a whole: the level before it of the
    part's own period, when every such level the text gives has one value (a title's "2.09m" and
    the body's "2.09 million" are one total). A change's old level is another period's."""
    if not link.part.period:
        return None
    same_period = [w for w in link.candidates if w.period == link.part.period and w.id not in bases]
    if not same_period:
        return None
    largest = max(same_period, key=lambda w: w.value)
    return largest if all(interval_of(w).meets(interval_of(largest)) for w in same_period) else None


def named_identities(meaning: Meaning, check: str, operator: str) -> Iterator[Relation]:
    """A gap or a total the words define from two named measures, against every statement of each."""
    expression = expr.parse(f"a {operator} b == result")
    for link in meaning.named_identities:
        if link.operator != operator:
            continue
        readings = [{"a": a, "b": b, "result": link.result} for a in link.a for b in link.b]
        what = "the gap between" if operator == "-" else "the total of"
        yield Relation(check, expression, readings[0],
                       f"{link.result.text} as {what} {readings[0]['a'].text} and {readings[0]['b'].text}",
                       readings=tuple(readings[1:]), certain=link.certain)


def steps(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A series said to move up (or down) to a level from the one stated before it."""
    for link in meaning.steps:
        op = ">" if link.direction > 0 else "<"
        yield Relation(check, expr.parse(f"new {op} old"), {"new": link.new, "old": link.old},
                       f"{'a rise' if link.direction > 0 else 'a fall'} from {link.old.text} to {link.new.text}",
                       certain=link.certain)


def plan_shares(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A result stated as a share of a plan the text also states."""
    for link in meaning.plan_shares:
        yield Relation(check, _SHARE, {"part": link.part, "whole": link.whole, "share": link.share},
                       f"{link.part.text} as {link.share.text} of the plan of {link.whole.text}")


def main_parts(meaning: Meaning, check: str) -> Iterator[Relation]:
    """A whole's change said to come mainly from one part: the part's change is more than half of it."""
    for link in meaning.main_parts:
        if link.change is not None:
            yield Relation(check, expr.parse("2 * abs(part) > abs(whole)"), {"part": link.part, "whole": link.change},
                           f"{link.part.text} said to be most of the change of {link.change.text}")
        else:
            gap = "new - old" if link.direction > 0 else "old - new"
            yield Relation(check, expr.parse(f"2 * abs(part) > {gap}"), {"part": link.part, "new": link.new, "old": link.old},
                           f"{link.part.text} said to be most of the {'rise' if link.direction > 0 else 'fall'} "
                           f"from {link.old.text} to {link.new.text}")
