"""Readings behind the false alarms left on real releases nobody annotated (round fa32b: newsroom copy, company
results, annual reports of public bodies), each with sentences written for the test, a decoy and a twin of the same
construction that must still be read (or flagged when broken):

- a figure, then a bracket whose items are labelled by times ("(3Q 2021: GEL 44.0 million; 2Q 2022: ...)"): the same
  measure at other times, told for comparison, no breakdown of it (labels that are groups still make one);
- "increased by GEL 14.2 million, or 12.5%": a change and its rate even when a currency code the figure does not
  absorb stands between "by" and the amount, so the rate is no share of the level reached;
- "W, including X, and P": an aside after "including" that names no amount and that the next ", and" closes leaves P
  a peer of W, not its part;
- a share's whole is told before it, in its sentence or the next: a level told sentences later is a guess at "the
  total", a question when it fails, never an error;
- a run of sentences after a total: a part its own sentence calls a total ("of total service revenues") is split
  further, so the levels after it are no peers of it; and groups that leave nobody out ("voice", "non-voice") make
  the parts exhaustive only when they label the parts read.

The verdicts are those of a whole audit (every check), as a reader gets them.
"""
from __future__ import annotations

from _reading import whole_audit_errors as _errors, whole_audit_verdicts as _verdicts
from auditor.model import Status


def test_a_bracket_of_values_labelled_by_times_is_no_breakdown():
    decoy = "Reported net profit was GEL 41.2 million (3Q 2021: GEL 44.0 million; 2Q 2022: GEL 39.5 million)."
    assert _errors(decoy) == []


def test_a_bracket_labelled_by_groups_is_still_a_breakdown():
    twin = "Active clients numbered 41,200 (retail: 44,010; business: 9,500)."
    assert _errors(twin) == [("part-exceeds-whole", ("44,010", "9,500", "41,200"))]


def test_a_change_with_a_currency_code_before_its_amount_is_no_share_of_the_level():
    decoy = "Fee income increased by GEL 14.2 million, or 12.5% y-o-y, to GEL 127.8 million."
    assert _errors(decoy) == []


def test_a_share_with_a_currency_code_is_still_a_share():
    twin = "Fee income was GEL 127.8 million, of which GEL 14.2 million, or 16.5%, came from cards."
    assert _errors(twin) == [("share-of-total", ("14.2 million", "127.8 million", "16.5%"))]


def test_an_including_aside_closed_by_a_comma_and_leaves_the_next_figure_a_peer():
    decoy = "The utility served 318,400 homes, including farms, and 412,900 business premises."
    assert _errors(decoy) == []


def test_a_figure_the_including_cue_opens_on_is_still_a_part():
    for twin in ("The utility served 318,400 homes, including 412,900 flats.",
                 "The utility served 318,400 homes, including farms and 412,900 flats."):
        assert _errors(twin) == [("part-exceeds-whole", ("412,900", "318,400"))]


def test_a_level_told_sentences_after_a_share_is_no_sure_whole_of_it():
    decoy = ("Small business clients grew to 12,480 (6% of the total) during the year. Branch visits fell sharply. "
             "The app was relaunched in May. Staff numbers were stable. Separately, the regulator counted 310,200 "
             "card accounts in arrears.")
    assert [status for check, status, _ in _verdicts(decoy) if check == "share-of-total"] == [Status.UNDETERMINED]


def test_a_whole_told_before_the_share_is_still_its_whole():
    twin = ("The bank had 310,200 clients at the end of the year. "
            "Small business clients grew to 12,480 (6% of the total).")
    assert _errors(twin) == [("share-of-total", ("12,480", "310,200", "6%"))]


def test_a_part_its_sentence_calls_a_total_is_split_by_the_sentences_after_it():
    decoy = ("Overall revenue rose 9 per cent to KSh 88.0 billion. Service revenues climbed to KSh 84.1 billion, with "
             "calls making up 58 per cent of total service revenues. Data revenues grew to KSh 12.2 billion. Money "
             "transfer revenues rose to KSh 20.5 billion.")
    assert _errors(decoy) == []


def test_peers_after_a_total_that_outgrow_it_are_still_flagged():
    twin = ("Overall revenue rose 9 per cent to KSh 88.0 billion. Service revenues climbed to KSh 64.1 billion. "
            "Data revenues grew to KSh 12.2 billion. Money transfer revenues rose to KSh 20.5 billion.")
    assert _errors(twin) == [("part-exceeds-whole",
                              ("KSh 64.1 billion", "KSh 12.2 billion", "KSh 20.5 billion", "KSh 88.0 billion"))]


def test_groups_that_leave_nobody_out_must_label_the_parts_read():
    decoy = ("Overall revenue rose to KSh 88.0 billion. Service revenues climbed to KSh 40.1 billion, with voice up "
             "12 per cent and non-voice up 28 per cent. Data revenues grew to KSh 12.2 billion.")
    assert _errors(decoy) == []


def test_parts_labelled_by_a_group_and_its_negation_still_make_up_the_total():
    twin = ("Total sales reached EUR 8.4 billion. Domestic sales came to EUR 5.1 billion. "
            "Non-domestic sales came to EUR 2.9 billion.")
    assert _errors(twin) == [("sum-of-parts", ("EUR 5.1 billion", "EUR 2.9 billion", "EUR 8.4 billion"))]


def test_a_turnout_told_sentences_after_the_share_is_still_its_whole():
    twin = ("The board said 12,480 candidates passed, a pass rate of 66 per cent. Results were released on Monday. "
            "Girls outperformed boys in most subjects. In all, 20,110 candidates sat the examination.")
    assert _errors(twin) == [("share-of-total", ("12,480", "20,110", "66 per cent"))]
