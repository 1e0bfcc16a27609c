"""Readings behind the false alarms left on real texts nobody annotated (round fa32c: humanitarian situation reports,
sports business, health and trial news, local papers on jobs, schools and council tax), each with sentences written
for the test, a decoy and a twin of the same construction that must still be read (or flagged when broken):
- the noun a count counts may follow a word or two that modify it ("240 confirmed infections ... from the 18,300
  enrolled volunteers"): two counts of different nouns are no new and old level of one move, so a change after
  them ("an additional 57 infections") is measured from a level the text leaves unsaid;
- a share, or its part, followed by a partitive pronoun ("(94%) of these") is of the nearest level before it that
  can hold the part, even a part told with its own share: one breakdown nested in another, not a second share of
  the whole the sentence opened on;
- a hedged figure in the lead ("About 71 nurses were already hired") and a body figure the lead states exactly in
  a figure of its own ("64 new nurses" ... "the 64 new nurses"): the body restates that figure, not the hedge.
The verdicts are those of a whole audit (every check), as a reader gets them.
"""
from __future__ import annotations

import pytest

from _reading import whole_audit_errors as _errors, whole_audit_verdicts as _verdicts
from auditor.model import Status


# --- the noun a count counts, past the words that modify it -----------------------------------------------------------

def test_an_origin_counting_another_modified_noun_is_no_earlier_level():
    decoy = ("The final analysis drew on 240 confirmed infections from the 18,300 enrolled volunteers, "
             "an additional 57 infections to the earlier interim count.")
    assert _errors(decoy) == []


def test_an_origin_with_a_plain_modifier_before_each_noun_is_no_earlier_level():
    decoy = "The fair drew 3,400 paying visitors from the 96 member towns, an additional 410 visitors."
    assert _errors(decoy) == []


def test_levels_of_one_modified_noun_are_still_a_move():
    twin = "The clinic saw 240 new patients, up from 193 new patients a year ago, an additional 57 patients."
    assert ("difference", ("240", "193", "57")) in _errors(twin)


def test_levels_of_one_modified_noun_that_agree_are_consistent():
    twin = "The clinic saw 240 new patients, up from 183 new patients a year ago, an additional 57 patients."
    assert _errors(twin) == []
    assert ("difference", Status.CONSISTENT, ("240", "183", "57")) in _verdicts(twin)


# --- a partitive pronoun after a share names a nested whole ----------------------------------------------------------

_NESTED = ("Of the 52,480 samples screened, 31,216 ({first}) were sequenced; 29,340 ({second}) of these carried the "
           "common variant, and 1,876 ({third}) carried the rare one.")


def test_a_share_of_these_is_of_the_part_told_just_before():
    decoy = _NESTED.format(first="59%", second="94%", third="6%")
    assert _errors(decoy) == []
    assert ("share-of-total", Status.CONSISTENT, ("29,340", "31,216", "94%")) in [
        (check, status, figures[:3]) for check, status, figures in _verdicts(decoy)]


@pytest.mark.xfail(strict=True, reason="the link that pairs a share said 'of these' with the nearest larger level before "
                   "it (links.part_shares) added a false alarm on an untouched real half, so it was dropped; the share "
                   "check still keeps such a share from the sentence's opening whole (the decoy above)")
def test_a_broken_share_of_these_is_flagged_against_the_part_before():
    twin = _NESTED.format(first="59%", second="88%", third="6%")
    assert ("share-of-total", ("29,340", "31,216", "88%")) in _errors(twin)


def test_a_share_without_a_pronoun_keeps_the_opening_whole():
    # no "of these": the second share is read against the whole the sentence opens on, as before
    twin = ("Of the 52,480 samples screened, 31,216 (59%) were sequenced and 29,340 (94%) carried the "
            "common variant.")
    assert ("share-of-total", ("29,340", "52,480", "94%")) in _errors(twin)


# --- a body figure the lead states exactly restates that figure, not the hedge beside it -----------------------------

_LEAD = ("The health board has approved a spending plan that calls for more nurses because of rising admissions.\n\n"
         "The board approved a $212 million budget Tuesday that allocates funds for 64 new nurses for the roughly 700 "
         "extra patients admitted this year. About 71 nurses were already hired over the winter, officials said.\n\n")


def test_a_body_figure_the_lead_states_exactly_is_no_restated_hedge():
    decoy = _LEAD + ("And though cutting posts last year saved the board about $9 million, an official said the 64 new "
                     "nurses are estimated to cost $3.9 million.")
    assert _errors(decoy) == []


def test_a_hedge_in_the_lead_against_another_body_figure_is_still_flagged():
    twin = ("The health board has approved a spending plan that calls for more nurses because of rising admissions.\n\n"
            "The board approved a $212 million budget Tuesday. About 71 nurses were already hired over the winter, "
            "officials said.\n\nAn official said the 64 nurses hired over the winter cost $3.9 million.")
    assert ("same-measure-conflict", ("71", "64")) in _errors(twin)
