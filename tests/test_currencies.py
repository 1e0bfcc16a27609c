"""Money in the world's currencies, as reports and the press write it: codes, CLDR's signs and
names (auditor/extract/currency_data.py, generated from babel), and press spellings no locale has.
Each amount is read as money, in its currency, at its value."""
from __future__ import annotations

from decimal import Decimal

import pytest

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.units import ISO_CURRENCIES, kind_of, registry
from auditor.model import Kind

M, B, K = Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 3

# (as written, currency, value)
AMOUNTS = [
    # codes before and after
    ("UGX 4.2 trillion", "UGX", Decimal("4.2") * 10 ** 12), ("TZS 850 billion", "TZS", 850 * B),
    ("ETB 12.5 billion", "ETB", Decimal("12.5") * B), ("CHF 3.1 billion", "CHF", Decimal("3.1") * B),
    ("SEK 45 million", "SEK", 45 * M), ("MXN 120 billion", "MXN", 120 * B), ("JPY 2.4 trillion", "JPY", Decimal("2.4") * 10 ** 12),
    ("300 SEK", "SEK", 300), ("4.2 billion NOK", "NOK", Decimal("4.2") * B), ("BRL 18.3 billion", "BRL", Decimal("18.3") * B),
    ("ZMW 1.2 billion", "ZMW", Decimal("1.2") * B), ("XOF 650 billion", "XOF", 650 * B), ("XAF 95 billion", "XAF", 95 * B),
    ("KRW 1,500 billion", "KRW", 1500 * B), ("IDR 3,200 billion", "IDR", 3200 * B), ("MYR 8.9 billion", "MYR", Decimal("8.9") * B),
    ("PKR 9.2 trillion", "PKR", Decimal("9.2") * 10 ** 12), ("EGP 1.6 trillion", "EGP", Decimal("1.6") * 10 ** 12),
    ("VND 1,700 trillion", "VND", 1700 * 10 ** 12), ("THB 3.48 trillion", "THB", Decimal("3.48") * 10 ** 12),
    ("RWF 5,030 billion", "RWF", 5030 * B), ("MWK 1.1 trillion", "MWK", Decimal("1.1") * 10 ** 12),
    ("CZK 2,100 billion", "CZK", 2100 * B), ("HUF 48 billion", "HUF", 48 * B), ("PLN 6.5 billion", "PLN", Decimal("6.5") * B),
    ("DKK 14 billion", "DKK", 14 * B), ("NZD 2.3 billion", "NZD", Decimal("2.3") * B), ("SGD 4.1 billion", "SGD", Decimal("4.1") * B),
    ("HKD 65 billion", "HKD", 65 * B), ("AED 12 billion", "AED", 12 * B), ("SAR 1.25 trillion", "SAR", Decimal("1.25") * 10 ** 12),
    ("QAR 210 billion", "QAR", 210 * B), ("KWD 23 billion", "KWD", 23 * B), ("DZD 9,000 billion", "DZD", 9000 * B),
    ("TND 57 billion", "TND", 57 * B), ("UAH 1.3 trillion", "UAH", Decimal("1.3") * 10 ** 12), ("RUB 29 trillion", "RUB", 29 * 10 ** 12),
    ("ILS 480 billion", "ILS", 480 * B), ("LKR 3.5 trillion", "LKR", Decimal("3.5") * 10 ** 12), ("NPR 1.75 trillion", "NPR", Decimal("1.75") * 10 ** 12),
    ("ARS 38 trillion", "ARS", 38 * 10 ** 12), ("CLP 78 trillion", "CLP", 78 * 10 ** 12),
    # signs: CLDR's, and the press's
    ("R$ 18.3 billion", "BRL", Decimal("18.3") * B), ("R$2.1 trillion", "BRL", Decimal("2.1") * 10 ** 12),
    ("HK$65 billion", "HKD", 65 * B), ("HK$ 3.2 million", "HKD", Decimal("3.2") * M), ("S$4.1 billion", "SGD", Decimal("4.1") * B),
    ("NZ$2.3 billion", "NZD", Decimal("2.3") * B), ("NT$1.2 trillion", "TWD", Decimal("1.2") * 10 ** 12),
    ("MX$120 billion", "MXN", 120 * B), ("A$7.5 billion", "AUD", Decimal("7.5") * B), ("C$4 billion", "CAD", 4 * B),
    ("₩1,500 billion", "KRW", 1500 * B), ("₺250 billion", "TRY", 250 * B), ("₽29 trillion", "RUB", 29 * 10 ** 12),
    ("₴1.3 trillion", "UAH", Decimal("1.3") * 10 ** 12), ("₪480 billion", "ILS", 480 * B), ("₫1,700 trillion", "VND", 1700 * 10 ** 12),
    ("฿3.48 trillion", "THB", Decimal("3.48") * 10 ** 12), ("₱5.7 trillion", "PHP", Decimal("5.7") * 10 ** 12),
    ("₦13.08 trillion", "NGN", Decimal("13.08") * 10 ** 12), ("N13.08 trillion", "NGN", Decimal("13.08") * 10 ** 12),
    ("₹3.7 lakh crore", "INR", Decimal("3.7") * 10 ** 12), ("Rs. 1,500 crore", "INR", 1500 * 10 ** 7), ("Rs 850 crore", "INR", 850 * 10 ** 7),
    ("GH¢2.5 billion", "GHS", Decimal("2.5") * B), ("GH₵ 2.5 billion", "GHS", Decimal("2.5") * B), ("Ksh 120 billion", "KES", 120 * B),
    ("KSh 3.6 trillion", "KES", Decimal("3.6") * 10 ** 12), ("Sh352.54 billion", "KES", Decimal("352.54") * B),
    ("USh 4.2 trillion", "UGX", Decimal("4.2") * 10 ** 12), ("UShs 52 trillion", "UGX", 52 * 10 ** 12),
    ("TSh 850 billion", "TZS", 850 * B), ("Rp 3,200 billion", "IDR", 3200 * B), ("Rp12.5 trillion", "IDR", Decimal("12.5") * 10 ** 12),
    ("RM 8.9 billion", "MYR", Decimal("8.9") * B), ("RM45 million", "MYR", 45 * M), ("Tk 7.97 lakh crore", "BDT", Decimal("7.97") * 10 ** 12),
    ("৳ 500 crore", "BDT", 500 * 10 ** 7), ("₸ 4.3 trillion", "KZT", Decimal("4.3") * 10 ** 12), ("₾ 2.4 billion", "GEL", Decimal("2.4") * B),
    ("CFA 650 billion", "XOF", 650 * B), ("FCFA 95 billion", "XAF", 95 * B), ("Br 12.5 billion", "ETB", Decimal("12.5") * B),
    ("ZK 1.2 billion", "ZMW", Decimal("1.2") * B), ("MK 1.1 trillion", "MWK", Decimal("1.1") * 10 ** 12),
    ("€4.5 billion", "EUR", Decimal("4.5") * B), ("£12.3 million", "GBP", Decimal("12.3") * M), ("US$874.3 billion", "USD", Decimal("874.3") * B),
    ("E£1.6 trillion", "EGP", Decimal("1.6") * 10 ** 12), ("J$9.3 billion", "JMD", Decimal("9.3") * B),
    # words after the amount: bare unit names the press uses, and CLDR's English names
    ("2.5 billion won", "KRW", Decimal("2.5") * B), ("250 billion lira", "TRY", 250 * B), ("1.2 billion kwacha", "ZMW", Decimal("1.2") * B),
    ("3,200 billion rupiah", "IDR", 3200 * B), ("12.5 billion birr", "ETB", Decimal("12.5") * B), ("3.48 trillion baht", "THB", Decimal("3.48") * 10 ** 12),
    ("8.9 billion ringgit", "MYR", Decimal("8.9") * B), ("650 billion CFA francs", "XOF", 650 * B), ("18.3 billion reais", "BRL", Decimal("18.3") * B),
    ("29 trillion roubles", "RUB", 29 * 10 ** 12), ("48 billion forints", "HUF", 48 * B), ("300 zł", "PLN", 300),
    ("2,100 billion koruna", "CZK", 2100 * B), ("6.5 billion zlotys", "PLN", Decimal("6.5") * B), ("45 million kronor", "SEK", 45 * M),
    ("4.2 trillion Ugandan shillings", "UGX", Decimal("4.2") * 10 ** 12), ("850 billion Tanzanian shillings", "TZS", 850 * B),
    ("120 billion Kenyan shillings", "KES", 120 * B), ("2.5 billion Ghanaian cedis", "GHS", Decimal("2.5") * B),
    ("9.2 trillion Pakistani rupees", "PKR", Decimal("9.2") * 10 ** 12), ("120 billion Mexican pesos", "MXN", 120 * B),
    ("3.1 billion Swiss francs", "CHF", Decimal("3.1") * B), ("1.1 trillion Malawian kwachas", "MWK", Decimal("1.1") * 10 ** 12),
    ("57 billion Tunisian dinars", "TND", 57 * B), ("12 billion dirhams", "AED", 12 * B), ("1.25 trillion riyals", "SAR", Decimal("1.25") * 10 ** 12),
    ("1,700 trillion dong", "VND", 1700 * 10 ** 12), ("2.4 trillion yen", "JPY", Decimal("2.4") * 10 ** 12), ("50 €", "EUR", 50),
    ("480 billion shekels", "ILS", 480 * B), ("1.3 trillion hryvnias", "UAH", Decimal("1.3") * 10 ** 12),
]
CURRENCIES = {code for _, code, _ in AMOUNTS}


def read(written: str):
    text = f"The ministry reported {written} in the 2023 budget.\n"
    figures = [f for f in extract_figures(Document("r.txt", text)) if f.span.start >= len("The ministry reported ")]
    return figures[0] if figures else None


def test_the_table_is_large_enough_to_mean_something():
    assert len(AMOUNTS) >= 100 and len(CURRENCIES) >= 40


def test_at_least_95_percent_are_read_as_money_in_their_currency_at_their_value():
    wrong = []
    for written, code, value in AMOUNTS:
        figure = read(written)
        got = (figure.kind, figure.unit, figure.value) if figure else None
        if got != (Kind.MONEY, code, Decimal(value)):
            wrong.append((written, got))
    share = 1 - len(wrong) / len(AMOUNTS)
    assert share >= 0.95, wrong
    print(f"{share:.1%} of {len(AMOUNTS)} amounts in {len(CURRENCIES)} currencies read right; wrong: {wrong}")


@pytest.mark.parametrize("written", ["K 12 units", "grade L 5 pupils", "Ksh 12 billion"])
def test_one_letter_is_not_a_currency(written):
    figure = read(written)
    assert (figure.kind is Kind.MONEY) == (written.startswith("Ksh"))


def test_every_currency_is_a_dimension_of_its_own():
    ureg = registry()
    assert {"KRW", "XOF", "XAF", "UGX"} <= ISO_CURRENCIES
    for code in ("KRW", "XOF", "UGX", "BRL"):
        assert kind_of(code) is Kind.MONEY
        assert not ureg.Quantity(1, code).is_compatible_with(ureg.Quantity(1, "USD"))


def test_codes_that_are_words_stay_words():
    for written in ("ALL 5 of them", "TOP 10 exporters", "TRY 3 times"):
        figure = read(written)
        assert figure is None or figure.unit in ("", "times")


def test_the_generated_table_is_what_the_script_writes():
    """currency_data.py is generated from babel by bench/currencies_from_babel.py (babel is not a
    dependency of the auditor): a stale table is found when babel is installed."""
    numbers = pytest.importorskip("babel.numbers")
    from auditor.extract import currency_data

    assert numbers.get_currency_symbol("BRL", "pt_BR") == "R$" and currency_data.SIGNS["R$"] == "BRL"
    assert currency_data.NAMES["ugandan shillings"] == "UGX"
