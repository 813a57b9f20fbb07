"""Round 29 (replies29): reply stance gaps and review gating, read by shape.

Shapes: the practice seeing, meeting or having the reader said as something that happened (PHI001,
seen_reader.py); a procedure by its word ending, a finding on any part of the reader, the reader's
results (PHI002, care_shapes.py); a score split into ranges and a request not to post a concern
(FTC004). Every sentence here is invented and shares no content words with the corpus cases.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.honesty import review_gating
from playbook.rules.privacy.care_shapes import care_shapes
from playbook.rules.privacy.seen_reader import seen

from tests.rules.harness import hits, post, response
from tests.rules.test_privacy_qa import _steps
from tests.rules.work import steps

# The five made-up sentences of each shape (written before the code), and their opposites.
SEEN = [
    "Our hygienists always light up when they get to welcome you back.",
    "We enjoyed meeting your whole family.",
    "¡Siempre es un placer atenderla!",
    "The team saw you and was happy to help.",
    "It was a delight having y'all.",
]
NOT_SEEN = [
    "We look forward to meeting you at the spring fair.",
    "Será un placer conocerla cuando guste.",
    "It is our pleasure to serve you.",
    "Hope to welcome you at our open house next week.",
    "Nos encantaría conocerla en la feria del barrio.",
]
CARE = [
    "Sorry the meniscectomy took so long to settle down.",
    "Qué pena que la timpanoplastia le molestara tanto.",
    "Glad the bump under your arm was harmless.",
    "Nos alegra que la mancha en su mejilla no fuera nada.",
    "Sorry your latest labs were confusing.",
]
NOT_CARE = [
    "In general, a tympanoplasty is done as a day procedure; our front desk can explain more.",
    "Thanks for the kind words about our new parking lot!",
    "Gracias por escribirnos; para cualquier duda, llame al {{ contact.phone }}.",
    "Our lab team posts every update on the portal for all families.",
    "We're sorry this fell short; please call {{ contact.phone }} so we can listen.",
]
GATED = [
    "How did we do tonight? 9-10: tap the gold card and share us on Yelp! 1-6: tap the grey card so the manager can reach you privately.",
    "Si su experiencia le alegró el día, compártala en Facebook. Si algo no le gustó, le pedimos que no lo suba a redes y que lo hable con la gerente.",
    "Did our nurses brighten your week? Tell the world on Google! Did something bother you? Please don't put it online; take it to Ms. Varga at the desk.",
    "Califíquenos: 😀 9 o 10, deje su opinión en Google. 😕 0 a 8, díganos en privado qué mejorar.",
    "If heaven smiled on you here, post a kind word on Facebook. If instead something troubled you, we ask you not to share it, but bring it to Pastor Reyes.",
]
NOT_GATED = [
    "We'd love a review from everyone, happy or not! Leave yours on Google, and if you need anything, call the front desk.",
    "Every opinion helps: score us 0 to 10 on Google, whatever you felt.",
    "Deje su reseña en Google, sea buena o mala; si tiene dudas, hable con la recepción.",
    "Please don't post health details in a review; for anything personal, call us.",
    "Tell us how we did on Google, good or bad; we read every word.",
]


@pytest.mark.parametrize("text", SEEN)
def test_seeing_the_reader_confirms(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize("text", NOT_SEEN)
def test_seeing_ahead_is_an_invitation(text):
    assert not hits("PHI001", response(text))
    assert not list(seen(fold(text).text))


@pytest.mark.parametrize("text", CARE)
def test_care_by_its_shape_is_clinical(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize("text", NOT_CARE)
def test_general_and_kind_replies_pass(text):
    assert not hits("PHI002", response(text))


@pytest.mark.parametrize("text", GATED)
def test_split_routes_are_gating(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize("text", NOT_GATED)
def test_everyone_asked_alike_passes(text):
    assert not hits("FTC004", post(text))


def test_care_shapes_need_a_stem_and_a_possessive():
    assert care_shapes("the copy of the scope") == []
    assert care_shapes("a spot on the map for your car") == []
    assert [fold("el lunar de su espalda").text[a:b] for a, b in care_shapes(fold("el lunar de su espalda").text)] == ["lunar de su espalda"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["We loved {} you", "Such a joy {} you", "It was great {} you", "Everyone enjoyed {} y'all"]),
    st.sampled_from(["seeing", "meeting", "having", "welcoming", "caring for"]),
    st.sampled_from(["", ", {{ reviewer }}", " and the twins", " this spring"]),
)
def test_joy_before_seeing_grid(frame, verb, tail):
    assert hits("PHI001", response(frame.format(verb) + tail + "!"))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["We look forward to {} you", "We hope to {} you", "We'd be glad to {} you", "Can't wait to {} you"]),
    st.sampled_from(["see", "meet", "welcome"]),
    st.sampled_from([" at the fair", " at our open house", " at the library talk", ""]),  # "see you soon" is a set phrase (PHI001 confirms)
)
def test_seeing_ahead_grid(frame, verb, tail):
    assert not hits("PHI001", response(frame.format(verb) + tail + "."))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Glad the {} on your {} was harmless.", "Sorry the {} near your {} worried you.", "Qué bueno que el {} de su {} salió bien."]),
    st.sampled_from(["spot", "lump", "mole", "bulto", "lunar"]),
    st.sampled_from(["elbow", "scalp", "cuello", "rodilla", "chin"]),
)
def test_finding_on_any_part_grid(frame, finding, part):
    assert hits("PHI002", response(frame.format(finding, part)))


def test_seen_reading_is_linear():
    unit = "We loved seeing you. Hope to see you soon. Qué gusto verla. Será un gusto atenderla. It was nice to meet y'all. "
    small, large = _steps("PHI001", response(unit * 15)), _steps("PHI001", response(unit * 30))
    assert large < 2.3 * small


def test_care_shapes_reading_is_linear():
    unit = "Sorry the arthroplasty hurt. The spot on your ear. La ablación de su rodilla. Your results. In general a biopsy helps. "
    small, large = _steps("PHI002", response(unit * 15)), _steps("PHI002", response(unit * 30))
    assert large < 2.3 * small


def test_split_routes_reading_is_linear():
    unit = "9-10: share us on Google! 0 a 8: díganos en privado. If instead you have a concern, please don't post it; bring it to Ms. Ames. "
    small = steps(review_gating, lambda: hits("FTC004", post(unit * 15)))
    large = steps(review_gating, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small
