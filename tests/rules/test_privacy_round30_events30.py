"""Round 30, part C: false alarms on events, staff and notices. A list's next item is not about a neighbour named
with her role (community_roles); a region after a preposition of place is no household (families); languages
"spoken" (languages_listed); a facility's Spanish noun before its name (named_after); a city after an
organisation's letters (org_of); a line opened by an emoji weighed like a sentence's start (spanish_openers.after_symbol);
a heading's plain words after a capitalised kin word (titled_phrases); a city that only ends like a diminutive
(vocabulary.is_first_name); a licensed clinician's years (milestones, licence_letters.licensed_in). What passes, what
stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import licence_letters, milestones, titled_phrases
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

# The general shapes, in sentences that share no content words with the cases that showed them.
CLEAN = [
    "🧘 Tarde de bienestar\n• Baile con la instructora voluntaria Dalia Ferro\n• Toma de presión arterial y azúcar gratis",
    "Este verano, en los Valles vinieron a vacunarse más de 300 niños.",
    "Hmong, Lao and English spoken at every visit.",
    "Nuestro equipo estará en el aeropuerto Bradley de Hartford con la campaña de vacunas para viajeros.",
    "Volunteers from the UNC Charlotte nursing club helped at our flu clinic.",
    "🌮 Charla y tacos: sábado en la biblioteca, con materiales gratis.",
    "Join us for the Baby Shower Social at the fairgrounds: car seats, strollers and raffles.",
    "Winter hours: the Canyon office closes at noon Fridays. Camarillo stays open until 5.",
]
LEAKS = [
    "• Estiramientos con la instructora Dalia Ferro, que terminó sus quimios con nosotros\n• Toma de presión gratis",
    "Los Campos vinieron a su chequeo anual el martes.",
    "Gracias a los Valles por donar mochilas; ellos vinieron a vacunarse también.",
    "🎉 Maria finished her last round of chemo today!",
    "Welcome to the world, Baby Storm! Born at our birth center on Tuesday.",
    "Baby Bear came in for her shots today.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_event_and_notice_shapes_name_no_one(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("text", LEAKS)
def test_a_person_with_their_care_stays_named(text):
    assert hits("PHI003", post(text))


def test_a_licensed_clinicians_years_are_no_patient_story():
    assert not hits("PHI013", post("Felicidades a nuestra optometrista Rocío Vela, OD, que cumple 15 años en la clínica de ojos."))
    assert hits("PHI013", post("Felicidades a Rocío Vela, que cumple 15 años en la unidad de diálisis con nosotros."))


def test_licensed_in_reads_letters_after_a_name():
    assert licence_letters.licensed_in("ask Noor Haddad, PMHNP, today", 0, 30)
    assert not licence_letters.licensed_in("Thanks, Ana, LUIS came too", 0, 26)


# --- fuzz: a frame x names/places grid ---------------------------------------------------------------------------

ROLES = ["la instructora voluntaria", "la promotora voluntaria", "the volunteer"]
GIVEN = ["Dalia Ferro", "Nube Ortega", "Ivette Saldaña", "Corin Blake"]
HEADINGS = ["Shower Social", "Swap Meet", "Book Club", "Music Hour"]
CITIES = ["Charlotte", "Albany", "Austin", "Tyler"]


@FUZZ
@given(st.sampled_from(ROLES), st.sampled_from(GIVEN))
def test_fuzz_role_in_a_list_then_care_item(role, name):
    text = f"✨ Feria del barrio\n• Baile con {role} {name}\n• Pruebas de glucosa gratis\n• Agua fresca"
    assert not hits("PHI003", post(text))
    assert hits("PHI003", post(f"• Baile con {role} {name}, que terminó sus quimios con nosotros\n• Agua fresca"))


@FUZZ
@given(st.sampled_from(HEADINGS))
def test_fuzz_baby_heading(heading):
    assert not hits("PHI003", post(f"Baby {heading} this Saturday at the rec center, free for all families."))


@FUZZ
@given(st.sampled_from(["UNC", "SUNY", "UT", "CSU"]), st.sampled_from(CITIES))
def test_fuzz_campus_after_letters(letters, city):
    assert not hits("PHI003", post(f"Volunteers from the {letters} {city} pre-med club ran our sign-in table."))


# --- linearity ------------------------------------------------------------------------------------------------------


def test_event_readings_are_linear():
    unit = "🎈 Baby Fair hoy. • con la instructora voluntaria Dalia Ferro\n• Agua. en los Valles. UNC Charlotte club. "
    assert_linear("PHI003", unit)


def test_titled_phrase_is_linear():
    def run(times):
        text = "Baby Swap Meet, and Baby Fair: games. " * times
        return steps(titled_phrases, lambda: [titled_phrases.titled_phrase(text, Person(0, 13, ("Swap", "Meet"), titled_phrases._KIN)) for _ in range(3)])

    assert run(80) < 2.3 * run(40)


def test_licensed_milestone_is_linear():
    unit = "Noor Haddad, PMHNP, cumple 10 anos en el centro. "
    small = steps(milestones, lambda: milestones.milestone_of_one(unit * 40))
    large = steps(milestones, lambda: milestones.milestone_of_one(unit * 80))
    assert large < 2.3 * small
