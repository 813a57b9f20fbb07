"""Identifier numbers after a label ("MRN 448812", "su número de expediente es 0092-4471", "lot 4419-B", "plate 7KXM492") and in a link's query keys.

A label is an ordinary word, so the number after it must look like an identifier (not a year, a
count or a measure) for the kind of label it follows; PHI007 (numbers.py) reports what is found here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .common import DASHES, WORDS, blood_pressures, folded, within
from .one_person import ONE_PERSON, PERSON_ES
from .staff_roles import PHONE, is_role, role_line

IDS = wordlist("privacy-identifiers")

# Labels: the English lists in privacy.yml and the English and Spanish ones in privacy-identifiers.yml.
_KINDS = {}
for _kind, _phrases in (
    ("weak", (*WORDS["identifier_labels_weak"], *IDS["id_labels_weak"])),
    ("strong", (*WORDS["identifier_labels_strong"], *IDS["id_labels_strong"])),
    ("plate", IDS["plate_labels"]),
    ("device", IDS["device_labels"]),
    ("worker", IDS["worker_labels"]),
):
    for _phrase in folded(_phrases):
        _KINDS[" ".join(_phrase.lower().split())] = _kind
# A payer by its name is a weak label too ("your HUSKY number 004829176", "su tarjeta de TennCare 7720..."); a payer
# whose name is also a word only as written ("Humana", not "humana"; "CHIP", not "chip")
_PAYERS = [p for p in folded(wordlist("privacy-stance")["payers"]) if " ".join(p.lower().split()) not in _KINDS]
_PAYERS_AS_WRITTEN = [p for p in folded(wordlist("privacy-stance")["payers_as_written"]) if " ".join(p.lower().split()) not in _KINDS]
_AS_WRITTEN = frozenset(" ".join(p.lower().split()) for p in _PAYERS_AS_WRITTEN)
for _phrase in (*_PAYERS, *_PAYERS_AS_WRITTEN):
    _KINDS.setdefault(" ".join(_phrase.lower().split()), "weak")
_LABEL = lazyre.compile(rf"(?<![\w/-])(?:(?i:{alternation(k for k in _KINDS if k not in _AS_WRITTEN)})|{alternation(_PAYERS_AS_WRITTEN)})(?![A-Za-z'’-]|/[A-Za-z])\.?")
_NOT_PERSON_ID = lazyre.compile(rf"(?<![\w-])(?i:{alternation(folded(IDS['not_person_ids']))})[ \t]*$")
_FILLER = frozenset(w.lower() for w in folded(IDS["id_filler"]))
_QUANTITY = frozenset(w.lower() for w in folded(IDS["quantity_words"]))
_RECALL = phrase_pattern(folded(IDS["recall_words"]))
_THEIRS = lazyre.compile(r"(?<![\w-])(?i:hers|his|theirs)(?![\w-])")
_PRODUCT_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(folded(IDS['product_id_nouns']))})[ \t]*(?:\([ \t]*)?$")
_VEHICLE = phrase_pattern(folded(IDS["vehicle_words"]))
_LOT_LAND = lazyre.compile(rf"(?<![\w-])(?i:{alternation(folded(IDS['lot_as_land']))})[ \t]+$")
_MARKER = lazyre.compile(r"(?:#|:|=|(?i:no|nro|num|nbr|number|numero)\.?(?![\w])|(?i:ID)(?![\w]))")
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’.&]*(?<!\.)")
_TOKEN = lazyre.compile(rf"#?((?=[A-Za-z0-9./{DASHES}]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[./{DASHES}](?=[A-Za-z0-9])|(?<=\d)[ \t](?=\d))*)(?![\w-])")
_SPACE = lazyre.compile(r"[ \t]*(?:\r?\n[ \t]*)?[(\[]?[ \t]*")  # one line break may sit between: "serial\n2291K0H7Q"
_PLATE = lazyre.compile(rf"((?=[A-Z0-9 {DASHES}]*\d)[A-Z0-9]{{1,4}}(?:[ {DASHES}][A-Z0-9]{{1,5}}){{1,2}})(?![\w-])")
_WORKER_GAP = lazyre.compile(r"(?:[ \t#:]|(?i:no|nro|num|number|numero|n[uú]mero|id|is|es|was|era)\b\.?)*")
_YEAR = lazyre.compile(r"(?:19|20)\d\d")
_WORKER_ID = lazyre.compile(r"[A-Za-z]{0,3}\d+")  # a site's or a crew's letters, then the worker's digits
# A label's period that ends its sentence: "Aceptamos Medicaid. Para reservar: <phone>" ("Acct. 55123" goes on).
# A next sentence that opens on a word, or on a house number and its street ("... and Medicare. 1120 Pine St": no member's number)
_SENTENCE_AFTER = lazyre.compile(r"[ \t]*(?:\r?\n[ \t]*)*[¿¡\"“(]?(?:[A-Z][a-z]|\d{1,5}[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][a-z])")
_CALL = lazyre.compile(rf"(?<![\w-])(?i:{alternation(folded(IDS['call_words']))})(?![\w-])")
_YEARS = lazyre.compile(rf"(?:19|20)\d\d[/{DASHES}](?:19|20)?\d\d")


def _is_date_or_years(value: str) -> bool:
    """'2027-2028', '01/05/2027', '2027-01-05', '18.07.27', '03/2027': a span of years, a calendar date or a month's (an expiry's)."""
    if _YEARS.fullmatch(value):
        return True
    parts = re.split(rf"[./{DASHES}]", value)
    if len(parts) == 2 and parts[0].isdigit() and 1 <= int(parts[0]) <= 12 and _YEAR.fullmatch(parts[1]):
        return True
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    if len(parts[0]) == 4:
        parts = parts[1:] + parts[:1]
    a, b, year = (int(p) for p in parts)
    return len(parts[2]) in (2, 4) and (1 <= a <= 12 and 1 <= b <= 31 or 1 <= b <= 12 and 1 <= a <= 31)


_NEXT_WORD = lazyre.compile(r"[ \t]*(%|[A-Za-z]+)")


def _number_after(text: str, start: int, plate: bool = False) -> tuple[re.Match | None, bool]:
    """The number a label at `start` introduces, and whether a marker ('#', 'no.', ':') came first.

    Between the label and the number may sit markers, a few filler words ("su número de
    expediente es ...") and one capitalised name (a payer or a maker: "de Molina", "Stryker").
    Bounded: at most six steps, so a long text stays linear.
    """
    pos, marked, names = start, False, 0
    for _ in range(6):
        pos = _SPACE.match(text, pos).end()
        token = (plate and _PLATE.match(text, pos)) or _TOKEN.match(text, pos)
        if token:
            return token, marked
        marker = _MARKER.match(text, pos)
        if marker:
            marked, pos = True, marker.end()
            continue
        word = _WORD.match(text, pos)
        if not word:
            return None, marked
        if word.group(0).lower() in _FILLER:
            pos = word.end()
        elif word.group(0)[0].isupper() and names == 0:
            names, pos = 1, word.end()
        else:
            return None, marked
        pos = text.find(",", pos, pos + 1) + 1 or pos  # "Ambetter, U7734019-01"
    return None, marked


_CLAUSE_END = lazyre.compile(r"[.;!?\n]|,[ \t]+(?:and|but|y|pero)\b")
_CODE = lazyre.compile(rf"(?<![\w-])[A-Za-z0-9]+(?:[{DASHES}][A-Za-z0-9]+)*(?![\w-])")


def _code_in_clause(text: str, start: int, reach: int = 60) -> re.Match | None:
    """A code later in the label's clause: four digits or more with letters or dashes ("MMT-7719-X4402"), or six digits."""
    end = _CLAUSE_END.search(text, start, start + reach)
    for code in _CODE.finditer(text, start, end.start() if end else min(len(text), start + reach)):
        value = code.group(0)
        digits = sum(c.isdigit() for c in value)
        if digits >= 6 or digits >= 4 and not value.isdigit() and not _is_date_or_years(value) and not _age_range(text, code):
            return _TOKEN.match(text, code.start())
    return None


# A range of ages or grades: "Group for ages 13-17", "for 13-to-17-year-olds", "edades 8-12" (not "member ID 04-17 33-82")
_RANGE = lazyre.compile(rf"\d{{1,2}}(?:[{DASHES}]|[{DASHES}]?(?i:to|a)[{DASHES}]?)\d{{1,2}}(?P<years>[{DASHES}]?(?i:year-olds?|years?-old|yo|y/o|anos|años))?")
_AGES_BEFORE = lazyre.compile(r"(?<![\w-])(?i:ages?|aged|grades?|edades?|grados?|entre|between)[ \t]+$")


def _age_range(text: str, code: re.Match) -> bool:
    """Whether the code is a range of ages or grades, said so by its word before or its years after."""
    found = _RANGE.fullmatch(code.group(0))
    return bool(found) and (found.group("years") is not None or _AGES_BEFORE.search(text, max(0, code.start() - 12), code.start()) is not None)


def _plate_in_clause(text: str, start: int, reach: int = 60) -> re.Match | None:
    """A plate later in the label's clause: upper-case letters and two digits or more, five to nine characters ("HRT-318")."""
    end = _CLAUSE_END.search(text, start, start + reach)
    for code in _CODE.finditer(text, start, end.start() if end else min(len(text), start + reach)):
        value = code.group(0)
        compact = re.sub(rf"[{DASHES}]", "", value)
        if value.upper() == value and 5 <= len(compact) <= 9 and sum(c.isdigit() for c in compact) >= 2 and not compact.isdigit():
            return _TOKEN.match(text, code.start())
    return None


def _is_land(text: str, label: re.Match, token: re.Match) -> bool:
    """A "lot" of ground, not of a product: "parking lot", "el lote baldio", or a lot followed by a street address."""
    if label.group(0).lower() not in ("lot", "lote", "lots", "lotes"):
        return False
    if _LOT_LAND.search(text, max(0, label.start() - 30), label.start()):
        return True
    return bool(_STREET_AFTER.match(text, token.end()))


_STREET_AFTER = lazyre.compile(rf"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])")


def _looks_like_identifier(text: str, token: re.Match, kind: str, marked: bool) -> bool:
    """Whether the number after a label is an identifier, not a year, a count or a measure."""
    value = token.group(1)
    compact = re.sub(rf"[\s./{DASHES}]", "", value)
    digits = sum(c.isdigit() for c in compact)
    if _is_date_or_years(value):
        return False  # "the plan for 2027-2028", "claim 01/05/2027": dates are PHI008's
    if compact.isdigit():
        if _YEAR.fullmatch(compact):
            return False  # "policy 2027", "member since 2019"
        after = _NEXT_WORD.match(text, token.end())
        if after and (after.group(1) == "%" or after.group(1).lower() in _QUANTITY):
            return False  # "a record 1500 walkers"
    if kind == "plate":
        return 5 <= len(compact) <= 9 and digits >= 2
    if kind == "device":  # "lot 4419-B", "REF 6541-2-512"; not "parking lot 300 spaces"
        return marked or digits >= 4 or (digits >= 2 and digits < len(compact))
    if kind == "worker":  # "empleado #40718", "badge 20931", "gafete TC-55821"; not "employee 1" nor "our 401k"
        return _WORKER_ID.fullmatch(compact) is not None and (digits >= 4 or marked and digits >= 3)
    if kind == "weak" and not marked:
        return digits >= 4 or (digits >= 3 and len(compact) >= 5)
    return len(compact) >= 3 and digits >= 1 and (digits >= 3 or marked or kind == "strong")


_ID_KEYS = tuple(re.sub(r"[^a-z0-9]", "", k.lower()) for k in folded(IDS["id_keys"])) + ("patient",)
_PAIR = lazyre.compile(r"(?:^|; )([a-z0-9 ]{1,40}): ([^;]*)")

MESSAGES = {
    "device": "Remove the serial or lot number '{}': a device's serial points at the one patient who carries it",
    "plate": "Remove the licence plate '{}': a vehicle's plate identifies its owner",
    "worker": "Remove the employee or badge number '{}': it points at one worker and tells whose care it was",
    "label": "Remove '{}': Social Security, record, member, policy, account and claim numbers identify a patient",
}


_PAYER_KEYS = frozenset((*(" ".join(p.lower().split()) for p in (*_PAYERS, *_PAYERS_AS_WRITTEN)), "medicare", "medicaid"))
_LOCAL_LINE = lazyre.compile(r"\d{3}[ \t.-]\d{4}")


def _phone_around(body: str, token: re.Match) -> re.Match | None:
    """The North American line the token is part of, its area code in brackets before it or not ("(915) 555-0121" read from "555")."""
    phone = PHONE.search(body, max(0, token.start() - 7), min(len(body), token.end() + 12))
    return phone if phone is not None and phone.start() <= token.start() and phone.end() >= token.end() else None


def _phone_shaped(body: str, token: re.Match) -> bool:
    """A number grouped as a North American line, with its area code or without ("555-0100")."""
    return _LOCAL_LINE.fullmatch(token.group(1)) is not None or _phone_around(body, token) is not None


def _called(body: str, label: re.Match, token: re.Match) -> bool:
    """Whether the number a label reaches is a phone given as a line to call or book on, a calling word between them
    ("Medicaid, y para reservar llame al <phone>") or words and "at" ("group fit testing at <phone>"); a number right
    after its label stays the label's ("Medicaid ID <phone-shaped>")."""
    phone = _phone_around(body, token)
    return phone is not None and (_CALL.search(body, label.end(), phone.start()) is not None or _AT_LINE.match(body, label.end(), phone.start()) is not None)


# A label's word, more words, then "at" and a line ("employers can book group fit testing at <phone>", "group classes at
# <phone>"): a line one reaches us at; a member's number follows its label ("group number 88123"), not "at".
_AT_LINE = lazyre.compile(r"[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,3}(?i:at|al)[ \t]+\(?$")


def labelled(body: str, is_post: bool) -> Iterator[tuple[tuple[int, int], str]]:
    """(span, message) for every identifier a label introduces."""
    bounds = None
    pressures: list[tuple[int, int]] | None = None
    for label in _LABEL.finditer(body):
        kind = _KINDS.get(" ".join(label.group(0).lower().rstrip(".").split()), "strong")
        if _NOT_PERSON_ID.search(body, max(0, label.start() - 16), label.start()) or is_role(body, label):
            continue  # "Zoom meeting ID 845 2210 9931"; "our patient advocate", "servicios al socio": a job, a desk
        if label.group(0).endswith(".") and _SENTENCE_AFTER.match(body, label.end()):
            continue  # "Aceptamos Medicare y Medicaid. Para reservar: <phone>": the payer ends its sentence, the next one has no label
        token, marked = _number_after(body, label.end(), kind == "plate")
        if kind == "worker" and not (token and _WORKER_GAP.fullmatch(body, label.end(), token.start())):
            continue  # "call Employee Health at 555-0100": only a number right after a worker's label is theirs
        if not token:  # "el número de serie de su bomba es MMT-7719-X4402": a code later in the clause
            token, marked = (_plate_in_clause if kind == "plate" else _code_in_clause)(body, label.end()), True
            if token and kind == "plate" and not _VEHICLE.search(body, max(0, label.start() - 40), token.end()):
                continue  # "una tablilla de aluminio modelo 4410-B": a splint's model, not a car's plate
        if not token or not _looks_like_identifier(body, token, kind, marked) or role_line(body, label, token):
            continue  # "... su plan, llame a servicios al socio al <phone>": a desk's line, not a patient's number
        if _called(body, label, token):
            continue  # "We accept Medicaid; call 702-555-0143 to book": a line to call, not a member's number
        if " ".join(label.group(0).lower().rstrip(".").split()) in _PAYER_KEYS and _phone_shaped(body, token):
            continue  # "Aceptamos Medicare y Medicaid: 555-0100": a payer's list, then a line; a member's number is not grouped as a phone
        pressures = blood_pressures(body) if pressures is None else pressures  # once per text: the pass stays linear
        if within(pressures, token.start(), token.end()):
            continue  # "tarjeta de seis meses: 150-169/95-104": a range of blood pressures after a label
        if kind == "device" and _is_land(body, label, token):
            continue  # "the parking lot of 2200 Commerce Blvd": ground and an address, not a product's lot
        if kind == "device" and is_post and label.group(0).lower() in ("lot", "lote", "ref", "lot number", "lot numbers", "numero de lote"):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, label.start())
            # the notice's line before ("FDA safety notice: ... Lot numbers ..."), when the lot's own line tells of no one
            before = sentence_of(bounds, start - 1)[0] if start > 0 and not _someone(body, start, end) else start
            if _RECALL.search(body, before, end):  # "the FDA recalled lot 21A4451": a public notice
                continue
        if is_post and _PRODUCT_BEFORE.search(body, max(0, label.start() - 32), label.start()):
            bounds = bounds or sentence_bounds(body)
            if _RECALL.search(body, *sentence_of(bounds, label.start())):
                continue  # "lot numbers ending in 4417 are being recalled": a product's number in a public notice
        yield (label.start(), token.end()), MESSAGES.get(kind, MESSAGES["label"])


def _someone(body: str, start: int, end: int) -> bool:
    """Someone in a lot's own sentence: their device, however public the recall ("... a grandma had lot 7731C, we swapped hers")."""
    return any(p.search(body, start, end) for p in (ONE_PERSON, PERSON_ES, _THEIRS))


def in_link_keys(body: str) -> Iterator[tuple[tuple[int, int], str]]:
    """(span, message) for every value a link's query key names as an identifier ("?acct=A-77120-3&ssn4=7719")."""
    for pair in _PAIR.finditer(body):
        key = pair.group(1).replace(" ", "")
        if key.startswith(_ID_KEYS) and sum(c.isdigit() for c in pair.group(2)) >= 3 and not _YEAR.fullmatch(pair.group(2).strip()):
            yield (pair.start(1), pair.end(2)), MESSAGES["label"]
