"""Round 47, ids47: one unnamed patient told by the hour or date of one sitting of care (visit_times.timed_care,
PHI008): a lost-and-found note, a reminder or a word spoken to the patient of "the 8:15 infusion", "el turno de las
11:40 del 9 de junio". Timetables (a range of hours), a lost-and-found with no time of care, plural slots with no
day of their own and events' dates pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import visit_times as module
from playbook.rules.privacy.dates import _DATE
from playbook.rules.privacy.visit_times import timed_care

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        # the kind's own, sharing no content word with the corpus cases
        "Someone forgot a knitted scarf at the 4:45 physical therapy session on Oct 2. Come grab it!",
        "Left behind at the 1:20 pm colonoscopy on 9/18: reading glasses in a tan case.",
        "To whoever left a thermos after the 11:50 allergy injection on Tuesday 4/22, it's in the break room.",
        "Se quedó una chamarra roja después de la sesión de quimioterapia de las 9:30 del jueves 5 de junio.",
        "Al caballero del turno de las 11:15 del lunes: olvidó su bastón junto a la ventanilla.",
        "A la señora de la consulta de las 4:10 de ayer: encontramos su cartera junto a la báscula.",
        "Found after this morning's 6:40 wound-care treatments: a silver locket with a photo inside.",
        "Paciente con turno el viernes 9 a las 8:20 para su biopsia: por favor llámenos hoy.",
    ],
)
def test_one_sitting_of_care_told_by_its_time_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our dosing window is 6:30-10 am Monday through Saturday.",
        "We keep lost items at the front desk for 30 days.",
        "Join us for the health fair on May 3 at 10 am! Free flu shots for everyone.",
        "Horario de dosificación: de 6:30 a 10:00, lunes a sábado. Objetos olvidados en recepción.",
        "Las citas de las 8:00 empiezan puntuales; si olvidó sus papeles, llame antes.",
        "Only 2 spots left for the 9 am flu shot clinic on Oct 5!",
        "Whoever needs a flu shot, walk in at 9 am Friday.",
        "Dejó de fumar hace un año y hoy celebramos el Día sin Tabaco el 31 de mayo a las 10.",
        "Lost and found: anything left in the lobby goes to the county office after two weeks.",
        # found room, not a found thing; a condition is anyone's
        "Good news: we found room for more 4:30 pm appointments today, so call if you need one!",
        "Si olvidó su cita de las 3:00, llámenos y se la cambiamos.",
        "If you forgot your charger at your 9:30 session, we have a box of spares at the desk.",
    ],
)
def test_timetables_events_and_general_lost_and_found_pass(text):
    assert hits("PHI008", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["7:05", "10:40", "2:15 pm", "6 a.m."]),
    st.sampled_from(["infusion", "dialysis", "session", "appointment"]),
    st.sampled_from(["a wool cap", "a phone charger", "his glasses", "a library book"]),
)
def test_a_grid_of_times_sittings_and_things_refuses(clock, care, thing):
    assert list(timed_care(f"Someone left {thing} after the {clock} {care} on 3/11. Ask at the desk.", _DATE))


@pytest.mark.parametrize(
    "unit",
    [
        "Found after the 8:15 infusion a cap. Citas de las 9:00 a 11:00. Left a ",
        "appointment appointment 7:30 left left ",
    ],
)
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: list(timed_care(unit * 20, _DATE)), package=False)
    large = steps(module, lambda: list(timed_care(unit * 40, _DATE)), package=False)
    assert large < 2.3 * small
