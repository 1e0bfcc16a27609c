"""Readings found on real releases nobody tuned on (Vanuatu and Samoa arrivals, Senegalese and Belizean trade, the
Cayman labour force survey, Kuwaiti population, Gambian GDP, Isle of Man and Jersey jobseekers, Seychelles, Palau,
Marianas and Tongan statistics), each with invented sentences, a decoy and a true-relation twin:
a share said "each" of several members, or a list running on past its 'other' share, adds up to no more than the
whole; shares told "respectively" after a share of their own subject are no list of the levels before; a count of men
and women in a sentence about the labour force is the workforce's, not the population's; a subject a verb breaks
down ("The unemployed ... comprised of") is the whole of the shares after it, even when told as a part before; the
rate after "greater by N (or P%)" is the change's; a bare share after its part goes on with the breakdown the sentence
before names the whole of; the rates a sentence pointing back gives as causes ("explained by the drop in X (-82.8%)")
are the causes'; two ends of one move are no parts of a total; a level a relative clause gives for the time compared
with is the old one; "compared to" is no "to" of a crossing; a member ranked in its set is no whole named again; a
share's whole counts what the clause names; the part's own measure at another time is no whole; a month's "this
month" under another headline is another story's; a whole under a later headline is another story's; a word of
definition ("constant" against "current market price") makes a restatement a question; a "when" clause after a
comparison gives the earlier level, no whole of "these"; a concession's levels are no levels of the main clause's
change; a set price per unit is no ratio of the amounts."""
from __future__ import annotations

from tests._reading import errors


def test_shares_said_of_each_of_several_members_add_up_to_no_more_than_the_whole():
    decoy = ("Holiday visitors made up 62% of arrivals by air; visitors for family and for business came at 11% each; "
             "other purposes at 9% and transit at 7%.\n")
    assert errors(decoy, "share-of-total") == []
    twin = ("Holiday visitors made up 62% of arrivals by air; visitors for family and for business came at 40% each; "
            "other purposes at 9% and transit at 7%.\n")
    assert errors(twin, "share-of-total")


def test_a_list_running_on_past_its_other_share_is_not_closed_by_it():
    decoy = ("Australians were the largest group at 48%; New Zealanders at 15%; other countries at 3% and Japanese "
             "visitors at 2%.\n")
    assert errors(decoy, "share-of-total") == []
    twin = "Australians were the largest group at 48%; New Zealanders at 15%; and other countries at 3%.\n"
    assert errors(twin, "share-of-total")


def test_shares_respectively_after_a_share_of_their_own_subject_are_no_list_of_the_levels_before():
    decoy = ("The islander population rose by 1.1% to 31,420; the resident population fell to 5,210 from 5,480; and the "
             "migrant population grew by 9.3% to 29,870.\nIslanders made up 47.5 percent of the population, while "
             "migrants and residents had shares of 45.1 and 7.4 percent, respectively.\n")
    assert errors(decoy, "share-of-total") == []


def test_men_and_women_of_the_labour_force_are_no_parts_of_the_population():
    decoy = ("The islander population is now estimated at 31,420.\n\nThe labour force is split almost equally, with "
             "19,850 men (50.2% of the workforce) and 19,690 women.\n")
    assert errors(decoy, "defined-measure") == []
    twin = "The population is now estimated at 31,420, with 19,850 men and 19,690 women.\n"
    assert errors(twin, "defined-measure")


def test_a_subject_broken_down_is_the_whole_of_the_shares_after_it():
    text = ("Of the labour force, 38,410 persons or 96.1 percent were employed while 1,560 persons or 3.9 percent were "
            "unemployed.\n\nThe total labour force reached 39,970 persons at the end of the year.\n\n"
            "The unemployed in the first half comprised of 1,092 islanders (or 70.0% of the total); 168 residents "
            "(10.8%), and 300 migrants (19.2%).\n")
    assert errors(text, "share-of-total") == []
    twin = text.replace("(10.8%)", "(20.8%)")
    assert errors(twin, "share-of-total")


def test_the_rate_after_greater_by_an_amount_is_the_change_not_a_share():
    decoy = ("The labour force reached 40,870 persons. Relative to a year before, total employment was greater by 1,210 "
             "persons (or 3.1%).\n")
    assert errors(decoy, "share-of-total") == []
    passive = "Top grades were reached by 5,210 (14.2%) of the 36,690 candidates.\n"
    assert errors(passive, "share-of-total") == []


def test_a_bare_share_goes_on_with_the_breakdown_the_sentence_before_names():
    decoy = ("The population was 2.84 million, of whom 1.71 million were migrants. Migrants come mostly from Asia - "
             "0.98 million or 57.3 per cent of the migrant population. Migrants from Africa number about 410,500 "
             "(24.0 per cent).\n")
    assert errors(decoy, "share-of-total") == []


def test_rates_a_sentence_gives_as_causes_of_a_change_are_the_causes():
    decoy = ("Imports for the month were estimated at 412 billion against 455.3 billion in the previous month, i.e. a "
             "drop of 9.5%. This drop is explained by the drop in purchases of rice (-41.2%), fuel (-18.4%) and "
             "machinery (-12.7%).\n")
    assert errors(decoy, "growth-rate") == []
    twin = ("Imports for the month were estimated at 412 billion against 455.3 billion in the previous month. That is a "
            "drop of 19.5%.\n")
    assert errors(twin, "growth-rate")


def test_two_ends_of_one_move_are_no_parts_of_the_total_pointed_back_at():
    decoy = ("Sales of molasses shrank from $2.4 million to only $61.2 thousand. Returns from that commodity amounted "
             "to $7.9 million.\n")
    assert errors(decoy, "sum-of-parts") == []


def test_the_level_a_relative_clause_gives_the_time_compared_with_is_the_old_one():
    decoy = ("Domestic exports were down 15.0 percent or $9.6 million as opposed to June 2019, which amounted to "
             "$64.0 million.\n")
    assert errors(decoy, "growth-rate") == []
    twin = ("Domestic exports were down 25.0 percent or $9.6 million as opposed to June 2019, which amounted to "
            "$64.0 million.\n")
    assert errors(twin, "growth-rate")


def test_compared_to_is_no_to_of_a_crossing():
    decoy = "The number of migrants exceeded 2,410,000 compared to 2,180,000 at the end of the year before.\n"
    assert errors(decoy, "comparison") == []


def test_a_ranked_member_is_no_whole_named_again():
    decoy = ("The north district was the least populated with a population of 118,420. In 2011, the population of the "
             "country was 1.46 million; natives numbered 0.61 million, 42 per cent of the population.\n")
    assert errors(decoy, "part-exceeds-whole") == []


def test_a_share_of_all_arrivals_is_no_share_of_the_visitors_counted():
    decoy = ("A total of 21,300 visitors were recorded in the quarter.\n\nVisitors made up the largest component of all "
             "arrivals with 38.2 percent (11,940) recorded for males and 37.9 percent (11,850) for females.\n")
    assert errors(decoy, "share-of-total") == []


def test_the_part_s_own_measure_at_another_time_is_no_whole():
    decoy = ("At the end of July 2024 the number of registered unemployed stood at 812, an unemployment rate of 1.9 per "
             "cent.\n\nIn July 2023 there were 940 registered unemployed.\n")
    assert errors(decoy, "share-of-total") == []


def test_this_month_under_another_headline_is_another_story_s():
    decoy = ("Jobless figures for June\n\n511 vacancies were notified to the Job Centre during the month.\n\n"
             "Jobless figures for July\n\n470 vacancies were notified to the Job Centre during the month.\n")
    assert errors(decoy, "same-measure-conflict") == []
    twin = ("Jobless figures for June\n\n511 vacancies were notified to the Job Centre during the month. In all, 470 "
            "vacancies were notified to the Job Centre during the month.\n")
    assert errors(twin, "same-measure-conflict")


def test_a_word_of_definition_makes_a_restatement_a_question():
    decoy = ("In 2021, GDP at constant market price is estimated at 51.2 billion compared to 48.6 billion in 2020.\n\n"
             "GDP at the current market price is estimated at 88.1 billion in 2021.\n")
    assert errors(decoy, "same-measure-conflict") == []


def test_a_when_clause_after_a_comparison_gives_the_earlier_level_not_the_whole():
    decoy = ("1,212 people entered the country from Oceania from January to July, an increase of 41.0 percent compared "
             "to the same period last year, when only 860 arrived. Of these, 610 live in Australia and 250 in New "
             "Zealand.\n")
    assert errors(decoy, "sum-of-parts") == []


def test_a_concession_s_levels_are_no_levels_of_the_main_clause_s_change():
    decoy = ("Despite a slight decrease in the average length of stay from 3.1 to 2.6 days, the number of rooms "
             "occupied rose by 4.2%.\n")
    assert errors(decoy, "growth-rate") == []
    twin = "The average length of stay fell from 3.1 to 2.6 days, a decrease of 4.2%.\n"
    assert errors(twin, "growth-rate")


def test_a_set_price_per_unit_is_no_ratio_of_the_amounts():
    decoy = ("Farmers sold 6.2 million kgs of leaf worth US$ 7.1 million at an average price of US$ 1.15 per kg. The "
             "average price was lower than the minimum price of US$ 1.80 per kg set by the government.\n")
    assert errors(decoy, "ratio") == []
    twin = "Farmers sold 6.2 million kgs of leaf worth US$ 7.1 million at an average price of US$ 1.80 per kg.\n"
    assert errors(twin, "ratio")
