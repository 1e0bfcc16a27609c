"""An outcome set against its target, and targets that are no levels (the sentences are written here):
- "brought in Rs 144.92 billion against a target of Rs 148.84 billion" after words that say it fell short (or passed
  it) is at most (at least) the target; lists pair item by item ("A and B, against targets of C and D respectively");
  the last such word before the outcome says it ("Even though revenue as a whole beat the target, VAT still fell
  short"), else the first after it, else a sentence with no figure just before;
- a target is no level a stated series moved from ("Exports rose to $4.1bn against a target of $4.5bn");
- a span of time is no result of a plan ("In the first 11 months ... 93 percent of its annual target");
- an exact target's miss is shown without a tail of zeros."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


@pytest.mark.parametrize("text, outcome, target", [
    ("Even though revenue as a whole beat the target, VAT still fell short. VAT brought in Rs 144.92 billion in the "
     "period against a target of Rs 148.84 billion.", "Rs 144.92 billion", "Rs 148.84 billion"),
    ("Vehicle tax brought in Rs 8.08 billion against a target of Rs 7.16 billion, beating it.",
     "Rs 8.08 billion", "Rs 7.16 billion"),
    ("Education and health tax fell short: collections came to Rs 0.67 billion and Rs 0.8 billion, against targets of "
     "Rs 0.69 billion and Rs 0.92 billion respectively.", "Rs 0.8 billion", "Rs 0.92 billion"),
])
def test_an_outcome_lies_on_the_side_of_its_target_the_words_give(text, outcome, target):
    found = verdicts(text, "comparison")
    assert any(status is Status.CONSISTENT and set(figs) == {outcome, target} for status, figs in found)


@pytest.mark.parametrize("text", [
    "Exports fell short of expectations: they came to $4.8 billion against a target of $4.5 billion.",
    "Customs duty exceeded its target, bringing in Rs 92.1 billion against a target of Rs 94.27 billion.",
])
def test_an_outcome_on_the_wrong_side_is_an_error(text):
    assert errors(text, "comparison")


@pytest.mark.parametrize("text", [
    # no word says which side: nothing asserted
    "Vehicle tax brought in Rs 8.08 billion against a target of Rs 9.16 billion.",
    # a target is no level moved from
    "Exports rose to $4.1bn against a target of $4.5bn.",
    "Exports rose to $4.1bn, against a forecast of $4.5bn.",
])
def test_no_error_where_no_side_is_said(text):
    assert not errors(text, "comparison") and not errors(text, "change-direction")


def test_a_stated_move_from_a_lower_level_is_still_an_error():
    assert errors("Exports rose to $4.1bn against $4.5bn a year earlier.", "change-direction")


def test_a_span_of_time_is_no_result_of_a_plan():
    text = "In the first 11 months of this fiscal year the government has brought in 93 percent of its annual target."
    assert verdicts(text, "percent-of-plan") == []


def test_an_exact_targets_miss_has_no_tail_of_zeros():
    findings = audit_document(Document("t.txt", "Sales were $4.6bn, below the target of $4.5bn.")).findings
    assert findings and "100 million" in findings[0].message and "100.0" not in findings[0].message
