"""The grammar of a rule code and of its alias, in one place: waivers, configuration, docs and sorting read it here.

A code is a family of capital letters (digits may sit inside it, as in A11Y) and a
three-digit number: PHI001, A11Y002, SEC003. An alias is the rule's readable name in
kebab-case (`person-name`, like markdownlint's `heading-increment`); waivers and
plans/checks.yml accept either. It lives below the rules registry so the parser can
recognise a rule's name without importing a single rule.
"""

from __future__ import annotations

import re

CODE = re.compile(r"(?P<family>[A-Z](?:[A-Z0-9]*[A-Z])?)(?P<number>\d{3})")  # fullmatch: "PHI001\n" is no code
ALIAS = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
ALIAS_LENGTH = 40  # characters: a name to type in a waiver, not a sentence


def is_code(text: str) -> bool:
    return bool(CODE.fullmatch(text))


def is_alias(text: str) -> bool:
    return len(text) <= ALIAS_LENGTH and bool(ALIAS.fullmatch(text))


def names_a_rule(text: str) -> bool:
    """True for text shaped like a code or an alias (whether a rule has it is the registry's business)."""
    return is_code(text) or is_alias(text)


def family(code: str) -> str:
    """'A11Y002' -> 'A11Y'; text that is not a code is its own family."""
    match = CODE.fullmatch(code)
    return match.group("family") if match else code


def order(code: str) -> tuple[str, int]:
    """Sort key: by family, then by number (PHI002 before PHI010)."""
    match = CODE.fullmatch(code)
    return (match.group("family"), int(match.group("number"))) if match else (code, 0)
