"""Orders stated by a verb in the passive ("was overtaken by", "trailed by"), by a place just behind one named item
("second to", "behind only") and by places of one ranking, never of the next one the text starts.

Each passive sentence below states the order the other way round from the active verb, so a reading that drops
the voice gets the verdict backwards; the decoys give a margin after "by" ("beaten by 3,000 votes"), a sequence in
time ("followed by") or no order at all, and must not be flagged."""
from __future__ import annotations

import pytest

from auditor.audit import audit_document
from auditor.document import Document


def _order_findings(text: str) -> list:
    findings = audit_document(Document(path="t.txt", text=text)).findings
    return [f for f in findings if f.check in ("comparison", "ranking")]


def _statuses(text: str, first: str, second: str) -> set[str]:
    """The statuses of the order findings that relate the two figures (written as in the text)."""
    return {f.status for f in _order_findings(text) if {g.text for g in f.figures} == {first, second}}


# ---- the passive voice: the subject outdone, the agent after "by" the larger ------------------------
PASSIVE_WRONG = [
    # (sentence, subject's figure, agent's figure): each states an order its figures break
    ("Rail freight, at 41 million tonnes, was overtaken by road freight, at 32 million tonnes.",
     "41 million tonnes", "32 million tonnes"),
    ("Imports of 6,540 tonnes were exceeded by exports of 5,870 tonnes.", "6,540 tonnes", "5,870 tonnes"),
    ("Kenya's 42 medals were surpassed by Ethiopia's 38 medals.", "42", "38"),
    ("Cotton exports of $310 million were outstripped by tea exports of $280 million.", "$310 million", "$280 million"),
    ("The bank's profit of 3.2 billion rand was outpaced by rival Absa's 2.5 billion rand.",
     "3.2 billion rand", "2.5 billion rand"),
    ("Bus riders, 14,200 a day, were easily outnumbered by cyclists, with 12,900 a day.", "14,200", "12,900"),
    ("The port's 820,000 containers were eclipsed by Durban's 790,000 containers.", "820,000", "790,000"),
    ("Sedan sales of 5,130 were topped by pickups, at 4,880.", "5,130", "4,880"),
]

PASSIVE_RIGHT = [
    ("Rail freight, at 31 million tonnes, was overtaken by road freight, at 52 million tonnes.",
     "31 million tonnes", "52 million tonnes"),
    ("Imports of 4,540 tonnes were exceeded by exports of 5,870 tonnes.", "4,540 tonnes", "5,870 tonnes"),
    ("Kenya's 32 medals were surpassed by Ethiopia's 38 medals.", "32", "38"),
    ("Cotton exports of $210 million were outstripped by tea exports of $280 million.", "$210 million", "$280 million"),
]

# verbs of trailing in the passive: the subject is the one ahead
TRAILED_WRONG = [
    ("Germany led with 3,400 entries, trailed by France with 3,900.", "3,400", "3,900"),
    ("Mombasa handled 1.2 million containers, trailed closely by Dar es Salaam with 1.4 million containers.",
     "1.2 million", "1.4 million"),
    ("The leader, with 48.1%, was chased by the Greens, on 52.3%.", "48.1%", "52.3%"),
]

TRAILED_RIGHT = [
    ("Germany led with 4,400 entries, trailed by France with 3,900.", "4,400", "3,900"),
    ("Mombasa handled 1.6 million containers, trailed closely by Dar es Salaam with 1.4 million containers.",
     "1.6 million", "1.4 million"),
]


@pytest.mark.parametrize("text, first, second", PASSIVE_WRONG + TRAILED_WRONG)
def test_an_order_in_the_passive_that_its_figures_break_is_flagged(text, first, second):
    assert _statuses(text, first, second) == {"inconsistent"}


@pytest.mark.parametrize("text, first, second", PASSIVE_RIGHT + TRAILED_RIGHT)
def test_an_order_in_the_passive_that_holds_is_not_flagged(text, first, second):
    statuses = _statuses(text, first, second)
    assert "inconsistent" not in statuses and statuses  # read, and found to hold


PASSIVE_DECOYS = [
    # the figure after "by" is a margin, not the rival's level
    "The incumbent's 48,200 votes were beaten by 3,000 votes in the runoff, when 51,700 were cast.",
    "Exports of 6,540 tonnes were exceeded by some 900 tonnes of imports.",
    "Last year's 2,100 entries were surpassed by about 400 this year, with 2,500 in all.",
    "The target of 12,000 homes was topped by a margin of 1,500, at 13,500 homes.",
    # a sequence in time, not an order of size
    "Sales were 1,200 units in May, followed by 1,450 units in June.",
    # two measures side by side, no order stated
    "The largest city, with 2.1 million people, had 340 hospitals.",
    "Ahead of the vote, 48% backed the plan and 52% opposed it.",
    # the passive of a verb of no order
    "Revenue of $4.1 million was reported by the firm, and costs of $4.6 million by its auditor.",
]


@pytest.mark.parametrize("text", PASSIVE_DECOYS)
def test_passive_decoys_state_no_order(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


# ---- a place just behind the one item named after it ---------------------------------------------
SECOND_TO_WRONG = [
    ("Maize output was 2.4 million tonnes, second to wheat at 2.1 million tonnes.",
     "2.4 million tonnes", "2.1 million tonnes"),
    ("Nairobi drew 41,000 visitors, behind only Mombasa with 39,000.", "41,000", "39,000"),
    ("The north had 1,450 schools, second to the south with 1,320 schools.", "1,450", "1,320"),
    ("Tea earned KSh 190 billion, next only to horticulture at KSh 158 billion.", "KSh 190 billion", "KSh 158 billion"),
]

SECOND_TO_RIGHT = [
    ("Maize output was 1.9 million tonnes, second to wheat at 2.1 million tonnes.",
     "1.9 million tonnes", "2.1 million tonnes"),
    ("Nairobi drew 31,000 visitors, behind only Mombasa with 39,000.", "31,000", "39,000"),
]

SECOND_TO_DECOYS = [
    "The team finished second to last with 31 points, while Leeds had 19 points.",
    "The club came second to none in spending, with 41,000 members and 39,000 season tickets.",
    "Prices rose 4.1% in the second to fourth months, with 3.9% in the first.",
    # an ordinal of a list, then "to" and the figure: no place behind a named item
    "Two forms went out, the first to 52,310 farms and the second to 52,840 farms.",
]


@pytest.mark.parametrize("text, first, second", SECOND_TO_WRONG)
def test_a_place_behind_the_one_item_named_is_checked(text, first, second):
    assert "inconsistent" in _statuses(text, first, second)


@pytest.mark.parametrize("text, first, second", SECOND_TO_RIGHT)
def test_a_place_behind_the_one_item_named_that_holds(text, first, second):
    assert "inconsistent" not in _statuses(text, first, second)


@pytest.mark.parametrize("text", SECOND_TO_DECOYS)
def test_second_to_decoys_state_no_order(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


# ---- places of one ranking, not of the next one the text starts ----------------------------------
def test_a_second_place_follows_the_first_place_of_its_own_ranking():
    text = ("Germany led with 3,400 entries. Tokyo ranked first with 8.1 million visitors, Osaka second with "
            "7.6 million and Kyoto third with 4.2 million.")
    findings = _order_findings(text)
    pairs = {frozenset(g.text for g in f.figures) for f in findings}
    assert frozenset(("3,400", "7.6 million")) not in pairs
    assert frozenset(("8.1 million", "7.6 million")) in pairs
    assert not [f for f in findings if f.status == "inconsistent"]


def test_a_place_out_of_order_in_the_later_ranking_is_still_flagged():
    text = ("The north led with 3,400 entries. Tokyo ranked first with 8.1 million visitors, Osaka second with "
            "8.6 million and Kyoto third with 4.2 million.")
    flagged = [f for f in _order_findings(text) if f.status == "inconsistent"]
    assert {frozenset(g.text for g in f.figures) for f in flagged} == {frozenset(("8.1 million", "8.6 million"))}


# ---- an item said to come "next" after the figure before it ---------------------------------------
NEXT_WRONG = [
    ("Own funds paid for 61% of spending, with overseas funding next at 72%.", "61%", "72%"),
    ("Cars made up £3.6 billion of sales, with vans next at £4.8 billion.", "£3.6 billion", "£4.8 billion"),
    ("Imports from China were the largest, at $4.1 billion, with the EU next at $4.6 billion.",
     "$4.1 billion", "$4.6 billion"),
    ("Nairobi drew 41,000 visitors, with Mombasa next with 44,500.", "41,000", "44,500"),
    ("Wheat covered 2.1 million hectares, with maize next on 2.6 million hectares.",
     "2.1 million hectares", "2.6 million hectares"),
    ("Lagos had the lowest rate, 6.1%, with Kano next at 5.4%.", "6.1%", "5.4%"),
]

NEXT_RIGHT = [
    ("Own funds paid for 81% of spending, with overseas funding next at 12%.", "81%", "12%"),
    ("Nairobi drew 51,000 visitors, with Mombasa next with 44,500.", "51,000", "44,500"),
    ("Lagos had the lowest rate, 4.1%, with Kano next at 5.4%.", "4.1%", "5.4%"),
]

NEXT_DECOYS = [
    # "next" of time, not of place
    "Sales were 1,200 units in May, with June next at 1,450 units expected.",
    "The plant made 4,100 tonnes this year, with the next expansion at 5,200 tonnes planned.",
    "Inflation was 4.2% in March; with the next reading at 4.6%, the bank held rates.",
]


@pytest.mark.parametrize("text, first, second", NEXT_WRONG)
def test_an_item_next_after_a_larger_one_is_checked(text, first, second):
    assert "inconsistent" in _statuses(text, first, second)


@pytest.mark.parametrize("text, first, second", NEXT_RIGHT)
def test_an_item_next_that_holds(text, first, second):
    statuses = _statuses(text, first, second)
    assert statuses and "inconsistent" not in statuses


@pytest.mark.parametrize("text", NEXT_DECOYS)
def test_next_decoys_state_no_order(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


# ---- the amounts beside two shares of one whole said to be in order -------------------------------
AMOUNTS_WRONG = [
    ("Cars took 41% of sales (2,100 units), followed by vans with 35% (2,400 units) and trucks with 12% (600 units).",
     "2,100", "2,400"),
    ("Own funds paid for 76% of research spending in 2020 (£3.6 billion), with overseas funding next at 15% "
     "(£4.8 billion).", "£3.6 billion", "£4.8 billion"),
    ("Tea earned 38% of export income (KSh 120 billion), followed by flowers at 24% (KSh 131 billion).",
     "KSh 120 billion", "KSh 131 billion"),
    ("The ruling party won 52% of the vote (1.1 million votes), ahead of the opposition with 41% (1.3 million votes).",
     "1.1 million", "1.3 million"),
]

AMOUNTS_RIGHT = [
    ("Cars took 41% of sales (2,900 units), followed by vans with 35% (2,400 units).", "2,900", "2,400"),
    ("Tea earned 38% of export income (KSh 160 billion), followed by flowers at 24% (KSh 101 billion).",
     "KSh 160 billion", "KSh 101 billion"),
]

AMOUNTS_DECOYS = [
    # each share of its item's own whole: the amounts may run either way
    "Kenya sold 31% of its output (4,100 tonnes), followed by Uganda with 25% of its output (5,000 tonnes).",
    "Rural schools filled 62% of their places (1,200 pupils), ahead of urban schools with 55% of their places "
    "(3,400 pupils).",
    # the two shares of different wholes named
    "Maize took 41% of the farmland (2,100 hectares), followed by beans with 35% of the irrigated land "
    "(2,400 hectares).",
    # no order said between the shares
    "Cars took 41% of sales (2,100 units) and vans 35% (2,400 units).",
]


@pytest.mark.parametrize("text, first, second", AMOUNTS_WRONG)
def test_amounts_beside_shares_in_order_are_in_that_order(text, first, second):
    # (another check may find the same contradiction first: the shares as proportions of one whole)
    findings = audit_document(Document(path="t.txt", text=text)).findings
    assert any(f.status == "inconsistent" and {first, second} <= {g.text for g in f.figures} for f in findings)


@pytest.mark.parametrize("text, first, second", AMOUNTS_RIGHT)
def test_amounts_beside_shares_in_order_that_hold(text, first, second):
    statuses = _statuses(text, first, second)
    assert statuses and "inconsistent" not in statuses


@pytest.mark.parametrize("text", AMOUNTS_DECOYS)
def test_amounts_of_shares_of_other_wholes_are_not_ordered(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


# ---- a superlative whose determiner is a possessive naming the field ------------------------------
POSSESSIVE_WRONG = [
    ("Kenya had the continent's highest growth rate, at 5.2%, compared with 5.9% in Ghana and 3.1% in Nigeria.",
     "5.2%", "5.9%"),
    ("Lima had the country's lowest jobless rate, at 6.4%, compared with 5.8% in Cusco.", "6.4%", "5.8%"),
    ("Ghana posted Africa's highest inflation, at 23.1%, against 31.0% in Zimbabwe.", "23.1%", "31.0%"),
]

POSSESSIVE_DECOYS = [
    "The country's largest city, with 2.1 million people, had 340 hospitals and 5,100 doctors.",
    "Kenya's highest court heard 1,240 cases, compared with 1,310 in 2019.",
]


@pytest.mark.parametrize("text, first, second", POSSESSIVE_WRONG)
def test_a_possessive_superlative_ranks_its_figure_against_rivals(text, first, second):
    assert "inconsistent" in _statuses(text, first, second)


@pytest.mark.parametrize("text", POSSESSIVE_DECOYS)
def test_possessive_superlative_decoys(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


# ---- a place said with its margin: "a close second", "a distant third" ----------------------------
MARGIN_WRONG = [
    ("Copper was the top export, earning $7.62 billion, with cobalt a distant second at $8.41 billion.",
     "$7.62 billion", "$8.41 billion"),
    ("Toyota led the market with 8,100 cars, Honda a close second with 8,600 cars.", "8,100", "8,600"),
    ("Kenya topped the table with 41 medals, with Ethiopia a clear second on 45.", "41", "45"),
    ("Nairobi came first with 2.1 million visitors, and Mombasa came a close second with 2.3 million visitors.",
     "2.1 million", "2.3 million"),
    ("The Greens finished first on 31.2%, and Labour finished a narrow second on 31.9%.", "31.2%", "31.9%"),
    ("Maize ranked first with 3.1 million hectares, beans a comfortable second with 3.4 million hectares.",
     "3.1 million hectares", "3.4 million hectares"),
    ("Lagos led with 9,100 entries; Abuja was a strong second with 7,800 and Kano a remote third with 8,200.",
     "7,800", "8,200"),
    ("Wheat came top at 41%, with barley a distant second at 43%.", "41%", "43%"),
]

MARGIN_RIGHT = [
    ("Toyota led the market with 8,100 cars, Honda a close second with 7,600 cars.", "8,100", "7,600"),
    ("Wheat came top at 41%, with barley a distant second at 23%.", "41%", "23%"),
]

MARGIN_DECOYS = [
    "Sales had a strong second half, with 4,100 units, after 3,900 in the first.",
    "Tea came a close second in the survey while coffee earned $2.1 billion and cocoa $2.4 billion.",
    "The firm had a solid second quarter at 4,100 units and a weak third quarter at 4,600 units.",
]


@pytest.mark.parametrize("text, first, second", MARGIN_WRONG)
def test_a_place_with_its_margin_is_ranked(text, first, second):
    assert "inconsistent" in _statuses(text, first, second)


@pytest.mark.parametrize("text, first, second", MARGIN_RIGHT)
def test_a_place_with_its_margin_that_holds(text, first, second):
    statuses = _statuses(text, first, second)
    assert statuses and "inconsistent" not in statuses


@pytest.mark.parametrize("text", MARGIN_DECOYS)
def test_margin_decoys_state_no_order(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


def test_a_paragraph_with_a_ranking_of_its_own_is_not_paired_with_the_one_before():
    text = ("Toyota led the market with 8,100 cars, Honda a close second with 7,600 cars.\n\n"
            "Kenya topped the table with 41 medals, with Ethiopia a clear second on 38.")
    pairs = {frozenset(g.text for g in f.figures) for f in _order_findings(text)}
    assert frozenset(("41", "7,600")) not in pairs
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]


def test_a_first_place_said_in_the_paragraph_after_its_runner_up_is_still_paired():
    text = ("The final drew 12.8 million people, which made it the second most-watched programme of the year.\n\n"
            "Top of the list was the cup final, with 11.1 million viewers.")
    assert "inconsistent" in _statuses(text, "12.8 million", "11.1 million")


# ---- a new record against the one it beat; the participles of passing another figure ---------------
RECORD_WRONG = [
    ("The index closed at a new high of 1,912 points, eclipsing the previous peak of 1,950 points.",
     "1,912 points", "1,950 points"),
    ("Sales of 4.1 million units set a new record. The previous record, 4.3 million units, was set in 2015.",
     "4.1 million", "4.3 million"),
    ("Turnout hit an all-time high of 71.2%, against the old record of 72.5%.", "71.2%", "72.5%"),
]

PASSING_WRONG = [
    ("Kenya shipped 4,100 tonnes, outpacing Uganda's 4,400 tonnes.", "4,100 tonnes", "4,400 tonnes"),
    ("The index closed at 1,912 points, eclipsing the 1,950 points of 2019.", "1,912 points", "1,950 points"),
    ("Exports rose to $4.1 billion, outselling rival Ghana's $4.6 billion.", "$4.1 billion", "$4.6 billion"),
    ("The club's 21,300 members, outnumbering the 22,800 of its rival, make it the largest.", "21,300", "22,800"),
    ("Revenue came to €3.2 million, bettering the €3.5 million of the year before.", "€3.2 million", "€3.5 million"),
]


@pytest.mark.parametrize("text, first, second", RECORD_WRONG + PASSING_WRONG)
def test_a_record_or_a_figure_passed_is_checked(text, first, second):
    findings = audit_document(Document(path="t.txt", text=text)).findings
    assert any(f.status == "inconsistent" and {first, second} <= {g.text for g in f.figures} for f in findings)


RECORD_DECOYS = [
    # the cue after a figure is the next figure's: 61,200 is the new high, not the old mark
    ("Attendance hit an all-time high of 64,200, above the old mark of 63,400.\n\n"
     "Sales of 41,000 units set a new record."),
    "The previous record of 9.58 seconds stood for years; this season's best was 9.71 seconds.",
    "A record 3.1 million visitors came, and the average stay was 4.2 nights.",
]


@pytest.mark.parametrize("text", RECORD_DECOYS)
def test_record_decoys(text):
    assert not [f for f in _order_findings(text) if f.status == "inconsistent"]
