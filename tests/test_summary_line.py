"""A summary line of labelled figures ("In short - Registered voters: 4.2m | Turnout: 61.4%") restates
the one earlier figure each label names in its own clause (grammar.links summary_restatements). The
texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

BODY = ("The commission says the number of registered voters now stands at 4.2m.\n\n"
        "The register is split into 2 lists: (a) town voters and (b) village voters.\n\n"
        "On polling day the turnout came to 61.4%.\n\n")


@pytest.mark.parametrize("summary", [
    "In short - Registered voters: 4.2m | Turnout: 61.4%",
    "In summary: registered voters: 4.2m; turnout: 61.4%",
])
def test_a_summary_restating_the_body_checks_out(summary):
    found = verdicts(BODY + summary + "\n", "same-measure-conflict")
    assert len(found) == 2 and all(s is Status.CONSISTENT for s, _ in found)


@pytest.mark.parametrize("summary", [
    "In short - Registered voters: 5.2m | Turnout: 61.4%",
    "In summary: registered voters: 4.2m; turnout: 67.4%",
])
def test_a_summary_that_restates_another_value_is_an_error(summary):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(BODY + summary + "\n", "same-measure-conflict")]


def test_a_label_names_no_count_of_another_noun():
    # "2 lists" counts lists, not voters; a line with no summary cue restates nothing
    text = BODY + "In short - Lists: 3\n"
    assert all(link.first.text != "2" for link in meaning_of(text).same_as)
    text = BODY + "Registered voters: 5.2m | Turnout: 61.4%\n"
    assert not any(link.grammar.startswith("a summary line") for link in meaning_of(text).same_as)
