"""NEG rules (guideline 2, address the negatives): tables of replies, in English and Spanish."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.bilingual import fold
from playbook.rules import get

from tests.rules.harness import PLANS, Cases, hits, response

NEG_REPLY = (
    "We're sorry to hear this, {{ reviewer }}. We'd like to understand what happened. "
    "Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }} so we can talk it through in private."
)
POS_REPLY = "Thank you for the kind words, {{ reviewer }}! We're glad to hear it, and we'll pass your note along to the team."
WAIT_REPLY = (
    "We're sorry about the wait, {{ reviewer }}. That sounds frustrating, and it's not the experience we want for anyone.\n\n"
    "{{ contact.name }} would like to hear more: {{ contact.phone }} or {{ contact.email }}."
)
MEDICAL_REPLY = "Sorry you're dealing with this pain, {{ reviewer }}. We can't give medical advice in the comments, but {{ contact.name }} can help you book a visit: {{ contact.phone }}."
ES_REPLY = "Lamentamos mucho lo que nos cuenta, {{ reviewer }}. Nos importa saber qué ocurrió. Por favor comuníquese con {{ contact.name }} al {{ contact.phone }} o escríbanos a {{ contact.email }}."
ES_WAIT = "Sentimos mucho la espera, {{ reviewer }}; no fue culpa suya. Llámenos al {{ contact.phone }} y lo revisamos con usted."
ROUTE = " Please call {{ contact.name }} at {{ contact.phone }}."
RUTA = " Llame a {{ contact.name }} al {{ contact.phone }}."


def positive(body: str = POS_REPLY):
    return response(body, scenario="positive-review", title="Thanks for a kind review")


CASES = {
    "NEG001": Cases(
        trigger=[
            "Thank you for your review. Please call {{ contact.name }} at {{ contact.phone }}.",
            "Our policy is to see patients in order of arrival. {{ contact.name }}: {{ contact.phone }}.",
            response("Thanks for writing. {{ contact.name }} can explain our billing: {{ contact.email }}.", scenario="billing"),
            response("Parking is behind the building. Questions? {{ contact.name }} at {{ contact.phone }}.", scenario="parking-and-access"),
            response("Please call {{ contact.name }} at {{ contact.phone }}.", scenario="wait-time"),
            "Hemos recibido su comentario y lo turnamos al área de calidad." + RUTA,
            "Nuestro horario de atención está publicado en la entrada." + RUTA,
            "We're not sorry for keeping to the schedule." + ROUTE,
            "We're sorry you feel that way." + ROUTE,
            "No pedimos disculpas por seguir el reglamento." + RUTA,
            "Lamentamos que usted lo perciba de esa manera." + RUTA,
            "We are not in a position to apologise for clinical decisions." + ROUTE,
        ],
        clean=[
            NEG_REPLY,
            WAIT_REPLY,
            ES_REPLY,
            ES_WAIT,
            response(MEDICAL_REPLY, scenario="medical-question-in-comments"),
            "That sounds frustrating, and we'd like to understand what happened. {{ contact.name }}: {{ contact.phone }}.",
            "We can't talk about anybody's treatment here, and we're truly sorry." + ROUTE,
            "We feel terrible that the call was dropped." + ROUTE,
            "Le pedimos disculpas por la confusión con su cita." + RUTA,
            "Qué pena leer esto; nos preocupa mucho." + RUTA,
            "Nos apena que la llamada se haya cortado." + RUTA,
            "Disculpe la demora en responder." + RUTA,
            "Lamentamos mucho su experiencia." + RUTA,  # accents are optional
            positive(),
            response("Thanks for your note, {{ reviewer }}.", scenario="neutral-review"),
            response("This comment has been hidden because it breaks our community rules.", scenario="rude-comment-or-spam"),
        ],
    ),
    "NEG002": Cases(
        trigger=[
            "We're sorry to hear this. Please get in touch.",
            "We're sorry. {{ contact.name }} would like to help.",
            "We're sorry. {{ contact.phone }}.",
            response("We apologise for the mix-up with your bill. Please send us a private message.", scenario="billing"),
            response("We hear you, and we take privacy very seriously.", scenario="privacy-worry"),
            "Lamentamos lo ocurrido. Envíenos un mensaje privado.",
            "Sentimos mucho la molestia. {{ contact.name }} quiere ayudarle.",
            "Lo sentimos. Escríbanos a quejas@otra-clinica.test.",
        ],
        clean=[
            NEG_REPLY,
            WAIT_REPLY,
            ES_REPLY,
            ES_WAIT,
            "We're sorry. Please email Patient Relations at care@example-ortho.test.",
            "We're sorry. Please call Patient Relations at 555-0100.",
            "We're sorry to hear this. {{contact.name}} is at {{contact.email}}.",
            "We're sorry. Please call us at {{ contact.phone }}.",
            "We're sorry. Our billing office can sort this out at billing@example-ortho.test.",
            "Lo sentimos. Comuníquese con nuestra gerente al {{ contact.phone }}.",
            "Lo sentimos mucho. Escribanos a {{ contact.email }}.",
            positive(),
            response("This comment was removed as spam.", scenario="rude-comment-or-spam"),
        ],
    ),
    "NEG003": Cases(
        trigger=[
            "This is a fake review and we have asked our lawyer to look at it.",
            "Please remove your review; it is defamatory.",
            "You should have arrived on time for your appointment.",
            "We're sorry, but you could've called ahead to cancel.",
            "We have no record of this, so you are lying.",
            "If this isn't taken down we will take legal action.",
            "Our staff did everything right. It was your fault for skipping the forms.",
            response("Spam like this is defamation and we will sue you.", scenario="rude-comment-or-spam"),
            "You showed up twenty minutes late and still expected to go first.",
            "We won't dignify this with a reply.",
            "Nobody else has complained, so the problem is clearly you.",
            "Your account of the visit is pure fiction.",
            "Esto es mentira y nuestro abogado ya lo sabe.",
            "Si no le parece, hay muchos otros consultorios en la ciudad.",
            "Le pedimos que retire esa reseña de inmediato.",
            "Usted llegó cuarenta minutos tarde y quería pasar primero.",
            "Es culpa suya por no traer los papeles.",
            "No vamos a perder el tiempo con comentarios así.",
            "Su comentario es falso y difamatorio.",
            "Nada de lo que escribe pasó.",
            "You're clearly mistaken about the time of your visit.",
            "Had you read the reminder text, you would have known.",
            "We will not tolerate defamation of our nurses.",
            "If you don't take this post down, you'll hear from our attorneys.",
            "Si no retira su comentario, tomaremos medidas.",
            "Esta publicación será reportada a Facebook.",
            "Our front desk team did nothing wrong.",
            "Puede atenderse en otra clínica si no le parece.",
        ],
        clean=[
            NEG_REPLY,
            WAIT_REPLY,
            ES_REPLY,
            ES_WAIT,
            positive(),
            "Thank you for taking the time to write. We'd like to hear more: {{ contact.name }}, {{ contact.phone }}.",
            "We're sorry. The problem lies with our phone system, and we're fixing it.",
            response("Sorry you're hurting. You should have a clinician look at it: {{ contact.name }} can help at {{ contact.phone }}.", scenario="medical-question-in-comments"),
            response(MEDICAL_REPLY, scenario="medical-question-in-comments"),
            "We're sorry, {{ reviewer }}. It was not your fault, and we want to make it right." + ROUTE,
            "We'd never ask anyone to take down a review. We're sorry, and we'd like to talk." + ROUTE,
            "We're sorry. None of this should have happened." + ROUTE,
            "We're sorry the wait meant lying on an exam table for so long." + ROUTE,
            "We're sorry. We won't discuss anyone's care in public, but we do want to help." + ROUTE,
            "Lo sentimos mucho; no es culpa suya." + RUTA,
            "Sentimos la espera. No vamos a discutir detalles de nadie en redes, pero queremos ayudarle." + RUTA,
            "Lamentamos lo ocurrido. Nada de esto debió pasar." + RUTA,
            positive("Thanks, Sue! We loved seeing you at the 5K."),
            "We're so sorry. You did nothing wrong, and we let you down." + ROUTE,
            "We're sorry. If you'd like to edit your review after we talk, that's up to you." + ROUTE,
            "We're sorry the outage hit you too; we've reported it to our phone company." + ROUTE,
        ],
    ),
    "NEG004": Cases(
        trigger=[
            "Sorry you're hurting! Try ibuprofen and ice it for a day.",
            "It sounds like you have a torn meniscus. {{ contact.name }} can help: {{ contact.phone }}.",
            "You need surgery on that knee, so book soon.",
            "Sorry about the side effects. Stop taking the pills and call us.",
            "We're sorry. You should take some Tylenol until your visit.",
            "If it still hurts, increase your dose and rest it.",
        ],
        clean=[
            NEG_REPLY,
            response(MEDICAL_REPLY, scenario="medical-question-in-comments"),
            "We can't give advice here, but {{ contact.name }} can help you book a visit.",
            "Please don't stop taking any medicine without talking to your clinician.",
            "We can't say whether you need surgery; a clinician who examines you can.",
            "You should take a look at our parking map before your visit.",
            positive(),
        ],
    ),
}


# --- focused tests ----------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("We're sorry.", "name {{ contact.name }} and add"),
        ("We're sorry. {{ contact.phone }}.", "Say who will help"),
        ("We're sorry. {{ contact.name }} wants to help.", "Add {{ contact.phone }} or {{ contact.email }}"),
    ],
)
def test_neg002_message_says_what_is_missing(body, expected):
    [hit] = hits("NEG002", body)
    assert expected in hit.message


def test_neg002_reads_the_contact_from_plans():
    # The harness practice's contact is Patient Relations, +1 555 0100, care@example-ortho.test.
    assert not hits("NEG002", "We're sorry. Patient Relations: +1 555 0100.")
    assert hits("NEG002", "We're sorry. Patient Relations: 555-0199.")
    # Any address at the practice's own domain reaches the practice; another domain does not.
    assert not hits("NEG002", "We're sorry. Please write to billing@example-ortho.test.")
    assert hits("NEG002", "We're sorry. Please write to billing@example-other.test.")


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        ("We're sorry. Please call Nell Ocampo, our office manager, at 555-0142.", False),
        ("Lo sentimos. Comuníquese con nuestra gerente al (555) 014-2000 ext. 3.", True),
        ("Lo sentimos mucho. Comuníquese con Nell Ocampo, nuestra gerente, al 555-0142.", False),
        ("We're sorry. Please call Nell Ocampo, our office manager, at 555-0177.", True),
    ],
)
def test_neg002_takes_any_of_the_practices_own_lines(body, refused):
    # A second office's or a manager's line in plans/practice.yml `phones:` is as private a route as the contact's.
    plans = replace(PLANS, practice=replace(PLANS.practice, phones=("555-0142",)))
    assert bool(hits("NEG002", body, plans=plans)) is refused


@pytest.mark.parametrize("body, hint", [("Gracias por su comentario." + RUTA, "Lamentamos"), ("Thank you for your comment." + ROUTE, "We're sorry")])
def test_neg001_hint_speaks_the_reply_language(body, hint):
    [hit] = hits("NEG001", body)
    assert hint in hit.hint


def test_neg001_is_an_error():
    # A reply that only states policy is a brush-off: it fails the build like a missing contact route.
    assert get("NEG001").severity.name == "ERROR"


def test_neg003_points_at_the_line_and_quotes_the_word():
    [hit] = hits("NEG003", "We're sorry to hear this.\n\nThis looks like a fake review to us.")
    assert hit.line == 10  # body starts on line 8
    assert "'fake review'" in hit.message


def test_neg003_quotes_the_original_spanish_text():
    [hit] = hits("NEG003", "Lo sentimos.\nPero esto es difamación.")
    assert hit.line == 9 and "'difamación'" in hit.message


def test_neg003_reports_each_phrase_once():
    found = hits("NEG003", "Remove your review or our lawyer will call.")
    assert [h.message.split("'")[1] for h in found] == ["Remove your review", "lawyer"]


def test_neg004_quotes_the_advice():
    found = hits("NEG004", "Sorry! Try ibuprofen and ice it.")
    assert [h.message.split("'")[1] for h in found] == ["Try ibuprofen", "ice it"]


# --- fuzzing ----------------------------------------------------------------

APOLOGIES = ["We're sorry", "We apologize", "Lamentamos mucho", "Sentimos mucho", "Le pedimos disculpas", "Nos apena", "Disculpe"]
HOSTILE = ["this review is fake", "our lawyer will hear of it", "remove your review", "you were late", "es mentira", "retire su reseña", "usted llegó tarde"]
FILLER = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz áéíóúñ,")), max_size=60)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_fold_keeps_every_offset(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["negative-review", "billing", "positive-review", "rude-comment-or-spam"]))
def test_neg_rules_never_raise_and_stay_in_the_body(body, scenario):
    template = response(body, scenario=scenario)
    last_line = template.body_line + body.count("\n")
    for code in ("NEG001", "NEG002", "NEG003", "NEG004"):
        for hit in hits(code, template):
            assert template.body_line <= hit.line <= last_line


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(APOLOGIES), FILLER, st.booleans())
def test_an_apology_counts_with_or_without_accents(apology, filler, strip):
    body = f"{apology}, {{{{ reviewer }}}}. {filler}." + RUTA
    body = _strip_accents(body) if strip else body
    assert not hits("NEG001", body)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(APOLOGIES), st.sampled_from(["We're not", "We will never", "No", "Nunca"]))
def test_a_denied_apology_does_not_count(apology, denial):
    body = f"{denial} {apology[0].lower()}{apology[1:]}." + ROUTE
    assert hits("NEG001", body), body


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(HOSTILE), FILLER, st.booleans())
def test_hostile_phrases_are_found_anywhere_in_a_kind_reply(phrase, filler, strip):
    body = f"We're sorry to read this. {filler}. Frankly, {phrase}." + ROUTE
    body = _strip_accents(body) if strip else body
    quoted = [_strip_accents(h.message.split("'")[1]).lower() for h in hits("NEG003", body)]
    assert quoted and all(q in _strip_accents(phrase).lower() for q in quoted), quoted
