"""A person narrowed by a role at a place named the English way round, or by what they keep on a named road (PHI011,
local_roles.py): where the finding lands, what passes, and that the reading stays linear. Every place is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import local_roles

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import _rule_steps

NAMED_ROLES = [
    "a retired Elk Ridge fire chief",
    "our favorite Pike County school bus driver",
    "a longtime Harlan Creek mail carrier",
    "a senior shortstop from a Tulsa high school",
    "a point guard from a Dunmore middle school",
    "un armador de una prepa de Laredo",
]
KEEPERS = [
    "the man who runs the bait shop out on Route 9",
    "the lady who owns the tack shop on Quarry Road",
    "the one who's been driving the Miller Creek route",
    "the woman who runs the pawn shop up on Hwy 12",
    "la señora que atiende la tienda de forraje por la carretera 48",
    "el chofer que lleva 15 años manejando la ruta de Piedra Lisa",
]
CARE = [
    "finished his last chemo infusion with us",
    "is walking again after her knee replacement",
    "is back at work after his fall on the ice",
    "tore her ACL in the district final",
    "ya terminó su rehabilitación de hombro con nosotros",
    "se fracturó la muñeca y hoy le quitamos el yeso",
]
NO_CARE = ["will judge the chili cook-off at our fair", "donated water for our 5K", "nos regaló costales para la feria"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NAMED_ROLES + KEEPERS), st.sampled_from(CARE), st.sampled_from(["", "Big hug! ", "Qué gusto: "]))
def test_fuzz_a_local_role_with_care_is_singled_out(who, care, lead):
    text = f"{lead}{who[0].upper()}{who[1:]} {care}."
    found = hits("PHI011", post(text))
    assert found, text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NAMED_ROLES + KEEPERS), st.sampled_from(NO_CARE))
def test_fuzz_a_local_role_with_no_care_passes(who, act):
    text = f"{who[0].upper()}{who[1:]} {act}."
    assert hits("PHI011", post(text)) == [], text


def test_the_finding_names_the_description_not_its_article():
    [match] = local_roles.described(fold("Saludos a la señora que atiende la tienda de forraje alla por la carretera 48: gracias").text)
    assert match.group(0).startswith("la senora")
    [match] = local_roles.described("Hats off to the man who runs the bait shop out on Route 9.")
    assert match.group(0) == "the man who runs the bait shop out on Route 9"


def test_a_staff_role_of_ours_is_not_a_local_role():
    assert list(local_roles.described("Our Riverbend nurse explains what to expect after knee surgery.")) == []


def test_a_mishap_must_be_theirs():
    assert local_roles.injured("The crossing guard at Lincoln shared tips to prevent a fall.", _at("The crossing guard at Lincoln"), 60) is False
    text = "The crossing guard at Lincoln is healing after her fall."
    assert local_roles.injured(text, _at("The crossing guard at Lincoln"), len(text)) is True


def _at(prefix: str):
    import re

    return re.match(re.escape(prefix), prefix)


def test_local_roles_grow_linearly():
    """Every repeat is bounded: doubling a text of near-misses at most doubles the work."""
    unit = "a retired Elk fire the man who runs the bait shop out on the one who's been la senora que lleva 20 anos from a Tulsa high "
    small, large = _rule_steps("PHI011", unit * 20), _rule_steps("PHI011", unit * 40)
    assert large < 2.3 * small
