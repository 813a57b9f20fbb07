"""Whether a passage tells of someone's care: a word of care, our care of them, a milestone, a guess.

PHI003, PHI011 and PHI012 only refuse a name, a description or a photo once the text ties it to care;
this is where that tie is read. Every function takes bounds and scans once.
"""

from __future__ import annotations

import re

from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, phrase_pattern, sentence_of
from .common import CLINICAL
from .vocabulary import DESCRIBED, NAMES


def care_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a word of care: a clinical term, or "appointment", "recovery", "cita"."""
    end = len(text) if end is None else end
    if CARE_WORDS.search(text, start, end) or CLINICAL.search(text, start, end):
        return True
    return any(not found.common for found in lexicon_clinical.find(text[start:end]))


CARE_WORDS = phrase_pattern(NAMES["care_words"])


def names_condition(text: str, start: int) -> bool:
    """Whether a clinical term of the lexicon starts at `start` ("Bell's palsy", "Alzheimer's disease")."""
    found = lexicon_clinical.find(text[start : start + 60])
    return bool(found) and found[0].start == 0


def care_near(text: str, start: int, words: int = 4) -> bool:
    """A care or clinical word within a few words after `start` ("- Dmitri, ACL reconstruction")."""
    window = " ".join(re.findall(r"\S+", text[start : start + 80])[:words])
    return care_in(window)


REPORTED_VERB = re.compile(rf"(?<![\w-])(?i:{alternation(NAMES['reported'])}|citing|according\s+to|segun)(?![\w-])")
_HEDGE = phrase_pattern(NAMES["hedges"])
_CARE_HERE = phrase_pattern(NAMES["care_here"])


_POSSESSIVE_CARE = re.compile(r"(?<![\w-])(?i:his|her|their|su|sus)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)")


_OUR_CARE = re.compile(
    r"(?<![\w-])(?i:with|through|thanks\s+to|(?P<at>in|at|from|en))\s+(?i:our|nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)|(?<![\w-])(?i:con|gracias\s+a)\s+(?i:nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)"
)
# "her tips on asthma", "su charla sobre la diabetes": what someone says about care is no care of theirs;
# "at our diabetes awareness event", "en nuestra feria de salud": an event of ours is no one's care.
_TOPIC = re.compile(rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{alternation(DESCRIBED['topics'])})(?![\w-])")
_EVENT = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{alternation(DESCRIBED['events'])})(?![\w-])")


def cared_for(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says we cared for someone or names their care.

    "came in for his back", "su operacion", "beat it with our shockwave therapy program";
    not "shared her tips on asthma" or "spoke at our diabetes awareness event".
    """
    if _CARE_HERE.search(text, start, end):
        return True
    for match in _POSSESSIVE_CARE.finditer(text, start, end):
        if not _TOPIC.match(text, match.end(), end) and care_in(text[match.start() : min(end, match.end() + 40)]):
            return True
    for match in _OUR_CARE.finditer(text, start, end):
        if match.group("at") and _EVENT.match(text, match.end(), end):
            continue
        if care_in(text[match.start() : min(end, match.end() + 40)]):
            return True
    for match in _WITH_US.finditer(text, start, end):  # "after carpal tunnel surgery with Dr. Chen", "rehab with us"
        before = text[max(start, match.start() - 40) : match.start()]
        if care_in(before) and not _YOURS.search(before):
            return True
    return False


_WITH_US = re.compile(r"(?<![\w-])(?i:with\s+us|con\s+nosotros)(?![\w-])|(?<![\w-])(?i:with|con)\s+(?:(?i:el|la)\s+)?(?:Dr|Dra|Doctor|Doctora)\.?\s+[A-Z]")
_YOURS = re.compile(r"(?<![\w-])(?i:your|you|tu|tus|get|book|schedule|agenda|reserva)(?![\w-])")


MILESTONE_STATE = phrase_pattern(DESCRIBED["milestone_states"])
MILESTONE_VERB = phrase_pattern(DESCRIBED["milestone_verbs"])
_NOT_OWN = phrase_pattern((*DESCRIBED["topics"], *DESCRIBED["events"], *DESCRIBED["not_own_care"]))
_YOUR_CARE = re.compile(r"(?<![\w-])(?i:your|tu|tus)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)")


_VISITED = phrase_pattern(("came in", "came by", "stopped by", "stopped in", "dropped by", "visited us", "vino", "vinieron", "nos visito", "paso a vernos"))
_VISIT_END = re.compile(r"[,;:()]|(?<![\w-])(?i:for|to\s+help|to\s+bring|para|y\s+nos|and\s+brought)(?![\w-])")
_OBJECT_END = re.compile(r"[,;:()]|(?<![\w-])(?i:for|to|at|with|from|in|on|and|but|because|while|para|por|con|en|y|pero|porque|mientras)(?![\w-])")
_DONE = phrase_pattern(("fixed", "replaced", "removed", "out", "off", "done", "repaired", "set", "drained", "pulled", "taken out", "treated", "operated on", "stitched"))
_NEW = phrase_pattern(("new", "nueva", "nuevo", "nuevas", "nuevos"))
_GIVEN_ONLY = re.compile(r"(?i:vaccine|vaccines|shot|shots|booster|vacuna|vacunas|refuerzo|test|tests|testing|screening|check|checks|checkup|prueba|pruebas|examen|exam|physical|panel)")


def _had_care(window: str) -> bool:
    """'got'/'had' before a care of one's own: a condition ("had a stroke", "got that hernia fixed"), a
    procedure ("had hip surgery", "got braces"), a body part made new or fixed ("got a new knee"); not
    what one stocks or hands out ("got the new shingles vaccine in stock", "got flu shots for the crew")."""
    done = _DONE.search(window) is not None
    for found in lexicon_clinical.find(window):
        if found.category == "condition" or done:
            return True
        if found.category == "procedure" and not _GIVEN_ONLY.search(found.term):
            return True
        if found.category == "body_part" and _NEW.search(window):  # "got a new knee"
            return True
    return done and bool(CARE_WORDS.search(window) or CLINICAL.search(window))


def own_care(text: str, start: int, end: int, *, second_person: bool = False) -> bool:
    """Whether text[start:end] tells of someone's own care, a milestone of it included.

    What cared_for reads, a visit for care ("vino hoy con sus hijos a vacunarse"; not "came by with donuts
    for our flu shot clinic"), and what is said without "his" or "her": a state ("is in remission", "six
    months sober", "ya esta libre de cancer", "rang the bell") or a verb of what happened in care before a
    care word ("got that hernia fixed", "had her gallbladder out", "beat breast cancer", "te operaron la
    rodilla"), not before a topic, an event or a course ("finished a CPR course", "had lunch at our
    diabetes walk"). `second_person`: the one described is "you" ("POV: you're the crossing guard at
    ..."), so "your new hearing aids" is theirs.
    """
    if cared_for(text, start, end) or MILESTONE_STATE.search(text, start, end):
        return True
    for verb in MILESTONE_VERB.finditer(text, start, end):
        window = text[verb.end() : min(end, verb.end() + 50)]
        cut = _OBJECT_END.search(window)  # the verb's object: "had coffee ready | for our flu shot clinic"
        window = window[: cut.start()] if cut else window
        if _NOT_OWN.search(window):
            continue
        if verb.group(0).lower().split()[-1] in ("got", "gets", "had"):
            if _had_care(window):
                return True
        elif care_in(window):
            return True
    for visit in _VISITED.finditer(text, start, end):  # "vino hoy con sus dos hijos a vacunarse contra la influenza"
        window = text[visit.end() : min(end, visit.end() + 60)]
        cut = _VISIT_END.search(window)  # "came by with donuts | for our flu shot clinic"
        window = window[: cut.start()] if cut else window
        if care_in(window) and not _NOT_OWN.search(window):
            return True
    if second_person:
        for match in _YOUR_CARE.finditer(text, start, end):
            window = text[match.start() : min(end, match.end() + 40)]
            if care_in(window) and not _NOT_OWN.search(window):
                return True
    return False


def claims_about_health(text: str, bounds: list[int]) -> re.Match | None:
    """Where a text says we cared for someone, or guesses at someone's health ("probably needs surgery").

    A guess reads a hedge with a care word in its sentence or the next ("did you catch X slurring his
    words? ... textbook stroke signs"); a hedge in a sentence that reports news is no guess.
    """
    here = _CARE_HERE.search(text)
    if here:
        return here
    for hedge in _HEDGE.finditer(text):
        start, end = sentence_of(bounds, hedge.start())
        if REPORTED_VERB.search(text, start, end):
            continue  # "the club announced he will likely miss the season": reported, not guessed
        # What was seen, then what it means: "Did you catch X slurring? ... textbook stroke signs."
        after = sentence_of(bounds, end)[1] if end < len(text) else end
        if care_in(text, start, after):
            return hedge
    return None


def mentions_care(text: str) -> bool:
    """Whether a text speaks of anyone's care at all (a care or clinical word, or care at the practice)."""
    return bool(_CARE_HERE.search(text)) or care_in(text)
