"""Round 76: readings fresh writers' cases showed missing, each written for its kind of text.

- A given name no list holds, then a name the lists hold even as a word ("Reyes"), then care, opening a file's name;
  RSV (VSR, VRS in Spanish) is a condition by its letters.
- A pet "named Sir <Name>": a title after "named" is the pet's.
- A state's Spanish name ("Dakota del Sur", "Carolina del Norte") is a place: iso-codes' names (us_states_es.txt).
- "All-American", "All-Star", "Paralympian" are public roles.
- Walking in "for a temporary scheduling job" is being hired, no care; a member's short form said twice ("Tam-Tam").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post, response, with_staff


@pytest.mark.parametrize("file", ["images/kinsley_reyes_RSV_home_day_1104.jpg", "images/jaylee-grace-rsv-discharge.jpg"])
def test_an_unlisted_given_name_a_listed_one_and_care_refuse(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/brooklyn-bridge-walk-asthma.jpg", "images/rsv-season-tips-0912.jpg"])
def test_a_bridge_or_a_topic_passes(file):
    assert not hits("PHI003", pictured(file))


def test_rsv_is_a_condition_only_in_capitals():
    from playbook.lexicon import clinical

    assert [m.term for m in clinical.find("RSV season")] == ["rsv"]
    assert clinical.find("el VSR en bebés") and not clinical.find("rsv season") and not clinical.find("please rsvp by Friday")


def test_a_pet_named_with_a_title_is_a_pet():
    text = "Happy anniversary to Marisol! She's our CPAP guru and shares her couch with a tortoise named Lady Penelope 🐢"
    assert not hits("PHI003", post(text), plans=with_staff("Marisol"))


def test_a_child_called_with_a_title_and_care_still_refuses():
    text = "Happy anniversary to Marisol! She's our CPAP guru. Our patient, a boy we call Sir Penelope, finished his sleep study."
    assert hits("PHI003", post(text), plans=with_staff("Marisol"))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por sus palabras! Es un gusto atender a las familias del norte de Carolina del Norte.",
        "Atendemos pacientes de todo el oriente de Dakota del Norte y el occidente de Minnesota.",
    ],
)
def test_a_states_spanish_name_is_a_place(text):
    assert not hits("PHI003", response(text, scenario="positive-review"))


def test_a_given_name_with_care_beside_a_state_still_refuses():
    assert hits("PHI003", post("Carolina tuvo su cirugía de rodilla aquí. Vino desde Carolina del Norte."))


def test_an_all_american_at_our_event_telling_his_own_story_passes():
    text = "Thanks to NDSU track All-American Bryce Lindahl for opening our CPR night! Bryce told everyone he was born with a heart murmur."
    assert not hits("PHI003", post(text))


def test_an_all_american_we_treated_still_refuses():
    assert hits("PHI003", post("Proud of All-American Bryce Lindahl, back on the track after we repaired his ACL here in March."))


def test_walking_in_for_a_job_is_no_care():
    text = "Twelve years ago Pamela walked in here for a 'short-term' front desk job 😂 Cheers to our one-of-a-kind Pam-Pam on her work anniversary!"
    assert not hits("PHI003", post(text), plans=with_staff("Pamela"))


def test_walking_in_for_care_still_refuses():
    assert hits("PHI003", post("Twelve years ago Rosa Elizondo walked in here for a knee scope, and she still brings us tamales!"))
