"""Round 48, replies48: a reply telling what we did with the review itself passes PHI001 (passed_on.py).

"Le pasamos su recado a la Dra. <Name> y a <Name>", "se las leímos en voz alta a ...", "le compartimos sus palabras
al Dr. <Name>", "we passed your sweet words along a <Name> y a todo el front desk": what is passed on is the review, and
the staff named are its recipients, not anyone the reader dealt with. The same reply still refuses when it also tells
the reader's dealings ("..., who saw you Tuesday", "... que la operó"), when what is passed on is the reader's results,
chart, referral or prescription, and when the clinician is the reader's own ("your surgeon, Dr. <Name>"). And a thanks
for trusting us to write the review passes ("thanks for trusting us enough to post this"), while "thanks for
trusting us" and "gracias por confiar en <the practice>" still confirm the reader chose us for care. Every name here
is invented.
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
_TITLED = re.compile(r"Dra?\.? [A-Z]\w*|le pasamos")  # where the rule asks about a name or a sending


def _privacy(text: str) -> list:
    return hits("PHI001", response(text)) + hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        # Spanish, the clitic or the review named, one or more recipients, titled or not
        "¡Qué lindo! Le pasamos su mensajito a la Dra. Quintanilla y a Marisol; lo van a colgar en la sala de descanso.",
        "Ya le compartimos sus palabras a Yesenia y al Dr. Arredondo. ¡Mil gracias!",
        "¡Palabras tan bonitas! Se las leímos en voz alta al Dr. Ochoa y a Pancho en la junta.",
        "¡Gracias por escribir! Se lo hicimos llegar al Dr. Benavides y se puso feliz.",
        "Ya le pasé sus comentarios a la enfermera Rosalba y a la Dra. Treviño.",
        "Muchas gracias, ya compartimos su reseña con el Dr. Olvera y con nuestras enfermeras.",
        "¡Ay, gracias! Le pasamos sus porras a la higienista Maricela y al Dr. Fuentes, se pusieron felices.",
        "Gracias, ya le hicimos llegar su bonito mensaje a la Dra. Ibarra y a Chayito.",
        "Hemos compartido su reseña con el Dr. Montalvo y todo el personal.",
        "¡Gracias por escribir! Le vamos a pasar el mensaje a Marisela y a la Dra. Urquidi, que se van a poner felices.",
        "Le pasamos el recado a la Dra. Anzures y a su equipo. ¡Gracias!",
        # English
        "Thank you! We passed your message along to Dr. Whitfield and the nurses.",
        "We shared your review with Dr. Nakamura at this morning's huddle.",
        "We read your kind words aloud to Dr. Abernathy and the front desk team.",
        "We printed your review for Dr. Lindqvist and Tamsin at reception.",
        "We'll pass your lovely note along to Dr. Haverford and the gals at the front desk!",
        "Thank you!! We showed your review to Nurse Odette and Dr. Pham; they were beaming.",
        "Your sweet review was shared with Dr. Osei and our whole staff.",
        "Big thanks! We printed ur review and gave it to Dr. Kaur, it's on the fridge now lol",
        "We passed your note to Dr. Farouk, who was thrilled.",
        # Spanglish
        "Aww thank you!! We passed your sweet words along a Rocío y al front desk crew, she was grinning all afternoon.",
        "Gracias!! We shared tus palabras con la Dra. Salcedo y el equipo, todos felices.",
        "¡Gracias por las porras! Le pasamos su mensaje a Dr. Kowalski y a Brenda en recepción.",
        # trust given to write the review itself
        "Thanks so much for trusting us enough to post this; please call {{ contact.phone }}.",
        "Thank you for trusting us enough to tell us. Please call {{ contact.phone }}.",
        "Gracias por la confianza de escribirnos; llámenos al {{ contact.phone }}.",
        "Gracias por confiar en nosotros lo suficiente para contarnos esto.",
    ],
)
def test_the_review_passed_on_to_named_staff_passes(text):
    assert _privacy(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the reader's dealings besides
        "We passed your message to Dr. Whitfield, who saw you Tuesday.",
        "Le pasamos su mensaje a la Dra. Quintanilla que la operó.",
        "Ya le compartimos su reseña a la Dra. Quintanilla, quien la atendió el martes.",
        "We passed your note to the nurse who was with you.",
        "We shared your kind words with Dr. Nakamura, who remembers you well.",
        "Le pasamos su mensaje a la Dra. Arrieta y la esperamos en su próxima cita.",
        "We passed your message to Dr. Whitfield; see you at your follow-up!",
        "Ya le pasamos su mensaje a la Dra. Ochoa que le hizo la limpieza.",
        "Ya le pasamos su mensaje a la Dra. Anzures después de su limpieza.",
        "We passed your message to Dr. Lee after your appointment.",
        "We passed your note to Dr. Farouk, who delivered the baby.",
        "Le pasamos su mensaje a la Dra. Urquidi, que estaba feliz de verla otra vez.",
        "Ya le pasamos su mensaje a la Dra. Anzures y ya la agendamos para el viernes.",
        "We shared your words with Dr. Pham, who is so glad your knee is better.",
        # the reader's records, results, referral or prescription passed on
        "Ya le pasamos sus resultados al Dr. Arredondo.",
        "Le pasamos sus resultados al Dr. Arredondo.",
        "We forwarded your chart to Dr. Nakamura.",
        "Ya le enviamos su receta a la Dra. Casillas.",
        "We forwarded your referral to Dr. Lindqvist.",
        "Sus estudios llegaron ayer. Ya se los pasamos a la Dra. Treviño.",
        "Your labs came back, so we passed them along to Dr. Abernathy.",
        "Gracias por su mensaje. Ya se lo entregamos al personal de su trabajo.",
        # the clinician as the reader's own
        "We passed your message to your surgeon, Dr. Castellano.",
        "Le pasamos su mensaje a su cirujana, la Dra. Ochoa.",
        "Le pasamos su mensaje al Dr. Zepeda, su médico de cabecera.",
        "We shared your review with Dr. Osei, your son's pediatrician.",
        # trust in us for care
        "Thank you for trusting us!",
        "Gracias por confiar en Clínica del Valle.",
        "Thank you for trusting us enough to come back.",
        "Thanks for trusting us enough to tell us about your surgery.",
        "Gracias por la confianza de siempre.",
        "Thanks for trusting us to share your story.",
        "Gracias por confiar en nosotros para su parto.",
        "Thank you for trusting us to care for your mom.",
    ],
)
def test_the_readers_dealings_records_or_own_clinician_still_refuse(text):
    assert _privacy(text)


@FUZZ
@given(
    st.sampled_from(["Ya le pasamos", "Le compartimos", "Ya le hicimos llegar", "We passed", "We shared", "We read"]),
    st.sampled_from(["su mensaje", "sus lindas palabras", "su reseña", "your kind words", "your review"]),
    st.sampled_from(["a la Dra. Iturbide", "al Dr. Maldonado y a Pita", "to Dr. Eklund and the nurses", "with Nurse Greta"]),
)
def test_a_grid_of_the_review_passed_on_passes(verb, review, recipients):
    assert hits("PHI001", response(f"¡Gracias! {verb} {review} {recipients}.")) == []


@FUZZ
@given(
    st.sampled_from(["Ya le pasamos", "Le compartimos", "We passed", "We forwarded"]),
    st.sampled_from(["sus resultados", "su expediente", "su receta", "your chart", "your x-rays", "your referral"]),
    st.sampled_from(["a la Dra. Iturbide", "al Dr. Maldonado", "to Dr. Eklund", "with Nurse Greta"]),
)
def test_a_grid_of_records_passed_on_refuses(verb, thing, recipients):
    assert hits("PHI001", response(f"{verb} {thing} {recipients}."))


@FUZZ
@given(
    st.sampled_from(["We passed your message to Dr. Eklund", "Le pasamos su mensaje a la Dra. Iturbide"]),
    st.sampled_from([", who saw you Monday.", " que la operó.", ", your surgeon.", ", quien la atendió.", ", who remembers you."]),
)
def test_a_grid_of_the_passing_with_dealings_refuses(passing, after):
    assert hits("PHI001", response(passing + after))


@pytest.mark.parametrize(
    "unit",
    [
        "¡Palabras tan bonitas! Se las leímos en voz alta al Dr. Ochoa y a Pancho en la junta. ",
        "We passed your sweet words along to Dr. Pham, Nurse Odette, Tamsin and the front desk team, who were thrilled. ",
        "Le pasamos le pasamos a la a la y a y a Dr. Dr. Dra. that who que ",
    ],
)
def test_the_reading_stays_linear(unit):
    def run(count):
        module.passings.cache_clear()
        text = unit * count
        return [module.recipient(text, m.start(), m.end()) or module.inside_passing(text, m.start(), m.end()) for m in _TITLED.finditer(text)]

    assert grows_linearly(module, run)
