"""Round 29, part A: people in media, file names and links. Someone in what only care puts on them in an alt text
(PHI012, alt_bodies.worn_care); a day's list of surnames by appointment time (PHI003/PHI012, day_lists.py); a name no
list holds in a link, a file's name or a person key of a query, with care (PHI003, path_names.py); the day of a
pictured person's care beside a before and after (PHI008, pictured_dates.py). What passes, what stays an error, and
that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import alt_bodies, day_lists, path_names, pictured_dates
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)
KNOWN = Known.of(PLANS)


def _alt(alt: str, people: bool = False):
    return post("From our week.", media=[Media("images/week.jpg", alt, people, "", None, 14)])


def _file(name: str):
    return post("Our lobby got new chairs.", media=[Media(name, "A sunny lobby with ferns", False, "", None, 14)])


def _link(url: str):
    return post(f"More details here: {url}", sources=(url,))


# --- people in what only care puts on them (PHI012) -----------------------------------------------------------


@pytest.mark.parametrize(
    "alt",
    [
        "Three teens wearing paper gowns waiting on exam tables",
        "Dos abuelitos con cabestrillo jugando dominó en el patio",
        "Residents in wheelchairs singing at the spring social",
        "Twin boys with leg casts racing toy cars down the hall",
        "Una señora con bata de paciente leyendo una revista",
    ],
)
def test_someone_in_worn_care_is_shown(alt):
    assert hits("PHI012", _alt(alt))


@pytest.mark.parametrize(
    "alt",
    [
        "A stack of folded paper gowns on a shelf",
        "Surgeons in sterile gowns at the scrub sink",
        "New wheelchair ramp at the side entrance",
        "Cart with bandages and gauze by the door",
        "Un estante con vendas y gasas nuevas",
        "Empty exam room with a fresh paper sheet",
    ],
)
def test_worn_care_with_no_one_passes(alt):
    assert hits("PHI012", _alt(alt)) == []


@FUZZ
@given(
    st.sampled_from(["Two {w} in hospital gowns", "A {w} wearing an arm sling", "{w} in wheelchairs at bingo", "Dos {w} con batas de hospital"]),
    st.sampled_from(["preschoolers", "veterans", "cuates", "folks", "youngsters", "vecinos"]),
)
def test_worn_care_reads_any_word_for_the_wearer(frame, who):
    alt = frame.format(w=who)
    assert alt_bodies.worn_care(alt) is not None


# --- a day's list by appointment time (PHI003, PHI012) -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Clipboard at the front desk: 8:15 Oyelaran, 8:40 Castellanos, 9:05 Thibodeaux.",
        "Hoja de turnos de hoy: Quispe 10:30, Mamani 11:00.",
        "Tuesday sign-in: Wroblewski 2:00 pm; Adeyemi 2:30 pm.",
    ],
)
def test_a_day_list_names_patients(text):
    assert hits("PHI003", text)


@pytest.mark.parametrize(
    "text",
    [
        "Horario de clases: Yoga 9:00, Pilates 10:00, Zumba 11:00.",
        "Hours: Monday 8:00 am, Tuesday 9:00 am.",
        "Dr. Ramos 9:00, Dr. Lindqvist 1:00 pm on Fridays.",
        "Flu clinic 9am to 1pm, walk-ins welcome after 2pm.",
    ],
)
def test_a_timetable_names_no_one(text):
    assert [p for p in day_lists.day_list_names(text, KNOWN)] == []


@FUZZ
@given(
    st.sampled_from(["Okonkwo", "Castellanos", "Pietrzak", "Ibarguen"]),
    st.sampled_from(["Mbeki", "Lindqvist", "Tzul", "Varga"]),
    st.sampled_from(["Today's patients: {a} 9:10, {b} 9:40", "Citas de hoy: 8:00 {a}; 8:30 {b}"]),
)
def test_day_list_grid(first, second, frame):
    text = frame.format(a=first, b=second)
    assert len(list(day_lists.day_list_names(text, KNOWN))) == 2


# --- a name no list holds in a link, a file's name or a query, with care (PHI003) ---------------------------


@pytest.mark.parametrize(
    "item",
    [
        _link("https://www.example-ortho.test/stories/zaynab-oduya-knee-replacement"),
        _link("https://forms.example-ortho.test/intake?patient=Kofi+Ansah&concern=eczema"),
        _file("kwabena-otieno-cataract-postop.jpg"),
        _file("fotos/yaretzi-tlapa-rinoplastia-antes-despues.jpg"),
        _link("https://forms.example-ortho.test/nurse?alumno=Ikechukwu&motivo=alergia"),
    ],
)
def test_a_name_in_a_path_with_care_is_an_error(item):
    assert hits("PHI003", item)


@pytest.mark.parametrize(
    "item",
    [
        _link("https://www.example-ortho.test/conditions/eczema"),
        _file("invisalign-clear-aligners-before-after.jpg"),
        _link("https://forms.example-ortho.test/consent?student=yes&reason=asthma"),
        _link("https://www.example-ortho.test/services/breast-reconstruction/gallery"),
    ],
)
def test_a_path_without_a_name_passes(item):
    assert hits("PHI003", item) == []


@FUZZ
@given(
    st.sampled_from(["Zaynab Oduya", "Kwabena Otieno", "Yaretzi Tlapa", "Ikenna Bwalya"]),
    st.sampled_from(["{n} Knee Replacement", "Gallery; Rhinoplasty; {n} Before After", "student: {n}; reason: Eczema"]),
)
def test_path_names_grid(name, frame):
    assert list(path_names.path_names(frame.format(n=name), KNOWN))


# --- the day of a pictured person's care (PHI008) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Before and after! Treatment day was 6/9/2027 and look at that glow.", True),
        ("Antes y después 🌸 Fecha de la cirugía: 14/02/2027. ¡Agenda tu valoración!", True),
        ("This photo was taken a month out. Procedure date: 5/12/2027.", True),
        ("Surgery dates for June are open! Book by 5/20.", False),
        ("Fotos del antes y después de la remodelación del 4/12: ¡quedó preciosa la recepción!", False),
    ],
)
def test_the_date_of_pictured_care(text, flagged):
    assert bool(hits("PHI008", text)) is flagged


# --- linear -------------------------------------------------------------------------------------------------


def _ratio(module, run_small, run_large) -> float:
    return steps(module, run_large, package=False) / steps(module, run_small, package=False)


def test_worn_care_is_linear():
    unit = "A cart with gowns in a row and slings on the rack, "
    assert _ratio(alt_bodies, lambda: alt_bodies.worn_care(unit * 20), lambda: alt_bodies.worn_care(unit * 40)) < 2.4


def test_day_lists_are_linear():
    unit = "Yoga 9:00, Dr. Ramos 10:00, "
    assert _ratio(day_lists, lambda: list(day_lists.day_list_names(unit * 20, KNOWN)), lambda: list(day_lists.day_list_names(unit * 40, KNOWN))) < 2.4


def test_path_names_are_linear():
    unit = "Gallery Oduya Ansah student: Kofi; "
    assert _ratio(path_names, lambda: list(path_names.path_names(unit * 20, KNOWN)), lambda: list(path_names.path_names(unit * 40, KNOWN))) < 2.4


def test_pictured_dates_are_linear():
    unit = "Before and after the 5/12 fair, surgery on "
    text = unit * 20

    def run(t):
        return lambda: [pictured_dates.care_label(t, m) for m in __import__("re").finditer(r"\d/\d+", t)] + [pictured_dates.pictured(t)]

    assert _ratio(pictured_dates, run(text), run(unit * 40)) < 2.4
