"""Round 31, part D: one recognisable patient told as a story with no name. One person (a neighbour held dear by kin,
the one an event is for, a team's player by possessive and number, one we sat with as she died) with their care, or
our being with them through it (with_them.py). What stays an error, what passes, and that each reading stays linear.
Every name, team and place here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import described_care, favourites, group_roles, with_them

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)
CODES = ("PHI003", "PHI011", "PHI013")


def flagged(text: str) -> bool:
    example = post(text)
    return any(hits(code, example) for code in CODES)


# The general shapes, in sentences of my own that share no content words with the cases that showed them.
LEAKS = [
    "Big hugs to our favourite grandpa from the Ridgecrest hardware store! He wrapped up cardiac rehab with us on Friday.",
    "Felicidades a nuestra novia del domingo en la capilla de San Lorenzo. Gracias por dejarnos acompañarla en su recuperación.",
    "Go Tigers! The Oakmont Tigers' point guard, #5, you know who you are: off crutches after his ankle fracture and cleared by our sports medicine team.",
    "Last night I sat with an elder from Tuba Rock, a silversmith known across the mesa. His grandsons sang for him. He died quietly before sunrise.",
    "Un abrazo a nuestro cumpleañero de la tortillería Lupita: terminó su rehabilitación de rodilla con nosotros.",
    "Our birthday boy from Maple Lanes bowling alley finished his last speech therapy session with us today!",
    "Esta semana acompañé a una abuela de Pueblo Nuevo, tejedora de canastas. Sus nietas le cantaron. Falleció el jueves en paz.",
]
CLEAN = [
    "A grandmother with diabetes can still enjoy holiday tamales in small portions.",
    "Shoutout to our quinceañera DJ, Sonido Ruiz, for the playlist at our health fair!",
    "Our Saturday moms' group walks at 9 by the lake. Join us!",
    "Our favorite grandma trick for a scratchy throat: warm honey tea and rest.",
    "The Rockets' point guard is back from his Achilles repair, the team announced.",
    "I sat with a farmer from Chinle Valley at the market; he told me about the rain.",
    "Estamos para acompañarte en este proceso: llámanos cuando quieras.",
    "Nuestra quinceañera del mes: la clínica cumple 15 años en el barrio. Gracias por dejarnos acompañarlos en este camino.",
    "Congrats to our graduate nurses! We were part of their journey and we're proud.",
]


@pytest.mark.parametrize("text", LEAKS)
def test_one_recognisable_patient_with_care_is_an_error(text):
    assert flagged(text)


@pytest.mark.parametrize("text", CLEAN)
def test_education_groups_staff_and_news_pass(text):
    assert not flagged(text)


def test_with_them_reads_one_person_not_a_group():
    assert with_them.with_them("gracias por dejarnos acompanarte en este proceso", 0, 48)
    assert with_them.with_them("glad to be part of her recovery", 0, 31)
    assert not with_them.with_them("gracias por acompanarlos en este camino", 0, 39)
    assert not with_them.with_them("be part of our team", 0, 19)


def test_sat_through_needs_a_death_after():
    text = "I sat with a grandmother from Elkhorn. She passed on Monday."
    assert with_them.sat_through(text, 11, 31)
    assert not with_them.sat_through("I sat with a grandmother from Elkhorn. She laughed a lot.", 11, 31)


# --- fuzz: a frame x people/places grid -----------------------------------------------------------------------------

KIN = ["grandma", "abuelita", "mom", "abuela", "grandpa"]
PLACES = ["the Fir Street laundromat", "Lomita Hardware", "the Ybarra tire shop"]
HONOUREES = ["birthday girl", "quinceañera", "bride", "cumpleañera", "graduate"]


@FUZZ
@given(st.sampled_from(KIN), st.sampled_from(PLACES))
def test_fuzz_dear_kin_with_care(kin, place):
    assert flagged(f"Hugs to our favorite {kin} from {place}! She finished physical therapy with us this week.")
    assert not flagged(f"Hugs to our favorite {kin} from {place}! She brought us lemon bars this week.")


@FUZZ
@given(st.sampled_from(HONOUREES), st.sampled_from(PLACES))
def test_fuzz_honouree_with_us(who, place):
    assert flagged(f"Congrats to our {who} from {place}. Thank you for letting us walk with you through this.")
    assert not flagged(f"Congrats to our {who} from {place}. The party looked amazing!")


# --- linearity ------------------------------------------------------------------------------------------------------


def _doubles(module, run) -> bool:
    return steps(module, lambda: run(80)) < 2.3 * steps(module, lambda: run(40))


def test_favourites_with_kin_is_linear():
    unit = "our favorite grandma from Lomita Hardware brought pie. nuestra quinceanera bailo. "
    assert _doubles(favourites, lambda n: list(favourites.singled_out(unit * n)))


def test_with_them_is_linear(monkeypatch):
    # with_them is one regex search, so no Python line count sees it: count the characters its readers hand it instead,
    # which would grow as the square if a reader searched the whole text once per person it singled out
    scanned: list[int] = []
    read = with_them.with_them
    monkeypatch.setattr(with_them, "with_them", lambda text, start, end: scanned.append(end - start) or read(text, start, end))
    unit = "our birthday girl came by. be part of our team and walk with your dog. acompanarlos en el camino. "

    def chars(n: int) -> int:
        scanned.clear()
        list(favourites.singled_out(unit * n))
        return sum(scanned)

    small, large = chars(40), chars(80)
    assert 0 < small and large < 2.3 * small, (small, large)


def test_sat_with_from_is_linear():
    unit = "I sat with a grandmother from Elkhorn at the fair. She laughed. "
    assert _doubles(described_care, lambda n: described_care.described_in_care(unit * n))


def test_nodded_player_is_linear():
    unit = "the Oakmont Tigers' point guard, #5, you know who you are, the team said. "
    assert _doubles(group_roles, lambda n: list(group_roles.singled_out(unit * n)))
