"""Round 73's review: ways through the round's new readings a reviewing helper found, each mended with its row.

- A discharge is "dar de alta" to someone with no "en/como" after it (registered as a supplier, with the tax office), and
  "cleared/released him/her" only to play, return or from care, or at a clause's end ("released her new cookbook",
  "cleared her schedule" are no discharge).
- Births told with "baby" inside a longer noun ("the baby shower cake", "her baby brother", "the baby's first yawn")
  are no birth: the lexicon no longer holds "delivered/caught the baby"; done_to reads "the baby of <described>".
- Braces a practice makes for everyone ("aquí hacemos prótesis a la medida") and "brace yourself" are no one's.
- A recall's notice on the line before excuses a lot only when the lot's own line tells of no one ("a grandma had lot
  7731C so we swapped hers" still refuses); Spanish "lotes" of a vaccine delivery are no label.
- "The only person able to ..." praises a knack only with one of our staff named by role just before it.
- "Read it together with you" is a visit with the reader, not the review read by the team.
- A school level or a youth league after a role ("la estrella de basquetbol de prepa") gives no public standing, and a
  figure called "la paciente" or "our patient" is ours.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to the owner of Rosie's Bakery who released her new cookbook this wk 📚 we got a signed copy for the break room!",
        "The principal of Maple Elementary cleared her schedule to come read to kids in our waiting room 📚 thank u!!",
        "The Eagles varsity QB stopped by to sign posters 🏈 the team cleared him to miss practice for it lol",
        "Muchas gracias al dueño de la Panadería La Espiga por el pan dulce 🥐 ya lo dimos de alta como proveedor del consultorio",
        "El contador de la Ferretería Gómez nos ayudó con los impuestos, ya lo dieron de alta en el SAT",
    ],
)
def test_a_release_or_a_registration_is_no_discharge(text):
    assert not hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the owner of Sugar Rush Bakery who delivered the baby shower cake for our nurse Ana today 🎂💕",
        "The band director at Westbrook High caught her baby brother's first touchdown on video 😂 congrats to the Westbrook Wolves!",
    ],
)
def test_baby_inside_a_longer_noun_is_no_birth(text):
    assert not hits("PHI011", post(text), plans=with_staff("Ana"))


@pytest.mark.parametrize(
    "text",
    [
        "Thank u so much!! Brace yourself tho, we're moving to the new building next month 😅",
        "Gracias por sus palabras! Aquí hacemos prótesis y ortesis a la medida 😊",
        "So glad our photographer caught the baby's first yawn on camera at the newborn photo day 📸",
    ],
)
def test_a_service_or_an_idiom_in_a_reply_names_no_care(text):
    assert not hits("PHI002", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "The FDA recalled some insulin pumps this week. One of our sweetest grandmas at Sunrise Villa had lot 7731C so we swapped hers today 💙",
        "COFEPRIS retiró unos glucómetros. La señora de la tiendita de la esquina de Hidalgo traía el lote 4471A, ya se lo cambiamos 💙",
    ],
)
def test_a_patients_lot_after_a_recall_still_refuses(text):
    assert hits("PHI007", post(text))


def test_a_vaccine_deliverys_lots_pass():
    assert not hits("PHI007", post("Vacunas de influenza ya llegaron 💉 lotes FLU2231 y FLU2232, por si alguien pregunta."))


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to the only person able to say she's been coming to our office since the day we opened in 1988 💐",
        "Happy retirement to the only person able to fix every clock in Millbrook, one of our longtime regulars ⏰",
    ],
)
def test_the_only_person_able_to_with_no_staff_named_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you!! Dr. Osei read it together w/ u so u understood everything 😊",
        "So glad it helped! Dr. Osei read this together with both of you, that's just who she is.",
    ],
)
def test_read_together_with_the_reader_is_a_visit(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Osei"))


@pytest.mark.parametrize(
    "text",
    [
        "La estrella de basquetbol de prepa Ana Lucía Fierro vino hoy por su físico deportivo 🏀",
        "La novelista de misterio Irma Quintero Paz fue la paciente número 1000 de este año 🎉",
    ],
)
def test_a_school_star_or_a_figure_called_our_patient_keeps_the_name(text):
    assert hits("PHI003", post(text))
