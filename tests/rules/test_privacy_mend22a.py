"""Mend of four round-22 excusals a code review found letting a patient named with care pass: a town thanked at a post's
close (places.py), a clinician's signature (signatures.py), a role word read as a building (venues.py) and a name after
"volunteers from" (institutions.py). Each leak is an error again; what each excusal was for still passes; each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import institutions, places, signatures, venues

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


# --- leaks: each walked through a round-22 excusal and is an error again ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # places.py: a town's name thanked at the close, care told to "you" before it
        "Your knee replacement healed wonderfully and the mayor came to clap at your final therapy session. Thank you, Tyler!",
        "Tu cadera nueva quedó de maravilla y hasta el alcalde te aplaudió en tu última terapia. ¡Gracias, Carolina!",
        # places.py: the civic word three sentences back says nothing of the one thanked
        "The mayor toured our lobby in spring. Parking is free now. Flu shots run on Fridays. Thank you, Marion!",
        # institutions.py: a given name and a surname after "volunteers from", care told in the next sentence
        "Thanks to the volunteers from Maribel Quintanilla. Last winter she had her gallbladder removed here.",
        "Gracias a los voluntarios de Ramiro Echeverría. El otoño pasado le operamos la rodilla aquí.",
    ],
)
def test_a_name_read_as_a_place_or_a_body_with_care_is_an_error(text):
    assert hits("PHI003", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Achterberg here, so pleased the new shoulder is behaving! Many thanks for the review.",
        "Dr. Achterberg here, delighted that hip is holding strong! Many thanks for the review.",
        "Soy la Dra. Quiñones, ¡qué gusto que la rodilla nueva ya no le moleste! Gracias por escribirnos.",
    ],
)
def test_a_signature_whose_sentence_tells_care_confirms(text):
    assert hits("PHI001", response(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Hats off to the senior center at Pinecrest High. He had his shoulder repaired here in April.",
        "Cheers to our center at Ridgeview High! Her ankle surgery with us went great.",
        "Shoutout to the Varsity Center at Ridgeview High! He had his wrist pinned here in May.",
    ],
)
def test_a_player_at_a_school_with_care_next_sentence_is_an_error(text):
    assert hits("PHI011", text), text


# --- what the excusals were for still passes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI003", "The mayor and the fire chief cut the ribbon on our third clinic today. Thank you, Marion!"),
        ("PHI003", "La alcaldesa cortó la cinta de nuestra nueva clínica esta mañana. ¡Gracias, Carolina!"),
        ("PHI003", "Huge thanks to the volunteers from Mary Washington who packed 300 hygiene kits."),
        ("PHI003", "Los voluntarios de la Ana G. Mendez repartieron mascarillas en la plaza."),
        ("PHI003", "Nursing students from Coral Westbrook took blood pressures at the fair all day."),
        ("PHI011", "The Kroc Center at Elm Park hosts our free flu shots Saturday. Bring the whole family."),
        ("PHI011", "Our new hearing center at Westgate Plaza opens Monday. Walk-ins welcome for free hearing checks."),
    ],
)
def test_what_the_excusals_were_for_still_passes(code, text):
    assert not hits(code, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Achterberg here. Thank you for taking the time to write; please call {{ contact.phone }} if we can help.",
        "Soy el Dr. Arreaza, director médico. Gracias por escribirnos; llámenos al {{ contact.phone }}.",
    ],
)
def test_a_plain_signature_still_passes(text):
    assert not hits("PHI001", response(text)), text


def test_a_town_organisation_reads_plain_words_as_greeted_words_does():
    text = "We ran a booth with Tyler Youth Soccer today."
    assert places.place_here(text, text.index("Tyler"))
    pet = "We ran a booth with Tyler Kat Soccer today."  # a pet form is a name, not a plain word
    assert not places.place_here(pet, pet.index("Tyler"))


# --- a grid of frames and names ----------------------------------------------------------------------------------------


@FUZZ
@given(
    st.sampled_from(
        [
            "Your {c} went great and the mayor cheered you on. Thank you, {t}!",
            "The council thanked us, and your {c} healed well. Thanks, {t}!",
            "Tu {c} salió bien y el alcalde te felicitó. ¡Gracias, {t}!",
        ]
    ),
    st.sampled_from(["hip surgery", "knee replacement", "cirugía de rodilla", "cataract surgery"]),
    st.sampled_from(["Tyler", "Marion", "Florence", "Carolina", "Lawrence"]),
)
def test_a_town_thanked_after_care_said_to_you_is_named(frame, care, town):
    assert hits("PHI003", frame.format(c=care, t=town))


@FUZZ
@given(
    st.sampled_from(["Thanks to the volunteers from {n}. ", "Gracias a los voluntarios de {n}. ", "Shoutout to the students from {n}. "]),
    st.sampled_from(["Yesenia Barrientos", "Maribel Quintanilla", "Osvaldo Peralta", "Dolores Ibarra"]),
    st.sampled_from(["In May she had her knee replaced here.", "Le operamos la cadera en abril.", "He finished his chemo with us."]),
)
def test_a_named_member_with_care_next_sentence_is_named(frame, name, care):
    assert hits("PHI003", frame.format(n=name) + care)


# --- each reading stays linear -----------------------------------------------------------------------------------------


def _linear(module, code: str, unit: str, item=lambda text: text) -> None:
    small = steps(module, lambda: hits(code, item(unit * 15)))
    large = steps(module, lambda: hits(code, item(unit * 30)))
    assert large < 2.3 * small, f"{small} lines, then {large}"


def test_thanked_towns_are_linear():
    _linear(places, "PHI003", "The mayor cut our ribbon today.\nThank you, Tyler!\n")


def test_signatures_are_linear():
    _linear(signatures, "PHI001", "Dr. Achterberg here, glad you wrote. Soy la Dra. Ruiz. ", response)


def test_buildings_at_a_place_are_linear():
    _linear(venues, "PHI011", "Hats off to the senior center at Pinecrest High. The gym is open late. ")


def test_member_bodies_are_linear():
    _linear(institutions, "PHI003", "Thanks to the volunteers from Maribel Quintanilla. They painted the fence. ")
