"""A move "SUBJECT VERB from A [a time] to B" (or "to B [a time] from A"): both levels are of the subject's
measure, and a time or A's own noun between them names no measure of B's. A title's old level ("climbs to B
from A") is restated by a body old level alone."""
from tests._reading import errors, meaning_of

CHECK = "same-measure-conflict"


def _measure_of(text: str, written: str) -> str:
    meaning = meaning_of(text)
    return [f.measure for f in meaning.figures if f.text == written][-1]


def test_the_new_level_of_a_move_with_a_time_between_is_the_subjects():
    assert _measure_of("Hospital admissions have climbed from 41,200 patients two years ago to 45,900, the trust "
                       "said.", "45,900") == "hospital admissions"
    assert _measure_of("Seed sales of the cooperative dropped from 18,300 bags four seasons ago to 15,100.",
                       "15,100") == "seed sales of the cooperative"
    assert _measure_of("The regional tram fleet has been cut from 212 carriages a decade ago to 174.",
                       "174") == "regional tram fleet"


def test_a_headline_restated_by_the_new_level_of_a_body_move():
    text = ("Parcel volumes down to 9.4m from 11.2m three years ago\n\n"
            "Parcel volumes handled by the depot have shrunk from 11.2m units three years ago to 9.1m, a fall "
            "of 19%.\n")
    assert ("9.4m", "9.1m") in errors(text, CHECK)
    right = text.replace("to 9.1m", "to 9.4m").replace("19%", "16%")
    assert errors(right, CHECK) == []


def test_a_headline_level_and_a_body_move_over_years():
    text = ("Library loans rise to 940,000\n\n"
            "Library loans have increased from 810,000 books two years ago to 960,000, officials said.\n")
    assert ("940,000", "960,000") in errors(text, CHECK)
    assert errors(text.replace("960,000", "940,000"), CHECK) == []


def test_two_moves_of_other_subjects_are_not_paired():
    # decoy: the headline's measure is the second move's; the first move's level of another subject is no restatement
    text = ("Coffee exports climb to 380,000 bags\n\n"
            "Tea exports rose from 300,000 bags a decade ago to 410,000. Coffee exports went from 350,000 bags "
            "five years ago to 380,000.\n")
    assert errors(text, CHECK) == []


def test_a_title_old_level_is_no_restatement_of_the_body_new_level():
    # decoy: "from 12,900" in the title is where the list stood before, not what the body reached
    text = ("Clinic waiting list climbs to 18,400 from 12,900\n\n"
            "The clinic waiting list has grown from 12,900 patients a year earlier to 18,400, the health board "
            "said.\n")
    assert errors(text, CHECK) == []


def test_an_old_level_with_no_noun_of_its_own_is_the_subjects():
    assert _measure_of("The average fare has moved up from $2.40 at the start of the decade to $2.85.",
                       "$2.40") == "average fare"
    assert _measure_of("Kiln output slid to 8,200 tonnes last year from 9,900 tonnes in 2020.",
                       "8,200 tonnes") == "kiln output"


def test_the_time_of_the_old_level_is_not_the_new_ones():
    meaning = meaning_of("Canal freight has shrunk from 4.2m tonnes in 2016 to 3.6m, the waterways board said.")
    assert [f.period for f in meaning.figures if f.text == "3.6m"] == [""]
    # decoy: the year's level, said again, is no restatement of the level the move reached
    text = ("Canal freight has shrunk from 4.2m tonnes in 2016 to 3.6m, the waterways board said. In 2016 canal "
            "freight was 4.2m tonnes, the highest for a decade.")
    assert errors(text, CHECK) == []


def test_a_title_old_level_is_restated_by_the_body_old_level():
    text = ("Reservoir storage falls to 61% from 74% in 2022\n\n"
            "Storage across the city's reservoirs has dropped from 71% in 2022 to 61% in 2024, the water board said.\n")
    assert ("74%", "71%") in errors(text, CHECK)
    assert errors(text.replace("from 71%", "from 74%"), CHECK) == []


def test_a_level_then_up_from_the_old_one_is_the_subjects():
    assert _measure_of("Ferry passengers on the northern routes totalled 1.9m last season, down from 2.3m two "
                       "seasons earlier.", "1.9m") == "ferry passengers on the northern routes"
    text = ("Grain barges down to 4,900\n\n"
            "Grain barges through the lock numbered 4,700 last winter, down from 5,600 in 2019.\n")
    assert ("4,900", "4,700") in errors(text, CHECK)
    # decoy: another subject's level beside it is no restatement
    decoy = ("Grain barges down to 4,700\n\n"
             "Grain barges through the lock numbered 4,700 last winter, down from 5,600 in 2019. Coal barges "
             "numbered 4,900 last winter, down from 6,000.\n")
    assert errors(decoy, CHECK) == []
