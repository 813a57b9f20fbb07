"""Round 49, roles49: three kinds of PHI003 false alarm on posts, and the near misses that must keep refusing.

1. An event's coordinator or organiser named by a verb of organising that opens the sentence, Spanish word order:
   "Coordina <Given> <Surname>.", "Organiza <Name> de nuestra recepción", "Coordinan <Name> y <Name>", "Informes con
   <Name>", "Contacto <Name>", and in English "Coordinated by <Name>", "<Name> is coordinating", "Questions? Ask <Name>".
   The capitalised verb was read as the name's first word ("Coordina <Given> <Surname>" one name, no team member's) or
   hid the name after it; the organising words are no name now (privacy-names.yml organising_words), and event_parts.py
   reads who is asked ("Informes con <Name>") and one who leads the whole event ("<Name> is coordinating.").
   An event's partner after "y el" is no "he" ("y el centro comunitario": community_roles._he_in).
2. A team member's family in a staff post: "proud mom of twins <Name> & <Name>" (her standing before a kin word,
   staff_posts._standing), a relative's own milestone (a graduation, a wedding, a game) in a sentence that also tells of
   her work ("drives to every labor camp": "labor" as work is no care, care.care_in) or her job in apposition to her
   name ("<Member>, our surgeon, cheered his daughter <Name> ...": staff_posts._JOB_AFTER).
3. A public official at our event by a title ("Councilmember", "Alderwoman", "Commissioner", "regidora", "síndico"),
   the event named by its topic ("our Syphilis Testing Day cookout", "la jornada de vacunación": event_topics.py), and
   an artist by a stage name after a role and a city ("Memphis rapper Lil <Word>", "el cantante Baby <Word>":
   stage_names.stage_prefix, vocabulary._is_city) telling their own family's story in public.
A coordinator told as a patient, a relative with care of ours, an official or an artist whose care we gave keep
refusing. Every name here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import care, event_parts, event_topics, stage_names, subjects
from playbook.rules.privacy import staff_posts as staff_module
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.known import Person as Found
from playbook.rules.privacy.people import people
from playbook.rules.privacy.staff_posts import staff_own

from tests.rules.harness import PLANS, TEAM, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
_MEMBERS = (
    "Jocelyn",
    "Dr. Imani Carter",
    "Teodoro Salas",
    "Perla Ochoa",
    "Brenda Quill",
    "Marcela Ibarra",
    "Harold Jefferies",
    "Graciela Montoya",
    "Osvaldo Treviño",
    "Shanice Porter",
    "Dr. Felipe Arce",
    "Lorena Vásquez",
)
STAFF = dataclasses.replace(PLANS, team={**TEAM, **{f"m{i}": Person(f"m{i}", name, ("author", "clinical")) for i, name in enumerate(_MEMBERS)}})


# --- 1. coordinators ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Feria de salud el sábado en el parque Lincoln. Coordina Ofelia Bracamontes. ¡Los esperamos!",
        "Vacunas gratis para niños en la Escuela Roosevelt, viernes 4 a 7. Coordina Rigoberto Anaya Quintero. ¡Traigan su cartilla!",
        "Posada navideña para adultos mayores el 14 de diciembre. Organiza Yadira Pacheco de nuestra recepción. ¡Habrá ponche!",
        "Caminata del corazón el domingo a las 8. Coordinan Eulalia Ferrán y Baltazar Oyervides. ¡Traigan agua!",
        "Clínica de presión arterial en la parroquia San Judas. Informes con Casilda Marroquín al 555-0190.",
        "Campaña de lentes gratis en el centro comunitario. Contacto: Amparo Villaseñor.",
        "Jornada de salud dental el sábado 9. Contacto Amparo Villaseñor, 555-0177.",
        "Back-to-school backpack drive at Harmon Park this Saturday. Coordinated by Delphine Okoro. See you there!",
        "Free blood pressure checks at the Eastgate library on Tuesday. Thaddeus Wexler is coordinating. Stop by!",
        "Our fall health fair returns to the Armory on Oct 5. Priya Venkataraman is organizing the whole event this year.",
        "Health fair Saturday at the Elks Lodge. Questions? Ask Delphine Okoro at the front table.",
        "Feria de salud el domingo. Más información con Casilda Marroquín.",
        "Torneo de fútbol y chequeos gratis el sábado. Rigoberto Anaya coordina la jornada. ¡Los esperamos!",
        "Tianguis de salud este domingo en la plaza. Organizan Yadira Pacheco y Efrén Lucio. ¡No falten!",
        "Diabetes walk on Sunday. Coordinated by Coach Delphine Okoro and the Lakeview boosters.",
        "Charla de prevención de caídas en el salón ejidal, con el club de leones y el centro comunitario del barrio. Coordina el voluntario Leandro Saucedo.",
        "Café para cuidadores cada martes en la biblioteca, con el grupo Parkinson's Caregivers Circle of Tulare. Coordina Octavia Mireles. ¡Hay pan dulce!",
        "Memory walk on Saturday with the Lewy Body Dementia Alliance of Tampa. Coordinated by Octavia Mireles.",
    ],
)
def test_a_coordinator_named_by_a_verb_of_organising_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Feria de salud el sábado. Coordina Ofelia Bracamontes, who beat breast cancer here last year.",
        "Feria de salud el sábado. Coordina Ofelia Bracamontes, quien terminó su quimioterapia con nosotros el año pasado.",
        "Caminata el domingo. Coordinan Eulalia Ferrán y Baltazar Oyervides; a Baltazar le operamos la rodilla en marzo.",
        "Free blood pressure checks on Tuesday. Thaddeus Wexler is coordinating, just six weeks after his bypass with our team.",
        "Back-to-school drive Saturday. Coordinated by Delphine Okoro, who had her gallbladder out here in June.",
        "Clínica de presión el sábado. Informes con Casilda Marroquín, nuestra paciente de diálisis desde 2019.",
        "Health fair Saturday. Questions? Ask Delphine Okoro, who finished chemo at our clinic this spring.",
        "Feria el domingo. Contacto: Amparo Villaseñor. Ella se operó de cataratas aquí el mes pasado.",
        "Vacunas el viernes. Organiza Yadira Pacheco. La semana pasada la atendimos en urgencias por una fractura.",
        "Health fair Saturday. Priya Venkataraman is organizing; she was in our ER last month with a broken wrist.",
        "Café para cuidadores con el grupo Parkinson's Caregivers Circle. Coordina Octavia Mireles, a quien diagnosticamos con Parkinson el año pasado.",
        "Memory walk with the Dementia Alliance of Tampa. Coordinated by Octavia Mireles, who finished her memory clinic visits with us in May.",
    ],
)
def test_a_coordinator_told_as_a_patient_still_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Coordina", "Organiza", "Informes con", "Contacto:", "Coordinated by"]),
    st.sampled_from(["Ofelia Bracamontes", "Rigoberto Anaya", "Delphine Okoro", "Jess Pelletier"]),
    st.sampled_from(["¡Los esperamos!", "See you there!", "¡Habrá tamales!"]),
)
def test_a_grid_of_coordinators_passes(lead, name, close):
    text = f"Feria de salud gratis el sábado en el parque Zaragoza. {lead} {name}. {close}"
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Coordina", "Organiza", "Informes con", "Contacto:", "Coordinated by"]),
    st.sampled_from(["Ofelia Bracamontes", "Rigoberto Anaya", "Delphine Okoro"]),
    st.sampled_from(["who beat breast cancer here last year", "quien terminó su quimioterapia con nosotros", "who had her knee replaced at our clinic"]),
)
def test_a_grid_of_coordinators_with_care_refuses(lead, name, cared):
    text = f"Feria de salud gratis el sábado. {lead} {name}, {cared}."
    assert hits("PHI003", post(text))


# --- 2. a member's own family ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday, Jocelyn! Our lead hygienist, proud mom of twins Milo & Sadie, and karaoke queen.",
        "Happy birthday, Dr. Imani Carter! Proud mom of twins Zuri & Malik and our favorite pediatric dentist.",
        "¡Felicidades a Teodoro Salas! Papá orgulloso de los gemelos Iker & Thiago y el mejor parrillero.",
        "¡Feliz aniversario a Perla Ochoa! Mamá orgullosa de las gemelas Ximena & Valeria.",
        "Meet Brenda Quill, our scheduler. Her twins Colt & Ryder start kindergarten this fall!",
        "Felicidades a Marcela Ibarra! Sus gemelos Emiliano & Sofía se gradúan de la prepa este mes.",
        "Meet Harold Jefferies, our lab tech. His granddaughter Tessa graduated from Wichita State in May!",
        "Happy 30 years, Harold Jefferies! He spends weekends at the labor union hall, and his grandson Tucker got married in June.",
        "Meet Osvaldo Treviño, our driver! He drives to every labor camp in the valley, and his granddaughter Lupita graduated from UTEP this month.",
        "Conozcan a Graciela Montoya, nuestra recepcionista. Su nieto Santiago se casó en Guadalajara el mes pasado.",
        "Happy birthday to Shanice Porter! Her son Malik scored the winning goal at state on Saturday.",
        "Dr. Felipe Arce, our surgeon, cheered his daughter Ximena at her wedding in Monterrey last weekend!",
        "Staff spotlight: Lorena Vásquez, our labor and delivery nurse for 20 years. Her granddaughter Abril just graduated from UNM!",
    ],
)
def test_a_members_family_by_standing_or_milestone_passes(text):
    assert hits("PHI003", post(text), plans=STAFF) == []


@pytest.mark.parametrize(
    "text",
    [
        "Meet Harold Jefferies, our lab tech. His granddaughter Tessa had her braces off here last week!",
        "Meet Harold Jefferies, our lab tech. His granddaughter Tessa graduated from physical therapy with us last week!",
        "Happy birthday, Jocelyn! Proud mom of twins Milo & Sadie, who both got their first fillings with us this week.",
        "¡Felicidades a Teodoro Salas! Papá orgulloso de los gemelos Iker & Thiago, que nacieron aquí en nuestra sala de partos.",
        "Meet Osvaldo Treviño, our driver! His granddaughter Lupita just finished her chemo with our team.",
        "Welcome Lorena Vásquez! Her granddaughter Abril graduated from our NICU after eight weeks.",
        "The proud mom of twins Milo & Sadie brought them in for their shots today.",
        "Proud mom of twins Milo & Sadie! They both had their tonsils out here this week.",
        "Dr. Felipe Arce, our surgeon, fixed his daughter Ximena's broken wrist here last week!",
        "She went into labor at our birth center, and her twins Milo & Sadie arrived at 3 am.",
    ],
)
def test_a_relative_with_care_of_ours_still_refuses(text):
    assert hits("PHI003", post(text), plans=STAFF)


@FUZZ
@given(
    st.sampled_from(["proud mom of twins", "papá orgulloso de los gemelos", "orgullosa abuela de las gemelas", "proud dad of twins"]),
    st.sampled_from([("Milo", "Sadie"), ("Iker", "Thiago"), ("Zuri", "Malik")]),
    st.sampled_from(["and the best baker on staff", "y fan de los Tigres", "and a karaoke legend"]),
)
def test_a_grid_of_twins_by_standing_passes(standing, twins, rest):
    text = f"Happy birthday, Teodoro Salas! Our front desk lead, {standing} {twins[0]} & {twins[1]}, {rest}."
    assert hits("PHI003", post(text), plans=STAFF) == []


@FUZZ
@given(
    st.sampled_from(["proud mom of twins", "papá orgulloso de los gemelos"]),
    st.sampled_from([("Milo", "Sadie"), ("Iker", "Thiago")]),
    st.sampled_from(["who both had their tonsils out here", "que nacieron aquí con nuestras parteras", "who got their first fillings with us"]),
)
def test_a_grid_of_twins_with_care_refuses(standing, twins, cared):
    text = f"Happy birthday, Teodoro Salas! Our front desk lead, {standing} {twins[0]} & {twins[1]}, {cared}."
    assert hits("PHI003", post(text), plans=STAFF)


# --- 3. officials and stage names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to Councilmember Obadiah Fairweather for speaking at our Hepatitis C Testing Day cookout about the county's new van.",
        'Councilwoman Marisela Quintanilla read "Wheezy the Dragon" at our asthma story hour at the Oakdale library. Thank you!',
        "Thanks to Alderwoman Tamsin Ellery for joining our Sickle Cell Awareness Week panel at the rec center!",
        "Thanks to County Commissioner Bertrand Osei for stopping by our diabetes walk at Riverside Park!",
        "Gracias a la regidora Eufemia Castañón por acompañarnos en la jornada de vacunación de la colonia Morelos.",
        "Gracias al concejal Anselmo Treviño por visitar nuestra feria de salud del corazón en el parque Zaragoza.",
        "Gracias al síndico Leopoldo Arvizu por inaugurar nuestra campaña de detección de diabetes.",
        "Thank you, Council Member Priscilla Oyelowo, for speaking at our Syphilis Testing Day cookout about the city's prevention grant.",
        "Big love to Memphis rapper Lil Quarterback, who has spoken in interviews about losing his grandma to diabetes, for performing at our health fair!",
        "Shout out to Houston rapper Big Tamarind, who has said on his podcast that his father died of a stroke, for hosting our blood pressure booth!",
        "Gracias al cantante Baby Morenito, que ha contado en entrevistas cómo perdió a su tío por la diabetes, por cantar en nuestra feria.",
        "Thanks to singer Baby Juniper for closing our Heart Walk; she has spoken on her tour about her mother's heart attack.",
    ],
)
def test_an_official_or_a_stage_name_at_our_event_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to Councilmember Obadiah Fairweather, who had his knee replaced with us last spring, for walking our 5K!",
        "Commissioner Bertrand Osei had her knee replaced with us and then cut the ribbon at our new wing.",
        "Gracias a la regidora Eufemia Castañón, a quien le operamos la rodilla aquí en marzo, por acompañarnos en la jornada.",
        "Councilwoman Marisela Quintanilla got her first mammogram at our screening van this morning!",
        "Memphis rapper Lil Quarterback got his stitches out with us on Monday after his studio accident!",
        "El cantante Baby Morenito se operó la rodilla con nuestro Dr. Ibarra y ya volvió a los escenarios.",
        "Houston rapper Big Tamarind finished his cardiac rehab with our team this month!",
        "Alderwoman Tamsin Ellery spent last week in our ICU after her fall at our Heart Walk.",
        "Our patient Baby Juniper finished her chemo today.",
        "Thanks to Commissioner Bertrand Osei, back at our cardiac rehab day after his bypass in May.",
        "Councilwoman Marisela Quintanilla, at our chemo day yesterday, was all smiles.",
        "Councilwoman Marisela Quintanilla joined our infusion night again this week.",
    ],
)
def test_an_official_or_a_stage_name_with_our_care_still_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Councilmember", "Alderwoman", "Commissioner", "la regidora", "el síndico", "Council Member"]),
    st.sampled_from(["Obadiah Fairweather", "Eufemia Castañón", "Tamsin Ellery"]),
    st.sampled_from(["our Syphilis Testing Day cookout", "our asthma story hour", "la jornada de vacunación", "our diabetes walk"]),
)
def test_a_grid_of_officials_at_a_topic_event_passes(title, name, event):
    text = f"Thank you to {title} {name} for joining {event} this weekend!"
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Councilmember", "Alderwoman", "Commissioner", "Council Member"]),
    st.sampled_from(["Obadiah Fairweather", "Tamsin Ellery"]),
    st.sampled_from(["had a knee replaced with us", "got stitches out here", "finished cardiac rehab with our team"]),
)
def test_a_grid_of_officials_with_our_care_refuses(title, name, cared):
    text = f"{title} {name} {cared} and then joined our diabetes walk!"
    assert hits("PHI003", post(text))


# --- linear reading ----------------------------------------------------------------------------------------


def _grows_linearly(module, make, unit):
    small = steps(module, lambda: make(unit * 20), package=False)
    large = steps(module, lambda: make(unit * 40), package=False)
    return large < 2.3 * small


@pytest.mark.parametrize(
    "unit",
    [
        "at our Syphilis Testing Day cookout and the jornada de vacunación de la colonia ",
        "our our our the the la la de de day Day Day ",
        "en la feria de salud del corazón, this year's Heart Walk, our asthma story hour; ",
    ],
)
def test_events_are_blanked_in_one_pass(unit):
    assert _grows_linearly(event_topics, event_topics.blank_events, unit)


@pytest.mark.parametrize(
    "unit",
    [
        "Coordina Ofelia Bracamontes y Efren Lucio. Informes con Casilda al 555. ",
        "Questions? Ask Delphine Okoro, Ana y Eva. Thaddeus Wexler is coordinating. ",
    ],
)
def test_event_parts_read_in_bounded_windows(unit):
    def make(text):
        return [event_parts.named_with_part(text, Found(i, i + 5, ("Ofelia",), "a full name")) for i in range(0, len(text), 31)]

    assert _grows_linearly(event_parts, make, unit)


def test_a_stage_prefix_is_read_in_a_bounded_window():
    def make(text):
        return [stage_names.stage_prefix(text, i) for i in range(0, len(text), 7)]

    assert _grows_linearly(stage_names, make, "rapper Lil Word and singer Baby Word, DJ Big ")


def test_a_body_named_for_a_condition_is_blanked_in_one_pass():
    assert _grows_linearly(subjects, subjects.blank_subjects, "con el grupo Parkinson's Caregivers Circle of Tulare y la Lupus Foundation, Ana Bea Cruz Dora ")


def test_other_senses_of_care_words_are_read_in_one_pass():
    def make(text):
        return care.care_in(text + " appointment")

    assert _grows_linearly(care, make, "every labor camp, the labor union, farm labor, a jump shot, shot put and Labor Day ")


def test_the_staff_reading_stays_linear():
    known = Known.of(STAFF)
    unit = "Teodoro Salas, our lead tech, proud mom of twins Milo & Sadie, drives to every labor camp. "

    def make(text):
        found = sorted(people(text, known), key=lambda p: (p.start, -p.end))
        return lambda: staff_own(text, known, found)

    small, large = make(unit * 20), make(unit * 40)
    assert steps(staff_module, large, package=False) < 2.3 * steps(staff_module, small, package=False)
