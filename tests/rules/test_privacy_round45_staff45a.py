"""Round 45, staff45a: staff spotlights that name a team member's own family and the nickname the team gives her (PHI003).

A post about one of ours tells of her own life: "he and his wife <Name> are raising ...", "chasing his toddler <Name>",
"with her twins, <Name> and <Name>", "su nena <Name> se graduó" (staff_posts.staff_own: the member named first, then her
relative tied by a possessive, no care of the relative's told), and the name the team calls her in quotes ("aka
"<Nick>"", "better known around here as "<Nick>"", 'Conozcan a "la <Nick>" ... La Dra. <Member>': aliases.team_aliases).
Care told of the relative, our patient, and a stranger's child stay errors. Every name here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import staff_posts as module
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.staff_posts import staff_own

from tests.rules.harness import PLANS, TEAM, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
_TEAM = {
    **TEAM,
    "obarlow": Person("obarlow", "Odell Barlow", ("author",)),
    "yquispe": Person("yquispe", "Yesenia Quispe", ("author",)),
    "tnakagawa": Person("tnakagawa", "Tobias Nakagawa", ("author",)),
    "rcifuentes": Person("rcifuentes", "Dra. Rocio Cifuentes", ("clinical",)),
}
STAFF = dataclasses.replace(PLANS, team=_TEAM)


@pytest.mark.parametrize(
    "text",
    [
        # the kind, sharing no content word with the corpus cases
        "Odell Barlow has kept our front desk humming for 11 years. On weekends he and his wife Priscilla restore old canoes on Lake Winnemucca.",
        "Meet Tobias Nakagawa, the voice on our phone line 📞 When he clocks out he's usually pushing his toddler Ezra on the swings at Delmont Square.",
        "Yesenia Quispe celebra 7 años de trabajo aquí 🎉 Este mes anda feliz porque su nena Valentina aprendió a andar en bici.",
        "Say hi to Yesenia Quispe! Off duty she's cheering at every volleyball match of her twins, Marisa and Joaquin.",
        'Happy birthday to our receptionist Yesenia, aka "Queen of Scheduling" 👑 she never forgets a face.',
        'Please congratulate Odell Barlow, better known around here as "Captain Coffee", on 20 years with us!',
        'Conozcan a "la Doc Chío" 🌻 La Dra. Rocio Cifuentes creció en Pharr y colecciona cactus.',
        "Tobias Nakagawa runs our lab. He and his husband Anselmo just adopted a beagle named Pickle.",
    ],
)
def test_a_members_own_family_and_nickname_pass(text):
    assert hits("PHI003", post(text), plans=STAFF) == []


@pytest.mark.parametrize(
    "text",
    [
        "Odell Barlow has kept our front desk humming for 11 years. His wife Priscilla just finished chemo with us and rang the bell!",
        "Our patient Priscilla came in today with her son Ezra for his asthma check.",
        "Yesenia Quispe welcomed a mom this week whose toddler Ezra got his stitches out in our clinic.",
        "A grandma told us her grandson Ezra loves Yesenia Quispe, who did his flu shot.",
        "Tobias Nakagawa took the X-rays when his nephew Anselmo broke his wrist at practice.",
    ],
)
def test_care_told_a_patient_or_a_strangers_child_still_refuses(text):
    assert hits("PHI003", post(text), plans=STAFF)


@FUZZ
@given(
    st.sampled_from(["his wife", "her husband", "su esposo", "her daughter", "his son", "su nieta"]),
    st.sampled_from(["Priscilla", "Anselmo", "Marisa", "Joaquin"]),
    st.sampled_from(["built the bookshelves", "bakes the best flan", "ya se graduó de la prepa", "loves hiking"]),
)
def test_a_grid_of_relatives_after_a_member_passes(kin, name, deed):
    text = f"Odell Barlow celebra 9 años con nosotros. Dice que {kin} {name} {deed}."
    assert hits("PHI003", post(text), plans=STAFF) == []


def test_the_reading_stays_linear():
    known = Known.of(STAFF)
    unit = "Odell Barlow runs the desk. His wife Priscilla and his son Ezra bake. "
    small = steps(module, lambda: staff_own(unit * 20, known, []), package=False)
    large = steps(module, lambda: staff_own(unit * 40, known, []), package=False)
    assert large < 2.3 * small
