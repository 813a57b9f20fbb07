"""FTC004: a charge taken away (a fee waived, a charge removed, a balance cleared) is something of value given.

A reply that removes a fee and, in the same breath, asks the reader to update or change their review pays for the
change as surely as a refund does ("le anulamos la multa; ¿podría cambiar su comentario?", "we've dropped the no-show fee; would you consider revising your review?"). Read as a shape: a charge noun
(fee, charge, balance, copay, cargo, cobro, multa, saldo ...) with a verb that takes it away before it ("quitamos el
cargo", "waived your late fee", "le anulamos la multa") or a participle after it ("the fee was waived", "el cobro
quedó cancelado"), or the charge as a pronoun taken off an account ("se lo quitamos de la cuenta"). Whatever the verb's tense, the charge's kind or its owner, it is a thing of value; it counts only
where FTC004 already reads a review asked for or asked to change.
"""

from __future__ import annotations

import re

from ... import lazyre

_CHARGE = (
    r"(?:fees?|charges?|balance|copays?|co-pays?|bill|penalty|penalties|surcharge|invoice|cargos?|cobros?|cuotas?|multas?"
    r"|saldos?|tarifas?|copagos?|factura|recargos?|penalizaci[oó]n|adeudos?|deudas?)"
)
_ACCOUNT = r"(?:cuenta|account|bill|factura|statement|balance|saldo)"
_REMOVE_EN = r"(?:remov|waiv|dropp?|cancell?|revers|void|eras|wip|clear|forgiv|forgave|zero|scrapp?|nix|writ|wrot|tak|took|knock|strik|struck)\w*"
_REMOVE_ES = r"(?:quit|elimin|anul|cancel|borr|condon|perdon|retir|revirt|revert|descont|exoner|dispens)\w*"
_AWAY = r"(?:[ \t]+(?:off|out|away|down))?"
_BETWEEN = r"(?:[ \t]+(?:le|te|les|se|lo|la|it|that|the|your|his|her|their|this|el|los|las|su|sus|tu|tus|ese|esa|[\w'-]+)){1,4}?[ \t]+"
_GONE = r"(?:was|were|is|are|has[ \t]+been|have[ \t]+been|got|fue|fueron|ha[ \t]+sido|queda|quedo|quedó|esta|está|ya)"
REMOVED = lazyre.compile(
    rf"(?<![\w-])(?:{_REMOVE_EN}|{_REMOVE_ES}){_AWAY}{_BETWEEN}(?:[\w-]+[ \t]+)?{_CHARGE}(?![\w-])"
    rf"|(?<![\w-]){_CHARGE}(?:[ \t]+[\w-]+){{0,4}}?[ \t]+{_GONE}(?:[ \t]+(?:already|ya|now|been))?[ \t]+(?:{_REMOVE_EN}|{_REMOVE_ES}){_AWAY}(?![\w-])"
    # the charge only a pronoun, taken off the reader's account: "se lo quitamos de la cuenta", "we'll take it off your bill"
    rf"|(?<![\w-])(?:{_REMOVE_EN}|{_REMOVE_ES})(?:[ \t]+(?:it|that|them))?[ \t]+(?:de|del|from|off)[ \t]+(?:(?:la|el|su|tu|your|the)[ \t]+)?{_ACCOUNT}(?![\w-])",
    re.IGNORECASE,
)


def removed_charges(sentence: str) -> list[re.Match]:
    """Each charge taken away in `sentence`, as reward matches are."""
    return list(REMOVED.finditer(sentence))
