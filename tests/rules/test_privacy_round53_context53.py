"""Round 53, context53: PHI003 reads a post's names only when its text ties someone to care or to our clinic.

A staff spotlight, a new clinician, an event with volunteers and sponsors, a councilman's life story, the hours and the
insurance we accept name people but disclose no one's care: their names pass (care_tie.py). A reminder addressed to
someone, lost and found at the clinic, our van's pickups, a testimonial, a vaccination, a milestone that implies care
and a course of ours finished tie the person named to us, and stay refused. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import care_tie as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)

TIED = [
    # reminders and notices addressed to someone
    "Recordatorio: Yadiel Ocasio, martes 3 de junio a las 10:15 am. ¡Lo esperamos!",
    "Reminder for Mr. Cornelius Abernathy: your next session is Thursday at 2:30 pm.",
    "Aviso para Tomasa Quiroga: su evaluación quedó para el viernes 9 de mayo.",
    "Friday 8:45 am with Dr. Vantongeren: Priscilla Haugen, please confirm by phone.",
    # lost and found at the clinic
    "Found in the waiting room: a brown leather wallet with an ID for Desmond Pryor. Stop by the front desk!",
    "Se le olvidó a Doña Eustolia Barragán su bastón en el consultorio 2. Aquí se lo guardamos.",
    "Encontramos una credencial de seguro a nombre de Maximino Urrutia en el estacionamiento.",
    "Someone left a phone in exam room 4 this morning, the lock screen says Griselda V.",
    # our van
    "Van update: the shuttle will pick up Mrs. Philomena Starkweather at 88 Birch Lane at 7 am.",
    "La camioneta pasará por Don Anselmo Ledezma a las 6:30 am el lunes.",
    # testimonials, signed quotes, our patients
    '"I can finally walk my dog again." — Mr. Horace Pettibone',
    "Testimonio de la Sra. Florinda Cazares: gracias al equipo por todo.",
    "Wendell and Marisa Thornbury, patients of our sleep center, sent us the sweetest card.",
    "Octavio Rendón, fitted with new aids at our Elm Street office last week, came back to say hi!",
    # vaccinations and visits
    "Felicidades a la familia Zaragoza-Berrones: papá, mamá y las cuatro niñas, todos vacunados hoy.",
    "Who saw Alderman Petrakis at our flu clinic on Saturday? Thanks for rolling up your sleeve!",
    # milestones that imply care
    "¡Feliz cumpleaños, Anaís! Naciste a las 27 semanas, pesando 900 gramos, y mírate hoy.",
    "Happy first birthday, Theodora! Born at 26 weeks, now a busy toddler.",
    "Don Fermín Aguayo cumple 8 años con nosotros en la unidad. ¡Felicidades!",
    "Orgulloso de mi Thiago, ya dice sus primeras frases #terapiadelenguaje",
    "Mr. Ignatius Kowalski's wound on his heel is closed now. So proud!",
    # a course of ours finished
    "Congrats to the Vasquez-Lindholm twins, who finished our asthma education series this month!",
    "Los hermanos Zubiría terminaron nuestro curso de nutrición. ¡Bravo!",
]

UNTIED = [
    # staff spotlights and anniversaries
    "Meet our new hygienist Anneliese Barrowman, RDH! She grew up in Fresno and loves salsa dancing.",
    "Please welcome Marguerite Olawale, CNM, to the team! She'll see patients Mondays and Thursdays.",
    "¡Feliz aniversario laboral a Rigoberto Canales, nuestro recepcionista! Es fan de los Tigres y papá de tres.",
    "Happy work anniversary to Cordelia Stavros, RN! 12 years of smiles and terrible puns.",
    "Bienvenida a la Dra. Itzayana Roldán, que se une a nuestro equipo y habla español y náhuatl.",
    # events, volunteers, sponsors
    "Coat drive this Saturday at Elmwood Park! Volunteers Thaddeus Brinkley and Odalys Ferrán will be at the red tent.",
    "Noche de lotería en el salón de la iglesia, coordinada por Teodora Villalpando. ¡Traigan a la familia!",
    "Thanks to Hollister Hardware and volunteer Ezekiel Mortensen for the new benches out front.",
    # public figures' biographies
    "Gracias al regidor Eleazar Montiel por acompañarnos en la inauguración; nos contó cómo llegó de Oaxaca a los nueve años.",
    "Councilwoman Bernadette Oyelowo cut the ribbon at our new Ash Street office and told us about her first job at the cannery.",
]


BARE = [
    # no tie, but no frame that says who the person is either: whether a patient is unknown, so the name stays refused
    "Congrats to Leocadia Brandvold on finishing her first 10K!",
    "¡Felicidades a Eusebio Tlacuilo por su graduación!",
    "Happy birthday, Mr. Ambrose Quillfeather!",
]


@pytest.mark.parametrize("text", BARE)
def test_a_bare_name_with_no_frame_stays_refused(text):
    assert not module.names_no_patient(text)
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", UNTIED)
def test_a_spotlight_an_event_or_a_council_member_names_no_patient(text):
    assert module.names_no_patient(text)


@pytest.mark.parametrize("text", TIED)
def test_a_post_tying_someone_to_us_is_tied(text):
    assert module.care_tie(text)


@pytest.mark.parametrize("text", UNTIED)
def test_a_post_tying_no_one_to_care_is_not_tied(text):
    assert not module.care_tie(text)


@pytest.mark.parametrize("text", TIED)
def test_phi003_still_refuses_a_name_tied_to_us(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", UNTIED)
def test_phi003_passes_a_name_tied_to_nothing(text):
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Meet our new nurse, Ottoline Farquhar, RN!", "Bienvenido a nuestro equipo, Casimiro Ugalde.", "Thanks to volunteer Leopoldina Marsh!"]),
    st.sampled_from([" She loves hiking.", " Es fan del Cruz Azul.", " He speaks Tagalog and Spanish.", " Stop by and say hi!"]),
)
def test_a_grid_of_staff_and_volunteers_passes(person, about):
    assert hits("PHI003", post(person + about)) == []


@FUZZ
@given(
    st.sampled_from(["Ottoline Farquhar", "Don Casimiro Ugalde", "Mrs. Leopoldina Marsh"]),
    st.sampled_from(
        [
            "Found in our lobby: a wallet with an ID for {}.",
            "Recordatorio para {}: su próxima sesión es el lunes.",
            "The van will pick up {} at 7 am on Tuesday.",
            "{}, one of our patients, sent us a thank-you note.",
            "{} y toda su familia, todos vacunados hoy.",
        ]
    ),
)
def test_a_grid_of_ties_refuses(person, shape):
    assert hits("PHI003", post(shape.format(person)))


@pytest.mark.parametrize(
    "unit",
    [
        "Recordatorio para su sesion con la Dra. Ruiz el lunes 9 am found lobby wallet van pick up ",
        "born naciste 27 semanas #terapia finished our series en la unidad testimonio ",
        "with with con con Dr. Dra. lunes monday 9 am # # found found van van ",
        '" — " — Mr. Mr. a nombre de 12/04/1990 welcome our new nurse, RN volunteers concejal aceptamos ',
    ],
)
def test_the_tie_stays_linear(unit):
    def run(count):
        return module.care_tie(unit * count), module.names_no_patient(unit * count)

    assert grows_linearly(module, run)
