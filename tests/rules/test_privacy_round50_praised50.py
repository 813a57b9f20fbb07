"""Round 50, praised50: a reply naming our staff as those who see, hear of or were praised in the review passes PHI001.

"Dr. <Name> and <Name> will both see it", "la Dra. <Name> ya vio su mensaje", "thanks for the kind words about
<Name>", "your shout-out to Dr. <Name>", "we let Dr. <Name> know", "le avisamos a la Dra. <Name> de su mensaje": the
staff named are those who read the review or whom it praised (passed_on.py's _COURTESY), a courtesy that confirms
nothing of the reader. The same still refuses with care, a record, the reader's past or the reader's own clinician
in the sentence, or with a complaint or care told just before an unsaid "it". Every name here is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import passed_on as module

from tests.rules.harness import hits, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
_TITLED = re.compile(r"Dra?\.? [A-Z]\w*")


def _privacy(text: str) -> list:
    return hits("PHI001", response(text)) + hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        # staff as the ones who see, read or hear the review
        "We'll make sure Dr. Brennan and Lottie both see it!",
        "Dr. Okafor is going to love reading this.",
        "Oh wow, Dr. Lindgren already read it!",
        "Dr. Achebe and the whole front desk can't wait to read your review.",
        "¡Gracias! La Dra. Villaseñor ya vio su mensaje.",
        "La Dra. Montemayor y Cuca ya leyeron sus lindas palabras.",
        "¡Qué lindo mensaje! Se lo leímos en voz alta a la Dra. Paredes y a Nayeli en la reunión del lunes.",
        "Se lo vamos a leer al Dr. Zárate en la junta del viernes.",
        # staff as the topic of the praise
        "Thank you for the sweet words about Rosalind and Dr. Tennant!",
        "Thanks so much for your lovely comments about Nurse Pilar.",
        "Your shout-out to Dr. Marchetti made her day.",
        "¡Gracias por lo que escribió de la Dra. Saldívar!",
        "Le agradecemos de corazón lo que escribió sobre el Dr. Cifuentes y Lupita.",
        "Gracias por sus porras para la Dra. Echeverría, se puso feliz.",
        # letting staff know
        "Ya le dejamos saber al Dr. Robles y a Itzel.",
        "Thanks! We let Dr. Haddad know.",
        "Aww, we'll let Dr. Sorensen and Bettina know about your review!",
        "Le avisamos a la Dra. Cervantes de su mensaje.",
        "¡Gracias por escribir! Ya le comentamos a la Dra. Ledesma y a Toñita.",
    ],
)
def test_staff_who_see_hear_of_or_were_praised_in_the_review_pass(text):
    assert _privacy(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # care, records or the reader's own clinician in the sentence
        "Dr. Haddad will be glad to read this — your pressure is finally steady.",
        "We let Dr. Haddad know about your reaction to the drops.",
        "Dr. Haddad, who saw you Tuesday, loved this.",
        "Your surgeon Dr. Haddad will love reading this.",
        "Dr. Haddad remembers you.",
        "We let Dr. Kessler know your results came in.",
        "La Dra. Barrientos ya vio sus resultados.",
        "Le avisamos a la Dra. Cervantes de su receta.",
        "Thanks a bunch for your words about Dr. Quist, who did your knee replacement.",
        "Gracias por lo que escribió de la Dra. Saldívar, que la atendió en su parto.",
        "Dr. Okafor loved reading this and hopes to see you again soon.",
        "Your shout-out to Dr. Marchetti after your filling made her day.",
        # an unsaid "it" after the reader's care, a complaint or a record
        "Your biopsy came back benign. We let Dr. Haddad know.",
        "Sorry your appointment ran late. Dr. Haddad will read this.",
        "Lamentamos la espera. Ya le dejamos saber al Dr. Robles.",
        "Sorry about the wait. We let Dr. Haddad know.",
        # the reader among those who saw it, or a message to the reader's clinician
        "You and Dr. Haddad saw it.",
        "We got your message to Dr. Haddad about your refill.",
    ],
)
def test_care_records_or_the_readers_clinician_still_refuse(text):
    assert _privacy(text)


@FUZZ
@given(
    st.sampled_from(["Dr. Eklund", "La Dra. Iturbide", "Dr. Maldonado and Pita", "Nurse Greta"]),
    st.sampled_from(["will love reading this", "already saw it", "is going to read your review", "ya vio su mensaje"]),
)
def test_a_grid_of_staff_seeing_the_review_passes(staff, seeing):
    assert hits("PHI001", response(f"¡Gracias! {staff} {seeing}.")) == []


@FUZZ
@given(
    st.sampled_from(["We let Dr. Eklund know", "Le avisamos a la Dra. Iturbide", "Dr. Maldonado will read this"]),
    st.sampled_from([" about your biopsy.", " de sus resultados.", ", who treated you.", " — your scan was clear.", ", your surgeon."]),
)
def test_a_grid_of_the_courtesy_with_care_refuses(courtesy, after):
    assert hits("PHI001", response(courtesy + after))


@pytest.mark.parametrize(
    "unit",
    [
        "Dr. Okafor and Lottie both see it! Thanks for the kind words about Dr. Tennant. ",
        "Le avisamos a la Dra. Cervantes y a Itzel de su mensaje. ",
        "Dr. Dr. Dra. and and y y a a let let know saw vio about sobre ",
    ],
)
def test_the_reading_stays_linear(unit):
    def run(count):
        module.passings.cache_clear()
        text = unit * count
        return [module.recipient(text, m.start(), m.end()) or module.inside_passing(text, m.start(), m.end()) for m in _TITLED.finditer(text)]

    assert grows_linearly(module, run)
