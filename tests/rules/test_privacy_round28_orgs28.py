"""Round 28, organisations, places and handles taken for people (PHI003): a town after an organisation's name and
"de"/"of", a camp or a colonia before its name (org_of.py), an organisation whose name holds "Family", a sentence's
"Tu familia" (family_words.py), a branch named after someone under its owner's possessive or "named for"
(named_after.py), an office's handle that is a segment of the linked .gov page (cited_handles.py). What passes, what
stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.known import Person
from playbook.rules.privacy.org_of import place_of_org

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


def _person(text: str, name: str, how: str = "a first name") -> Person:
    start = text.index(name)
    return Person(start, start + len(name), tuple(name.split()), how)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Gifts from the Honduran Association of Orlando arrived.", "Orlando", True),
        ("Gracias a la Asociacion Boliviana de Aurora por las mochilas.", "Aurora", True),
        ("El Consulado General de Peru en Austin apoyo la feria.", "Austin", True),
        ("Llego desde el campamento de Tham Hin en 2009.", "Tham Hin", True),
        ("She grew up in the refugee camp Tham Hin.", "Tham Hin", True),
        ("Vivio en la colonia Esperanza antes de mudarse.", "Esperanza", True),
        ("Thanks to Aurora Pell of the Lions Club.", "Aurora", False),  # the person comes first
        ("The Garden Club of Orlando's mother had surgery.", "Orlando", False),  # someone's own
        ("Mochilas de la Asociacion de Padres de Benita Salcedo, a quien le operamos la rodilla.", "Benita Salcedo", False),
    ],
)
def test_place_of_org_reads_the_frame(text, name, place):
    assert place_of_org(text, _person(text, name)) is place


def test_a_handle_or_a_title_is_never_a_place():
    text = "Tips from the Community of @JunoRuns today."
    assert not place_of_org(text, _person(text, "@JunoRuns", "a social handle"))


@pytest.mark.parametrize(
    "text",
    [
        "Hygiene kits donated by the Salvadoran Association of Houston and the Laotian Community of Orlando.",
        "Kits donados por la Asociación Guatemalteca de Houston y la Comunidad Hmong de Aurora. ¡Gracias!",
        "Nuestra nueva recepcionista llegó a Tulsa desde el campamento de Umpiem Mai y habla karen.",
        "Our new front-desk lead came to Tulsa from the refugee camp Umpiem Mai three years ago.",
        "Thanks to Hmong Family Association of Fresno for hosting our booth.",
        "Tu familia te espera en casa: maneja con cuidado este fin de semana.",
        "Su familia también puede vacunarse sin cita los sábados.",
        "Flu clinic this week at the city library's Everett Nakamura branch.",
        "Free vision screenings at the school named for Rosalind Achebe on Friday.",
        "Storm notice, shared from @OKCEM: https://www.okc.gov/departments/OKCEM for shelters.",
    ],
)
def test_organisations_places_and_offices_pass(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "La familia Peñalosa vino a vacunarse el martes.",
        "The Houston family's boy finished chemo with us last week.",
        "The Su family came in for their flu shots.",
        "Big thanks to @TashaRunsFar, who beat breast cancer here: https://www.cdc.gov/cancer/TashaRunsFar",
        "Everett Nakamura's school nurse sent him to us after his fall.",
    ],
)
def test_patients_stay_named(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(
        [
            "the Cambodian Association of {p}",
            "la Asociación Mexicana de {p}",
            "the Somali Community of {p}",
            "el Consulado de Honduras en {p}",
            "desde el campamento de {p}",
            "la colonia {p}",
        ]
    ),
    st.sampled_from(["Houston", "Aurora", "Orlando", "Austin", "Mae Ra", "Lorena"]),
)
def test_places_after_organisations_pass(frame, place):
    assert hits("PHI003", "Hygiene kits came from " + frame.format(p=place) + ". See you Saturday!") == []


@FUZZ
@given(
    st.sampled_from(["the Cambodian Association of {p}", "la Asociación Mexicana de {p}", "desde el campamento de {p}"]),
    st.sampled_from(["Marisol Quevedo", "Anselmo Rubio", "Delphine Oakes"]),
    st.sampled_from(["had her knee replaced here", "a quien le operamos el hombro", "finished chemo with us"]),
)
def test_a_patient_after_an_organisation_stays_named(frame, name, care):
    assert hits("PHI003", "Kits came from " + frame.format(p="Tulsa") + f". {name} {care}.")


def test_org_of_reading_is_linear():
    """Each look is a bounded window before one name and one sentence after it: doubling the text doubles the work."""
    unit = "la Asociación Mexicana de Aurora. the Somali Community of Orlando. desde el campamento de Mae Ra. the library's Kira Ennis branch. "
    assert_linear("PHI003", unit)


def test_family_words_and_handles_stay_linear():
    unit = "Tu familia te necesita. Lao Family Community of Merced. reshared from @OKCEM https://www.okc.gov/a/OKCEM now. "
    assert_linear("PHI003", unit)
