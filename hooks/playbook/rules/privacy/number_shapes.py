"""Identifier numbers known by their shape alone: Social Security, masked, Medicare (MBI), IP and check-digit numbers.

A shape says what a number is without a word beside it, so PHI007 (numbers.py) trusts these over a
label's reading of the same digits (number_labels.py).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from ... import lazyre
from .common import DASHES

# Digits may be grouped by spaces, dots, slashes or any dash: "123 45 6789", "MRN 44.88.12", "123–45–6789".
_NUMBER_SEP = rf"(?:[ \t]*[./{DASHES}][ \t]*|[ \t])"
# A Social Security number, with a letter after it when it is an old Medicare claim number (HICN).
_SSN = lazyre.compile(rf"(?<![\w.{DASHES}])\d{{3}}{_NUMBER_SEP}\d{{2}}{_NUMBER_SEP}\d{{4}}(?:-?[A-Z]\d?)?(?![\w{DASHES}]|\.\d)")
# A Medicare Beneficiary Identifier: 11 characters in fixed letter and digit places, dashes optional
# (1EG4-TE5-MK72). Its letters leave out S, L, O, I, B and Z, so ordinary words and codes rarely fit.
# A number masked but for its last digits ("XXX-XX-6789", "***-**-6789", "**** **** **** 4471"): the digits left still identify.
_MASKED = lazyre.compile(rf"(?<![\w*•#])(?:[Xx*•#]{{3}}[ {DASHES}]?[Xx*•#]{{2}}[ {DASHES}]?|(?:[Xx*•#]{{4}}[ {DASHES}]?){{2,3}}|[*•#]{{4,12}}[ {DASHES}]?)\d{{4}}(?![\w{DASHES}])")
_A, _AN = "[AC-HJKMNP-RT-Y]", "[AC-HJKMNP-RT-Y0-9]"
_MBI = lazyre.compile(rf"(?<![\w-])[1-9]{_A}{_AN}\d[ -]?{_A}{_AN}\d[ -]?{_A}{{2}}\d{{2}}(?![\w-])", re.IGNORECASE)
_IPV4 = lazyre.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_VERSION = lazyre.compile(r"(?i:version|versi[oó]n|ver\.?|v)[ \t]*$")  # "version 1.2.3.4" is software
_IPV6 = lazyre.compile(r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}::?[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:\.\d{1,3}){0,3}(?![\w:])")
# Numbers whose own check digits say what they are: Mexico's CURP and RFC, Spain's DNI and NIE,
# an IBAN, a payment card (python-stdnum validates them, so a product code of the same length passes).
_CHECKED = lazyre.compile(
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


MESSAGES = {
    "ssn": "Remove the Social Security number '{}': it identifies one person, even in part",
    "masked": "Remove '{}': the digits a mask leaves still identify a person",
    "mbi": "Remove the Medicare number '{}': a Medicare Beneficiary Identifier points at one patient",
    "ip": "Remove the IP address '{}': an IP address is a HIPAA identifier (it points at one household's connection)",
}


def shaped(body: str) -> Iterator[tuple[re.Match, str]]:
    """(match, message) for every number whose shape says it is an identifier."""
    for match in _SSN.finditer(body):
        yield match, MESSAGES["ssn"]
    for match in _MASKED.finditer(body):
        yield match, MESSAGES["masked"]
    for match in _MBI.finditer(body):
        yield match, MESSAGES["mbi"]
    for match in _IPV4.finditer(body):
        if all(int(part) <= 255 for part in match.group(0).split(".")) and not _VERSION.search(body, max(0, match.start() - 12), match.start()):
            yield match, MESSAGES["ip"]
    if ":" in body:
        for match in _IPV6.finditer(body):
            if "::" in match.group(0) or match.group(0).count(":") >= 5:
                try:
                    ipaddress.ip_address(match.group(0))
                except ValueError:
                    continue
                yield match, MESSAGES["ip"]
    for match in _CHECKED.finditer(body):
        kind = _checked_kind(match.group(0))
        if kind:
            yield match, f"Remove '{{}}': it is {kind}, and it identifies one person"
