"""The practice's own new premises, announced: "We moved! Find us at <number> <street>, Suite 210, across from <shop>" (PHI009).

A practice that moves or opens a site says so in the first person and gives the new address the way businesses give
theirs: a suite, a floor or a unit after it, or a shop or a public building beside it ("¡Nos cambiamos! Ahora estamos en
<number> <street>, Suite B", "WE MOVED: as of Monday <Practice> is at <number> <street>, 2nd floor, next to the
laundromat", "Now open at <number> <street>, Suite 210", "a dos cuadras del <Store>"). That address is the practice's
own and public; a household's is not. So an address passes when its sentence, or the one before it, says that we moved,
are moving, are now at, now open or that our new place is there ("we moved", "we've moved to", "we're now at", "now open
at", "our new location", "nos mudamos", "nos cambiamos", "ahora estamos en", "nos encuentran en", "estaremos en",
"nuestra nueva clínica", "la clínica ... estará en"), and the address has a business's unit right after it or a
landmark of trade in its sentence ("Suite B", "Ste. 4", "Local 3", "2nd floor", "segundo piso", "across from the
bakery", "al lado del banco", "frente a la farmacia", "a dos cuadras de <Name>").

It stays an address when "we moved" has an object ("we moved her visit to ..."), when the sentence names a person by
title or a patient or a family ("... at <number> <street> for Mrs. <Name>", "la familia que vive en ...": household words
are read first, addresses.py), or tells of a delivery or a home visit ("we dropped the walker at ...", "le llevamos ...").
Bounded looks in the address's sentence and the one before: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import sentence_of

# "moved" with no object of its own: "we moved!", "we've moved to", "we moved upstairs"; not "we moved her visit to".
_PLACE_AFTER_MOVE = r"(?=[ \t]*(?:[^\w \t]|$)|[ \t]+(?i:to|into|in|upstairs|downstairs|across|down|up|over|next|around|two|three|a[ \t]+few|just|our|locations|offices|buildings)(?![\w'’-]))"
_MOVED = lazyre.compile(
    r"(?<![\w'’-])(?:"
    rf"(?i:we|we['’]ve|we[ \t]+have|we['’]re|we[ \t]+are|we[ \t]+just|we['’]ve[ \t]+just|we[ \t]+have[ \t]+just)[ \t]+(?i:moved|relocated|moving|relocating){_PLACE_AFTER_MOVE}"
    r"|(?i:we['’]re|we[ \t]+are)[ \t]+(?i:now[ \t]+(?:at|on|in|located|open)|located[ \t]+at|open[ \t]+at)"
    r"|(?i:now|newly)[ \t]+(?i:open|opened)[ \t]+(?i:at|on|in)"
    r"|(?i:our)[ \t]+(?i:new|brand[ \t-]new)[ \t]+(?i:location|address|office|clinic|home|building|space|suite|site|digs)"
    r"|(?i:find|visit)[ \t]+(?i:us)[ \t]+(?i:now[ \t]+)?(?i:at)"
    r"|(?i:grand|soft)[ \t]+(?i:opening)"
    r"|(?i:nos)[ \t]+(?i:mudamos|cambiamos|trasladamos|movimos|mudaremos|cambiaremos|estamos[ \t]+mudando|estamos[ \t]+cambiando)"
    r"|(?i:ahora|ya)[ \t]+(?i:estamos|nos[ \t]+encuentra[ns]?)[ \t]+(?i:en|a)"
    r"|(?i:nos)[ \t]+(?i:encuentra[ns]?|encontrara[ns]?|ubica[ns]?)[ \t]+(?i:en|ahora)"
    r"|(?i:estaremos|atenderemos|abrimos|inauguramos)[ \t]+(?i:en|a[ \t]+partir|desde|nuestr[ao])"
    r"|(?i:nuestr[ao])[ \t]+(?i:nuev[ao])[ \t]+(?i:direccion|ubicacion|local|oficina|clinica|consultorio|casa|sede|edificio|sucursal)"
    r"|(?i:nuestr[ao]|la|el)[ \t]+(?i:clinica|oficina|consultorio|sucursal|sede|unidad|centro)(?:[ \t]+[\w'’-]+){0,8}?[ \t]+(?i:estara|abrira|atendera)[ \t]+(?i:en)"
    # a move's headline opening the post and its first day: "¡Nueva dirección! Starting Monday we're at ..." (round 157;
    # not "Her new address: ...", nor a headline after someone: "Sending Mrs. <Name> her refills. New address: ...")
    r"|(?<![\s\S])[^\w]{0,6}(?i:new[ \t]+address|new[ \t]+location|nueva[ \t]+direccion|nueva[ \t]+ubicacion)[ \t]*[!¡:.]"
    r"|(?i:starting|beginning|from|as[ \t]+of|a[ \t]+partir[ \t]+del?|desde[ \t]+el)[ \t]+(?:[\w'’-]+[ \t,]+){1,3}?(?i:we['’]re|we[ \t]+are|we['’]ll[ \t]+be|we[ \t]+will[ \t]+be|estamos|estaremos)[ \t]+(?i:at|on|in|en)"
    r")(?![\w'’-])"
)
# A business's unit right after the address: "Suite B", "Ste. 210", "Unit 4", "Local 3", "2nd floor", "segundo piso".
_UNIT = lazyre.compile(
    r"(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\.?)?[ \t]*[,(]?[ \t]*(?:(?i:suite|ste|office|oficina|local|bldg|building|edificio|floor|piso)\.?[ \t]*#?[ \t]*[\w-]{1,5}(?![\w-])"
    r"|\d{1,2}(?i:st|nd|rd|th|er|ro|do|o|º)?[ \t]+(?i:floor|piso)(?![\w-])"
    r"|(?i:primer|segundo|tercer|cuarto|second|third|fourth|ground|top|upper)[ \t]+(?i:floor|piso)(?![\w-])|(?i:planta[ \t]+alta|upstairs)(?![\w-]))"
)
# A landmark of trade or a public building beside it: "across from the bakery", "al lado del banco", "a dos cuadras del <Store>".
_BESIDE = (
    r"(?i:across[ \t]+(?:the[ \t]+street[ \t]+)?from|next[ \t]+(?:door[ \t]+)?to|right[ \t]+(?:by|behind|above)|behind|above|below|upstairs[ \t]+from|"
    r"(?:one|two|three|a[ \t]+few)[ \t]+blocks?[ \t]+(?:from|down|up|east|west|north|south)|"
    r"a[ \t]+(?:un|el)?[ \t]*lad(?:o|ito)[ \t]+de|al[ \t]+lad(?:o|ito)[ \t]+de|a[ \t]+la[ \t]+par[ \t]+de|frente[ \t]+a|enfrente[ \t]+de|junto[ \t]+a|arriba[ \t]+de|encima[ \t]+de|"
    r"detras[ \t]+de|cerca[ \t]+de|a[ \t]+(?:una|dos|tres|media)[ \t]+cuadras?[ \t]+de|esquina[ \t]+con)"
)
_TRADE = (
    r"(?i:bakery|laundromat|bank|pharmacy|drugstore|library|post[ \t]+office|courthouse|city[ \t]+hall|church|school|park|station|stop|mall|plaza|"
    r"market|grocery|store|supermarket|gas[ \t]+station|restaurant|cafe|diner|fire[ \t]+station|hospital|old[ \t]+(?:office|location|building|clinic)|hardware[ \t]+store|"
    r"ferreteria|tortilleria|carniceria|taqueria|"
    r"panaderia|lavanderia|banco|farmacia|biblioteca|oficina[ \t]+de[ \t]+correos|correo|iglesia|parroquia|escuela|parque|estacion|parada|plaza|mercado|"
    r"tienda|super|supermercado|gasolinera|restaurante|cafeteria|hospital|donde[ \t]+estabamos|la[ \t]+oficina[ \t]+anterior|el[ \t]+local[ \t]+anterior)"
)
_LANDMARK = lazyre.compile(rf"(?<![\w'’-]){_BESIDE}l?[ \t]+(?:(?i:the|la|el|los|las|del|al|un|una|our|nuestr[oa])[ \t]+)?(?:(?:[\w'’-]+[ \t]+){{0,2}}?{_TRADE}(?![\w'’-])|[A-Z][\w'’&-]*)")
# No one's: a person by title, a patient or a family, a delivery in the sentence (groups in the
# plural, "more room for our patients", are no one).
_TITLED_OR_DELIVERED = (
    r"(?:Mr|Mrs|Ms|Miss|Sr|Sra|Srta|Don|Dona|Doña)\.?[ \t]+[A-Z]"
    r"|(?i:dropped|dropping|delivered|delivering|brought|bringing|drove|picked[ \t]+up|dejamos|llevamos|entregamos|recogemos|recogimos)(?![\w'’-])"
)
# "Family" inside a practice's or a specialty's name is no household ("<Town> Family Health va a estar en ...", "our family
# medicine office"): not before a capitalised word in English, nor before medicine, practice or health in any case.
_SOMEONE = lazyre.compile(
    rf"(?<![\w'’-])(?:{_TITLED_OR_DELIVERED}|(?i:patient|paciente|familia)(?![\w'’-])"
    r"|(?i:family)(?![\w'’-])(?![ \t]+(?:[A-Z]|(?i:medicine|practice|health|physicians?|doctors?|dentistry)(?![\w'’-]))))"
)
_DELIVERY = lazyre.compile(rf"(?<![\w'’-])(?:{_TITLED_OR_DELIVERED})")


def someone_in(body: str, start: int, end: int) -> bool:
    """Whether the sentence body[start:end] names a person by title, a patient or a family, or tells of a delivery: the
    address there is someone's, whatever the sentence before announced ("¡Nos mudamos! We dropped her oxygen at ...")."""
    return _SOMEONE.search(body, start, end) is not None


def delivery_in(body: str, start: int, end: int) -> bool:
    """Whether the sentence body[start:end] names a person by title or tells of a delivery ("we dropped her oxygen at
    <address>, Suite 7"): a suite or a venue beside the address does not make it a place then. A family's or a patients'
    event ("Family Health Fair") is no one's."""
    return _DELIVERY.search(body, start, end) is not None


def own_move(body: str, bounds: tuple[int, ...], start: int, end: int, match: re.Match) -> str:
    """'place' when the address `match` (in the sentence body[start:end]) is the practice's own new premises, announced
    as a move or an opening in its sentence or the one before, with a business's unit after it or a landmark of trade
    in its sentence, and no one's in the sentence; '' otherwise."""
    if not (_UNIT.match(body, match.end()) or _LANDMARK.search(body, start, end)):
        return ""
    if someone_in(body, start, end):
        return ""
    before = sentence_of(bounds, start - 1)[0] if start > 0 else start
    return "place" if _MOVED.search(body, before, end) else ""
