"""NEG rules (guideline 2, address the negatives): tables of replies."""

from __future__ import annotations


import pytest

from tests.rules.harness import Cases, hits, response

NEG_REPLY = (
    "We're sorry to hear this, {{ reviewer }}. We'd like to understand what happened. "
    "Please reach {{ contact.name }} at {{ contact.phone }} or {{ contact.email }} so we can talk it through in private."
)
POS_REPLY = "Thank you for the kind words, {{ reviewer }}! We're glad to hear it, and we'll pass your note along to the team."
WAIT_REPLY = (
    "We're sorry about the wait, {{ reviewer }}. That sounds frustrating, and it's not the experience we want for anyone.\n\n"
    "{{ contact.name }} would like to hear more: {{ contact.phone }} or {{ contact.email }}."
)
MEDICAL_REPLY = (
    "Sorry you're dealing with this pain, {{ reviewer }}. We can't give medical advice in the comments, "
    "but {{ contact.name }} can help you book a visit: {{ contact.phone }}."
)


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
        ],
        clean=[
            NEG_REPLY,
            WAIT_REPLY,
            response(MEDICAL_REPLY, scenario="medical-question-in-comments"),
            "That sounds frustrating, and we'd like to understand what happened. {{ contact.name }}: {{ contact.phone }}.",
            positive(),
            response("Thanks for your note, {{ reviewer }}.", scenario="neutral-review"),
            response("This comment has been hidden because it breaks our community rules.", scenario="rude-comment-or-spam"),
        ],
    ),
    "NEG002": Cases(
        trigger=[
            "We're sorry to hear this. Please get in touch.",
            "We're sorry. Call us at {{ contact.phone }}.",
            "We're sorry. {{ contact.name }} would like to help.",
            response("We apologise for the mix-up with your bill. Please send us a private message.", scenario="billing"),
            response("We hear you, and we take privacy very seriously.", scenario="privacy-worry"),
        ],
        clean=[
            NEG_REPLY,
            WAIT_REPLY,
            "We're sorry. Please email Patient Relations at care@example-ortho.test.",
            "We're sorry. Please call Patient Relations at 555-0100.",
            "We're sorry to hear this. {{contact.name}} is at {{contact.email}}.",
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
        ],
        clean=[
            NEG_REPLY,
            WAIT_REPLY,
            positive(),
            "Thank you for taking the time to write. We'd like to hear more: {{ contact.name }}, {{ contact.phone }}.",
            "We're sorry. The problem lies with our phone system, and we're fixing it.",
            response("Sorry you're hurting. You should have a clinician look at it: {{ contact.name }} can help at {{ contact.phone }}.", scenario="medical-question-in-comments"),
            response(MEDICAL_REPLY, scenario="medical-question-in-comments"),
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
        ("We're sorry. Call {{ contact.phone }}.", "Say who will help"),
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


def test_neg003_points_at_the_line_and_quotes_the_word():
    [hit] = hits("NEG003", "We're sorry to hear this.\n\nThis looks like a fake review to us.")
    assert hit.line == 10  # body starts on line 8
    assert "'fake review'" in hit.message


def test_neg004_quotes_the_advice():
    found = hits("NEG004", "Sorry! Try ibuprofen and ice it.")
    assert [h.message.split("'")[1] for h in found] == ["Try ibuprofen", "ice it"]
