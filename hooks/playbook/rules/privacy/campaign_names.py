"""Names a practice gives its outreach: a health van or tent, and a campaign day worn in a colour.

A practice names its mobile clinic with a common noun and what it brings ("la Van de la Salud", "the Bus of Health",
"la Carpa de la Esperanza") and joins campaigns named by a colour and a day or a cause ("Go Red Friday", "Wear Red
Day", "Go Red for Women", "Green Friday", "Pink Out"). "Van", "Red" or "Rosa" there name no one, so neither a first
name nor a greeting ("Go <Name>!") reads them. What says person stays a name: anything after the word that is not the
programme's good or the campaign's day or cause ("Go Red, your cast is off!", "Van Ortiz came in for stitches"). Each
reading looks a bounded window after the word: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

_NAMES = wordlist("privacy-names")
# "Van de la Salud", "Bus of Health", "Unidad Movil de Salud": the vehicle, at most one word of its kind, then its good.
_VEHICLE = lazyre.compile(
    rf"(?:{alternation(_NAMES['programme_vehicles'])})(?:[ \t]+(?:M[oó]vil|Mobile|M[eé]dic[ao]|Medical))?"
    rf"[ \t]+(?:de[ \t]+(?:la[ \t]+|los[ \t]+|las[ \t]+)?|del[ \t]+|of[ \t]+(?:the[ \t]+)?|for[ \t]+)(?:{alternation(_NAMES['programme_goods'])})(?![\w'’-])"
)
# "Red Friday", "Red for Women", "Green Day": the colour, then the campaign's day or cause.
_CAMPAIGN = lazyre.compile(rf"(?:{alternation(_NAMES['campaign_colours'])})[ \t]+(?i:{alternation(_NAMES['campaign_after'])})(?![\w'’-])")


def campaign_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` opens a programme's vehicle ("Van de la Salud") or a colour's campaign
    day or cause ("Red Friday" in "Go Red Friday")."""
    return _VEHICLE.match(text, start) is not None or _CAMPAIGN.match(text, start) is not None
