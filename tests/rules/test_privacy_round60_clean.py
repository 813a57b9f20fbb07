"""Round 60: kinds of clean text fresh writers' cases showed refused, each mended for its kind, with the leak beside it
still refused.

- PHI001: the Spanish of a patient-facing office ("directora de experiencia del paciente", "defensora del paciente") is a
  job, as "patient experience" was; a clinician who read the review out to the team did something with the review
  ("read this out loud at the huddle"), and a bare "thank you" in that sentence tells nothing of the reader.
- PHI003: a team's plural cheered in a reply ("Go Jackrabbits!") greets no one; a phrase in title case read off a banner
  ('"Breathe Easy, Ulysses"', "Respira Hondo, <Town>") is no surname filed before a given name; a team member and a
  spouse who welcomed the baby make it theirs ("<Member> and his wife <Name> welcomed little <Name>").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import named_clinicians, newborns, record_names

from tests.rules.harness import PLANS, hits, post, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Sentimos mucho leer esto. Le pedimos que llame a nuestra directora de experiencia del paciente al consultorio.",
        "Le pedimos que hable con nuestra defensora del paciente, que con gusto la escucha.",
        "We're sorry to read this. Our patient navigator can talk it through with you by phone.",
    ],
)
def test_a_patient_facing_office_is_a_job(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le pedimos disculpas: como nuestra paciente desde 2019, merece algo mejor.",
        "Estimada paciente, lamentamos mucho lo que nos cuenta.",
        "Dr. Okafor read this out loud at the huddle; thank you for trusting us with your knee.",
        "Dr. Okafor read this to the team and says your new hip looks great. Thank you!",
    ],
)
def test_the_reader_as_our_patient_still_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Okafor read this out loud at Tuesday's huddle and the front desk cheered 😊 Thank you for writing it.",
        "Dr. Okafor read this aloud to the whole team. Thank you for the kind words!",
    ],
)
def test_a_clinician_who_read_the_review_to_the_team_passes(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize("text", ["Thank you for the kind words! Go Jackrabbits! 🐇", "¡Mil gracias por su reseña! ¡Vamos Tigres!"])
def test_a_team_cheered_in_a_reply_greets_no_one(text):
    assert hits("PHI003", response(text)) == []


@pytest.mark.parametrize("text", ["Thank you for the kind words! Go Marcus!", "Thanks so much, and go Dolores!"])
def test_a_given_name_cheered_in_a_reply_still_refuses(text):
    assert hits("PHI003", response(text))


@pytest.mark.parametrize(
    "text",
    [
        'Our crew at the county fair under a banner that reads "Breathe Easy, Ulysses" all weekend.',
        'La manta del stand dice "Respira Hondo, Ulysses" todo el fin de semana.',
    ],
)
def test_a_title_case_phrase_read_off_a_banner_is_no_record(text):
    """The town may still be read as a given name elsewhere; the record's reading files no surname here."""
    assert [p.words for p in record_names.record_full_names(text, _known())] == []


@pytest.mark.parametrize("text", ["The wristband reads Garcia Lopez, Maria.", "La pulsera dice Okafor, Grace."])
def test_a_name_read_off_a_wristband_still_refuses(text):
    assert hits("PHI003", post(text))


def test_a_member_and_a_spouse_who_welcomed_the_baby_make_it_theirs():
    plans = with_staff("Dr. Lucas Ferro")
    text = "Big news from the office: Dr. Lucas Ferro and his husband Tom welcomed little Mateo Friday night, 8 lbs 2 oz!"
    assert hits("PHI003", post(text), plans=plans) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Lucas Ferro welcomed little Mateo into the world Friday night, 8 lbs 2 oz!",
        "Dr. Lucas Ferro and his husband Tom welcomed little Mateo Friday night, delivered here by our midwives.",
    ],
)
def test_a_baby_one_of_ours_delivered_still_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Lucas Ferro"))


@pytest.mark.parametrize("unit", ["and his wife Ann ", "welcomed ", "y su esposo "])
def test_the_couple_reading_stays_linear(unit):
    assert grows_linearly(newborns, lambda count: newborns.new_standing(unit * count + "little Sam", 0, len(unit) * count, False))


@pytest.mark.parametrize("unit", ["Respira Hondo, Ulysses ", "Go, Team ", "Aa, Bb "])
def test_the_banner_reading_stays_linear(unit):
    assert grows_linearly(record_names, lambda count: list(record_names.record_full_names("the banner reads " + unit * count, _known())))


@pytest.mark.parametrize("unit", ["read this out loud ", "thank you ", "this at x huddle "])
def test_the_review_read_out_stays_linear(unit):
    assert grows_linearly(named_clinicians, lambda count: named_clinicians.named_clinicians("Dr. Okafor " + unit * count))


def _known():
    from playbook.rules.privacy.known import Known

    return Known.of(PLANS)


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz aniversario a nuestra higienista Paola! Ya son 9 años con nosotros, y todavía es la reina del karaoke.",
        "Nuestro asistente médico Joel lleva 4 años con nosotros; su hijo Tomás se gradúa de la prepa este viernes.",
    ],
)
def test_a_colleagues_years_with_us_are_no_care(text):
    assert hits("PHI011", post(text), plans=with_staff("Paola", "Joel")) == []
    assert hits("PHI003", post(text), plans=with_staff("Paola", "Joel")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Doña Carmen, la señora de las flores del mercado Hidalgo, lleva 12 años con nosotros.",
        "Nuestra enfermera Paola dice que la señora de las flores del mercado Hidalgo lleva 12 años con nosotros.",
        "Nuestra higienista Paola atiende a la señora de las flores del mercado Hidalgo, que lleva 12 años con nosotros.",
    ],
)
def test_a_neighbours_years_with_us_still_refuse(text):
    assert hits("PHI011", post(text), plans=with_staff("Paola"))


@pytest.mark.parametrize("unit", ["nuestra enfermera lleva 6 años ", "lleva 6 años ", "nuestro "])
def test_the_tenure_reading_stays_linear(unit):
    from playbook.rules.privacy import everyday_senses

    assert grows_linearly(everyday_senses, lambda count: everyday_senses.staff_tenure(unit * count + "con nosotros", len(unit) * count))
