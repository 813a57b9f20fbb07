"""PHI007 identifier-number: a number that points at one person, known by its shape or by the label before it.

The shapes are in number_shapes.py, the labels in number_labels.py; where both see the same digits,
the shape is quoted and located, not the label before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ..context import Context
from ..registry import Hit, rule
from .common import distinct, texts
from .number_labels import in_link_keys, labelled
from .number_shapes import shaped

_DIGIT = lazyre.compile(r"\d")


def _identifiers(text, is_post: bool) -> Iterator[tuple[re.Match | tuple[int, int], str]]:
    """(span, message) for every identifier in one text."""
    yield from shaped(text.text)
    yield from labelled(text.text, is_post)
    if text.where.startswith("the link"):  # "?acct=A-77120-3&ssn4=7719": the key says what the value is
        yield from in_link_keys(text.text)


class _At:
    """A (start, end) span with the two methods distinct() and Text.show() need."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


@rule("PHI007", "identifier-number", serves="privacy", severity=Severity.ERROR, scope="document")
def identifier_number(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A Social Security, Medicare, record, member, policy, account, claim, device or plate number, or an IP address.

    What it flags:
        Identifiers by their shape, in any text, link or file name: Social
        Security numbers however grouped ("123-45-6789", "523 71 0846",
        "601.44.2287", an old Medicare number with a letter after it), and
        numbers masked but for their last digits ("XXX-XX-6789", "****4471");
        Medicare Beneficiary Identifiers (11 characters in fixed letter and
        digit places: "1EG4-TE5-MK72", with or without dashes); IP addresses
        (v4 and v6); numbers whose check digits say what they are (Mexico's
        CURP and RFC, Spain's DNI and NIE, an IBAN, a payment card, checked
        by python-stdnum). And numbers after a label, in English or Spanish,
        with a few words allowed between ("MRN 448812", "member ID: XJ4429",
        "su número de expediente es 0092-4471", written short on a slip: "exp. 4471", "número de miembro de
        Ambetter U7734019-01", "policy number UHC-9920431877", "SSN ending
        6789", "last 4 of your SSN (7719)", "claim no. 2027-11-00458"):
        record, chart, member, subscriber, policy, group, claim, account,
        ticket, Medicare and Medicaid numbers, and a number after a payer's or a state programme's own name
        ("your MassHealth 300 418 772", "su número de HUSKY (004829176)"); device serial and lot numbers
        ("Medtronic serial PJN604418S", "lote 4419-B"); a worker's employee or
        badge number right after its label, a crew's letters and all ("el empleado #40718", "gafete RX-40719", "badge
        20931"), not a desk's line ("Employee Health at 555-0100"); licence plates under
        their regional names too ("plate 7KXM492", "plate # 8FJR221",
        "placas RTK-48-22", "tablilla JKL-539", "matrícula 4821 KLM",
        "patente AB 123 CD", "chapa FL Y47-KRT" with its state's code); a plate later in the label's clause counts
        beside a vehicle ("la tablilla del carro ... es HRT-318"), not a
        splint's model ("una tablilla de aluminio modelo 4410-B"). Ordinary words used as labels
        ("account", "grupo", "caso") need a marker ("#", "no.", ":") or a
        number that looks like an identifier: four digits or more, not a
        year ("policy 2027") and not a count ("a record 1500 walkers"), and a phone given as a line to call or to reach
        someone on is a line ("our case manager can be reached at <phone>"), which PHI004 judges. A
        link's query key says what its value is: "?acct=A-77120-3",
        "?ssn4=7719". Lot numbers in a post about a recall pass, also as the last
        digits of a product's lot, batch or model ("lot numbers ending in 4417
        are being recalled", "COFEPRIS retira el lote terminado en 0873"), and so does a lot of
        ground ("the parking lot of 2200 Commerce Blvd", "el lote baldio 12"). A label
        word inside a job's or a desk's name labels nothing, and a phone after such a
        role is its line, for PHI004 to judge ("our patient navigator, at 312-555-0199",
        "llame a servicios al socio al 312-555-0199"; not "member ID 312-555-0199"), and so is a phone given to call or
        book on after a payer, above all in the next sentence ("Aceptamos Medicaid. Para reservar: 956-555-0171",
        "we accept Medicare; call 713-555-0145"; not "Medicaid #A1234567", "su póliza 88812-33"), and a line grouped as a
        phone right after a list of payers ("Aceptamos Medicare y Medicaid: 555-0100"). The labels
        are in rules/data/privacy.yml and privacy-identifiers.yml.

    Why:
        HIPAA lists Social Security, medical record, health plan, account,
        certificate and licence numbers, vehicle and device identifiers and
        IP addresses among the identifiers: each points at exactly one
        person. They have no place in a post or a reply, even partly masked.

    Examples:
        Triggers: `We found MRN 448812 in the scheduling notes.`
        Triggers: `Su número de expediente es 0092-4471.`
        Triggers: `Every login came from 73.162.44.19.`
        Passes: `Medicare Part B covers some bone density tests.`
    """
    is_post = isinstance(item, Post)
    for text in texts(item, ctx.plans, links=False):
        if not _DIGIT.search(text.text):
            continue
        found: list = []
        shapes: list = []  # a number known by its shape is quoted and located itself, not the label before it
        for where, message in _identifiers(text, is_post):
            span = where if isinstance(where, re.Match) else _At(*where)
            if isinstance(where, re.Match):
                shapes.append(span)
            elif any(s.start() < span.end() and span.start() < s.end() for s in shapes):
                continue
            found.append((span, message))
        messages = {id(span): message for span, message in found}
        for span in distinct(span for span, _ in found):
            yield text.hit(
                span.start(),
                messages[id(span)].format(text.show(span)),
                "No identifier belongs in published copy, not even the last digits.",
            )
