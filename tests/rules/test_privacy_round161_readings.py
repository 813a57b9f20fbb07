"""Round 161: two sets from Utah, Nevada and Wyoming (final161 a and b), and the held-back set's first readings.

- A team photo whose alt text tells someone's body part in care is no team photo: a part dressed or held still ("with
  a splinted right ankle", "con el tobillo vendado") or tended by us on one who owns it ("checks the sore on his foot",
  "le venda la mano"), whatever word names the one in care (alt_bodies.cared_part).
- Spanish waits in the past and the lobby place the reader ("mientras esperaba en el lobby"); in-laws are the reader's
  relatives ("your brother-in-law", "su cuñado").
- A memory program or clinic is a care setting ("el programa de memoria", "memory care"); sugar kept in check is a
  condition in Spanish ("el azúcar controlada"); "Felicitaciones a <Name>" greets as "Felicidades a" did.
- An office's handle that spells the first letters of its name, in brackets after it ("Division of Public and
  Behavioral Health (@dpbhnv)"), is the office's; a person's initials after her name stay hers.
- "¡Nos vemos en la comunidad!" is a goodbye out and about.
- A sentence that ends on a place word ("me caí en la cascada.") leaves the name that opens the next one a name.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, photo, post, praise, with_staff

_STAFF = with_staff("Tobiah Rusk", "Dr. Imelda Voss")


@pytest.mark.parametrize(
    "alt",
    [
        "Elder in a ball cap on his porch while Tobiah Rusk checks the cut on his hand, the red barn behind them",
        "Old-timer on his porch steps while Tobiah Rusk wraps his ankle",
        "Abuelito en su cocina mientras Tobiah Rusk le venda la mano",
    ],
)
def test_a_body_part_in_care_beside_the_team_is_someone_in_care(alt):
    assert errors("PHI012", photo(alt), plans=_STAFF)


@pytest.mark.parametrize(
    "alt",
    [
        "Tobiah Rusk showing how to wrap an ankle on a practice mannequin",
        "Dr. Imelda Voss and Tobiah Rusk at the health fair booth with a tray of bandages",
    ],
)
def test_the_team_at_work_with_no_one_in_care_needs_no_authorization(alt):
    assert not errors("PHI012", photo(alt), plans=_STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! Fue un gusto platicar con usted mientras esperaba en el lobby.",
        "So happy you and your sister-in-law made it in before the storm!",
        "¡Qué gusto que su cuñado ya se siente mejor después de la visita!",
    ],
)
def test_a_wait_in_our_lobby_and_in_laws_confirm(text):
    assert errors("PHI001", praise(text))


def test_see_you_around_the_community_is_a_goodbye():
    assert not errors("PHI001", praise("¡Qué lindas palabras sobre el día de salud del condado! ¡Nos vemos en la comunidad!"))


@pytest.mark.parametrize(
    "text",
    [
        "Hoy en el taller de arte, doña Remedios Quintanilla pintó un cerro azul. Su hijo dice que desde que viene al programa de memoria duerme mejor.",
        "Felicitaciones a Wañuko! Ya lleva dos meses con el azúcar controlada.",
    ],
)
def test_a_memory_program_and_sugar_in_check_are_care(text):
    assert errors("PHI003", post(text))


def test_an_offices_handle_spelling_its_name_is_the_offices():
    text = "Reposting from the Utah Department of Health (@udoh): flu shots are in at every county office."
    assert not errors("PHI003", post(text))


def test_initials_after_a_persons_name_stay_hers():
    assert errors("PHI003", post("Big thanks to Marisol Dee Tran (@mdt): her stitches are out and she is back at work."))


def test_a_name_after_a_sentence_that_ends_on_a_place_word_is_a_name():
    alt = 'Note on the fridge: "Gracias por coserme la barbilla cuando me caí en el río. Ysidro Pell"'
    assert errors("PHI012", photo(alt, people=False))


def test_what_the_reader_expected_is_no_wait():
    text = "Sentimos que la atención no fuera lo que esperaba. Por favor llame a Tobiah Rusk o al Dr. Imelda Voss a la oficina y con gusto le escuchan."
    assert not errors("PHI001", praise(text), plans=_STAFF)
