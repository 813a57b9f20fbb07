"""A public figure's own health news, made public by them: the practice tells nothing from its records.

"Get well, Mayor <Name>! The mayor posted on her page that she goes in for a new hip next
week", "State Senator <Name> ran the 5K. He told the crowd he's two years in remission", "la escritora
<Name> ... hablo de su diagnostico": a public figure (public.py) wished well on news they gave the public. It
counts when the sentence that names them, or the next, says they (or their camp) told it ("has spoken openly
about", "shared on air", "announced on his Instagram", "anuncio en sus redes", "told reporters", or in their own work: "sings about his ten years
sober on his new album"; round 30: any verb of their own telling, "talked about", "has been documenting", "ha contado", or any
outlet of theirs, "on her own YouTube channel", "in his newsletter", "en cada entrevista"; round 31, by structure: any verb
of telling (WordNet's verb.communication, lexicon/data/telling_verbs.txt) before their "her"/"su", "about her own depression",
"reads from her memoir", what they tell about kept apart from our care: "her memoir about caring for her father"), and no care of ours is
tied to them there: "... with Dr. <Name>", "with us", "here", "came in for", "se vacuno con nosotros" keep the name an
error, and so does news told to us ("his wife told us", "nos conto") and our people beside them anywhere in the text
("our cancer care team is with her", "part of his care team", "nuestro equipo la acompana", "a quien operamos"); a doctor of
ours only thanked in the sentence after the news ("thanks to our medical director Dr. <Name>") is no care of theirs. A neighbour's own news (community_roles.py)
never passes this way; their own family first made public ("su primer bebe") is no record that singles them out. What their telling is about
("who wrote on her own page about getting her first screening", round 33) is no care received from us, unless it places that care with us.
Each reading is one scan of two sentences: linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ... import lazyre
from ...lexicon import data_files
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from .care import REPORTED_VERB, care_in, cared_by_us, claims_about_health, received_care
from .common import WORDS
from .vocabulary import NAMES

# Said to the public in Spanish with no subject ("hablo de su diagnostico"), or in English by opening up.
_SPOKE_OF = lazyre.compile(r"(?<![\w-])(?i:hablo|hablaba|ha[ \t]+hablado)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:de|sobre)[ \t]+(?i:su|sus)(?![\w-])")
# Told in their own public work, whatever its words: "sings about his ten years in recovery", "wrote about her diagnosis",
# "on his new album", "en su nuevo disco", "in her latest memoir", "reads from his new memoir" (a verb of making art about
# their own life, or the work itself; a post wrapped by hand may break the line before "his")
_OWN_WORK = lazyre.compile(
    r"(?<![\w-])(?i:sings?|sang|sung|singing|raps?|rapped|writes?|wrote|written|writing|canta|canto|cantaba|escribe|escribio|escribia|narra|narro)"
    r"[ \t]+(?i:about|of|sobre|de)[ \t]+(?i:his|her|their|su|sus)(?![\w-])"
    r"|(?<![\w-])(?i:on|in|en|from|de)\s+(?i:his|her|their|su)[ \t]+(?:(?i:new|latest|upcoming|debut|first|nuevo|nueva|ultimo|ultima|primer|primera)[ \t]+)?"
    r"(?i:album|record|single|song|songs|book|memoir|novel|documentary|film|special|disco|cancion|canciones|libro|novela|documental|pelicula)(?![\w-])"
)
_MADE_PUBLIC = phrase_pattern(NAMES["made_public"])  # "has spoken openly", "shared on air", "told reporters", "en sus redes"
# Their own telling, not in `reported`: "talked about her comeback", "has been documenting it", "ha contado", "escribio sobre"
_OWN_TELLING = phrase_pattern(NAMES["own_telling"])
# Their own outlet, whatever it is called: "on her own YouTube channel", "in his weekly newsletter", "on his campaign page",
# "in every interview", "en cada entrevista", "en su propio canal" (a place they publish, with up to two words before its kind)
_OWN_SOURCE = lazyre.compile(
    r"(?<![\w-])(?i:on|in|via|through|from|at|en|por|desde|a[ \t]+traves[ \t]+de)[ \t]+(?i:his|her|their|su|sus|every|each|cada|all[ \t]+(?:his|her|their))[ \t]+"
    r"(?:(?i:own|propio|propia|propios|propias)[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?"
    rf"(?i:{alternation(NAMES['own_media'])})(?:[ \t]+(?i:propio|propia))?(?![\w-])"
)
# Their own health as the topic of what they say: "about her own depression", "of your own cancer", "sobre su propio ano de
# quimioterapia", "de su propia infancia con asma" (a care word in the three words after "own", before any "after" or
# "en"); not "recovering from her own surgery", "despues de su propia cirugia": no telling, only care.
_OWN = lazyre.compile(
    r"(?<![\w-])(?:(?i:about|of|on|over|sobre|acerca[ \t]+de)|(?<!(?i:despues)[ \t])(?<!(?i:antes)[ \t])(?<!(?i:luego)[ \t])(?i:de))[ \t]+"
    r"(?i:her|his|their|your|su|sus)[ \t]+(?i:own|propio|propia|propios|propias)[ \t]+((?:[\w'’-]+[ \t]*){1,3})"
)
_OWN_CUT = lazyre.compile(r"[ \t]+(?i:after|before|following|from|at|in|on|since|tras|despues|antes|desde|en|por)(?![\w-])")


def _own_health(text: str, start: int, end: int) -> bool:
    """Whether "about her own"/"sobre su propia" in text[start:end] comes before a care word (told_public)."""
    for own in _OWN.finditer(text, start, end):
        words = own.group(1)
        cut = _OWN_CUT.search(words)
        if care_in(words[: cut.start()] if cut else words):
            return True
    return False


# Their telling to an audience not ours, before its topic: "spoke with a gym full of kids about her torn ACL", "les conto a los alumnos como se
# quebro la clavicula", "conto como se quebro ..." (round 139; not "talked to our nurses about", "nos conto")
_NOT_OURS = r"(?!(?i:us|me|our|nuestr[oa]s?|nos|mi|mis|my)(?![\w-]))"
_TOLD_AUDIENCE = lazyre.compile(
    rf"(?<![\w-])(?i:talked|talks|spoke|speaks|opened[ \t]+up)[ \t]+(?i:to|with)[ \t]+(?:{_NOT_OURS}[\w'’-]+[ \t]+){{1,4}}?(?i:about|of)(?![\w-])"
    rf"|(?<![\w-])(?<!(?i:nos)[ \t])(?i:conto|hablo|platico|relato|compartio)[ \t]+(?:(?i:a|con)[ \t]+(?:{_NOT_OURS}[\w'’-]+[ \t]+){{1,4}}?)?(?i:como|de[ \t]+cuando)(?![\w-])"
)
# Told to us, not to the public: "his wife told us", "nos conto", "me dijo", "we said"
_TO_US_AFTER = lazyre.compile(r"[ \t]+(?:(?i:to|with)[ \t]+)?(?i:us|me|our[ \t]+(?:team|staff|nurses?|doctors?))(?![\w-])")
_TO_US_BEFORE = lazyre.compile(r"(?<![\w-])(?i:nos|me|we|i|le[ \t]+dijimos)[ \t]+$")


def reported_to_public(text: str, start: int, end: int) -> bool:
    """Whether a verb of reporting in text[start:end] tells the public, not us ("told reporters", not "told us at his
    visit", "nos contó")."""
    return any(not _TO_US_AFTER.match(text, verb.end()) and not _TO_US_BEFORE.search(text, max(start, verb.start() - 16), verb.start()) for verb in REPORTED_VERB.finditer(text, start, end))


# Care placed here or by a doctor named: "did her hip surgery here", "con la Dra. <Name>", "aqui en la clinica"
_OURS = lazyre.compile(r"(?<![\w-])(?i:here|aqui|aca)(?![\w-])|(?<![\w-])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z]")
# Our people as the cause of someone's healing ("controlled thanks to our team", "gracias a nuestras enfermeras", "con
# nuestra ayuda"), in a sentence that tells care; not thanked for something ("thanks to our team for hosting")
_CAUSED = lazyre.compile(
    r"(?<![\w-])(?i:thanks[ \t]+to|gracias[ \t]+a)[ \t]+(?i:our|nuestr[oa]s?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?i:team|staff|doctors?|nurses?|providers?|clinic|equipo|personal|doctor[ae]s|doctora|enfermer[oa]s?|especialistas?|m[eé]dic[oa]s?|cl[ií]nica)"
    r"(?![\w-])(?![ \t]*,?[ \t]*(?i:for|por|who|que|quienes)(?![\w-]))"
    r"|(?<![\w-])(?i:with[ \t]+our[ \t]+help|con[ \t]+nuestra[ \t]+ayuda)(?![\w-])"
)
_SENTENCE_EDGE = lazyre.compile(r"[.!?\n]")


def caused_by_us(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether text[lo:hi] credits our people with someone's care, in a sentence (a bounded window) that tells care.
    care.cared_by_us reads "thanks to our ..." with its care after it ("thanks to our physical therapy"); here the care
    comes before the credit ("her asthma is controlled thanks to our team")."""
    for match in _CAUSED.finditer(text, lo, len(text) if hi is None else hi):
        back = [m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, match.start() - 200), match.start())]
        ahead = _SENTENCE_EDGE.search(text, match.end(), min(len(text), match.end() + 200))
        if care_in(text, back[-1] if back else max(0, match.start() - 200), ahead.start() if ahead else min(len(text), match.end() + 200)):
            return True
    return False


# The office alone, no relative of its holder: "the mayor", not "the mayor's husband".
_PUBLIC_ROLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?![\w-])")
# A team's or a place's capitalised name may stand between: "the Dumas Demons quarterback", "el Club Leon portero".
_OFFICE = lazyre.compile(rf"(?i:the|el|la|del|al)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,3}}(?i:{alternation(NAMES['public_roles'])})")


# Their own telling read by structure: a verb of telling (lexicon/data/telling_verbs.txt, from WordNet's verb.communication
# and a short Spanish list) up to two words before their "her", "his" or "su": "recounted her stroke", "testified about
# his recovery", "relato en su podcast"; not aimed at us ("thanked our nurses for her care": "our" right after the verb).
_THEIR = lazyre.compile(r"(?<![\w-])(?i:her|his|their|su|sus)(?![\w-])")
_WORDS_BEFORE = lazyre.compile(r"([\w'’-]+)[ \t]+(?:([\w'’-]+)[ \t]+)?(?:([\w'’-]+)[ \t]+)?$")
_AIMED_AT_US = frozenset(("us", "our", "me", "nos", "nuestro", "nuestra", "nuestros", "nuestras", "we"))


@functools.cache
def telling_verbs() -> frozenset[str]:
    """The verbs of telling, every form, folded (scripts/build_telling_verbs.py): read only when a possessive is there."""
    return frozenset(data_files.read("telling_verbs.txt"))


def told_of_theirs(text: str, start: int, end: int, *, outright: bool = False) -> bool:
    """Whether a verb of telling stands up to two words before a "her", "his" or "su" in text[start:end], not said by us
    ("we discussed his results") nor aimed at us; `outright`: not a bare "said" ("said his first sentence in session")."""
    for their in _THEIR.finditer(text, start, end):
        before = _WORDS_BEFORE.search(text, max(start, their.start() - 60), their.start())
        if not before:
            continue
        words = [(before.start(i), word.lower()) for i, word in enumerate(before.groups(), 1) if word]
        for i, (at, word) in enumerate(words):
            if (
                word in telling_verbs()
                and not (outright and REPORTED_VERB.fullmatch(word))
                and not {later for _, later in words[i + 1 :]} & _AIMED_AT_US
                and not _TO_US_BEFORE.search(text, max(start, at - 16), at)
            ):
                return True
    return False


# Done before the public's eyes, whatever the event: "at the press conference", "in front of the cameras", "frente a las
# camaras", "durante la rueda de prensa", "ante los periodistas" (a place word, an article, a word of the press watching).
_IN_VIEW = lazyre.compile(
    r"(?<![\w-])(?i:at|during|in[ \t]+front[ \t]+of|before|for|frente[ \t]+a|ante|delante[ \t]+de|durante|en)[ \t]+"
    r"(?:(?i:the|a|an|all[ \t]+the|la|el|las|los|una|un|todas[ \t]+las|todos[ \t]+los)[ \t]+)?(?:(?i:live|local|tv|news|waiting|television)[ \t]+)?"
    r"(?i:cameras?|reporters|press(?:[ \t]+(?:conference|event|briefing))?|news[ \t]+(?:conference|cameras|crews?)|camaras|prensa|periodistas|reporteros|medios|"
    r"(?:rueda|conferencia)[ \t]+de[ \t]+prensa)(?![\w-])"
)


def told_public(text: str, start: int, end: int, *, outright: bool = False) -> bool:
    """Whether text[start:end] says news was given to the public, by a verb of telling not aimed at us; `outright` asks
    for more than a bare "said" or "told" (a kid "who said a whole sentence in session" told no news)."""
    if _SPOKE_OF.search(text, start, end) or _MADE_PUBLIC.search(text, start, end) or _OWN_WORK.search(text, start, end) or _IN_VIEW.search(text, start, end):
        return True
    if _TOLD_AUDIENCE.search(text, start, end) or _OWN_SOURCE.search(text, start, end) or _own_health(text, start, end) or told_of_theirs(text, start, end, outright=outright):
        return True
    for verb in (*(() if outright else REPORTED_VERB.finditer(text, start, end)), *_OWN_TELLING.finditer(text, start, end)):
        if not _TO_US_AFTER.match(text, verb.end()) and not _TO_US_BEFORE.search(text, max(start, verb.start() - 16), verb.start()):
            return True
    return False


# Our people with them anywhere in the text: "our oncology team is with her", "walk beside her", "our clinic treats him", "part of his care team",
# "nuestro equipo la acompana" (not "our team is here for you", "corrio con nuestro equipo": no care of them told)
_WITH_US = lazyre.compile(
    r"(?<![\w-])(?i:part[ \t]+of|on|joined)[ \t]+(?i:her|his|their)[ \t]+(?i:care|medical|treatment|surgical|cancer[ \t]+care)[ \t]+(?i:team)(?![\w-])"
    r"|(?<![\w-])(?i:our|we)(?![\w-])[^.!?\n]{0,60}?(?<![\w-])(?i:beside|alongside|with|(?:caring|cares?)[ \t]+for|treating|treats?|looks?[ \t]+after)[ \t]+(?i:her|him)(?![\w-])"
    r"|(?<![\w-])(?i:nuestro|nuestra|nuestros|nuestras)(?![\w-])[^.!?\n]{0,60}?(?<![\w-])(?i:la|lo|le)[ \t]+(?i:acompa[nñ]a|atiende|cuida|trata)(?![\w-])"
    r"|(?<![\w-])(?i:la|lo|le)[ \t]+(?i:acompa[nñ]amos|atendemos|cuidamos|tratamos|operamos)(?![\w-])"
    # our care said in a clause about them: "a quien operamos de la rodilla", "a quienes ya atendimos"
    r"|(?<![\w-])(?i:a[ \t]+quien(?:es)?)[ \t]+(?:(?i:la|lo|le|les|ya|nosotros)[ \t]+)?(?i:operamos|atendimos|atendemos|tratamos|cuidamos|"
    r"vacunamos|diagnosticamos|intervenimos|acompa[nñ]amos|vimos|recibimos|dimos[ \t]+de[ \t]+alta)(?![\w-])"
)


# Standing with someone in public is support, not care: "we stand with him on this bill" (unless care follows)
_STAND_WITH = lazyre.compile(r"(?<![\w-])(?i:to[ \t]+stand|standing|stood|stand|stands)[ \t]+(?i:with)[ \t]+(?i:her|him)(?![\w-])")
_SENTENCE_END = lazyre.compile(r"[.!?\n]")


@functools.lru_cache(maxsize=4)
def with_us(text: str) -> bool:
    """Whether the text tells of our people with someone anywhere ("our oncology team", "part of his care team", "thanks to
    our team" for their healing): once per text.
    Standing with someone ("we stand with him on this bill") is support and no care, unless a word of care follows in its sentence."""
    for match in _WITH_US.finditer(text):
        stand = _STAND_WITH.search(text, match.start(), match.end())
        if stand is None or stand.end() != match.end():
            return True
        stop = _SENTENCE_END.search(text, match.end(), min(len(text), match.end() + 200))
        if care_in(text, match.end(), stop.start() if stop else min(len(text), match.end() + 200)):
            return True  # "our team stood with her through every round of chemo"
    return caused_by_us(text)  # "her knee healed thanks to our team"


# A public office just before a doctor's name: the official's own title ("the county health officer, Dr. <Name>").
_OFFICE_TITLE = lazyre.compile(rf"(?<!\w)(?i:{alternation(NAMES['public_roles'])})(?:[ \t]+(?i:of|de|del)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}[\w'’-]+)?[ \t]*,[ \t]*$")


# A sentence that thanks someone ("Thank you, Mayor, and thanks to our medical director Dr. <Name>"), and a word that
# points back at the figure ("for treating him", "por atenderla"): a doctor only thanked there gave the figure no care.
_THANKS = lazyre.compile(r"(?<![\w-])(?i:thanks?|thank[ \t]+you|gracias|kudos|shout[ \t-]*outs?)(?![\w-])")
_POINTS_BACK = lazyre.compile(r"(?<![\w-])(?i:her|him|them|la|lo|le|les)(?![\w-])|\w(?i:ar|er|ir)(?i:la|lo|le)(?![\w-])")


def _only_thanked(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence after the news, only thanks a doctor: no care word, no word for the figure."""
    return bool(_THANKS.search(text, start, end)) and not _POINTS_BACK.search(text, start, end) and not care_in(text, start, end)


def ours_near(text: str, lo: int, hi: int, told_end: int | None = None) -> bool:
    """Whether text[lo:hi] places care here or with a doctor named (not an official's own title, nor one only thanked in a
    sentence after `told_end`, where the news ends), or the text tells of our people with someone."""
    for ours in _OURS.finditer(text, lo, hi):
        if ours.group(0)[0] != "D":
            return True
        if _OFFICE_TITLE.search(text, max(lo, ours.start() - 60), ours.start()):
            continue
        if told_end is None or ours.start() < told_end or not _only_thanked(text, told_end, hi):
            return True
    return with_us(text)


# What their telling is about, not care given by us: "her memoir about caring for her father", "habla sobre cuidar a su madre";
# a figure our guest at a clinic day ("la invitada especial en nuestro consultorio de alergias");
# care as a cause they speak for, a noun of policy: "he fights for access to care for every family", "affordable care for seniors".
_KIN = rf"(?i:{alternation((*WORDS['family_members'], 'madre', 'padre', 'mama', 'papa', 'esposo', 'esposa', 'hijo', 'hija', 'abuela', 'abuelo'))})"
_TOLD_TOPIC = lazyre.compile(
    r"(?<![\w-])(?i:about|on|sobre)[ \t]+(?i:caring[ \t]+for|care[ \t]+for|cuidar[ \t]+(?:a|de))(?![\w-])"
    r"|(?<![\w-])(?i:access[ \t]+to|affordable|quality|better|equal)[ \t]+(?:(?i:health|medical|primary)[ \t]+)?(?i:care[ \t]+for)(?![\w-])"
    # a guest at a clinic day of ours, its kind after it: "our special guest at our allergy clinic", "la invitada especial en
    # nuestro consultorio de alergias" (kept when the rest of the sentence tells care: "...; ya le pusimos su inhalador")
    r"|(?<![\w-])(?P<guest>(?i:guests?|invitad[oa]s?)(?:[ \t]+(?i:of[ \t]+honou?r|de[ \t]+honor|especial(?:es)?))?[ \t]+(?i:at|in|en|a)[ \t]+(?i:our|nuestr[oa]s?)[ \t]+"
    r"(?:[\w'’-]+[ \t]+)?(?i:clinic|clinica|consultorio|office|centro)(?![\w-])(?:[ \t]+(?i:de|del|para|for|on)[ \t]+[\w'’-]+)?)"
    # the years they gave a relative of theirs, told: "about the decade she spent caring for her late father" (no "we" between)
    r"|(?<![\w-])(?i:about|on|sobre)[ \t]+(?:(?!(?i:we|our|us|nosotros|nuestr[oa]s?)(?![\w-]))[\w'’-]+[ \t]+){1,5}?(?i:caring[ \t]+for|cuidando[ \t]+a)[ \t]+"
    rf"(?i:his|her|their|su)[ \t]+(?:(?i:late|aging|ailing|elderly|sick|dying|difunt[oa])[ \t]+)?{_KIN}(?![\w-])"
    # told how they cared for their own: "he told how caring for his own mother shaped his work", "conto como cuidar a su propia madre"
    r"|(?<![\w-])(?:(?i:shared|told|described|explained|spoke[ \t]+of|talked[ \t]+about|conto|compartio|platico|explico)[ \t]+(?i:how|c[oó]mo))[ \t]+"
    r"(?:(?i:caring[ \t]+for|cuidar[ \t]+(?:a|de)|cuidando[ \t]+a)|(?i:she|he|they|ella|el)[ \t]+(?i:cared[ \t]+for|cuido[ \t]+a))[ \t]+"
    rf"(?i:his|her|their|su)[ \t]+(?:(?i:own|propi[oa]|late|aging|ailing|elderly|sick|dying|difunt[oa])[ \t]+){{0,2}}{_KIN}(?![\w-])"
)


_REST_OF_SENTENCE = lazyre.compile(r"[^.!?\n]{0,200}")


def untold_topics(text: str) -> str:
    """The text with the topics of a telling blanked out, same length (their own caring for a relative is no care of ours)."""

    def blank(match: re.Match) -> str:
        if match.group("guest") and care_in(_REST_OF_SENTENCE.match(text, match.end()).group(0)):
            return match.group(0)  # "... invitado especial en nuestro consultorio de alergias; ya le pusimos su inhalador"
        return " " * len(match.group(0))

    return _TOLD_TOPIC.sub(blank, text)


def _cared_by_us(text: str, lo: int, hi: int) -> bool:
    """care.cared_by_us over text[lo:hi], a telling's topic left out."""
    return cared_by_us(text, lo, hi) and cared_by_us(untold_topics(text[lo:hi]), 0, hi - lo)


# What a public telling is about, to the clause's end: "wrote on her own page about getting her first screening at 45",
# "joked about his colonoscopy", "hablo en su programa sobre hacerse su primera mastografia" (a verb of telling before it).
_ABOUT = lazyre.compile(r"(?<![\w-])(?i:about|sobre|acerca[ \t]+de)[ \t]+[^,;:.!?()\n]{1,120}")
_OURS_IN_TOPIC = lazyre.compile(r"(?<![\w-])(?i:we|us|our|nosotros|nuestr[oa]s?|here|aqui|aca|con[ \t]+la[ \t]+dra?|with[ \t]+dr)(?![\w-])")


# What a story told again is, after "that", "how", "que" or a colon, to the clause's end: "reminded the runners, like he wrote in his
# book, that he still gets his checkups", "lo que ya ha contado en tantas entrevistas: que se fracturo la mano, que ..."
# (its telling on record before it, or the clause before it one such, joined by a comma: a story's parts told in a row).
_CLAUSE_OPEN = lazyre.compile(r"(?<![\w-])(?i:that|how|que)[ \t]+|:[ \t]*")
_CLAUSE_STOP = lazyre.compile(r"[,;:.!?()\n]")
_CLAUSE_REACH = 200
# Where a story was told before, on record: a memoir, a column, speeches, interviews, a show (not a crowd at our event)
_ON_RECORD = lazyre.compile(
    r"(?<![\w-])(?i:memoirs?|books?|columns?|speech(?:es)?|town[ \t]+halls?|interviews?|podcasts?|shows?|radio|tv|television|documentary"
    r"|press[ \t]+conferences?|channel[ \t]+\d{1,3}|memorias|libros?|columnas?|discursos?|entrevistas?|programas?|documental|noticieros?"
    r"|rueda[ \t]+de[ \t]+prensa|canal[ \t]+\d{1,3})(?![\w-])"
)
_DOCTOR_IN_TOPIC = lazyre.compile(r"(?<![\w-])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z]")
_RECORD_REACH = 100  # characters before the clause read for its telling and its record
_JOINED = lazyre.compile(r"[ \t]*,[ \t]*(?:(?i:and|y|e)[ \t]+)?$")


def _told_again(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of text[lo:hi] after "that"/"que"/":" that tell a story its teller has told on record before, with no
    care of ours in them; a clause right after one such, past a comma, goes on with the same story."""
    spans: list[tuple[int, int]] = []
    for opening in _CLAUSE_OPEN.finditer(text, lo, hi):
        if spans and opening.start() < spans[-1][1]:
            continue
        stop = _CLAUSE_STOP.search(text, opening.end(), min(hi, opening.end() + _CLAUSE_REACH))
        end = stop.start() if stop else min(hi, opening.end() + _CLAUSE_REACH)
        if _OURS_IN_TOPIC.search(text, opening.start(), end) or _DOCTOR_IN_TOPIC.search(text, opening.start(), end):
            continue
        start = max(lo, opening.start() - _RECORD_REACH)
        if spans and _JOINED.match(text, spans[-1][1], opening.start()):
            spans.append((opening.start(), end))  # "..., que tardo un ano en volver": the same story, told on
        elif _ON_RECORD.search(text, start, opening.start()) is not None and told_public(text, start, opening.start()):
            spans.append((opening.start(), end))
    return spans


def blank_told(text: str, lo: int, hi: int) -> str:
    """The text with what a public telling in text[lo:hi] is about blanked out, same length: the topic of their own telling
    ("who wrote on her own page about getting her first screening") is no care received from us, and nor is a story they
    have told on record, after "that" or a colon ("like he wrote in his book, that he still gets his checkups"). A
    topic that places care with us ("posted about getting her flu shot at our clinic", "with Dr. <Name>") is kept."""
    cut = []
    for about in _ABOUT.finditer(text, lo, hi):
        if not _OURS_IN_TOPIC.search(about.group(0)) and told_public(text, max(lo, about.start() - 80), about.start() + len(about.group(0).split(None, 1)[0])):
            cut.append(about.span())
    cut.extend(_told_again(text, lo, hi))
    for start, end in reversed(cut):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def received_untold(text: str, bounds: list[int], pos: int) -> bool:
    """care.received_care, the topics of a public telling in the sentence at `pos` and the next left out."""
    if not received_care(text, bounds, pos):
        return False
    lo, hi = sentence_of(bounds, pos)
    after = sentence_of(bounds, hi)[1] if hi < len(text) else hi
    return received_care(_OUR_OFFICE.sub(_blank, blank_told(text, lo, after)), bounds, pos)


# "Our mayor", "nuestra alcaldesa": the town's official, not the practice's "we" (care with us still says "with us").
_OUR_OFFICE = lazyre.compile(rf"(?<![\w-])(?i:our|nuestr[oa])[ \t]+(?:[\w'’-]+[ \t]+)?(?i:{alternation(NAMES['public_roles'])})(?![\w-])")


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def claims_untold(text: str, bounds: list[int]) -> re.Match | None:
    """care.claims_about_health for a public figure's text, a telling's topic left out ("her memoir about caring for her father")."""
    found = claims_about_health(text, bounds)
    return found and claims_about_health(untold_topics(text), bounds)


_WORD = lazyre.compile(r"\w")


def own_news(text: str, bounds: list[int], start: int, *, outright: bool = False) -> bool:
    """Whether the sentence at `start` or the next tells news the public figure there made public, with no care of ours
    (`outright`: told in more than a bare "said", see told_public)."""
    lo, hi = sentence_of(bounds, start)
    after = hi
    for _ in range(3):  # the next sentence with a word: "¡Gracias, <Name>! 🎤" leaves the microphone a sentence of its own
        after = sentence_of(bounds, after)[1] if after < len(text) else after
        if _WORD.search(text, hi, after):
            break
    if ours_near(text, lo, after, hi):
        return False  # "she shared that Dr. <Name> did her surgery here", "our oncology team walks beside her": the care may be ours
    return told_public(text, lo, after, outright=outright) and not _cared_by_us(text, lo, after) and not received_untold(text, bounds, start)


def office_news(text: str, bounds: list[int], match: re.Match) -> bool:
    """PHI011: "the mayor" described with health news the mayor made public, no relative and no care of ours
    ("The mayor posted on her page that ..."; not "the mayor's husband came in for ...")."""
    return _OFFICE.fullmatch(match.group(0)) is not None and own_news(text, bounds, match.start())


def figure_news(text: str, bounds: list[int], start: int) -> bool:
    """A nickname at `start` worn by a public figure named by their role just before it, in its sentence ('la cantante
    <Name>, "La Reina del <Barrio>", conto en su programa ...'), with news they made public and no care of ours."""
    lo = sentence_of(bounds, start)[0]
    return _PUBLIC_ROLE.search(text, max(lo, start - 200), start) is not None and own_news(text, bounds, start)


# A team's or station's capitalised name, then a role that is also a word: "Atlanta Dream guard ", "Channel 9 anchor ",
# "el Club America portero " (not "the night guard ", "security guard ": no capitalised name before it).
_TEAM_ROLE_BEFORE = lazyre.compile(rf"(?<![\w-])[A-Z0-9][\w'’-]*[ \t]+(?i:{alternation(NAMES['team_roles_also_words'])})[ \t]*,?[ \t]*$")


def team_role_before(text: str, start: int) -> bool:
    """Whether a team's role that is also a word comes just before `start` ("Atlanta Dream guard <Name>"): with their own
    news (public.py asks own_news too) the name is a player's."""
    return _TEAM_ROLE_BEFORE.search(text, max(0, start - 40), start) is not None


# A birth order in one's own family, said with "her", "his" or "su": "su primer bebe", "her first grandchild".
_FAMILY_FIRST = lazyre.compile(
    r"(?i:her|his|their|su|sus)[ \t]+(?i:first|primer|primera|primeros|primeras)[ \t]+(?:[\w-]+[ \t]+){0,1}?"
    r"(?i:baby|babies|child|children|kid|grandchild|grandbaby|son|daughter|bebe|bebes|hijo|hija|hijos|nieto|nieta|nietos)"
)


def not_own_family_first(text: str, matches: Iterable[re.Match]) -> Iterator[re.Match]:
    """PHI011's finds but a public figure's own family first made public by them ("La cantante <Name> anuncio en sus
    redes que espera a su primer bebe"): a birth order in their family, not a record of ours; and a description holding
    a public role ("Tyler's own lightweight champ", "the Rockford Rivets pitcher") with news they made public."""
    bounds = None
    for match in matches:
        if _FAMILY_FIRST.fullmatch(match.group(0)):
            bounds = bounds or sentence_bounds(text)
            if _PUBLIC_ROLE.search(text, max(0, sentence_of(bounds, match.start())[0] - 200), match.start()) and own_news(text, bounds, match.start()):
                continue
        elif _PUBLIC_ROLE.search(match.group(0)):
            bounds = bounds or sentence_bounds(text)
            if own_news(text, bounds, match.start(), outright=True):
                continue
        yield match
