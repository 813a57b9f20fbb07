"""PHI001-PHI002: what a reply to a review says about the reader's own care."""

from __future__ import annotations

import re
from typing import Iterator

from ...findings import Severity
from ...model import ResponseTemplate
from ...text import alternation, phrase_pattern
from ..registry import Hit, rule
from .common import CLINICAL, WORDS, distinct, texts

# --- PHI001 confirms-patient ---------------------------------------------------------------------------

_CONFIRMS = phrase_pattern(WORDS["confirms_patient"])
_YOUR_CARE = re.compile(
    rf"(?<![\w-])your\s+(?:(?:{alternation(WORDS['family_members'])})['’]s\s+)?"
    rf"(?:(?:{alternation(WORDS['care_modifiers'])})[\s-]+){{0,2}}(?:{alternation(WORDS['care_nouns'])})(?![\w-])",
    re.IGNORECASE,
)
_CLINICIAN = re.compile(r"(?<![\w.])(?:Dr\.?|Doctor)[ \t]+[A-Z][\w'’-]*")
OFFLINE_HINT = (
    "Keep the reply general (no visit, care, bill or timing), and invite the reviewer to contact "
    "{{ contact.name }} at {{ contact.phone }}, where details can be discussed privately."
)


@rule("PHI001", "confirms-patient", serves="privacy", severity=Severity.ERROR, scope="response")
def confirms_patient(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply that confirms or hints that the reviewer is a patient.

    What it flags:
        Words in a response template that only make sense if the reviewer was
        cared for here: "your visit", "your last appointment", "your missed
        appointments", "your knee surgery", "your bill", "your MRI", "your
        doctor", "your daughter's cast"; a clinician by name ("Dr. Chen");
        "our records show", "when you came in", "you were seen",
        "during your stay", "as our patient", "you missed", "you cancelled",
        "you had to wait", "thanks for choosing us", "get well soon". Only the
        body is read (the title is an internal label), and HTML comments are
        skipped because they are notes to the author, not part of the reply.
        Posts are not checked: a post speaks to the public, so "book your
        visit" there is an invitation, not a disclosure.

    Why:
        Under HIPAA, the fact that someone is a patient is itself protected.
        A reviewer may say anything about themselves; the practice may not
        confirm it. Regulators have fined practices for replies that did no
        more than mention the reviewer's appointments. A safe reply is
        sympathetic and general and moves the conversation offline.

    Examples:
        Triggers: `We're sorry about the wait during your visit last Tuesday.`
        Triggers: `Our records show you missed two appointments.`
        Passes: `We're sorry to hear this. Please call {{ contact.name }} at {{ contact.phone }} so we can talk privately.`
    """
    for text in texts(template, body_only=True, comments=False):
        for match in distinct([*_CONFIRMS.finditer(text.text), *_YOUR_CARE.finditer(text.text), *_CLINICIAN.finditer(text.text)]):
            if match.re is _CLINICIAN:
                message = f"Remove '{text.show(match)}': naming a clinician in a reply ties the reviewer to their care"
            else:
                message = f"Remove '{text.show(match)}': a reply must not confirm or hint that the reviewer is a patient"
            yield text.hit(match.start(), message, OFFLINE_HINT)


# --- PHI002 clinical-detail-in-response -----------------------------------------------------------------

_MONEY = re.compile(r"(?<![\w$])\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?|(?<![\w.,])\d[\d,]*(?:\.\d{2})?\s?(?:dollars|USD|bucks)(?!\w)", re.IGNORECASE)


@rule("PHI002", "clinical-detail-in-response", serves="privacy", severity=Severity.ERROR, scope="response")
def clinical_detail_in_response(template: ResponseTemplate, ctx) -> Iterator[Hit]:
    """A reply that mentions a diagnosis, treatment, medicine, insurance or money.

    What it flags:
        Clinical, insurance and billing words in the body of a response
        template, from the `clinical_terms` list in rules/data/privacy.yml:
        diagnoses and injuries ("ACL", "fracture", "arthritis"), mental
        health ("depression", "anxiety", "bipolar"), procedures and tests
        ("surgery", "physical therapy", "MRI", "treatment plan"), medicines
        ("prescription", "opioid"), insurance and money ("Medicaid",
        "insurance", "copay", "deductible", "balance"), and any amount of
        money ("$1,200", "300 dollars").

    Why:
        A reply sits under the review it answers. Next to "my knee still
        hurts", even a general sentence about knee surgery or insurance reads
        as a statement about the reviewer's care. Enforcement cases have
        turned on replies that named a reviewer's condition, treatment plan
        or bill. The reply should say none of it and offer a private route.

    Examples:
        Triggers: `Physical therapy after an ACL repair often takes months.`
        Triggers: `The $1,200 balance reflects your deductible.`
        Passes: `We're sorry things fell short. Please call {{ contact.phone }} so we can help.`
    """
    for text in texts(template, body_only=True, comments=False):
        for match in distinct([*CLINICAL.finditer(text.text), *_MONEY.finditer(text.text)]):
            term = text.show(match)
            yield text.hit(
                match.start(),
                f"Remove '{term}': a reply must not mention diagnoses, treatments, medicines, insurance or money, even in general terms",
                "Under a review, any clinical or billing detail reads as a fact about the reviewer. "
                "Say you're sorry, say nothing about care, and offer {{ contact.name }} at {{ contact.phone }}.",
            )
