"""Round 51, reader turns: a clinician named in a reply that speaks of its reader only in set turns passes PHI001.

A reply that only thanks its reader, speaks of their review, offers them a talk or sends them greetings tells nothing
of their care, so the clinician it names ("Dr. <Name>, our director, reads every concern", "se las compartimos al
Dr. <Name> y le mandan un abrazo") is the one praised or the one who will hear of it (reader_mentions.py). Any other
mention of the reader ("you're still sore", "yours needed three", "le pedimos una disculpa", "su llamada") keeps the
clinician refused, and so does a sentence about the reader's past or records. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import reader_mentions as module

from tests.rules.harness import hits, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        # the reader only thanked, their review spoken of, a talk offered, greetings sent
        "Thank you for writing! Dr. Quillen, our medical director, reads every single concern herself. Please call {{ contact.phone }}.",
        "We're so sorry to read this. Dr. Ambrosia Teague, who runs our clinic, hopes to hear from you; our line is {{ contact.phone }}.",
        "Thanks a million! Dr. Okonkwo and Tibby are printing this one for the break room.",
        "¡Mil gracias! Sus palabras ya se las pasamos a Chela y al Dr. Barragán, y los dos le mandan un abrazo.",
        "¡Qué bonito! Ya le dejamos saber al Dr. Irigoyen y a Maite. ¡Bendiciones para usted y los suyos!",
        "Appreciate you! Dr. Feld says this made her whole week. Wishing you a great spring.",
        "Gracias por su reseña tan linda. La Dra. Solórzano la leyó en la junta. ¡Que tenga un excelente día!",
        "Sentimos que su experiencia no fuera buena. Llame a nuestra gerente Toña o al Dr. Bermúdez al {{ contact.phone }} y con gusto le atienden.",
        "We're sorry your experience fell short. Dr. Quillen or our manager can take your call at {{ contact.phone }}.",
        "If you'd ever like to chat, call us. Dr. Prewitt reads every bit of feedback we get. Thank you!",
    ],
)
def test_a_clinician_beside_only_set_turns_passes(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # any other mention of the reader keeps the clinician refused
        "We're sorry you're still sore. Please call and ask for Dr. Quillen today.",
        "Sorry you felt rushed. Dr. Teague just wants to see those numbers come down.",
        "Señora, le pedimos una disculpa. El jueves el Dr. Barragán se atrasó mucho.",
        "Qué bueno que pudo hablar con la Dra. Solórzano; su llamada quedó registrada.",
        "Yours needed three rounds. Dr. Feld is pleased with how it is going.",
        "Thank you! Dr. Okonkwo enjoyed meeting you.",
        "We're sorry your experience with Dr. Quillen felt rushed.",
        "Lamentamos que su experiencia en el consultorio del Dr. Bermúdez no fuera buena.",
        "Gracias por escribir. La Dra. Ibarra le manda saludos y espera verla pronto en su control.",
        # the reader's past or records in the clinician's own sentence
        "Thank you for the kind words! Dr. Prewitt was so glad to help.",
        "Thanks! Dr. Prewitt remembers you fondly.",
        "¡Gracias por sus palabras! La Dra. Ibarra ya revisó sus resultados.",
    ],
)
def test_other_mentions_of_the_reader_keep_the_clinician_refused(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué detalle! Ya les pasamos el mensaje a las muchachas.",
        "¡Qué comentario tan lindo! Ya se lo enseñamos a Chabela y a la Dra. Urquidi.",
        "¡Qué bonito! Ya le dejamos saber al Dr. Arteaga y a Nena.",
    ],
)
def test_the_review_passed_on_to_staff_named_passes(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize(
    "text",
    ["Ya le enviamos el papeleo.", "Ya le mandamos la receta a su esposa.", "Ya le cambiamos la cita al Dr. Arteaga.", "Ya se lo mandamos a su escuela."],
)
def test_a_sending_done_for_the_reader_still_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Thank you so much for your lovely review!", True),
        ("We hear you, and we'd love to talk with you.", True),
        ("Ya le dejamos saber al Dr. Robles.", True),
        ("Sorry you waited.", False),
        ("You've been a joy.", False),
        ("Le guardamos la cita del martes.", False),
        ("Le pedimos una disculpa.", True),  # a courtesy of privacy-stance.yml's list, as stance.reader_marks reads it
        ("Gracias por sus lindas palabras.", True),
        ("We looked into your case.", False),  # stance passes "your case" as a review noun; here it is the reader's
        ("Ya vimos su caso.", False),
        ("¡Qué bonito! Y les alegró el día a las muchachas.", True),  # "les": our staff, a review has one writer
        ("Hope you feel better soon.", False),
    ],
)
def test_only_set_turns(text, only):
    assert module.only_set_turns(text) is only


@FUZZ
@given(
    st.sampled_from(["Thank you for the kind words!", "¡Gracias por sus palabras!", "We appreciate you taking the time."]),
    st.sampled_from(["Dr. Ledbetter", "La Dra. Yáñez", "Dr. Kimura and Pip"]),
    st.sampled_from(["", " Wishing you a lovely week.", " ¡Un abrazo para usted!"]),
)
def test_a_grid_of_praise_with_a_clinician_passes(thanks, clinician, wish):
    assert hits("PHI001", response(f"{thanks} {clinician} will be thrilled to see this.{wish}")) == []


@FUZZ
@given(
    st.sampled_from(["Dr. Ledbetter", "La Dra. Yáñez"]),
    st.sampled_from(["Sorry you had a rough morning.", "Glad you're feeling stronger.", "Su pierna ya se ve mejor.", "You were so brave."]),
)
def test_a_grid_of_the_reader_spoken_of_refuses(clinician, about):
    assert hits("PHI001", response(f"Thank you! {about} {clinician} will be thrilled to see this."))


@pytest.mark.parametrize("unit", ["Thank you for your kind words! ", "you le su usted le dejamos saber al a ", "if you'd like send you hugs "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.only_set_turns(unit * count))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry. Slow phones are not how we want to work. Please call {{ contact.phone }} and ask for Dr. Pennock.",
        "Lo sentimos mucho. Llame al {{ contact.phone }} y pregunte por la Dra. Arizmendi o por Chayo.",
        "We hear you. Ring 555-0142 and ask for Dr. Pennock or our lead, Toby.",
    ],
)
def test_the_clinician_to_ask_for_on_the_line_passes(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please call {{ contact.phone }} and ask for Dr. Pennock, who saw you.",
        "Call {{ contact.phone }} and ask for Dr. Pennock about your results.",
        "Ask for Dr. Pennock next time you come in.",
        "Llame y pregunte por la Dra. Arizmendi, que la atendió.",
    ],
)
def test_the_clinician_to_ask_for_with_the_readers_care_still_refuses(text):
    assert hits("PHI001", response(text))
