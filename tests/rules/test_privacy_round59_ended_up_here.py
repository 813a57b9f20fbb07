"""Round 59: a visit that happened to someone ("fainted at practice and ended up here", "se desmayó y terminó aquí") and
care going on ("we're treating her", "la estamos tratando") are care with us, as "came in for" and "we treated" are.

Folding a fresh writer's set into the story weights left a post to the story model alone: a coach at a named middle
school who fainted in the heat and "terminó aquí" on fluids. Read by the rules, arriving here as an outcome, and a
treatment said in the present, are our care of a person a role at a named place singles out. Our own staff who "ended
up here" after training elsewhere stay ours.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import care as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly

PRIVACY = ("PHI011", "PHI013")


def _refused(text: str) -> bool:
    return any(hits(code, post(text)) for code in PRIVACY)


@pytest.mark.parametrize(
    "text",
    [
        "Get well soon to the band director at Ridgeway High, who collapsed at Friday's parade and ended up here overnight.",
        "Un saludo a la cocinera de la primaria Benito Juárez, que se cayó en la cocina y terminó aquí con puntadas.",
        "The crossing guard on Elm and 4th has high blood pressure, and we're treating him.",
        "El cartero de la colonia Las Flores tiene la presión alta y lo estamos atendiendo.",
    ],
)
def test_a_visit_that_happened_or_care_going_on_refuses(text):
    assert _refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welcome Dr. Okafor! She ended up here after residency in Houston and we are lucky to have her.",
        "Our new physician assistant ended up here after ten years in Denver, and we couldn't be happier!",
        "Estamos atendiendo a domicilio los martes: llame para apartar su visita.",
        "¡Estamos atendiendo a pacientes nuevos! Gracias al maestro de la primaria Benito Juárez por la invitación a su feria.",
        "We are treating patients of all ages this summer. A big thanks to the crossing guard at Lincoln Elementary for the cookies!",
        "The trophy from the Ridgeway High coach ended up in our lobby case, where it still shines.",
        "La fiesta de la colonia terminó aquí en nuestro estacionamiento. ¡Gracias al cartero de la calle Olmo por la música!",
    ],
)
def test_our_own_staff_and_our_services_pass(text):
    assert not _refused(text)


def test_the_phrases_are_care_here():
    assert module.cared_for("y termino aqui con puntadas", 0, 28)
    assert module.cared_for("and we're treating him", 0, 22)


@pytest.mark.parametrize("unit", ["ended up here ", "la estamos tratando ", "termino aqui con "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.cared_for(unit * count, 0, len(unit) * count))
