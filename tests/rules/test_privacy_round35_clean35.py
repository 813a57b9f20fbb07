"""Round 35, clean texts that were refused: a dose written as a range before its unit is no phone number (PHI004,
contact.py). What passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Folks over seventy often take D3 1000-4000 IU with breakfast.",
        "Ask your pharmacist whether CoQ10 100-300 mg fits with statins.",
        "La dosis habitual de omega-3 es 1000-2000 mg con la comida.",
        "Para la anemia, hierro elemental 60-120 mg en ayunas, B9 400-800 mcg.",
        "Kids 1-3 years drink 700-1000 ml of water per day; teens 2000-3000 ml.",
        "Vitamina K2 90–120 µg y D3 800–2000 UI, según su médico.",
    ],
)
def test_a_dose_range_is_no_phone(text):
    assert hits("PHI004", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Text Ondina at 312-555-0147 mg",  # a line's last group falls: 555 > 0147
        "Call Tomasz at 312 555-0147 units please.",
        "Llame a Rosaura al 773-555-0162 hoy.",
        "Mirabel takes 200-400 mg at night; her cell is 773-555-0162.",
    ],
)
def test_a_real_line_stays_an_error(text):
    assert hits("PHI004", text)


@FUZZ
@given(
    st.sampled_from(["B12", "D3", "K2", "B9", "CoQ10", "Omega-3", "Zinc 5"]),
    st.sampled_from(["350-1000", "1000-2000", "400-800", "25-100", "1200-1500"]),
    st.sampled_from(["mg", "mcg", "IU", "UI", "ml", "units", "unidades", "µg"]),
    st.sampled_from(["Take {d} daily.", "Tome {d} al día.", "Most adults need {d} each morning."]),
)
def test_dose_grid_passes(vitamin, span, unit, frame):
    assert hits("PHI004", frame.format(d=f"{vitamin} {span} {unit}")) == []


@FUZZ
@given(st.sampled_from(["312-555-0147", "(773) 555-0188", "612 34 56 78"]), st.sampled_from(["mg", "IU", "ml", "units"]))
def test_phone_before_a_unit_word_stays_an_error(line, unit):
    assert hits("PHI004", f"Reach Evander at {line} {unit} tonight.")


def test_dose_reading_is_linear():
    unit = "B12 350-1000 mcg. D3 1000-4000 UI. Calcio 1200-1500 mg. 2-3 tomas. "
    assert_linear("PHI004", unit)


# --- a salutation to "familia"/"family" (PHI003, family_words.py) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Querida familia: gracias por escribirnos, con gusto le atendemos por teléfono.",
        "Hello Family! Welcome back to school week at the clinic.",
        "Dear Family, flu shots start Monday for everyone over six months.",
        "Estimadas familias: el consultorio cierra el lunes festivo.",
        "Bienvenida familia, aquí encontrará horarios y formularios.",
    ],
)
def test_a_salutation_to_family_names_no_one(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ortega family, the cast on Marisol's wrist comes off Friday.",
        "Querida familia Benavides: la biopsia salió bien.",
        "The Quintanilla family came in for their flu shots.",
        "La familia Arreola vino a su cita ayer.",
    ],
)
def test_a_family_by_surname_stays_named(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(["Dear", "Hello", "Hi", "Querida", "Estimada", "Apreciable", "Bienvenida", "Hola"]),
    st.sampled_from(["family", "Family", "familia", "Familia"]),
    st.sampled_from([": our hours change next week.", ", the clinic closes early on Friday.", "! Vacunas gratis el sábado."]),
)
def test_salutation_grid_passes(greeting, word, rest):
    assert hits("PHI003", f"{greeting} {word}{rest}") == []


@FUZZ
@given(st.sampled_from(["Dear", "Querida", "Estimada", "Hola"]), st.sampled_from(["Ibarguen", "Solórzano", "Whitcombe"]))
def test_salutation_with_a_surname_stays_named(greeting, surname):
    assert hits("PHI003", f"{greeting} familia {surname}: su cita de cirugía es el martes.")


def test_salutation_reading_is_linear():
    unit = "Querida familia: hola. Dear Family, hi. Hello families! Estimada familia Ruelas: cita. "
    assert_linear("PHI003", unit)


# --- a talk to a group about a care topic, its host thanked (PHI003, subjects.py via community_roles.py) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the Piedmont middle school for letting us speak with the eighth graders about concussions and helmets. Teacher Oriana Fairweather set it all up.",
        "Gracias al maestro Eliseo Barragán por invitarnos a platicar con los papás sobre la diabetes y el colesterol.",
        "Big thanks to Coach Renwick Adair for having us chat with the varsity squad about heat stroke and hydration.",
        "Agradecemos a la directora Maribel Quiroga por dejarnos conversar con las mamás del preescolar acerca de la caries.",
        "Librarian Tobias Wren hosted us to talk with the seniors about falls and broken hips.",
    ],
)
def test_a_talk_to_a_group_tells_no_care_of_its_host(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to maestra Lucinda Ferrero for inviting us to talk with her class about asthma; she came in for her biopsy last week.",
        "Gracias a la maestra Lucinda Ferrero por invitarnos a hablar con los niños sobre el asma. Ella se operó de la vesícula con nosotros en mayo.",
        "Maestra Lucinda Ferrero came in for her biopsy.",
    ],
)
def test_a_host_with_her_own_care_stays_named(text):
    assert hits("PHI003", text)


def test_a_single_hearer_keeps_the_topic():
    from playbook.rules.privacy.subjects import blank_subjects

    assert blank_subjects("We talked with him about his knee.") == "We talked with him about his knee."
    assert blank_subjects("Hablamos con ella sobre la diabetes.") == "Hablamos con ella sobre la diabetes."
    assert "asma" not in blank_subjects("hablar con los de 5.º grado sobre el asma.")


@FUZZ
@given(
    st.sampled_from(["maestra Ondina Ruelas", "Coach Pell Harrow", "Principal Ines Okoro", "el profe Amado Tirado"]),
    st.sampled_from(["talk with the fourth graders about", "hablar con los alumnos sobre", "chat with the parents about", "platicar con las familias acerca de"]),
    st.sampled_from(["asthma", "la diabetes", "sunburn and skin cancer", "el colesterol"]),
)
def test_host_grid_passes(host, talk, topic):
    assert hits("PHI003", f"Thanks to {host} for inviting us to {talk} {topic}.") == []


def test_talk_reading_is_linear():
    unit = "platicar con los alumnos de 3.º B acerca de la gripa. talk with the kids about flu. talked to. con los de la "
    assert_linear("PHI003", unit)


# --- a town before the public grounds it owns (PHI003, named_after.py's nouns) ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sports physicals this Saturday by the Florence gazebo, then cider at the Mabel grange.",
        "Vacunas gratis el sábado en el kiosco Benito Juárez, junto al mercado.",
        "Blood pressure checks at the Augusta waterfront after the parade.",
        "Find our van by the Eugenia showgrounds gate on Friday.",
        "Toma de glucosa en el malecón Lupita, cerca del muelle.",
    ],
)
def test_grounds_named_by_a_town_are_a_place(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Florence had her bunion shaved down here on Tuesday.",
        "Marisol Quintero had her gallbladder out; see you at the Quintero market Sunday.",
    ],
)
def test_a_town_name_with_care_stays_named(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(["Fonda", "Marion", "Florence", "Augusta", "Eugenia", "Tracy"]),
    st.sampled_from(["fairgrounds", "gazebo", "square", "armory", "marina", "boardwalk", "farmers market", "campground"]),
    st.sampled_from(["Flu shots Sunday at the {p}!", "Meet our team by the {p} this weekend.", "Free eye checks at the {p}, 1-5pm."]),
)
def test_grounds_grid_passes(town, noun, frame):
    assert hits("PHI003", frame.format(p=f"{town} {noun}")) == []


def test_grounds_reading_is_linear():
    unit = "at the Fonda fairgrounds. by the Marion gazebo. el kiosco Lupita. the Tracy square is. "
    assert_linear("PHI003", unit)
