"""Units: the words a report uses for them, and the one pint registry.

Extraction only needs to *name* a unit, so the lexicon below maps what is
written ("per cent", "Rs", "pts") to a canonical unit name and a kind. Those
names are units of the pint registry built by `registry()`, which is made once,
on first use, because building it costs more than auditing a page. Rule files
use it for dimension checks; the tests check that every name here is in it.
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from auditor.extract import currency_data, unit_factors
from auditor.model import Kind

# Canonical unit name -> kind. Currencies are distinct dimensions: a sum of
# yuan and dollars is an error, not a number.
UNIT_KINDS: dict[str, Kind] = {
    "": Kind.NUMBER,
    "percent": Kind.PERCENT,
    "percentage_point": Kind.PERCENTAGE_POINT,
    "basis_point": Kind.PERCENTAGE_POINT,
    "per_mille": Kind.PERCENT,
    "times": Kind.MULTIPLE,
    "CNY": Kind.MONEY,
    "USD": Kind.MONEY,
    "EUR": Kind.MONEY,
    "GBP": Kind.MONEY,
    "INR": Kind.MONEY,
    "NGN": Kind.MONEY,
    "BDT": Kind.MONEY,
    "GHS": Kind.MONEY,
    "KES": Kind.MONEY,
    "ZAR": Kind.MONEY,
    "PHP": Kind.MONEY,
    "AUD": Kind.MONEY,
    "CAD": Kind.MONEY,
    "JPY": Kind.MONEY,
    "tonne": Kind.PHYSICAL,
    "hectare": Kind.PHYSICAL,
    "mu": Kind.PHYSICAL,
    "kilowatt_hour": Kind.PHYSICAL,
    "hour": Kind.PHYSICAL,
    "day": Kind.PHYSICAL,
    "week": Kind.PHYSICAL,
    "month": Kind.PHYSICAL,
    "year": Kind.PHYSICAL,
    "decade": Kind.PHYSICAL,  # "two decades ago": a span of time, as "two years" is
    "kilometer": Kind.PHYSICAL,
    "square_kilometer": Kind.PHYSICAL,
    "square_meter": Kind.PHYSICAL,
    "liter": Kind.PHYSICAL,
    "square_foot": Kind.PHYSICAL,
    "square_mile": Kind.PHYSICAL,
    # lengths and areas in the imperial and metric units a report converts between: "12 miles (19 km)"
    "mile": Kind.PHYSICAL,
    "foot": Kind.PHYSICAL,
    "meter": Kind.PHYSICAL,
    "acre": Kind.PHYSICAL,
    # a Scandinavian crown whose country the text leaves to its context ("3.1 billion kr");
    # figures.py names it NOK, SEK, DKK or ISK when the document says which
    "krone": Kind.MONEY,
    "index_point": Kind.NUMBER,  # a stock index's points: "closed at 6,261 points"
}

# ISO 4217 codes of the currencies in use. Written in capitals before or after a number
# ("NOK 4.2 billion", "300 SEK"), a code makes the figure money in that currency. Left out:
# codes that are English words or common abbreviations in capitals ("ALL", "TOP", "CUP",
# "MAD", "PEN", "TRY", "SOS", "BOB", "GEL", "AMD", "MOP", "COP", "CVE", "IRR", "SCR"),
# which stand before or after numbers far more often as what they spell.
ISO_CURRENCIES = frozenset("""
AED AFN ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF CHF
CLP CNY CRC CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG
HUF IDR ILS INR IQD ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL
MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PGK PHP PKR PLN PYG QAR
RON RSD RUB RWF SAR SBD SDG SEK SGD SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TTD TWD TZS
UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW ZWG ZWL
""".split())
# ... and every other code CLDR lists as legal tender today (generated: currency_data.py),
# but for those that are words or abbreviations in capitals.
_WORD_CODES = frozenset("ALL TOP CUP MAD PEN TRY SOS BOB GEL AMD MOP COP CVE IRR SCR".split())
ISO_CURRENCIES = ISO_CURRENCIES | (currency_data.IN_USE - _WORD_CODES)
# every currency is money, those whose code is a word too ("₺250 billion" is TRY)
UNIT_KINDS.update({code: Kind.MONEY for code in ISO_CURRENCIES | currency_data.IN_USE})

# How a unit's value becomes a plain number in arithmetic (94.17 percent -> 0.9417).
UNIT_FACTORS = {"percent": "0.01", "percentage_point": "0.01", "basis_point": "0.0001", "per_mille": "0.001"}

# Written before the number: "$874.3 billion", "Rs 3,708 crore", "N13.082 trillion".
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "$": "USD", "USD": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR",
    "¥": "CNY", "RMB": "CNY", "CNY": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "₦": "NGN", "N": "NGN", "NGN": "NGN", "Tk": "BDT", "Tk.": "BDT", "৳": "BDT", "GH₵": "GHS", "GHS": "GHS",
    "KSh": "KES", "Ksh": "KES", "KES": "KES", "R": "ZAR", "ZAR": "ZAR", "₱": "PHP", "PHP": "PHP",
    "P": "PHP", "Php": "PHP",  # the Philippine press writes pesos as "P102.22 billion"
    "A$": "AUD", "AUD": "AUD", "C$": "CAD", "CAD": "CAD", "kr": "krone",
}
# How the press writes currencies that no locale writes so ("GH¢", "Ksh", "USh", "Sh5 billion"),
# or that CLDR gives only as codes ("RM", "Rp"). A shilling without its country ("Sh", "Shs")
# is read as Kenya's, the one most often written so; it is money in any case.
PRESS_PREFIXES: dict[str, str] = {
    "GH¢": "GHS", "GH₵": "GHS", "GHc": "GHS", "Ksh.": "KES", "Kshs": "KES", "KShs": "KES", "Kshs.": "KES",
    "Sh": "KES", "Shs": "KES", "Shs.": "KES", "USh": "UGX", "UShs": "UGX", "Ush": "UGX", "Ushs": "UGX",
    "TSh": "TZS", "TShs": "TZS", "Tsh": "TZS", "Tshs": "TZS", "S$": "SGD", "Rp": "IDR", "Rp.": "IDR",
    "RM": "MYR", "ZK": "ZMW", "MK": "MWK", "Br": "ETB", "Nu.": "BTN", "E£": "EGP", "J$": "JMD",
    "TT$": "TTD", "BZ$": "BZD", "N$": "NAD", "Dh": "AED", "Dhs": "AED", "QR": "QAR", "SR": "SAR",
    "CFA": "XOF", "FCFA": "XAF", "Fr.": "CHF", "Rs": "INR", "₨": "INR", "zł": "PLN", "Kč": "CZK", "Ft": "HUF",
    "U.S.$": "USD",  # allAfrica's headlines: "U.S.$331 Million Sold"
    "K": "", "L": "",  # one letter is too often a label ("K 12"): never a currency before digits
    # the East African shillings and the dirham with a full stop, as the press writes them: "KSh. 6.9 million"
    "KSh.": "KES", "KShs.": "KES", "Sh.": "KES", "USh.": "UGX", "UShs.": "UGX", "TSh.": "TZS", "TShs.": "TZS",
    "Tsh.": "TZS", "Tshs.": "TZS", "Dh.": "AED", "Dhs.": "AED",
}
# The table of signs CLDR gives (currency_data.SIGNS), then the press's, then the auditor's
# own readings, which win ("$" is US dollars, "C$" Canadian).
CURRENCY_PREFIXES = {sign: code for sign, code in {**currency_data.SIGNS, **PRESS_PREFIXES,
                                                   **CURRENCY_PREFIXES}.items() if code}

# A currency's hundredths, written after the amount ("9.3 cents per kWh, from 7.5 cents", "up 4 pence",
# "120 kobo a litre"): money in a unit of its own, whichever currency the text prices in (a text rarely prices
# one thing in the hundredths of two currencies). Written word -> the unit, named as its plural is written.
MINOR_CURRENCY_WORDS = {
    "cents": "cents", "cent": "cents", "us cents": "cents", "pence": "pence", "penny": "pence", "paise": "paise",
    "kobo": "kobo", "centavos": "centavos", "centimes": "centimes", "kopecks": "kopecks", "kopeks": "kopecks",
    "satang": "satang", "tambala": "tambala", "ngwee": "ngwee", "thebe": "thebe", "halalas": "halalas",
    "piastres": "piastres", "groszy": "groszy", "fils": "fils",
}
UNIT_KINDS.update({unit: Kind.MONEY for unit in MINOR_CURRENCY_WORDS.values()})
# Written after the number (and its scale word). Longest first when matching.
UNIT_WORDS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pc": "percent", "pct": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "percent points": "percentage_point", "per cent points": "percentage_point",
    "points": "percentage_point", "pts": "percentage_point", "pp": "percentage_point", "p.p.": "percentage_point",
    "basis points": "basis_point", "basis point": "basis_point", "bps": "basis_point", "bp": "basis_point",
    "‰": "per_mille", "per mille": "per_mille", "per thousand": "per_mille",
    "times": "times", "fold": "times",
    "yuan": "CNY", "renminbi": "CNY", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pound": "GBP", "rupees": "INR", "rupee": "INR", "naira": "NGN",
    "takas": "BDT", "taka": "BDT", "cedis": "GHS", "cedi": "GHS", "shillings": "KES", "rand": "ZAR",
    "pesos": "PHP", "yen": "JPY", "元": "CNY", **MINOR_CURRENCY_WORDS,
    "zł": "PLN", "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "zloty": "PLN", "zlotys": "PLN",
    "kr": "krone", "krone": "krone", "kroner": "krone", "kronor": "SEK", "krona": "SEK",
    "danish kroner": "DKK", "danish krone": "DKK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
    "swedish kronor": "SEK", "swedish krona": "SEK", "swiss francs": "CHF", "swiss franc": "CHF",
    # the crowns in English: whose, the country the text names ("8.9 billion crowns" in a report on Norway)
    "crowns": "krone", "norwegian crowns": "NOK", "swedish crowns": "SEK", "danish crowns": "DKK",
    "czech crowns": "CZK", "icelandic crowns": "ISK",
    "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne", "hectares": "hectare",
    # a metric ton is a tonne ("56,305 metric tonnes more than the 470,312"): read with its adjective, so what
    # follows the unit (a comparative, a base) is what follows the figure; short and long tons are not tonnes
    "metric tonnes": "tonne", "metric tonne": "tonne", "metric tons": "tonne", "metric ton": "tonne",
    # the trade press's and aid agencies' abbreviation ("211,272 mt of copper", "17,200 MT of food"); "Mt" in mixed
    # case is a megatonne, a million tonnes (UNIT_SIGNS_IN_CAPITALS)
    "mt": "tonne",
    "hectare": "hectare", "mu": "mu", "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
    "kwh": "kilowatt_hour", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year", "decades": "decade", "kilometres": "kilometer", "kilometers": "kilometer",
    "km": "kilometer", "square kilometres": "square_kilometer", "square kilometers": "square_kilometer",
    "square metres": "square_meter", "square meters": "square_meter", "litres": "liter", "liters": "liter",
    "sq km": "square_kilometer", "sq. km": "square_kilometer", "sq.km": "square_kilometer",
    "km2": "square_kilometer", "km²": "square_kilometer", "sq m": "square_meter", "sq. m": "square_meter",
    "sq ft": "square_foot", "sq. ft": "square_foot", "square feet": "square_foot", "square foot": "square_foot",
    "sq mi": "square_mile", "sq. mi": "square_mile",
    "sq miles": "square_mile", "sq. miles": "square_mile", "square miles": "square_mile", "square mile": "square_mile",
    # power and energy: capacity in GW, generation in TWh
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kilowatts": "kilowatt", "megawatts": "megawatt",
    "gigawatts": "gigawatt", "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "twh": "terawatt_hour",
    "megawatt-hours": "megawatt_hour", "gigawatt-hours": "gigawatt_hour", "terawatt-hours": "terawatt_hour",
    # mass and volume of goods: tea in kg, gold in (troy) ounces, oil in barrels, water in cubic metres
    "kg": "kilogram", "kgs": "kilogram", "kilograms": "kilogram", "kilogrammes": "kilogram", "kilogram": "kilogram",
    "grams": "gram", "grammes": "gram", "troy ounces": "troy_ounce", "troy ounce": "troy_ounce",
    "ounces": "ounce", "ounce": "ounce", "oz": "ounce", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "miles": "mile", "mile": "mile", "feet": "foot", "foot": "foot", "ft": "foot", "metres": "meter",
    "meters": "meter", "metre": "meter", "meter": "meter", "acres": "acre", "acre": "acre",
    "cubic metres": "cubic_meter", "cubic meters": "cubic_meter", "m3": "cubic_meter", "m³": "cubic_meter",
    # data and line speeds: traffic in GB or TB, broadband in Mbps ("mb" is left alone: weather's millibars)
    "gb": "gigabyte", "tb": "terabyte", "pb": "petabyte", "megabytes": "megabyte", "gigabytes": "gigabyte",
    "terabytes": "terabyte", "petabytes": "petabyte", "exabytes": "exabyte",
    "mbps": "megabit_per_second", "mbit/s": "megabit_per_second", "gbps": "gigabit_per_second",
    "gbit/s": "gigabit_per_second",
    # temperatures: "25 °C", "31.4 degrees Celsius" (a bare "degrees" may be a university's)
    "°c": "degree_Celsius", "° c": "degree_Celsius", "ºc": "degree_Celsius", "degrees celsius": "degree_Celsius",
    "degree celsius": "degree_Celsius", "degrees c": "degree_Celsius", "°f": "degree_Fahrenheit",
    "° f": "degree_Fahrenheit", "ºf": "degree_Fahrenheit", "degrees fahrenheit": "degree_Fahrenheit",
    "degrees f": "degree_Fahrenheit",
}
# Currency words after an amount ("2.5 billion won", "300 zł"): the press's bare unit names
# (a plain "kwacha" is Zambia's, "dirham" the UAE's, "riyal" Saudi Arabia's, "CFA francs" West
# Africa's), then CLDR's English names ("Ugandan shillings", generated), and a sign standing
# after the amount ("50 €", "5 000 ₽"). The auditor's own words above win.
LOCAL_CURRENCY_WORDS: dict[str, str] = {
    "won": "KRW", "lira": "TRY", "liras": "TRY", "lire": "TRY", "kwacha": "ZMW", "kwachas": "ZMW",
    "rupiah": "IDR", "rupiahs": "IDR", "birr": "ETB", "birrs": "ETB", "baht": "THB", "ringgit": "MYR",
    "ringgits": "MYR", "reais": "BRL", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "forint": "HUF", "forints": "HUF", "ft": "HUF", "koruna": "CZK", "korunas": "CZK", "koruny": "CZK",
    "kč": "CZK", "lei": "RON", "leva": "BGN", "dong": "VND", "riel": "KHR", "riels": "KHR", "kyat": "MMK",
    "kyats": "MMK", "dalasi": "GMD", "leones": "SLE", "ariary": "MGA", "kwanza": "AOA", "kwanzas": "AOA",
    "meticais": "MZN", "metical": "MZN", "pula": "BWP", "nakfa": "ERN", "tenge": "KZT", "manat": "AZN",
    "lari": "GEL", "shekel": "ILS", "shekels": "ILS", "guaranies": "PYG", "bolivares": "VES", "soles": "PEN",
    "quetzales": "GTQ", "quetzals": "GTQ", "lempiras": "HNL", "cordobas": "NIO", "gourdes": "HTG",
    "rufiyaa": "MVR", "ngultrum": "BTN", "afghanis": "AFN", "cfa francs": "XOF", "cfa franc": "XOF",
    "francs cfa": "XOF", "fcfa": "XAF", "cfa": "XOF", "ghana cedis": "GHS", "kenya shillings": "KES",
    "uganda shillings": "UGX", "tanzania shillings": "TZS", "shilling": "KES",
}
_SIGNS_AFTER = {sign: code for sign, code in currency_data.SIGNS.items() if len(sign) == 1}
UNIT_WORDS = {**_SIGNS_AFTER, **currency_data.NAMES, **LOCAL_CURRENCY_WORDS, **UNIT_WORDS}


# How a unit is shown after a computed value ("3,975 tonnes to 3,985 tonnes", "12.4 km²"): its usual symbol,
# or its name in the plural; a currency shows as its code, and units not listed here as their own names.
UNIT_DISPLAY: dict[str, str] = {
    "tonne": "tonnes", "megatonne": "Mt", "hectare": "hectares", "mu": "mu", "kilowatt_hour": "kWh", "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh", "terawatt_hour": "TWh", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW",
    "hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years", "decade": "decades",
    "kilometer": "km", "square_kilometer": "km²", "square_meter": "m²", "square_foot": "sq ft", "square_mile": "sq mi",
    "cubic_meter": "m³", "liter": "litres", "mile": "miles", "foot": "feet", "meter": "metres", "acre": "acres",
    "kilogram": "kg", "gram": "g", "troy_ounce": "troy ounces", "ounce": "ounces", "oil_barrel": "barrels",
    "gigabyte": "GB", "terabyte": "TB", "petabyte": "PB", "megabyte": "MB", "exabyte": "EB",
    "megabit_per_second": "Mbps", "gigabit_per_second": "Gbps", "index_point": "points",
    "degree_Celsius": "°C", "degree_Fahrenheit": "°F",
    **{unit: unit for unit in MINOR_CURRENCY_WORDS.values()},  # "cents", "pence", as written
}


# Written after an amount, signs whose capitals say what they are: "1,190 KM" is Bosnia and Herzegovina's
# convertible mark (its CLDR sign), "1,190 km" kilometres.
UNIT_SIGNS_IN_CAPITALS: dict[str, str] = {"KM": "BAM", "Mt": "megatonne"}


def kind_of(unit: str) -> Kind:
    return UNIT_KINDS.get(unit, Kind.PHYSICAL)


@lru_cache(maxsize=1)
def registry():
    """The one pint registry, built on first use."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=":auto:")
    ureg.define("percentage_point = 0.01 = pp")
    ureg.define("basis_point = 0.0001 = bp")
    ureg.define("per_mille = 0.001 = ‰")
    ureg.define("times = 1")
    ureg.define("mu = 10000 / 15 * meter ** 2")  # the Chinese land unit, 1/15 hectare
    ureg.define("square_kilometer = kilometer ** 2")
    ureg.define("square_meter = meter ** 2")
    ureg.define("square_foot = foot ** 2")
    ureg.define("square_mile = mile ** 2")
    ureg.define("cubic_meter = meter ** 3")
    ureg.define("index_point = [index_point]")
    ureg.define("megawatt_hour = megawatt * hour")
    ureg.define("gigawatt_hour = gigawatt * hour")
    ureg.define("terawatt_hour = terawatt * hour")
    ureg.define("megabit_per_second = megabit / second")
    ureg.define("gigabit_per_second = gigabit / second")
    for code in sorted({c for c in UNIT_KINDS if kind_of(c) is Kind.MONEY}):
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


@lru_cache(maxsize=64)
def conversion_factor(source: str, target: str) -> Fraction | None:
    """How many `target` one `source` is, exactly as pint defines it (1 mile is 1.609344 km), or
    None when the two units measure different things. Currencies have no factor: a bracketed
    amount in another currency is a conversion at a rate the text does not give."""
    if source == target or Kind.MONEY in (kind_of(source), kind_of(target)) or "" in (source, target):
        return None
    if source in unit_factors.UNITS and target in unit_factors.UNITS:  # (pint's answer, written down: no import)
        written = unit_factors.FACTORS.get((source, target))
        return None if written is None else Fraction(written)
    return pint_factor(source, target)


def pint_factor(source: str, target: str) -> Fraction | None:
    """`conversion_factor` as pint reads it (what `unit_factors` writes down), None when pint converts neither way."""
    ureg = registry()
    try:
        magnitude = (1 * ureg.Unit(source)).to(ureg.Unit(target)).magnitude
    except Exception:  # pint's DimensionalityError, or a unit it does not know
        return None
    # pint computes in floats: its factors are decimals ("0.3048"), read back to twelve digits
    return Fraction(format(float(magnitude), ".12g"))
