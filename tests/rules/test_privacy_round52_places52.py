"""Round 52, places52: towns, schools and teams named like people are places to PHI003, and people stay people.

A town in a list of places the gazetteer knows ("our van visits Kilgore, <Town>, Longview and Marshall"; town_lists.py),
a town people come from or whose best something is ("families from <Town>", "el perro mas bravo de <Town>";
town_origins.py), a school or a team by its town ("<Town> English", "former <Town> running back <Name>"; town_schools.py
and privacy-names.yml place_after), a town of several words whose last word is a given name ("Coeur d'Alene", "Lake
Charles"; places.py) and the practice's own town from its address (practice_town.py) are places. A person named like a
town stays refused: with their care, an age, a pronoun, a possessive, a relative. Every town and name here is invented
or a common US town; every sentence is ours.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import places, practice_town, town_lists, town_origins, town_schools
from playbook.rules.privacy.known import Known, Person

from tests.rules.harness import PLANS, PRACTICE, hits, post, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
HOME = dataclasses.replace(PLANS, practice=dataclasses.replace(PRACTICE, address="418 Bois d'Arc St, Suite 2, Tyler, TX 75702"))


def _names(text: str, *, reply: bool = False, plans=PLANS) -> list:
    return hits("PHI003", response(text) if reply else post(text), plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        # a town among places the gazetteer knows
        "This spring our mobile van visits Kilgore, Tyler, Longview and Marshall. Bring the kids for sports physicals!",
        "We're bringing free blood pressure checks to Salem, Marion, Albany and Corvallis next month.",
        "Our outreach team drives out to Denton, Sherman, Gainesville and Lewisville every Tuesday.",
        "Este mes la unidad movil pasa por Edinburg, McAllen y Elsa con vacunas gratis.",
        "Seguimos la gira: Laredo, Zapata, Roma y Elsa. ¡Los esperamos!",
        "Upcoming health fairs: Mission (Sat), Alton (Sun), Pharr (Mon).",
        "Las enfermeras de cuidado en casa ya van a Donna, Alamo y San Juan todos los martes.",
        "Our hospice nurses cover everything from Rio Grande City to Roma and beyond.",
        "Desde Edinburg hasta Elsa, nuestras promotoras tocan puertas para hablar de la diabetes.",
        # a town people come from, adorned or ranked
        "We're proud to serve families from Jerome and the farms around it.",
        "Our front desk crew drove all the way from Vernon for the training.",
        "Greetings from sunny Alton! The farmers market opens Saturday.",
        "Dr. Okafor joins us from Marion, where she practiced for ten years.",
        "El mejor pan dulce de Elsa esta a una cuadra de la clinica.",
        "Es el perro mas bravo de Elsa y ahora es la mascota de la recepcion.",
        "Los tacos mas ricos de Marion, segun el equipo de la tarde.",
        "Aqui en la calurosa Elsa, tomen mucha agua y busquen sombra.",
        "Our new satellite office, Marion, opens its doors on March 3.",
        "Our second location, Jerome, opens Monday at 8.",
        # schools and teams named by their town
        "Congrats Lynn Classical on the big win over Lynn English!",
        "Welcome back, Shelby Central students!",
        "Big win tonight for Tyler Legacy! Our athletic trainers were on the sidelines.",
        "Huge game Friday: Marion North vs. Marion South. Our trainers will be there.",
        "Waipahu Intermediate students practiced hand washing with our nurses today.",
        "Our athletic trainer covers every home game at Lincoln Southeast.",
        "Shout out to former Marshall running back Tyrone Adebayo for reading to the kids at our open house.",
        "Felicidades a la banda de Elsa Central por su primer lugar.",
        "Good luck to Marion football in the playoffs this Friday!",
        "Proud sponsor of Tyler Little League this season.",
        "Congrats to the Marion girls' soccer team on the state title!",
        "Our trainers cover the Alton vs. Pharr game Friday night.",
        "Marion fans, the heat index is 104 tonight: bring water to the stadium.",
        # towns of several words whose last word is a given name
        "We're opening a new clinic in Coeur d'Alene this fall.",
        "Coeur d'Alene, the smoke is back. Keep windows closed today.",
        "Smoke advisory for Coeur d'Alene and Post Falls through Friday.",
        "Lake Charles has a new farmers market downtown.",
        "Fort Collins is getting its first walk-in orthopedic clinic.",
        "San Juan Bautista celebra su fiesta patronal este fin de semana.",
    ],
)
def test_towns_schools_and_teams_named_like_people_pass(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Elsa Navarro from Alton had her knee replaced here last month and is already dancing!",
        "We treated Lynn for a nasty ankle sprain last week, and she's back on the court.",
        "Marion, Shelby and Tyler all got their braces off this week!",
        "Longview, McAllen y Elsa se vacunaron con nosotros esta semana.",
        "Kids from Longview, Marion and Tyler got their flu shots with us today!",
        "Congrats to Marion from Longview on finishing her chemo!",
        "El mejor amigo de Elsa vino a su cita de terapia.",
        "La nieta mas consentida de Marion ya salio del hospital.",
        "Shelby drove all the way from Longview for her appointment.",
        "Lynn English had her ACL repaired here in Longview.",
        "Lynn English, our star forward, tore her ACL and we fixed it.",
        "Marion North had her gallbladder out with us last week.",
        "We visited Tyler in the hospital after his surgery.",
        "Visitamos a Elsa en el hospital despues de su operacion.",
        "Big hug to Shelby, 9, from Alton after her appendectomy.",
        "Our favorite patient from Lynn, Marion, turned 90 today!",
        "Thanks Marion, Longview loves you and your new hip!",
        "Gracias a Elsa y a su mamá, que confiaron en nosotros para su cirugia.",
        "Congrats to the Marion twins on their first shots!",
        "Alton vs. Dana: who healed faster after knee surgery?",
    ],
)
def test_people_named_like_towns_stay_refused(text):
    assert _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tyler, stay cool today! Cooling centers are open downtown.",
        "We love Tyler. Happy Fourth from all of us!",
        "Best tacos in town? Ask anyone here. Tyler has the best taquerias.",
        "Hello Tyler! Flu shots are here, walk in anytime.",
    ],
)
def test_the_practices_own_town_passes(text):
    assert _names(text, plans=HOME) == []
    assert _names(text)  # without the address it is weighed as a name, as before


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("Tyler, 7, got his cast off today!", False),
        ("Tyler had her knee scoped with us.", False),
        ("Tyler's first day without crutches!", False),
        ("Congrats, Tyler! You crushed physical therapy.", False),
        ("We treated Tyler for a nasty ankle sprain last week.", False),
        ("Thank you, Tyler!", True),
    ],
)
def test_someone_named_like_the_practices_town_stays_refused(text, reply):
    assert _names(text, reply=reply, plans=HOME)


def test_the_town_is_read_from_the_address():
    assert practice_town.home_towns("418 Bois d'Arc St, Suite 2, Tyler, TX 75702") == ("tyler",)
    assert practice_town.home_towns("2200 W University Dr, Edinburg TX 78539") == ("edinburg",)
    assert practice_town.home_towns("Calle Hidalgo 14, Elsa, Texas") == ("elsa",)
    assert practice_town.home_towns("PO Box 12") == ()


@FUZZ
@given(
    st.sampled_from(["Kilgore, {t} and Longview", "McAllen, Alamo y {t}", "{t}, Twin Falls and Burley", "from Rio Grande City to {t}"]),
    st.sampled_from(["Marion", "Tyler", "Shelby", "Elsa", "Jerome"]),
    st.sampled_from(["Our van visits {l} this week.", "Vacunas gratis en {l} este mes.", "Health fairs: {l}!"]),
)
def test_a_grid_of_towns_listed_with_places_passes(shape, town, frame):
    assert _names(frame.format(l=shape.format(t=town))) == []


@FUZZ
@given(
    st.sampled_from(["Marion", "Tyler", "Shelby", "Elsa", "Jerome"]),
    st.sampled_from([" got his cast off today.", " had her tonsils out with us.", " se opero de la rodilla.", ", 7, is back on the field after surgery."]),
)
def test_a_grid_of_town_names_with_care_refuses(name, care):
    assert _names(f"Longview and {name}{care}")
    assert _names(f"{name}{care}")


@pytest.mark.parametrize(
    "unit",
    [
        "Our van visits Kilgore, Tyler, Longview and Marshall. ",
        "Families from Jerome and the best tacos in Marion; el mas bravo de Elsa. ",
        "Congrats Lynn English on the win! Coeur d'Alene, Lake Charles y San Juan. ",
        "Kilgore, Kilgore, Kilgore, Kilgore, Tyler and and , , ",
    ],
)
def test_the_place_reading_stays_linear(unit):
    def run(count):
        text = unit * count
        words = [m.span() for m in re.finditer(r"[A-Z]\w+", text)]
        read = [places.place_here(text, begin) for begin, _ in words]
        for reading in (town_lists.listed_town, town_origins.origin_town, town_schools.town_school):
            read += [reading(text, begin, end) for begin, end in words]
        return read

    for module in (town_lists, town_origins, town_schools, places):
        assert grows_linearly(module, run)


def test_the_practices_town_stays_linear():
    known = Known.of(HOME)
    assert known.home == ("tyler",)

    def run(count):
        text = "Tyler, stay cool. " * count
        found = [Person(m.start(), m.end(), ("Tyler",), "a first name") for m in re.finditer("Tyler", text)]
        return [practice_town.home_town(text, known, person, reply=False) for person in found]

    assert grows_linearly(practice_town, run)
