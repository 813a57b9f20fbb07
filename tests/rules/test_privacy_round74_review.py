"""Round 74's review: ways through the round's readings a reviewing helper found, each mended with its row.

- A clause between our staff's role and "N años con nosotros" makes them her years only when it tells where she is from
  ("nació en ..."), never when she does something to someone ("opera a la cartera de ...", "le cambió el vendaje a ...").
- "Vino por" is a visit for care unless a thing with its article follows ("por las paletas"): "por su blanqueamiento",
  "por sus lentes", "por primera vez" stay visits.
- Pets named in the plural are counted or owned ("three hens named ..."); "the Oregon Ducks named <Name> captain" names
  a person; "Holy cow, <Name>" is no pet.
- A cheer after "the" or "a" is an event's name only with no care told, or when the name is an everyday word ("Go Red").
- "La dimos de alta del hospital" and "released him to light duty" are discharges; "de alta como proveedor" is no care.
- A treat "on us" that "this one"/"that one" carries is a reward; "corre por cuenta nuestra" too.
- "Los únicos mellizos de <grado>" single out a pair; "los primeros gemelos en viajar al espacio" is history.
- A recall's notice excuses a lot we swapped for all our patients; "a figure, then 'the patient protection bill'" is no
  patient; a member named by her given name before "the only person who can ..." is ours.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Nuestro médico opera a la cartera más veterana de Cidra, lleva 25 años con nosotros.",
        "Nuestra enfermera le cambió el vendaje a la abuelita de Cayey, lleva 10 años con nosotros.",
    ],
)
def test_someone_our_staff_cared_for_keeps_their_years(text):
    assert hits("PHI011", post(text)) or hits("PHI013", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "La alcaldesa de Pinos Altos, Rosalía Whitford, vino por su blanqueamiento antes del desfile.",
        "La alcaldesa de Pinos Altos, Rosalía Whitford, vino por sus lentes de contacto nuevos.",
    ],
)
def test_a_figure_who_came_for_a_service_keeps_the_name(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Holy cow, Dennis! Down 40 pounds since your gastric sleeve, so proud of you!",
        "The Oregon Ducks named Maya Chen team captain, a year after we repaired her ACL!",
    ],
)
def test_no_pet_before_a_person_with_care(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The whole staff wore the Go Mateo shirts for his last chemo session today 💪",
        "We made a Go Ellie banner for her first day back after heart surgery ❤️",
    ],
)
def test_a_cheer_on_a_shirt_or_a_banner_with_care_names(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "La única partera de San Isidro ya está en casa: la dimos de alta del hospital el martes.",
        "The only barber in Pine Hollow is back behind the chair — Dr. Ruiz released him to light duty Friday.",
    ],
)
def test_a_discharge_with_where_or_when_is_care(text):
    assert hits("PHI011", post(text), plans=with_staff("Dr. Ruiz"))


@pytest.mark.parametrize(
    "text",
    [
        "Drop a Google review for us by Friday and this one is on us ☕",
        "Déjanos tu reseña en Facebook y la próxima limpieza corre por cuenta nuestra.",
    ],
)
def test_a_treat_on_us_for_a_review_refuses(text):
    assert hits("FTC004", post(text))


def test_the_only_twins_of_a_grade_in_spanish_refuse():
    assert hits("PHI011", post("¡Felicidades a los únicos mellizos de segundo grado en la Escuela Juárez! Hoy les pusimos selladores."))


def test_the_first_twins_in_space_are_history():
    assert not hits("PHI011", post("Dato curioso: los primeros gemelos en viajar al espacio fueron astronautas de la NASA."))


def test_a_lot_swapped_for_all_our_patients_after_a_recall_passes():
    text = "FDA safety notice: Acme insulin pens are being recalled. We swapped every pen from lot 22B4471 for our patients this week."
    assert not hits("PHI007", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ana Whitcomb signed the patient protection bill at our clinic today!",
        "La gobernadora Marta Ibarra inauguró nuestra nueva sala; la paciente más pequeña le regaló un dibujo.",
    ],
)
def test_a_figure_beside_another_patient_stays_public(text):
    assert not hits("PHI003", post(text))


def test_a_member_named_before_a_knack_is_ours():
    text = "Happy 10 years, Maribel! 🎉 Truly the only person who can get a toddler to open wide without tears."
    assert not hits("PHI011", post(text, author="staff-0"), plans=with_staff("Maribel"))
