"""Round 73: readings fresh writers' cases showed missing, each written for its kind of text.

- A discharge told of the one described ("la Dra. <Name> ya le dio de alta", "cleared her to play") is their care.
- A birth we attended told of one described ("we caught the baby of <School>'s band director", "recibimos al bebé de
  la directora de ...") is their care (PHI011).
- A brace fitted to one ("the AFO is rubbing", "la rodillera le lastima") is a care thing in a reply; the prostheses a
  practice makes for everyone are a service it names.
- A clinician who "read it together" with a member read the review; no visit is told.
- A children's author ("el autor de cuentos infantiles <Name>") is a public role: a role's "de" phrase qualifies it.
- A recall's lot numbers on the line after the agency's notice are the product's.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "¡Felicidades a la portera estrella de las Panteras Sub-12 de la liga de la parroquia ⚽ Tras cinco semanas con férula, la Dra. Ibarra ya le dio de alta!",
        "Congrats to the goalie of the Harbor Hawks U12 squad: after six weeks in a cast, Dr. Ibarra cleared her to play!",
    ],
)
def test_a_player_discharged_by_our_doctor_refuses(text):
    assert hits("PHI011", post(text), plans=with_staff("Dra. Ibarra", "Dr. Ibarra"))


def test_a_player_cheered_with_no_care_passes():
    assert not hits("PHI011", post("Congrats to the goalie of the Harbor Hawks U12 squad on the league title!"))


@pytest.mark.parametrize(
    "text",
    [
        "We caught the baby of Lakeview High's new choir director in the birth tub on Sunday morning!",
        "Recibimos al bebé de la directora del coro de la prepa Lakeview el domingo.",
    ],
)
def test_a_birth_we_attended_for_one_described_refuses(text):
    assert hits("PHI011", post(text))


def test_a_member_who_had_her_baby_is_staff_news():
    assert not hits("PHI003", post("Our nurse Ana had her baby on Sunday! Congrats to the whole family."), plans=with_staff("Ana"))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry the AFO is rubbing your ankle; stop by and Trent will reshape it.",
        "Lamentamos que la rodillera le lastime; tráigala cuando guste.",
        "We're sorry the knee brace has been slipping.",
    ],
)
def test_a_brace_in_a_reply_refuses(text):
    assert hits("PHI002", response(text, scenario="negative-review"))


def test_a_clinician_who_read_the_review_with_a_member_passes():
    text = "Thanks so much for this. Marla and Dr. Osei read it together over coffee; it made our day."
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Marla", "Dr. Osei"))


def test_a_childrens_author_telling_his_own_story_passes():
    text = "Vino a la escuela el autor de novelas juveniles Rigoberto Anaya Solís; les platicó que de chico tuvo asma y que de ahí salió su primer libro."
    assert not hits("PHI003", post(text))


def test_a_childrens_author_with_our_care_refuses():
    assert hits("PHI003", post("El autor de novelas juveniles Rigoberto Anaya Solís terminó su quimioterapia con nosotros."))


def test_a_recalls_lot_numbers_after_the_notice_pass():
    text = "Sharing an FDA safety notice: some test strips may read high. Lot numbers 4471A through 4479A are affected."
    assert not hits("PHI007", post(text))


def test_lot_numbers_of_one_patients_device_refuse():
    assert hits("PHI007", post("Great news for Mr. Ortiz! His new pump arrived. Lot numbers 4471A and 4472A."))
