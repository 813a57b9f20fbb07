"""An event of ours named by what it is about: its topic is the event's name, no care of the guest who came to it.

A public figure thanked for coming to an event is named with the event, and the event is often named by its topic:
"for talking at our PrEP Awareness Day cookout", "read to the kids at our asthma story hour", "for joining our Sickle Cell
Awareness Week panel", "por acompañarnos en la jornada de vacunación", "en nuestra feria de salud del corazón". Read
word by word after the name, the topic looks like their care (public.health_next_to reads a few words after a figure's
name). `blank_events` blanks such a name (same length, so every offset stays): a determiner of a named event ("our",
"the", "this", "nuestra", "la", ...), up to four words, a public event's noun (a fair, a walk, a party, a panel, a story
hour, a jornada, a campaña; a day, a night, a week or a month only by its capitalised name: "our PrEP Awareness Day", not
"our chemo day"), and in Spanish what the event is for after it ("de vacunación", "contra el cáncer de mama"). A week in Spanish is an event only by what it is
for ("la semana de la lactancia"; "esta semana por varicela" is a time). A class, a course or a support group is left as written (taking one may be care), and so is an event
said with someone's own possessive or pronoun ("her chemo day", "su semana de recuperación": "her", "su" is no
determiner here and stops the words between). A day's possessive is a determiner too: "Saturday's Recovery
Rally", "last weekend's diabetes walk" (round 88). An observance needs no determiner: its whole name says it is the
calendar's ("for World Kidney Day", "during Lupus Awareness Month", "el Día Mundial del Riñón"), and so does a month
by its title-cased name ("proclaiming November as Hospice & Palliative Care Month"; not "her Chemo Month"). Two bounded patterns,
one pass each: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from .common import POSSESSIVE_DETERMINERS, blank_group

_WHEN = (*wordlist("privacy-stance")["weekdays"], "today", "tonight", "yesterday", "last night", "this weekend", "last weekend")
# A day's possessive names the day's event as "the" does: "Saturday's Recovery Rally", "last weekend's health fair"
_DETERMINERS = ("our", "the", "this", "this year's", "this year’s", "nuestra", "nuestro", "la", "el", "esta", "este", *(f"{d}{a}s" for d in _WHEN for a in "'’"))
# Public events a guest comes to (a class, a course, a support group is not here: taking one may be care)
_EVENTS = (
    "fair",
    "expo",
    "walk",
    "run",
    "5k",
    "10k",
    "party",
    "block party",
    "festival",
    "gala",
    "event",
    "open house",
    "drive",
    "luncheon",
    "brunch",
    "breakfast",
    "dinner",
    "ceremony",
    "ribbon cutting",
    "story hour",
    # a vaccination clinic held for everyone, by its shots ("our free flu shot clinic", "nuestra clínica de vacunas gratis");
    # not any clinic of ours ("our knee clinic" is where someone's care was)
    "vaccine clinic",
    "flu clinic",
    "flu shot clinic",
    "shot clinic",
    "clínica de vacunas",
    "clinica de vacunas",
    "clínica de vacunación",
    "clinica de vacunacion",
    "clínica móvil de vacunas",  # round 152: "nuestra clínica móvil de vacunas" ("our mobile vaccine clinic" reads above)
    "clinica movil de vacunas",
    "clínica móvil de vacunación",
    "clinica movil de vacunacion",
    # a clinic that teaches, held for everyone ("our free ACL Prevention Clinic"; round 117)
    "prevention clinic",
    "safety clinic",
    "skills clinic",
    "clínica de prevención",
    "clinica de prevencion",
    "storytime",
    "story time",
    "panel",
    "summit",
    "forum",
    "town hall",
    "rally",
    "game",
    "softball game",
    "tournament",
    "partido",
    "torneo",
    "vigil",
    "booth",
    "kickoff",  # "our Diabetes Camp Kickoff": the camp's opening day, a public event (a camp itself may be care; round 107)
    "kick-off",
    "feria",
    "kermes",
    "caminata",
    "carrera",
    "jornada",
    "campaña",
    "campana",
    "evento",
    "fiesta",
    "celebración",
    "celebracion",
    "foro",
    "posada",
    "cena",
    "desayuno",
)
# A word between the determiner and the noun: no possessive or pronoun of a person ("our" is the determiner's, not here)
_NOT_BETWEEN = alternation(("his", "her", "their", "my", "your", "su", "sus", "mi", "mis", "tu", "tus", "él", "el", "ella", "he", "she", "who", "que", "with", "con"))
_WORD = rf"(?!(?i:{_NOT_BETWEEN})(?![\w'’-]))[\w'’&-]+[ \t]+"
# In Spanish, what the event is for after its noun: "de vacunación", "contra el cáncer de mama", "sobre la diabetes"
# (one adjective may come first, "el foro comunitario sobre ...", and two words after, "sobre cuidados paliativos", "de la salud dental")
_FOR = (
    rf"(?:(?:[ \t]+[a-záéíóúñü]+(?=[ \t]+(?i:de|del|contra|sobre|por|para)[ \t]))?[ \t]+(?i:de|del|contra|sobre|por|para)[ \t]+"
    # a titled topic after its article ("la Caminata por los Riñones", "contra el Cáncer"; a person's name takes none)
    rf"(?:(?i:la|el|los|las)[ \t]+[A-ZÁÉÍÓÚÑ][\w-]*(?![\w'’-])|(?:(?i:la|el|los|las)[ \t]+)?"
    rf"(?!(?i:{_NOT_BETWEEN})(?![\w'’-]))[a-záéíóúñü][\w-]*(?:[ \t]+(?i:de|del)[ \t]+[a-záéíóúñü][\w-]*|[ \t]+(?!(?i:{_NOT_BETWEEN}|en|a|y|con)(?![\w'’-]))[a-záéíóúñü][\w-]*)?))?"
)
# A day, a night, a week or a month is an event only by its capitalised name: "our PrEP Awareness Day", "our Sickle Cell
# Awareness Week" (not "our chemo day")
_DAYS = ("day", "night", "week", "month")
_EVENT = lazyre.compile(
    rf"(?<![\w'’-])(?i:{alternation(_DETERMINERS)})[ \t]+[\"“'‘]?(?P<name>(?:(?:{_WORD}){{0,4}}?(?i:{alternation(_EVENTS)})(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*){{0,3}}"
    rf"|(?:{_WORD}){{0,3}}?[A-Z][\w'’&-]*[ \t]+(?i:{alternation(_DAYS)})"
    rf"|(?i:semana)(?=[ \t]+(?i:de|del)[ \t]))(?![\w'’-]){_FOR})"
)
# An observance is named whole, with no determiner needed: "for World Kidney Day", "during Breast Cancer Awareness Month",
# "el Día Mundial de la Diabetes", "Mes de Concientización sobre el Autismo" (its topic is the calendar's, no one's care)
_CAPS = r"(?:[A-Z][\w'’&-]*[ \t]+)"
# ... and a month by its title-cased name alone, "Hospice & Palliative Care Month" (no one's possessive: "<Name>'s Chemo Month"
# is no observance; a day or a week is left out: "Last Chemo Day" is one patient's)
_TITLED = r"(?:(?:[A-Z][\w-]*|&|and|of|y|de)[ \t]+)"
_UNOWNED = "".join(rf"(?<!(?<![\w'’]){word}[ \t])" for word in sorted(POSSESSIVE_DETERMINERS)) + r"(?<!['’]s[ \t])"
_OBSERVANCE = lazyre.compile(
    rf"(?<![\w'’-])(?P<name>(?:World|National|International|Global)[ \t]+{_CAPS}{{1,4}}(?:Day|Week|Month)|{_CAPS}{{1,4}}Awareness[ \t]+(?:Day|Week|Month)"
    rf"|{_UNOWNED}{_TITLED}{{1,5}}Month"
    rf"|(?i:d[ií]a|semana|mes)[ \t]+(?:(?i:mundial|nacional|internacional)|(?i:de[ \t]+(?:la[ \t]+)?)?(?i:concientizaci[oó]n|sensibilizaci[oó]n|prevenci[oó]n|conciencia|lucha))"
    rf"(?:[ \t]+(?i:de|del|contra|sobre)[ \t]+(?:(?i:la|el|los|las)[ \t]+)?[\w'’-]+(?:[ \t]+(?i:de|del)[ \t]+[\w'’-]+)?)?)(?![\w'’-])"
)


def _blank(match: re.Match) -> str:
    return blank_group(match, "name")


def blank_events(text: str) -> str:
    """`text` with each event of ours named by its topic blanked after its determiner, and each observance named whole
    ("World Kidney Day"), blanked (same length; see the docstring)."""
    return _OBSERVANCE.sub(_blank, _EVENT.sub(_blank, text))
