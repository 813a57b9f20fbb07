"""Round 113: what sets of Massachusetts, Rhode Island, Vermont and North Dakota posts and replies showed.

- A slug that opens on a given name no list holds, then who they are ("j1-lifeguard"), then their injury.
- A slug that opens on a given name that is also a place's word ("river-<surname>-...") before a surname no list holds.
- A crew member known by a nickname in quotes after its article ('al "<Nickname>" de la cuadrilla'), cleared by our
  doctor to go back to work ("le dio el okay").
- A Spanish verb opening a line before a member's full name ("💻 Atienden <Member> ..."); a New England town's Select
  Board member; "the first woman elected mayor", a first in a public office with no care.
- final114 (held back, Delaware and Iowa): a base's commander beside a colonel's name; "La familia" opening a clause
  of a myth-and-fact post read as a family named "La".

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, with_staff


def slug_hits(slug: str) -> list:
    """PHI003's findings in a post whose file name is `slug`."""
    return hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug}.md"))


@pytest.mark.parametrize(
    "slug",
    ["oksana-h2b-housekeeper-sprained-wrist-recovery", "zdenka-j1-deckhand-torn-acl-rehab", "river-okonkwo-one-year-on-estradiol-thank-you"],
)
def test_a_slug_opening_on_a_name_then_who_they_are_then_care_names_them(slug):
    assert slug_hits(slug)


@pytest.mark.parametrize("slug", ["oksana-h2b-housekeeper-schedule-summer", "lake-ashdown-shoreline-cleanup-day", "river-cleanup-day-thank-you"])
def test_a_slug_with_no_care_or_a_place_opening_names_no_one(slug):
    assert not slug_hits(slug)


def test_a_quoted_nickname_after_its_article_cleared_by_our_doctor_is_someone():
    text = 'Bienvenido de vuelta al "Chato" de la cuadrilla de mantenimiento de Prairie Rail 💪 Un mes fuera y hoy la Dra. Ueda le dio el alta pa\' regresar a la vía.'
    assert errors("PHI003", post(text), plans=with_staff("Dra. Ueda"))


def test_a_quoted_nickname_after_its_article_with_no_care_is_no_one_reported():
    text = 'Saludos al "Chato" de la cuadrilla de Prairie Rail, que nos trajo kolaches para la feria de salud.'
    assert not errors("PHI003", post(text))


def test_a_spanish_verb_before_a_members_full_name_is_no_part_of_it():
    text = "¡Nuevo horario! Los jueves por la tarde 🩺 Atienden Rosalba Quintero y el enfermero Ibrahim Sesay en la sala 2."
    assert not hits("PHI003", post(text), plans=with_staff("Rosalba Quintero", "Ibrahim Sesay"))


def test_a_verb_before_someone_who_is_no_member_still_leaves_them_named():
    text = "🩺 Atienden Rosalba Quintero y el enfermero Ibrahim Sesay. Rosalba Quintero tuvo su cirugía de rodilla con nosotros."
    assert errors("PHI003", post(text), plans=with_staff("Ibrahim Sesay"))


def test_a_select_board_member_opening_our_fundraiser_is_a_public_figure():
    assert not hits("PHI003", post("Thank you to Select Board member Thaddeus Coffin for opening our book sale at the library!"))


def test_a_select_board_member_whose_surgery_we_did_is_still_named():
    assert errors("PHI003", post("Thank you to Select Board member Thaddeus Coffin, who had his hip replaced by our team in March!"))


@pytest.mark.parametrize(
    "text",
    [
        "We were honored to host Mayor Philippa Okoro, the first woman elected mayor of Granton, at our open house.",
        "Gracias a la concejala Beatriz Lum, la primera mujer electa al concejo de Granton, por acompañarnos.",
    ],
)
def test_a_first_in_a_public_office_with_no_care_is_an_honour(text):
    assert not hits("PHI011", post(text))


def test_a_first_in_a_public_office_with_our_care_still_singles_out():
    assert hits("PHI011", post("The first woman elected mayor of Granton had her cataract surgery with our team this spring."))


def test_a_base_commander_beside_a_colonels_name_is_a_public_figure():
    assert not hits("PHI003", post("Thanks to Col. Augustin Whitcombe, the base commander, for the kind words at our clinic's opening."))


def test_a_base_commander_whose_knee_we_scoped_is_still_named():
    text = "Thanks to Col. Augustin Whitcombe, the base commander, for visiting. Col. Whitcombe had his knee scoped by our team last month."
    assert errors("PHI003", post(text))


def test_la_familia_opening_a_clause_is_no_family_named():
    text = "MITO: la presión alta solo da a los viejitos.\nVERDAD: La familia, la sal y el estrés también pesan. Se la medimos gratis en la recepción."
    assert not hits("PHI003", post(text))


def test_a_family_named_with_its_care_is_still_a_family():
    assert errors("PHI003", post("La familia Okoro vino a vacunarse con nosotros el sábado."))
