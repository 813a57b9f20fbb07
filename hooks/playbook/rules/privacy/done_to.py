"""Care said as what we did to one described, or as a reading of theirs (PHI011, through ties.py).

A role at a place ("the lollipop man at Brookside Primary", "la señora de los elotes de la calle 9") singles out one
person; ties.py reads care they let us give when a condition follows the verb ("let us close that foot wound").
People also tell it as a fitting or a procedure done to him or her, the condition or the device after the pronoun:
"let us fit him for hearing aids", "we started her on insulin", "le pusimos sus lentes para la catarata", "por fin
nos dejo vacunarlo contra la culebrilla", or as leave to act on a part of their body, whatever the verb ("at last let us
freeze the mole on her cheek"). Or they give a lab value or a vital sign of theirs as news: "ya tiene la
A1C en 6.9", "his sugar is down to 118", "la presion ya en 124/80". A reading said as a goal or a cut-off ("an A1C
under 7", "la meta es menos de 130") is education, and a count is no reading ("took blood pressure 80 times", "140 glucose checks and handed out 200 flyers": a lab and a
number in two clauses joined by "and"/"y"): both pass; so does what we did with no care after it ("we
gave him a tour of the new wing"). The care may also come first, the one described its object: "our team stitched up
the crossing guard at <School>", "we gave the librarian at <Library> IV fluids", "le pusimos suero a la maestra de <School>",
"vacunamos al cartero de <Colonia>" (done_before); or as a discharge ("ya le dio de alta", "cleared her to play"); "we treated the crossing guard to lunch" and "we gave the librarian at
<Library> a tour" pass. A name may be that object too ("we fitted a knee brace on <Name>": done_to_named), where what
is given must be put "on" or "to" them. Every repeat is bounded, one scan per pattern: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import lazyre
from ...text import alternation, sentence_of
from ...wordlists import wordlist
from . import care
from .everyday_senses import TREATED_TO
from .injuries import mended_around

# Verbs of care done to someone, the object pronoun after them: "let us fit him", "we started her", "le pusimos".
_LET = r"(?i:let|lets|letting|allowed|allow)[ \t]+us[ \t]+(?:(?i:to|finally|at[ \t]+last)[ \t]+)?"
_DO = (
    r"(?i:fit|vaccinate|test|check|screen|scope|cast|splint|brace|start|switch|put|get|set|give|examine|treat|stitch|"
    r"measure|operate[ \t]+on|work[ \t]+on)"
)
_DID = (
    r"(?i:fitted|fit|vaccinated|tested|checked|screened|scoped|casted|cast|splinted|braced|started|switched|put|got|set|gave|"
    r"examined|treated|stitched|measured|operated[ \t]+on|worked[ \t]+on)"
)
_HECHO = (
    r"(?i:pusimos|hicimos|operamos|vacunamos|revisamos|quitamos|cambiamos|empezamos|recetamos|tomamos|medimos|sacamos|"
    r"colocamos|aplicamos|cosimos|enyesamos|checamos|tratamos|atendimos)"
)
_HACER = r"(?i:poner|hacer|operar|vacunar|revisar|quitar|cambiar|medir|tomar|sacar|colocar|aplicar|checar|enyesar|tratar|atender)"
_TO_THEM = lazyre.compile(
    rf"(?<![\w-])(?:{_LET}{_DO}|(?i:we)[ \t]+(?:(?i:finally|just|already|got[ \t]+to)[ \t]+)?{_DID})[ \t]+(?i:him|her|them)(?![\w-])"
    rf"|(?<![\w-])(?:(?i:le|les|la|lo)[ \t]+{_HECHO}"
    rf"|(?i:nos[ \t]+dej(?:o|aron|a)|nos[ \t]+permiti(?:o|eron))[ \t]+(?:(?i:por[ \t]+fin|ya)[ \t]+)?{_HACER}(?i:le|la|lo|les))(?![\w-])"
)
# Something on their body we were let act on, whatever the verb: "at last let us freeze the mole on her cheek", "let us
# look at the bump on her shin", "let us have a look at that elbow" (round 132), "por fin nos dejo quitarle esa bolita de la
# mejilla" (not "let us clean up the park").
_PART = alternation(wordlist("privacy-owned")["body_parts"])
_LET_PART = lazyre.compile(
    rf"(?<![\w-])(?:{_LET}|(?i:nos[ \t]+dej(?:o|ó|aron|a)|nos[ \t]+permiti(?:o|ó|eron))[ \t]+(?:(?i:por[ \t]+fin|ya)[ \t]+)?)"
    r"(?!(?i:know|hear|share|show|post|celebrate|thank|honou?r|meet|welcome|introduce|wish|tell|sing|dance|saber|compartir|celebrar)(?![\w'’-]))"
    rf"[\w'’-]+[ \t]+(?:[\w'’-]+[ \t]+){{0,5}}?(?i:his|her|their|that|this|su|sus|esa|ese|esta|este|de[ \t]+la|de[ \t]+su|del|en[ \t]+la|en[ \t]+el|en[ \t]+su)[ \t]+"
    rf"(?:(?i:left|right|izquierd[oa]|derech[oa])[ \t]+)?(?i:{_PART})(?![\w'’-])"
)
# What a lab or a vital sign is called, then a value within a few words: "la A1C en 6.9", "his sugar is down to 118".
_LAB = (
    r"(?i:a1c|hba1c|hemoglobina[ \t]+glicosilada|glucosa|glucose|azucar|sugar|colesterol|cholesterol|ldl|hdl|trigliceridos|"
    r"triglycerides|presion|blood[ \t]+pressure|bp|psa|inr|tsh|creatinina|creatinine)"
)
_VALUE = r"\d{1,3}(?:[.,]\d{1,2})?(?:[ \t]*/[ \t]*\d{2,3})?(?![\d%\w/:-])"
# The words between a lab and its value never join another clause: "140 de glucosa y pusimos 95 vacunas", "PSA screenings
# and handed out 200 bottles" count what an event did, they read no one's value ("sugar and bp 130/80" reads the bp).
_READING = lazyre.compile(rf"(?<![\w-]){_LAB}(?![\w-])((?:[ \t]+(?!(?i:and|y|e|or|o|&|plus)(?![\w-]))[\w'’-]+){{0,4}}?)[ \t]*:?[ \t]+{_VALUE}")
# A value said as a goal or a cut-off, or a range of them: "under 7", "la meta es menos de 130".
_CUTOFF = lazyre.compile(
    r"(?<![\w-])(?i:under|below|less|over|above|more|than|goal|target|aim|normal|should|keep|menos|mas|debajo|arriba|mayor|menor|meta|objetivo|"
    r"normal|debe|deberia|mantener|entre|between)(?![\w-])"
)
# A count, not a reading: "checked blood pressure 120 times", "tomamos la presion a 80 vecinos"; or a wait with no
# value after it in its clause: "prueba de A1c en 5 minutos" (not "her sugar in 15 minutes went from 52 to 110").
_COUNTED = lazyre.compile(
    r"[ \t]+(?i:times|veces|people|personas|patients|pacientes|neighbors|neighbours|vecinos|adults|adultos|kids|ninos|folks|"
    r"checks|screenings|revisiones|tomas|visitors|visitantes)(?![\w-])"
    r"|[ \t]+(?i:minutes|minutos|mins?|seconds|segundos|hours|horas)(?![\w-])(?![^.;!?\n]{0,40}\d)"
)
_REACH = 60  # characters after the verb and its pronoun where the care done must be said
# What is given as care in words the clinical lexicon files elsewhere or not at all: "le pusimos suero", "gave him fluids",
# "le dimos unas puntadas" (round 60, from a probe of "we gave him IV fluids" and "le pusimos suero"; "puntos" are also
# a contest's points, so left out).
_GIVEN = lazyre.compile(
    r"(?:(?i:un|una|unos|unas|el|la|los|las|some|an?)[ \t]+)?(?i:suero|suerito|sueros|iv|fluids|l[ií]quidos|puntadas|piquete|"
    r"nebulizaci[oó]n|nebulizaciones|inyecci[oó]n|breathing[ \t]+treatment)(?![\w'’-])"
)
# Spanish verbs of giving, ours or a colleague's: "le pusimos", "le dimos", "la enfermera le puso".
_GIVE_ES = r"(?i:dimos|pasamos|pusimos|aplicamos|colocamos|puso|pusieron|dio|dieron|aplic[oó]|aplicaron|coloc[oó]|colocaron)"
_GAVE_THEM = lazyre.compile(rf"(?<![\w-])(?i:le|les|la|lo)[ \t]+{_GIVE_ES}[ \t]+")
# Care of ours said before the one described, its object: a verb that is care itself ("stitched up", "vacunamos") or
# one that gives ("gave", "pusimos") with care between or right after; "we", "our <staff>", a doctor, a Spanish "-amos", or
# a Spanish third person with its clitic ("la enfermera le puso suero a ...").
_OURS_DID = (
    r"(?<![\w'’-])(?:(?i:we|i)(?:['’](?i:ve|d)|[ \t]+(?i:have|had|just|finally|already))?[ \t]+(?:(?i:just|finally|already)[ \t]+)?"
    r"|(?i:our)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?|(?i:dr|dra|doctor|doctora|nurse)\.?[ \t]+[\w'’-]+[ \t]+)"
)
_CARE_DID = (
    r"(?i:stitched|sewed|sutured|vaccinated|immunized|casted|splinted|x-rayed|xrayed|operated[ \t]+on|patched|bandaged|examined|scoped|"
    r"treated|intubated|(?:delivered|caught)[ \t]+(?:the|her|their)[ \t]+(?:baby|babies|twins|son|daughter)[ \t]+of)"  # "caught the baby of <them>"
)
_GAVE_DID = r"(?i:gave|started|put|got|set|fitted|fit|switched)"
# our Spanish verbs of mending a part ("le reconstruimos los dientes a <Name>"; injuries.py reads the part mended around a name)
_MENDED_OURS = alternation([verb for verb in wordlist("privacy-owned")["mend_verbs"] if verb.endswith(("amos", "imos"))])
_CARE_HECHO = (
    r"(?i:vacunamos|operamos|enyesamos|cosimos|suturamos|curamos|inyectamos|canalizamos|entablillamos|vendamos|nebulizamos|atendimos|revisamos|"
    rf"hidratamos|{_MENDED_OURS}|vacun[oó]|vacunaron|oper[oó]|operaron|cosi[oó]|cosieron|sutur[oó]|suturaron|cur[oó]|curaron|hidrat[oó]|hidrataron|enyes[oó]|enyesaron"
    r"|recibimos[ \t]+(?:al|a[ \t]+la|a[ \t]+los)[ \t]+(?:beb[eé]s?|gemel[oa]s|cuates)[ \t]+de)"  # "recibimos al bebé de <ella>"
)
_BEFORE = lazyre.compile(
    rf"(?:{_OURS_DID}(?:(?P<care>{_CARE_DID})|(?P<gave>{_GAVE_DID}))(?:[ \t]+(?i:up))?"
    rf"|(?<![\w-])(?:(?:(?i:le|les)[ \t]+)?(?P<hecho>{_CARE_HECHO})|(?i:le|les)[ \t]+(?P<dimos>{_HECHO}|{_GIVE_ES})))"
    r"[ \t]+(?P<gap>(?:[\w'’-]+[ \t]+){0,4}?)(?:(?i:a)[ \t]+)?$"
)
_WINDOW = 80  # characters before a description where the care of ours is read
_PART_IN = lazyre.compile(rf"(?<![\w'’-])(?i:{_PART})(?![\w'’-])")
_HECHO_OBJECT = lazyre.compile(r"(?i:a|al|up)[ \t]+")  # "vacunamos a ...", "stitched up ...": the object follows
# The first four words after the one described, not a purpose or a role ("got <them> to open our vaccine drive"); "in a
# sling", "into physical therapy", "up with a knee brace" are care put on them.
_FIRST_WORDS = lazyre.compile(r"[ \t,]+(?!(?i:to|as|para|como)(?![\w'’-]))[\w'’-]+(?:[ \t,]+[\w'’-]+){0,3}")


# Discharged or cleared, the one described its object: "ya le dio de alta", "la dimos de alta", "cleared her to play"
# (not "lo dimos de alta como proveedor" or "en el SAT": registered; not "released her new cookbook", "cleared her schedule")
_DISCHARGED = lazyre.compile(
    r"(?<![\w-])(?:(?i:le|la|lo)[ \t]+(?i:dio|dimos|dieron|damos|dan|da|van[ \t]+a[ \t]+dar|vamos[ \t]+a[ \t]+dar)[ \t]+(?i:de[ \t]+alta)"
    r"(?![ \t]+(?i:como|ante)(?![\w-])|[ \t]+(?i:en)[ \t]+(?:(?i:el|la)[ \t]+)?(?:SAT|IMSS|Hacienda|(?i:sistema|padr[oó]n|registro|n[oó]mina)))"
    r"|(?i:cleared|discharged|released)[ \t]+(?i:him|her)"
    r"(?:[ \t]+(?i:to[ \t]+(?:play|return|go[ \t]+back|run|work|drive|compete|light[ \t]+duty|full[ \t]+duty|duty)|for[ \t]+(?:sports|play|practice|work|duty)|from[ \t]+(?:our|the)[ \t]+care)|(?=[ \t]*(?:[.!,;]|$))))(?![\w-])"
)


def done_to(body: str, start: int, end: int) -> bool:
    """Care done to the one described, or a reading of theirs, in body[start:end] (their sentence after the description)."""
    if _DISCHARGED.search(body, start, end):
        return True  # "la Dra. <Name> ya le dio de alta": discharged from our care
    for verb in _TO_THEM.finditer(body, start, end):
        if care.care_in(body, verb.end(), min(end, verb.end() + _REACH)):
            return True
    for verb in _GAVE_THEM.finditer(body, start, end):
        if _GIVEN.match(body, verb.end()):
            return True  # "le pusimos suero", "le dimos unas puntadas"
    if _LET_PART.search(body, start, end):
        return True
    for reading in _READING.finditer(body, start, end):
        if _CUTOFF.search(reading.group(1)) or _COUNTED.match(body, reading.end()):
            continue
        if not _CUTOFF.search(body, max(start, reading.start() - 24), reading.start()):
            return True
    return False


_BABY_OF = lazyre.compile(r"(?i:the|her|their|el|la|los)[ \t]+(?i:baby|babies|twins|beb[eé]s?|gemel[oa]s)[ \t]+(?i:of|de)(?![\w-])")
_DELIVERED = lazyre.compile(r"(?<![\w-])(?i:delivered|caught|recibimos|atendimos)[ \t]+$")


def done_before(body: str, start: int, described: re.Match, end: int) -> bool:
    """Care of ours said before the one `described`, its object, in their sentence body[start:end]: "our team stitched
    up the crossing guard at <School>", "le pusimos suero a la maestra de <School>", "we gave <them> IV fluids"."""
    if _BABY_OF.match(described.group(0)) and _DELIVERED.search(body, max(start, described.start() - 24), described.start()):
        return True  # "we caught | the baby of <School>'s band director": the birth of her baby, ours
    did = _BEFORE.search(body, max(start, described.start() - _WINDOW), described.start())
    return did is not None and _done_before(body, did, described.end(), end)


_ONTO = lazyre.compile(r"(?i:on|onto|to|a|al)[ \t]+$")  # what is put on or given to them: "a knee brace on", "una férula a"


def done_to_named(body: str, bounds: Sequence[int], at: int, after: int) -> bool:
    """Care of ours done to the one named at body[at:after], its object, in their sentence: "our team stitched up
    <Name>", "we fitted a knee brace on <Name>", "le pusimos una férula a <Name>" (not "we put on a screening with <Name>")."""
    start, end = sentence_of(bounds, at)
    if mended_around(body, at, after, start, end):
        return True  # "we rebuilt Deputy <Surname>' front teeth": a part of theirs mended, the name inside (injuries.py)
    did = _BEFORE.search(body, max(start, at - _WINDOW), at)
    return did is not None and (did.group("care") is not None or did.group("hecho") is not None or _ONTO.search(body, did.start("gap"), at) is not None) and _done_before(body, did, after, end)


def _done_before(body: str, did: re.Match, after: int, end: int) -> bool:
    """Whether the care of ours `did` reads before its object (ending at `after`, in a sentence ending at `end`) is care done to it."""
    if did.group("care") or did.group("hecho"):  # the one described is the verb's object, nothing between
        gap = did.group("gap")
        if gap and not _HECHO_OBJECT.fullmatch(gap) and not (care.care_in(gap) or _PART_IN.search(gap)):
            return False  # "revisamos el menú con la cocinera de ...", "we examined the proposal from ..."; not "le cosió la mano al ..."
        return not did.group("care") or TREATED_TO.match(body, did.start("care"), end) is None  # not "treated <them> to lunch"
    gap = did.group("gap")
    if care.care_in(gap) or _GIVEN.search(gap):
        return True
    tail = _FIRST_WORDS.match(body, after, min(end, after + _REACH))  # what is given comes right after them: "... IV fluids", "... on an inhaler"
    return tail is not None and (care.care_in(tail.group(0)) or _GIVEN.search(tail.group(0)) is not None)


# A sentence that hails the one described by a word of congratulations (privacy-names.yml's list, not a thanks: "Gracias
# al comisionado ..." thanks an official): "Shoutout al campeón de ...", "Congrats to the only ..."
_HAILED = lazyre.compile(rf"\W*(?i:{alternation(wordlist('privacy-names')['congratulations'])})[ \t]*,?[ \t]*(?:(?i:to|a|para)[ \t]+)?")


def hailed_then_cared(body: str, bounds: Sequence[int], start: int, at: int, end: int) -> bool:
    """Whether the sentence body[start:end] hails the one described at `at` and the next sentence tells our care of them
    ("Shoutout al campeón de bull riding ... 🤠 Le sacamos rayos X al hombro"); a notice of ours there is no one's care."""
    if _HAILED.fullmatch(body, start, at) is None:
        return False
    following = sentence_of(bounds, end)
    return care.cared_for(body, *following) or done_to(body, *following)
