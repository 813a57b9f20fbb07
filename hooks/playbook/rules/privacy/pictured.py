"""A caption that says a photo shows a patient of ours ("En esta foto, nuestro pacientito con ...", "Pictured: our
9-year-old patient with ...", "Here is our little patient ...").

A face is an identifier: a photo of a patient identifies them, and the caption confirms they are a patient, whether or
not it names them. So a post whose words say the photo shows our patient is a patient's story (PHI013, media.py) and
needs their signed authorization, even when no media item says `people: true`.

The frame ("pictured", "in this photo", "en la foto", and "here is", "aqui esta" beside a photo) must open the person
shown: an opener ("our", "a", "una de nuestras") and a few words, then a patient word. A thing for patients passes
("Pictured: our new waiting room for patients", "En la foto: la nueva sala de espera para nuestros pacientes", "Here is
our patient portal"), and so does "our patients" at large after "here are". A person shown by their age after a
photo's frame, with care in the caption ("Pictured: a 9-year-old with her new inhaler"), is a patient too. The words are in
rules/data/privacy-pictured.yml.

One scan for the frames, a bounded look after each: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .care import care_in
from .shown import shown_in_care

PICTURED = wordlist("privacy-pictured")

_NOUNS = frozenset(PICTURED["patient_nouns"])
_PLURAL = frozenset(n for n in _NOUNS if n.endswith("s"))
_PARTITIVE = re.compile(r"(?i:one|two|three|some|a few|uno|una|dos|algunos|algunas|unos|unas)\s")
_NOT_IN_SHOWN = frozenset(PICTURED["not_in_shown"])
_THINGS = frozenset(PICTURED["patient_things"])
_MODIFIERS = 4  # words between the opener and the patient word: "our brave little 9-year-old patient"

_FRAME = lazyre.compile(
    rf"(?<![\w'’-])(?:(?P<photo>{alternation(PICTURED['photo_frames'])})|(?P<intro>{alternation(PICTURED['intro_frames'])}))(?![\w'’-])"
    r"[ \t]*[:,–—-]?[ \t]*",
    re.IGNORECASE,
)
_OPENER = lazyre.compile(rf"(?:{alternation(PICTURED['shown_openers'])})(?![\w'’-])[ \t]+", re.IGNORECASE)
_WORD = lazyre.compile(r"[\w'’-]+")
_GAP = lazyre.compile(r"[ \t]*,?[ \t]*")
_NEXT = lazyre.compile(r"[ \t]+([\w-]+)")
_SPAN = lazyre.compile(r"[\s\S]*")
# A person shown by their age: an opener, at most two words, then "9-year-old" or "de 6 anos" ("a brave 9-year-old",
# "nuestra nina de 6 anos"); with care in the caption's sentence, a patient of ours.
_AGED = lazyre.compile(
    rf"(?:{alternation(PICTURED['shown_openers'])})[ \t]+(?:[\w'’]+[ \t]+){{0,2}}?"
    r"(?:\d{1,3}[- ](?:years?|yrs?|months?|weeks?|days?)[- ]old|de[ \t]+\d{1,3}[ \t]+(?:anos|anitos|meses|mesecitos|semanas|dias))(?![\w-])",
    re.IGNORECASE,
)


def pictured_patient(text: str) -> re.Match | None:
    """The first caption frame (folded text) that opens a patient of ours as what the photo shows, or None."""
    bounds = None
    for frame in _FRAME.finditer(text):
        photo = bool(frame.group("photo"))
        end = _shown_patient(text, frame.end(), photo=photo)
        if end:
            return _SPAN.match(text, frame.start(), end)  # "Pictured: our 9-year-old patient"
        aged = _AGED.match(text, frame.end()) if photo else None
        if aged:  # "Pictured: a 9-year-old with her new inhaler", "En la foto: una nina de 6 anos con su yeso"
            bounds = bounds or sentence_bounds(text)
            if care_in(text, frame.start(), sentence_of(bounds, frame.start())[1]):
                return _SPAN.match(text, frame.start(), aged.end())
    return shown_in_care(text)  # "Look who stopped by ... she finished her infusions with us", "this sweet lady ..."


def _shown_patient(text: str, pos: int, photo: bool) -> int:
    """Whether the person shown, opened at `pos`, is a patient: an opener, at most a few words, a patient word not
    owning a thing ("patient portal", "patients'"); a plural one only after a photo's frame or "one of our".
    Where the patient word ends, or 0."""
    opener = _OPENER.match(text, pos)
    if opener is None:
        return 0
    partitive = bool(_PARTITIVE.match(opener.group(0)))
    at = opener.end()
    for _ in range(_MODIFIERS + 1):
        word = _WORD.match(text, at)
        if word is None:
            return 0
        low = word.group(0).lower()
        if low in _NOUNS:
            shown = (photo or partitive or low not in _PLURAL) and not _owns_a_thing(text, word.end())
            return word.end() if shown else 0
        if low in _NOT_IN_SHOWN:
            return 0
        at = _GAP.match(text, word.end()).end()
    return 0


def _owns_a_thing(text: str, end: int) -> bool:
    """Whether the patient word at `end` is a thing's: a possessive ("patients' lounge") or before one ("patient portal")."""
    if text.startswith(("'", "’"), end):
        return True
    after = _NEXT.match(text, end)
    return bool(after) and after.group(1).lower() in _THINGS
