"""Round 63: readings fresh writers' cases showed missing, each written for its kind of text.

- A given name that is also a word ("Harper", "Gloria", "Santos") before a word no list holds, in a link or a file's
  name with care, is a first name and a surname, as a given name no word is.
- One worker of a crew told by the day they came ("the worker from second shift on the saw line who came in
  Wednesday, September 18", "el compañero del turno de noche que vino el lunes 3"), a few more words between the
  noun and its "who" than before.
- A joint or a valve replaced, said as "the new ..." in a reply ("the new valve is doing what it should", "la rodilla
  nueva"), is the reader's procedure.
- "The rest of the infusion team" is ours, as "our infusion team" was, where its sentence speaks to no one ("the whole
  recovery team is proud of you" keeps its care word).
- A stand named by what it sells and "de" before its owner's title ("raspados de la Nieve de Don <Name>") is the stand;
  a family "de Don <Name>" is his.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "slug",
    [
        "egg-allergy-ladder-win-harper-zelinski-age-5",
        "tocando-la-campana-gloria-vandermolen-cancer-de-colon-etapa-2",
        "success-story-santos-quispe-knee-replacement",
    ],
)
def test_a_word_given_name_before_an_unlisted_surname_with_care_refuses(slug):
    assert hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug}.md"))


@pytest.mark.parametrize(
    "slug",
    [
        "grace-period-for-insurance-renewals",
        "hope-and-healing-breast-cancer-support-group",
    ],
)
def test_a_word_given_name_in_an_everyday_phrase_passes(slug):
    assert hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug}.md")) == []


@pytest.mark.parametrize(
    "text",
    [
        "To the worker from the night crew on the kill floor line who came in Monday, March 3 with the burn: your dressing change is due.",
        "Para el compañero del turno de noche en la línea dos que vino el lunes 3 de marzo con la quemadura: ya le toca su curación.",
        "The driver who came in on 10/14 with the back strain left his gloves at the front desk.",
    ],
)
def test_one_worker_told_by_the_day_he_came_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Every worker who came in on March 3 for the hearing screening got a free earplug kit.",
        "Gracias a cada trabajador que vino el sábado 5 de octubre a la feria de salud.",
    ],
)
def test_a_crew_of_workers_is_no_one(text):
    assert hits("PHI008", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "So glad the new valve is doing its job and the drive felt worth it!",
        "Happy to hear the new knee let you finish the 5K.",
        "¡Qué gusto que la rodilla nueva ya le deja caminar al mercado!",
        "Nos alegra que la válvula nueva esté funcionando tan bien.",
    ],
)
def test_a_replaced_joint_or_valve_in_a_reply_refuses(text):
    assert hits("PHI002", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! We passed this along to Lupe and the rest of the infusion team.",
        "Thank you! We passed this along to the whole dialysis team.",
    ],
)
def test_the_rest_of_a_team_named_by_its_care_is_ours(text):
    assert hits("PHI002", response(text, scenario="positive-review"), plans=with_staff("Lupe")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The chemo team will call you about your next round.",
        "The whole infusion team will see you at your Thursday session.",
    ],
)
def test_a_team_named_by_its_care_beside_the_reader_s_own_refuses(text):
    assert hits("PHI002", response(text, scenario="positive-review"))


def test_a_stand_named_with_de_before_its_owner_s_title_is_the_stand():
    assert hits("PHI003", post("Habrá elotes y raspados de la Nieve de Don Chuy para todos los niños.")) == []


def test_a_family_de_don_name_is_his():
    assert hits("PHI003", post("Gracias a la Familia de Don Chuy por venir a su cita de seguimiento."))
