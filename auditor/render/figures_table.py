"""`audit figures`: the figures the auditor read, as a table that fits the terminal.

At 80 columns a row shows where the figure is, its text, its value and unit
("4.3%", "1.2 bn CNY", an arrow for a stated rise or fall), the rounding it
allows ("±500", "≥ 60,000"), the measure and the period; from 110 columns on
the figure id, its kind and its qualifier are shown too. Only the measure wraps.
"""
from __future__ import annotations

from decimal import Decimal

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor.document import Document
from auditor.extract.units import UNIT_DISPLAY
from auditor.model import Figure
from auditor.render.json_report import _decimal

WIDE = 110  # from this width on, the id, qualifier and direction get their own columns
# (the table keeps the other units' own names, narrower than their plurals: "tonne", "hectare")
_UNIT_SHORT = {"percent": "%", "percentage_point": "pp", "basis_point": "bp", "per_mille": "‰", "times": "×",
               **{unit: UNIT_DISPLAY[unit] for unit in ("kilowatt_hour", "square_kilometer", "square_meter", "kilometer",
                                                        "degree_Celsius", "degree_Fahrenheit")}}
_KIND_SHORT = {"percentage-point": "pp change", "physical": "physical"}


_SHORT_SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))


def _grouped(d: Decimal) -> str:
    """A decimal as a reader writes it, exactly: thousands separators, and a scale word
    when the value is round at that scale ("3028000" -> "3.028 m", "33406061" -> "33,406,061")."""
    for scale, word in _SHORT_SCALES:
        if abs(d) >= scale and (d / scale) == (d / scale).quantize(Decimal("0.001")):
            return f"{_plain(d / scale)} {word}"
    return _plain(d)


def _plain(d: Decimal) -> str:
    text = _decimal(d)
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.lstrip("-").partition(".")
    return f"{sign}{int(whole):,}{dot}{fraction[:8]}{'…' if len(fraction) > 8 else ''}"


def rounding(f: Figure) -> str:
    """What the written figure allows, relative to its value where it can be."""
    if f.low is None and f.high is None:
        return "any"
    if f.high is None:
        return f"≥ {_grouped(f.low)}" if f.low == f.value else f"> {_grouped(f.low)}"
    if f.low is None:
        return f"≤ {_grouped(f.high)}"
    if f.low == f.high == f.value:
        return "exact"
    if f.value - f.low == f.high - f.value:
        return f"±{_grouped(f.high - f.value)}"
    return f"{_grouped(f.low)}..{_grouped(f.high)}"


def _kind(f: Figure) -> str:
    unit = _UNIT_SHORT.get(f.unit, f.unit)
    kind = _KIND_SHORT.get(f.kind.value, f.kind.value)
    return f"{kind} {unit}".strip() if unit and unit not in ("%", "pp") else (unit if unit == "%" else kind)


def _direction(f: Figure) -> str:
    return "↑" if f.direction > 0 else "↓" if f.direction < 0 else ""


def _value(f: Figure, with_unit: bool) -> str:
    unit = _UNIT_SHORT.get(f.unit, f.unit) if with_unit else ""
    joined = f"{_grouped(f.value)}{unit}" if unit in ("%", "pp", "bp", "‰", "×") else \
        f"{_grouped(f.value)} {unit}".strip()
    return joined + _direction(f)


def render(docs: list[tuple[Document, tuple[Figure, ...]]], console: Console) -> None:
    wide = console.width >= WIDE
    for doc, figures in docs:
        console.print(Text(f"{doc.path}: {len(figures)} figures", style="bold"))
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, expand=True)
        if wide:
            table.add_column("id", no_wrap=True, style="dim")
        table.add_column("line", no_wrap=True, justify="right", style="dim")
        table.add_column("text", no_wrap=True, overflow="ellipsis", max_width=16 if wide else 12)
        table.add_column("value", no_wrap=True, justify="right", overflow="ellipsis", max_width=16 if wide else 15)
        table.add_column("rounding", no_wrap=True, overflow="ellipsis", max_width=22 if wide else 10)
        if wide:
            table.add_column("kind", no_wrap=True, max_width=10, overflow="ellipsis")
        table.add_column("measure", overflow="fold", ratio=1, min_width=14)
        table.add_column("period", no_wrap=True, max_width=12)
        for f in figures:
            allowed = rounding(f) + (f" ({f.qualifier})" if wide and f.qualifier else "")
            cells = [f"{f.span.line}:{f.span.column}", Text(f.text), _value(f, with_unit=not wide), allowed]
            if wide:
                cells.insert(0, f.id)
                cells.append(_kind(f))
            cells += [Text(f.measure), f.period]
            table.add_row(*cells)
        console.print(table)
    if not wide:
        console.print(Text("↑ ↓ a stated rise or fall. A wider terminal shows ids, kinds, units and qualifiers.",
                           style="dim"))
