"""Round 42 (ids42): a worker's employee or badge number (PHI007, number_labels.py "worker" labels).

An employee, badge or payroll number points at one worker; beside a drug test, a fit test or a
physical it tells whose care it was. Only a number right after the label (markers and "is/es" may
sit between) is the worker's: a desk's phone line later in the clause is not. Every name invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import number_labels

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Reminder for employee #88213 on second shift: your lung function check is overdue.",
        "Badge 30472, your respirator fit test result is ready at the front window.",
        "Employee ID 7319 still needs a tuberculosis skin read on Thursday.",
        "El trabajador con gafete 90215 debe repetir la audiometría mañana.",
        "Su número de empleado es 44107 y su examen médico sigue pendiente.",
    ],
)
def test_worker_numbers_are_identifiers(text):
    assert hits("PHI007", text)


@pytest.mark.parametrize(
    "text",
    [
        "Call Employee Health at 555-0188 with questions about boosters.",
        "Our employee 401k match goes up in January.",
        "Employees 45+ may book a screening any weekday.",
        "Premio al empleado del año 2026: gracias a todo el equipo.",
        "Badge pickup is on 05/12 between 9 and 11.",
        "Employee 3 of 12 on the softball roster brought snacks.",
    ],
)
def test_worker_words_without_a_number_pass(text):
    assert not hits("PHI007", text)


LABELS = ["employee #", "badge", "employee ID", "empleado #", "gafete", "número de empleado"]
CARE = ["drug screen", "fit test", "physical", "prueba de drogas", "examen auditivo"]


@FUZZ
@given(st.sampled_from(LABELS), st.integers(10000, 99999), st.sampled_from(CARE))
def test_fuzz_label_number_care(label, number, care):
    text = f"Note for {label} {number}: the {care} is still open."
    assert hits("PHI007", text)


@FUZZ
@given(st.sampled_from(["Employee Health", "Employee Wellness", "Servicio al Empleado"]), st.integers(1000, 9999))
def test_fuzz_desk_lines_pass(desk, number):
    assert not hits("PHI007", f"Call {desk} at 555-{number} for the fit test.")


def test_worker_labels_stay_linear():
    unit = "Employee Health at 555-0100 for the badge photo. Employee 3 of 9. "
    small = steps(number_labels, lambda: list(number_labels.labelled(unit * 20, True)))
    large = steps(number_labels, lambda: list(number_labels.labelled(unit * 40, True)))
    assert large < 2.3 * small
