"""Round 41, places read as people (PHI003, nations.py): a country greeted on its national day, a neighbourhood named
after a country or a city abroad ("Little <Country>"). What passes, what stays an error, and that the reading stays
linear. Every name here is invented.

The shape: a country's or a territory's name (English or Spanish), or Little/Pequeño/Petite before a country or a
city, where a finder reads a name. Five made-up sentences of that shape share no content words with the corpus.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.lexicon.fold import fold
from playbook.rules.privacy import nations
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)

MADE_UP = [
    "Happy Independence Day, Honduras! Stop by our table at Riverside Park for free blood pressure checks.",
    "¡Feliz día patrio, El Salvador! Los esperamos el domingo con pruebas de glucosa gratis.",
    "Bonswa, Little Haiti! Our mobile van parks by the market every Tuesday for flu shots.",
    "Join us at the Little Saigon night market for free vision checks this Friday.",
    "¡Hola, Pequeño Haití! Este sábado ofrecemos vacunas contra la gripe en la biblioteca.",
]


@pytest.mark.parametrize("text", MADE_UP)
def test_places_of_that_shape_pass(text):
    assert hits("PHI003", text) == []


def _person(text: str, name: str, title: str = "") -> Person:
    start = text.index(name)
    return Person(start, start + len(name), tuple(name.split()[-1:]), "greeted by name", title)


@pytest.mark.parametrize(
    ("text", "name", "title", "place"),
    [
        ("Happy Independence Day, Honduras!", "Honduras", "", True),
        ("Bonswa, Little Haiti!", "Little Haiti", "", True),
        ("at the Little Haiti Arts Hall", "Little Haiti Arts Hall", "", True),
        ("Happy birthday, Kenya!", "Kenya", "", False),  # a given name too: weighed as a name
        ("Little Jordan, 4, got a cast", "Little Jordan", "", False),
        ("Sra. Cuba came in", "Cuba", "Sra.", False),  # a title before it: a person
        ("Ana Cuba came in", "Ana Cuba", "", False),  # a country inside a longer name
        ("¡Feliz cumpleaños, Jordania! Tu quimio ya terminó, te queremos.", "Jordania", "", False),  # spoken to about care
    ],
)
def test_nation_reads_the_word(text, name, title, place):
    folded = fold(text)
    assert nations.nation(folded, _person(folded, fold(name), title)) is place


@FUZZ
@given(
    st.sampled_from(["Happy Independence Day, {p}!", "¡Feliz Día de la Independencia, {p}!", "Hello, Little {p}!", "¡Hola, Pequeño {p}!"]),
    st.sampled_from(["Haiti", "Guatemala", "Peru", "Ecuador", "Somalia", "Paraguay"]),
    st.sampled_from(["Free flu shots at the plaza on Sunday.", "Vacunas gratis el domingo en la plaza."]),
)
def test_places_greeted_pass(frame, place, rest):
    assert hits("PHI003", frame.format(p=place) + " " + rest) == []


@FUZZ
@given(
    st.sampled_from(["Kenya", "Jordan", "Georgia", "India"]),
    st.sampled_from(["finished her chemo with us today.", "terminó su quimioterapia con nosotros."]),
)
def test_a_country_that_is_a_given_name_stays_a_name(name, care):
    assert hits("PHI003", f"Little {name}, 7, {care}")


def test_nation_stays_linear():
    unit = "Bonswa, Little Haiti! Little Ruth, 5, came by. ¡Feliz día, Honduras! "

    def run(text):
        folded = fold(text)
        spans = [m.span() for m in re.finditer(r"Little \w+|Honduras", folded)]
        return [nations.nation(folded, Person(a, b, tuple(folded[a:b].split()), "greeted by name")) for a, b in spans]

    one, two = (steps(nations, lambda t=t: run(t)) for t in (unit * 20, unit * 40))
    assert two <= 2.3 * one


@FUZZ
@given(
    st.sampled_from(["We take {a}, {b} and {n} {c} for exams.", "Aceptamos {a}, {b} y {n} {c} para sus citas.", "In network: {a}, {n} {c}, {b}."]),
    st.sampled_from(["Medicare", "Aetna", "Humana"]),
    st.sampled_from(["Medicaid", "Cigna", "Tricare"]),
    st.sampled_from(["Whitfield", "Salcedo", "Okafor"]),
    st.sampled_from(["Vision", "Dental", "Health"]),
)
def test_a_plan_named_for_its_founder_passes_in_a_list(frame, a, b, n, c):
    assert hits("PHI003", frame.format(a=a, b=b, n=n, c=c)) == []


@pytest.mark.parametrize(
    "text",
    [
        "We take Medicare, and Dora Whitfield loved her new lenses after surgery.",
        "Ana, Dora Whitfield y Luis terminaron su terapia con nosotros.",
    ],
)
def test_a_name_beside_plans_with_care_stays_named(text):
    assert hits("PHI003", text)


def test_payer_in_list_stays_linear():
    from playbook.rules.privacy import payer_lists

    unit = "We take Medicare, Aetna and Whitfield Vision. "

    def run(text):
        spans = [m.span() for m in re.finditer(r"Whitfield Vision", text)]
        return [payer_lists.payer_in_list(text, Person(a, b, tuple(text[a:b].split()), "a full name")) for a, b in spans]

    one, two = (steps(payer_lists, lambda t=t: run(t)) for t in (unit * 20, unit * 40))
    assert two <= 2.3 * one


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thanks to our neighbors on Quartz Blvd for the block party.", False),
        ("Gracias a nuestros queridos vecinos de la avenida Ceibas por su apoyo.", False),
        ("Her neighbors on Quartz Lane brought her to every dialysis visit.", True),
        ("Mr. Tobar lives on Quartz Lane; we deliver his oxygen there.", True),
    ],
)
def test_our_neighbours_on_a_street_are_no_household(text, flagged):
    assert bool(hits("PHI009", text)) is flagged


def test_home_street_stays_linear():
    from playbook.rules.privacy import addresses

    unit = "Thanks to our neighbors on Quartz Blvd and her neighbors on Elm Lane. "

    def run(text):
        return [addresses._home_street(text, m.start()) for m in re.finditer(r"Quartz Blvd|Elm Lane", text)]

    one, two = (steps(addresses, lambda t=t: run(t)) for t in (unit * 20, unit * 40))
    assert two <= 2.3 * one
