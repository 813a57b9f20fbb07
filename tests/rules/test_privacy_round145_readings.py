"""Round 145: what two fresh sets of Washington and Arizona posts and replies showed (first sight at d4d80d2).

Missed, and mended:
- a reply glad that we could get the reader's party back on the road after an urgent stop: our help or care done for
  the reader confirms a visit however it is worded. An ability said after joy happened ("so glad we could squeeze you
  in", "qué bueno que pudimos atenderla", "nos alegra que lo hayamos podido ver"); a mending or a return in the past
  happened without joy ("we patched you up", "our team got your whole crew back on the trail"). Read by seen_reader.py.
A wish, an offer, a present tense, a meeting at the fair or online, or words to the reader ("glad we could thank you
here", added in the re-read) pass; so does "con gusto podemos atenderle", an
offer, and "qué gusto saludarlos en la feria", which the Spanish reading of seen_reader.py had refused.
A clean text read as hostile, mended: praise of "gente así de entregada" (people that devoted) in a thank-you; "gente
así" alone (people like you) is still contempt (negatives.yml hostile_idioms).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, response


@pytest.mark.parametrize(
    "text",
    [
        "So happy we could squeeze you in before your flight home. Thanks for the stars!",
        "Glad we could stitch y'all up before the rodeo, and thank you for the sweet note.",
        "Thanks a bunch! We got y'all squared away and back on the highway by noon.",
        "Thanks! Our team got your whole crew back on the trail in an hour.",
        "We patched you up fast, and we're grateful for the kind words.",
        "Nos alegra que la hayamos podido ayudar tan rápido. ¡Mil gracias!",
        "Qué bueno que lo pudimos revisar ese mismo día. ¡Gracias!",
    ],
)
def test_our_help_done_for_the_reader_confirms_a_visit(text):
    assert errors("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the kind words! We'd be so glad if we could see you at our next open house.",
        "Thanks for the shout-out! Glad we could chat with you at the county fair booth.",
        "¡Gracias! Qué gusto que pudimos saludarlos en la feria del condado.",
        "Thank you! We were glad we could share the new hours with everyone this week.",
        "Gracias por sus palabras. Con gusto podemos atenderle si llama a la línea de la clínica.",
        "What a lovely note! We're so glad we could thank you properly here on the page.",
    ],
)
def test_a_wish_an_offer_or_a_meeting_at_the_fair_confirms_nothing(text):
    assert not errors("PHI001", response(text, scenario="positive-review"))


def test_people_that_devoted_is_praise():
    text = "¡Gracias por escribir! La brigada de vacunas no saldría cada sábado sin gente así de trabajadora."
    assert not errors("NEG003", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos su experiencia, pero con gente así es difícil ayudar. Llame al {{ contact.phone }}.",
        "Lamentamos su experiencia, pero con gente así de grosera es difícil ayudar. Llame al {{ contact.phone }}.",
    ],
)
def test_people_like_that_or_that_rude_is_still_contempt(text):
    assert errors("NEG003", response(text, scenario="negative-review"))
