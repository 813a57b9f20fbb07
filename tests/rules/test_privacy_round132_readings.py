"""Round 132: what a held-back set of Oklahoma posts and replies showed, and a gap found beside round 131's readings.

Leaks read as clean:
- a reply that tells how the reader's sugar or numbers moved ("your sugars have come way down", "su azúcar ya bajó",
  "sus niveles por fin mejoraron"): a measure of theirs is theirs whichever way it went;
- a role at a named place with care let or done ("letting us have a look at that elbow", "whose knee we scoped"): a
  demonstrative before the body part is as telling as "his", and "whose <part> we scoped, stitched, casted ..." is care
  of ours;
- a pair of capitals no list reads as a name, the subject of care received with us ("<Given> <Surname> came to our flu
  clinic and rolled up his sleeve").

Clean texts read as leaks:
- a member's own new baby, "born Sunday morning, 7 lbs 2 oz": the birth's news is the family's; where it happened and
  any care stay read;
- "Mai, pai, ..." opening an education post: mom and dad called as families say it, no one named "Mai";
- a clinician we passed the review to "que se puso todo chapeado": blushing is a reaction to praise, as "rojo" is.
Also: "heart defect" and its Spanish forms join the clinical words, no list held them; and so, at the fold of final131
and final132, do heat illness and fluids by the vein as staff write them ("heat exhaustion", "dehydrated", "acabó aquí
con suero"): a school's coach who fainted and ended up here had been read only by the story model.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much, Delphine! The nurses were glad to hear your sugars have finally come down since the new routine.",
        "¡Gracias, doña Toña! Qué alegría que su azúcar ya bajó desde que cambió de pluma.",
        "Mil gracias por escribir. Sus niveles por fin mejoraron y eso nos tiene felices.",
        "So sweet of you! Your numbers dropped and we are all cheering.",
    ],
)
def test_a_readers_measure_that_moved_is_their_condition(text):
    assert errors("PHI002", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "If your sugar has come down with more walking, keep it up and tell us at your next visit.",
        "Thanks! Sugar levels come down with walking, so join our Saturday walks.",
        "¡Gracias! Si su azúcar ya bajó, siga con sus caminatas.",
    ],
)
def test_how_anyones_measure_moves_is_no_readers(text):
    assert not errors("PHI002", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Big thanks to our favorite Sallow Creek High softball coach for letting us have a look at that elbow. A few weeks of PT and she is back!",
        "Shoutout to the crossing guard at Pine Ridge Elementary, whose wrist we casted last Friday.",
        "Gracias al cartero de la calle Encino, cuya mano cosimos el lunes.",
    ],
)
def test_a_role_at_a_place_with_care_let_or_done_singles_out_one(text):
    assert errors("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the crossing guard at Pine Ridge Elementary, whose float we decorated for the parade.",
        "Our favorite Sallow Creek High softball coach let us borrow the field for the health fair.",
    ],
)
def test_a_role_at_a_place_with_no_care_of_theirs_passes(text):
    assert not errors("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zayd Reyes came to our flu clinic and rolled up his sleeve for the cameras.",
        "Oriel Fuentes vino a nuestra feria y se vacunó con nosotros.",
    ],
)
def test_an_unlisted_pair_that_got_care_with_us_is_a_name(text):
    assert errors("PHI003", post(text))


def test_an_unlisted_pair_urging_everyone_is_not_cared_for():
    assert not errors("PHI003", post("Zayd Reyes played at our flu clinic and urged the crowd to roll up a sleeve."))


DADDY = with_staff("Dr. Ivo Lindahl", "Dr. L")


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ivo Lindahl is a dad again! Welcome baby Siri, 6 lbs 14 oz, born Tuesday night. Big sister Alma is thrilled.",
        "¡El Dr. Ivo Lindahl es papá otra vez! Bienvenida la bebé Noor, nació el martes, 3.1 kg de ternura.",
    ],
)
def test_a_members_new_baby_born_with_her_weight_is_family_news(text):
    assert not errors("PHI003", post(text), plans=DADDY)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ivo Lindahl is a dad again! Welcome baby Siri, born here Tuesday night with our midwives.",
        "Dr. Ivo Lindahl is a dad again! Welcome baby Siri, born Tuesday with a heart defect and doing great.",
    ],
)
def test_a_members_new_baby_born_here_or_with_care_is_named(text):
    assert errors("PHI003", post(text), plans=DADDY)


@pytest.mark.parametrize(
    "text",
    [
        "Mai, pai, pónganle atención: la tos ferina se contagia muy fácil.",
        "Amá, apá: la vacuna contra el sarampión es segura y gratis para niños.",
    ],
)
def test_mom_and_dad_called_as_families_say_it_name_no_one(text):
    assert not errors("PHI003", post(text))


def test_a_given_name_called_alone_with_care_is_still_a_name():
    assert errors("PHI003", post("Mai, your measles booster is ready at the front desk."))


def test_a_clinician_who_blushed_at_the_review_passed_on_confirms_no_one():
    assert not errors("PHI001", response("¡Gracias! Le mostramos su reseña a la Dra. Olmos, que se puso toda chapeada.", scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Porras para el velador del gimnasio de la prepa Cedar Hollow, que el sábado se sintió mal por el calor y acabó aquí con suero.",
        "A big hug to the band director at Cedar Hollow High, who got woozy at camp and ended up here with heat exhaustion.",
    ],
)
def test_a_role_at_a_place_who_ended_up_here_with_heat_illness_singles_out_one(text):
    assert errors("PHI011", post(text))
