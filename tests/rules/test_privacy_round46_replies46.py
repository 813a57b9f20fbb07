"""Round 46, replies46: safe review replies that name our own staff or speak of our staff as a group (PHI001, PHI002).

A named contact offered after our role ("talk it over with our practice manager, Dr. Okafor"), a clinician thanking
or signing off with the whole team ("Dr. Okafor and all of us say thank you"), the whole staff as a range
("everyone here, from the schedulers to our surgeons, appreciates ...") and a group of ours named by its clinical
work ("our dialysis nurses", "el equipo de endoscopia") pass. The reader's own clinician or care stays refused.
The harness team holds Dr. Ada Okafor and Morgan Reyes; every other word here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import staff_groups

from tests.rules.harness import hits, response

FUZZ = settings(max_examples=25, deadline=None)


def _refused(text: str) -> list:
    return hits("PHI001", response(text)) + hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        # a named contact, offered after our role
        "We're sorry this was frustrating. If you want to go over it with our practice director, Dr. Okafor, call us at +1 555 0100.",
        "Si gusta conversarlo con nuestra coordinadora, la Dra. Okafor, llámenos al +1 555 0100.",
        "Please ask for our office director, Dr. Ada Okafor, at +1 555 0100; she would be glad to hear more.",
        "Morgan Reyes, our patient advocate, would welcome your call at +1 555 0100.",
        # a clinician with the whole team
        "Dr. Okafor and all of us say thank you for the kind words!",
        "Thanks a million for the stars! Dr. Okafor and the whole crew send their thanks.",
        "¡Mil gracias por escribir! — Dra. Okafor y todo el equipo",
        "Le pasamos su mensaje a la Dra. Okafor y a todo el personal, que se van a alegrar mucho.",
        "Dr. Okafor read it aloud at our staff meeting today. Thank you!",
        # the whole staff as a range
        "Everyone here, from the schedulers to our surgeons, appreciates the five stars.",
        "Todo el personal, desde recepción hasta los cirujanos, le agradece sus palabras.",
        # a group of ours named by its clinical work
        "Our dialysis nurses read every review that comes in, and this one made them smile.",
        "Nuestras enfermeras de quimioterapia leen cada comentario con cariño.",
        "Our allergy techs were thrilled to see this!",
        "El equipo de endoscopia le manda un abrazo y las gracias.",
    ],
)
def test_our_staff_named_or_grouped_passes(text):
    assert _refused(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Your infusion nurse was so glad to read this.",
        "The nurse who did your infusion says thanks for the kind note.",
        "Dr. Okafor remembers your visit fondly.",
        "La Dra. Okafor revisó su caso y le manda saludos.",
        "Dr. Okafor would like to go over your results with you.",
        "If you'd like to talk over your results with our director, Dr. Okafor, call us.",
        "Dr. Okafor and the whole team were glad to see you again.",
        "Dra. Okafor y todo el equipo le desean una pronta recuperación de su cirugía.",
        "Su enfermera de quimioterapia le manda saludos.",
        "Our infusion nurses are so glad your infusion went smoothly.",
        "Everyone, from the front desk to our surgeons, took great care of you.",
        "Todo el equipo, desde recepción hasta las enfermeras, le atendió muy bien.",
        "From the front desk to the nurse, you were treated kindly.",
        "Thanks for the kind words! — The Chemotherapy team",
        "Dr. Okafor read your chart at huddle.",
    ],
)
def test_the_readers_own_clinician_or_care_refuses(text):
    assert _refused(text)


@FUZZ
@given(
    st.sampled_from(["dialysis", "wound-care", "allergy", "sleep-study"]),
    st.sampled_from(["nurses", "techs", "assistants"]),
    st.sampled_from(["read every review", "say thank you", "loved reading this"]),
)
def test_a_plural_group_of_ours_covers_its_clinical_word(work, people, verb):
    text = f"Our {work} {people} {verb}."
    spans = staff_groups.groups(text)
    assert spans and spans[0][0] == 0 and text.index(people) + len(people) <= spans[0][1]
    assert staff_groups.groups(f"Your {work} {people[:-1]} {verb}.") == []
