"""Review of round 29's excusals: leaks that walked through a door round 29 opened, and the narrow conditions that shut
them. A first or an only among our team with her care in the sentence before or after (staff_posts.one_of_us); a
state's possessive before a family's own people (places.py); a wish of the next sentence after a visit that happened
(seen_reader.py); a modal with one person as its subject after a time since care (milestones.py); staff or "every"
after a fighter, and a few fighters counted (fighters.py). Every name here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import fighters, milestones, seen_reader
from playbook.text import fold

from tests.rules.harness import hits, post, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps


@pytest.mark.parametrize(
    "text",
    [
        "Say hi to the only person on our team who speaks Tagalog. Dr. Okafor did her gallbladder surgery last month.",
        "Dr. Okafor fixed her shoulder last spring. Now she is the only person on our team who can lift the copier.",
        "Conozcan a la única mujer de nuestro equipo que habla náhuatl. El mes pasado le operamos la vesícula aquí.",
    ],
)
def test_one_of_us_with_our_care_a_sentence_away_is_an_error(text):
    assert hits("PHI011", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The only person on our team who runs at 5 am is turning 40 today! Happy birthday!",
        "Meet the only person on our front desk who speaks three languages. She starts Monday!",
    ],
)
def test_one_of_us_with_no_care_near_still_passes(text):
    assert hits("PHI011", post(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Virginia's kids were all here for flu shots Monday.",
        "Carolina's kids stopped by for flu shots before school.",
    ],
)
def test_a_state_named_woman_and_her_kids_with_a_visit_is_an_error(text):
    assert hits("PHI003", post(text)), text


@pytest.mark.parametrize("text", ["Washington's outdoor heat rule starts in May.", "Georgia's new law caps insulin costs."])
def test_a_states_own_law_still_passes(text):
    assert hits("PHI003", post(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Always a joy to see you; we hope the little one feels better.",
        "So nice meeting your whole family. Hope everyone is well.",
        "Great meeting you! Hope the new frames feel right.",
    ],
)
def test_a_visit_that_happened_before_a_wish_of_the_next_clause_is_an_error(text):
    assert hits("PHI001", response(text)), text


@pytest.mark.parametrize(
    "text",
    ["We look forward to seeing you soon.", "We hope to see you at the health fair in May.", "Looking forward to meeting you soon!"],
)
def test_a_wish_to_see_the_reader_still_passes(text):
    assert hits("PHI001", response(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks post-op and she can already climb stairs! So proud of our Mrs. G.",
        "Lleva dos semanas de operada y ya puede caminar sola. ¡Qué orgullo!",
        "Ten days out from his hernia repair, our mail carrier could not wait to get back on his route.",
        "Two weeks post-op and he might be our fastest recovery yet!",
    ],
)
def test_a_time_since_care_with_one_person_and_a_modal_is_a_story(text):
    assert hits("PHI013", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "At six weeks post-op a patient may drive again; ask your surgeon.",
        "A las seis semanas de operado, el paciente puede manejar.",
        "At six weeks post-op most people can drive again; ask your surgeon.",
    ],
)
def test_a_modal_of_recovery_advice_still_passes(text):
    assert milestones.milestone_of_one(fold(text).text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Our preemie warrior Jaxon's family thanks the nurses for his 60 days in our NICU.",
        "Our little heart warrior hugged every nurse on her last day in our NICU.",
        "Nuestra guerrera contra el cáncer le llevó galletas a las enfermeras en su última quimio.",
        "These two leukemia champs finished treatment with us today!",
        "Nuestras dos guerreras contra el cáncer terminaron la quimio aquí.",
    ],
)
def test_a_fighter_before_staff_or_a_few_counted_is_a_story(text):
    assert hits("PHI013", post(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Our nurse Ana, my favorite cancer survivor, runs the 5k.",
        "Honoring all our heart warriors today.",
        "Every heart warrior deserves a cheering section this awareness week.",
        "These two spelling champs won the county bee!",
    ],
)
def test_staff_groups_and_champs_of_no_condition_still_pass(text):
    assert fighters.fighter_of_one(fold(text).text) is None, text


def test_the_mended_readings_stay_linear():
    assert_linear("PHI011", "The only person on our team who runs at dawn. She likes tea. ")
    assert_linear("PHI003", "Georgia's new law caps costs. Virginia's kids came by. ")
    for module, call, unit in (
        (seen_reader, lambda text: list(seen_reader.seen(text)), "Always a joy to see you; we hope the new year is kind. "),
        (milestones, lambda text: milestones.milestone_of_one(fold(text).text), "The clerk can help. Two weeks after the rain we may open. "),
        (fighters, lambda text: fighters.fighter_of_one(fold(text).text), "These two spelling champs won. Our nurse hugged every runner. "),
    ):
        small = steps(module, lambda: call(unit * 15))
        large = steps(module, lambda: call(unit * 30))
        assert large < 2.3 * small, (module.__name__, small, large)
