"""The grammar of a rule code, in one place: waivers, configuration, docs and sorting read it here.

A code is a family of capital letters (digits may sit inside it, as in A11Y) and a
three-digit number: PHI001, A11Y002, SEC003. It lives below the rules registry so the
parser can recognise a code without importing a single rule.
"""

from __future__ import annotations

import re

CODE = re.compile(r"^(?P<family>[A-Z](?:[A-Z0-9]*[A-Z])?)(?P<number>\d{3})$")


def is_code(text: str) -> bool:
    return bool(CODE.match(text))


def family(code: str) -> str:
    """'A11Y002' -> 'A11Y'; text that is not a code is its own family."""
    match = CODE.match(code)
    return match.group("family") if match else code


def order(code: str) -> tuple[str, int]:
    """Sort key: by family, then by number (PHI002 before PHI010)."""
    match = CODE.match(code)
    return (match.group("family"), int(match.group("number"))) if match else (code, 0)
