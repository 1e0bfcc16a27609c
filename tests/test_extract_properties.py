"""Property tests of extraction: it never raises, its spans and intervals are
sound, and every number style it supports reads back the value it was written from."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.extract import extract_figures

PROSE_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs", "Cc"),
)
# Fragments that steer random text into the grammar's corners.
FRAGMENTS = st.sampled_from([
    " 484,000", " 1,234.5", " 816 000", " 32,79,860", " 3.028 million", " 1.2 billion yuan", " 45k", " 2.5bn",
    " Rs 1.15 lakh crore", " ₹2,150 crore", " 256.3亿元", " 72.5万", " 94.17%", " 0.3 percentage points",
    " 50 bps", " per cent", " (1.2%)", " | ", "2012-13", " FY2023-24", " about", " nearly", " more than", " up to",
    " one third", " half of", " doubled", " three times", " twofold", " forty-two", " 16,4m", " 15.70:40.04:4.30",
    " +91 22 2266 0502", " 10:00 a.m.", " 8 June 2022", " Table 2", " Windows 11", "\n\n", ". ", " rose by",
    " fell to", " down", " year on year", " a year earlier", " of which", " 2.1e", " –15.4", " over the last decade",
])
RANDOM_TEXT = st.lists(st.one_of(st.text(PROSE_ALPHABET, max_size=30), FRAGMENTS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RANDOM_TEXT)
def test_extraction_never_raises_and_figures_are_sound(text):
    document = Document("random.txt", text)
    for figure in extract_figures(document):
        assert text[figure.span.start:figure.span.end] == figure.text
        assert document.position(figure.span.start) == (figure.span.line, figure.span.column)
        assert isinstance(figure.value, Decimal)
        if figure.low is not None:
            assert figure.low <= figure.value
        if figure.high is not None:
            assert figure.value <= figure.high


def _grouped(digits: str, sep: str = ",") -> str:
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join([digits] + groups)


def _indian(digits: str) -> str:
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head] + pairs + [tail])


def _with_fraction(whole: str, places: int, fraction: int) -> str:
    return whole + (f".{fraction:0{places}d}" if places else "")


# (format, scale, unit): each style writes a number the way reports do.
STYLES = {
    "western grouping": (lambda w, f: _with_fraction(_grouped(w), *f), Decimal(1), ""),
    "space grouping": (lambda w, f: _with_fraction(_grouped(w, " "), *f), Decimal(1), ""),
    "indian grouping": (lambda w, f: _with_fraction(_indian(w), *f), Decimal(1), ""),
    "thousand": (lambda w, f: _with_fraction(w, *f) + " thousand", Decimal(10) ** 3, ""),
    "million": (lambda w, f: _with_fraction(w, *f) + " million", Decimal(10) ** 6, ""),
    "billion": (lambda w, f: _with_fraction(w, *f) + " billion", Decimal(10) ** 9, ""),
    "trillion": (lambda w, f: _with_fraction(w, *f) + " trillion", Decimal(10) ** 12, ""),
    "bn": (lambda w, f: _with_fraction(w, *f) + "bn", Decimal(10) ** 9, ""),
    "mn": (lambda w, f: _with_fraction(w, *f) + " mn", Decimal(10) ** 6, ""),
    "k": (lambda w, f: _with_fraction(w, *f) + "k", Decimal(10) ** 3, ""),
    "lakh": (lambda w, f: _with_fraction(w, *f) + " lakh", Decimal(10) ** 5, ""),
    "crore": (lambda w, f: "Rs " + _with_fraction(_indian(w), *f) + " crore", Decimal(10) ** 7, "INR"),
    "lakh crore": (lambda w, f: "₹" + _with_fraction(w, *f) + " lakh crore", Decimal(10) ** 12, "INR"),
    "wan": (lambda w, f: _with_fraction(w, *f) + "万", Decimal(10) ** 4, ""),
    "yi yuan": (lambda w, f: _with_fraction(w, *f) + "亿元", Decimal(10) ** 8, "CNY"),
    "percent sign": (lambda w, f: _with_fraction(w, *f) + "%", Decimal(1), "percent"),
    "per cent": (lambda w, f: _with_fraction(w, *f) + " per cent", Decimal(1), "percent"),
    "percentage points": (lambda w, f: _with_fraction(w, *f) + " percentage points", Decimal(1), "percentage_point"),
    "dollars": (lambda w, f: "$" + _with_fraction(_grouped(w), *f), Decimal(1), "USD"),
    "pounds billion": (lambda w, f: "£" + _with_fraction(w, *f) + " billion", Decimal(10) ** 9, "GBP"),
    "euro": (lambda w, f: "€" + _with_fraction(_grouped(w), *f), Decimal(1), "EUR"),
    "yuan": (lambda w, f: _with_fraction(_grouped(w), *f) + " yuan", Decimal(1), "CNY"),
    "tonnes": (lambda w, f: _with_fraction(_grouped(w), *f) + " tonnes", Decimal(1), "tonne"),
}


@settings(max_examples=600, deadline=None)
@given(
    style=st.sampled_from(sorted(STYLES)),
    whole=st.integers(min_value=0, max_value=10 ** 9),
    places=st.integers(min_value=0, max_value=3),
    fraction=st.integers(min_value=0, max_value=999),
)
def test_formatting_a_value_in_each_style_reads_it_back(style, whole, places, fraction):
    fraction %= 10 ** places if places else 1
    write, scale, unit = STYLES[style]
    digits = str(whole)
    if style in ("space grouping", "indian grouping", "crore"):
        assume(whole >= 1000)  # below a thousand there is no grouping to test
    written = write(digits, (places, fraction))
    # not a year: a bare four-digit number from 1800 to 2100 is read as one
    assume(not (unit == "" and scale == 1 and places == 0 and 1800 <= whole <= 2100 and "," not in written))
    sentence = f"The province counted {written} in the survey."
    figures = extract_figures(Document("style.txt", sentence))
    assert [f.text for f in figures] == [written], sentence
    expected = Decimal(digits + (f".{fraction:0{places}d}" if places else "")) * scale
    assert figures[0].value == expected
    assert figures[0].unit == unit
    assert figures[0].low <= expected <= figures[0].high


@given(st.sampled_from([
    ("forty", Decimal(40)), ("twenty-five", Decimal(25)), ("eight million", Decimal(8_000_000)),
    ("one hundred and twenty", Decimal(120)), ("seven percent", Decimal(7)),
]))
def test_number_words_read_back(case):
    words, value = case
    figures = extract_figures(Document("w.txt", f"The survey found {words} cases."))
    assert [(f.text, f.value) for f in figures] == [(words, value)]
