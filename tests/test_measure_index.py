"""A document-wide index of levels by the words of their measure (grammar.measure_index), and the two readings
that look a partner up in it when no sentence gives one: a share's whole named but stated in another paragraph,
and a rate's old level of the period before stated in another paragraph. The words alone tie such figures, so
each reading is evidence only: reported when the arithmetic holds, never flagged when it does not.
(The sentences are written here.)"""
from __future__ import annotations

from _reading import errors, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar import measure_index
from auditor.model import Status

CARGO = "Cargo handled at the harbour reached 12.0 million tonnes in {year}, the board said."
BULK = "Bulk carriers moved 4.20 million tonnes in 2023, equal to {share} percent of all seaborne cargo."
SPENT = "Shoppers spent $45.0 billion on online sales in {year}, the survey found."
ONLINE = "The agency puts 2023 online sales at $51.3 billion, a rise of {rate}% on 2022."


def test_the_head_of_a_whole_s_name_is_its_last_noun_before_what_qualifies_it():
    assert measure_index.head_key("all overseas guest arrivals") == measure_index.key_of("arrivals")
    assert measure_index.head_key("freight orders booked abroad") == measure_index.key_of("orders")
    assert measure_index.head_key("aggregate with") == measure_index.key_of("aggregate")
    # a name whose head names no measure of its own is no key
    assert measure_index.head_key("the total") == ""
    assert measure_index.head_key("all") == ""
    # synonyms of one measure are filed under one key
    assert measure_index.key_of("turnover") == measure_index.key_of("sales")


def test_the_words_of_a_measure_s_name_are_its_keys_without_the_empty_ones():
    assert measure_index.name_keys("online spending") == (measure_index.key_of("online"), measure_index.key_of("spending"))
    assert measure_index.name_keys("number of the passengers") == (measure_index.key_of("passengers"),)


def test_a_lookup_takes_the_nearest_levels_of_the_unit_that_fit_and_no_more_than_asked():
    text = ("Exports reached 410 tonnes in May. Exports were 380 tonnes in April. Exports came to 15 crates.\n\n"
            "Wheat exports hit 400 tonnes in June. Exports totalled 2,100 tonnes in the half.")
    figures = extract_figures(Document("t.txt", text))
    index = measure_index.MeasureIndex(figures, lambda f: ("export",))
    june = next(f for f in figures if f.text == "400 tonnes")
    found = index.nearest("export", june, june.span.start, lambda f: f is not june, 3)
    assert [f.text for f in found] == ["2,100 tonnes", "380 tonnes", "410 tonnes"]
    assert [f.text for f in index.nearest("export", june, june.span.start, lambda f: f is not june, 1)] == ["2,100 tonnes"]
    # another unit ("crates") and another key are never returned
    assert all(f.unit == june.unit for f in found)
    assert index.nearest("import", june, june.span.start, lambda f: True, 3) == []


def test_a_share_of_a_named_whole_stated_in_another_paragraph_checks_out_against_it():
    text = CARGO.format(year=2023) + "\n\n" + BULK.format(share=35)
    assert verdicts(text, "share-of-total") == [
        (Status.CONSISTENT, ("4.20 million tonnes", "12.0 million tonnes", "35 percent"))]


def test_a_share_named_by_a_noun_of_a_share_before_its_whole_checks_out_too():
    text = CARGO.format(year=2023) + "\n\n" + "Bulk carriers moved 4.20 million tonnes in 2023, a 35 percent share of seaborne cargo."
    assert verdicts(text, "share-of-total") == [
        (Status.CONSISTENT, ("4.20 million tonnes", "12.0 million tonnes", "35 percent"))]


def test_a_share_that_misses_the_whole_found_by_words_is_no_error():
    # (4.20 / 12.0 = 35%: the words alone tie the 12.0 million tonnes to the share, so 40% proves nothing)
    text = CARGO.format(year=2023) + "\n\n" + BULK.format(share=40)
    assert errors(text, "share-of-total") == []
    assert all("12.0 million tonnes" not in figures for _, figures in verdicts(text, "share-of-total"))


def test_a_share_is_not_read_against_a_level_of_another_year_or_another_noun():
    other_year = CARGO.format(year=2022) + "\n\n" + BULK.format(share=35)
    assert verdicts(other_year, "share-of-total") == []
    other_noun = "Rail freight reached 12.0 million tonnes in 2023.\n\n" + BULK.format(share=35)
    assert verdicts(other_noun, "share-of-total") == []


def test_a_rate_of_a_level_checks_out_against_the_level_of_the_year_before_stated_elsewhere():
    text = SPENT.format(year=2022) + "\n\n" + ONLINE.format(rate=14)
    assert verdicts(text, "growth-rate") == [(Status.CONSISTENT, ("$51.3 billion", "$45.0 billion", "14%"))]


def test_a_rate_that_misses_the_level_found_by_words_is_no_error():
    text = SPENT.format(year=2022) + "\n\n" + ONLINE.format(rate=19)
    assert errors(text, "growth-rate") == []
    assert verdicts(text, "growth-rate") == []


def test_a_rate_is_not_read_against_a_level_two_years_back():
    # (51.3 / 45.0 - 1 = 14%, but 2021 is not the year before 2023)
    text = SPENT.format(year=2021) + "\n\n" + ONLINE.format(rate=14)
    assert verdicts(text, "growth-rate") == []


def test_a_rate_that_names_another_base_year_is_not_read_against_the_year_before():
    # (the rate is "on 2021": the 2022 level is no base of it, however well the arithmetic fits)
    text = SPENT.format(year=2022) + "\n\n" + "The agency puts 2023 online sales at $51.3 billion, a rise of 14% on 2021."
    assert verdicts(text, "growth-rate") == []


SAVINGS = "Household savings reached $2.317 trillion in 2023, the central bank said."
DEPOSITS = "By its count, deposits of savings by households came to {amount} trillion in {year}."


def test_a_level_stated_again_in_other_words_and_rounding_checks_out_as_the_same_measure():
    text = SAVINGS + "\n\n" + DEPOSITS.format(amount="$2.32", year=2023)
    assert verdicts(text, "same-measure-conflict") == [(Status.CONSISTENT, ("$2.317 trillion", "$2.32 trillion"))]


def test_levels_found_by_the_words_alone_that_differ_are_neither_one_measure_nor_an_error():
    # ($2.33 trillion cannot be $2.317 trillion rounded, but only words tie them: no error)
    assert verdicts(SAVINGS + "\n\n" + DEPOSITS.format(amount="$2.33", year=2023), "same-measure-conflict") == []
    # another year's level, or a level of another noun, is not looked at
    assert verdicts(SAVINGS + "\n\n" + DEPOSITS.format(amount="$2.32", year=2022), "same-measure-conflict") == []
    assert verdicts(SAVINGS + "\n\nPension funds held $2.32 trillion in 2023.", "same-measure-conflict") == []


HANDLED = "Bulk carriers moved 4.20 million tonnes in 2023, the board said."


def test_a_share_whose_sentence_opens_on_its_whole_checks_out_against_a_part_stated_elsewhere():
    text = HANDLED + "\n\nOut of the 12.0 million tonnes of cargo moved in 2023, bulk carriers took {share} percent."
    assert verdicts(text.format(share=35), "share-of-total") == [
        (Status.CONSISTENT, ("4.20 million tonnes", "12.0 million tonnes", "35 percent"))]
    # (a miss through a part found by words alone is no error)
    assert verdicts(text.format(share=40), "share-of-total") == []


def test_a_level_the_share_is_said_of_is_no_whole_to_look_a_part_up_for():
    # (the 12.0 million tonnes is 35 percent of a plan the text does not state: 4.20 million is no part of it)
    text = HANDLED + "\n\nCargo of 12.0 million tonnes in 2023 is 35 percent of the port's plan for the year."
    assert verdicts(text, "share-of-total") == []
