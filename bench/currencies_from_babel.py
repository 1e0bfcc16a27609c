"""Write auditor/extract/currency_data.py from babel's copy of the Unicode CLDR.

The auditor names currencies from CLDR's ISO 4217 data (the codes in use, their signs and
their English names) without importing babel at run time: babel is about 30 MB and slow to
import, and the table it gives is a few hundred lines. Run this when babel has a new CLDR
release and commit the result:

    pip install babel && python bench/currencies_from_babel.py

Kept: codes legal tender somewhere today; each sign that holds a currency character
(Unicode category Sc: "R$", "HK$", "₩", "GH₵") and stands for one currency only in English
and in the languages of the countries that use it ("$" alone stands for dozens: the
auditor's own table keeps its reading, US dollars); each English name, singular and
plural ("Kenyan shillings"), that names one currency only.
"""
from __future__ import annotations

import datetime
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "auditor" / "extract" / "currency_data.py"


def main() -> None:
    import babel
    from babel import Locale, numbers
    from babel.core import get_global

    today = datetime.date.today()
    territories = get_global("territory_currencies")
    languages = get_global("territory_languages")
    in_use: dict[str, set[str]] = defaultdict(set)  # code -> territories
    for territory in territories:
        for code in numbers.get_territory_currencies(territory, start_date=today, tender=True):
            in_use[code].add(territory)
    signs: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for code, where in in_use.items():
        locales = {"en"}
        for territory in where:
            for language in languages.get(territory, {}):
                locales.add(f"{language}_{territory}")
        for name in sorted(locales):
            try:
                Locale.parse(name)
            except (ValueError, babel.UnknownLocaleError):
                continue
            sign = numbers.get_currency_symbol(code, name).strip()
            if sign != code and any(unicodedata.category(ch) == "Sc" for ch in sign) and len(sign) <= 4:
                signs[sign].add(code)
        for count in (1, 2):
            names[numbers.get_currency_name(code, count=count, locale="en").lower()].add(code)
    lines = [
        '"""Currencies from the Unicode CLDR (through babel ' + babel.__version__ + '), written by',
        "bench/currencies_from_babel.py: do not edit by hand, run it again.",
        '"""',
        "",
        "# ISO 4217 codes that are legal tender somewhere",
        "IN_USE = frozenset(" + repr(sorted(in_use)) + ")",
        "",
        "# A sign written before or after an amount -> the one currency it stands for",
        "SIGNS = {",
        *(f"    {sign!r}: {codes.pop()!r}," for sign, codes in sorted(signs.items()) if len(codes) == 1),
        "}",
        "",
        "# English name, singular and plural -> code",
        "NAMES = {",
        *(f"    {name!r}: {codes.pop()!r}," for name, codes in sorted(names.items()) if len(codes) == 1),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT}: {len(in_use)} codes")


if __name__ == "__main__":
    main()
