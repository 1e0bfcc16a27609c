"""A percentage level (a share, a rate) stated again in another sentence under another shape of its name:
"an average cancellation rate of 3.4% in May 2024" ... "In May 2024 cancellations averaged 3.4 percent".

The restatement is looked up the way a level's is (`same-measure-conflict`, the levels stated again): an
earlier figure of the same unit and period (or none), in another sentence, whose measure or clause holds the
head of the later one's name. Words alone tie the two, so the pair is evidence only: reported when the values
meet, never flagged. Decoys: the same unit and value for another measure, another period, another place.
"""
from __future__ import annotations

from _reading import verdicts

from auditor.model import Status

CHECK = "same-measure-conflict"


def test_a_rate_restated_by_the_plural_of_its_noun_is_paired():
    text = ("Flights dropped by the carrier gave an average cancellation rate of 3.4% in May 2024, the regulator "
            "said. Passengers complained loudly. In May 2024 cancellations averaged 3.4 percent across the network.")
    assert verdicts(text, CHECK) == [(Status.CONSISTENT, ("3.4%", "3.4 percent"))]


def test_a_share_restated_with_its_head_word_is_paired():
    text = ("The harbour board put the container share of its cargo at 41.8% in 2023. Bulk volumes were flat. "
            "Containers made up 41.8 percent of the tonnage handled in 2023, its annual report adds.")
    assert (Status.CONSISTENT, ("41.8%", "41.8 percent")) in verdicts(text, CHECK)


def test_another_measure_with_the_same_value_is_not_paired():
    text = ("Flights dropped by the carrier gave an average cancellation rate of 3.4% in May 2024, the regulator "
            "said. Passengers complained loudly. In May 2024 delays averaged 3.4 percent across the network.")
    assert verdicts(text, CHECK) == []


def test_another_period_with_the_same_value_is_not_paired():
    text = ("Flights dropped by the carrier gave an average cancellation rate of 3.4% in May 2024, the regulator "
            "said. Passengers complained loudly. In June 2024 cancellations averaged 3.4 percent across the network.")
    assert verdicts(text, CHECK) == []


def test_two_values_of_one_rate_are_not_flagged_by_this_reading():
    # another value is another figure of the name, as far as the words go: no error
    text = ("Flights dropped by the carrier gave an average cancellation rate of 3.4% in May 2024, the regulator "
            "said. Passengers complained loudly. In May 2024 cancellations averaged 4.3 percent across the network.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text, CHECK))

