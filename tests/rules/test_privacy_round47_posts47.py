"""Round 47, posts47: one patient singled out without a name (PHI011, PHI003).

A public voice or face of a named station or channel with care of theirs (media_voices.py); a role told with its
school's or club's name before the noun, opening an alt text or a caption, with care just told ("after this morning's
surgery", "in a sling"; local_roles.py); a surname and an initial in a file's name with a condition or a procedure
before them (slugs.py). An event the voice hosts, a role at an event with no care, and a general file name pass.
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import media_voices as module
from playbook.rules.privacy.media_voices import voices

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "The voice of the 6 a.m. traffic report on KXRT was in our chair Tuesday for a crown. Looking great!",
        "Big smile from the meteorologist on Channel 4 - his new implants are in and he's back on the weather wall Monday.",
        "You know her as the late-night host on WBRQ - she just finished her last chemo infusion with us!",
        "¡La voz del programa de la mañana de Radio Sabrosa ya salió de su cirugía de vesícula!",
        "¡El locutor de las mañanas de La Tremenda 105.3 FM ya está caminando tras su reemplazo de cadera con nosotros!",
        "Retired Fairmont High swim coach waving, a fresh bandage on his cheek, after this morning's surgery.",
        "Ironside Gym boxing trainer in a sling after this morning's shoulder repair",
        "Retired Westfield Academy softball coach smiling after his cataract surgery",
    ],
)
def test_a_voice_or_a_named_role_with_care_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The morning voice of KXRT will emcee our health fair on Saturday!",
        "La voz de Radio Sabrosa transmitirá en vivo desde nuestra feria de salud.",
        "Tune in Thursday: the host of the health hour on KLMN 98.1 FM will interview our hygienists about gum disease.",
        "Westfield Academy softball coach handing out water at our 5K",
        "Riverside Rowing Club coach smiling after the regatta with our team",
        "Northgate Middle band director grinning after his retirement party",
    ],
)
def test_an_event_or_a_role_without_care_passes(text):
    assert hits("PHI011", post(text)) == []


@pytest.mark.parametrize(
    "name",
    ["IMG_psoriasis_elbow_Nakashima_T.jpg", "rinoplastia-perez-m-dia3.jpg", "acne-mejilla-galindo-r-semana2.jpg", "IMG_melanoma_back_Castellano_D.jpg"],
)
def test_a_surname_and_an_initial_after_their_care_in_a_file_refuses(name):
    assert hits("PHI003", post("New photo.", media=[Media(name, "A close look at the area", False, "", None, 14)]))


@pytest.mark.parametrize("name", ["psoriasis-elbow-diagram.png", "eczema_hand_diagram_v2.png", "knee_scope_okonkwo_b_roll.mp4", "vitamin_d_day3.png"])
def test_a_general_file_name_passes(name):
    assert hits("PHI003", post("New photo.", media=[Media(name, "A diagram of the skin", False, "", None, 14)])) == []


@FUZZ
@given(
    st.sampled_from(["The voice of the drive-time show on", "You know him as the weekend anchor on", "La locutora del noticiero de"]),
    st.sampled_from(["KQRV", "Channel 7", "Radio Tropical", "Canal 23"]),
    st.sampled_from(["was in our chair for two fillings", "just finished his last radiation session with us", "ya salió de su cirugía"]),
)
def test_a_grid_of_voices_and_care_refuses(who, station, told):
    assert hits("PHI011", post(f"{who} {station} {told}."))


@pytest.mark.parametrize("unit", ["The voice of the show on KXRT was here. ", "La voz del programa de Radio Sol en la feria. "])
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: list(voices(unit * 20)), package=False)
    large = steps(module, lambda: list(voices(unit * 40)), package=False)
    assert large < 2.3 * small
