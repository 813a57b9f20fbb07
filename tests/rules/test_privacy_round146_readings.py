"""Round 146: what a held-back set from California, Texas, Colorado and New Mexico showed (first sight after round 145, at 9711839).

No leak was missed. Clean texts read as leaks, mended:
- a reply closing on a crisis line staffed "24/7": around the clock is no date (stance._POINTS; "el 24/7" is still a day);
- a race, "Carrera del <Name> 5K": a race's distance is no house number after a Spanish street word (addresses._CALLE);
- an athlete telling, as in her memoir, how her coach got her to see a counselor in a city: a care role someone went
  to see gives the care (group_roles._sought); one we saw ("we saw a nurse from <School>") is still singled out;
- a staff post on a member's rodeo win with his brother-in-law, then his and his wife's new baby, "just welcomed",
  with the weight: an in-law is the member's kin (staff_posts._KIN_WORDS), and a word like "just" may stand before
  the couple's "welcomed" (newborns._COUPLE).
Noticed while writing these rows: a crisis line's condition on how the reader is now ("If you're struggling tonight,
call or text 988") read as the night the reader dealt with us. A condition on the present hour before where to turn is
now read like a checkpoint (offers._NOW); a wait told in the past is still a dealing.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry you felt unheard. If you're in a crisis right now, call or text 988, day or night, 24/7.",
        "Lamentamos lo que vivió. Si está en crisis ahora mismo, marque el 988, 24/7/365. Llame al {{ contact.phone }}.",
    ],
)
def test_around_the_clock_is_no_date(text):
    assert not errors("PHI001", response(text, scenario="negative-review"))


def test_a_day_written_with_a_slash_is_still_a_date():
    text = "We're sorry you waited so long on 2/7. Please call {{ contact.phone }}."
    assert errors("PHI001", response(text, scenario="negative-review"))


@pytest.mark.parametrize("text", ["¡Ya viene la Carrera del Sol 10K! Salida frente al parque, domingo a las 7.", "Inscríbanse a la Carrera de la Salud 5K."])
def test_a_race_s_distance_is_no_house_number(text):
    assert not errors("PHI009", post(text))


def test_a_spanish_street_and_its_number_are_still_an_address():
    text = "Le llevamos las medicinas a su casa en la Calle Morelos 415, donde vive sola."
    assert errors("PHI009", post(text))


def test_a_counselor_someone_went_to_see_gives_the_care():
    text = (
        "Thanks to Olympic rower Tessa Quintero for speaking at our wellness night! As she tells in her book, her"
        " depression after the trials was real, and a teammate talked her into seeing a counselor in Grand Junction."
    )
    assert not errors("PHI011", post(text))


def test_a_nurse_we_saw_is_still_singled_out():
    text = "We saw a nurse from Lincoln Elementary this week for her sprained wrist."
    assert errors("PHI011", post(text))


_COWBOY = with_staff("Wyatt Ferrell")


def test_a_members_in_law_and_the_baby_he_and_his_wife_just_welcomed_are_his():
    text = (
        "Congrats to Wyatt Ferrell, our x-ray tech, on his first saddle bronc buckle! Wyatt rode with his brother-in-law"
        " Colt cheering by the chutes. And Wyatt and his wife Marlee just welcomed baby Juniper on the 9th, 6 lbs 14 oz."
    )
    assert not errors("PHI003", post(text), plans=_COWBOY)


def test_a_couple_welcomed_after_our_delivery_is_still_refused():
    text = "Our midwives delivered a healthy girl on Sunday: Gabe and his wife Rosa just welcomed baby Lark, 7 lbs 1 oz."
    assert errors("PHI003", post(text), plans=_COWBOY)


@pytest.mark.parametrize(
    "text",
    [
        "We're so sorry. If you're struggling tonight, please call or text 988. Our manager is at {{ contact.phone }}.",
        "Lamentamos mucho lo ocurrido. Si se siente en peligro ahora mismo, marque el 911. Llame al {{ contact.phone }}.",
    ],
)
def test_a_safety_line_s_condition_on_the_present_hour_is_no_dealing(text):
    assert not errors("PHI001", response(text, scenario="negative-review"))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry you waited two hours tonight. If you'd like, please call {{ contact.phone }}.",
        "We're so sorry. If you stopped by our front desk today, please call {{ contact.phone }}.",  # a visit, not a state (re-read)
    ],
)
def test_a_wait_or_a_visit_told_in_the_past_is_still_a_dealing(text):
    assert errors("PHI001", response(text, scenario="negative-review"))
