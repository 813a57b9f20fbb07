"""Round 24 (shapes24): an age over 89 said as a turn of phrase (PHI010, ages.py). What is flagged, what passes,
and that each reading stays linear. Every name and place here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Our lunch host is 97 years young and never misses her shot.", True),
        ("The great-aunt of three Pell Bridge Otters, 95 years young, got her booster.", True),
        ("Our crossing-guard grandpa, 92 and counting, came in for his shot.", True),
        ("He carries all 93 of his years up the clinic stairs.", True),
        ("In his 96 years he has never skipped a flu shot.", True),
        ("A sprightly 94, our neighbor walks to every checkup.", True),
        ("Nuestro vecino, con sus 91 inviernos, vino a vacunarse.", True),
        ("La abuela Tenchi ya lleva 97 abriles y sigue en su terapia.", True),
        ("Sus 92 primaveras no la detienen: vino sola a la clínica.", True),
        ("We cheer on adults over 90 who stay active.", False),
        ("Nine in ten, 95% of families, said the visit felt short.", False),
        ("Thanks to our 94 volunteers and counting!", False),
        ("Our founder gave his 94 years of service to the valley.", False),
        ("The Pell Bridge library is 100 years young this fall.", False),
        ("Pasaron 93 primaveras desde que abrió el mercado.", False),
        ("We have handed out 95 flu shots and counting!", False),
    ],
)
def test_ages_said_playfully(text, flagged):
    assert bool(hits("PHI010", text)) is flagged


@FUZZ
@given(
    st.sampled_from(
        [
            "{p}, {a} years young, got a flu shot.",
            "{p}, {a} and counting, came in for a checkup.",
            "A spry {a}, {p} walked to her appointment.",
            "{p} has carried all {a} of her years to every checkup.",
        ]
    ),
    st.sampled_from(["the great-aunt of two Vell Creek Hawks", "our favorite neighbor", "Grandma Ruthie", "her great-uncle"]),
    st.sampled_from(["91", "94", "99", "ninety-six", "101"]),
)
def test_a_playful_age_of_a_person_is_flagged(frame, person, age):
    text = frame.format(p=person, a=age)
    assert hits("PHI010", text[0].upper() + text[1:])


@FUZZ
@given(
    st.sampled_from(["{n} volunteers and counting", "{n}% of our families", "{n} years of service", "adults over {n}", "Hace {n} primaveras que abrió la feria"]),
    st.sampled_from(["91", "94", "99"]),
)
def test_counts_and_spans_pass(frame, n):
    assert hits("PHI010", frame.format(n=n) + " made the season.") == []


def test_playful_ages_reading_is_linear():
    unit = "a spry 94, all 93 of her years, 92 and counting. con sus 95 primaveras, lleva 91 abriles. of two Pell Mills Hawks is 94 years young. "
    assert_linear("PHI010", unit)


@pytest.mark.parametrize(
    ("url", "flagged"),
    [
        ("https://www.example-ortho.test/news#card-from-tovah-brisket-after-her-tonsillectomy", True),
        ("https://www.example-ortho.test/blog/letter-from-marisela-marchetti-type-1-diabetes", True),
        ("https://www.example-ortho.test/noticias#carta-de-yaretzi-quimbaya-diabetes-tipo-1", True),
        ("https://www.example-ortho.test/news#note-from-our-medical-director-flu-season", False),
        ("https://www.example-ortho.test/news/letter-from-the-board-asthma-month", False),
        ("https://www.example-ortho.test/schools/pell-bridge-middle", False),
    ],
)
def test_a_note_from_someone_in_a_link(url, flagged):
    from tests.rules.harness import post

    assert bool(hits("PHI003", post(f"Read more: {url}", sources=[url]))) is flagged


@FUZZ
@given(
    st.sampled_from(["thank-you-note-from-{g}-{s}-grade-4-{c}", "letter-from-{g}-{s}-{c}", "nota-de-{g}-{s}-{c}", "tarjeta-de-{g}-{s}-{c}"]),
    st.sampled_from([("oriel", "vantassel"), ("maelie", "quarrington"), ("tobiah", "ferrante")]),
    st.sampled_from(["asthma", "leukemia", "asma", "epilepsia"]),
)
def test_notes_from_patients_with_care_are_flagged(frame, name, condition):
    from tests.rules.harness import post

    url = "https://www.example-ortho.test/newsletter#" + frame.format(g=name[0], s=name[1], c=condition)
    assert hits("PHI003", post(f"Read more: {url}", sources=[url]))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Our nurse checked the blood sugar of a 6th grader from Pell Bridge Middle in the exam room.", True),
        ("Vaccinating a sophomore at Larkmoor High before practice.", True),
        ("Tomando la presión de un alumno de sexto grado de la Escuela Cerro Azul.", True),
        ("Blood pressure screenings for the 6th graders at Pell Bridge Middle on Friday.", False),
        ("Thanks to the principal of Pell Bridge Middle for hosting our flu clinic.", False),
        ("Our nurse talked about healthy hearts with the seniors at Larkmoor High.", False),
    ],
)
def test_a_student_described_with_care_done_to_them(text, flagged):
    assert bool(hits("PHI011", text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Antes y después de la liposucción de Zuleidy, a las ocho semanas.", True),
        ("Side view of the rhinoplasty of Kaelani at three months.", True),
        ("La enfermedad de Parkinson afecta el movimiento.", False),
        ("La vacuna de Pfizer ya está disponible para niños.", False),
        ("La cirugía de Mohs trata el cáncer de piel.", False),
        ("Nuestro servicio de vacunas de Hialeah abre el lunes.", False),
    ],
)
def test_a_lone_name_owning_their_procedure(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@FUZZ
@given(
    st.sampled_from(["Antes y después de la {p} de {n}.", "Fotos de la {p} de {n}, vista lateral.", "Results of the {p} of {n} at six weeks."]),
    st.sampled_from(["rinoplastia", "blefaroplastia", "rhinoplasty", "liposuccion"]),
    st.sampled_from(["Yamilet", "Zuleidy", "Kaelani", "Marisol", "Dayanara"]),
)
def test_procedure_of_a_name_is_flagged(frame, procedure, name):
    assert hits("PHI003", frame.format(p=procedure, n=name))


def test_student_and_owned_readings_are_linear():
    unit = "the blood sugar of a 6th grader at Pell Middle. la rinoplastia de Zuleidy. la vacuna de Pfizer. "
    assert_linear("PHI011", unit)
    assert_linear("PHI003", unit)
