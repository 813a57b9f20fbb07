"""Round 160: two sets from Utah, Nevada and Wyoming (final160 a and b).

- A US state's name that no name list holds ("Wyoming", "Utah", "Idaho") is a place, in a possessive too ("<State>'s
  school shot rules"); a state that is also a given name ("Nevada", "Georgia") is read as before.
- The plural "binoculars" is a birder's field glasses, not an eye's care: "binocular", an adjective of sight that
  ICD-10 and CIE-10 titles use, left the clinical lexicon (scripts/build_lexicon.py's drop lists).
- A colleague's greetings and thanks in a reply are courtesies: "muchos saludos", "el Dr. <Name> le agradece sus
  palabras", "Dr. <Name> thanks you for your note"; a visit or a surgery after them still confirms.
- Our doors' clock hours said as ours ("we're here 6am to 8pm", "abrimos de 8 a 5") are opening hours, not a time the
  reader came; a span of hours ("6 to 8 hours") and a time with the reader in it stay read.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise, with_staff

_STAFF = with_staff("Dr. Linus Barrowman", "Odile")


@pytest.mark.parametrize(
    "text",
    [
        "Come learn about Idaho's kindergarten immunization rules at our back-to-school night.",
        "Utah's new flu shot guidance for schools starts this fall; ask us what changed.",
        "Una charla sobre las reglas de vacunas escolares de Wyoming, este jueves en la biblioteca.",
    ],
)
def test_a_state_no_name_list_holds_is_a_place(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nevada's cast came off today and she ran straight to the swings!",
        "Georgia's stitches are out and her knee looks great.",
    ],
)
def test_a_state_that_is_a_given_name_stays_named_with_care(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Meet Odile, our front desk lead. Her son Pim spotted a pair of sandhill cranes through her binoculars last weekend.",
        "Odile, nuestra recepcionista, y su hija Maren salen cada domingo con binoculares a ver aves.",
    ],
)
def test_binoculars_are_no_ones_care(text):
    assert not errors("PHI003", post(text), plans=_STAFF)


def test_a_childs_eye_care_still_ties_her_name():
    assert errors("PHI003", post("Maren's binocular vision test came back normal after her new glasses."))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué mensaje tan lindo! Odile y el Dr. Barrowman le mandan muchos saludos.",
        "¡Gracias de corazón! El Dr. Barrowman le agradece sus palabras.",
        "So kind of you! Dr. Barrowman thanks you for the note.",
    ],
)
def test_a_colleagues_greetings_and_thanks_are_courtesies(text):
    assert not errors("PHI001", praise(text), plans=_STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! El Dr. Barrowman le agradece su visita del martes.",
        "Dr. Barrowman thanks you for coming in for your follow-up.",
    ],
)
def test_thanks_for_a_visit_still_confirms(text):
    assert errors("PHI001", praise(text), plans=_STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the kind words, neighbor! We're here 7am to 9pm whenever your route passes our door.",
        "¡Muchas gracias! Abrimos de 8 a 5 cuando el camino lo traiga de vuelta por aquí.",
        "Appreciate it! We're open 6-6 daily whenever you're passing through.",
    ],
)
def test_our_clock_hours_are_opening_hours(text):
    assert not errors("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks! We're here 7am to 9pm, and it was good to see you at 8pm on Tuesday.",
        "Thanks for sitting with us from 7am to 9pm while your dad was here.",
    ],
)
def test_a_time_the_reader_came_still_confirms(text):
    assert errors("PHI001", praise(text))
