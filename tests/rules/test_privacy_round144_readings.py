"""Round 144: what a held-back set of Idaho posts and replies showed (first sight after round 143, at 58dc5dc).

Missed, and mended:
- a reply that counts the reader's standing slot in years ("Two years of <weekday> mornings goes fast"): years or months
  of a weekday are the reader's dealings (confirms._SESSIONS_WITH; not "ten years of Friday clinics", ours);
- a shout-out to "the only gal" hauling logs on a route, with her cracked ribs: gal, guy, fella, dude are persons a
  first or an only sets apart (privacy.yml person_nouns);
- a reward for "flashing" a 5-star review at the desk (FTC004: "flash" is a way to hand a review over).
Clean texts read as leaks, mended:
- our own new address after "nos encuentran en nuestra casa nueva:" (a household word after "nuestra" is ours);
- a reply whose contact will get the reader a call with the doctor, and one that asks the reader to call, then to ask
  for our medical director by name, who will call back: an offer to arrange or return a call tells no dealing, and
  the line asked for may stand in the sentence before the name (clinician_roles.asked_for).
The word "guy" brought one earlier staff post over PHI011 (a therapist of ours, the only one of his kind on the team with a knack):
a member's job after "our" ("our <care> therapist") now tells no care around a first or an only (staff_posts._no_care_around).
Left: a staff post on a midwife's first grandchild, born elsewhere, that greets her as "Grandma <short name>" and names
the baby (a family title on a member's short form; a baby named with his birth).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, response, with_staff

_STAFF = with_staff("Darnell Oyelaran", "Lupita Sandoval", "Dr. Ilse Marchetti")


@pytest.mark.parametrize(
    "text",
    [
        "We loved this, thank you. Three years of Monday afternoons with us, and it still feels like yesterday!",
        "¡Gracias! Dos años de los miércoles por la tarde, y se nos pasaron volando.",
    ],
)
def test_years_of_a_weekday_are_the_readers_standing_slot(text):
    assert errors("PHI001", response(text, scenario="positive-review"), plans=_STAFF)


def test_years_of_our_own_weekday_clinic_are_ours():
    text = "Thank you! Twelve years of Friday clinics in this valley, and we still love every one."
    assert not errors("PHI001", response(text, scenario="positive-review"), plans=_STAFF)


def test_the_only_gal_on_a_route_with_her_injury_is_one_person():
    text = "Hats off to the only gal driving the gravel truck on the Kamiah grade this fall. Two broken fingers barely slowed her down!"
    assert errors("PHI011", post(text))


def test_a_reward_for_flashing_a_review():
    text = "Flash us a 5-star review at registration and head home with a free hat."
    assert errors("FTC004", post(text))


def test_our_own_new_address_is_no_household():
    text = "¡Nos cambiamos! Desde el lunes nos encuentran en nuestra casa nueva: 48 Pine St., junto a la gasolinera."
    assert not errors("PHI009", post(text))


def test_an_address_where_a_patient_lives_is_still_refused():
    assert errors("PHI009", post("Nuestra paciente vive en 48 Pine St. y ya salió del hospital."))


@pytest.mark.parametrize(
    "text",
    [
        "Lo sentimos mucho. Por privacidad no damos detalles aquí. Llame y pregunte por Lupita: con gusto le arreglamos una llamada con el médico.",
        "Qué pena leer esto. Puede marcarnos al {{ contact.phone }}. Pida hablar con la Dra. Ilse Marchetti, directora de la clínica; si no contesta, le devolvemos la llamada el mismo día.",
    ],
)
def test_an_offer_to_arrange_or_return_a_call_tells_no_dealing(text):
    assert not errors("PHI001", response(text, scenario="negative-review"), plans=_STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos lo que pasó. Lupita le consiguió una cita con la doctora el martes y aun así esperó.",
        "Puede marcarnos al {{ contact.phone }}. Pida hablar con la Dra. Ilse Marchetti, quien la atendió el martes.",
    ],
)
def test_the_same_names_beside_a_dealing_still_confirm_it(text):
    assert errors("PHI001", response(text, scenario="negative-review"), plans=_STAFF)


def test_the_only_guy_on_staff_with_a_knack_is_one_of_us():
    text = "Say hi to Rusty! Our lung therapist is also the only guy in the office who can fix the copier with a paper clip. He coaches Little League too."
    assert not errors("PHI011", post(text), plans=with_staff("Rusty Kemper"))


def test_the_only_guy_on_staff_whose_care_was_ours_is_still_singled_out():
    text = "Meet Rusty, our x-ray tech and the only guy on staff who had his knee replaced here last spring."
    assert errors("PHI011", post(text), plans=with_staff("Rusty Kemper"))
