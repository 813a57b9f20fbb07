"""Capitalised words that are given names but name something else here: a singer, a club, a town greeted, a word.

A staff spotlight says what a colleague loves: a singer's songs ("los boleros de <Singer>", "<Singer>'s old
songs" is weighed elsewhere; "every <Singer> song", a work after its singer and a determiner), a club's matches ("no se pierde un juego del <Club>", "never misses a <Club>
match"). An announcement greets its town ("Great news, <Town>!", "¡Atención, <Town>!"), a post its state in passing
("hi, <State>" for a state no list gives as a given name). A Spanish text opens
a sentence with a frequent word before an age phrase ("Tras 20 años ...", "Luego de 3 meses ..."). Each word
is also a given name, but what stands around it says it names no one here. No singer, club or town excuses a
name with care around it ("las canciones de <Name>, que ya camina tras su cirugía" stays a name): the window is
checked for care. A Spanish opener is a word in any sentence, and the name after it is still read.
Every look is a bounded window around one word, so the pass stays linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation
from ...wordlists import wordlist
from .places import is_state, is_town
from .spanish_openers import spanish_opener

_WORKS = (
    *("rancheras", "corridos", "canciones", "boleros", "cumbias", "baladas", "rolas", "musica", "música", "discos"),
    *("songs", "music", "albums", "records", "tunes", "ballads"),
)
# A singer after their songs: "las rancheras de <Name>", "old songs by <Name>".
_WORKS_BY = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_WORKS)})[ \t]+(?i:de|del|by)[ \t]+$")
# A singer after a show in their honour: "una banda tributo a <Name>", "a tribute night to <Name>".
_TRIBUTE_TO = lazyre.compile(
    r"(?<![\w-])(?:(?i:banda|show|noche|concierto|grupo)[ \t]+(?i:tributo|homenaje)[ \t]+(?i:a|al)|(?i:tribute)[ \t]+(?i:band|show|night|concert|act)[ \t]+(?i:to|for))[ \t]+$"
)
# A club after its match, with "del" (a person takes no article): "un partido del <Club>", "el clásico del <Club>".
_MATCH_OF = lazyre.compile(r"(?<![\w-])(?i:partidos?|juegos?|cl[aá]sicos?|goles)[ \t]+(?i:del)[ \t]+$")
# A club before its match: "a <Club> match", "every <Club> game".
_MATCH_BEFORE = lazyre.compile(r"(?<![\w-])(?i:a|an|every|each|any)[ \t]+$")
_MATCH_AFTER = lazyre.compile(r"[ \t]+(?i:match|matches|game|games|fixture|fixtures)(?![\w'’-])")
# A singer before one of their works, after a determiner: "every <Singer> song", "a <Band> concert", "a <Singer> tribute band".
_WORK_AFTER = lazyre.compile(r"[ \t]+(?i:songs?|albums?|concerts?|records?|tunes?|ballads?|lyrics|playlists?|tour|movies?|films?|tributes?|covers?|impersonators?|medleys?|sing-?alongs?)(?![\w'’-])")
# A town greeted by an announcement: "Good news, <Town>!", "¡Buenas noticias, <Town>!", "¡Atención, <Town>!", "Heads up, <Town>!".
_NEWS = ("buenas noticias", "grandes noticias", "atencion", "atención", "good news", "great news", "big news", "attention", "calling all", "heads up", "heads-up", "listen up", "ojo", "aviso")
_GREETED_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_NEWS)})[ \t]*,[ \t]*$")
# ... or cheered at a post's close: "Stay upright, <Town>!", "Keep moving, <Town>!", "¡Cuídense, <Town>!" (round 97)
_CHEERED_BEFORE = lazyre.compile(r"(?<![\w-])(?i:stay|keep|take[ \t]+care|cuidense|cuidate|mantenganse)(?:[ \t]+[\w'’-]+){0,3}[ \t]*,[ \t]*$")
# A greeting or a cheer, as people.py reads one before a name ("hi, <State>", "¡Arriba, <State>!")
_HELLO_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*wordlist('privacy')['greetings'], *wordlist('privacy-names')['cheers']))})[ \t]*[,!]?[ \t]*$")
_GREETED_AFTER = lazyre.compile(r"[ \t]*[!.]")
# An age phrase after a sentence's first word: "Tras 20 años", "Después de 32 años", "Luego de 3 meses".
_AGE_PHRASE = lazyre.compile(r"[ \t]+(?:(?i:de)[ \t]+)?\d{1,3}[ \t]+(?i:años|anos|meses|semanas)(?![\w-])")
_WORD = lazyre.compile(r"[^\W\d_]+")


def namesake(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` names a singer by their songs, a club by its match, a town greeted by an
    announcement, or is a Spanish sentence's first word before an age phrase, with no care around it."""
    word = _WORD.match(text, start)
    if word is None:
        return False
    end = word.end()
    before = max(0, start - 30)
    if _AGE_PHRASE.match(text, end) and _plain_opener(text, word.group(0), start):
        return True  # "Después de 3 meses de terapia, <Name> ...": the opener is a word whatever follows; the name is still read
    found = (
        _WORKS_BY.search(text, before, start)
        or _TRIBUTE_TO.search(text, before, start)
        or _MATCH_OF.search(text, before, start)
        or (_MATCH_BEFORE.search(text, max(0, start - 8), start) and (_MATCH_AFTER.match(text, end) or _WORK_AFTER.match(text, end)))
    )
    from .care import care_in, cared_for, own_care  # care.py reads vocabulary.py, which asks readings.py and so this module: import on use

    if _HELLO_BEFORE.search(text, before, start) and is_state(word.group(0)) and not _given(word.group(0)):
        return True  # "(hi, Vermont 👋)": a state greeted is the state ("Hi, Georgia" may greet someone)
    greeted = _town_greeted(text, word.group(0), before, start) if not found and _GREETED_AFTER.match(text, end) else ""
    if greeted:
        # an announcement's town: the services it offers are care words, so only someone's care told keeps a name (and
        # after news, care told to "you"; a cheer closes advice to everyone: "bring your bottles to your next visit")
        lo, hi = max(0, start - 160), min(len(text), end + 160)
        return not (cared_for(text, lo, hi) or greeted == "news" and own_care(text, lo, hi, second_person=True))
    return bool(found) and not care_in(text, max(0, start - 80), min(len(text), end + 80))


def _given(word: str) -> bool:
    """Whether a name list gives the word as a given name."""
    info = lexicon_names.name_info(word)
    return info is not None and info.first


def _town_greeted(text: str, word: str, before: int, start: int) -> str:
    """'news' for a town hailed by news, by the gazetteer or by a word no list gives as a given name ("Great news,
    <Town>!"); 'cheer' for one cheered that the gazetteer knows and no list gives as a given name ("Stay upright,
    <Town>!"; "Stay strong, <Given>!" cheers someone); '' otherwise."""
    if _GREETED_BEFORE.search(text, before, start):
        return "news" if is_town(word) or not _given(word) else ""
    return "cheer" if _CHEERED_BEFORE.search(text, before, start) and is_town(word) and not _given(word) else ""


def _plain_opener(text: str, word: str, start: int) -> bool:
    """A frequent Spanish word that opens the sentence and that no list knows as a given name."""
    info = lexicon_names.name_info(word)
    return (info is None or not info.first) and spanish_opener(text, word, start) and not re.match(r"[A-Z]{2}", word)
