"""Round 53, figures53: a public figure's own story told in public, a member's child named before her, a service's visits.

A public figure at our event tells their own health story and the post says they have told it in public, by the telling
itself: "<Name> has talked publicly for years about ...", "who has spoken openly on TV about ...", "He's been open in
interviews about ...", "a tale she tells on every stage she plays", "que lo ha contado en entrevistas"; with a
public role or title (a former pro kicker, a poet laureate, "la cantante", "concejal") the figure passes, and so do the
given name said again and the home town ("<Town> native"). A staff post names a member's child before the member and
ties her right after ("<Name>, la hija de nuestro terapeuta <Member>", "<Name>, son of our MA <Member>"), and an
announcement counts the visits a service takes ("it takes three visits in one week"). Care of ours (here, a doctor of
ours, "se atendió con nosotros", "que operamos ayer"), a patient's word, or a person's own count keeps them refused.
Every name here is invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import kin_before, milestones, public_story, service_visits
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, TEAM, hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
STAFF = replace(
    PLANS,
    team={
        **TEAM,
        "rmen": Person("rmen", "Rubén Mendoza", ("author",)),
        "lcas": Person("lcas", "Leticia Castro", ("author",)),
        "gpar": Person("gpar", "Gloria Paredes", ("author",)),
        "dwhit": Person("dwhit", "Dana Whitfield", ("author",)),
    },
)
_CODES = ("PHI003", "PHI011", "PHI013", "PHI016")


def _refused(text: str) -> list:
    return [hit for code in _CODES for hit in hits(code, post(text), plans=STAFF)]


@pytest.mark.parametrize(
    "text",
    [
        # a figure's own story, told in public by the telling itself, with a role or a title
        "Huge thanks to Marlow native and former pro kicker Brent Holloway for signing helmets at our booth 🏈 Brent has talked publicly about the shoulder trouble that cut his playing days short.",
        "Thank you, Councilwoman Ines Marlowe, for opening our flu clinic! She has spoken openly on TV about her son's asthma.",
        "Singer Joy Tallis, who has spoken openly about her diabetes, led the warm-up at our walk. Thank you, Joy!",
        "Former Rams linebacker Dax Ulrich signed footballs at our fair 🏈 He's been open in interviews about the concussions that ended his career.",
        "Honored to have Fenwick's own poet laureate, Amara Lindqvist, read at our hearing night. She read poems about losing her hearing at nine, the story she tells on stages all over the state. Thank you, Amara!",
        "Retired weather anchor Colette Brandt, who told viewers on air that she uses a cane after her hip replacement, spoke at our falls breakfast.",
        "Country singer Wade Farrow told the crowd at his Tulsa show that he is back on the road a year after his bypass surgery. Go get your cholesterol checked!",
        "Thank you, Kiri Tamaho! The Lakeview State libero, who opened up on her podcast about her own anxiety, spoke to 200 students at our wellness night.",
        # in Spanish
        "La cantante Lupita Arce, que ha hablado abiertamente de su depresión, cantó en nuestra kermés. ¡Gracias, Lupita!",
        "El concejal Ramiro Ochoa nos acompañó en la feria. Él ya lo ha contado en entrevistas: vive con diabetes desde los 30.",
        "La periodista de Univisión Carla Benítez nos acompañó en la feria y contó su experiencia con la mastografía que se hizo frente a las cámaras. ¡Gracias, Carla!",
    ],
)
def test_a_figures_own_story_told_in_public_passes(text):
    assert _refused(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # care of ours in the story, after it or anywhere in the post
        "Thanks to former pro kicker Brent Holloway for visiting! Brent has talked publicly about the elbow surgery Dr. Okafor did here.",
        "Thank you, Councilman Lou Prado! He has talked openly on the radio about the bypass we did in May.",
        "Olympic sprinter Kiara Voss had her knee scoped here, as she has shared on her podcast.",
        "Singer Joy Tallis has spoken openly about her diabetes on her show, and our endocrinology team has followed her since 2019.",
        "La cantante Lupita Arce, que ha hablado abiertamente de su depresión, se atendió con nosotros el año pasado.",
        "El concejal Ramiro Ochoa habló en su programa de radio de su cirugía de rodilla, que le hicimos aquí en marzo.",
        "Mayor Joan Pruitt talked about her pacemaker in her weekly column. Thank you, Dr. Okafor, for treating her!",
        # no public role, a patient's word, or a telling to us
        "Brent Holloway has talked publicly about the elbow trouble that cut his playing days short.",
        "Our patient Brent Holloway has talked publicly on his podcast about his knee replacement.",
        "Rosa Delgado shared on Instagram that she finished chemo with us last week!",
        "Marlow native Kiara Voss came in for her asthma checkup, something she has posted about on TikTok.",
        "Retired teacher Maria Lopez has talked openly about her stroke.",
        "Poet laureate Amara Lindqvist, who has written openly about her dementia, is one of our memory care patients.",
        "Former pro kicker Brent Holloway told us at his visit about the wrist pain.",
    ],
)
def test_care_of_ours_or_no_public_frame_still_refuses(text):
    assert _refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "¡Cumple 4 añitos Maite, la nena de nuestro técnico de rayos X Rubén! 🎂 Él nos trajo pastel para todo el equipo.",
        "Happy 1st birthday to Mateo, son of our MA Dana!",
        "Camila (our nurse Leticia's daughter) ran her first 5K on Saturday!",
        "Felicidades a Diego, el hijo de nuestra recepcionista Gloria, por graduarse de la prepa.",
        "Congrats to Owen, grandson of our front desk lead Gloria, on making the varsity team!",
        "Say happy birthday to Leo, our MA Dana's son, who turned 10!",
        "Hoy cumple 5 años Valentina, hija de nuestra enfermera Leticia. ¡Nos trajo pastel!",
    ],
)
def test_a_members_child_named_before_her_passes(text):
    assert _refused(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cumple 4 añitos Maite, la hija de nuestra enfermera Leticia, que operamos ayer.",
        "Happy 1st birthday to Mateo, son of our MA Dana! We did his ear tubes here last month.",
        "Camila (our nurse Leticia's daughter) had her tonsils out here on Friday.",
        "Happy birthday to Ava, daughter of our patient Rosa Delgado!",
        "Happy birthday to Ava, daughter of Rosa and our MA Dana!",
        "Felicidades a Diego, el hijo de nuestra recepcionista Gloria, que ya terminó sus quimios con nosotros.",
    ],
)
def test_a_relatives_care_or_someone_else_still_refuses(text):
    assert _refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "NEW: we now offer allergy patch testing. It takes three visits in one week.",
        "Ahora ofrecemos pruebas de parche. Son tres visitas en una semana.",
        "El tratamiento de várices consiste en 4 sesiones de escleroterapia en dos meses.",
        "Sleep studies take two visits in a month at our lab.",
        "Laser hair removal usually requires six sessions of treatment over a year.",
    ],
)
def test_a_services_count_of_visits_passes(text):
    assert _refused(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He came back for three visits in a week and his rash cleared.",
        "She needs three visits in one week for her patch test.",
        "Marta finished 6 sessions of laser with us.",
        "Our patient needed two visits in one week for her patch test.",
        "Su hija requiere tres visitas en una semana para su terapia.",
    ],
)
def test_a_persons_own_count_still_refuses(text):
    assert _refused(text)


@FUZZ
@given(
    st.sampled_from(["Former pro kicker Brent Holloway", "Poet laureate Amara Lindqvist", "Country singer Wade Farrow", "Olympic rower Kiri Tamaho"]),
    st.sampled_from(["has talked publicly for years about", "has spoken openly on TV about", "has written in a memoir about", "has shared on a podcast about"]),
    st.sampled_from(["a concussion", "a hip replacement", "a bout of depression", "a torn ACL"]),
)
def test_a_grid_of_public_tellings_passes(figure, telling, story):
    assert _refused(f"Thank you for visiting our fair! {figure} {telling} {story}.") == []


@FUZZ
@given(
    st.sampled_from(["Former pro kicker Brent Holloway", "Poet laureate Amara Lindqvist", "Country singer Wade Farrow"]),
    st.sampled_from(["has talked publicly for years about", "has spoken openly on TV about"]),
    st.sampled_from([" the surgery Dr. Okafor did here", " the hip replacement we did in May", " a concussion; our team treated it here"]),
)
def test_a_grid_of_public_tellings_with_our_care_refuses(figure, telling, care):
    assert _refused(f"{figure} {telling}{care}.")


@FUZZ
@given(
    st.sampled_from(["Sofía", "Mateo", "Camila"]),
    st.sampled_from([", la hija de nuestra enfermera Leticia", ", son of our MA Dana", " (our receptionist Gloria's granddaughter)"]),
    st.sampled_from([(" turned 5 today!", False), (" had her tonsils out here today.", True), (", whose tonsils we removed here on Monday.", True)]),
)
def test_a_grid_of_relatives_named_first(name, tie, end):
    words, cared = end
    assert bool(_refused(f"Happy birthday to {name}{tie}{words}")) is cared


@FUZZ
@given(
    st.sampled_from(["It takes", "The test requires", "Son", "El estudio requiere"]),
    st.sampled_from(["three visits in one week", "2 visitas en un mes", "four sessions of laser"]),
)
def test_a_grid_of_service_counts_passes(verb, count):
    assert hits("PHI013", post(f"Now offering patch testing. {verb} {count}.")) == []


@pytest.mark.parametrize(
    "unit",
    [
        "Former pro kicker Brent Holloway has talked publicly about his knee. Thank you, Brent! ",
        "La cantante Lupita Arce, que ha hablado abiertamente de su depresión, cantó. 🎤 Ella lo ha contado en entrevistas. ",
        "he has she has who told on TV on air publicly openly as he has ",
    ],
)
def test_the_story_reading_stays_linear(unit):
    def run(count):
        public_story._readings.cache_clear()
        return public_story._readings(unit * count)

    assert grows_linearly(public_story, run)


@pytest.mark.parametrize(
    "unit",
    [
        "Sofía, la hija de nuestro terapeuta respiratorio Rubén, cumple 3. ",
        "Mateo, son of our MA Dana! Camila (our nurse Leticia's daughter). ",
        "la hija de de nuestro our our MA MA Rubén's ",
    ],
)
def test_the_tie_stays_linear(unit):
    known = Known.of(STAFF)

    def run(count):
        text = unit * count
        return [kin_before.tie_after(text, i, i + 5, known) for i in range(0, len(text), 37)]

    assert grows_linearly(kin_before, run)


@pytest.mark.parametrize("unit", ["It takes three visits in one week. ", "Son tres visitas en una semana y ella requiere 2 visitas en un mes. "])
def test_the_service_count_stays_linear(unit):
    def run(count):
        return milestones.milestone_of_one(unit * count)

    assert grows_linearly(service_visits, run, package=True)
