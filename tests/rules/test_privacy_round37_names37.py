"""Round 37 (names37): words that are given names elsewhere but name no one in their place (PHI003). A county in a
notice's list of places (places_listed.py), a university or a scouts' troop after its name word (place_after), a
people in a list of three or more languages, a singer before her work ("every <Singer> song"), a society's handle of
short forms ("@AmerAcadPeds"). Their leaks stay errors. Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.places_listed import place_listed

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a county in a notice's list of places (EN/ES)
        ("Wind advisory tonight for Brownsville and Cameron: tie down trampolines.", False),
        ("Aviso de calor para Kendall y Laredo hoy: tomen agua.", False),
        # a university or a scouts' unit after its name word
        ("Our audiology club welcomed Kent State interns this spring.", False),
        ("Muchas gracias a la Tropa 31 y a Tyler State por pintar el mural.", False),
        # a people in a list of languages, with no use said
        ("Flyers printed in Oromo, Amharic, Tigrinya and Karen this month.", False),
        ("Folletos en árabe, persa, Dari y Karen en la recepción.", False),
        # a singer before her work
        ("Our receptionist hums every Shakira song while filing charts.", False),
        ("Dr. Okafor plays a Dolly album at every staff lunch.", False),
        # a society's handle of short forms
        ("Great tips via @AmerAcadPeds on sunscreen for toddlers.", False),
        ("Sigue a @AsocMexDiab para recetas.", False),
        # leaks stay errors: people with care, a handle with a given name, no notice
        ("Alerta: Cameron y Brownsville se operaron de la rodilla.", True),
        ("Gracias a Hidalgo y Cameron por su ayuda con la rodilla.", True),
        ("Big thanks to @RositaSoc for sharing her hip recovery story.", True),
        ("Karen and the Spanish interpreter helped her after surgery.", True),
        ("Hi Wayne, your hearing aids are ready.", True),
    ],
)
def test_name_words_read_in_their_place(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_place_listed_needs_a_town_and_an_area():
    text = "Heat advisory for Laredo and Kendall today."
    assert place_listed(text, text.index("Kendall"))
    text = "Thanks for Laredo and Kendall today."
    assert not place_listed(text, text.index("Kendall"))
    text = "Frost warning for Kendall and Ruth tonight."
    assert not place_listed(text, text.index("Kendall"))


@FUZZ
@given(
    st.sampled_from(["Heat advisory for {t} and {n} until 9 pm.", "Alerta de calor para {t} y {n} hasta el lunes.", "Storm warning: {t}, {n} and Zapata counties."]),
    st.sampled_from(["Laredo", "Brownsville", "Harlingen", "Edinburg"]),
    st.sampled_from(["Cameron", "Kendall", "Tyler"]),
)
def test_counties_in_a_notice_pass(frame, town, name):
    assert hits("PHI003", frame.format(t=town, n=name)) == []


@FUZZ
@given(st.sampled_from(["Cameron Voss", "Kendall Ruiz"]), st.sampled_from(["had her hip replaced with us", "terminó su quimioterapia con nosotros"]))
def test_a_patient_after_a_notice_stays_named(name, care):
    assert hits("PHI003", f"Heat advisory for Laredo today. Our patient {name} {care}.")


def test_readings_stay_linear():
    assert_linear("PHI003", "Heat advisory for Laredo y Kendall, Tyler. every Lola song. Kent State. @AmerAcadPeds en Somali, Hmong, Karen. ")
