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
        "Kudos Maria! Cast off today.",
        "Congrats Madison! 100 days sober today.",
        "Congrats Georgia! 1 year sober today.",
        "Welcome back Hudson! Knee surgery went great and you're walking already.",
        "¡Felicidades Rosa! Un año sin tomar, orgullosos de ti.",
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


def test_the_readers_own_portal_says_the_reader_is_a_patient():
    """Round 61's second review: "your patient portal" tells the public the reviewer has a patient's account, as "su portal
    del paciente" does; the first review's mend that let it pass was taken back."""
    assert hits("PHI001", response("Please send us a message through your patient portal so we can look into this."))


@pytest.mark.parametrize("alt", ["Plant workers lined up for flu shots at our mobile clinic", "Trabajadores de la planta recibiendo su vacuna en nuestra clínica móvil"])
def test_workers_in_care_in_a_photo_are_people(alt):
    """Round 61's second review: the plurals dropped by the first review's mend are people again (a crowd of workers at our
    new wing then needs an authorization too, as any photo of people not on the team does)."""
    assert hits("PHI012", post("From this week.", media=[Media("images/shot.jpg", alt, None, "", None, 14)]))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI008", "The gentleman we saw during walk-in hours on 3/14 at 2 pm left his cane here."),
        ("PHI003", "Check out @MariaAsthmaWarrior on Instagram, one of our bravest patients!"),
        ("PHI006", "Follow her progress: https://blog.example.net/maria-garcia-day-12"),
    ],
)
def test_a_way_through_found_in_the_second_review_refuses(code, text):
    assert hits(code, post(text))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI003", "Our Brooklyn patients can now book flu shots online."),
        ("PHI003", "Memphis moms: our lactation class meets Tuesdays at 6 p.m."),
        ("PHI003", "Los niños de Brooklyn pueden recibir vacunas gratis este sábado en nuestra clínica."),
        ("PHI003", "Shoutout Time! Our vaccine clinic hit 1,000 flu shots."),
        ("PHI003", "Thank you Texas! Over 2,000 flu shots given this fall."),
        ("PHI003", "¡Gracias a Carmen Ruiz por las aguas frescas sin alcohol en nuestra feria de salud!"),
        ("PHI006", "Closed for the holiday. Details: https://www.cityofsanjose.test/events/cesar-chavez-day"),
        ("PHI006", "Sign up: https://parks.example/jackie-robinson-day-5k"),
        ("PHI006", "Our new wing: https://hospital.example/ruth-hale-wing"),
    ],
)
def test_a_false_alarm_found_in_the_second_review_passes(code, text):
    assert [f for f in findings(code, post(text)) if f.severity is Severity.ERROR] == []


def test_a_colleagues_name_with_a_particle_is_hers():
    from tests.rules.harness import with_staff

    text = "Nuestra enfermera Rosa de la Cruz celebra 10 años con nosotros."
    assert [f for f in findings("PHI011", post(text), plans=with_staff("Rosa de la Cruz")) if f.severity is Severity.ERROR] == []
