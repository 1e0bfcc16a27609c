"""Shares whose part and whole stand in other sentences (grammar.named_levels): a part named by a word that, set
before the whole's noun, names a level of its own ("Online purchases made up 11.0% of all retail sales" ... "Online
retail sales amounted to 9.3 billion rand"); a subject's market share, of the level its sentence gives "of the total"
and that total; and "N of the total" as no whole of the parts after it. Written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

SHARE = "share-of-total"
PART = "part-exceeds-whole"

RETAIL = "Total retail sales in the province reached 84.6 billion rand in 2023.\n\n"


@pytest.mark.parametrize("text, status", [
    (RETAIL + "Online retail sales amounted to 9.3 billion rand in 2023. Online purchases made up 11.0% of all retail "
     "sales in 2023.", Status.CONSISTENT),
    (RETAIL + "Online retail sales amounted to 9.3 billion rand in 2023. Online purchases made up 13.0% of all retail "
     "sales in 2023.", Status.INCONSISTENT),
    # the part's paragraph dates the share
    ("Mobile phone subscriptions reached 52.4 million at the end of 2018.\n\nPostpaid mobile subscriptions were 4.5 "
     "million at the end of 2018. Postpaid lines made up 6.6% of all mobile phone subscriptions.", Status.INCONSISTENT),
    # a figure of another unit in the share's sentence is no part of it
    ("Trade book sales were $14.80 billion in 2022.\n\nTrade audiobook sales climbed to $1.62 billion in 2022. "
     "Audiobooks accounted for 13.5% of all trade book sales in 2022, and audiobook unit sales rose 9% to 48 million "
     "units.", Status.INCONSISTENT),
])
def test_a_part_named_by_a_word_before_the_wholes_noun(text, status):
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


@pytest.mark.parametrize("text", [
    # the part's level is of another year
    "Cereal production totalled 8.2 million tonnes in 2021.\n\nMaize production was 3.1 million tonnes in 2020. "
    "Maize made up 40.1% of all cereal production in 2021.",
    # two levels could be the part: which one?
    RETAIL + "Online retail sales amounted to 9.3 billion rand in 2023. Online food retail sales came to 2.1 billion "
    "rand in 2023. Online purchases made up 13.0% of all retail sales in 2023.",
    # a level of the part's unit in the share's sentence may be its part: read there, not by the names
    RETAIL + "Online retail sales amounted to 9.3 billion rand in 2023. Online purchases made up 13.0% of all retail "
    "sales in 2023, and rural stores sold 2.0 billion rand.",
])
def test_no_sure_part_named_by_a_word_is_read(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]


CINEMA = ("Revenue of the national cinema industry rose 12% to 6.40 billion pesos in the first half of 2024.\n\n"
          "Domestic films earned 2.90 billion pesos of the total, and imported films 3.10 billion pesos.\n\n")


@pytest.mark.parametrize("text, found", [
    (CINEMA + "Domestic films' market share rose to 45.3% in the first half of 2024.",
     [(Status.CONSISTENT, ("2.90 billion pesos", "45.3%", "6.40 billion pesos"))]),
    # a market share may be of another measure: a miss is only a question
    (CINEMA + "Imported films' market share slipped to 52.0% in the first half of 2024.",
     [(Status.UNDETERMINED, ("3.10 billion pesos", "52.0%", "6.40 billion pesos"))]),
    # the owner's gerund names the same subject: "client games'" for "Client gaming"
    ("Revenue of the game industry soared 46.4% to 49.62 billion yuan in H1 2014.\n\nClient gaming still holds the top "
     "spot, with 25.57 billion yuan of the total.\n\nClient game users reached 130 million, but client games' market "
     "share tumbled 17.2% to 51.5% in H1 2014.",
     [(Status.CONSISTENT, ("25.57 billion yuan", "51.5%", "49.62 billion yuan"))]),
])
def test_a_subjects_market_share_of_its_part_of_the_total(text, found):
    assert {(s, frozenset(f)) for s, f in verdicts(text, SHARE)} == {(s, frozenset(f)) for s, f in found}


@pytest.mark.parametrize("text", [
    # "their market share": whose, the words do not say here
    CINEMA + "Imported films sold well, and their market share slipped to 52.0% in the first half of 2024.",
    # another subject's market share
    CINEMA + "Streaming services' market share slipped to 12.0% in the first half of 2024.",
    # a bare owner that opens both parts' phrases
    CINEMA + "Films' market share slipped to 12.0% in the first half of 2024.",
])
def test_no_market_share_is_read_without_its_subjects_part(text):
    assert [s for s, _ in verdicts(text, SHARE)] == []


def test_n_of_the_total_is_no_whole_of_the_next_part():
    assert [s for s, _ in verdicts(CINEMA, PART) if s is Status.INCONSISTENT] == []
