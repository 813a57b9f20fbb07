"""Round 21, part B: a courtesy or kin title run into a name in a file's name or a slug, with care (PHI003,
titled_slugs.py); initials with the day or hour of their visit (PHI008, initial_visits.py); a photo of a team
member with someone described by age (PHI012, media.py). What passes, what stays an error, and that each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import initial_visits, titled_slugs
from playbook.rules.privacy.known import Known
from playbook.urlwords import words

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)
KNOWN = Known.of(PLANS)


def _file(name: str):
    return post("Our waiting room got a fresh coat of paint.", media=[Media(name, "A sunny lobby with ferns", False, "", None, 14)])


def _slug(slug: str):
    return post("A note for the week.", path=f"content/posts/2027/03/{slug}.md")


def _alt(alt: str, people: bool = True):
    return post("From our week.", media=[Media("images/week.jpg", alt, people, "", None, 14)])


# --- a title run into a name in a file's name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "ms-odalys_westchester-lollipop-lady_croquetas_cataract-day.HEIC",
        "mr_ekwensi-school-bus-driver-knee-scope.jpg",
        "sra-maribel_despues-de-su-operacion.mp4",
        "don-tacho-cadera-nueva.png",
        "dona_yolis_hospicio_final.mov",
        "tia-chabela_crossing-guard_first-visit.jpg",
        "grandpa-wendell_oak-creek-fields_postop.jpg",
        "MissZelda_hearing-aid-fitting.jpg",
    ],
)
def test_a_title_and_a_name_in_a_file_name_with_care_is_an_error(name):
    assert hits("PHI003", _file(name))


@pytest.mark.parametrize(
    "slug",
    ["2027-03-ms-odalys-crossing-guard-cataract-thanks", "sra-yolis-la-de-la-panaderia-rodilla", "abuelo-tacho-primera-cita-con-nosotros"],
)
def test_a_title_and_a_name_in_a_post_slug_with_care_is_an_error(slug):
    assert hits("PHI003", _slug(slug))


@pytest.mark.parametrize(
    "name",
    [
        "clinic-open-house-2027.jpg",
        "staff-photo-mar.png",
        "don-your-mask-flu-season.jpg",  # a verb, no title
        "don-carlos-elementary-vaccine-day.jpg",  # a school named after someone
        "miss-your-checkup-call-us.jpg",  # a word after the title
        "miss-america-eye-health.jpg",
    ],
)
def test_file_names_without_a_titled_patient_pass(name):
    assert hits("PHI003", _file(name)) == []


def test_a_team_members_given_name_with_courtesy_passes():
    assert list(titled_slugs.titled_slugs(words("don-jordan-flu-shot-clinic"), KNOWN)) == []
    assert [p.words for p in titled_slugs.titled_slugs(words("don-tacho-flu-shot"), KNOWN)] == [("Tacho",)]


def test_a_title_needs_care_or_a_visit_in_the_slug():
    assert list(titled_slugs.titled_slugs(words("ms-odalys-retirement-party"), KNOWN)) == []
    assert list(titled_slugs.titled_slugs(words("ms-odalys-retirement-party-checkup"), KNOWN))


@FUZZ
@given(
    st.sampled_from(["{t}-{n}_{p}-crossing-guard_cataract.jpg", "{t}_{n}-despues-de-cirugia.mp4", "{p}-{t}-{n}-knee-brace-fitting.png", "{t}-{n}_{p}_hospicio.mov"]),
    st.sampled_from(["ms", "mr", "sra", "don", "dona", "tia", "abuela", "grandma", "miss"]),
    st.sampled_from(["odalys", "tacho", "yolis", "ekwensi", "chabela", "wendell"]),
    st.sampled_from(["hialeah", "westchester", "oak-creek", "sweetwater"]),
)
def test_titled_file_name_grid(frame, title, name, place):
    assert hits("PHI003", _file(frame.format(t=title, n=name, p=place)))


def test_titled_slug_reading_is_linear():
    unit = "ms-odalys-party-don-your-mask-tia-"
    small = steps(titled_slugs, lambda: list(titled_slugs.titled_slugs(words(unit * 30 + "cataract"), KNOWN)))
    large = steps(titled_slugs, lambda: list(titled_slugs.titled_slugs(words(unit * 60 + "cataract"), KNOWN)))
    assert large < 2.3 * small


# --- initials with the day or hour of a visit --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Big thank-you to D.F.R. for the guava pastries he dropped off before his 10:40 appointment on 4/9!",
        "A shout-out to L.T., who brought the whole front desk coffee at her Tuesday checkup.",
        "W.B.'s follow-up this morning ended with a fist bump from the whole team.",
        "Gracias al Sr. R.O. por los tamales que trajo a su cita del jueves a las 10.",
        "La consulta de M.E. el 12 de mayo terminó con abrazos para todas.",
    ],
)
def test_initials_with_a_visits_day_or_hour_are_an_error(text):
    assert hits("PHI008", text)


@pytest.mark.parametrize(
    "text",
    [
        "Early appointments at 7:30 on Mondays are back for the season.",
        "Our doors open at 8 A.M. on Tuesday for flu shots, no appointment needed.",
        "Dr. L.T. Varga has a few follow-up openings at 3:15 on Friday.",
        "Meet us in Washington, D.C. on 5/3 for a visit to the mall with our walking club.",
        "Citas disponibles el lunes a las 9 en la sucursal Monterrey, S.A. de C.V.",
        "Thanks, D.F.R., for the guava pastries! They vanished in a minute.",  # initials, no visit told
    ],
)
def test_initials_without_a_visit_of_theirs_pass(text):
    assert hits("PHI008", text) == []


def test_initials_read_past_their_own_period():
    text = "Hugs to K.V. for the flowers brought to her 9:20 follow-up on 6/1."
    assert [(m.group(0), w.group(0)) for m, w in initial_visits.initialled_visits(text)] == [("K.V.", "9:20")]


@FUZZ
@given(
    st.sampled_from(["Thanks to {i} for the donuts at {p} {w} appointment.", "{i}'s checkup {w} went great.", "Gracias a {i} por venir a su cita {w}."]),
    st.sampled_from(["J.Q.", "R.B.", "T.N.", "Y.C.", "E.L.M."]),
    st.sampled_from(["his", "her"]),
    st.sampled_from(["on 2/11", "at 8:45", "on Monday", "today", "el martes", "a las 11"]),
)
def test_initials_visit_grid(frame, initials, pronoun, when):
    text = frame.format(i=initials, p=pronoun, w=when)
    assert hits("PHI008", text), text


def test_initial_visits_reading_is_linear():
    unit = "Thanks A.M. and J.D. and R.T. for coming; appointments on Saturdays. "
    small = steps(initial_visits, lambda: list(initial_visits.initialled_visits(unit * 30)))
    large = steps(initial_visits, lambda: list(initial_visits.initialled_visits(unit * 60)))
    assert large < 2.3 * small


# --- a team member with someone described by age -------------------------------------------------------------------


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Okafor fist-bumping a beaming 6-year-old in a green Lakeside Otters swim cap after her splint came off",
        "Sam Patel with a teenage shortstop in a Ridgeview Comets jersey on the exam table",
        "Jordan Lee y un chico de 12 anos con su yeso nuevo",
    ],
)
def test_a_team_member_with_someone_by_age_needs_an_authorization(alt):
    assert hits("PHI012", _alt(alt))


@pytest.mark.parametrize("alt", ["Jordan Lee, 34 years old, at the front desk", "Dr. Okafor and Sam Patel restocking the supply room"])
def test_the_team_alone_passes(alt):
    assert hits("PHI012", _alt(alt)) == []


def test_someone_by_age_marked_people_false_is_an_error():
    assert hits("PHI012", _alt("A preschooler stacking blocks in the waiting room", people=False))
