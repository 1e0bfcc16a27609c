"""Six readings that related the wrong figures on texts nobody tuned on (the texts are invented here):

- the span a change is measured over ("m-o-m", "year-on-year"), said between the change and the level it
  reaches, names no measure of that level, and does not stand between a change and its direction word
  ("2.74 per cent m-o-m lower");
- parts told like their whole, a sentence each, end where a part names its level by another noun than the
  whole's, when the first part named it by the whole's own noun (stocks, then production);
- a whole named by one member of a pair (exports) is that member: the pair (exports and imports) cannot
  make it up;
- a table cell boundary ends a change's words: the next cell's "From" is a label's, no base;
- a position word ("ahead of") between two falls in a sentence that names falls ranks the falls' sizes;
- after "by a", one word may judge the amount of a change ("grew by a healthy $1.25 billion")."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.model import Status

RUBBER = ("Natural rubber output fell 3.10 per cent m-o-m to 41,250 tonnes in June from 42,570 tonnes in May. "
          "Latex concentrate output rose 2.15 per cent m-o-m to 9,980 tonnes from 9,770 tonnes.\n\n"
          "Rubber glove exports slipped 4.02 per cent m-o-m to 18,630 tonnes from 19,410 tonnes, while tyre exports "
          "gained 6.50 per cent m-o-m to 7,210 tonnes from 6,770 tonnes.\n")


def test_a_change_span_names_no_measure():
    meaning = meaning_of(RUBBER)
    measures = {f.text: meaning.frames[f.id].head for f in meaning.figures}
    assert "m-o-m" not in measures.values()
    assert not errors(RUBBER, "same-measure-conflict")


@pytest.mark.parametrize("span", ["m-o-m", "year-on-year", "y-o-y", "quarter-on-quarter"])
def test_a_change_span_between_a_change_and_its_direction_word(span):
    text = f"Cocoa grindings were 4.75 per cent {span} lower at 118,300 tonnes from 124,200 tonnes.\n"
    meaning = meaning_of(text)
    change = next(f for f in meaning.figures if f.text == "4.75 per cent")
    assert meaning.frames[change.id].role.value == "relative-change"
    assert verdicts(text, "growth-rate") == [(Status.CONSISTENT, ("118,300 tonnes", "124,200 tonnes", "4.75 per cent"))]


STOCKS = ("Total sugar stocks slipped 0.50 per cent to 3.98 million tonnes in March from 4.00 million tonnes in "
          "February.\n\nRaw sugar stocks fell to 2.41 million tonnes from 2.46 million tonnes. Refined sugar stocks "
          "rose to 1.57 million tonnes from 1.54 million tonnes. Raw sugar production eased to 1.12 million tonnes "
          "from 1.19 million tonnes. Molasses output edged up to 402,000 tonnes from 398,000 tonnes.\n")


def test_parts_end_where_another_noun_begins():
    assert not errors(STOCKS, "sum-of-parts")


def test_parts_named_by_the_whole_noun_still_add_up():
    broken = STOCKS.replace("1.57 million tonnes from", "1.47 million tonnes from")
    # the stocks alone are a list, but nothing says it is every part: no contradiction is claimed
    assert not errors(broken, "sum-of-parts")


EXPORTS = ("Copper cathode exports climbed 9.40 per cent to 1.28 million tonnes in May from 1.17 million tonnes in April."
           "\n\nCopper wire exports rose to 212,400 tonnes from 198,100 tonnes. Copper scrap exports fell to 96,300 tonnes "
           "from 101,700 tonnes. Copper concentrate imports rose to 54,800 tonnes from 49,900 tonnes.\n")


def test_imports_and_exports_do_not_make_up_exports():
    assert not errors(EXPORTS, "sum-of-parts")


def test_a_pair_still_makes_up_a_whole_that_names_neither():
    text = ("Total trade rose to $9.6 billion in May from $9.1 billion in April.\n\nExports rose to $5.1 billion from "
            "$4.8 billion. Imports rose to $4.1 billion from $4.0 billion.\n")
    assert errors(text, "sum-of-parts")


TABLE = ("Services at a glance, May\n\nIndex | May | Apr | Point change | Direction | Trend\n"
         "Business Activity | 54.1 | 52.8 | +1.3 | Growing | From Contracting | 1\n"
         "Prices | 61.0 | 59.4 | +1.6 | Increasing | Faster | 7\n")


def test_a_cell_label_from_is_no_base():
    assert not errors(TABLE, "difference")


def test_a_change_and_its_base_in_prose_still_read():
    text = "Output rose by 1,300 tonnes to 54,700 tonnes from 52,800 tonnes in May.\n"
    assert errors(text, "difference")


FALLS = ("Every fuel sold less than a year before except jet fuel, whose sales climbed 12.4%. The steepest fall was in "
         "heating oil ({a}), ahead of diesel ({b}) and petrol (-1.05%).\n")


def test_falls_ranked_by_size():
    assert not errors(FALLS.format(a="-14.22%", b="-8.61%"), "comparison")


def test_falls_ranked_out_of_order_are_flagged():
    assert errors(FALLS.format(a="-4.22%", b="-8.61%"), "comparison")


def test_signed_levels_without_a_fall_keep_their_order():
    text = "Net migration in the north (-1,200) ran ahead of the south (-3,400) this year.\n"
    assert not errors(text, "comparison")


@pytest.mark.parametrize("judge", ["healthy", "modest", "robust", "whopping"])
def test_a_judged_amount_is_a_change(judge):
    text = (f"Gold holdings grew by a {judge} $2.31 billion to $48.60 billion in the week to March 8, from "
            "$46.29 billion a week earlier.\n")
    meaning = meaning_of(text)
    change = next(f for f in meaning.figures if f.text == "$2.31 billion")
    assert meaning.frames[change.id].role.value == "change"
    assert verdicts(text, "difference")[0][0] is Status.CONSISTENT


def test_by_a_factor_is_no_amount():
    meaning = meaning_of("Output rose by a factor of 3 over the decade.\n")
    assert all(meaning.frames[f.id].role.value != "change" for f in meaning.figures)


SIBLINGS = ("Glove exports slipped 4.02 per cent m-o-m to 18,630 tonnes from 19,410 tonnes. Tyre exports gained 6.50 "
            "per cent m-o-m to 7,210 tonnes from 6,770 tonnes, and hose exports fell 9.00 per cent m-o-m to 1,120 "
            "tonnes from 1,260 tonnes.\n")


def test_kinds_of_one_noun_told_alike_are_siblings_not_parts():
    assert not verdicts(SIBLINGS, "sum-of-parts")
    assert not verdicts(SIBLINGS, "growth-of-parts")


def test_a_span_between_change_and_level_in_two_clauses():
    assert sorted(verdicts(SIBLINGS, "growth-rate")) == sorted([
        (Status.CONSISTENT, ("18,630 tonnes", "19,410 tonnes", "4.02 per cent")),
        (Status.CONSISTENT, ("7,210 tonnes", "6,770 tonnes", "6.50 per cent")),
        (Status.INCONSISTENT, ("1,120 tonnes", "1,260 tonnes", "9.00 per cent"))])


def test_a_whole_the_parts_narrow_further_may_hold_them():
    text = ("Exports rose to 52,400 tonnes in June from 50,100 tonnes in May.\n\nGlove exports rose to 18,630 tonnes "
            "from 17,410 tonnes. Tyre exports fell to 7,210 tonnes from 7,770 tonnes.\n")
    assert verdicts(text, "sum-of-parts")  # (a question: nothing says the list is whole)


@pytest.mark.parametrize("span", ["y/y", "year-on-year", "yoy"])
def test_a_bracketed_change_over_another_span_restates_nothing(span):
    text = (f"Services exports slipped 0.2% ({'+'}2.7% {span}). Travel exports rose 1.5% (4.7% {span}) but exports of "
            f"financial services declined 3.1% (+4.9% {span}).\n")
    assert not errors(text, "same-measure-conflict")


def test_an_amount_in_brackets_in_another_notation_is_still_read():
    text = "The fund grew to Rs 84.26 crore (Rs 852.6 million) by March.\n"
    assert errors(text, "same-measure-conflict")


@pytest.mark.parametrize("text", [
    "The peso ended 12 centavos, or 0.21%, weaker at 57.10 to the dollar.\n",
    "The rand closed 0.21% weaker at 18.40 to the dollar.\n",
    "Card spending was 3.2% stronger than a year ago, at 4,820 million.\n",
])
def test_a_rate_before_weaker_or_stronger_is_a_change(text):
    meaning = meaning_of(text)
    rate = next(f for f in meaning.figures if f.unit == "percent")
    assert meaning.frames[rate.id].role.value == "relative-change"
    assert not verdicts(text, "share-of-total")
