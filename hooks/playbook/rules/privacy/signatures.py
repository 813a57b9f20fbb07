"""A clinician who names HIMSELF as the writer of a reply: a signature, not the reviewer's care (PHI001).

The guideline asks a reply to offer a named person's contact, and a clinician often writes it: "Dr. Ito here.",
"This is Dr. Ito, the medical director", "Soy la Dra. Ruiz", "Le escribe el Dr. Ito", or a sign-off closing the
text ("— Dr. Ito, Medical Director", "Atentamente,\\nDra. Ruiz"). Naming oneself as the one who writes says who
answers, not whom the reviewer saw. A clinician named in the third person ("Dr. Ito is sorry your visit ...",
"Dr. Ito reviewed ..."), or a self-introduction that says the writer cared for the reader ("Dr. Ito here, the
surgeon who operated on you", "Soy la Dra. Ruiz, quien la atendió") stays an error, and so does one whose sentence
tells care ("Dr. Ito here, glad the new knee is holding up!"); whatever else the reply says is read as before.
"""

from __future__ import annotations

from ... import lazyre
from .care import care_in, own_care
from .contact_route import CARED

# "I'm", "this is", "soy", "le escribe", "habla" right before the name (an article between in Spanish).
_INTRO = lazyre.compile(
    r"(?<![\w'’-])(?i:i[ \t]*['’]?[ \t]*m|i[ \t]+am|this[ \t]+is|it['’]s|my[ \t]+name[ \t]+is|soy|habla|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es"
    r"|(?:le|les|te)[ \t]+(?:escribe|saluda|habla))[ \t]+(?:(?i:el|la)[ \t]+)?$"
)
# Where an introduction may open: the start, a line, a sentence, or a greeting's comma ("Hi, this is ...").
_OPENS = lazyre.compile(r"(?:^|[\n.!?¡¿]|(?<![\w-])(?i:hi|hello|hey|hola|buenas|buenos[ \t]+d[ií]as|buenas[ \t]+tardes)[ \t]*[,!]?)[ \t]*$")
# "Dr. Ito here.", "Dra. Ruiz por aquí": more of the name may come first ("Dr. Ana Ito here").
_HERE = lazyre.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]*,[ \t]*[^,.!?\n]{1,40},)?[ \t]+(?i:here|aqu[ií]|por[ \t]+aqu[ií])[ \t]*(?:[.,!:;—–-]|$)")
# A sign-off: the name after a dash, a line break or a closing, then at most a role, to the end of the text.
# (a hyphen on its own line too: "\n- Dr. <Name>")
_BEFORE_SIGN = lazyre.compile(r"(?:[\n—–]|(?:^|[ \t\n])-|[.!?])[ \t]*$")
_SIGN_END = lazyre.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]*[,(|][^\n]{0,60})?[ \t.)]*\s*\Z")
_STOP = lazyre.compile(r"[.!?\n]")
_REACH = 200  # characters read on either side for the sentence: a long text's many names each cost the same


def signed(text: str, start: int, end: int) -> bool:
    """Whether the clinician named at `start`..`end` is the reply's writer naming himself, with no one's care in that sentence."""
    if text[start:end].endswith(("'s", "’s")):
        return False  # "this is Dr. Ito's team": someone else's
    intro = _INTRO.search(text, max(0, start - 30), start)
    introduced = intro is not None and _OPENS.search(text, max(0, intro.start() - 30), intro.start()) is not None
    here = _HERE.match(text, end) is not None and _OPENS.search(text, max(0, start - 30), start) is not None
    sign_off = _SIGN_END.match(text, end) is not None and _BEFORE_SIGN.search(text, max(0, start - 4), start) is not None
    if not (introduced or here or sign_off):
        return False
    before = text[max(0, start - _REACH) : start]
    begin = start - len(before) + max(before.rfind(mark) for mark in ".!?\n") + 1
    stop = _STOP.search(text, end, end + _REACH)
    finish = stop.start() if stop else min(len(text), end + _REACH)
    if CARED.search(text, begin, finish) is not None:
        return False
    return not (care_in(text, begin, finish) or own_care(text, begin, finish, second_person=True))  # "..., glad the new knee is holding up!"
