"""A public figure's own story, told as what they have said in public before: their story, not our record.

A mayor, a council member, an athlete of any sport or position, a musician, a drag performer or an author at our event
tells their own health, or a relative's care, and the post says it is a story already public: "as he has on two talk
shows", "the very tale she tells on her radio hour", "a story he's written about for years", "something she has
described openly", "tal como ya lo relató en su columna", "como lo ha platicado en cada gira", "la misma historia que
narra en su documental". Such a sentence (a retelling: an opening that points back at their own
telling, then, in the same clause, where it was told or how often) is blanked as a whole, unless it places care with
us ("here", "with us", "con nosotros", "Dr. <Name>", "a quien operamos"); the rest of the text is then weighed as for
any public figure (public.health_next_to, care.claims_about_health, care.received_care, own_news.with_us), so care of
ours told anywhere else keeps the name an error.

The public story is the requirement, not the role alone: the person is a public figure by public.is_public_figure, or,
with a retold story in their sentence or the two after it, by any role or title said right before the name ("bronc rider
<Name>", "Paralympic goalball player <Name>", "the legendary Miss <Name>", "la alcaldesa de <Town>, <Given> <Given>
<Surname>") or in apposition after it ("<Name>, the <Team> lineman"). A named person with our care and no public frame
is still a patient; a role owned by us or a word for a patient ("our patient <Name>", "nuestra paciente") is no role.
Round 53: the telling itself may say it was public, no "as"/"like" before it: a teller (a pronoun, "who"/"que", a
name, "the mayor") and a verb of telling, then an outlet not ours ("<Name> has spoken openly on TV about ...", "who told
viewers on air that ...", "que lo ha contado en entrevistas") or only how often or how openly ("<Name> has talked
publicly about ..."); told only openly, the teller must hold a public office or role (public.is_public_figure), not any
agent noun ("retired teacher <Name> has talked openly about her stroke" stays a name). A story read only by its
teller's verb vetoes a figure's own news (story_cared) by care of ours in it, not by a wish elsewhere. PHI013 and PHI016
read the text with such stories set aside when a public role is said in or before them (figure_stories.py).
Each text is read once for its retold sentences (cached), each name in bounded windows: linear.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right

from ... import lazyre
from ...text import EMOJI, alternation, sentence_bounds, sentence_of
from .care import care_in, cared_by_us, received_care
from .common import blank_group
from .community_roles import cared_in_role
from .event_topics import blank_events
from .known import Person
from .own_news import blank_told, claims_untold, received_untold, untold_topics, with_us
from .public import NEW_ROOM, health_next_to, is_public_figure
from .vocabulary import NAMES
from .work_titles import without_titles

# --- a story told again -------------------------------------------------------------------------------------------

_HE = r"(?i:he|she|they)"
_AUX = r"(?:['’]s|[ \t]+(?i:has|have|had|did|does|do))"
# The opening that points back at their own telling: "as she has", "like he did", "the same story he's", "the story she",
# "something he's", "como lo ha", "tal como ella misma", "la misma historia que", "algo de lo que ha", "según ha"
_OPENING = lazyre.compile(
    rf"(?<![\w-])(?:(?i:just|exactly)[ \t]+)?(?i:as|like)[ \t]+{_HE}{_AUX}?(?![\w'’-])"
    rf"|(?<![\w-])(?i:the|a|that)[ \t]+(?:(?i:same|very)[ \t]+)?(?i:story|stories|tale|journey|message)[ \t]+(?:(?i:that|which)[ \t]+)?{_HE}{_AUX}?(?![\w'’-])"
    rf"|(?<![\w-])(?i:something)[ \t]+(?:(?i:that)[ \t]+)?{_HE}{_AUX}?(?![\w'’-])"
    r"|(?<![\w-])(?:(?i:tal|asi|así)[ \t]+)?(?i:como|seg[uú]n)[ \t]+(?:(?i:ya|lo|la|le|se|[eé]l|ella|ellos|mism[oa]|bien)[ \t]+){0,3}"
    r"(?=(?i:ha|han|hab[ií]a|lo|suele|siempre|cont[oó]|dijo|platic[oó]|relat[oó]|cuenta|dice|platica|coment[oó]|compart[ií][oó]?|narr[oó])(?![\w-]))"
    r"|(?<![\w-])(?i:la|esa|una)[ \t]+(?:(?i:misma)[ \t]+)?(?i:historia)[ \t]+(?i:que)(?![\w-])"
    r"|(?<![\w-])(?i:algo)[ \t]+(?:(?i:de|sobre)[ \t]+(?i:lo)[ \t]+)?(?i:que)[ \t]+(?=(?:(?i:ya)[ \t]+)?(?i:ha|han|hab[ií]a)(?![\w-]))"
    # a work of theirs about it: "<Name>, whose memoir about her own recovery ...", "cuyo documental sobre su diabetes ..."
    r"|(?<![\w-])(?i:whose|cuy[oa]s?)(?=[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:memoirs?|books?|podcasts?|documentar(?:y|ies)|columns?|blog|shows?|memorias|libros?|documentales?|columnas?|programas?)"
    r"[ \t]+(?i:about|on|sobre|acerca[ \t]+de)(?![\w-]))"
    # the public saw it happen: "the knee injury we all saw in his televised fight", "que todos vimos en la tele"
    r"|(?<![\w-])(?i:that|que)[ \t]+(?i:todos|everyone|everybody|we[ \t]+all|all[ \t]+of[ \t]+us|medio[ \t]+mundo|todo[ \t]+el[ \t]+pueblo)"
    r"[ \t]+(?i:vimos|vieron|saw|watched)(?![\w-])"
)
# Where a story is told to the public: a medium ("in three interviews", "on the evening news channel", "on her show", "en sus discursos", "al aire", a paper), read right after the opening, a few words between, in the same clause
_MEDIUM = alternation(
    (
        *("interview", "interviews", "podcast", "podcasts", "show", "shows", "talk show", "radio", "tv", "television", "channel"),
        *("channels", "station", "stations", "book", "books", "memoir", "memoirs", "column", "columns", "speech", "speeches"),
        *("press conference", "press conferences", "news conference", "documentary", "special", "social media", "instagram"),
        *("youtube", "tiktok", "facebook", "page", "stage", "stages", "broadcast", "broadcasts", "panel", "panels", "keynote"),
        *("keynotes", "town hall", "town halls", "rally", "rallies", "campaign", "air", "airwaves", "newsletter", "blog"),
        *("entrevista", "entrevistas", "programa", "programas", "canal", "canales", "radio", "television", "televisión", "tele"),
        *("noticiero", "noticieros", "libro", "libros", "memorias", "columna", "columnas", "discurso", "discursos", "redes"),
        *("conferencia", "conferencias", "rueda de prensa", "ruedas de prensa", "documental", "escenario", "escenarios"),
        *("presentacion", "presentación", "presentaciones", "conciertos", "giras", "campaña", "campana", "podcast", "pagina", "página"),
        # round 53: a post or a clip of theirs, the air in Spanish, a concert or a tour, the cameras, the public who heard it; round 125: a town's forums
        *("post", "posts", "video", "videos", "reel", "reels", "twitter", "aire", "cameras", "camaras", "cámaras", "concert", "concerts"),
        *("tour", "tours", "gira", "concierto", "viewers", "listeners", "fans", "followers", "audiences", "televidentes", "oyentes"),
        *("seguidores", "audiencia", "publico", "público", "town meeting", "town meetings", "council meeting", "council meetings", "newspaper", "newspapers"),
        *("tribune", "herald", "gazette", "magazine", "magazines", "periodico", "periódico", "periodicos", "revista", "revistas", "capitol", "legislature"),
        *("televised", "televisada", "televisado", "televisadas", "televisados", "livestream", "transmision", "transmisión", "asamblea", "asambleas", "cabildo", "cabildos"),
    )
)
# How often it was told, with a verb of telling: "something he's described often", "como lo ha relatado varias veces"
_OFTEN = alternation(
    (
        *("often", "many times", "countless times", "so many times", "a lot", "again and again", "for years", "publicly", "openly"),
        *("before", "every week", "every chance", "all over", "over the years", "many a time", "muchas veces", "tantas veces"),
        *("varias veces", "mil veces", "otras veces", "a menudo", "seguido", "siempre", "publicamente", "públicamente", "antes"),
        *("abiertamente", "en otras ocasiones", "cada vez que puede", "por anos", "por años", "durante anos", "durante años"),
        *("for decades", "in public", "en publico", "en público", "desde hace anos", "desde hace años", "por decadas", "por décadas"),
        *("nationally", "across the country", "all over the country", "a nivel nacional", "por todo el pais", "por todo el país"),
    )
)
_TELLING = alternation(
    (
        *("said", "told", "tells", "shared", "shares", "spoken", "spoke", "speaks", "talked", "talks", "written", "wrote", "writes"),
        *("described", "recounted", "posted", "explained", "discussed", "opened up", "been open", "been vocal", "been candid"),
        *("contado", "contó", "conto", "cuenta", "dicho", "dijo", "dice", "platicado", "platicó", "platico", "platica"),
        *("relatado", "relató", "relato", "compartido", "compartió", "compartio", "comparte", "hablado", "habló", "hablo"),
        *("habla", "narrado", "narra", "comentado", "mencionado", "explicado", "escrito", "escribió", "escribio"),
        *("reminded", "reminds", "recordó", "recordo", "recuerda", "admitted", "admitió", "admitio", "confesó", "confeso"),
        *("talk", "speak", "chat", "chatted", "chats", "hablar", "platicar", "contar", "compartir"),
        *("repeated", "repeats", "repitió", "repitio", "repite"),  # "que repitió la historia que narra en cada gira"
    )
)
_WORDS = r"(?:[ \t]+(?![\w'’]*[.,;:!?])[^\s,;:.!?()—–\"“”]+){0,7}?"  # a few words of the same clause
_WHERE = lazyre.compile(rf"{_WORDS}[ \t]+(?:[^\s,;:.!?()—–\"“”]+[ \t]+){{0,2}}?(?i:{_MEDIUM})(?![\w-])")
_HOW_OFTEN = lazyre.compile(rf"{_WORDS}[ \t]+(?i:{_TELLING})(?![\w-]){_WORDS}[ \t]+(?i:{_OFTEN})(?![\w-])")


# Round 53: the teller and a verb of telling, with no "as"/"like" before them: "<Name> has talked publicly for years
# about ...", "who has spoken openly on TV about ...", "He's been open in interviews about ...", "who told viewers on
# air that ...", "quien lo ha contado en entrevistas", "the senator reminded the crowd ... on the evening news". The telling itself
# then says where or how often, read as after an opening; one told to us ("told us", "nos contó") or on an outlet of
# ours ("on our page") is no public telling.
_TELLER = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:he|she|they|who|que|quien|quienes|[eé]l|ella|ellos|ellas)|[A-Z][\w'’-]+"
    rf"|(?i:the|el|la)[ \t]+(?i:{alternation(NAMES['public_roles'])}))"
    r"(?:[ \t]+(?i:lo|la|le|se))?(?:['’]s|[ \t]+(?i:has|have|had|ha|han|hab[ií]a))?"
    r"(?:[ \t]+(?i:long|also|often|always|since|ya|siempre|tambi[eé]n|mism[oa])){0,2}"
    rf"(?=[ \t]+(?i:{_TELLING})(?![\w-]))"
)
# Where, after a teller's verb: the clause may run longer ("reminded the crowd that she had her own booster on the evening news")
_WHERE_TOLD = lazyre.compile(rf"{_WORDS.replace('{0,7}', '{0,11}')}[ \t]+(?:[^\s,;:.!?()—–\"“”]+[ \t]+){{0,2}}?(?i:{_MEDIUM})(?![\w-])")
_VERB = lazyre.compile(rf"[ \t]+(?i:{_TELLING})(?![\w-])")
_TO_US = lazyre.compile(r"[ \t]+(?:(?i:to|with)[ \t]+)?(?i:us|me|our|nosotros)(?![\w-])")
_OUR_OUTLET = lazyre.compile(r"(?<![\w-])(?i:our|nuestr[oa]s?)(?![\w-])")


def _told_at(text: str, teller: int, end: int) -> str:
    """Whether the verb of telling right after a teller ending at `teller` says, in its clause, where it was told (an
    outlet not ours: "where") or only how often or how openly ("often"), and is not told to us ("told us about his knee",
    "told our nurses"); "" when neither."""
    verb = _VERB.match(text, teller)
    if verb is None or _TO_US.match(text, verb.end()):
        return ""
    stop = min(end, teller + 140)
    where = _WHERE_TOLD.match(text, teller, stop)
    if where is not None and not _OUR_OUTLET.search(text, teller, where.end()):
        return "where"
    return "often" if _HOW_OFTEN.match(text, teller, stop) is not None else ""


_OUTLET = lazyre.compile(rf"(?<![\w-])(?i:{_MEDIUM})(?![\w-])")


def _outlet_before(text: str, bounds, sentence: tuple[int, int], teller: int, seen: dict) -> bool:
    """Whether the teller's verb at `teller` (not told to us) follows a sentence that names an outlet not ours ("Did you
    catch her interview on the Sunday news? She told ..."); `seen` keeps each sentence's reading."""
    verb = _VERB.match(text, teller)
    if verb is None or _TO_US.match(text, verb.end()):
        return False
    before = sentence_of(bounds, sentence[0] - 1)
    if before not in seen:
        seen[before] = _OUTLET.search(text, *before) is not None and _OUR_OUTLET.search(text, *before) is None
    return seen[before]


def _retold_at(text: str, opening: int, end: int) -> bool:
    """Whether the opening at `opening` is followed, in its clause, by where the story was told or, after a verb of
    telling, how often ("as she has in several interviews", "something he's written about for years")."""
    stop = min(end, opening + 120)
    return _WHERE.match(text, opening, stop) is not None or _HOW_OFTEN.match(text, opening, stop) is not None


# --- care of ours in the story -----------------------------------------------------------------------------------

# What we did to someone, in Spanish, said to them with a pronoun: "se la hicimos", "lo operamos", "le pusimos" (not
# "le deseamos", "la extrañamos": no care)
OUR_VERBS = (
    "operamos|atendimos|atendemos|tratamos|vacunamos|revisamos|pusimos|hicimos|quitamos|sacamos|colocamos|cosimos|suturamos|enyesamos"
    "|drenamos|curamos|internamos|diagnosticamos|inyectamos|examinamos|reparamos|reemplazamos|extirpamos|retiramos|cuidamos|acompañamos"
    "|acompanamos|recibimos|dimos[ \t]+de[ \t]+alta|hospitalizamos|intervenimos|entablillamos|vendamos"
)
WE_DID = lazyre.compile(rf"(?<![\w-])(?i:le|la|lo|les|las|los|se[ \t]+l[aoe]s?)[ \t]+(?i:{OUR_VERBS})(?![\w-])")
_AREA = r"(?i:county|condado|valley|valle|town|pueblo|community|comunidad|area|zona|region|regi[oó]n|state|estado|city|ciudad)(?![\w-])"
# Care placed here ("here", "aquí"; not "here in <Town>", "aquí en el condado") or done by us to them or to it ("se la hicimos", "lo operamos", "we fixed it", "our clinic treats him"), or a doctor named (_DOCTOR): a story so placed is no story of theirs alone.
_HERE_OR_DONE = lazyre.compile(
    rf"(?<![\w-])(?<![Dd]e[ \t])(?<![Ff]rom[ \t])(?<![Aa]round[ \t])(?<![Uu]p[ \t])(?<![Oo]ut[ \t])(?<![Dd]own[ \t])(?i:here|aqu[ií]|ac[aá])(?![\w-])(?![ \t]+(?i:in|en)[ \t]+(?:(?i:the|el|la|our|nuestr[oa])[ \t]+)?(?:[A-Z]|{_AREA}))"  # not "las huertas de aquí": local
    rf"|{WE_DID.pattern}"
    r"|(?<![\w-])(?i:nuestr[oa]s?)(?:[ \t]+[\w-]+){1,3}?[ \t]+(?i:la|lo|le|les|los|las)[ \t]+(?!(?i:regal|obsequi|entreg|agradec|felicit|aplaud|invit|dedic))[a-záéíóúñ]{3,}(?![\w-])"  # not a gift or a thanks
    r"|(?<![\w-])(?i:we|we['’]ve|(?:our|nuestr[oa]s?)(?:[ \t]+[\w-]+){1,2})[ \t]+(?:[\w'’-]+[ \t]+)?(?i:did|done|fixed|set|repaired|treated|operated|replaced"
    r"|removed|scoped|rebuilt|performed|stitched|saw|seen|see|sees|followed|follows|cared|helped|handled|put|placed|fitted|fit|caught|delivered|treats?|treating"
    r"|(?:cares|cared|caring)[ \t]+for|look(?:s|ed)[ \t]+after)[ \t]+"
    r"(?i:it|that|them|him|her|his|this|those)(?![\w-])"
)
_DOCTOR = lazyre.compile(r"(?<![\w-])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z]")
# A doctor's doing said with no word of care: "for treating her", "for looking after him", "por atenderla"
_CARING = lazyre.compile(
    r"(?<![\w-])(?i:treating|treated|caring[ \t]+for|cared[ \t]+for|operating[ \t]+on|operated[ \t]+on|looking[ \t]+after|delivering|delivered"
    r"|atenderla|atenderlo|atendi[oó]|operarla|operarlo|oper[oó]|cuidarla|cuidarlo|tratarla|tratarlo)(?![\w-])"
)
# We who act, or our place or people of care, in a clause with a word of care: "her surgery at our clinic", "we ...",
# "nosotros" (not "con nosotros": company), a verb of ours ("operamos", "atendimos"), "our surgeons", "nuestras enfermeras"
# ("our team", "nuestro equipo" keep company at an event: "handed out earplugs with our team")
_CARE_PLACES = alternation(
    (
        *("clinic", "clinics", "office", "practice", "hospital", "unit", "wing", "clinica", "clínica", "consultorio", "quirofano"),
        *("doctor", "doctors", "nurse", "nurses", "surgeon", "surgeons", "provider", "providers", "therapists", "physicians", "quirófano"),
        *("medico", "médico", "medicos", "médicos", "doctora", "doctoras", "doctores", "enfermera", "enfermeras", "enfermeros"),
        *("cirujano", "cirujanos", "cirujana", "care", "cuidado", "cuidados"),
    )
)
_WE_CARE = lazyre.compile(
    r"(?<![\w-])(?i:we|we['’]ve|we['’]re|we['’]d)(?![\w-])|(?<![\w-])(?<!(?i:con)[ \t])(?<!(?i:with)[ \t])(?i:nosotros)(?![\w-])"
    r"|(?<![\w-])[a-záéíóúñ]{3,}(?:amos|imos|emos)(?![\w-])"
    rf"|(?<![\w-])(?i:our|nuestr[oa]s?)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{_CARE_PLACES})(?![\w-])"
)
# At our place of care or with our people, in a story told as theirs: "talked about starting PrEP at our clinic" ("with us",
# "con nosotros" are read by care.cared_by_us, which knows a walk with us from care)
_AT_OURS = lazyre.compile(rf"(?<![\w-])(?i:at|in|with|by|through|con|en|por)[ \t]+(?i:our|nuestr[oa]s?)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_CARE_PLACES})(?![\w-])")
# Any word of ours, for care.cared_by_us's readings ("with us", "a quien operamos", "came in for")
_WE = lazyre.compile(r"(?<![\w-])(?i:we|us|our|ours|we['’]ve|nosotros|nos|nuestr[oa]s?|[a-záéíóúñ]{2,}(?:amos|imos|emos|[aei]rnos))(?![\w-])")
_CLAUSE_END = lazyre.compile(r"[,;:()—–]")


# What a telling is about, a few words after its verb: "talked to the kids about his elbow surgery", "habló con los
# muchachos sobre su diabetes" (not a topic that holds us: "about her surgery with us", "sobre su cirugía aquí")
_TOPIC = lazyre.compile(rf"(?<![\w-])(?i:{_TELLING})(?:[ \t]+[\w'’-]+){{0,4}}?[ \t]+(?i:about|on|of|sobre|de|acerca[ \t]+de)[ \t]+(?P<topic>[^,;:.!?()—–]{{1,120}})")
_OURS_IN_TOPIC = lazyre.compile(r"(?<![\w-])(?i:we|us|our|nosotros|nuestr[oa]s?|here|aqu[ií]|ac[aá]|[a-záéíóúñ]{2,}(?:amos|imos))(?![\w-])|(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z]")


def _blank_topic(match) -> str:
    if _OURS_IN_TOPIC.search(match.group("topic")):
        return match.group(0)
    return blank_group(match, "topic")


# "Here" of no care: a guest thanked for a visit ("¡Gracias por venir hasta acá!"; round 111) or a home town ("who grew up right here"; 115)
_HERE_NO_CARE = lazyre.compile(
    r"(?<![\w-])(?i:thanks|thank[ \t]+you|gracias)[ \t,]+(?:(?i:so[ \t]+much|mil)[ \t]+)?(?i:for|por)[ \t]+"
    r"(?i:coming|stopping[ \t]+by|dropping[ \t]+by|visiting|venir|visitarnos|pasar)(?:[ \t]+[\w'’-]+){0,4}?[ \t]+(?i:here|aqu[ií]|ac[aá])(?![\w-])"
    r"|(?<![\w-])(?i:grew[ \t]+up|raised|born|born[ \t]+and[ \t]+raised|creci[oó]|naci[oó]|se[ \t]+cri[oó])[ \t]+(?:(?i:right)[ \t]+)?(?i:here|aqu[ií]|ac[aá])(?![\w-])"
)


def _plain(text: str) -> str:
    """A sentence with what tells no care of anyone blanked, same length: a work's title, an event of ours, a room of ours
    opened ("our new hearing center"), the topic of a telling ("talked to the kids about his elbow surgery": told), a
    guest of honour at a clinic day of ours ("la invitada especial en nuestro consultorio de alergias": own_news.untold_topics),
    thanks for a visit here or a home town here (_HERE_NO_CARE)."""
    plain = NEW_ROOM.sub(lambda m: " " * len(m.group(0)), untold_topics(blank_events(without_titles(text))))
    plain = _HERE_NO_CARE.sub(lambda m: " " * len(m.group(0)), plain)
    return _TOPIC.sub(_blank_topic, blank_told(plain, 0, len(plain)))


def _care_of_ours(text: str, lo: int, hi: int, *, story: str = "") -> bool:
    """Whether the sentence text[lo:hi] may place someone's care with us: a clause with a word of care and "here", a
    doctor named or one of us who acts ("we", "operamos", "our surgeons"), our doing to them, or care.cared_by_us,
    own_news.with_us, care.received_care with a word of ours. In a `story` ("told": one told as already public; "after":
    the sentence after one) "here" or our doing alone keeps it ours, and so does a doctor named with a word of care; in
    the story itself a doctor named or our place of care too."""
    titled = without_titles(text[lo:hi])
    plain = _plain(text[lo:hi])
    if story and (_HERE_OR_DONE.search(plain) or story == "told" and (_DOCTOR.search(plain) or _AT_OURS.search(plain))):
        return True
    if story and _DOCTOR.search(plain) and (care_in(plain) or _CARING.search(plain)):
        return True  # "... Thank you, Dr. <Name>, for treating her!" after a story: a doctor of ours with care
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(plain)), len(plain)]
    for start, end in zip(cuts, cuts[1:]):
        if (_HERE_OR_DONE.search(plain, start, end) or _DOCTOR.search(plain, start, end) or _WE_CARE.search(plain, start, end)) and care_in(plain, start, end):
            return True
    if not _WE.search(plain):
        return False  # no one of ours: "hospice nurses cared for her own grandfather" is no care of ours
    return cared_by_us(titled, 0, len(titled)) or with_us(titled) or received_care(titled, sentence_bounds(titled), 0)


# --- the retold sentences of a text -------------------------------------------------------------------------------

_OPENED, _WHERE_SAID, _OFTEN_SAID = 3, 2, 1  # how a sentence says its story was told before, strongest first


# An emoji ending a story's sentence before the next one's capital ("... at our luncheon 💜 She read ..."): after a stop too, and before a quote, wider than text.py's
_EMOJI_END = lazyre.compile(rf"[{EMOJI}][\uFE0F\U0001F3FB-\U0001F3FF]*(?=[ \t]+[¡¿\"“]?[A-ZÁÉÍÓÚÑ])")


def _story_bounds(text: str) -> tuple[int, ...]:
    """The text's sentence bounds and its emoji that end a sentence: a story told as public is read as the sentence it
    is, not with the thanks before it that "we" opened (round 111; text.sentence_bounds keeps emoji inside a sentence,
    where the rules that tie a name to care read across them)."""
    return tuple(sorted({*sentence_bounds(text), *(m.end() for m in _EMOJI_END.finditer(text))}))


@functools.lru_cache(maxsize=8)
def _readings(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The sentences of `text` that tell a story as one its teller has told in public before: those with no care of ours
    in them, those that place it with us, those of the first kind told only "openly" or "for years" by their teller, no
    outlet named ("<Name> has talked publicly about ..."), and those of the first two kinds an opening points back at
    ("as she has", "the tale he tells"; not only a teller's verb: "<Name> contó en su programa ..."); once per text."""
    bounds = _story_bounds(text)
    told: dict[tuple[int, int], int] = {}  # each sentence and the strongest telling read in it
    openings = [(m.start(), m.start() + len(m.group(0).rstrip()), _retold_at) for m in _OPENING.finditer(text)]
    openings += [(m.start(), m.end(), _told_at) for m in _TELLER.finditer(text)]
    outlet_before: dict[tuple[int, int], bool] = {}  # each sentence read once for an outlet
    for start, at, retold_at in openings:  # each bounded to its clause: linear
        sentence = sentence_of(bounds, start)
        if told.get(sentence, 0) == _OPENED:
            continue
        said = retold_at(text, at, sentence[1])
        if not said and retold_at is _told_at and sentence[0] > 0 and _outlet_before(text, bounds, sentence, at, outlet_before):
            said = "where"  # "¿Vieron la entrevista en el noticiero? Ella misma contó que ...": the outlet said just before
        strength = _OPENED if said is True else _WHERE_SAID if said == "where" else _OFTEN_SAID if said else 0
        told[sentence] = max(told.get(sentence, 0), strength)
    spans: list[tuple[int, int]] = []
    ours: list[tuple[int, int]] = []
    for sentence, strength in sorted(told.items()):
        if strength:
            (ours if _care_of_ours(text, *sentence, story="told") else spans).append(sentence)
    plain = tuple(span for span in spans if told[span] == _OFTEN_SAID)
    opened = tuple(span for span in sorted(told) if told[span] == _OPENED)
    return tuple(spans), tuple(ours), plain, opened


def retold(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of `text` that tell a story as one its teller has told in public before, with no care of ours in them."""
    return _readings(text)[0]


@functools.lru_cache(maxsize=8)
def untold(text: str) -> str:
    """The text with its retold sentences blanked out, same length (see retold)."""
    pieces, at = [], 0
    for lo, hi in retold(text):
        pieces += [text[at:lo], " " * (hi - lo)]
        at = hi
    return "".join((*pieces, text[at:]))


def set_aside(text: str) -> str:
    """The text with its retold stories blanked (untold), unless a sentence of the rest may place someone's care with us
    ("... as she has on two talk shows. We set it here in May."): then the story is ours too, and the text is kept whole."""
    return text if _rest_cared(text) else untold(text)


@functools.lru_cache(maxsize=8)
def clear_of_ours(text: str) -> bool:
    """Whether the text, its retold stories set aside, claims no care of ours nor tells of our people with someone, and
    no sentence of it may place care with us (_rest_cared): once per text, however many names it holds."""
    rest = untold(text)
    return not _rest_cared(text) and claims_untold(rest, sentence_bounds(rest)) is None and not with_us(rest)


@functools.lru_cache(maxsize=8)
def _rest_cared(text: str) -> bool:
    """Whether a sentence of the text, its retold stories set aside, may place someone's care with us (the one right
    after a story as strictly as a story): once per text."""
    rest, after = untold(text), {hi for _, hi in retold(text)}
    bounds = _story_bounds(text)  # the sentence right after a story is read as strictly as the story: "... Se la hicimos aquí"
    return any(_care_of_ours(rest, lo, hi, story="after" if lo in after else "") for lo, hi in zip(bounds, bounds[1:]) if rest[lo:hi].strip())


def in_retold(text: str, pos: int) -> bool:
    """Whether `pos` lies in a retold sentence of the text (the spans are sorted: one bisection)."""
    spans = retold(text)
    i = bisect_right(spans, (pos, len(text) + 1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def story_near(text: str, bounds: list[int], pos: int, *, ours: bool = False, outlet: bool = False, opened: bool = False) -> bool:
    """Whether the sentence at `pos`, or one of the two after it, is a retold story (`ours`: one placing care with us;
    `outlet`: one whose outlet or opening says it was told in public, not only "openly" by its teller; `opened`: one an
    opening points back at, placing care with us or not)."""
    readings = _readings(text)
    spans = readings[1] if ours else readings[3] if opened else tuple(span for span in readings[0] if span not in readings[2]) if outlet and readings[2] else readings[0]
    if not spans:
        return False
    lo, hi = _name_window(text, bounds, pos)
    i = bisect_left(spans, (lo, -1))  # the first story opening at or after the name's sentence
    return i < len(spans) and spans[i][0] < hi


def _name_window(text: str, bounds: list[int], pos: int) -> tuple[int, int]:
    """The sentence at `pos` and the two after it: where a story about the one named there may stand."""
    lo, hi = sentence_of(bounds, pos)
    for _ in range(2):
        if hi < len(text):
            hi = sentence_of(bounds, hi)[1]
    return lo, hi


# --- a figure named with their role -------------------------------------------------------------------------------

# A role said right before the name, lower case, up to three words after any capitalised words of a team, a school or
# a town ("bronc rider", "Paralympic goalball player", "former Arizona Wildcats coach", "the legendary Miss", "Kensington's
# own Olympic flyweight"), its last word an agent noun or a word for a public person; or an office and its place, then a
# comma ("la alcaldesa de Stockton,").
_AGENT = r"[a-záéíóúñ]{2,}(?:er|or|ist|ian|ete|eta|ista|ero|era|ora|ante|man|woman|ee)|player|rider|coach|legend|star|icon|queen|king|diva|champ|jugador|jugadora"
_NOT_ROLE = alternation(
    (
        *("patient", "patients", "paciente", "pacientes", "member", "neighbor", "neighbour", "vecino", "vecina", "customer", "client"),
        *("partner", "mother", "father", "brother", "sister", "daughter", "grandmother", "grandfather", "other", "another", "user"),
        *("survivor", "warrior", "fighter", "teenager", "toddler", "reader", "follower", "viewer", "listener", "caller", "visitor"),
        *("whatever", "however", "never", "ever", "over", "after", "under", "together", "summer", "winter", "number", "per", "for"),
        *("mayor", "major", "primera", "tercera", "cuarta", "era", "para", "otra", "ahora", "señora", "senora", "cena", "hora"),
    )
)
_OURS = lazyre.compile(r"(?<![\w-])(?i:our|my|your|nuestr[oa]s?|mi|mis|tu|tus|this|these|little|brave|sweet|pequeñ[oa]|pequen[oa]|valiente)(?![\w-])")
_ROLE_BEFORE = lazyre.compile(rf"(?<![\w'’-])(?:[a-z][\w'’-]*[ \t]+){{0,2}}?(?!(?i:{_NOT_ROLE})(?![\w-]))(?P<role>{_AGENT})[ \t]*,?[ \t]+$")
# A title of office or of the stage ("Mayor", "Coach", "Rep.", "Miss <Name>" of a drag show or a pageant); a courtesy title
# ("Mr.", "Mrs.", "Ms.") is no public frame: a patient is called so too
_TITLE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:miss|coach|mayor|alcalde|alcaldesa|concejal|concejala|rep|sen|gov|hon)\.?[ \t]+$")
_OFFICE_AT = lazyre.compile(r"(?<![\w-])(?i:el|la|the)[ \t]+[a-záéíóúñ]{3,}[ \t]+(?i:de|of|del)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*[ \t]*,[ \t]*$")
# A role in apposition after the name: ", the Utes lineman", ", Amarillo's hometown relief pitcher", ", la cantante de ..."
_ROLE_AFTER = lazyre.compile(rf"[ \t]*,[ \t]*(?:(?i:the|a|an|el|la|un|una)[ \t]+|[A-Z][\w'’-]*['’]s[ \t]+)(?:[\w'’-]+[ \t]+){{0,3}}?(?!(?i:{_NOT_ROLE})(?![\w-]))(?:{_AGENT})(?![\w-])")
# A role opening the next sentence, the name greeted just before it: "Thank you, <Given> <Surname>! The <School> libero
# who ...", "¡Gracias, <Name>! La cantante de ..." (the sentence's end right after the name, then an article)
_ROLE_NEXT = lazyre.compile(
    r"[ \t]*[!.][\s\W]{0,8}(?i:the|el|la)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    rf"(?i:{alternation(NAMES['public_roles'])})(?![\w-])"
)
_GIVEN_BEFORE = lazyre.compile(r"[A-Z][\w'’-]+[ \t]+$")  # a given name the name found left out ("Rosa" of "Rosa Elena <Surname>")


def _titled(text: str, person: Person) -> bool:
    """Whether a role, a title or an office and its place stands right before the name (or a given name left out of it),
    or a role after it in apposition."""
    if person.title and _TITLE_BEFORE.fullmatch(person.title.rstrip(".") + " "):
        return True
    starts = [person.start]
    given = _GIVEN_BEFORE.search(text, max(0, person.start - 24), person.start)
    if given is not None:
        starts.append(given.start())
    for start in starts:
        before = max(0, start - 60)
        role = _ROLE_BEFORE.search(text, before, start)
        if role and not _OURS.search(text, max(0, role.start() - 12), role.end()) and not care_in(role.group("role")):
            return True  # "bronc rider <Name>"; not "our little fighter <Name>", nor a word of care ("cancer")
        if _TITLE_BEFORE.search(text, before, start) or _OFFICE_AT.search(text, before, start):
            return True
    return _ROLE_AFTER.match(text, person.end) is not None or _ROLE_NEXT.match(text, person.end) is not None


def retold_figure(text: str, person: Person, bounds: list[int]) -> bool:
    """Whether `person`, named with a role or a title or a public figure by public.is_public_figure, tells their own story
    in their sentence or the two after as one already public, and the text with that story set aside tells no care of
    theirs (public.health_next_to, a claim of our care anywhere, care received, our people with them, a neighbour's title
    in a text of care)."""
    if not story_near(text, bounds, person.start):
        return False
    public = is_public_figure(text, person, bounds) or _ROLE_NEXT.match(text, person.end) is not None
    if not public and not (_titled(text, person) and story_near(text, bounds, person.start, outlet=True)):
        return False  # told only "openly" by a teller with no public office ("retired teacher <Name> has talked openly about ..."): no figure
    rest = untold(text)
    if not clear_of_ours(text) or cared_in_role(rest, person, bounds):
        return False
    return not health_next_to(rest, person, bounds) and not received_untold(rest, bounds, person.start)


def retold_description(text: str, bounds: list[int], pos: int) -> bool:
    """PHI011: whether a description at `pos` ("the mayor", "a su abuelito minero con enfisema") lies in a retold story, or one whose outlet is
    named follows within two sentences ("the boxing champ ... his mom's cancer, as in his documentary"), in a text that tells no care of ours."""
    return (in_retold(text, pos) or story_near(text, bounds, pos, outlet=True)) and clear_of_ours(text)


def story_cared(text: str, bounds: list[int], pos: int) -> bool:
    """Whether a public figure named at `pos` has a retold story near (story_near) that places care with us ("..., which
    Dr. <Name> did here, as she has told on her show"), or one in a text that, the story set aside, may place
    someone's care with us ("... the tale he tells on his radio hour. Our kidney team has followed him since 2020"): a
    figure excused by their own news (people.py) is then not excused. A story read only by its teller's verb ("<Name>
    contó en su programa que ...") counts for the first (care of ours in it), not the second: a wish or an offer of
    ours elsewhere ("Le deseamos una pronta recuperación", "Vacunas sin cita aquí") is no care of the figure."""
    return story_near(text, bounds, pos, ours=True) or story_near(text, bounds, pos, opened=True) and _rest_cared(text) or _told_then_placed(text, bounds, pos)


# Their care by its owner's word, in the sentence right after their story: "Her surgery was done here!", "Su cirugía fue aquí"
_THEIRS = lazyre.compile(r"(?<![\w-])(?i:her|his|their|su|sus)(?![\w-])")


def _told_then_placed(text: str, bounds: list[int], pos: int) -> bool:
    """Whether the sentence right after a story told as public (near the figure named at `pos`) places their care with us:
    here or our doing, a word of care and its owner's pronoun ("She has told in many interviews how she beat breast
    cancer. Her surgery was done here!"); an offer or a wish of ours there has no owner's care ("Vacunas sin cita aquí")."""
    readings = _readings(text)
    spans = sorted((*readings[0], *readings[1]))
    lo, hi = _name_window(text, bounds, pos)
    for start, end in spans[bisect_left(spans, (lo, -1)) :]:
        if start >= hi:
            break
        after = sentence_of(bounds, end)[1] if end < len(text) else end
        plain = _plain(text[end:after])
        if _HERE_OR_DONE.search(plain) and _THEIRS.search(plain) and care_in(plain):
            return True
    return False


def spoken_topic(text: str, bounds: list[int], pos: int) -> bool:
    """PHI011: whether an office said at `pos` ("El alcalde habló de por qué los hombres deben revisarse la presión", "The
    mayor talked about why screenings matter") is the one who speaks in its sentence, and care is named
    there only in what was spoken of, no word of ours in it; the next sentence places no care with us, read as strictly
    as after a story ("... Lo atendemos desde 2019"), nor does the rest of the text."""
    lo, hi = sentence_of(bounds, pos)
    sentence = text[lo:hi]
    if not _TOPIC.search(sentence) or not care_in(sentence) or care_in(_plain(sentence)):
        return False
    if hi < len(text) and _care_of_ours(text, hi, sentence_of(bounds, hi)[1], story="after"):
        return False
    return clear_of_ours(text)
