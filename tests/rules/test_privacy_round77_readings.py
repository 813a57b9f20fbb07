"""Round 77 (final77, kept back until the session's end): readings its false alarms showed missing.

- A clinician "or our manager" offered to call back ("La Dra. <Name> o nuestra gerente pueden devolverle la llamada").
- The review read "over lunch", "during the huddle", then the staff's joy; thanks to the reader for "taking a minute" to write.
- A public figure who spoke "at our rally" or "at our vigil" (an event, no care of ours); a story told "in the foreword".
- A school's team greeted by its mascot's plural ("Good luck with finals, Salukis!").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Sentimos mucho que la visita no fuera lo que esperaba. La Dra. Okafor o nuestra gerente pueden devolverle la llamada; marque a la oficina.",
        "Qué pena leer esto. Con mucho gusto la Dra. Ada Okafor o nuestro administrador le devuelven la llamada si nos marca.",
    ],
)
def test_a_clinician_or_our_manager_offered_to_call_back_passes(text):
    assert not hits("PHI001", response(text), plans=with_staff("Dr. Ada Okafor"))


@pytest.mark.parametrize("thanks", ["So grateful you took the time to write it!", "¡Qué lindo que usted se tomó el tiempo de escribirnos!"])
def test_the_readers_time_given_to_the_review_is_no_dealing(thanks):
    text = f"Thank you!! Dr. Okafor read this at the huddle and is beaming. {thanks}"
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Ada Okafor"))


def test_a_clinician_who_called_back_after_care_still_refuses():
    text = "Sentimos mucho lo ocurrido. La Dra. Okafor le devolvió la llamada después de su cirugía."
    assert hits("PHI001", response(text), plans=with_staff("Dr. Ada Okafor"))


def test_the_review_read_over_lunch_then_joy_passes():
    text = "Thank you!! Dr. Okafor and Lacey read this over lunch and are beaming. So grateful you took the time to write it!"
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Ada Okafor", "Lacey"))


def test_a_chart_read_over_lunch_still_refuses():
    text = "Thank you!! Dr. Okafor read your chart over lunch and is glad the knee is holding up."
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Ada Okafor"))


def test_a_figure_who_spoke_at_our_rally_about_their_public_story_passes():
    text = "Thanks to former Olympic rower Dana Kessler, who spoke at our Recovery Month vigil about her years of sobriety, as she does in her memoir."
    assert not hits("PHI003", post(text))


def test_a_figure_in_our_recovery_program_still_refuses():
    assert hits("PHI003", post("Proud of former Olympic rower Dana Kessler, sober two years after our outpatient recovery program."))


def test_a_team_greeted_by_its_mascot_passes():
    assert not hits("PHI003", response("Thank you for the kind words! Good luck on your exams, Huskies!", scenario="positive-review"))
