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



# ---- the period a figure's sentence is at, carried to the figures a phrase of time dates back from it ----------

from auditor.document import Document  # noqa: E402
from auditor.extract import extract_figures  # noqa: E402


def _periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in extract_figures(Document("t.txt", text))}


def test_the_year_before_counts_back_from_the_time_the_sentence_is_at():
    # "last year" moves the first level back from the paragraph's 2024; "the year before" is a year before that
    periods = _periods("In 2024 the mill is being enlarged. Flour output reached 4,812 tonnes last year, 6.1% more "
                       "than the year before, when it was 4,535 tonnes.")
    assert periods["4,812 tonnes"] == "2023"
    assert periods["4,535 tonnes"] == "2022"


def test_a_year_earlier_alone_counts_back_from_the_period_in_force():
    # no level of the sentence was moved back: the phrase counts from the period in force, as before
    periods = _periods("In 2024 the mill is being enlarged. Flour output reached 4,812 tonnes in the year, 6.1% "
                       "more than a year earlier, when it was 4,535 tonnes.")
    assert periods["4,535 tonnes"] == "2023"


def test_the_base_of_a_noun_of_change_sets_no_period_in_force():
    # "a rise of 14.2% on 2017" names what the rise is measured from; the next sentence is still of 2018
    periods = _periods("Shop sales came to $51.3 billion in 2018, a rise of 14.2% on 2017. Online sales grew 9.0% "
                       "to $7.74 billion.")
    assert periods["$7.74 billion"] == "2018"


def test_last_year_under_a_title_of_the_year_written_the_year_after_is_that_year():
    # the text says when it was written, a year after the title's period: "last year" is the title's year
    periods = _periods("Paper exports in 2023\n\nUpdated 12 March 2024.\n\nPaper exports reached 812,400 tonnes "
                       "last year, the board said.")
    assert periods["812,400 tonnes"] == "2023"


def test_last_year_with_no_date_of_writing_is_the_year_before_the_one_in_view():
    periods = _periods("Harbour ticket sales reached 58,300 in 2023, the operator said.\n\nThe operator sold "
                       "53,100 harbour tickets last year.")
    assert periods["53,100"] == "2022"


def test_a_participle_aside_after_the_subject_leaves_the_subject_the_measure():
    figures = extract_figures(Document("t.txt", "Total store sales, leaving out fuel, cars and meals in restaurants, "
                                                "reached $3.214 trillion in 2022."))
    assert figures[0].measure == "total store sales"


def test_a_rate_and_its_old_level_in_another_sentence_are_read_together():
    text = ("Store sales in 2022\n\nUpdated 14 March 2023.\n\n"
            "Total store sales, leaving out fuel, cars and meals in restaurants, reached $3.214 trillion last year, "
            "4.6% more than the year before, when they were $3.073 trillion, the trade body said.\n\n"
            "The statistics office puts 2022 online sales at $611.2 billion, a rise of 8.3% on 2021. By its figures, "
            "total store sales grew 4.2% to $3.20 trillion.")
    assert (Status.CONSISTENT, ("$3.20 trillion", "$3.073 trillion", "4.2%")) in verdicts(text, "growth-rate")


def test_a_rate_that_does_not_fit_the_level_of_another_sentence_is_no_reading():
    # words alone tie the two sentences: a rate that misses is no error, and no reading
    text = ("Store sales in 2022\n\nUpdated 14 March 2023.\n\n"
            "Total store sales, leaving out fuel, cars and meals in restaurants, reached $3.214 trillion last year, "
            "4.6% more than the year before, when they were $3.073 trillion, the trade body said.\n\n"
            "The statistics office puts 2022 online sales at $611.2 billion, a rise of 8.3% on 2021. By its figures, "
            "total store sales grew 7.9% to $3.20 trillion.")
    found = verdicts(text, "growth-rate")
    assert not any("$3.073 trillion" in figures and "7.9%" in figures for _, figures in found)
    assert all(status is not Status.INCONSISTENT for status, _ in found)


def test_two_places_with_the_same_rate_name_are_not_one_restatement_by_this_reading():
    # the same unit and measure noun for two places and two values: nothing pairs them as one
    text = ("In the north, the office vacancy rate was 7.3% in June 2024, agents said. Rents held. "
            "In the south, office vacancies stood at 9.1 percent in June 2024.")
    assert verdicts(text, CHECK) == []


# ---- a change in points between two percentages of one name, the old one stated in another sentence ----------

def test_a_change_in_points_meets_the_year_before_level_of_its_name():
    text = "The jobless rate fell 0.4 points to 5.1% in 2023. Hiring was strong. In 2022 the jobless rate was 5.5%."
    assert verdicts(text, "difference") == [(Status.CONSISTENT, ("5.1%", "5.5%", "0.4 points"))]


def test_a_change_in_points_that_misses_the_dated_level_of_its_name_is_flagged():
    # both levels' clauses and the change's own name the years, as a change in units across sentences is read
    text = "The jobless rate fell 0.4 points to 5.1% in 2023. Hiring was strong. In 2022 the jobless rate was 5.8%."
    assert verdicts(text, "difference") == [(Status.INCONSISTENT, ("5.1%", "5.8%", "0.4 points"))]


def test_a_change_in_points_and_a_percentage_of_another_name_are_not_paired():
    text = ("The jobless rate fell 0.4 points to 5.1% in 2023. Hiring was strong. In 2022 the participation rate "
            "was 5.8%.")
    assert verdicts(text, "difference") == []


def test_a_change_in_points_and_a_level_two_years_before_are_not_paired():
    text = "The jobless rate fell 0.4 points to 5.1% in 2023. Hiring was strong. In 2021 the jobless rate was 5.8%."
    assert verdicts(text, "difference") == []


def test_a_change_in_points_and_a_level_of_another_group_are_not_paired():
    text = ("The jobless rate for women fell 0.4 points to 5.1% in 2023. Hiring was strong. In 2022 the jobless "
            "rate for men was 5.8%.")
    assert verdicts(text, "difference") == []


def test_a_change_in_points_and_a_level_of_another_place_are_not_paired():
    text = ("In the north, the jobless rate fell 0.4 points to 5.1% in 2023. Hiring was strong. In the south, the "
            "jobless rate was 5.8% in 2022.")
    assert verdicts(text, "difference") == []
