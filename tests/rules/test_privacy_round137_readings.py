"""Round 137: what two sets of north Idaho, Carolina and Florida posts showed.

Clean texts read as leaks:
- a region after "the" whose words look like a given name and a surname ("the Pee Dee leads our state in stroke deaths"):
  a plain word after "the", then a surname, names a place or a thing, no one;
- a mayor introduced by her office and a town written with an abbreviation ("La alcaldesa de St. <Town>, <Name>,"): the
  town's words may hold a period;
- a member greeted by her given name, then her years with us and her son's games ("Les presentamos a <Member> ... lleva 9
  años con nosotros y no se pierde un partido de su hijo <Name>"): her years after her name, no one else named between,
  are her tenure, not care with us that would make her son a patient.

Left: "your visit" in a reply that apologises (a confirmation, by rows), and a town greeted that is too small for the
towns list ("Heads up, <Town>!"): in use the practice's own town passes by its address (practice_town.py); the harness
gives every case one practice with none.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, with_staff


def test_a_plain_word_and_a_surname_after_the_are_a_region():
    assert not errors("PHI003", post("Stroke is a bigger risk than many think: the Pee Dee leads our state in stroke deaths."))


def test_an_unknown_name_after_the_with_care_is_still_someone():
    assert errors("PHI003", post("We miss the Oriane Castellanos we knew before her stroke."))


def test_a_mayor_of_a_town_written_with_st_is_a_public_figure():
    text = "¡Qué gusto! 🙌 La alcaldesa de St. Johns, Marta Ibarra, nos visitó el domingo en la feria de salud y cortó el listón de la nueva carpa de vacunas."
    assert not errors("PHI003", post(text))


def test_a_members_years_after_her_name_leave_her_sons_games_hers():
    text = "Les presentamos a Yadira, la voz que contesta el teléfono. Es de Jerez, Zacatecas, lleva 9 años con nosotros y no se pierde un partido de béisbol de su hijo Joaquín."
    assert not errors("PHI003", post(text), plans=with_staff("Yadira"))


@pytest.mark.parametrize(
    "text",
    [
        "Les presentamos a Yadira. Lleva 9 años con nosotros y su hijo Joaquín se operó del apéndice aquí.",
        "Les presentamos a Yadira. Su vecino Ramiro lleva 9 años con nosotros por su diabetes.",
    ],
)
def test_care_of_ours_beside_a_members_years_still_names_the_other(text):
    assert errors("PHI003", post(text), plans=with_staff("Yadira"))
