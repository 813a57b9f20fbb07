"""Round 43, miss43c: a name in a slug or a file's name beside what a body showed or a family came for
(slug_results.py, PHI003), and a case told by age, sex and the day or hour the patient was seen (dated_cases.py,
PHI008), the reader's standing schedule of care or a remedy said to have helped them in a reply (standing_care.py,
PHI002), and five stars asked for in the plural imperative with a gift (FTC004). In slugs: a short name (Hmong, Samoan, Vietnamese: one or two syllables) with a before-and-after
or a weight, a full name nobody lists before a condition worded as an adjective ("diabetic", "renal"), and a
family's surname with a visit or a consent. Topics, galleries and dated events with no one's name pass.
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import dated_cases as cases_module
from playbook.rules.privacy import slug_results as module
from playbook.rules.privacy import standing_care as standing_module
from playbook.rules.privacy.dated_cases import dated_cases
from playbook.rules.privacy.dates import _DATE as DATE_SHAPE
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.slug_results import result_slugs
from playbook.rules.privacy.standing_care import standing_care

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
NOBODY = Known(team=(), org=frozenset(), handles=frozenset(), squashed_name="")


def slugged(slug: str):
    return post("New story on the blog.", path=f"content/posts/2027/05/{slug}.md")


def filed(name: str):
    return post("New photo.", media=[Media(name, "A sunny lobby", False, "", None, 14)])


@pytest.mark.parametrize(
    "example",
    [
        # the kinds' own shapes, sharing no content word with the corpus cases
        slugged("03-tet-celebration-before-after-mai-ly-85lbs"),
        filed("sleeve-journey_kou-yang_down-60_before-after.jpg"),
        slugged("08-antes-despues-thu-tran-40-kilos"),
        slugged("06-tevita-fonoti-wound-healing-week-8"),
        slugged("02-nasteexo-jaamac-diabetico-pie-curacion"),
        filed("faleolo_family_checkup_2027-04-09_release-unsigned.jpg"),
        filed("familia-tauiliili_citas-dentales_2027-06-11_sin-consentimiento.png"),
    ],
)
def test_a_name_beside_a_result_a_condition_or_a_family_visit_refuses(example):
    assert hits("PHI003", example)


@pytest.mark.parametrize(
    "example",
    [
        slugged("03-before-after-gallery-gastric-sleeve-results"),
        slugged("05-diabetic-foot-care-tips"),
        filed("family-dental-day_2027-05-03_flyer.jpg"),
        slugged("04-eid-mubarak-diabetic-friendly-sweets"),
        slugged("06-dia-familiar-de-salud-dental"),
        slugged("09-lose-20-lbs-safely-before-after-myths"),
        slugged("10-kidney-walk-family-team-photos"),
    ],
)
def test_topics_galleries_and_events_pass(example):
    assert hits("PHI003", example) == []


@FUZZ
@given(
    st.sampled_from(["Pa Vang", "Mai Lor", "Kou Xiong", "Thu Tran", "Tou Vang"]),
    st.sampled_from(["{n} before after 92LBS", "Antes Despues {n} 30 Kilos", "Down 45 {n} Sleeve"]),
)
def test_a_grid_of_short_names_and_results_refuses(name, frame):
    assert list(result_slugs(frame.format(n=name), NOBODY))


@pytest.mark.parametrize(
    "unit",
    [
        "Before After Pa Vue Tuilagi Family Checkup Abdirahman Warsame Diabetic ",
        "Family Dental Day 2027 Diabetic Tips Familia Ohana Mai Ly ",
    ],
)
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: list(result_slugs(unit * 20, NOBODY)), package=False)
    large = steps(module, lambda: list(result_slugs(unit * 40, NOBODY)), package=False)
    assert large < 2.3 * small


# --- a case told by age, sex and the day or hour of the visit (dated_cases.py, PHI008) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Case of the week. 41F, fall from a ladder, seen in the ER 5/2 at 22:15. Distal radius fracture, plated next day.",
        "Teaching case: a 52-year-old man presented on June 3 with a swollen, red calf after a long flight.",
        "Caso de la semana: varón de 67 años, atendido el 14/09 a las 7:30 con dolor torácico.",
        "Friday case review: 17 y/o M, skateboard, came in Saturday at 11pm with an open tib-fib.",
        "Mujer de 29 años que llegó el 2 de agosto a las 4 am con una mordida de perro en la mano.",
    ],
)
def test_a_case_with_age_sex_and_visit_day_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "A 60-year-old man with knee pain may benefit from strength work before any scan. Book a visit anytime.",
        "Men 40 and over: free prostate talk May 3 at 6 pm in the community room. Women welcome too.",
        "Hombres de 50 años o más: el chequeo de colon se hace cada 10 años. Feria de salud el 12 de junio a las 9.",
        "We raised $12M for the new wing and opened the doors on May 3. Thank you, everyone who came in!",
        "Grand rounds recap: a classic 45M presentation of gout. The talk was recorded on 4/2 and is on our site.",
    ],
)
def test_advice_events_and_talks_pass(text):
    assert hits("PHI008", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["33F", "71 y/o M", "a 19-year-old woman", "paciente de 58 años"]),
    st.sampled_from(["seen 7/19 at 08:05", "presented on March 2", "atendido el 3 de mayo", "came in at 14:30"]),
)
def test_a_grid_of_cases_refuses(who, when):
    assert list(dated_cases(f"Case review: {who}, wrist injury, {when}. Repaired.", DATE_SHAPE))


def test_the_case_reading_stays_linear():
    unit = "41F seen in clinic. 52M presented with pain. Mujer de 30 años atendida. "
    small = steps(cases_module, lambda: list(dated_cases(unit * 20, DATE_SHAPE)), package=False)
    large = steps(cases_module, lambda: list(dated_cases(unit * 40, DATE_SHAPE)), package=False)
    assert large < 2.3 * small


# --- the reader's standing schedule of care, or a remedy said to have helped them (standing_care.py, PHI002) ------


@pytest.mark.parametrize(
    "text",
    [
        "Marisol, we know the Tuesday-Thursday-Saturday chair times at 6 a.m. are tough, especially in winter.",
        "Don Efraín, sabemos que venir a la infusión cada dos viernes desde tan lejos es cansado.",
        "Hi Bernard, we hear you about the every-three-month lab draws; they're required for anyone on that program.",
        "Entendemos lo pesado de los análisis mensuales, Yesenia, pero no los podemos saltar.",
        "Priya, it can happen to anyone, and we're glad the packing we placed helped it close.",
        "Qué bueno que las gotas le ayudaron con la molestia, doña Fela.",
    ],
)
def test_a_standing_schedule_or_a_remedy_that_helped_refuses(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for asking! Our lab is open Monday, Wednesday and Friday mornings for walk-ins.",
        "¡Gracias! Las citas de los sábados se abren cada mes en nuestra página.",
        "We're so glad the team made you feel welcome. Thank you for the lovely note!",
        "Our doors are open Monday through Friday, 8 to 5, and every other Saturday for check-ups.",
        "Gracias por escribirnos; qué bueno que la sala de espera le pareció cómoda.",
        # what we offer, with "your" or "su" elsewhere in the sentence
        "Thanks for the kind words! Bookings open Tuesday-Thursday, and your questions are welcome anytime.",
        "Disculpe la demora. Ahora abrimos turnos los martes y viernes temprano para su comodidad.",
    ],
)
def test_hours_and_thanks_pass(text):
    assert hits("PHI002", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["we know", "we understand", "entendemos que", "sabemos que"]),
    st.sampled_from(["the Monday-Wednesday-Friday sessions", "the monthly visits", "las sesiones de martes y jueves", "las citas cada dos viernes"]),
)
def test_a_grid_of_schedules_refuses(part, schedule):
    assert list(standing_care(f"Hola, {part} {schedule} are a lot."))


def test_the_schedule_reading_stays_linear():
    unit = "We know the Monday sessions. Cada mes, las citas. Glad the drops helped. Open Monday through Friday. "
    small = steps(standing_module, lambda: list(standing_care(unit * 20)), package=False)
    large = steps(standing_module, lambda: list(standing_care(unit * 40)), package=False)
    assert large < 2.3 * small


# --- five stars asked for with a gift, in the plural imperative (honesty.yml review_acts, FTC004) -------------


@pytest.mark.parametrize(
    "text",
    [
        "¡Familia! Regálennos sus cinco estrellas en Facebook y les obsequiamos un llavero.",
        "Déjennos 5 estrellas en Google y les regalamos un paquete de pilas.",
        "Pónganos cinco estrellas en Yelp y les regalamos una limpieza de lentes.",
    ],
)
def test_stars_for_a_gift_refuse(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Déjennos sus comentarios en la caja de sugerencias de la recepción. ¡Este sábado regalamos mochilas en la feria!",
        "Si gustan, déjennos una reseña honesta en Google, buena o mala; nos ayuda a mejorar.",
        "¡Gracias por las cinco estrellitas! Nos alegró el día.",
    ],
)
def test_honest_asks_and_thanks_pass(text):
    assert hits("FTC004", post(text)) == []
