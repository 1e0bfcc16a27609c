"""The miss as a reader computes it, checked against what the text report prints.

Each row is a short report written for this test, the check that should flag it, the
headline and the miss worked out by hand from the figures as written (point values, not
interval ends): computed minus stated, percentages missed by points, money with scale
words, at the stated figure's precision plus one digit; "at least" is the smallest miss
the figures' rounding allows, given only when rounding accounts for more than a tenth of
the miss. The arithmetic is in the comment of each row.
"""
from __future__ import annotations

from io import StringIO

import pytest
from rich.console import Console

from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import AuditResult
from auditor.render import text

CASES = [
    # (report, check, headline, miss row)
    # 2.4 + 1.1 + 0.6 = 4.1 million; 4.6 - 4.1 = 0.5 million = 500,000 (0.5 / 4.6 = 10.9%);
    # parts 3.95 to 4.25, stated 4.55 to 4.65: at least 0.3 million
    ("Grants went to roads (£2.4 million), parks (£1.1 million) and libraries (£0.6 million), a total of £4.6 million.",
     "sum-of-parts", "the three parts add up to 4.10 million GBP, not the £4.6 million stated",
     "off by 500,000 GBP (11% of the stated value), at least 300,000 GBP allowing for rounding"),
    # 30,118 + 12,254 + 9,611 = 51,983; 52,437 - 51,983 = 454 (454 / 52,437 = 0.866%)
    ("The workforce of 52,437 is split into 30,118 in services, 12,254 in industry and 9,611 in farming.",
     "sum-of-parts", "the three parts add up to 51,983, not the 52,437 stated", "off by 454 (0.87% of the stated value)"),
    # 4,318 + 4,197 = 8,515; 9,150 - 8,515 = 635 (6.94%)
    ("Of the 9,150 residents surveyed, 4,318 were women and 4,197 men.",
     "sum-of-parts", "the two parts add up to 8,515, not the 9,150 stated", "off by 635 (6.9% of the stated value)"),
    # 317 + 904 = 1,221; 1,221 - 1,213 = 8 (0.66%)
    ("Among the 1,213 applicants, 317 withdrew and the remaining 904 were interviewed.",
     "sum-of-parts", "the two parts add up to 1,221, not the 1,213 stated", "off by 8 (0.66% of the stated value)"),
    # 6,113 / 8,243 = 74.160%; 78.2 - 74.160 = 4.040 points
    ("Of the 8,243 pupils who sat the exam, 6,113 passed, a pass rate of 78.2 percent.",
     "share-of-total", "6,113 of 8,243 is 74.16%, not the 78.2 percent stated", "off by 4.04 points"),
    # 290,004 / 401,118 = 72.2989%; 75.10 - 72.2989 = 2.8011 points
    ("Of all 401,118 who sat, 290,004 candidates, representing 75.10 per cent, passed mathematics.",
     "share-of-total", "290,004 of 401,118 is 72.299%, not the 75.10 per cent stated", "off by 2.801 points"),
    # (41.3 - 36.2) / 36.2 = 14.088%; 18 - 14.088 = 3.91 points; the most growth rounding allows,
    # (41.35 - 36.15) / 36.15 = 14.38%, is 17.5 - 14.38 = 3.12 points short
    ("Operating profit grew 18 percent to $41.3 million, compared with $36.2 million last year.",
     "growth-rate", "18 percent growth, but $36.2 million to $41.3 million is 14.1%",
     "off by 3.9 points, at least 3.1 points allowing for rounding"),
    # (9,483 - 8,017) / 8,017 = 18.286%; 25 - 18.286 = 6.71 points
    ("The council made 9,483 arrests in 2024, a 25% increase from the 8,017 arrests of 2023.",
     "growth-rate", "25% growth, but 8,017 to 9,483 is 18.3%", "off by 6.7 points"),
    # (30.8 - 25.4) / 30.8 = 17.53%; 17.53 - 12 = 5.53; least fall (30.75 - 25.45) / 30.75 = 17.24%, 17.24 - 12.5 = 4.74
    ("Operating profit fell 12 percent to $25.4 million, compared with $30.8 million last year.",
     "growth-rate", "12 percent fall, but $30.8 million to $25.4 million is 17.5%",
     "off by 5.5 points, at least 4.7 points allowing for rounding"),
    # (34.6 - 32.9) / 32.9 = 5.167%; 7.5 - 5.167 = 2.333; most growth (34.65 - 32.85) / 32.85 = 5.479%, 7.45 - 5.479 = 1.971
    ("Exports grew 7.5% to $34.6 billion from $32.9 billion a year earlier.",
     "growth-rate", "7.5% growth, but $32.9 billion to $34.6 billion is 5.17%",
     "off by 2.33 points, at least 1.97 points allowing for rounding"),
    # (61,427 - 55,812) / 55,812 = 10.0606%; 10.0606 - 4.2 = 5.8606
    ("Imports reached 61,427 tonnes in 2024, up 4.2% from 55,812 tonnes in 2023.",
     "growth-rate", "4.2% growth, but 55,812 tonnes to 61,427 tonnes is 10.06%", "off by 5.86 points"),
    # 15.62 - 13.07 = 2.55 million; 2.55 - 2.3 = 0.25 million (10.9%); 2.54 to 2.56 against 2.25 to 2.35: 0.19 million
    ("Self-employed workers rose by 2.3 million to 15.62 million from 13.07 million.",
     "difference", "15.62 million - 13.07 million is 2,550,000, not the 2.3 million stated",
     "off by 250,000 (11% of the stated value), at least 190,000 allowing for rounding"),
    # 58.3 - 57.9 = 0.4 points; 0.7 - 0.4 = 0.3; 0.30 to 0.50 against 0.65 to 0.75: 0.15
    ("The participation rate fell 0.7 points to 57.9% from 58.3%.",
     "difference", "58.3% - 57.9% is 0.40 points, not the 0.7 points stated",
     "off by 0.30 points, at least 0.15 points allowing for rounding"),
    # 52,317 - 47,691 = 4,626; 4,822 - 4,626 = 196 (4.06%)
    ("Women accounted for 52,317 of the applicants and men for 47,691. In all, women outnumber men by 4,822.",
     "difference", "52,317 - 47,691 is 4,626, not the 4,822 stated", "off by 196 (4.1% of the stated value)"),
    # 7.3 - 6.2 = 1.1 million; 1.5 - 1.1 = 0.4 million (26.7%); 1.0 to 1.2 against 1.45 to 1.55: 0.25 million
    ("Within the plan, salary costs were 1.5 million lower than pension costs. Salary costs reached 6.2 million, "
     "against 7.3 million for pension costs.",
     "difference", "7.3 million - 6.2 million is 1,100,000, not the 1.5 million stated",
     "off by 400,000 (27% of the stated value), at least 250,000 allowing for rounding"),
    # (27.5 - 27.2) / 27.2 = 1.103%; 1.103 - 0.6 = 0.503; least (27.45 - 27.25) / 27.25 = 0.734%, 0.734 - 0.65 = 0.084
    ("The jobless rate was 27.5% in the third quarter. That amounts to a 0.6% rise from 27.2% in the second quarter.",
     "difference", "0.6% growth, but 27.2% to 27.5% is 1.10%", "off by 0.50 points, at least 0.08 points allowing for rounding"),
    # 18,523 and 18,253: 270 apart (270 / 18,253 = 1.48%)
    ("In 2023 the club sold 18,523 season tickets.\n\nBy the end of 2023 the club had sold 18,253 season tickets.",
     "same-measure-conflict", "season tickets (2023): 18,523 here, but 18,253 elsewhere", "off by 270 (1.5% of the stated value)"),
    # 84,600 / 61,300 = 1.3801; 1.52 - 1.3801 = 0.1399 (9.2%)
    ("In the city, 84,600 vacancies were posted and 61,300 job-seekers registered, a ratio of 1.52.",
     "ratio", "84,600 / 61,300 is 1.380, not the 1.52 stated", "off by 0.140 (9.2% of the stated value)"),
    # 5.3 - 4.1 = 1.2 billion (1.2 / 4.1 = 29.3%)
    ("Spending reached 4.1 billion yuan, of which 5.3 billion yuan went on wages.",
     "part-exceeds-whole", "5.3 billion yuan is given as part of 4.1 billion yuan, but is larger",
     "off by 1.20 billion CNY (29% of the stated value)"),
    # 15.6 - 8.6 = 7.0 points
    ("The operating margin was 8.6%, higher than the 15.6% of a year earlier.",
     "comparison", "8.6% is not more than 15.6%", "off by 7.00 points"),
    # 430,500 / 402,000 = 107.09%; 110 - 107.09 = 2.91; a target is exact (its zeros were set, not rounded):
    # most 430,550 / 402,000 = 107.102%, 109.5 - 107.102 = 2.398
    ("The annual target was 402,000 new jobs. The city created 430,500 new jobs, 110 percent of the annual target.",
     "percent-of-plan", "430,500 of 402,000 is 107.1%, not the 110 percent stated",
     "off by 2.9 points, at least 2.4 points allowing for rounding"),
    # 151 + 88 + 67 = 306; 319 - 306 = 13 (4.08%)
    ("| District | Households |\n|---|---|\n| Central | 151 |\n| Harbour | 88 |\n| Hillside | 67 |\n| Total | 319 |",
     "table-arithmetic", "the three parts add up to 306, not the 319 stated", "off by 13 (4.1% of the stated value)"),
    # 11,263 / 12,800 = 87.992%; 87.992 - 81.5 = 6.492
    ("| Indicator | Target | Achieved | % of target |\n|---|---|---|---|\n| Latrines built | 12,800 | 11,263 | 81.5% |",
     "table-arithmetic", "11,263 of 12,800 is 87.99%, not the 81.5% stated", "off by 6.49 points"),
    # 987 / 305,512 * 10,000 = 32.3064; 34.9 - 32.3064 = 2.5936 (7.43%)
    ("| District | Nurses | Residents | Nurses per 10,000 |\n|---|---|---|---|\n| Hillcrest | 987 | 305,512 | 34.9 |",
     "table-arithmetic", "987 / 305,512 * 10,000 is 32.31, not the 34.9 stated", "off by 2.59 (7.4% of the stated value)"),
    # the table's 17,342 against the text's 17,432: 90 (90 / 17,432 = 0.52%)
    ("| Club | 2023 | 2024 |\n|---|---|---|\n| Season tickets | 17,342 | 19,411 |\n\n"
     "In 2023 the club sold season tickets numbering 17,432.",
     "table-vs-text", "17,342 here, but 17,432 elsewhere", "off by 90 (0.52% of the stated value)"),
    # 16,100 / (11,367,000 + 16,100) = 0.1414%; 1.9 - 0.1414 = 1.7586
    ("Employment fell by 16,100 (1.9%) to 11,367,000.",
     "change-with-rate", "16,100 / (11,367,000 + 16,100) is 0.14%, not the 1.9% stated", "off by 1.76 points"),
    # "rose" from 2.41 to 2.34 million: 70,000 the wrong way (2.9%); 2.345 against 2.405 at the closest: 60,000
    ("The number of jobless people rose to 2.34 million from 2.41 million.",
     "change-direction", "2.34 million is not more than 2.41 million",
     "off by 70,000 (2.9% of the stated value), at least 60,000 allowing for rounding"),
    # 55,000 pledged, 47,300 trained: 7,700 short (14%)
    ("The ministry pledged to train at least 55,000 workers, and said the pledge was met, with 47,300 workers trained.",
     "promise-vs-result", "47,300 is not at least 55,000", "off by 7,700 (14% of the stated value)"),
    # 84.0 overall, groups 78.4 and 80.2: 84.0 - 80.2 = 3.8 points outside
    ("The pass rate was 84.0% overall. Among boys it reached 78.4% and among girls 80.2%.",
     "total-between-groups", "84.0% overall is not between 78.4% and 80.2%, the figures of its groups", "off by 3.80 points"),
    # 5.2 overall, groups 5.7 and 5.4: 5.4 - 5.2 = 0.2 points outside
    ("The unemployment rate went up 0.1 pts to 5.2%. For males the rate went up 0.2 pts to 5.7%, and for females "
     "0.1 pts to 5.4%.",
     "total-between-groups", "5.2% overall is not between 5.7% and 5.4%, the figures of its groups", "off by 0.20 points"),
    # 25.7 / 48.3 = 53.209%; 58.1 - 53.209 = 4.891
    ("In April 2025 the participation rate fell to 58.1%, with a working-age population of 48.3 million and a labour "
     "force of 25.7 million.",
     "defined-measure", "25.7 million of 48.3 million is 53.21%, not the 58.1% stated", "off by 4.89 points"),
    # "next come utilities at 4.1%, then retail at 4.8%": 4.8 - 4.1 = 0.7; 4.15 against 4.75: 0.6
    ("Of the sectors, mining posted the strongest output growth (6.5%, after 7.0% in March).\n"
     "Next come utilities at 4.1%, then retail at 4.8%, and finally construction at 1.2%.",
     "ranking", "4.1% is not at least 4.8%", "off by 0.70 points, at least 0.60 points allowing for rounding"),
]


def _printed(report: str) -> str:
    out = StringIO()
    result = AuditResult((audit_document(Document("t.md", report + "\n")),))
    text.render(result, Console(file=out, width=400, color_system=None, highlight=False))
    return out.getvalue()


def test_the_table_covers_thirty_findings_across_the_checks():
    assert len(CASES) >= 30
    assert len({check for _, check, _, _ in CASES}) >= 15


@pytest.mark.parametrize("report, check, headline, miss", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_the_text_report_prints_the_miss_a_reader_computes(report, check, headline, miss):
    printed = _printed(report)
    blocks = [block for block in printed.split("\n\n") if f" {check}" in block.split("\n")[0]]
    assert blocks, printed
    block = next((b for b in blocks if headline in b), None)
    assert block is not None, printed
    rows = {line[2:16].strip(): line[16:] for line in block.splitlines() if line.startswith("  ") and line[2:3] != " "}
    assert rows.get("miss") == miss, block


# -- the miss is exact: computed minus stated, rounded half up only at the end -------------

from decimal import ROUND_HALF_UP, Decimal, localcontext  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from auditor import expr  # noqa: E402
from auditor.engine import decide  # noqa: E402
from auditor.model import Figure, Kind, Relation, Span  # noqa: E402


def _figure(name: str, value: Decimal, unit: str = "", kind: Kind = Kind.COUNT) -> Figure:
    text = f"{value:,}" + ("%" if unit == "percent" else "")
    step = Decimal(1).scaleb(value.as_tuple().exponent) / 2
    low, high = (value, value) if kind is Kind.COUNT else (value - step, value + step)
    return Figure(name, text, Span(0, 1, 1, 1), value, low, high, unit, kind)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 10**7), min_size=2, max_size=5), st.integers(1, 5 * 10**7))
def test_the_miss_of_a_sum_is_the_exact_difference(parts, whole):
    figures = {f"p{i}": _figure(f"F{i}", Decimal(v)) for i, v in enumerate(parts)}
    figures["whole"] = _figure("W", Decimal(whole))
    finding = decide(Relation("sum-of-parts", expr.parse(" + ".join(list(figures)[:-1]) + " == whole"), figures, "sum"))
    if sum(parts) == whole:
        assert finding.miss is None
        return
    assert finding.miss.amount == Decimal(sum(parts) - whole)
    assert finding.miss.text.startswith(f"{abs(sum(parts) - whole):,} (")
    assert finding.headline.endswith(f"add up to {sum(parts):,}, not the {whole:,} stated")


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**6), st.integers(1, 10**6), st.integers(0, 1000), st.integers(0, 2))
def test_the_miss_of_a_share_is_in_points_at_one_digit_past_the_stated_precision(part, whole, tenths, places):
    stated = Decimal(tenths).scaleb(-places)  # 0 to 1000 with 0, 1 or 2 decimals
    figures = {"part": _figure("A", Decimal(part)), "whole": _figure("B", Decimal(whole)),
               "share": _figure("S", stated, "percent", Kind.PERCENT)}
    finding = decide(Relation("share-of-total", expr.parse("part / whole == share"), figures, "share"))
    if finding.miss is None:
        return
    with localcontext() as ctx:
        ctx.prec = 60
        exact = Decimal(part) * 100 / Decimal(whole) - stated
        expected = exact.quantize(Decimal(1).scaleb(-places - 1), rounding=ROUND_HALF_UP)
    assert finding.miss.amount == expected
    assert finding.miss.unit == "points"
    assert finding.miss.text == f"{abs(expected):,f} points"
