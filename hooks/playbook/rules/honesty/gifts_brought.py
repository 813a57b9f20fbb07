"""FTC004: goods we bring, send or give the reader (a basket of pastries, a pie, a mug) are something of value.

A reply that promises the reader a gift in kind pays for a review as a gift card does: "si gustan cambiar la reseña ...,
les llevamos una canasta de pan dulce", "update your review and we'll drop off a pie", "we'd love to treat you to lunch
as a thank-you for the five stars" (round 150). Read as a shape: a verb of giving of ours, the reader its object or none ("we'll
send you", "we'll drop off", "les llevamos", "te vamos a mandar") and, within three words, a thing people give (a basket, a cake, flowers,
a mug, a meal), no thanks or "for" between ("les damos gracias por el pastel" thanks them for theirs). A link, a
form, a call or a reminder sent is no gift: none is in the list. Like a charge removed
(charges_removed.py), it counts only where FTC004 already reads a review asked for, mentioned with a cue or a thanks, or
asked to change. One scan per sentence: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...bilingual import phrases
from ...wordlists import wordlist

_GIVE_EN = (
    r"(?:we['’]ll|we[ \t]+will|we['’]d[ \t]+(?:love|like)[ \t]+to|we[ \t]+(?:can|could|want[ \t]+to)|(?:we['’]re[ \t]+)?happy[ \t]+to|let[ \t]+us)[ \t]+"
    r"(?:(?:bring|send|mail|ship|drop[ \t]+off|give|deliver)(?:[ \t]+(?:you|y['’]all|your[ \t]+family|you[ \t]+all))?(?:[ \t]+(?:over|out|by))?"
    r"|treat[ \t]+(?:you|y['’]all|your[ \t]+family|you[ \t]+all)[ \t]+to)"
)
_WE_GIVE = "llevamos|llevaremos|mandamos|mandaremos|enviamos|enviaremos|regalamos|regalaremos|damos|daremos|traemos|traeremos|obsequiamos|invitamos|invitaremos"
_TO_GIVE = "llevar|mandar|enviar|regalar|dar|traer|obsequiar|invitar"
_GIVE_ES = rf"(?:les?|te)[ \t]+(?:{_WE_GIVE}|(?:vamos|voy)[ \t]+a[ \t]+(?:{_TO_GIVE}))|(?:vamos|voy)[ \t]+a[ \t]+(?:{_TO_GIVE})(?:les|le|te)"
_GOODS = phrases(wordlist("honesty")["gifts_in_kind"])  # a basket, a cake, flowers, a mug, a meal (honesty.yml)
GIFT = lazyre.compile(
    rf"(?<![\w-])(?:{_GIVE_EN}|{_GIVE_ES})[ \t]+(?:(?:a|an|some|un|una|unos|unas|al|a[ \t]+la)[ \t]+)?(?:(?!(?:gracias|thanks|thank|por|for|para|with|con|about|sobre)[ \t])[\w'’-]+[ \t]+){{0,3}}?(?:{_GOODS})(?![\w-])",
    re.IGNORECASE,
)


def gifts_brought(sentence: str) -> list[re.Match]:
    """Each gift in kind promised to the reader in `sentence`, as reward matches are."""
    return list(GIFT.finditer(sentence))
