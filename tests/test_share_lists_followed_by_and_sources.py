"""Shares of one whole in two more list grammars: a ranking whose first share follows the whole's name ("the
largest share of hospital admissions, 41%, followed by the coast with 23% and the lakes with 18%"), and a share of
a named whole, then "with" the shares of other sources each named by where it came from ("Grants made up 38% of
total funding, with 27% coming from members, 19% from events and 9% from investments"). Together no more than
all of the whole."""
from __future__ import annotations

from _reading import errors, verdicts

from auditor.model import Status

CHECK = "share-of-total"


def _sums(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, figures) for status, figures in verdicts(text, CHECK) if len(figures) >= 3]


def test_a_ranking_followed_by_others_with_their_shares():
    text = ("The capital region accounts for the largest share of hospital admissions, 41%, followed by the coast "
            "with 23% and the lakes with 18%.")
    assert (Status.CONSISTENT, ("41%", "23%", "18%")) in _sums(text)


def test_a_ranking_whose_shares_pass_the_whole_is_a_question():
    # the later members' shares are tied to the whole less closely than a list under "of": only a question
    text = ("The capital region accounts for the largest share of hospital admissions, 61%, followed by the coast "
            "with 33% and the lakes with 18%.")
    assert (Status.UNDETERMINED, ("61%", "33%", "18%")) in _sums(text)


def test_a_ranking_list_leaves_each_pair_to_the_ranking():
    # the sum over the list does not hide the order the words give each pair
    text = ("The capital region accounts for the largest share of hospital admissions, 41%, followed by the coast "
            "with 23% and the lakes with 28%.")
    assert errors(text, "ranking")


def test_shares_of_other_sources_after_with():
    text = ("Grants made up 38% of total funding, with 27% coming from members, 19% from events and "
            "9% from investments.")
    assert (Status.CONSISTENT, ("38%", "27%", "19%", "9%")) in _sums(text)


def test_shares_of_other_sources_that_pass_the_whole():
    text = ("Grants made up 48% of total funding, with 37% coming from members, 19% from events and "
            "9% from investments.")
    assert ("48%", "37%", "19%", "9%") in errors(text, CHECK)


def test_rates_of_change_after_with_are_no_shares():
    # each figure is a rise of its own, not a share of the funding
    text = ("Grants made up 48% of total funding, with members' fees up 37% from last year, events up 19% "
            "and investments up 29%.")
    assert not errors(text, CHECK)


def test_shares_each_of_its_own_whole_after_with():
    # 64% of the region's farms and 58% of its shops: each share names a whole of its own
    text = "Floods hit 64% of the region's farms, with 58% of its shops and 47% of its schools also closed."
    assert not errors(text, CHECK)


def test_sources_that_make_up_a_whole_on_their_own_split_it_another_way():
    # 60 + 25 + 15 = 100: the regions split all sales (or all online sales), not the rest beside online sales
    text = ("Online sales made up 30% of total sales, with 60% coming from Europe, 25% from Asia and "
            "15% from the United States.")
    assert not errors(text, CHECK)
