"""PHI007-PHI010: identifier numbers, dates tied to a person, home addresses, ages over 89 (English and Spanish)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...normalize import fold
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .common import (
    CLINICAL,
    WORDS,
    Ranges,
    distinct,
    in_order,
    texts,
)
from .names import ONE_PERSON, PERSON

# --- PHI007 identifier-number --------------------------------------------------------------------------

IDS = wordlist("privacy-identifiers")


def _folded(phrases) -> list[str]:
    """Phrases as the rules read them: folded (accents set aside), so the data may keep its accents."""
    return [fold(p).text for p in phrases]


# Digits may be grouped by spaces, dots, slashes or any dash: "123 45 6789", "MRN 44.88.12", "123–45–6789".
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d-"
_NUMBER_SEP = rf"(?:[ \t]*[./{_DASHES}][ \t]*|[ \t])"
# A Social Security number, with a letter after it when it is an old Medicare claim number (HICN).
_SSN = re.compile(rf"(?<![\w.{_DASHES}])\d{{3}}{_NUMBER_SEP}\d{{2}}{_NUMBER_SEP}\d{{4}}(?:-?[A-Z]\d?)?(?![\w{_DASHES}]|\.\d)")
# A Medicare Beneficiary Identifier: 11 characters in fixed letter and digit places, dashes optional
# (1EG4-TE5-MK72). Its letters leave out S, L, O, I, B and Z, so ordinary words and codes rarely fit.
# A number masked but for its last digits ("XXX-XX-6789", "***-**-6789", "**** **** **** 4471"): the digits left still identify.
_MASKED = re.compile(rf"(?<![\w*•#])(?:[Xx*•#]{{3}}[ {_DASHES}]?[Xx*•#]{{2}}[ {_DASHES}]?|(?:[Xx*•#]{{4}}[ {_DASHES}]?){{2,3}}|[*•#]{{4,12}}[ {_DASHES}]?)\d{{4}}(?![\w{_DASHES}])")
_A, _AN = "[AC-HJKMNP-RT-Y]", "[AC-HJKMNP-RT-Y0-9]"
_MBI = re.compile(rf"(?<![\w-])[1-9]{_A}{_AN}\d[ -]?{_A}{_AN}\d[ -]?{_A}{{2}}\d{{2}}(?![\w-])", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_VERSION = re.compile(r"(?i:version|versi[oó]n|ver\.?|v)[ \t]*$")  # "version 1.2.3.4" is software
_IPV6 = re.compile(r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\.\d{1,3}){0,3}(?![\w:])")
# Numbers whose own check digits say what they are: Mexico's CURP and RFC, Spain's DNI and NIE,
# an IBAN, a payment card (python-stdnum validates them, so a product code of the same length passes).
_CHECKED = re.compile(
    r"(?<![\w-])(?:[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d"  # CURP
    r"|[A-Z&]{4}\d{6}[A-Z0-9]{3}"  # RFC of a person
    r"|\d{8}[ -]?[A-Z]|[XYZ][ -]?\d{7}[ -]?[A-Z]"  # DNI, NIE
    r"|[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?"  # IBAN
    r"|\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7})"  # payment card, 13 to 19 digits
    r"(?![\w-])"
)
_CHECKERS = (
    ("a CURP", "stdnum.mx.curp"), ("an RFC", "stdnum.mx.rfc"), ("a DNI", "stdnum.es.dni"), ("an NIE", "stdnum.es.nie"),
    ("an IBAN", "stdnum.iban"), ("a payment card number", "stdnum.luhn"),
)  # fmt: skip


def _checked_kind(code: str) -> str:
    """Which national or bank number `code` is, by its check digits ('' when none)."""
    import importlib

    compact = re.sub(r"[ -]", "", code)
    for kind, module in _CHECKERS:
        if module == "stdnum.luhn":
            if not (compact.isdigit() and 13 <= len(compact) <= 19):
                continue
        elif module == "stdnum.mx.rfc" and len(compact) != 13:
            continue  # a company's 12-character RFC is public
        try:
            if importlib.import_module(module).is_valid(compact):
                return kind
        except Exception:  # a validator that cannot read the text says no
            continue
    return ""


# Labels: the English lists in privacy.yml and the English and Spanish ones in privacy-identifiers.yml.
_KINDS = {}
for _kind, _phrases in (
    ("weak", (*WORDS["identifier_labels_weak"], *IDS["id_labels_weak"])),
    ("strong", (*WORDS["identifier_labels_strong"], *IDS["id_labels_strong"])),
    ("plate", IDS["plate_labels"]),
    ("device", IDS["device_labels"]),
):
    for _phrase in _folded(_phrases):
        _KINDS[" ".join(_phrase.lower().split())] = _kind
_LABEL = re.compile(rf"(?<![\w/-])(?:{alternation(_KINDS)})(?![A-Za-z'’-]|/[A-Za-z])\.?", re.IGNORECASE)
_NOT_PERSON_ID = re.compile(rf"(?<![\w-])(?i:{alternation(_folded(IDS['not_person_ids']))})[ \t]*$")
_FILLER = frozenset(w.lower() for w in _folded(IDS["id_filler"]))
_QUANTITY = frozenset(w.lower() for w in _folded(IDS["quantity_words"]))
_RECALL = phrase_pattern(_folded(IDS["recall_words"]))
_PRODUCT_BEFORE = re.compile(rf"(?<![\w-])(?i:{alternation(_folded(IDS['product_id_nouns']))})[ \t]*(?:\([ \t]*)?$")
_LOT_LAND = re.compile(rf"(?<![\w-])(?i:{alternation(_folded(IDS['lot_as_land']))})[ \t]+$")
_MARKER = re.compile(r"(?:#|:|=|(?i:no|nro|num|nbr|number|numero)\.?(?![\w])|(?i:ID)(?![\w]))")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&]*(?<!\.)")
_TOKEN = re.compile(rf"#?((?=[A-Za-z0-9./{_DASHES}]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[./{_DASHES}](?=[A-Za-z0-9])|(?<=\d)[ \t](?=\d))*)(?![\w-])")
_SPACE = re.compile(r"[ \t]*[(\[]?[ \t]*")
_PLATE = re.compile(rf"((?=[A-Z0-9 {_DASHES}]*\d)[A-Z0-9]{{1,4}}(?:[ {_DASHES}][A-Z0-9]{{1,4}}){{1,2}})(?![\w-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_YEARS = re.compile(rf"(?:19|20)\d\d[/{_DASHES}](?:19|20)?\d\d")


def _is_date_or_years(value: str) -> bool:
    """'2027-2028', '01/05/2027', '2027-01-05', '18.07.27': a span of years or a calendar date."""
    if _YEARS.fullmatch(value):
        return True
    parts = re.split(rf"[./{_DASHES}]", value)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    if len(parts[0]) == 4:
        parts = parts[1:] + parts[:1]
    a, b, year = (int(p) for p in parts)
    return len(parts[2]) in (2, 4) and (1 <= a <= 12 and 1 <= b <= 31 or 1 <= b <= 12 and 1 <= a <= 31)


_NEXT_WORD = re.compile(r"[ \t]*(%|[A-Za-z]+)")


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


_CLAUSE_END = re.compile(r"[.;!?\n]|,[ \t]+(?:and|but|y|pero)\b")
_CODE = re.compile(rf"(?<![\w-])[A-Za-z0-9]+(?:[{_DASHES}][A-Za-z0-9]+)*(?![\w-])")


def _code_in_clause(text: str, start: int, reach: int = 60) -> re.Match | None:
    """A code later in the label's clause: four digits or more with letters or dashes ("MMT-7719-X4402"), or six digits."""
    end = _CLAUSE_END.search(text, start, start + reach)
    for code in _CODE.finditer(text, start, end.start() if end else min(len(text), start + reach)):
        value = code.group(0)
        digits = sum(c.isdigit() for c in value)
        if digits >= 6 or digits >= 4 and not value.isdigit() and not _is_date_or_years(value):
            return _TOKEN.match(text, code.start())
    return None


def _is_land(text: str, label: re.Match, token: re.Match) -> bool:
    """A "lot" of ground, not of a product: "parking lot", "el lote baldio", or a lot followed by a street address."""
    if label.group(0).lower() not in ("lot", "lote", "lots", "lotes"):
        return False
    if _LOT_LAND.search(text, max(0, label.start() - 30), label.start()):
        return True
    return bool(_STREET_AFTER.match(text, token.end()))


_STREET_AFTER = re.compile(rf"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])")


def _looks_like_identifier(text: str, token: re.Match, kind: str, marked: bool) -> bool:
    """Whether the number after a label is an identifier, not a year, a count or a measure."""
    value = token.group(1)
    compact = re.sub(rf"[\s./{_DASHES}]", "", value)
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
    if kind == "weak" and not marked:
        return digits >= 4 or (digits >= 3 and len(compact) >= 5)
    return len(compact) >= 3 and digits >= 1 and (digits >= 3 or marked or kind == "strong")


_ID_KEYS = tuple(re.sub(r"[^a-z0-9]", "", k.lower()) for k in _folded(IDS["id_keys"])) + ("patient",)
_PAIR = re.compile(r"(?:^|; )([a-z0-9 ]{1,40}): ([^;]*)")

_MESSAGES = {
    "ssn": "Remove the Social Security number '{}': it identifies one person, even in part",
    "masked": "Remove '{}': the digits a mask leaves still identify a person",
    "mbi": "Remove the Medicare number '{}': a Medicare Beneficiary Identifier points at one patient",
    "device": "Remove the serial or lot number '{}': a device's serial points at the one patient who carries it",
    "plate": "Remove the licence plate '{}': a vehicle's plate identifies its owner",
    "ip": "Remove the IP address '{}': an IP address is a HIPAA identifier (it points at one household's connection)",
    "checked": "Remove '{}': it is {}, and it identifies one person",
    "label": "Remove '{}': Social Security, record, member, policy, account and claim numbers identify a patient",
}


def _identifiers(text, is_post: bool) -> Iterator[tuple[re.Match | tuple[int, int], str]]:
    """(span, message) for every identifier in one text."""
    body = text.text
    for match in _SSN.finditer(body):
        yield match, _MESSAGES["ssn"]
    for match in _MASKED.finditer(body):
        yield match, _MESSAGES["masked"]
    for match in _MBI.finditer(body):
        yield match, _MESSAGES["mbi"]
    for match in _IPV4.finditer(body):
        if all(int(part) <= 255 for part in match.group(0).split(".")) and not _VERSION.search(body, max(0, match.start() - 12), match.start()):
            yield match, _MESSAGES["ip"]
    if ":" in body:
        for match in _IPV6.finditer(body):
            if "::" in match.group(0) or match.group(0).count(":") >= 5:
                try:
                    ipaddress.ip_address(match.group(0))
                except ValueError:
                    continue
                yield match, _MESSAGES["ip"]
    for match in _CHECKED.finditer(body):
        kind = _checked_kind(match.group(0))
        if kind:
            yield match, f"Remove '{{}}': it is {kind}, and it identifies one person"
    bounds = None
    for label in _LABEL.finditer(body):
        kind = _KINDS.get(" ".join(label.group(0).lower().rstrip(".").split()), "strong")
        if _NOT_PERSON_ID.search(body, max(0, label.start() - 16), label.start()):
            continue  # "Zoom meeting ID 845 2210 9931"
        token, marked = _number_after(body, label.end(), kind == "plate")
        if not token:  # "el número de serie de su bomba es MMT-7719-X4402": a code later in the clause
            token, marked = _code_in_clause(body, label.end()), True
        if not token or not _looks_like_identifier(body, token, kind, marked):
            continue
        if kind == "device" and _is_land(body, label, token):
            continue  # "the parking lot of 2200 Commerce Blvd": ground and an address, not a product's lot
        if kind == "device" and is_post and label.group(0).lower() in ("lot", "lote", "ref", "lot number", "numero de lote"):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, label.start())
            if _RECALL.search(body, start, end):  # "the FDA recalled lot 21A4451": a public notice
                continue
        if is_post and _PRODUCT_BEFORE.search(body, max(0, label.start() - 32), label.start()):
            bounds = bounds or sentence_bounds(body)
            if _RECALL.search(body, *sentence_of(bounds, label.start())):
                continue  # "lot numbers ending in 4417 are being recalled": a product's number in a public notice
        yield (label.start(), token.end()), _MESSAGES.get(kind, _MESSAGES["label"])
    if text.where.startswith("the link"):  # "?acct=A-77120-3&ssn4=7719": the key says what the value is
        for pair in _PAIR.finditer(body):
            key = pair.group(1).replace(" ", "")
            if key.startswith(_ID_KEYS) and sum(c.isdigit() for c in pair.group(2)) >= 3 and not _YEAR.fullmatch(pair.group(2).strip()):
                yield (pair.start(1), pair.end(2)), _MESSAGES["label"]


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
        "su número de expediente es 0092-4471", "número de miembro de
        Ambetter U7734019-01", "policy number UHC-9920431877", "SSN ending
        6789", "last 4 of your SSN (7719)", "claim no. 2027-11-00458"):
        record, chart, member, subscriber, policy, group, claim, account,
        ticket, Medicare and Medicaid numbers; device serial and lot numbers
        ("Medtronic serial PJN604418S", "lote 4419-B"); licence plates
        ("plate 7KXM492", "placas RTK-48-22"). Ordinary words used as labels
        ("account", "grupo", "caso") need a marker ("#", "no.", ":") or a
        number that looks like an identifier: four digits or more, not a
        year ("policy 2027") and not a count ("a record 1500 walkers"). A
        link's query key says what its value is: "?acct=A-77120-3",
        "?ssn4=7719". Lot numbers in a post about a recall pass, also as the last
        digits of a product's lot, batch or model ("lot numbers ending in 4417
        are being recalled", "COFEPRIS retira el lote terminado en 0873"), and so does a lot of
        ground ("the parking lot of 2200 Commerce Blvd", "el lote baldio 12"). The labels
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


# --- PHI008 date-tied-to-person ------------------------------------------------------------------------

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_MES = r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)"  # folded: no accents
_MONTH_ABBR = r"(?i:jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sept?|set|oct|nov|dec|dic)"
_SLASH = r"[/\u2044\u2215]"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:o|ro|ero)?[ \t]+(?i:de)[ \t]+{_MES}(?:[ \t]+(?i:de|del)[ \t]+\d{{4}})?"  # "18 de julio (de 2027)"
    rf"|{_MES}[ \t]+\d{{1,2}}(?![\d:])(?:,?[ \t]+(?:(?i:de)[ \t]+)?\d{{4}})?"  # "julio 18, 2027"
    rf"|\d{{1,2}}(?:[.{_DASHES}]?{_MONTH_ABBR}\.?(?:[.{_DASHES}]?\d{{2}}(?:\d{{2}})?)?|[ \t]+{_MONTH_ABBR}\.?[ \t]+\d{{4}})"  # "04may", "18-jul-2027"
    rf"|(?P<m>\d{{1,2}}){_SLASH}(?P<d>\d{{1,2}})(?:{_SLASH}\d{{2}}(?:\d{{2}})?)?"
    rf"|(?P<m2>\d{{1,2}})[.{_DASHES}](?P<d2>\d{{1,2}})[.{_DASHES}](?:\d{{4}}|\d{{2}}(?![.{_DASHES}]?\d))"
    rf"|\d{{4}}[{_DASHES}]\d{{2}}[{_DASHES}]\d{{2}}(?:T\d{{1,2}}(?::\d{{2}}){{0,2}})?"
    rf"|(?i:the)[ \t]+\d{{1,2}}(?:st|nd|rd|th)(?![ \t]+(?:of[ \t]+)?(?:{_MONTH}|(?i:century|time|grade|floor|place|anniversary|birthday)))"  # "your visit on the 3rd"
    rf"|(?i:el[ \t]+dia)[ \t]+\d{{1,2}}(?![\d:])"
    rf")(?![\w/]|[.-]\d)"
)
_PRONOUNS = r"(?i:her|his|my)"  # not "their": "families can move their appointments before Dec. 24" is no one in particular
_DATE_EVENTS = phrase_pattern((*WORDS["date_person_events"], *_folded(IDS["date_person_events_more"])))
# A baby's arrival: "Baby Olivia arrived 1/22", "la bebé Sofía nació el 3 de mayo".
_DATE_BIRTH = re.compile(r"(?<![\w-])(?i:baby|newborn|bebe|bebita|bebito)(?![\w-])[^.!?\n]{0,40}?(?<![\w-])(?i:arrived|born|debut|llego|nacio)(?![\w-])")
_DATE_INJURY = re.compile(rf"(?<![\w-])(?i:{alternation(WORDS['date_person_injury_verbs'])})\s+{_PRONOUNS}(?![\w-])")
_NOUNS = alternation(WORDS["date_person_nouns"])
_MODIFIERS = alternation(WORDS["care_modifiers"])
_DATE_WORDS = r"(?:[\d/.-]+(?:st|nd|rd|th)?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?"  # "your 11/02 appointment", "her March 3 surgery"
_DATE_POSSESSIVE = re.compile(rf"(?<![\w-])(?:{_PRONOUNS}|(?i:patient)['’]s|[A-Z][a-z]+['’]s)\s+{_DATE_WORDS}(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])")
_DATE_POSSESSIVE_REPLY = re.compile(
    rf"(?<![\w-])(?i:your)\s+{_DATE_WORDS}(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])"
    rf"|(?<![\w-])(?i:su|sus|tu|tus)\s+(?:(?i:ultim[oa]|proxim[oa]|primer[oa]?|pasad[oa]|anterior|siguiente)\s+)?"
    rf"(?i:{alternation(_folded(IDS['date_reply_nouns_es']))})(?![\w-])"
)
_DATE_HAD = re.compile(
    rf"(?<![\w-])(?:had|underwent)\s+(?:(?:a|an|her|his|my)\s+)?"
    rf"(?:(?:{_MODIFIERS})[\s-]+){{0,2}}(?:{alternation(WORDS['date_person_had'])})(?![\w-])",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(rf"(?<![\w-])(?i:{alternation((*WORDS['date_person_before'], *_folded(IDS['date_person_before_es'])))})(?:\s+(?:on|el))?\s*:?\s*$")
_DATE_FILE_WORDS = phrase_pattern(_folded(IDS["date_file_words"]))
_DATE_KEYS = tuple(re.sub(r"[^a-z0-9]", "", k.lower()) for k in _folded(IDS["date_keys"]))
_DOB = re.compile(r"(?<![\w.])(?:DOB|D\.O\.B\.?)(?![\w])")


def _valid_date(match: re.Match) -> bool:
    """A numeric date reads as month/day or day/month ("18/07/2027"): either must be a real day."""
    for first_key, second_key in (("m", "d"), ("m2", "d2")):
        if match.group(first_key):
            first, second = int(match.group(first_key)), int(match.group(second_key))
            return 1 <= first <= 12 and 1 <= second <= 31 or 1 <= second <= 12 and 1 <= first <= 31
    return True


def _date_key(body: str, date: re.Match) -> str:
    """In a link's words ("dob: 1950-01-02; fecha nac: 12-03-1990"), the key of a date's value when it names a person's date."""
    key_start = body.rfind("; ", 0, date.start()) + 2 if "; " in body[: date.start()] else 0
    key, sep, _ = body[key_start : date.start()].partition(": ")
    squashed = re.sub(r"[^a-z0-9]", "", key.lower())
    return key if sep and squashed.startswith(_DATE_KEYS) else ""


@rule("PHI008", "date-tied-to-person", serves="privacy", severity=Severity.ERROR, scope="document")
def date_tied_to_person(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A specific date tied to a person's care, birth or death.

    What it flags:
        A date in English or Spanish ("March 3", "Feb. 14th", "2/14",
        "01/05/2027", "18/07/2027", "2027-01-05", "3 March", "18 de julio",
        "04may", and in a reply "the 3rd") in the same sentence as words that
        make it about one person: "was seen", "was admitted", "born",
        "diagnosed", "passed away", "underwent", "gave birth", "nació",
        "fue operada", "fecha de nacimiento", "fecha de servicio"; an injury
        verb with a pronoun ("tore his"); care someone had ("had hip
        surgery", "had an MRI"); a care word after her, his, my or a name
        ("her surgery", "Maria's appointment", and in a reply "your visit",
        "su cita"); or a label right before it ("admitted 01/05/2027", "DOB:
        4/2/1950", "nació el 18/07/2027"). "DOB" is flagged on its own. In a
        link or a file name, a clinical word or a word about a person's birth
        or stay ties a date too (`jane-doe-mri-2027-01-03.jpg`,
        `smith-twins-postop-2027-05-12.mp4`), and so does a query key
        (`?dob=1950-01-02`, `&fecha_nac=12-03-1990`, `?appt=2027-03-09`).
        Dates of events, campaigns and deadlines pass.

    Why:
        HIPAA treats every part of a date except the year as an identifier
        when it belongs to a person: the day of a visit, a surgery, an
        admission, a birth. Combined with a small town and a condition, a
        date is often enough to know who is meant.

    Examples:
        Triggers: `She was seen on March 3 and was back running by May.`
        Triggers: `¡Bienvenida Isabella! Nació el 18/07/2027 a las 11:48 pm.`
        Passes: `The Maplewood Winter 5K is on Saturday, Feb 13.`
    """
    is_response = isinstance(item, ResponseTemplate)
    contexts = [_DATE_EVENTS, _DATE_BIRTH, _DATE_INJURY, _DATE_HAD, _DATE_POSSESSIVE] + ([_DATE_POSSESSIVE_REPLY] if is_response else [])
    message = "Remove the date '{date}' or what ties it to a person ('{why}'): the date of someone's care, birth or death identifies them"
    hint = "Dates of public events are fine; the day someone was seen, operated on, admitted or born is not. Say 'this winter' or leave the time out."
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        for match in _DOB.finditer(body):
            yield text.hit(match.start(), f"Remove '{text.show(match)}': a date of birth identifies a person", hint)
        dates = [m for m in _DATE.finditer(body) if _valid_date(m)]
        if not dates:
            continue
        bounds = sentence_bounds(body)
        in_link = text.where.startswith("the link")
        for date in dates:
            before = _DATE_BEFORE.search(body, max(0, date.start() - 40), date.start())
            if before and not _DOB.fullmatch(before.group(0).split(":")[0].strip()):
                yield text.hit(date.start(), message.format(date=text.show(date), why=text.show(before).rstrip(" :")), hint)
                continue
            if before:  # "DOB 4/2/1950": already reported above
                continue
            key = _date_key(body, date) if in_link else ""
            if key:
                yield text.hit(date.start(), message.format(date=text.show(date), why=key), hint)
                continue
            start, end = sentence_of(bounds, date.start())
            for pattern in contexts if not text.where else (*contexts, CLINICAL, _DATE_FILE_WORDS):  # a file name "...-mri-2027-01-03"
                why = pattern.search(body, start, end)
                if why:
                    yield text.hit(date.start(), message.format(date=text.show(date), why=text.show(why)), hint)
                    break


# --- PHI009 street-address -----------------------------------------------------------------------------

_STREET = re.compile(
    r"(?<![\w$.,/#:-])(\d{1,6}(?:[A-Z](?![\w]))?(?:-\d{1,4})?)[ \t]+"
    r"((?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    r"(?:(?:[A-Z][a-z]+(?:['’][a-z]+)?|\d+(?:st|nd|rd|th))[ \t]+){1,3})"
    rf"(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])\.?"
)
# Spanish order: the street word, its name, then the number ("Calle Hidalgo 415", "Av. Juárez #1200", "C/ Mayor 12, 3º").
_CALLE = re.compile(
    rf"(?<![\w])(?:{alternation(_folded(IDS['street_types_es']))})\.?[ \t]+"
    r"(?:\d{1,2}[ \t]+de[ \t]+)?(?:(?:[A-Z][a-z]+|de|del|la|las|los|el|y)[ \t]+){0,4}?[A-Z][a-z]+,?[ \t]*"
    r"(?:(?:#|No\.?|Num\.?|Nro\.?|numero)[ \t]*)?(?:\d{1,5}[A-Z]?|[sS]/[nN])(?![\w/])"
)
_NEIGHBOURHOOD = re.compile(
    rf"(?<![\w])(?i:{alternation(w for w in _folded(IDS['neighbourhood_labels']) if len(w) > 3)})\.?[ \t]+[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|de|del|la|las|los|el)){{0,3}}(?![\w])"
)
_PO_BOX = re.compile(
    r"(?<![\w])(?i:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|Apartado[ \t]+(?:Postal|de[ \t]+Correos))[ \t]*#?\d+"
    r"|(?<![\w])(?:Apt|Apartment|Depto|Dpto|Departamento|Int|Interior)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?(?![\w])"
)
_STATES = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(WORDS["us_states"], key=len, reverse=True))
_ZIP = re.compile(
    rf"(?<![\w-])(?:{_STATES})\.?,?[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])"
    rf"|(?<![\w-])(?i:{alternation(_folded(IDS['postal_labels']))})\.?[ \t]*:?[ \t]*\d{{5}}(?:-\d{{4}})?(?![\w-])"
)
_NOT_STREET = frozenset(w.lower() for w in WORDS["not_street_names"])
_ADDRESS_WORDS = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard", "dr": "drive", "ln": "lane",
    "ct": "court", "pl": "place", "ter": "terrace", "cir": "circle", "pkwy": "parkway", "hwy": "highway", "trl": "trail",
    "sq": "square", "plz": "plaza", "n": "north", "s": "south", "e": "east", "w": "west", "ste": "suite", "apt": "apartment",
}  # fmt: skip
# A street named without a house number, right after a word that says someone lives there:
# "Mrs. Lopez lives on Maple Avenue", "vive en la calle Allende", "our neighbors on Elm Street".
_HOME_STREET = re.compile(
    rf"(?<![\w-])(?:(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{'|'.join(sorted(WORDS['street_types'], key=len, reverse=True))})(?![\w])\.?"
    rf"|(?i:calle|avenida|av\.|privada|callejon|colonia)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
)
_LIVES = re.compile(
    r"(?<![\w-])(?i:lives|living|lived|resides|neighbou?rs?|vive|viven|vivia|vecin[oa]s?|domicilio"
    r"|(?:his|her|their|your|my|su|sus)[ \t]+(?:house|home|casa|hogar))"
    r"(?![\w-])[^.!?\n]{0,24}?(?<![\w-])(?i:on|at|in|off|en|de|por)(?:[ \t]+(?i:la|el))?[ \t]+$"
)
# Someone's home: a household word in the sentence ("lives", "mailed", "address on file", "vive", "domicilio"),
# but not a place's "new home" or an "open house".
_HOUSEHOLD = phrase_pattern(_folded(IDS["address_household"]))
# "save lives", "changing lives": lives as a noun, no one living somewhere
_NOT_HOUSEHOLD = re.compile(r"(?i:new|its|our|open|nueva|save|saves|saved|saving|change|changes|changing|changed|touch|touches|touching|their|many|more)[ \t-]+$")
_HOME_BEFORE = re.compile(r"(?i:family|families|neighbou?rs?|lives|living|resides|familia|vecinos?|vive|viven)[ \t]+(?:\w+[ \t]+)?(?i:at|on|in|en|de|a)?[ \t]*$")
# A public place: an event's venue, a business, the practice's own office.
_VENUE = phrase_pattern(_folded(IDS["address_venue"]))
_OWN_PLACE = re.compile(
    r"(?<![\w-])(?i:our|nuestr[ao]s?)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?i:office|offices|clinic|clinics|location|locations|practice|building|suite|branch|lot|parking|garage|entrance|campus|annex|oficinas?|clinicas?|consultorios?|sucursal(?:es)?|sede|estacionamiento|entrada)(?![\w-])"
)


def _normal_address(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " " + " ".join(_ADDRESS_WORDS.get(w, w) for w in words) + " "


def _home_or_place(body: str, start: int, end: int, match: re.Match) -> str:
    """'home' when the sentence ties the address to a household, 'place' when to a public place, else ''.

    The address's own words are left out ("222 Park Pl" is no park, "Greenway Drive" no blood drive).
    """
    around = ((start, match.start()), (match.end(), end))
    if _HOME_BEFORE.search(body, max(start, match.start() - 40), match.start()):
        return "home"
    for lo, hi in around:
        for word in _HOUSEHOLD.finditer(body, lo, hi):
            if not _NOT_HOUSEHOLD.search(body, max(lo, word.start() - 12), word.start()):
                return "home"
    if _OWN_PLACE.search(body, start, match.start()) or any(_VENUE.search(body, lo, hi) for lo, hi in around):
        return "place"
    return ""


@rule("PHI009", "street-address", serves="privacy", severity=Severity.ERROR, scope="document")
def street_address(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A street address or postal code that could be someone's home.

    What it flags:
        A house number, a street name and a street type ("1420 Maple
        Avenue", "22 Elm St.", "8 W. 3rd Street"), the Spanish order ("Calle
        Hidalgo 415", "Av. Juárez #1200", "C/ Mayor 12"), a neighbourhood
        ("Colonia Las Palmas"), a PO box or apartment number ("Apt 3B",
        "Depto. 4"), a ZIP or postal code after a state or a label ("IL
        60614", "ZIP: 60614-2231", "C.P. 64000"), and a street without a
        number right after someone lives there ("lives on Maple Avenue",
        "vive en la calle Allende") — when its sentence ties it
        to a household ("lives", "neighbors at", "mailed to", "address on
        file", "vive en", "le mandamos ... a"), in any reply, and in a post
        whose sentence says nothing of a public place. An address in a post
        that the sentence places at a venue, a business or the practice's own
        office passes: "at Riverside Park (1200 River Rd)", "our office at
        500 Commerce Blvd", "Fire Station 4, 2050 Harbor Blvd", "Escuela
        Primaria Benito Juarez, Calle 5 de Mayo #410", "our north lot at 2200
        Birch Ave"; a household word must be one ("save lives" is no one
        living there, "la Direccion de Salud" an agency, not "su direccion"). So do the
        practice's own `address` in plans/practice.yml, however abbreviated,
        and the post's own `event.location`. The household and venue words
        are in rules/data/privacy-identifiers.yml.

    Why:
        A street address, and any part of it smaller than a state, is a HIPAA
        identifier when it belongs to a person: "a patient on Maple Avenue"
        is one household on one street. The address of a park, a school or
        the clinic where an event happens points at no one.

    Examples:
        Triggers: `Our patient on 1420 Maple Avenue is back on her bike.`
        Triggers: `Le mandamos el estado de cuenta a Calle Hidalgo 415.`
        Passes: `Join us at Riverside Park (1200 River Rd, north pavilion).`
    """
    allowed = [_normal_address(fold(ctx.plans.practice.address).text)] if ctx.plans.practice.address else []
    if isinstance(item, Post) and item.event and item.event.location:
        allowed.append(_normal_address(fold(item.event.location).text))
    is_reply = isinstance(item, ResponseTemplate)
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        taken = Ranges()
        found = [m for m in _STREET.finditer(body) if m.group(2).split()[0].lower() not in _NOT_STREET]  # "3 Easy Ways"
        for pattern in (_CALLE, _NEIGHBOURHOOD, _PO_BOX, _ZIP):
            found.extend(pattern.finditer(body))
        found.extend(m for m in _HOME_STREET.finditer(body) if _LIVES.search(body, max(0, m.start() - 40), m.start()))
        bounds = None
        for match in in_order(found):
            if not taken.claim(match.start(), match.end()):
                continue
            normal = _normal_address(match.group(0))
            if any(normal in own for own in allowed):
                continue
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if _home_or_place(body, start, end, match) == "place" and not is_reply:
                continue
            yield text.hit(
                match.start(),
                f"Remove the address '{text.show(match).rstrip('.,')}': a street address or postal code can point at one household",
                "Name the public place instead (the park, the school, our office), or the town; the practice's own address (plans/practice.yml) and the post's own event.location may appear.",
            )


# --- PHI010 age-over-89 --------------------------------------------------------------------------------


_AGE_NUMBER = r"(?:9\d|1[0-4]\d)"
_AGE_WORD = r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
_AGE_ANY = rf"(?:{_AGE_NUMBER}|{_AGE_WORD})"
_NOT_AN_AGE = r"(?!\s*(?:degrees?|°|%|percent|minutes?|mins?|seconds?|secs?|miles?|mi\b|km|kilometers?|meters?|pounds?|lbs?|kg|feet|ft|inches|yards|days|hours|times|reps|steps|ago|years\s+ago))"
_THINGS = alternation(WORDS["age_things"])
# Always an age of a person.
_AGE_ALWAYS = re.compile(
    rf"(?<![\w-])(?:aged|age:?)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w-])(?:super)?centenarian(?![\w])|(?<![\w-])nonagenarian(?![\w])"
    rf"|(?<![\w-])our[ \t]+(?:\w+[ \t]+)?(?:super)?(?:centenarians|nonagenarians)(?![\w])"
    rf"|(?<![\w-])in[ \t]+(?:her|his|my)[ \t]+(?:(?:early|mid|late)[- ]?)?(?:90s|90’s|90's|nineties)(?![\w])"
    rf"|(?<![\w.,-]){_AGE_ANY}[- ]years?[- ]old(?![\w-])(?!\s+(?:{_THINGS})s?(?![\w-]))"
    rf"|(?<![\w.,-]){_AGE_ANY}-year-old(?=-|\s+(?:[a-z-]+\s+)?(?:{PERSON})s?(?![\w-]))",
    re.IGNORECASE,
)
# An age unless a thing comes first in the sentence ("the library turns 100", "its 100th birthday").
_AGE_UNLESS_THING = re.compile(
    rf"(?<![\w.,-]){_AGE_ANY}[ \t]+years?[ \t]+(?:old|young)(?![\w-])"
    rf"|(?<![\w-])(?:turned|turning|turns|turn)[ \t]+{_AGE_ANY}(?![\w,.]\d|\w){_NOT_AN_AGE}"
    rf"|(?<![\w.,-])(?:{_AGE_NUMBER}(?:st|nd|rd|th)|ninetieth|ninety-\w+th|hundredth|one[- ]hundredth|(?:one|a)[- ]hundred[- ]\w+th)[ \t]+birthday",
    re.IGNORECASE,
)
# A bare number is an age only when the sentence is about a person: "Mr. Diaz, now 94 and still golfing".
_AGE_BARE = re.compile(
    rf"(?<![\w-])(?:she|he|who)(?:['’]s|\s+is|\s+was|\s+turns|\s+will\s+be)\s+(?:now\s+|almost\s+|nearly\s+|over\s+)?{_AGE_ANY}(?=\s*(?:[,.;:!?)]|and\b|but\b|$))"
    rf"|(?<![\w-])now\s+{_AGE_ANY}(?=\s*(?:[,.;:!?)]|and\b|but\b|$))|(?<=,)[ \t]*{_AGE_ANY}[ \t]*(?=,)"
    rf"|(?<![\w-])at\s+{_AGE_ANY}(?=\s*,)|(?<=\()[ \t]*{_AGE_ANY}(?:[ \t]+(?:anos|years))?[ \t]*(?=\))",  # "At 92, she ...", "Mr. Diaz (94)"
    re.IGNORECASE,
)
_THING_WORD = re.compile(rf"(?<![\w-])(?:(?:{_THINGS})(?:s|['’]s)?|its|(?:{alternation(_folded(IDS['age_things_es']))})s?)(?![\w-])", re.IGNORECASE)
# Spanish (folded, so "años" reads "anos"): "cumplió 94 años", "a sus 101 años", "tiene 92 años", "Don Aurelio, de 95
# años", "noventa y dos años de edad". A thing's age ("la clínica cumple 100 años") and a span of time ("hace 95 años",
# "100 años de historia") pass.
_EDAD = r"(?:9\d|1[0-4]\d|noventa(?:[ \t]+y[ \t]+(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento[ \t]+(?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))"
_ANOS = rf"{_EDAD}[ \t]+(?i:anos|anitos)(?![\w-])"
_AGE_ES_ALWAYS = re.compile(
    rf"(?<![\w-])(?i:a[ \t]+sus|de[ \t]+sus)[ \t]+{_ANOS}"
    rf"|(?<![\w.,-]){_ANOS}[ \t]+(?i:de[ \t]+edad)"
    rf"|(?<![\w.,-]){_EDAD}[ \t]+(?i:anitos)(?![\w-])"
    rf"|(?<=,)[ \t]*(?i:de[ \t]+)?{_ANOS}[ \t]*(?=[,.;!?)]|$|[ \t]+(?i:y|que|quien)\b)"
    rf"|(?<![\w-])(?i:nonagenari[oa])(?![\w-])",
    re.IGNORECASE,
)
_AGE_ES_UNLESS_THING = re.compile(
    rf"(?<![\w-])(?i:cumple|cumplio|cumplira|cumplir|cumpliendo|cumplio[ \t]+ya|celebra|celebro|festeja|festejo|tiene|tenia|tendra|llego[ \t]+a(?:[ \t]+los)?)[ \t]+(?:(?i:sus|los)[ \t]+)?{_ANOS}"
    rf"|(?<![\w-])(?i:cumpleanos)[ \t]+(?:(?i:numero)[ \t]+)?{_EDAD}(?![\w-])"
    rf"|(?<![\w-])(?i:centenari[oa])(?![\w-])"
    rf"|(?<![\w.,-]){_ANOS}",  # a bare "95 años": an age only in a sentence about one person (below)
    re.IGNORECASE,
)
_PERSON_ES = phrase_pattern(_folded(IDS["person_es"]))


def _thing_first(body: str, start: int, end: int) -> bool:
    """Whether the age in body[start:end]'s sentence belongs to a thing: a thing word comes before it, and no
    person after that thing ("the library turns 100", but "our clinic's Mrs. Odom, who turned 97")."""
    things = list(_THING_WORD.finditer(body, start, end))
    if not things:
        return False
    after = things[-1].end()
    return not (ONE_PERSON.search(body, after, end) or _PERSON_ES.search(body, after, end))


_DURATION_BEFORE = re.compile(r"(?i:hace|mas[ \t]+de|desde[ \t]+hace|durante|por|en|ultimos|cada|casi|unos|(?:durante|en|por|de)[ \t]+los)[ \t]+$")
_DURATION_AFTER = re.compile(rf"[ \t]*(?i:{alternation(_folded(IDS['age_duration_after_es']))})(?![\w-])")
# "aged 90 and older", "de 90 años o más": a group, as HIPAA's own "90 or older" is; and a range ("aged 90-99").
_LEAD_VERB = re.compile(r"(?i:cumpl|celebr|festej|tien|teni|tendr|lleg)")
_OPEN_ENDED = re.compile(rf"[ \t]*(?:\+|(?i:{alternation(_folded(IDS['age_open_ended']))})(?![\w-])|(?:-|–|to|a)[ \t]*\d)")


@rule("PHI010", "age-over-89", serves="privacy", severity=Severity.ERROR, scope="document")
def age_over_89(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """An age of 90 or more.

    What it flags:
        Ages from 90 up, written in digits or words, in English and Spanish:
        "a 93-year-old", "aged 97", "turned 101", "her 100th birthday",
        "ninety-two years old", "in his late 90s", "centenarian",
        "nonagenarian", "cumplió 94 años", "a sus 101 años", "tiene noventa
        y dos años", "Don Pedro, de 96 años", "su cumpleaños número 100"; and
        a bare number in a sentence about one person ("she's 96", "Mr. Diaz,
        now 94 and still golfing", "Rose Hill, 97, led the walk", "At 92,
        she ...", "Mr. Diaz (94)", "Don
        Aurelio 95 años" in a file name). Measures that look like ages
        ("turn your foot 90 degrees"), ages under 90, spans of time ("hace 95
        años", "100 años de historia"), the age of a thing ("the
        100-year-old library", "Riverside Park turns 100", "la clínica cumple
        100 años"; the thing words are in rules/data/privacy.yml and
        privacy-identifiers.yml), and ages that count a group ("people aged
        90 and older", "de 90 años o más", "centenarians") pass.

    Why:
        So few people are over 89 that HIPAA counts their exact age as an
        identifier; only "90 or older" may be shared. In a town the size of
        most practices' catchment, "our 97-year-old patient" is one person.

    Examples:
        Triggers: `Our oldest walker, a 93-year-old grandmother, led the pack.`
        Triggers: `¡Felicidades a Doña Refugio, que hoy cumple 99 años!`
        Passes: `Bend your knee to 90 degrees and hold for five seconds.`
        Passes: `Among people aged 90 and older, nearly half fall each year.`
    """
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        found = [*_AGE_ALWAYS.finditer(body), *_AGE_ES_ALWAYS.finditer(body)]
        bounds = None
        for match in _AGE_ES_UNLESS_THING.finditer(body):
            if _DURATION_BEFORE.search(body, max(0, match.start() - 12), match.start()) or _DURATION_AFTER.match(body, match.end()):
                continue  # "hace 95 años", "100 años de historia": time, not an age
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if _thing_first(body, start, match.start()):
                continue  # "la clínica cumple 100 años"
            if not _LEAD_VERB.match(match.group(0)) and not (ONE_PERSON.search(body, start, end) or _PERSON_ES.search(body, start, end)):
                continue  # a bare "95 años" or "centenario" needs a person in its sentence ("el centenario de la ciudad")
            found.append(match)
        found = [m for m in found if not _OPEN_ENDED.match(body, m.end())]
        for match in _AGE_BARE.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if ONE_PERSON.search(body, start, end) and not _thing_first(body, start, match.start()):
                found.append(match)
        for match in _AGE_UNLESS_THING.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, _ = sentence_of(bounds, match.start())
            if not _thing_first(body, start, match.start()):  # the subject is a thing: "the library turns 100"
                found.append(match)
        for match in distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{text.show(match)}': an age of 90 or more identifies a person",
                "Leave the age out; if it matters, say 'over 89' without pointing at anyone.",
            )
