"""A price per unit of a quantity with the quantity and the value they make: "shipped 70,000 tonnes of cloves at
US$7,934.9 a tonne, earning US$55.9 million", "185,000 tonnes worth US$804 million, at an average price of US$4.35
per kilo". The value is the quantity, in the price's unit, times the price."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from auditor import lazy_re
from auditor.extract.units import conversion_factor
from auditor.grammar import lexicon
from auditor.grammar.segments import Segment
from auditor.model import Figure, Kind


@dataclass(frozen=True)
class PriceLink:
    """A price per unit, the quantity it prices and the value the sentence says they make."""

    price: Figure
    quantity: Figure
    value: Figure
    per_unit: Fraction  # how many of the price's units one unit of the quantity is (1,000 kilos a tonne)


# what stands before a price: "at US$4.35", "at an average (price) of US$4.35", "at an average US$4.35"
_AT_A_PRICE = lazy_re.compile(r"\bat\s+(?:an?\s+)?(?:average\s+)?(?:(?:unit\s+)?price\s+of\s+|of\s+)?$")
# what follows it: the unit it is per, "a tonne", "per kilo", "/kg"
_PER_UNIT = lazy_re.compile(rf"^\s*(?:a|an|per|/|each)\s*(?P<unit>{lexicon.alternation(tuple(lexicon.PRICE_UNITS))})\b")
# what stands before the value they make: "earning US$55.9 million", "worth US$804 million", "valued at"
_VALUE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.VALUE_OF_A_QUANTITY)})\s+(?:(?:about|some|around)\s+)?$")


def prices_of_quantities(seg: Segment) -> list[PriceLink]:
    """Each price per a unit whose sentence gives the one quantity of that dimension before it and the one value in
    its currency the sentence's words make of them."""
    out = []
    figures = seg.figures
    for k, price in enumerate(figures):
        if price.kind is not Kind.MONEY or price.qualifier or not _AT_A_PRICE.search(seg.before(k, 40)):
            continue
        unit = _PER_UNIT.match(seg.after(k, 20))
        if unit is None:
            continue
        per = lexicon.PRICE_UNITS[unit.group("unit")]
        quantities = [(j, f) for j, f in enumerate(figures[:k]) if f.kind is Kind.PHYSICAL
                      and (f.unit == per or conversion_factor(f.unit, per) is not None)]
        values = [(j, f) for j, f in enumerate(figures) if j != k and f.kind is Kind.MONEY and f.unit == price.unit
                  and _VALUE_BEFORE.search(seg.before(j, 30))]
        if len(quantities) != 1 or len(values) != 1:
            continue  # two quantities or two values: which the price multiplies is open
        (_, quantity), (_, value) = quantities[0], values[0]
        if quantity.qualifier or value.qualifier:
            continue
        factor = Fraction(1) if quantity.unit == per else conversion_factor(quantity.unit, per)
        out.append(PriceLink(price, quantity, value, factor))
    return out
