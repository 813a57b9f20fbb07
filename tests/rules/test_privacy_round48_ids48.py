"""Round 48, ids48: three privacy kinds.

1. A birth date beside initials or a name (PHI008 and PHI003): a reminder to "<initials> (nac. <date>)", "<initials>,
   b. <date>", "f. nac.: <date>" (birth_notes.py), and an X-ray's, a band's or a chart sticker's label read out in
   alt text with an inverted name and a date, "SURNAME, GIVEN M. — <date>" (record_names.py: a dash or a middle dot
   between, a surname that is also a word or no list's).
2. A patient known by the name on their cap, jersey, uniform or name tag while care is given to them in the picture
   (worn_names.py, PHI003).
3. A false alarm of PHI007: a payer at the end of one sentence and the practice's phone in the next, or a phone given
   as the line to call (number_labels.py); a member or policy number after its payer is still refused.

Every name, town and number here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media, Person
from playbook.rules.privacy import birth_notes as birth_module
from playbook.rules.privacy import number_labels as labels_module
from playbook.rules.privacy import record_names as records_module
from playbook.rules.privacy import worn_names as worn_module
from playbook.rules.privacy.birth_notes import birth_notes
from playbook.rules.privacy.dates import _DATE
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.number_labels import labelled
from playbook.rules.privacy.record_names import record_full_names
from playbook.rules.privacy.worn_names import worn_names

from tests.rules.harness import PLANS, hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
KNOWN = Known.of(PLANS)


def alt(text: str, people: bool = False, team: tuple[str, ...] = ()):
    """A post whose one photo has `text` as its alt text (and `team` as the practice's team)."""
    item = post("A photo from this week at the clinic.", media=[Media("photo-1.jpg", text, people, "", None, 14)])
    plans = dataclasses.replace(PLANS, team={f"t{n}": Person(f"t{n}", name, ("author",)) for n, name in enumerate(team)}) if team else PLANS
    return item, plans


# --- 1. a birth date beside initials or a name --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Recordatorio para R.T. (nac. 3/5/2016): su cita de vacunas es el martes 4 de junio a las 10.",
        "Aviso para M.G., fecha de nac. 22/10/1975: su resonancia quedó para el viernes temprano.",
        "Recordatorio: L.P. (f. nac. 9/3/2019) tiene su control el 5 de abril a las 8:30.",
        "Para D.S. — nac.: 14/02/2008 — su estudio de sueño es el jueves por la noche.",
        "Recordatorio para J.A.R. (nac 5-9-2017): sus refuerzos son el sábado.",
        "Reminder for S.O. (b. 4/4/1961): fasting labs on Monday at 7 am, water only.",
        "Reminder: C.W., born 11/23/1944, your hearing aid fitting is Wednesday at 2.",
        "Hola Ana (nac. 12/12/2012): no coma nada antes del estudio de mañana.",
    ],
)
def test_a_birth_date_beside_initials_or_a_name_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Recordatorio: vacunas para niños nacidos después del 1/1/2020, sin costo.",
        "Kids born 2010-2015 need a booster this fall; walk-ins welcome.",
        "Traiga el acta de nacimiento de su hijo a la feria del 5/3.",
        "The NAC study (N-acetylcysteine) opens enrollment 3/4 for adults.",
        "El Dr. R.T. Vance (Univ. Nac. de Córdoba, 1998) se une a nuestro equipo.",
        "Quiz time! a. 3/4 b. 3/11 c. 3/18: which day is World Kidney Day?",
    ],
)
def test_cohorts_schools_and_quizzes_pass(text):
    assert hits("PHI008", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        'Radiografía de cadera; en la esquina de abajo se alcanza a leer "VILLALOBOS, ROSARIO E. — 23/04/1948".',
        "Shoulder MRI; in one corner you can read SOTO, DIANA — 7/7/1977 — Northside Imaging.",
        "Ultrasound printout, the corner shows PATEL, ANJALI K. 2/8/1993",
        'Hand X-ray after the fracture healed; the label reads "MBEKI, THABO J., 02-14-1981".',
        'Foto de la placa panorámica: la etiqueta dice "ROJAS, MIGUEL A. · 04/07/1955"',
        'Dental bitewing film, "TRAN, MINH Q. – 10/10/2010" printed along its edge.',
    ],
)
def test_a_labels_inverted_name_and_date_in_alt_text_refuses(text):
    item, plans = alt(text)
    assert hits("PHI003", item, plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        'A banner over the door: "SPRINGFIELD, ILLINOIS — 04/12/2027 — FLU CLINIC"',
        'Poster: "WALK, RUN — 10/04/2027" on the lobby wall',
        'Sign on the door: "CLOSED, LABOR DAY 09/06/2027"',
        'Cartel que dice "VACUNAS, GRATIS — 15/10/2027"',
        'Poster for the fair: "EL PASO, TX — 10/12/2027"',
        "X-ray of a knee replacement; no label is visible.",
        'Film label reads "LAST NAME, FIRST NAME — MM/DD/YYYY" on a teaching model.',
    ],
)
def test_signs_places_and_blank_labels_pass(text):
    item, plans = alt(text)
    assert hits("PHI003", item, plans=plans) == []


@FUZZ
@given(
    st.sampled_from(["R.T.", "M.G.", "J.A.R.", "Ana"]),
    st.sampled_from(["(nac. ", "(f. nac. ", ", fecha de nac. ", " — nac.: "]),
    st.sampled_from(["3/5/2016", "22/10/1975", "5-9-2017", "14/02/2008"]),
)
def test_a_grid_of_people_labels_and_birth_dates_refuses(who, label, date):
    assert list(birth_notes(f"Recordatorio para {who}{label}{date}): su cita es el lunes.", _DATE))


@FUZZ
@given(
    st.sampled_from(["ORTEGA, LUCIA", "PATEL, ANJALI", "MBEKI, THABO", "NGUYEN, HOA"]),
    st.sampled_from([" — ", " · ", ", ", " | "]),
    st.sampled_from(["04/11/1958", "2-8-1993", "10/10/2010"]),
)
def test_a_grid_of_dated_labels_refuses(name, separator, date):
    assert list(record_full_names(f'The film label reads "{name} M.{separator}{date}".', KNOWN))


# --- 2. the name on a patient's cap, jersey or uniform while care is given -------------------------------------------


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Dr. Okafor checks the blood pressure of a roofer, the name DUKE embroidered on his cap, on the clinic steps.", ("Dr. Okafor",)),
        ("Dr. Okafor listens to the lungs of a firefighter with the name tape HALVORSEN on his turnout coat.", ("Dr. Okafor",)),
        ("Nurse Pat dresses a cut on the forearm of a line cook whose apron has TAVO stitched across the bib.", ("Pat",)),
        ("Our medic taking the pulse of a soldier whose uniform name tape reads BRISCOE.", ()),
        ("A volunteer nurse cleans a scrape on the knee of a boy in a soccer jersey printed with NICO on the back.", ()),
        ('La enfermera toma la presión a un jornalero con el nombre "CHEMA" bordado en la gorra.', ()),
        ("El doctor venda la mano de un mesero; en su camisa se lee el nombre LALO.", ()),
        ('Un paramédico toma la presión de un soldado con el apellido "ZAMARRIPA" en la cinta del uniforme.', ()),
        ("Our nurse practitioner checks the glucose of a mechanic, his name patch reading EARL, at the garage health day.", ()),
        ("A medical assistant takes the temperature of a girl whose cap says LUPITA in glitter letters.", ()),
    ],
)
def test_a_name_worn_by_someone_in_care_refuses(text, team):
    item, plans = alt(text, people=True, team=team)
    assert hits("PHI003", item, plans=plans)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Dana Whitfield at the front desk, her name tag reading DANA, smiling at the camera.", ("Dana Whitfield",)),
        ("Nuestro enfermero Luis Ortega con su nombre bordado en la bata, acomodando vacunas en el refrigerador.", ("Luis Ortega",)),
        ("Our new nurse, her name tag reading ROSALBA, sets up the blood pressure station before the fair.", ()),
        ('Nuestra enfermera, con su nombre "MARISOL" bordado en la chaqueta, prepara las vacunas.', ()),
        ("A cap embroidered with NIKE on a hook in the break room.", ()),
        ('Un uniforme de béisbol con el nombre del equipo "TOROS" colgado en la pared.', ()),
        ("The Roosevelt High swimmers, ROOSEVELT printed on their caps, got their flu shots today.", ()),
        ("Los jugadores, con HALCONES estampado en sus camisetas, reciben sus vacunas.", ()),
        ("A hard hat with SAFETY FIRST printed on it next to a first-aid kit.", ()),
        ("A marine with USMC printed on his cap waits by the first-aid tent.", ()),
    ],
)
def test_staff_teams_brands_and_gear_with_no_care_pass(text, team):
    item, plans = alt(text, people=True, team=team)
    assert hits("PHI003", item, plans=plans) == []


@FUZZ
@given(
    st.sampled_from(["RIGO", "CHEMA", "Benny", "HECTOR"]),
    st.sampled_from(["embroidered on his cap", "stitched on his jacket", "printed on his jersey", "written on his hard hat"]),
    st.sampled_from(["takes the blood pressure of", "dresses a wound on", "checks the pulse of"]),
)
def test_a_grid_of_worn_names_and_care_refuses(name, worn, care):
    assert list(worn_names(f"Our nurse {care} a farmworker, the name {name} {worn}, at the field.", KNOWN))


# --- 3. a payer, then the practice's phone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aceptamos Medicare y Medicaid. Para reservar: 956-555-0171.",
        "We accept Medicaid. Reserve your spot at 505-555-0162 today!",
        "Se acepta Medicare. Informes y citas: (915) 555-0121.",
        "Trabajamos con casi todos los seguros, Medicaid incluido. Para citas, marque 305-555-0104.",
        "Aceptamos Medicaid, y para reservar llame al 956-555-0178.",
        "We bill Medicare directly; call us at 713-555-0145 with questions.",
        "No cost with Medicaid! To schedule, call 414-555-0190.",
    ],
)
def test_the_practices_phone_after_a_payer_passes(text):
    assert hits("PHI007", post(text)) == []


@pytest.mark.parametrize(
    "example",
    [
        post("Medicaid #A1234567 was denied, so we rebilled the visit."),
        response("Revisamos su póliza 88812-33 y ya quedó corregida."),
        response("Su número de Medicaid es 889-221-4471, lo tenemos en el sistema."),
        post("Medicaid ID: 954-555-0117 was entered wrong at check-in."),
        response("Su Medicaid 77120334 ya está activo; llame al 956-555-0178 si tiene dudas."),
        response("Your Medicaid number 4471-0092-33 is the one on file."),
        post("Medicare. 4471-0092-33 is the number on the claim."),
    ],
)
def test_member_and_policy_numbers_still_refuse(example):
    assert hits("PHI007", example)


@FUZZ
@given(
    st.sampled_from(["Medicaid", "Medicare", "Medicare y Medicaid", "CHIP y Medicaid"]),
    st.sampled_from(["Para reservar:", "Llame al", "Call", "Book at", "Citas:"]),
    st.sampled_from(["954-555-0117", "(915) 555-0121", "702.555.0143"]),
)
def test_a_grid_of_payers_and_booking_lines_passes(payer, booking, phone):
    assert list(labelled(f"Aceptamos {payer}. {booking} {phone}.", True)) == []


# --- linearity --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "run", "unit"),
    [
        (birth_module, lambda text: list(birth_notes(text, _DATE)), "R.T. (nac. 3/5/2016) M.G., b. x (nac. nac. "),
        (worn_module, lambda text: list(worn_names(text, KNOWN)), 'the name RIGO embroidered on his cap "ZAMORA" cap says LUPITA blood pressure '),
        (records_module, lambda text: list(record_full_names(text, KNOWN)), "PATEL, ANJALI K. — 2/8/1993 MBEKI, THABO, "),
        (labels_module, lambda text: list(labelled(text, True)), "Medicaid. Para reservar: 954-555-0117. Medicare, call "),
    ],
)
def test_the_reading_stays_linear(module, run, unit):
    small = steps(module, lambda: run(unit * 20), package=False)
    large = steps(module, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small
