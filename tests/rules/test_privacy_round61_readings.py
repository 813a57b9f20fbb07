"""Round 61: readings fresh writers' cases showed missing, each written for its kind of text.

- A site-relative link in a post's Markdown ("[her story](/stories/<given>-<surname>-<care>)") is on the practice's own
  site, whose addresses it chooses: its path is read for names as an own domain's is.
- Initials greeted, then a sentence that goes on about them with no subject ("Welcome aboard, <T.W.B.>! Came in 3/18 for
  his physical") tie the date to the initials as one clause would.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.findings import Severity
from playbook.rules.privacy import initial_dates

from tests.rules.harness import findings, hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "So proud of this one: read it [here](/stories/kendra-bostwick-hip-replacement-back-on-the-court).",
        "Su historia [aquí](/historias/testimonio-rosaura-quintanilla-cancer-de-mama).",
    ],
)
def test_a_name_in_a_site_relative_link_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Sign up [here](/events/spring-health-fair).", "Our hours are [on this page](/visit/hours-and-parking)."])
def test_a_site_relative_link_of_plain_words_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Welcome aboard, T.W.B.! 🚜 Came in 3/18 for his sports physical and aced it.",
        "¡Felicidades, R.M.! Vino el 2 de junio a su última sesión de terapia.",
        "Congrats, K.L.! She finished 6/9 with her last round of rehab.",
    ],
)
def test_initials_greeted_then_their_visit_refuse(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize("text", ["Thanks, K.T.! Flu clinic is 10/14, see you there.", "Gracias, R.M.! La feria es el 2 de junio."])
def test_initials_thanked_then_an_event_pass(text):
    assert hits("PHI008", post(text)) == []


@pytest.mark.parametrize("unit", ["J.R.! ", "J.R.! Came in ", "! came "])
def test_the_clause_reading_stays_linear(unit):
    assert grows_linearly(initial_dates, lambda count: initial_dates._clause(unit * count, 0, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Congrats Rosa! 100 days sober today 💪",
        "Congrats Maria! Six months sober this week.",
        "¡Felicidades Toño! Un año limpio, orgullosos de ti.",
        "Way to go Rosalind! Two years clean this week.",
        "¡Felicidades a Nayeli por sus 90 días sobria!",
    ],
)
def test_a_name_hailed_without_a_comma_with_sobriety_counted_refuses(text):
    """An error, not the warning a name with no care beside it gets: the hail speaks to them, the next sentence is theirs."""
    assert [f.severity for f in findings("PHI003", post(text))] == [Severity.ERROR]


@pytest.mark.parametrize(
    "text",
    [
        "Congrats to everyone who ran the 5K! 100 days until the next one.",
        "Congrats Rosa! Your tamales won the cook-off.",
        "Our new waiting room is spotless: clean, bright and calm.",
        "Sobriety support group meets Thursdays at 6 pm in the community room.",
    ],
)
def test_sobriety_as_a_topic_or_a_clean_room_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vacunas gratis el sábado en la Iglesia San Pedro (calle S. Alamo), de 9 a 12.",
        "Skin checks at the Otis May Boat Basin on Saturday.",
        "Revisión de la piel gratis en la Misión Bautista del Valle el sábado.",
    ],
)
def test_a_street_a_landmark_or_a_church_named_for_someone_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Ruiz walked J. Navarro to his car after the 3/4 procedure.",
        "Dolores Huerta came in for her knee replacement last week.",
    ],
)
def test_a_person_beside_those_readings_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Come see how a colonoscopy finds polyps. Big thanks to Dumas Rotary and the County Cancer Society!",
        "¿Sabe cómo se ve un pólipo? Gracias al Pampa Kiwanis por las mochilas.",
    ],
)
def test_a_service_club_thanked_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "alt",
    [
        "A pipeline worker still in his hard hat does lunges with Sam Patel in our rehab gym.",
        "Un obrero de la fábrica de ladrillos hace ejercicios con Sam Patel; se ve la cicatriz en su hombro.",
    ],
)
def test_a_worker_beside_a_team_member_needs_an_authorization(alt):
    from playbook.model import Media

    assert hits("PHI012", post("From the gym this week.", media=[Media("images/gym.jpg", alt, True, "", None, 14)]))
