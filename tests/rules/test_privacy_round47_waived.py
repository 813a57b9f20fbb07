"""Round 47 (by hand), two kinds final41 showed. PHI009: a house number before a Spanish street word, the US order the
Southwest and Florida write ("1509 Camino Viejo", "2210 Avenida Los Ebanos"), is an address next to one person's care.
(Its linearity is test_hostile_text's, as for every PHI009 pattern.) FTC004: a charge waived in Spanish ("le eximimos el pago", "le exoneramos el copago", "te condonamos el saldo") for a
changed review is a reward. A practice's own new address and a waiver offered to everyone pass. Everything is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import addresses

from tests.rules.harness import hits, post, response

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Equipo de visitas: el cambio de vendaje de la señora de 2210 Avenida Los Ébanos pasa al jueves.",
        "Recuerden: la paciente de 87 Calle Roble necesita su insulina antes de las 9.",
        "La curación del señor de 1509 Camino Viejo quedó para el lunes.",
        "Route note: the gentleman at 3308 Paseo del Sol gets his wound check Friday now.",
    ],
)
def test_a_number_before_a_spanish_street_word_with_care_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Nos mudamos! Ahora estamos en 450 Calle Mayor, Suite 2, a una cuadra del parque.",
        "Este sábado hay vacunas gratis en el festival de Calle Ocho.",
        "Tenemos 3 calles cerradas por la feria: usen el estacionamiento de atrás.",
    ],
)
def test_our_address_an_event_or_a_count_passes(text):
    assert hits("PHI009", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Perdón por el mal rato. Le eximimos el pago de la próxima limpieza si luego quiere actualizar su reseña.",
        "Disculpe. Le exoneramos el copago de la siguiente cita si decide cambiar su calificación.",
        "Lo sentimos. Te condonamos el saldo si editas tu opinión en Google.",
    ],
)
def test_a_charge_waived_for_a_changed_review_refuses(text):
    assert hits("FTC004", response(text))


def test_a_waiver_for_everyone_passes():
    assert hits("FTC004", post("Este mes le eximimos el copago de la vacuna contra la gripe a todos los pacientes.")) == []


@FUZZ
@given(st.sampled_from(["Calle", "Avenida", "Camino", "Paseo", "Privada"]), st.sampled_from(["Roble", "Los Ebanos", "del Sol", "Vieja Linda"]))
def test_a_grid_of_numbered_spanish_streets_is_read(word, name):
    assert [m.group(0) for m in addresses._NUMBER_CALLE.finditer(f"la senora de 1509 {word} {name} necesita su curacion")] == [f"1509 {word} {name}"]
