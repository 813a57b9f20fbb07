"""Round 34, part C: PHI016 lets a team member's own news through (staff_story.py): a spotlight, a birthday or a
welcome back that tells the member's own care. A patient beside the member, a relative of hers, or care she gave
stays an error; the reading stays linear. Every name and sentence here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import staff_story
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.staff_story import members_story
from playbook.rules.privacy.story_words import story_cues

from tests.rules.harness import PLANS, hits
from tests.rules.work import steps

KNOWN = Known.of(PLANS)
FUZZ = settings(max_examples=40, deadline=None)

OWN_NEWS = [
    "Team news: {m} had her own hip replaced in June, finished six weeks of therapy, and this morning she hiked the ridge trail again. So proud of you!",
    "Happy birthday {m}! Three months ago he was barely walking after his spine surgery and today he ran his first mile. We love you!",
    "Staff spotlight: {m} tore a shoulder tendon bowling in March, did every rehab session, and is back at the lanes today. We love you!",
]
LEAKS = [
    "So proud of the team captain! Six months ago she could barely walk and today she was cleared by {m} after her last round of therapy. We love you!",
    "{m}'s husband walked in here scared six months ago, and today he rang the bell here when his chemo ended with us. We love you!",
    "Six months ago he could barely walk in here, and today he rang the bell here when his chemo ended. Thank you to our nurse {m} for every visit! We love you!",
    "Our patient walked in here scared six months ago and today rang the bell here when his chemo ended. {m} cried with us. We love you!",
]
# The member's own standing, an endearment, a word of a place, "your" said to her: still her news.
HERS = [
    "Farewell party today for {m}! She guarded our night shift since 2003. She is a grandma of four, a daughter of Laredo. Forty years, {m}. Enjoy Port Aransas; we'll keep your stethoscope hook empty.",
    "¡Hoy se jubila {m}! Es abuela de cuatro y mi consentida. Gracias por tu paciencia en cada turno de noche, {m}.",
]
OTHERS_TOLD = [
    "Confession: you sell the best tamales on Ferris Street and you FINALLY let {m} check that odd freckle on your cheek. Spoiler: melanoma, caught early.",
    "Staff spotlight: {m} spent the spring caring for her dad after his stroke, and he walks again. So proud of you!",
    "Un abrazo al esposo de {m}: tras su cirugía de cadera con nosotros ya camina sin bastón. ¡Lo queremos!",
]
MEMBERS = ["Dr. Ada Okafor", "Sam Patel", "Jordan Lee", "Dr. Okafor"]


@pytest.mark.parametrize("frame", OWN_NEWS)
def test_a_members_own_news_passes(frame):
    text = frame.format(m="Sam Patel")
    assert hits("PHI016", text) == []
    assert members_story(text, KNOWN, len(text) - 1)


def test_heavy_enough_to_fire_without_the_gate():
    assert story_cues(OWN_NEWS[0].format(m="Sam Patel")) is not None


@pytest.mark.parametrize("frame", LEAKS)
def test_a_patient_beside_a_member_stays_an_error(frame):
    assert hits("PHI016", frame.format(m="Jordan Lee"))


@pytest.mark.parametrize("frame", HERS)
def test_words_of_her_own_standing_are_hers(frame):
    assert members_story(frame.format(m="Jordan Lee"), KNOWN, 0)


@pytest.mark.parametrize("frame", OTHERS_TOLD)
def test_the_reader_or_her_kin_told_with_care_is_someone_else(frame):
    assert not members_story(frame.format(m="Jordan Lee"), KNOWN, 0)


def test_no_member_named_stays_an_error():
    text = OWN_NEWS[0].format(m="Rosalind Vey")
    assert hits("PHI016", text)


@FUZZ
@given(st.sampled_from(OWN_NEWS), st.sampled_from(MEMBERS))
def test_fuzz_the_gate_lets_members_news_through(frame, member):
    text = frame.format(m=member)
    assert members_story(text, KNOWN, 0)


@FUZZ
@given(st.sampled_from(LEAKS + [OWN_NEWS[0], OWN_NEWS[1]]), st.sampled_from(MEMBERS + ["Rosalind Vey", "Tomasa Quiroga"]))
def test_fuzz_the_gate_holds_others_and_strangers(frame, name):
    text = frame.format(m=name)
    if frame in LEAKS or not KNOWN.is_team(name.replace("Dr. ", "").split(), "Dr." if name.startswith("Dr.") else ""):
        assert not members_story(text, KNOWN, 0)


def test_members_story_is_linear():
    text = OWN_NEWS[2].format(m="Sam Patel") + " "

    def run(n):
        return steps(staff_story, lambda: members_story(text * n, KNOWN, 0))

    one, two = run(20), run(40)
    assert two < 2.6 * one
