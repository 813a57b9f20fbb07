"""Round 44, contacts44c: a clinician named in a reply in a role that tells nothing of the reader's past care
(clinician_roles.py, PHI001): the one who will talk with the reader, an offer for the future, or one end of an
enumeration of the whole team. A clinician in the reader's past, with their records, or thanked for their care
stays refused. English and Spanish; every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import clinician_roles as module
from playbook.rules.privacy.clinician_roles import offered_contact, team_end

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
CLINICIAN = "naming a clinician"


def _clinician_hits(text: str) -> list:
    return [h for h in hits("PHI001", response(text)) if CLINICIAN in str(h)]


@pytest.mark.parametrize(
    "text",
    [
        # the kind, sharing no content word with the corpus cases
        "Thank you for telling us. Dr. Lindgren would like to talk with you personally; please call {{ contact.phone }}.",
        "We hear you. Dr. Okonkwo, our medical director, would love to speak with you, just ring {{ contact.phone }}.",
        "Gracias por escribir. La Dra. Quintanilla quisiera conversar con usted; marque al {{ contact.phone }}.",
        "Lo sentimos. El Dr. Arámbula le quiere escuchar personalmente, llame al {{ contact.phone }} cuando pueda.",
        "No podemos hablar de casos aquí, pero la Dra. Benavente con gusto le atenderá: llame al {{ contact.phone }}.",
        "Thanks so much! All of us, from Dr. Halvorsen to our receptionists, read every note like this.",
        "¡Mil gracias! Desde la Dra. Echeverría hasta recepción, todos leemos cada mensaje.",
        "Everyone here, from the housekeeping crew to Dr. Stavros, is grateful for notes like this one.",
        "Dr. Whitcombe is happy to chat with you any weekday; reach the office at {{ contact.phone }}.",
        "Le pasamos sus palabras a la Dra. Quintanilla.",  # round 48: the review passed on to her (passed_on.py)
    ],
)
def test_a_clinician_as_future_contact_or_in_the_whole_team_passes(text):
    assert _clinician_hits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Lindgren saw you on Friday and is sorry about the delay.",
        "We're sorry about your visit with Dr. Okonkwo.",
        "Dr. Halvorsen remembers you and hopes to talk with you; call {{ contact.phone }}.",
        "Le pasamos sus resultados a la Dra. Quintanilla.",  # round 48: her words passed on pass (passed_on.py), results do not
        "Dr. Stavros will review your chart and call {{ contact.phone }}.",
        "El Dr. Arámbula quiere hablar con usted de sus resultados.",
        "La Dra. Benavente quiere verla de nuevo sin costo.",
        "Dr. Lindgren would like to see you again, call us.",
        "Dr. Okonkwo was sorry you waited and would like to talk with you.",
        "From Dr. Echeverría to our nurses, everyone who treated you sends love.",
        "Dr. Whitcombe said your numbers look better.",
    ],
)
def test_a_clinician_in_the_readers_past_still_refuses(text):
    assert _clinician_hits(text)


@FUZZ
@given(
    st.sampled_from(["Dr. Pemberton", "Dra. Villaseñor", "Dr. Aguirre-Lutz"]),
    st.sampled_from(
        [
            "{d} would like to speak with you; call {{ contact.phone }}.",
            "La {d} quisiera platicar con usted.",
            "Every one of us, from {d} to our schedulers, reads these.",
        ]
    ),
    st.sampled_from(["", " again", " about your last visit", " de nuevo"]),
)
def test_an_offer_or_a_team_passes_until_the_past_comes_in(doctor, frame, tail):
    text = frame.format(d=doctor).replace("{ contact.phone }", "{{ contact.phone }}")
    if tail:
        text = text.rstrip(".") + tail + "."
    start = text.index(doctor)
    end = start + len(doctor.split()[0]) + 1 + len(doctor.split()[1])
    assert (offered_contact(text, start, end) or team_end(text, start, end)) is (tail == "")


@pytest.mark.parametrize(
    "unit",
    [
        "Dr. Ab Cd Ef, gh ij kl mn op, would like to talk. ",
        "From our nurses to Dr. Ab, from Dr. Cd to the front desk, de la Dra. Ef a ",
    ],
)
def test_the_reading_stays_linear(unit):
    def run(text: str) -> None:
        for index in range(0, len(text), 37):
            start = text.find("Dr", index)
            if start >= 0:
                offered_contact(text, start, start + 6)
                team_end(text, start, start + 6)

    small = steps(module, lambda: run(unit * 20), package=False)
    large = steps(module, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small
