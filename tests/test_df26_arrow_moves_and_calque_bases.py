"""A change in brackets right after a move between two levels is the size of that move, whether the move is told in
words ("from 61.2% to 66.0% (+4.8 pp)") or with an arrow ("12,406 → 13,018 (+612)", "34.6% -> 41.2% (+6.6pp)",
"1,840 → 2,120 (+15.2%)"): a change in units, in points or in per cent. The base of a change may be opened by any of
the synonyms of "compared with", including the calques of releases translated from French, Spanish or Italian ("in
relation to", "with respect to"), and the new level may follow the bracket that gives the old one its time
("compared with 2023 (1,184,530), to stand at 1,245,800"). Each with invented sentences and decoys."""
from __future__ import annotations

from tests._reading import errors, statuses
from auditor.model import Status


def test_an_arrow_between_two_counts_then_their_difference_in_brackets():
    assert errors("Registered taxis, 2021 → 2023: 48,210 → 51,034 (+2,924).\n", "difference")
    assert statuses("Registered taxis, 2021 → 2023: 48,210 → 51,034 (+2,824).\n", "difference") == [Status.CONSISTENT]
    assert errors("Clinics by region. North: 1,204 -> 1,361 (+146). South: 980 -> 1,022 (+42).\n", "difference") \
        == [("1,361", "1,204", "+146")]


def test_an_arrow_or_from_to_between_two_rates_then_their_change_in_points():
    assert errors("Households online, 2019-20 → 2023-24: 34.6% → 41.2% (+8.6pp).\n", "difference")
    assert errors("Secondary enrolment rose from 61.2% to 66.0% (+5.8 pp) over the five years.\n", "difference")
    assert statuses("Youth unemployment, Q1 -> Q4: 17.9% -> 16.4% (-1.5 pp).\n", "difference") == [Status.CONSISTENT]


def test_an_arrow_between_two_levels_then_their_rate_of_change():
    assert errors("Coffee exports (tonnes), 2022 → 2023: 1,840 → 2,120 (+25.2%).\n", "growth-rate")
    assert not errors("Coffee exports (tonnes), 2022 → 2023: 1,840 → 2,120 (+15.2%).\n", "growth-rate")


def test_arrows_that_join_no_two_levels_of_one_measure_are_no_move():
    decoys = ("Route map: Nairobi → Mombasa: 480 km (8 hours by train). Nairobi → Kisumu: 350 km (6 hours by bus).\n",
              "Clinic A → 1,240 patients (+8%). Clinic B → 1,090 patients (+3%). Both compare with last March.\n",
              "Targets, 2025 → 2030: renewables 40% → 55% of generation; the current share is 31% (+3 points on last "
              "year).\n",
              "Households with a car: 62.1% in towns, 48.7% in villages (+2.0 pp in towns since 2019).\n")
    for decoy in decoys:
        for check in ("difference", "growth-rate"):
            assert errors(decoy, check) == [], (decoy, check)


def test_a_calque_of_compared_with_opens_the_base_and_the_new_level_follows_its_bracket():
    assert errors("The traffic of the airport is in increase of 81,270 in relation to 2023 (1,184,530), to stand at "
                  "1,245,800 passengers.\n", "difference")
    assert errors("Arrivals rose by 12,340 with respect to 2022 (408,900), to reach 431,240 visitors.\n", "difference")
    assert not errors("Arrivals rose by 12,340 with respect to 2022 (418,900), to reach 431,240 visitors.\n",
                      "difference")
    assert errors("Car sales grew by 1,150 in comparison with 2021 (9,800), to total 12,950.\n", "difference")


def test_a_result_of_a_plan_a_participle_names_and_the_share_of_it_done():
    assert errors("The ring road is 68.3% complete, with 291 km of the planned 499 km paved.\n", "percent-of-plan")
    assert not errors("The ring road is 58.3% complete, with 291 km of the planned 499 km paved.\n", "percent-of-plan")
    assert errors("Capital budget execution reached 81.4%: KSh 412bn disbursed of KSh 577bn approved.\n",
                  "percent-of-plan")
    assert errors("Vaccination campaign: 91.2% done, 406,000 children reached of the 500,000 targeted.\n",
                  "percent-of-plan")
    assert errors("Housing: 92.4% of target, 4,120 units delivered against 5,000 planned.\n", "percent-of-plan")
    assert errors("So far 412 classrooms were built of the 500 promised, a completion rate of 92.4%.\n", "percent-of-plan")


def test_a_share_of_its_own_beside_a_result_of_a_plan_is_not_its_share_done():
    decoys = ("Unemployment stood at 12.1%, and 412 of the 577 approved firms hired staff.\n",
              "Some 46% of households own a car; 412 of the 577 planned charging points are built.\n",
              "Inflation eased to 9.1%, with 412 of the 577 planned projects still unfinished.\n",
              "The project is 74.2% complete, with 312 km of 486 km laid.\n")
    for decoy in decoys:
        assert errors(decoy, "percent-of-plan") == [], decoy


def test_a_restating_opener_points_back_to_the_two_levels_the_sentence_before_compares():
    assert errors("Exports came to $4.2bn in May, against $3.9bn in April. In other words, they grew by $0.5bn in a "
                  "month.\n", "difference")
    assert errors("The jobless rate was 6.1% in the third quarter, down from 6.8% in the second. Put differently, it fell "
                  "0.9 points.\n", "difference")
    assert statuses("Output reached 12,460 tonnes, compared with 11,230 tonnes last season. In short, output rose "
                    "11.0%.\n", "growth-rate") == [Status.CONSISTENT]
    # (words that open no restatement point back at nothing: "Meanwhile" names another story)
    assert errors("Exports came to $4.2bn in May, against $3.9bn in April. Meanwhile, imports grew by $0.5bn.\n",
                  "difference") == []
