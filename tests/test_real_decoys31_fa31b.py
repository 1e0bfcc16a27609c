"""Readings behind the false alarms on 40 real releases nobody annotated (third round, fa31b: school enrolment and
exam results, scholarships, maternal health, vaccination campaigns, cholera bulletins, emergency departments,
recorded crime, prisons, courts, referendums and general elections, football finances and tournaments), each with
sentences written for the test, a decoy and a twin of the same construction that must still be flagged when broken:

- a percent sign, then the words of points ("3.99% percentage points lower than"): the figure is a gap in points,
  not a level in percent, and the words of the unit are the figure's;
- "This compares to 95.1% in the previous quarter": "compares" is a verb, no measure; two figures after it are no
  measure named "compares" stated twice;
- a count's noun, then what the counted achieved ("522,588 candidates got grade D+ and above") counts those who
  achieved it, not every candidate; nor is a count whose words pick some of its kind out ("75 candidates with hearing
  loss passed") the referent of a later phrase of the bare noun ("out of the 212,640 candidates"), nor the total its
  members come within;
- a rate per a base ("41 deaths per 1,000 live births in 2012 to 38 in 2021"): a bare number after it with no noun
  of its own is the rate told again, no count of the base's noun; a count the text expects ("the target of 12 deaths
  by 2030") is no count behind a rate it observed;
- "Target 3.1", "Goal 4": a goal of a framework named by its number, no amount;
- a number garbled in the writing ("reached 13,471,43 which is 116,167 more than"): the level a change of the words
  after it is of is not a level told earlier in the sentence;
- "His tally is more than double that of his rivals, with Kearney (19) and Lowe (18)": a multiple whose subject
  refers back has no level in its sentence; both levels after it are the base's;
- "(111 in 46 matches), narrowly edging out Derby (109 in 46)": the words of outdoing are said of the counts before
  the preposition; the counts after it are their scope, in any order.
"""
from __future__ import annotations

from tests._reading import errors, meaning_of


def test_a_percent_sign_before_the_words_of_points_is_a_gap_in_points():
    decoy = ("The share of visits ending in admission was 27.4%, a 0.3 percentage point fall from June, but 2.15% "
             "percentage points lower than June 2019.\n")
    assert errors(decoy, "difference") == []
    (gap,) = [f for f in meaning_of(decoy).figures if f.text.startswith("2.15")]
    assert gap.unit == "percentage_point" and gap.text == "2.15% percentage points"


def test_a_gap_in_points_written_with_a_percent_sign_is_still_checked_against_its_levels():
    twin = ("The share of visits ending in admission was 27.4% in July, 3.15% percentage points lower than the 29.6% "
            "of July 2019.\n")
    assert errors(twin, "difference") == [("27.4%", "29.6%", "3.15% percentage points")]


def test_this_compares_to_names_no_measure():
    decoy = ("Across all clinics, 96.4% of patients were seen within two hours. This compares to 95.1% in the previous "
             "quarter (Q2 2019/20) and 96.4% in the same quarter last year (Q3 2018/19).\n\n"
             "Of the 2.1 million patients who were seen, 91.2% were discharged the same day. This compares to 90.6% in "
             "the same quarter last year (Q3 2018/19).\n")
    assert errors(decoy, "same-measure-conflict") == []


def test_a_level_told_twice_beside_a_sentence_that_compares_is_still_flagged():
    twin = ("In the third quarter of 2019, 96.4% of patients were seen within two hours. This compares to 95.1% in the "
            "previous quarter (Q2 2019).\n\n"
            "In the third quarter of 2019, 94.6% of patients were seen within two hours.\n")
    assert errors(twin, "same-measure-conflict") == [("96.4%", "94.6%")]


def test_a_count_of_those_who_achieved_something_is_not_the_count_of_all():
    decoy = ("The minister said that 41,200 candidates out of the 212,640 candidates who sat the tests passed with "
             "distinction in 2024.\n\n"
             "A total of 350 candidates from rural schools scored a distinction in 2024. A total of 402 candidates won "
             "bursaries in 2024 out of the 212,640 candidates.\n\n"
             "Similarly, 158,930 candidates got a pass or better in the 2024 tests.\n")
    assert errors(decoy, "same-measure-conflict") == []


def test_the_count_of_all_told_twice_is_still_flagged():
    twin = ("The minister said that 41,200 candidates out of the 212,640 candidates who sat the tests passed with "
            "distinction in 2024.\n\n"
            "A total of 402 candidates won bursaries in 2024 out of the 214,640 candidates.\n")
    assert errors(twin, "same-measure-conflict") == [("212,640", "214,640")]


def test_a_subgroup_is_neither_the_referent_of_the_bare_noun_nor_a_total_of_its_members():
    decoy = ("A total of 210 candidates with visual impairments scored a credit or better in the 2023 Junior "
             "Certificate exam.\n\n"
             "A total of 1,480 candidates scored a distinction in the 2023 Junior Certificate Examination (JCE) out of "
             "the 96,310 candidates, compared to 1,402 in the 2022 exam.\n")
    assert errors(decoy, "same-measure-conflict") == []
    assert errors(decoy, "part-exceeds-whole") == []
    bare = ("A total of 75 candidates with hearing loss passed the theory test in 2024.\n\n"
            "A total of 1,090 candidates scored a distinction in the 2024 theory test out of the 212,640 candidates, "
            "compared to 1,012 in 2023.\n")
    assert errors(bare, "same-measure-conflict") == []


def test_the_count_of_all_and_a_members_count_are_still_checked():
    twin = ("A total of 212,640 candidates sat the theory test in 2024.\n\n"
            "A total of 1,090 candidates scored a distinction in the 2024 theory test out of the 212,460 candidates, "
            "compared to 1,012 in 2023.\n")
    assert errors(twin, "same-measure-conflict") == [("212,640", "212,460")]
    member = ("A total of 96,310 candidates sat the 2023 Junior Certificate exam.\n\n"
              "In the Northern Region, 98,400 candidates sat the 2023 Junior Certificate exam.\n")
    assert errors(member, "part-exceeds-whole") == [("98,400", "96,310")]


def test_a_rate_told_again_and_a_target_are_no_counts_behind_the_rate():
    decoy = ("The regional infant mortality rate fell from 41 deaths per 1,000 live births in 2012 to 38 in 2021, still "
             "more than twice the target of 12 deaths by 2030.\n")
    assert errors(decoy, "ratio") == []


def test_a_rate_beside_the_counts_it_divides_is_still_checked():
    twin = ("The district recorded 46 maternal deaths among 20,500 live births in 2023, a maternal mortality ratio of "
            "310 per 100,000 live births.\n")
    assert errors(twin, "ratio") == [("46", "20,500", "310")]


def test_a_target_named_by_its_number_is_no_amount():
    decoy = ("Target 3.1: fewer maternal deaths\n\n"
             "The regional maternal mortality ratio fell from 412 deaths per 100,000 live births in 2015 to 398 in "
             "2021, still far above the target of 70 deaths by 2030.\n")
    assert errors(decoy, "same-measure-conflict") == []
    assert errors(decoy, "ratio") == []
    texts = [f.text for f in meaning_of(decoy).figures]
    assert "3.1" not in texts and "70" in texts


def test_a_garbled_number_leaves_the_change_after_it_without_a_level():
    decoy = ("With 48,210 fans at the final in Lagos, total attendance across the eight venues reached 1,0452,31 which "
             "is 64,550 more than the earlier record of 980,840 set in 2009.\n")
    assert errors(decoy, "difference") == []


def test_a_change_after_a_level_written_well_is_still_checked():
    twin = ("Total attendance across the eight venues reached 1,045,231, which is 64,550 more than the earlier record "
            "of 980,840 set in 2009.\n")
    assert errors(twin, "difference") == [("1,045,231", "980,840", "64,550")]


def test_a_multiple_whose_subject_refers_back_has_no_level_in_its_sentence():
    decoy = ("41 – The number of tries the Welsh wing has scored in the four seasons he has played, making him the "
             "league's leading scorer. His tally is more than double that of his nearest rivals, with the Irish "
             "players Kearney (19), Lowe, Ryan and Healy (all on 18) next in line.\n")
    assert errors(decoy, "ratio") == []


def test_a_multiple_between_a_level_before_it_and_one_after_is_still_checked():
    twin = "Kearney scored 41 tries, more than double that of his nearest rival, Lowe (24).\n"
    assert errors(twin, "ratio") == [("41", "24", "double")]


def test_the_scope_of_two_mirrored_counts_is_in_no_order():
    decoy = ("Leeds topped the scoring charts again, averaging 2.41 goals a game (111 in 46 matches), narrowly edging "
             "out Derby (109 in 46).\n")
    assert errors(decoy, "comparison") == []
    assert errors(decoy, "ranking") == []


def test_the_counts_before_the_scope_are_still_put_in_order():
    twin = ("Leeds topped the scoring charts again, averaging 2.41 goals a game (111 in 46 matches), narrowly edging "
            "out Derby (118 in 46).\n")
    assert errors(twin, "comparison") == [("111", "118")]
    assert errors(twin, "ranking") == [("111", "118")]


# Found on the ten releases kept aside, after their false alarms were counted (so they no longer measure these):
# - a place whose name joins two names by "&" or "and" ("In the Jammu & Kashmir High Court,") is a fronted place
#   like any other: the figures of two such sentences are two places' figures;
# - a year named between a level and a verb of crossing ("was 14,360 and in 1990 the backlog crossed 20,000") opens
#   a clause of another time: the level before it did not cross the mark;
# - "figures from the three months to June" names the stretch the figures cover (in force), not the base of a change.


def test_a_place_named_with_an_ampersand_is_a_place_of_its_own():
    decoy = ("The three new High Courts, set up during November 2000, do not figure in the data.\n"
             "In the Bombay High Court, the rate of average annual disposal of cases is 91,022 as against average annual "
             "institution of 88,966 cases. In the Delhi High Court, average annual disposal of cases is 40,244 as "
             "against average annual institution of 36,017 cases. In the Jammu & Kashmir High Court, average annual "
             "disposal of cases is 22,978 as against average annual institution of 14,712 cases. In the Kerala High "
             "Court, average annual disposal of cases is 70,845 as against average annual institution of 57,565 "
             "cases.\n")
    assert errors(decoy, "same-measure-conflict") == []


def test_one_place_named_with_an_ampersand_told_twice_is_still_flagged():
    twin = ("The three new High Courts, set up during November 2000, do not figure in the data.\n"
            "In the Jammu & Kashmir High Court, average annual institution of cases is 14,712 cases. In the Jammu & "
            "Kashmir High Court, average annual institution of cases is 17,412 cases, the report adds.\n")
    assert errors(twin, "same-measure-conflict") == [("14,712", "17,412")]


def test_a_level_of_another_year_did_not_cross_the_mark():
    decoy = ("In 1960, the backlog of the tribunal was 812 cases. By 1985, the backlog was 14,360 and in 1990 the "
             "backlog crossed 20,000.\n")
    assert errors(decoy, "comparison") == []


def test_a_level_said_to_cross_a_mark_in_its_own_clause_is_still_checked():
    twin = "By 1985, the backlog of the tribunal was 14,360 and crossed 20,000 for the first time.\n"
    assert errors(twin, "comparison") == [("14,360", "20,000")]


def test_figures_from_a_stretch_of_time_set_the_period_of_the_list_after_them():
    decoy = ("The survey found that in the 12 months to June 2019:\n- overall thefts fell 5%\n- bicycle thefts fell 17%\n"
             "Police recorded figures from the three months to June 2019 compared with the same period the previous "
             "year show:\n- total recorded thefts fell 2%\n- bicycle thefts fell 1%\n")
    assert errors(decoy, "same-measure-conflict") == []


def test_two_lists_of_one_stretch_are_still_compared():
    twin = ("The survey found that in the 12 months to June 2019:\n- overall thefts fell 5%\n- bicycle thefts fell 17%\n"
            "Police recorded figures from the 12 months to June 2019 show:\n- total recorded thefts fell 2%\n"
            "- bicycle thefts fell 1%\n")
    assert ("17%", "1%") in errors(twin, "same-measure-conflict")
