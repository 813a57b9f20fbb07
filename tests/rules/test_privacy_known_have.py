"""PHI002 in Spanish replies: what the reply knows the reader has or owes, with the subject left out as Spanish leaves
it ("vemos que tiene seguro"), is the reader's, as "we see you have insurance" is in English. Before, only "usted"
said aloud made such a money word the reader's.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import clinical_detail

from tests.rules.harness import hits, response
from tests.rules.work import grows_linearly

REFUSED = [
    "Vemos que tiene seguro, así que no se preocupe por el pago.",
    "Sabemos que tenía seguro médico el año pasado, pero ya no aparece activo.",
    "Notamos que debe un saldo pequeño; con gusto lo revisamos.",
    "Nos aparece que está afiliada al plan del estado.",
    "Sé que pagó el copago en la recepción, disculpe la confusión.",
]
PASSED = [
    "Aceptamos casi todos los seguros médicos; llámenos si tiene dudas.",
    "Sabemos que tiene muchas ganas de contarle a todos, ¡gracias por escribirnos!",
    "Sé que tiene razón: la espera fue larga y lo sentimos.",
    "Seguro que sí, con gusto le ayudamos en lo que necesite.",
    "Entendemos que el tema de los seguros puede ser confuso para todos.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_money_word_the_reply_knows_the_reader_has_is_refused(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize("text", PASSED)
def test_knowing_what_the_reader_feels_or_money_in_general_passes(text):
    assert not hits("PHI002", response(text))


def test_the_known_have_reading_stays_linear():
    def run(count):
        return clinical_detail.clinical_terms("Vemos que tiene ganas de volver. " * count + "Vemos que tiene seguro.")

    assert grows_linearly(clinical_detail, run)
