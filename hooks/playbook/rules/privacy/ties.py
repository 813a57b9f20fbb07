"""How a text ties care to one it describes (PHI011, names.py), after the description rather than beside it.

A role at a place, an epithet or a job up a named hollow singles out one person; it discloses once the text
tells of their care. Beside the description that is care.py's reading; these are the ties that come after
it: the next sentence about her or him ("... at Lincoln! She's back after knee surgery with us"), care they
let us, our doctor or our team give ("... finally let us close that foot wound", "nos dejo curar esa herida", "finally
let Dr. <Name> fix that bunion", "dejo que la Dra. <Name> le operara la rodilla"), a nod at the one
described ("... that shin wound is closed! You know who you are"), and thanks for their leave, or their
family's, to tell of their body or their care ("... for letting us share the story of his kidney",
"por dejarnos contar lo de su rinon"); care done to him or her, or a reading of theirs, is done_to.py's.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, phrase_pattern, sentence_of
from . import care, done_to, vocabulary
from .figure_care import without_tours

_SHE_HE = lazyre.compile(
    r"[\s\"'“‘(¡]*(?:(?i:she|he|his|her|ella|el)(?:['’]s)?(?![\w-])"
    # or what was done to them: "They checked her sugar ..." (round 157)
    r"|(?i:we|they)[ \t]+(?:[\w'’-]+[ \t]+){1,2}?(?i:her|him|his)(?![\w-])"
    # or a short lead that holds their pronoun: "After that gout flare in her knee she ...", "Tras su caída ..." (round 111)
    r"|(?i:after|since|despite|before|tras|despues[ \t]+de|desde)[ \t]+(?:[\w'’-]+[ \t]+){0,7}?(?i:her|his|su)(?![\w-]))"
)
_OURS = lazyre.compile(r"(?<![\w-])(?i:us|our|we|nosotros|nuestr[oa]s?)(?![\w-])")
# A Spanish sentence that opens on what was done to them, by us or by those named before: "Le revisaron el azúcar ...",
# "Le ajustamos la insulina" (round 157): with care in it, it is their care; a wish or thanks sent is none ("Le deseamos
# pronta recuperación").
_DONE_TO_THEM = lazyre.compile(r"[\s\"'“‘(¡]*(?i:le)[ \t]+(?!(?i:dese|mand|envi|agradec|felicit|dedic|dimos|dieron|damos|ech|reza|or)\w*(?![\w-]))\w{2,14}(?:aron|ieron|amos|imos|emos)(?![\w-])")


def told(body: str, bounds: list[int], match: re.Match, end: int) -> bool:
    """Whether the text after the description `match` (its sentence ends at `end`) tells of their care."""
    if done_to.done_to(body, match.end(), end):  # "... let us fit him for hearing aids", "... ya tiene la A1C en 6.9"
        return True
    if done_to.done_before(body, sentence_of(bounds, match.start())[0], match, end):  # "our team stitched up <them>"
        return True
    if told_us(body, match.end(), end):  # "... called our line and told <Member> he didn't see the point anymore"
        return True
    return told_next(body, bounds, end) or allowed_care(body, match.end(), end) or nodded_care(body, bounds, match.start(), end) or consented_story(body, sentence_of(bounds, match.start())[0], end)


# Their own words to us of a condition: "told <Member> he ...", "nos contó que ...", "le dijo a la Dra. <Name> que ella ..."
_TOLD_US = lazyre.compile(
    r"(?<![\w-])(?i:told|tells|admitted[ \t]+to|confided[ \t]+in|nos[ \t]+cont[oó]|nos[ \t]+dijo|le[ \t]+cont[oó][ \t]+a|le[ \t]+dijo[ \t]+a)"
    r"[ \t]+(?:(?i:us|our[ \t]+[\w'’-]+|(?:la|el)[ \t]+(?:Dra?\.?[ \t]+)?[A-Z][\w'’-]+|[A-Z][\w'’-]+)[ \t]+)?(?:(?i:that|que)[ \t]+)?(?i:he|she|él|ella)(?![\w-])"
)
_TOLD_WINDOW = 60  # characters after the telling where the condition they told stands


def told_us(body: str, pos: int, end: int) -> bool:
    """Whether, after a description (pos to the end of its sentence), they told us or a member of a condition the
    lexicon holds ("called our farm line and told <Member> he didn't see the point anymore")."""
    for telling in _TOLD_US.finditer(body, pos, end):
        window = body[telling.end() : min(end, telling.end() + _TOLD_WINDOW)]
        if any(found.category == lexicon_clinical.CONDITION and not found.common for found in lexicon_clinical.find(window)):
            return True
    return False


_SPACE = lazyre.compile(r"\s*")
_FRAGMENT = 60  # characters: a short line between the description and "he"/"she" ("34 years on the route!!")
_ANYONE_ELSE = lazyre.compile(r"(?<![\w'’-])(?:(?i:she|he|her|him|his|ella|él)|[A-Z][a-z]+[ \t]+[A-Z][a-z]+)(?![\w'’-])")


def told_next(body: str, bounds: list[int], end: int) -> bool:
    """The next sentence tells of the care of the one just described: "... at Lincoln! She's back after knee surgery with
    us"; past one short line about them that names no one ("... mail carrier 📬 34 years on the route!! He finally let
    Dr. <Name> work on that shoulder"). It may open on a short lead that holds their pronoun ("After that flare in her
    knee she ..."), or on what was done to them ("Le ajustamos la insulina"), and our part may open the sentence after it
    ("With a little help from our team, ...")."""
    if end < len(body) and not (_SHE_HE.match(body, end) or _DONE_TO_THEM.match(body, end)):
        line = sentence_of(bounds, min(len(body) - 1, _SPACE.match(body, end).end() + 1))
        if line[0] < end or line[1] - end > _FRAGMENT or _ANYONE_ELSE.search(body, end, line[1]):
            return False
        end = line[1]
    if end >= len(body) or not (_SHE_HE.match(body, end) or _DONE_TO_THEM.match(body, end)):
        return False
    start, stop = sentence_of(bounds, min(len(body) - 1, _SPACE.match(body, end).end() + 1))  # a match, not a slice: linear
    body = without_tours(body)  # "She toured the new hyperbaric unit with Dr. <Name>": a visit (round 158)
    if _DONE_TO_THEM.match(body, end) and care.care_in(body, start, stop):
        return True
    if allowed_care(body, start, stop):
        return True  # "He finally let Dr. <Name> work on that shoulder"
    if care.cared_for(body, start, stop):
        return True
    if not care.care_in(body, start, stop):
        return False
    if _OURS.search(body, start, stop) is not None:
        return True
    after = sentence_of(bounds, min(len(body) - 1, _SPACE.match(body, stop).end() + 1)) if stop < len(body) else None
    return after is not None and after[0] >= stop and _OURS_HELP.match(body, _SPACE.match(body, after[0]).end()) is not None  # "... With help from our team, she ..."


# The sentence after their care, opening on our help with it: "With a little help from our team, ...", "Con ayuda de nuestro equipo ..."
_OURS_HELP = lazyre.compile(
    r"[\"'“‘(¡]*(?i:with[ \t]+(?:a[ \t]+little[ \t]+|some[ \t]+|a[ \t]+lot[ \t]+of[ \t]+)?help[ \t]+from|thanks[ \t]+to|con[ \t]+(?:la[ \t]+|un[ \t]+poco[ \t]+de[ \t]+)?ayuda[ \t]+de|gracias[ \t]+a)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:our|us|nuestr[oa]s?|nosotros)(?![\w-])"
)


# Care we were allowed to give: "finally let us dress that shin ulcer", "nos dejo curar esa herida del
# pie". The verb is care, so a condition that is also an everyday word ("wound", "herida") counts after it.
# Or our doctor or team, named or not, or anyone by name, whom they let do it: "finally let Dr. <Name> fix that bunion", "let our surgeon
# replace that hip", "dejo que la Dra. <Name> le operara la rodilla", "por fin se dejo operar el juanete".
_OURS_WHO = (
    rf"(?:(?i:dr|dra|doc|doctor|doctora)\.?[ \t]+[A-Z][\w'’-]+|(?i:our|the|my|nuestr[oa]s?|(?:a|al)[ \t]+(?:la|el|los|las|nuestr[oa]s?)|la|el|los|las)[ \t]+"
    rf"(?i:{alternation((*vocabulary.NAMES['staff_nouns_alt'], 'team', 'docs', 'doc', 'podiatrist', 'orthopedist', 'dentist', 'equipo', 'cirujano', 'cirujana', 'podologo', 'podologa', 'dentista'))})"
    rf"(?:[ \t]+(?:(?i:dr|dra)\.?[ \t]+)?[A-Z][\w'’-]+)?"
    r"|(?-i:[A-Z][a-z][\w'’-]+))"  # or one by name, a member of ours or not: "letting <Member> check your blood pressure" (round 157)
)
_LET_US = lazyre.compile(
    rf"(?<![\w-])(?:(?i:let|lets|letting|allowed|allow)[ \t]+(?:(?i:us|us[ \t]+to)|{_OURS_WHO}(?:[ \t]+(?i:to))?)|(?i:nos[ \t]+dej(?:o|aron|a)|nos[ \t]+permiti(?:o|eron)))"
    r"[ \t]+(?:(?i:finally|at[ \t]+last|por[ \t]+fin|ya)[ \t]+)?"
    r"(?i:close|heal|treat|dress|clean|drain|stitch|fix|finish|take[ \t]+care[ \t]+of|look[ \t]+at|replace|repair|remove|operate[ \t]+on|take[ \t]+out|straighten|scope|work[ \t]+on|"
    r"check|measure|monitor|cerrar|curar|tratar|limpiar|drenar|suturar|coser|sanar|terminar[ \t]+(?:de[ \t]+)?(?:curar|cerrar|tratar)|revisar|atender|operar|arreglar|quitar|reemplazar|cambiar"
    r"|checar|medir|tomar|tomarle|checarle|medirle)"  # a reading of theirs taken: "letting <Member> check your blood pressure" (round 157)
    r"(?:[ \t]+(?i:out|up|off))?(?![\w-])"
    # "dejo que la Dra. <Name> le operara", "por fin se dejo operar", "se dejo arreglar"
    rf"|(?<![\w-])(?i:dej(?:o|aron|a|ar|arnos)|permiti(?:o|eron|r))[ \t]+(?i:que)[ \t]+(?:{_OURS_WHO}|(?i:nosotros|le|les))[ \t]+(?:(?i:le|les|lo|la|se[ \t]+lo|se[ \t]+la)[ \t]+)?"
    r"(?i:operara|operaran|arreglara|arreglaran|quitara|quitaran|curara|curaran|tratara|trataran|reemplazara|cambiara|revisara|enyesara|cosiera|sacara|pusiera"
    r"|tome|tomara|revise|mida|midiera|cheque|checara)(?![\w-])"  # "por dejar que <Member> le tome la presión" (round 157)
    r"|(?<![\w-])(?i:se)[ \t]+(?i:dej(?:o|a))[ \t]+(?:(?i:por[ \t]+fin|ya)[ \t]+)?(?i:operar|arreglar|quitar|curar|tratar|revisar|enyesar|reemplazar)(?![\w-])"
)
# What nods at one person: "you know who you are", "usted sabe quien es", "ya sabes quien eres".
NOD = lazyre.compile(r"(?<![\w-])(?i:you[ \t]+know[ \t]+who[ \t]+you[ \t]+are|(?:usted|tu|ya)[ \t]+sabes?[ \t]+quien[ \t]+(?:es|eres)|sabe[ \t]+quien[ \t]+es|sabes[ \t]+quien[ \t]+eres)(?![\w-])")
# What a condition word names when it is no one's: a topic, an event, a season ("this flu shot clinic").
_NOT_CARE = phrase_pattern((*vocabulary.DESCRIBED["topics"], *vocabulary.DESCRIBED["events"], *vocabulary.DESCRIBED["not_own_care"]))
_GATHERING = lazyre.compile(r"(?<![\w-])(?i:clinics?|clinicas?|season|temporada|campaign|campana|month|mes|awareness)(?![\w-])")
# "that shin wound", "esa herida", "his sore": a condition that is also an everyday word, made someone's.
_THIS_ONE = lazyre.compile(r"(?<![\w-])(?i:that|this|those|his|her|their|esa|ese|esas|esos|esta|este|su|sus)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?=\S)")


def _condition(text: str, start: int, end: int) -> bool:
    """A word of care in text[start:end], or a condition that is also an everyday word ("wound") right there."""
    return care.care_in(text, start, end) or any(found.category == "condition" for found in lexicon_clinical.find(text[start:end]))


def allowed_care(body: str, start: int, end: int) -> bool:
    """The one described let us treat a condition of theirs, in text[start:end]: "... at last let us drain that
    knee cyst", "... por fin nos dejo curar esa herida"; not "let us clean up the park"."""
    for verb in _LET_US.finditer(body, start, end):
        if _condition(body, verb.end(), min(end, verb.end() + 40)):
            return True
    return False


def nodded_care(body: str, bounds: list[int], start: int, end: int) -> bool:
    """A nod at the one described ("you know who you are") in their sentence or the next two, with a condition of
    theirs there ("... that shin wound is closed! You know who you are", "ya sabe quien es. Por fin nos dejo
    curar esa herida"); not what we did with them ("... for the pie at this flu shot clinic")."""
    stop = end
    for _ in range(2):
        if stop >= len(body):
            break
        stop = sentence_of(bounds, stop)[1]
    if NOD.search(body, start, stop) is None:
        return False
    if allowed_care(body, start, stop):
        return True
    for mine in _THIS_ONE.finditer(body, start, stop):
        window = " ".join(body[mine.end() : min(stop, mine.end() + 40)].split()[:3])  # "that shin wound", not "this Saturday at our clinic"
        if any(found.category == "condition" for found in lexicon_clinical.find(window)) and not (_NOT_CARE.search(window) or _GATHERING.search(window)):
            return True
    return False


# Leave to tell one's health: "for letting us share", "thanks for allowing us to tell", "por dejarnos contar",
# "por permitirnos compartir", "nos dieron permiso de publicar": what follows is theirs, told with their consent.
_LEAVE_TO_TELL = lazyre.compile(
    r"(?<![\w-])(?i:let(?:ting)?[ \t]+us|allow(?:ing|ed)?[ \t]+us[ \t]+to|permission[ \t]+to|"
    r"(?:por[ \t]+)?(?:dejarnos|permitirnos)|nos[ \t]+(?:dej(?:o|aron|an)|permiti(?:o|eron)|dieron[ \t]+permiso[ \t]+(?:de|para)|dio[ \t]+permiso[ \t]+(?:de|para)))[ \t]+"
    r"(?i:share|tell|post|write[ \t]+about|talk[ \t]+about|feature|contar|compartir|publicar|platicar|hablar[ \t]+de)(?![\w-])"
)


def consented_story(body: str, start: int, end: int) -> bool:
    """Leave to tell of the body or the care of the one described, in body[start:end]: "... for letting us share
    his kidney story", "por dejarnos contar lo de su higado"; any part of the body or clinical word within a few
    words counts, the telling makes it theirs. Not leave to share a recipe, a photo of the parade or their tips on asthma."""
    for leave in _LEAVE_TO_TELL.finditer(body, start, end):
        window = " ".join(body[leave.end() : min(end, leave.end() + 60)].split()[:7])
        if _ADVICE.search(window) or _NOT_CARE.search(window):
            continue  # "for letting us share her tips on asthma": what they know, not what they have
        if care.care_in(window) or lexicon_clinical.find(window):
            return True
    return False


_ADVICE = lazyre.compile(
    r"(?<![\w-])(?i:tips?|advice|know-?how|expertise|wisdom|recipes?|lessons?|slides?|talk|presentation|research|consejos?|"
    r"recomendaciones|receta|recetas|charla|platica|experiencia[ \t]+como|saber|conocimientos?)(?![\w-])"
)
