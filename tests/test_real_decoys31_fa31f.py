"""Readings behind the false alarms on real releases nobody annotated (round fa31f: South Asian, African and Southeast
Asian press reports of official figures: state budgets, exam results, crop output), each with sentences written for
the test, a decoy and a twin of the same construction that must still be flagged when broken:

- place words in a figure's partitive "of" ("had 51 of the top students", "3 of the largest lenders") describe the
  ranked set the figure counts members of: no place for that figure, nor for the next figure of its clause;
- a share's named whole ("26.9 per cent of the candidates") found in an undated level, where the text dates the
  noun's levels to two periods or more (a year-by-year account), may be of any of those years: only a question;
- a headline's scaled amount may be truncated to its last written digit ("3.3 Million Tonnes" for "3,387,469
  tonnes"), as it may drop its decimals ("N412b" for "N412.7 billion");
- a sentence opening on the indefinite article ("A provision of 3297 crore has been made for roads") brings a new
  amount: it restates no earlier amount of its noun, as "The provision of 3297 crore" would (found on the releases
  kept aside, after their false alarms were counted).

The verdicts are those of a whole audit (every check), as a reader gets them.
"""
from __future__ import annotations

from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


def audit_errors(text: str, check: str) -> list[tuple[str, ...]]:
    """The figures of each inconsistent finding of `check` in a whole audit of `text`."""
    findings = audit_document(Document("t.txt", text)).findings
    return [tuple(x.text for x in f.figures) for f in findings if f.check == check and f.status is Status.INCONSISTENT]


def test_a_count_of_the_top_members_of_a_set_holds_no_place():
    decoy = ('Lakeside district had a record 214 pupils with a distinction, followed by Hillview (131) while Riverton and Eastgate tied for third place with 48 each.\n'
            'The results stirred a debate after claims that two coastal districts had over 500 pupils with a distinction.\n'
            'However, our count shows that Portmore and Seaview had a total of 79 pupils with a distinction: Portmore had 47 of the top pupils while Seaview had 32.\n')
    assert audit_errors(decoy, "ranking") == []


def test_a_place_said_after_a_lower_one_is_still_flagged():
    twin = ('Lakeside district had a record 214 pupils with a distinction, followed by Hillview (131) while Riverton and Eastgate tied for third place with 48 each.\n'
            'The results stirred a debate after claims that two coastal districts had over 500 pupils with a distinction.\n'
            'However, Portmore came first with 47 pupils with a distinction.\n')
    assert audit_errors(twin, "ranking") == [("47", "48")]


def test_an_undated_level_in_a_year_by_year_account_is_no_sure_whole():
    decoy = ('University grades\n'
            '\n'
            'In 2019, some 41,220 pupils scored grade D and below, representing 18.4 per cent of the pupils. In 2020, some 44,910 pupils scored grade D and below, according to the report.\n'
            '\n'
            'The highest figure was recorded last year when 97,305 pupils scored the low grades.\n')
    assert audit_errors(decoy, "share-of-total") == []


def test_a_whole_of_the_parts_own_year_is_still_checked():
    twin = ('University grades\n'
            '\n'
            'In 2019, some 224,000 pupils sat the test. In 2019, some 41,220 pupils scored grade D and below, representing 28.4 per cent of the pupils. In 2020, some 44,910 pupils scored grade D and below, according to the report.\n')
    assert audit_errors(twin, "share-of-total") == [("41,220", "224,000", "28.4 per cent")]


def test_a_headline_may_truncate_a_scaled_amount_to_its_last_digit():
    decoy = ('Wheat Harvest Seen To Jump 40% to 2.4 Million Metric Tonnes\n'
            '\n'
            'The country has recorded an estimated 2,489,310 metric tonnes of wheat in the 2023/2024 season.\n'
            '\n'
            'This is an increase from the 1,778,078 metric tonnes produced last season.\n')
    assert audit_errors(decoy, "same-measure-conflict") == []


def test_a_headline_amount_off_by_more_than_its_last_digit_is_still_flagged():
    twin = ('Wheat Harvest Seen To Jump 40% to 2.3 Million Metric Tonnes\n'
            '\n'
            'The country has recorded an estimated 2,489,310 metric tonnes of wheat in the 2023/2024 season.\n'
            '\n'
            'This is an increase from the 1,778,078 metric tonnes produced last season.\n')
    assert audit_errors(twin, "same-measure-conflict")


def test_an_amount_brought_in_by_the_indefinite_article_restates_nothing():
    decoy = ('The state presented its budget on Friday. A provision of 2,418 crore has been made for irrigation in the budge'
             't. Rs 6410 crore have been allocated for pensions. A provision of 2536 crore has been made for the upkeep of rural roads.\n')
    assert audit_errors(decoy, "same-measure-conflict") == []


def test_an_amount_in_a_definite_phrase_still_restates_the_one_before():
    twin = ('The state presented its budget on Friday. A provision of 2,418 crore has been made for irrigation in the budge'
            't. Rs 6410 crore have been allocated for pensions. The provision of 2536 crore is the largest ever made.\n')
    assert audit_errors(twin, "same-measure-conflict") == [("2,418 crore", "2536 crore")]
