"""Round 61's review: a reviewing helper read round 61 and the mends of round 60's review against the code before them.
Each way through it found, and each false alarm it found added, is a row here. Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.findings import Severity
from playbook.model import Media

from tests.rules.harness import findings, hits, post, response


@pytest.mark.parametrize(
    "text",
    [
        "Baby Mateo home from the NICU at last!",
        "Sending love to Rosa Jimenez home recovering from her C-section.",
        "Sofia Ramirez day 3 of chemo and still smiling.",
        "Please donate to the Maria Lopez fund to help with her cancer treatment.",
        "Checking in on S. Martinez: her chemo is finally done.",
        "Update on W. Okoro - cast off today!",
        "Nuestra doctora felicita a Pedro, lleva 10 años con nosotros.",
        "Nuestro enfermero Luis y Pedro, lleva 6 años con nosotros.",
        "¡Enhorabuena Lucía! Terminó la quimio.",
        "Congrats Maria! 100 days sober today.",
        "Shoutout Rosa!! 90 days clean.",
        "¡Felicidades Rosa! Un año sin tomar.",
    ],
)
def test_a_name_with_care_found_in_review_stays_an_error(text):
    assert Severity.ERROR in [f.severity for f in findings("PHI003", post(text))]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI008", "The gentleman we saw Monday at 2 pm for a sprained ankle: hope you're feeling better!"),
        ("PHI008", "To the mom we saw Tuesday at 4:30 with the twins: thank you for your patience!"),
        ("PHI011", "We put the crossing guard at Lincoln Middle School in a sling."),
        ("PHI011", "We got the only midwife in San Ysidro into physical therapy."),
        ("PHI011", "We set the crossing guard at Lincoln Middle School up with a knee brace."),
        ("PHI006", "Fundraiser: https://donate.example.org/maria-garcia-house-fund"),
        ("PHI006", "Read along: https://blog.example.net/maria-garcia-day-12"),
        ("PHI006", "Meet him: https://club.example.com/team/juan-perez-jr"),
        ("PHI006", "Apoye: https://colecta.example.com/ayuda-para-maria-lopez-community"),
    ],
)
def test_a_way_through_found_in_review_refuses(code, text):
    assert hits(code, post(text))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI003", "Welcome Madison! Our urgent care now takes walk-ins."),
        ("PHI003", "Welcome Dallas! Our new clinic opens Monday with same-day appointments."),
        ("PHI008", "Shout-out to the family we saw handing out water at the 5K on Saturday at 8 am!"),
        ("PHI011", "We put the principal of Oak Grove Elementary in charge of the raffle at our vaccination fair."),
        ("PHI011", "We got the pastor of Grace Chapel to open our vaccine drive with a blessing."),
    ],
)
def test_a_false_alarm_found_in_review_passes(code, text):
    assert [f for f in findings(code, post(text)) if f.severity is Severity.ERROR] == []


def test_the_readers_portal_is_no_dealing():
    assert hits("PHI001", response("You can reach us at 555-0100 or through your patient portal.")) == []


def test_a_crowd_of_workers_at_our_new_wing_needs_no_authorization():
    photo = Media("images/wing.jpg", "Sam Patel with construction workers finishing our new wing.", True, "", None, 14)
    assert [f for f in findings("PHI012", post("Almost there!", media=[photo])) if f.severity is Severity.ERROR] == []
