"""A slug that introduces someone or tells their story, with their visit or their care ("meet-<name>-first-dentist-visit-...").

A post's file name, a media file's name or a link's path keeps the post's title: "Meet <name>: her first visit",
"<name>'s story", "la historia de <name>". The frame says a person is meant, so the name may be one no list
knows (unlisted.py), and the rest of the slug says they came to us: a visit, a story, a word of care. Staff,
a pet or a programme introduced the same way pass ("meet-<name>-our-new-hygienist", "meet-<name>-rdh",
"meet-our-new-sensory-room"), and so does a team member's name. slugs.py asks here for every slug.

A full name whose story the slug tells ("<place>-asthma-camp-<given>-<surname>-inhaler-story", "<given>-<surname>-
marcapasos-historia") is someone's, whatever word stands before it ("camp", "park") and however new the given name.
So is a slug that opens, after its date, on a name no list nor dictionary holds and goes straight on to care
("2027-06-<given>-<given>-glaucoma-surgery-<town>"): the words before the care are no one's words but a person's.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...text import phrase_pattern
from .care import care_in
from .known import Known, Person
from .unlisted import UNLISTED, given_name, unlisted_name
from .vocabulary import NAMES, NOT_A_NAME, PLACE_AFTER, PLACE_BEFORE, SPANISH_EVERYDAY, is_first_name, is_surname

_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’]*")
_BEFORE = frozenset(" ".join(p.lower().split()) for p in UNLISTED["story_before"])
_AFTER = frozenset(" ".join(p.lower().split()) for p in UNLISTED["story_after"])
_STAFF = frozenset(" ".join(p.lower().split()) for p in UNLISTED["staff_after"])
_VISIT = phrase_pattern(UNLISTED["visit_words"])
_TITLES = frozenset(w.lower() for w in (*NAMES["titles"], *NAMES["titles_any_case"], *NAMES["institution_titles"], *NAMES["personal_titles"]))
_REACH = 3  # words a frame holds at most
# A word after these is a noun, not a name ("conoce-a-tu-dentista-primera-visita", "nuestros-doctores-primera-cita")
_DETERMINERS = frozenset("the an your our my his her their this tu su sus mi mis nuestro nuestra nuestros nuestras el la los las un una este esta".split())
_STAFF_NOUNS = frozenset(w.lower() for w in (*NAMES["staff_nouns_alt"], *NAMES["person_nouns_alt"]))
_SHOWN = frozenset(" ".join(p.lower().split()) for p in UNLISTED["shown_after_care"])
_RESULTS = frozenset(" ".join(p.lower().split()) for p in UNLISTED["result_words"])


def _phrase(words: list[str], start: int, end: int) -> str:
    return " ".join(words[max(0, start) : end])


def story_slugs(text: str, known: Known) -> Iterator[Person]:
    """Given names a slug introduces or tells the story of, with a visit, a story or care in the slug.

    A name after "meet", "conoce a", "the story of", "la historia de", or before "story", "journey",
    "recovery", "first visit" (its possessive too: "<name>s-story"), a given name the lists know or one no list
    nor dictionary holds; the slug must also tell a visit, a story or care besides that frame. Not after a
    title ("meet-dr-<name>"), nor before "our", a role or a credential.
    """
    found = list(_WORD.finditer(text))
    words = [m.group(0).lower() for m in found]
    care = None
    for i, match in enumerate(found):
        word = match.group(0)
        low = words[i]
        stem = word[:-1] if len(word) > 4 and low.endswith("s") and not given_name(word) else ""
        name = stem or word
        if low in NOT_A_NAME or name.lower() in NOT_A_NAME or not given_name(name):
            continue
        nxt = i + 2 if i + 1 < len(words) and words[i + 1] == "s" else i + 1  # "yariel-s-story": an apostrophe slugified
        before = next((k for k in range(1, _REACH + 1) if i - k >= 0 and _phrase(words, i - k, i) in _BEFORE), 0)
        after = next((k for k in range(1, _REACH + 1) if nxt + k <= len(words) and _phrase(words, nxt, nxt + k) in _AFTER), 0)
        if not (before or after) or (i and (words[i - 1] in _TITLES or words[i - 1] in _DETERMINERS)) or low in _STAFF_NOUNS or name.lower() in _STAFF_NOUNS:
            continue
        if _phrase(words, nxt, nxt + 1) in _STAFF or _phrase(words, nxt, nxt + 2) in _STAFF or known.is_team((name,)):
            continue  # "meet-<name>-our-new-hygienist", "meet-<name>-therapy-dog", a member of the team
        if care is None:
            care = care_in(text)
        # the visit or the story told besides the frame: after an intro, anywhere after the name; with a story word alone, past it
        told = care or bool(_VISIT.search(text, match.end() if before else found[nxt + after - 1].end()))
        if told or after and is_first_name(name):  # "<name>s-story": with a name the lists know, the story word alone tells
            yield Person(match.start(), match.start() + len(name), (name,), "a given name a slug introduces with their visit or story", public=False)
    yield from _full_name_stories(text, known, found, words)
    yield from _unlisted_before_care(text, known, found)


_TOLD_AFTER = 4  # words between a full name and the story word: the care told ("<given>-<surname>-insulin-pump-journey")


def _listed_given(word: str) -> bool:
    """A given name the lexicon holds though it is an everyday word too ("Earl"); not a Spanish word ("del"), nor care."""
    info = lexicon_names.name_info(word)
    if not (info and info.first) or len(word) <= 2 or word.lower() in SPANISH_EVERYDAY or word.lower() in _DETERMINERS:
        return False
    return not care_in(word)  # "cesarea-alta-explainer": a care word the lexicon also lists as a name


def _opening_given(words: list[str], i: int, surname: str) -> bool:
    """A given name that is also a place's word opening the slug before a surname no list nor dictionary holds
    ("river-<surname>-one-year-on-..."): no place opens on it ("Lake <Name>" does: PLACE_BEFORE)."""
    return i == 0 and words[0] not in PLACE_BEFORE and _listed_given(words[0]) and unlisted_name(surname)


def _full_name_stories(text: str, known: Known, found: list, words: list[str]) -> Iterator[Person]:
    """A given name and a surname, then within a few words a story word, with care in the slug besides the name
    ("2026-04-<place>-asthma-camp-<given>-<surname>-inhaler-story", "historia-<given>-<surname>-dialisis").

    The story word says a person is meant, so the given name may be one the pronouncing dictionary holds ("Jayden"; not
    a plural, "images")
    and a place word before the name ("camp-", "park-") names no place after it; the surname must be one the lists
    know or no list nor dictionary holds. A team member's name passes, and so does a name after a title or a
    determiner ("meet-dr-<name>"). Not a story said before the name alone: "la historia de" before a full name is
    story_slugs' frame above. Without a story word, a given name the lists know before a surname no list nor dictionary
    holds is a person too, with care in the slug ("2027-11-<given>-<surname>-10-years-dialysis-<place>").
    """
    care = None
    shown = None  # a before-and-after or a result told anywhere in the slug, read once
    for i in range(len(found) - 1):
        given, surname = found[i].group(0), found[i + 1].group(0)
        if words[i] in NOT_A_NAME and not _opening_given(words, i, surname) or words[i + 1] in NOT_A_NAME or words[i] in _STAFF_NOUNS or words[i + 1] in _STAFF_NOUNS:
            continue
        if text[found[i].end() : found[i + 1].start()].strip(" \t") or not (is_surname(surname) or unlisted_name(surname)):
            continue  # "images. sala": a folder's name, then the file's
        listed = i == 0 and _listed_given(given)  # the slug opens on the name ("2027-11-<given>-<surname>-...")
        if not (given_name(given) or (listed or unlisted_name(given, spoken=True)) and not words[i].endswith("s")):
            continue  # a word the dictionary holds counts as a given name, but not a plural ("images", "camps")
        if i and (words[i - 1] in _TITLES or words[i - 1] in _DETERMINERS) or known.is_team((given, surname)):
            continue
        after = i + 2
        told = any(_phrase(words, j, j + k) in _AFTER for j in range(after, min(len(words), after + _TOLD_AFTER + 1)) for k in range(1, _REACH + 1))
        if shown is None:
            shown = shown_frame(text)
        if not told and not shown and not (listed and unlisted_name(surname)):  # a listed given name, a surname nobody's: no story word needed
            continue
        if shown and not told and care_in(f"{given} {surname}"):
            continue  # "ingrown-toenail-before-after": the care itself, no one's name
        if care is None:
            care = care_in(text)  # the name's own words are no clinical term (unlisted_name, is_surname)
        if care or shown == "before-after":
            yield Person(found[i].start(), found[i + 1].end(), (given, surname), "a full name whose story a slug tells with their care", public=False)


def shown_frame(text: str) -> str:
    """ "before-after" when the slug shows a body before and after its care ("...-before-after", "antes-despues-..."),
    "result" when it tells a result ("...-results", "-resultados"), "" otherwise; accents set aside, one pass."""
    words = [w.lower() for w in _WORD.findall(fold(text))]
    phrases = [_phrase(words, j, j + k) for j in range(len(words)) for k in (1, 2, 3) if j + k <= len(words)]
    if any(p in _SHOWN for p in phrases):
        return "before-after"
    return "result" if any(p in _RESULTS for p in phrases) else ""


_OPENING = 3  # words a slug's opening name holds at most
_AHEAD = 4  # words after it that care may open among (a role or a code between: "<given>-j1-lifeguard-broken-ankle")


def _listed_name(word: str) -> bool:
    """A name the lists hold even where it is also a word ("Reyes", "Grace"), after an unlisted given name and before care."""
    info = lexicon_names.name_info(word)
    return info is not None and (info.first or info.surname) and not info.place and word.lower() not in PLACE_AFTER  # not "Brooklyn Bridge"


def _one_part(text: str, found: list, last: int, count: int) -> list[str]:
    """Up to `count` words after found[last] in the same part of the path (only separators between them)."""
    words = []
    for before, match in zip(found[last : last + count], found[last + 1 : last + 1 + count]):
        if text[before.end() : match.start()].strip(" \t-_0123456789"):
            break
        words.append(match.group(0))
    return words


def _spoken_pair(found: list) -> bool:
    """Two words that open the slug, each a name no list holds though a dictionary may hold it ("Paw", "Wah"), and a
    story word later in it ("journey", "story"): the story says whose the words are."""
    if len(found) < 4 or not all(unlisted_name(m.group(0), spoken=True) for m in found[:2]):
        return False
    words = [m.group(0).lower() for m in found]
    return any(_phrase(words, j, j + k) in _AFTER for j in range(3, len(words)) for k in range(1, _REACH + 1))


def _unlisted_before_care(text: str, known: Known, found: list) -> Iterator[Person]:
    """The words that open a slug after its date ("2027-06-<given>-<given>-glaucoma-surgery-<town>"), one to three,
    the first a name no list nor dictionary holds, the others names or words no dictionary holds as plain, then care
    among the next four words, in one part of the path (who they are may come between: "<given>-j1-lifeguard-broken-
    ankle"). A team member's name, a word of care or a place passes, and so does a link's folder ("blog/flu-shot-clinic").
    Two words a dictionary also holds open it only with a story word after the care (_spoken_pair)."""
    last = max(text.rfind(". "), text.rfind("; ")) + 2 if ". " in text or "; " in text else 0  # "Images. <Given> <Surname> ...", "Blog; ...": the file's or the page's own name
    found = [m for m in found if m.start() >= last]
    if not found or text[last : found[0].start()].strip(" \t0123456789-_./"):
        return  # the file name does not open on a word (after its date)
    if known.is_team((found[0].group(0),)):
        return
    opening = range(1, min(_OPENING, len(found) - 1) + 1)
    if not unlisted_name(found[0].group(0)):
        if not _spoken_pair(found):
            return
        opening = range(2, 3)  # "<word>-<word>-hepatitis-b-treatment-journey": two words a dictionary holds, a story word after the care
    for k in opening:
        words = [m.group(0) for m in found[:k]]
        if k > 1 and not (given_name(words[-1]) or unlisted_name(words[-1], spoken=True) or _listed_name(words[-1])):
            return
        nxt = found[k]
        if text[found[k - 1].end() : nxt.start()].strip(" \t-_"):
            return  # a link's folder, then its page ("Blog; Flu Shot Clinic"): the name and the care share one part
        ahead = _one_part(text, found, k - 1, _AHEAD)
        if any(care_in(" ".join(ahead[j : j + 2])) for j in range(len(ahead))):  # "<given>-j1-lifeguard-broken-ankle": who they are, then care
            if not known.is_team(tuple(words)):
                yield Person(found[0].start(), found[k - 1].end(), tuple(words), "a name no list holds that opens a slug telling their care", public=False)
            return
