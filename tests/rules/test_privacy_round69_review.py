"""Round 69's review: ways through the round's readings a reviewing helper found, and what they mend.

- A quoted title names its character only for a work (a book, a song), never for an event: a benefit walk or race named
  for someone ('the walk "Team Ava"') names the patient.
- A member's job told by what she does is read as her work only with no kin and no clinical word in it ("who schedules
  her son's chemo" is care).
- A camel-case field is a unit of its own only after a whole name ending on a surname ("NoraQuiroz_PineGrove"); given
  names before their surname stay one name ("MaryBeth_McDonald").
- "Members of our team" in a photo are staff only as "our team" itself or a team named by a practice's word, never "our
  amputee soccer team"; residents and guests are people; care told anywhere is read once an alt text.
- A stage (a church's, a school's) is no public record, nor is a child singer; only telling at every concert is.
- A Spanish plural no list knows is a body only before "de <Name>" ("Caballeros de Colón"): "Christos" is a name.
- A wait after a lab is no reading only with no value after it ("her sugar in 15 minutes went from 52 to 110" is one).
- A heading's line ends with its names only under an event's heading and where the next line starts anew.
- "Book your cast removal" said to someone is their care; only "cómo agendar tu cita", anyone's, passes.
- A visit noun followed by a topic's noun ("her cleaning tips", "his physical education class") and "screening" are no
  visit; a seeing at the fair or online, or a month's name, is no one's visit or name.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media
from playbook.rules.privacy import media

from tests.rules.harness import hits, post, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        'Join the walk "Team Nico" on Sunday! Nico just finished his last round of chemo.',
        'Este sábado: la carrera "Corre por Valeria". Valeria tiene 6 años y está en tratamiento contra la leucemia.',
    ],
)
def test_a_benefit_named_for_someone_names_the_patient(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Meet Lupita, who schedules her son Mateo's chemo around her shifts, and still bakes for all of us!",
        "Conozcan a Lupita, la que le agenda las quimios a su hijo Mateo entre turno y turno.",
    ],
)
def test_a_job_clause_with_kin_or_care_is_no_job(text):
    assert hits("PHI003", post(text, author="staff-0"), plans=with_staff("Lupita Garza"))


@pytest.mark.parametrize("field", ["AnnaMae_McDonald_PostOp.jpg", "JoEllen_McCoy.jpg"])
def test_given_names_before_their_surname_stay_one_name(field):
    assert hits("PHI003", post("New photos.", media=[Media(f"images/{field}", "", False, "", None, 14)]))


@pytest.mark.parametrize(
    "alt",
    [
        "Jordan Lee cheering with members of our amputee soccer team.",
        "Jordan Lee con miembros de nuestro equipo de fútbol de amputados.",
        "Jordan Lee and residents of Oak Manor with members of our team.",
    ],
)
def test_a_group_of_patients_or_others_in_a_team_photo_need_authorization(alt):
    assert hits("PHI012", post("Team day!", media=[Media("images/t.jpg", alt, True, "", None, 14)]), plans=with_staff("Jordan Lee"))


def test_a_long_team_photo_alt_is_read_once():
    def run(n: int):
        alt = "Jordan Lee with members of our team and kids. " * n
        return hits("PHI012", post("Team day!", media=[Media("images/t.jpg", alt, True, "", None, 14)]), plans=with_staff("Jordan Lee"))

    assert grows_linearly(media, run, package=True)


@pytest.mark.parametrize(
    "text",
    [
        "Welcome back, Maria Lopez! The church choir singer told everyone at Sunday's service that her breast cancer is in remission.",
        "Congrats, Sofia Reyes! 🎉\nThe 12-year-old singer told the crowd at the school concert about her scoliosis surgery.",
    ],
)
def test_a_church_or_child_singer_made_nothing_public(text):
    assert hits("PHI003", post(text))


def test_a_greek_given_name_no_list_knows_is_a_name():
    assert hits("PHI003", post("Way to go, Christos! Last round of chemo done!"))


def test_a_value_after_a_wait_is_a_reading():
    assert hits("PHI011", post("We gave the crossing guard at Lincoln Elementary juice; her sugar in 15 minutes went from 52 to 110."))


@pytest.mark.parametrize(
    "text",
    [
        "Zumba 9:00 con la instructora Rosa Elizondo\nrecién operada de la rodilla, ¡pero bailando!",
        "Coordina: la hermana Lucía Benavides\nrecién operada de la cadera, pero ahí estará.",
    ],
)
def test_a_line_that_goes_on_about_her_is_read(text):
    assert hits("PHI003", post(text))


def test_booking_said_to_someone_is_their_care():
    assert hits("PHI003", post("Coach Ray, don't forget to book your cast removal for Monday!"))


@pytest.mark.parametrize(
    "text",
    [
        "Saturday's screening at the Elks Lodge runs 9-1 on 4/12.",
        "Coach Ray brings his physical education class to tour our office on April 22.",
        "Our hygienist Maria will share her cleaning tips at the library on March 3.",
    ],
)
def test_a_visit_word_as_a_topic_ties_no_date(text):
    assert not hits("PHI008", post(text), plans=with_staff("Maria"))


@pytest.mark.parametrize(
    "text",
    ["Seeing you at the Fall Festival booth was a treat!", "Seeing you cheer on our team at the 5K was the highlight of our weekend!", "Seeing you online is always a joy."],
)
def test_a_seeing_at_an_event_or_online_is_no_visit(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


def test_a_month_as_a_subject_is_no_name():
    assert not hits("PHI003", post("May had her hands full: our front desk scheduled 400 mammograms this month!"))


@pytest.mark.parametrize("text", ["Summer was super brave at her shots today!", "Summer has been so brave through her chemo.", "¡Luz ya tuvo su última quimio!"])
def test_a_word_name_as_a_brave_subject_of_her_care_is_a_name(text):
    assert hits("PHI003", post(text))
