"""A bare fraction in words ("a third", "half", "three-quarters"; no hedge, not "one in N") is at least as fine as a
whole percentage: it stands for any share within half a percentage point of it (relations.as_a_bare_fraction_reads),
both as a share beside it ("three-quarters (75.1%)") and as the ratio of a part to its whole ("a third of the 2,162
places, 722"). Beyond that half point a ratio stated by the syntax is still an error and a share only likely. The
sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

WITHIN_A_POINT = [
    ("A third of the 2,162 places on the course, 722, were filled by March.", "ratio", ("A third", "722", "2,162")),
    ("Half of the 2,162 places were taken up, 1,075 in all.", "ratio", ("Half", "1,075", "2,162")),
    ("Of the 2,162 places on offer, 1,624 (three-quarters) were filled.", "comparison", ("1,624", "2,162", "three-quarters")),
    ("Half of the respondents (49.6%) said they would vote.", "comparison", ("49.6%", "Half")),
]


@pytest.mark.parametrize("text, check, figures", WITHIN_A_POINT)
def test_a_bare_fraction_holds_within_half_a_point(text, check, figures):
    found = verdicts(text, check)
    assert any(status is Status.CONSISTENT and set(figures) <= set(shown) for status, shown in found), found
    assert errors(text, check) == []


@pytest.mark.parametrize("text, check, old, new", [
    (WITHIN_A_POINT[0][0], "ratio", "722", "610"),
    (WITHIN_A_POINT[1][0], "ratio", "1,075", "1,624"),
])
def test_a_ratio_the_syntax_states_is_still_an_error_beyond_the_point(text, check, old, new):
    assert errors(text.replace(old, new), check)


@pytest.mark.parametrize("text", [
    "Two-thirds of the staff (64%) work part-time.",
    "Half of the respondents (48.1%) said they would vote.",
])
def test_a_bare_fraction_beyond_half_a_point_is_no_agreement(text):
    found = verdicts(text, "comparison")
    assert found and all(status is not Status.CONSISTENT for status, _ in found)
    assert errors(text, "comparison") == []


def test_the_headline_of_a_share_against_its_fraction_names_no_other_place():
    """A share and the fraction it is given as stand in one sentence: the headline says the share does not round to
    the fraction, not that one figure is "here" and the other "elsewhere"."""
    from auditor.audit import audit_document
    from auditor.document import Document

    findings = audit_document(Document("t.txt", "Two-thirds of the staff (64%) work part-time."), checks=["comparison"]).findings
    assert findings
    assert all("elsewhere" not in f.headline and "does not round to" in f.headline for f in findings)
