"""A courtesy or kin title run into a name in a file's name or a slug, with care or a visit in it (PHI003).

A camera roll and a post's file name keep what staff call a patient: "ms-<name>_<town>-crossing-guard_glaucoma-laser",
"mr_<name>-bus-driver-cataract.jpg", "sra-<name>_despues-de-cirugia.mp4", "don-<name>-rodilla-nueva.png",
"dona_<name>_hospicio_v2.mov". A slug has lost its capitals, and a name run read on from the title stops at a word
that could end a place ("Crossing", "Gardens"), so the title is read with the one word right after it: a word no
dictionary of frequent words holds (or a given name), no place's nor organisation's word, no clinical term, and
not a team member's given name. It counts when the slug also tells care, a day of care or a visit besides the
name. "mr-clean-...", "ms-pac-man-night", "don-your-mask" and "clinic-open-house-2027" pass: a word, or no title.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import phrase_pattern
from ...wordlists import wordlist
from .care import care_in
from .greeted_words import plain_word
from .known import Known, Person
from .vocabulary import COURTESY, NAMES, NOT_A_NAME, PERSONAL_TITLES, PLACE_AFTER, is_first_name

_TITLES = frozenset((*COURTESY, *PERSONAL_TITLES, *(w.lower() for w in NAMES["kin_titles"])))
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’]*")
# A visit or a day of care a file's name tells besides clinical words: "postop", "alta", "first-visit", "cita"
_VISIT = phrase_pattern(
    (*(w for w in wordlist("privacy-identifiers")["date_file_words"] if w.lower() not in _TITLES), "appointment", "appt", "visit", "checkup", "check up", "follow up", "followup", "consult",
     "cita", "consulta", "visita", "chequeo", "revision", "seguimiento", "control")
)  # fmt: skip
_SEPARATOR = lazyre.compile(r"[ \t]+")
# A job after the name, opening with a word that could end a place ("Crossing Guard", "School Bus Driver"): the name's job
_JOB = phrase_pattern((*NAMES["occupations"], *NAMES["community_roles"], "school bus driver", "school nurse", "school secretary"))


def titled_slugs(text: str, known: Known) -> Iterator[Person]:
    """A courtesy or kin title and the word right after it, a name, in a slug's words (urlwords.words) that tell care
    or a visit outside the name ("Ms Nery Hialeah Gardens Crossing Guard ... Glaucoma Laser", "Dona Marta Hospicio")."""
    found = list(_WORD.finditer(text))
    told = None
    for i in range(len(found) - 1):
        title, name = found[i], found[i + 1]
        if title.group(0).lower() not in _TITLES or not _SEPARATOR.fullmatch(text, title.end(), name.start()):
            continue
        word = name.group(0)
        low = word.lower()
        if len(word) < 3 or low in _TITLES or low in NOT_A_NAME or low in known.org or (plain_word(word) and not is_first_name(word)):
            continue  # "mr-clean", "ms-pac-man", "don-your-mask", "tia-abuela": a word or another title, no name
        nxt = found[i + 2].group(0).lower() if i + 2 < len(found) else ""
        if nxt in PLACE_AFTER and not _JOB.match(text, found[i + 2].start()) or lexicon_clinical.find(low) or known.is_team((word,), title.group(0)):
            continue  # "don-carlos-elementary": a school named after someone; a member greeted with respect
        if told is None:  # the name is no clinical term (above) and the titles no visit word: the whole slug is read once
            told = bool(care_in(text) or _VISIT.search(text))
        if told:
            yield Person(title.start(), name.end(), (word,), "a title and a name in a file's name, with their care", title=title.group(0), public=False)
