"""Round 79's review: ways through and false alarms a reviewer found in the round's own readings.

- An initial alone before the next sentence ("<Word-name> T. She starts dialysis Monday"), an initial's possessive
  ("<Word-name> M.'s scans"), care written before the name in a file's name ("last-chemo-<word-name>-m.jpg",
  "last-chemo-day-<word-name>-<word-surname>.jpg") and a file's "day 3" after the care.
- "<Name>'s ACL Surgery" in title case and "<Name>'s Hep C": a term of two words owned.
- False alarms: "Summer Q&A", "Q and A", a run's Roman numeral ("Run for Hope V"), a letter joined to its word in a file's
  name ("summer-t-cell-therapy"), a town's place of care ("<Town>'s ER wait times"), and a season's programme in a file's
  name ("winter-light-therapy", "summer-strong-physical-therapy-program").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.lexicon import clinical

from tests.rules.harness import hits, pictured, post, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Sending a big hug to Joy T. She starts dialysis on Monday.",
        "Hope M.'s scans came back clear after her last round of chemo!",
        "Kyle M's sobriety chip says one full year sober.",
        "So glad Marcus's ACL Surgery went well, see you at PT!",
        "Nadia's Hep C is cured after twelve weeks of pills.",
    ],
)
def test_more_ways_a_name_and_its_care_are_written_refuse(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "file",
    ["images/last-chemo-hope-m.jpg", "images/last-chemo-day-hope-marsh.jpg", "images/hope-marsh-detox-day-3.jpg", "images/faith-walker-chemo-day-1.jpg"],
)
def test_care_before_the_name_or_a_day_after_it_in_a_file_refuses(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize(
    "text",
    [
        "Summer Q&A with our dietitian: managing diabetes in the heat, Friday at noon.",
        "June Q and A on high blood pressure is Tuesday at 6pm.",
        "Run for Hope V raises money for breast cancer screening in our county.",
        "Tyler's ER wait times are long this flu season; call us first.",
        "Austin's ICU beds are nearly full, so please get your flu shot.",
        "Maria's Asthma Camp opens its doors Monday at the Y.",
    ],
)
def test_a_letter_a_numeral_or_a_towns_care_names_no_one(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "file",
    [
        "images/june-q-and-a-diabetes-education.png",
        "images/summer-t-cell-therapy-webinar.jpg",
        "images/winter-light-therapy-for-seasonal-depression.jpg",
        "images/summer-strong-physical-therapy-program.jpg",
        "images/winter-storm-dialysis-schedule-change.png",
    ],
)
def test_a_file_of_a_season_or_a_letter_word_names_no_one(file):
    assert not hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/antes-y-despues_rodilla-izq_Eufemia-Ochoa_abril.png", "images/rodilla_Eufemia_Garza.png"])
def test_a_given_name_with_a_medical_ending_is_a_name(file):
    assert hits("PHI003", pictured(file))  # "Eufemia" is no -emia (build_lexicon.named_like_terms)


def test_a_patient_care_tech_is_a_job():
    text = 'Staff spotlight: meet Rosendo "Chendo" Ibarra, our patient care tech for nine years, and the best pitmaster in town!'
    assert not hits("PHI003", post(text), plans=with_staff("Rosendo Ibarra"))
    assert hits("PHI003", post('Meet Rosendo "Chendo" Ibarra, our patient, who finished rehab today!'), plans=with_staff("Rosendo Ibarra"))


@pytest.mark.parametrize(
    ("text", "start", "found"), [("her COPD is back", 4, True), ("her COPD is back", 0, False), ("Bell's palsy again", 0, True), ("the Asthma Camp", 4, True), ("the camp", 4, False)]
)
def test_a_term_is_read_where_it_begins(text, start, found):
    assert (clinical.term_at(text, start) is not None) is found
