"""Round 59, a repair done on a part of the body (PHI002): "la reparación del manguito rotador" is one procedure.

A fresh writer's reply thanked a reviewer who was back at work "después de la reparación del manguito rotador". The
lexicon holds the part ("manguito rotador", common on its own: "glad the knee is stronger" needs an occasion) and
English compounds ("rotator cuff repair", specific), but not the act word, which is everyday ("la reparación de la
camioneta", "the roof repair"). Joined to a part the lexicon knows (after the act in Spanish, before it in English),
the act is a procedure, as specific as "cirugía de rodilla": refused in any reply. The act word without a part, or with
an everyday part of something else ("la columna de la entrada"), still passes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import clinical_detail as module

from tests.rules.harness import hits, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! Qué gusto que ya volvió al trabajo después de la reparación del manguito rotador.",
        "Mil gracias por escribir. La reconstrucción del ligamento cruzado pide paciencia, y usted la tuvo.",
        "Thank you so much! The tendon repair takes a while to settle, and you stuck with it.",
        "So glad to read this. A meniscus repair is no small thing.",
        "Gracias por la reseña. La fusión de la columna es un camino largo.",
    ],
)
def test_a_repair_of_a_part_refuses_in_a_reply(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos las molestias: la reparación del estacionamiento termina el viernes.",
        "Sorry about the parking lot; the roof repair over the entrance wraps up Friday.",
        "Gracias por avisar. La reparación de la rampa ya quedó lista.",
        "We're sorry the phone line was down; the repair is done and calls go through now.",
        "Disculpe el polvo: la reparación de la columna de la entrada termina el viernes.",
    ],
)
def test_a_repair_of_no_part_passes(text):
    assert hits("PHI002", response(text)) == []


@FUZZ
@given(st.sampled_from(["la reparación", "la reconstrucción", "el reemplazo"]), st.sampled_from(["del menisco", "del tendón de Aquiles", "de la rodilla", "del hombro"]))
def test_a_grid_of_repairs_by_part_refuses(act, part):
    assert hits("PHI002", response(f"Gracias. Después de {act} {part} hay que tener paciencia."))


def test_the_repair_and_its_part_are_one_finding():
    """The finding spans the act and the part, one specific procedure, not a common part beside an everyday word."""
    text = fold("Ya está mejor después de la reparación del manguito rotador.").text
    assert [(text[start:end], tier) for start, end, tier in module.clinical_terms(text)] == [("reparacion del manguito rotador", module.SPECIFIC)]


@pytest.mark.parametrize("unit", ["reparacion del menisco ", "la reparacion de la ", "tendon repair repair "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.clinical_terms(unit * count))
