"""Round 51, Spanish procedures named by their body part (PHI002): "cirugía del manguito rotador" is one procedure.

English names such procedures in one compound the lexicon holds ("rotator cuff surgery"), which is specific and
refused in any reply; Spanish names them with a procedure word that is also everyday ("cirugía") and the part after
"de"/"del", each word on its own only common. Joined, they are as specific as the English, so a reply's "recovering
after the <procedure> of <part> takes time" is refused in Spanish as it is in English. A procedure word alone, or our
team's name ("nuestro equipo de cirugía"), still passes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import clinical_detail as module

from tests.rules.harness import hits, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué alegría! Recuperar la fuerza después de la cirugía de cadera lleva tiempo, y usted no se rindió.",
        "Gracias por sus palabras. La terapia tras el reemplazo de rodilla es dura, pero vale la pena.",
        "Sabemos que la cirugía de tobillo asusta un poco. ¡Gracias por escribir!",
        "La operación de hombro no es fácil; nos da gusto leer esto.",
    ],
)
def test_a_procedure_named_by_its_part_refuses_in_a_reply(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por escribir. Nuestro equipo de cirugía le manda saludos.",
        "¡Mil gracias! Se lo compartimos a todo el personal.",
        "Lamentamos lo ocurrido. Llame al {{ contact.phone }} y pregunte por nuestra gerente.",
    ],
)
def test_a_reply_without_the_procedure_passes(text):
    assert hits("PHI002", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["la cirugía", "la operación"]),
    st.sampled_from(["de rodilla", "de cadera", "del hombro", "de la muñeca"]),
)
def test_a_grid_of_procedures_by_part_refuses(procedure, part):
    assert hits("PHI002", response(f"Gracias. Después de {procedure} {part} hay que tener paciencia."))


@pytest.mark.parametrize("unit", ["cirugía de rodilla, ", "la cirugía del ", "de de del rodilla "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.clinical_terms(unit * count))
