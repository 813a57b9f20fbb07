"""Round 51, ids51: identifiers that tie one patient to care without a visit word or a full name.

Initials beside a date of any shape on a tag or in a cheer (initial_dates.py, PHI008); a surname and a given name in
capitals with a comma between, as a record files them (record_names.py, PHI003); a first name with the place of their
care and a birthday or an anniversary (bedside_days.py, PHI003); a role at a named team or school with care they let
our doctor give (ties.py, PHI011), and a member of our care group narrowed by a role at a named place
(group_members.py, PHI011). Staff, abbreviations, places, lists and cheers pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import bedside_days, initial_dates, record_names
from playbook.rules.privacy.dates import _DATE, _valid_date
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


def _alt(text: str):
    return post("New photo this week.", media=[Media("images/shot.jpg", text, False, "", None, 14)])


def _privacy(example) -> list:
    return [hit for code in ("PHI003", "PHI008", "PHI011", "PHI012", "PHI013", "PHI016") for hit in hits(code, example)]


# --- initials beside a date ----------------------------------------------------------------------------

INITIALS_REFUSED = [
    'Lost and found: a gray cane with a tag that reads "T.L. 11/4" sat in the lobby all week. Come get it!',
    'We found a water bottle in Room 3 with a label: "K.D. — 3/9 rehab wk 2". Stop by the front desk.',
    "Cheers to D.W., who on 6/12 marked one year sober with our Thursday group.",
    "Congratulations to S.K., who graduated from our cardiac rehab program on March 28!",
    "Recordatorio para P.N.: su receta quedó lista desde el 3/11.",
    "Gracias a J.C. por los tamales que nos trajo el 9 de diciembre. ¡Riquísimos!",
    "¡Muchas felicidades a L.Q.V., que el 2 de mayo completó seis meses sin fumar con nosotras!",
    'Se quedó una carpeta verde en la sala. En la portada dice "A.P.G. — próx. control 14/05".',
    'Found: a pill organizer marked "LB — 9/30". Call us to claim it.',
]
INITIALS_PASSED = [
    "Our office will close at 3 p.m. on Dec. 24 and reopen Dec. 26.",
    "The U.S. Preventive Services Task Force updated its advice on March 3.",
    "Join Dr. A.J. Fulton on 5/14 for a free talk on back pain.",
    "Happy M.L.K. Day! We are closed 1/20.",
    "Meet R.J., our new front desk coordinator, starting 2/3!",
    "Nuestra enfermera, L.M., estará de vacaciones del 3 al 10 de agosto.",
    "Free B.P. checks at the farmers market on Saturday, June 4.",
    "Our booth at the Washington, D.C. health fair opens Aug 3.",
    "Vaccine clinic Saturday 3/9, 9 A.M. to noon. Bring your I.D. and insurance card.",
]


@pytest.mark.parametrize("text", INITIALS_REFUSED)
def test_initials_beside_a_date_refuse(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize("text", INITIALS_PASSED)
def test_abbreviations_staff_and_titled_names_beside_a_date_pass(text):
    assert hits("PHI008", post(text)) == []


def test_initials_on_a_tag_in_an_alt_text_refuse():
    assert hits("PHI008", _alt('A knee brace on the counter with a tag reading "P.K., 2/14".'))


@FUZZ
@given(
    st.sampled_from(["H.V.", "R.M.T.", "C.J.", "Y.A."]),
    st.sampled_from(["who welcomed twins on 4/2", "que el 5 de junio terminó su tratamiento", "— 7/19 post-op day 10", "who finished PT Aug 9"]),
    st.sampled_from(["Congrats to {i}, {d}!", 'The tag says "{i} {d}".', "¡Felicidades a {i}, {d}!"]),
)
def test_a_grid_of_initials_and_dates_refuses(initials, date, frame):
    assert hits("PHI008", post(frame.format(i=initials, d=date)))


@FUZZ
@given(st.sampled_from(["our nurse, H.V.,", "our new PA, C.J.,", "nuestra enfermera Y.A."]), st.sampled_from(["starts on 4/2", "is off 7/19", "vuelve el 5 de junio"]))
def test_a_grid_of_staff_initials_and_dates_passes(staff, date):
    assert hits("PHI008", post(f"Heads up: {staff} {date}.")) == []


# --- a record's label in capitals -------------------------------------------------------------------------

RECORDS_REFUSED = [
    'Close-up of a sonogram printout with "MBEKI, NOMVULA" printed on the corner.',
    "A scan printout with NAKASHIMA, ERIKO was left on the copier.",
    "Encontramos una pulsera en el estacionamiento que dice ZAVALA, XIOMARA. Pase por ella.",
    "Whoever left the folder with SMITH, JOHN on it at the front counter, come get it.",
    "La placa en el negatoscopio dice ARELLANO, YESENIA arriba a la izquierda.",
]
RECORDS_PASSED = [
    "Classes this week: YOGA, ZUMBA, SALSA and more!",
    "Our new office: HOUSTON, TEXAS. Come see us.",
    "CLOSED FRIDAY, JUNE 19 for Juneteenth.",
    "NEW LOCATION: LAREDO, TX — now open!",
    "WARNING, HOT SURFACE.",
    "ACCRA, GHANA — our founder's hometown.",
    "CONGRATULATIONS, ELENA, on your first marathon!",
]


@pytest.mark.parametrize("text", RECORDS_REFUSED)
def test_a_surname_and_given_name_in_capitals_refuse(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", RECORDS_PASSED)
def test_places_lists_words_and_cheers_in_capitals_pass(text):
    assert not [hit for hit in hits("PHI003", post(text)) if "in capitals" in hit.message]


def test_a_record_label_in_capitals_in_an_alt_text_refuses():
    assert hits("PHI003", _alt('A crib card reading "NGUYEN, LINH" with a tiny footprint sticker.'))


@FUZZ
@given(
    st.sampled_from(["QUISPE, ROSALBA", "MWANGI, WANJIRU", "DELACROIX, MAELLE", "TRAN, THUY"]),
    st.sampled_from(["The printout reads {n}.", "Se quedó un sobre con {n} en recepción.", '"{n}" on the film.']),
)
def test_a_grid_of_record_labels_refuses(name, frame):
    assert hits("PHI003", post(frame.format(n=name)))


# --- a first name, the place of their care and a milestone -------------------------------------------------

BEDSIDE_REFUSED = [
    "We celebrated Woody's 88th birthday at his bedside last night with pie and Sinatra.",
    "Eudora turned 85 in her hospice room on Sunday, surrounded by great-grandkids.",
    "Big day on the unit: Hank celebrated his 70th birthday in the infusion chair with cupcakes!",
    "Dot marked her 60th wedding anniversary in our day room yesterday.",
    "Celebramos los 85 de Lencho junto a su cama, con mariachi y pastel.",
    "Chuy festejó sus 75 en nuestra sala de día. ¡Qué alegría!",
    "Feliz cumpleaños a Tiburcio, que celebró sus 90 en su cuarto del hospicio.",
]
BEDSIDE_PASSED = [
    "Our hospice celebrated its 25th anniversary. Thank you to every family who let us sit at the bedside.",
    "Today turned 30 degrees, so the day room is cozy.",
    "Mom's 80th birthday was spent at my brother's house; no hospital bed needed.",
    "Woody's 60th birthday party was a blast at the lake this weekend.",
]


@pytest.mark.parametrize("text", BEDSIDE_REFUSED)
def test_a_first_name_with_a_bedside_milestone_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", BEDSIDE_PASSED)
def test_milestones_with_no_name_or_no_place_of_care_pass(text):
    assert not [hit for hit in hits("PHI003", post(text)) if "milestone" in hit.message]


@FUZZ
@given(
    st.sampled_from(["Merle", "Ozzie", "Cande", "Nicasio"]),
    st.sampled_from(["{n} turned 92 {p}.", "We sang for {n}'s 80th birthday {p}.", "Celebramos los 88 de {n} {p}."]),
    st.sampled_from(["at his bedside", "in the dialysis chair", "junto a su cama", "en la sala de día"]),
)
def test_a_grid_of_names_milestones_and_places_refuses(name, frame, place):
    assert hits("PHI003", post(frame.format(n=name, p=place)))


# --- a role at a named team or school, with care our doctor gave --------------------------------------------

ROLES_REFUSED = [
    "Hats off to the Riverton Rams' longtime bus driver, who finally let Dr. Halvorsen fix that bunion.",
    "Big cheers for the Eastlake Eagles' team trainer: 20 seasons on the bench and she finally let our surgeon replace that knee!",
    "El conserje de la escuela Benito Juárez por 30 años por fin dejó que el Dr. Ortega le arreglara el juanete.",
    "The longtime custodian at Lincoln Elementary finally let Dr. Quist replace that hip. Welcome back!",
    "El portero de la secundaria Morelos por fin dejó que nuestra doctora le quitara esa catarata.",
    "Our Tuesday grief circle lost a dear member this week: a longtime docent at the Harlan Art Museum.",
    "Nuestro grupo de duelo se despidió de una de sus integrantes, la bibliotecaria de la escuela Morelos.",
]
ROLES_PASSED = [
    "The Riverton Rams' longtime bus driver cut the ribbon at our new clinic today.",
    "El conserje de la escuela Benito Juárez nos dejó usar el gimnasio para la feria de salud.",
    "The librarian at Hillcrest Public Library will speak to our support group on Tuesday.",
    "Our book club lost a member this month: the docent at the Fenwick Museum moved to Ohio.",
]


@pytest.mark.parametrize("text", ROLES_REFUSED)
def test_a_role_at_a_named_place_with_our_care_or_our_group_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize("text", ROLES_PASSED)
def test_a_role_at_a_named_place_without_care_passes(text):
    assert hits("PHI011", post(text)) == []


# --- linear ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        'Tag says "K.D. — 3/9". Congrats to R.S., who on Aug 3 ... ',
        "J.R. J.R. J.R. 7/22 7/22 JR — ",
        "A.B.C.D.E.F. " * 3,
    ],
)
def test_initials_reading_stays_linear(unit):
    def run(count):
        list(initial_dates.initialled_dates(unit * count, _DATE, _valid_date))

    assert grows_linearly(initial_dates, run)


@pytest.mark.parametrize("unit", ["Walt's 75th birthday at his bedside. ", "Lencho cumplio 80 anos junto a su cama, ", "Happy 82nd to Gus turned 90 "])
def test_bedside_reading_stays_linear(unit):
    known = Known.of(PLANS)

    def run(count):
        list(bedside_days.bedside_days(unit * count, known))

    assert grows_linearly(bedside_days, run)


@pytest.mark.parametrize("unit", ["MBEKI, NOMVULA, ", "YOGA, ZUMBA, SALSA y ", "A, B, C, D "])
def test_record_reading_stays_linear(unit):
    known = Known.of(PLANS)

    def run(count):
        list(record_names.record_full_names(unit * count, known))

    assert grows_linearly(record_names, run)


@pytest.mark.parametrize("text", ["A sticky note: 'QUESADA, MIREYA'", "Sticker on the jar: ‘IBARGUEN, TOMASA’.", 'Printout reading "LINDQVIST, ASTRID"'])
def test_a_record_label_in_capitals_inside_quotes_refuses(text):
    # the closing quote is no part of the given name
    assert any("in capitals" in f.message for f in hits("PHI003", _alt(text)))
