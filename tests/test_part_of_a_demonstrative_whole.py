"""A part "of those" / "of these" / "of its" counted wholes: the demonstrative names the whole the count
that follows gives, just as "of the" does, so a share set after the pair ("N of those W, or P%") is N's
share of W, not W's share of itself or of an earlier restatement of W. The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts


def parts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(link.whole.text, tuple(p.text for p in link.parts)) for link in meaning_of(text).parts]


SENTENCES = [
    "The final roll lists 7,002,393 voters. Women make up {part} of those 7,002,393, or {share}.",
    "The ministry received 48,210 applications in May. Of them, officials approved {part} of these 48,210, or {share}.",
    "The fleet counts 1,240 buses, and {part} of its 1,240 buses, or {share}, run on electricity.",
    "Inspectors visited 3,615 farms; {part} of all the 3,615 farms, or {share}, failed the check.",
]
RIGHT = {  # part, share
    0: ("3,739,971", "53.4%"),
    1: ("31,337", "65.0%"),
    2: ("434", "35%"),
    3: ("1,012", "28.0%"),
}


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_the_demonstrative_names_the_whole_of_the_part_before(index):
    part, share = RIGHT[index]
    text = SENTENCES[index].format(part=part, share=share)
    assert any(part in link_parts for _, link_parts in parts(text))
    assert errors(text, "share-of-total") == []
    assert any(share in figures and part in figures for _, figures in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("index", range(len(SENTENCES)))
def test_a_wrong_share_of_the_pair_is_an_error_on_the_part_and_its_whole(index):
    part, share = RIGHT[index]
    wrong = str(float(share.rstrip("%")) + 7).rstrip("0").rstrip(".") + "%"
    text = SENTENCES[index].format(part=part, share=wrong)
    flagged = errors(text, "share-of-total")
    assert len(flagged) == 1 and part in flagged[0] and wrong in flagged[0]

