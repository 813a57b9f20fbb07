"""A Spanish nickname with its article before it, and care told of that one: a person (PHI003).

Spanish speakers call a neighbour by what they look like or how they are, with the article: "el Flaco", "la Güera",
"el Chino", "la Chata", "el Chivo". Such a word is often a plain word or one no name list holds, so the name finders
pass it by, and at a sentence's start a capital says little. But staff who write "a la <Nickname> le quitaron los
puntos", "el <Nickname> ya terminó sus quimios" or "ya camina el <Nickname> después de su operación" name one person
the whole barrio knows, and tell their care.

The shape: a lower-case "el"/"la"/"al"/"del" inside a sentence (or "El"/"La" opening it) before one capitalised word
that nothing more follows as a name (not a second capital, not "de": "la Feria de Salud", "el Centro de Salud", "La
Cruz Roja" are places and bodies), in a sentence that tells someone's own care (care.own_care), or the next when an emoji ends it. A town, a country, a
place or an institution's word, a holiday, a drug's or a condition's name ("el Ozempic", "la Covid") and a word of a
list of no one are nobody. people.py yields the person found with its other finders, so named() weighs it as any name:
a team member's alias or a public figure introduced by their role still passes. One bounded scan: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import emoji_end, sentence_bounds, sentence_of
from .care import own_care
from .civic_places import is_city
from .epithets import EPITHETS
from .known import Known, Person
from .nations import is_country
from .vocabulary import BUSINESS_BEFORE, CALENDAR, NAMES, NOT_A_NAME, is_place

# The article, lower case inside a sentence, capitalised only where a sentence opens (checked below).
# The nickname may stand in quotes after its article: 'al "Flaco" de la cuadrilla' (round 113).
_ARTICLE_NAME = lazyre.compile(r"(?<![\w'’-])(?P<article>[Ee]l|[Ll]a|[Aa]l|[Dd]el)[ \t]+(?P<quote>[\"“])?(?P<name>[A-Z][a-z]{2,14})(?(quote)[\"”](?![\w'’-])|(?![\w'’-]|\.[A-Za-z]))")
# What makes the word the first of a longer name or a place's: a capital after it, or after "de"/"of" ("la Feria de Salud"), "&".
_MORE = lazyre.compile(r"[ \t]*(?:[A-Z&]|(?i:de|del|of)[ \t]+(?:(?i:la|las|los|el|the)[ \t]+)?[A-Z])")
_OPENS = frozenset('.!?:;\n¡¿"“(•-–—')
_QUOTES = frozenset("\"“'‘«")
# Where one goes or is, before "a la"/"al"/"en el": a place ("fue a la Pulga", "celebrar al Zocalo", "en el Mercado").
_GOES = (
    r"(?i:fue|fui|fuimos|fueron|va|van|vamos|voy|ir|irse|llego|llegamos|llegaron|vino|vinieron|regreso|regresamos|volvio|paso|pasamos"
    r"|celebrar|visitar|camino|caminamos|corrio|viajo|salio|salimos)"
)
_TO_PLACE = lazyre.compile(rf"(?<![\w-])(?:{_GOES}[ \t]+(?i:a)|(?i:en|desde|hasta|hacia|rumbo[ \t]+a|cerca[ \t]+de))[ \t]+$")
_TO_PLACE_AL = lazyre.compile(rf"(?<![\w-]){_GOES}[ \t]+$")  # "fue al Zocalo"
# Care done to the one named, its object a step of care no clinical list holds: "a la <Nickname> le quitaron los puntos".
_DONE = lazyre.compile(
    r"(?<![\w-])(?i:le|les)[ \t]+(?i:quitaron|retiraron|sacaron|pusieron|cambiaron|removieron)[ \t]+(?i:los|las|el|la|sus|su)[ \t]+"
    r"(?i:puntos|puntadas|grapas|suturas|vendas|vendajes|drenajes?|sondas?|clavos|tornillos)(?![\w-])"
    # or a clearance given to them: "hoy el Dr. <Name> le dio el okay pa' regresar", "le dimos el alta" (round 113)
    r"|(?<![\w-])(?i:le|les)[ \t]+(?i:dio|dieron|dimos|da|damos)[ \t]+(?i:el|su)[ \t]+(?i:alta|okay|ok|visto[ \t]+bueno)(?![\w-])"
)
_INSTITUTIONS = frozenset(w.lower() for w in NAMES["institutions"]) | BUSINESS_BEFORE
# "de la"/"del" after a relative or a home: the nickname owns them ("el nieto del <Nickname>", "la casa de la <Nickname>");
# after any other word it is a place's or a thing's ("la llantera de la <Street>", "la marcha del <Word>", "Tigres del <Region>").
_OWNER_BEFORE = frozenset((*(w.lower() for w in EPITHETS["kin"]), "casa", "compa", "compadre", "comadre", "novia", "novio", "familia", "primo", "prima", "tio", "tia"))
_WORD_BEFORE_OF = lazyre.compile(r"([\w'’-]+)[ \t]+(?:de[ \t]+la|del)[ \t]+$")
# An infinitive before the article: the capitalised word is what is done ("leer la <Book>", "visitar el <Park>").
_INFINITIVE_BEFORE = lazyre.compile(r"(?<![\w-])[a-z]{2,}(?:ar|er|ir)[ \t]+$")


def _nobody(article: str, word: str) -> bool:
    """Whether the word after its article is a place, a body, a day, a drug or a condition: no one's nickname."""
    low = word.lower()
    if low in NOT_A_NAME or low in CALENDAR or low in _INSTITUTIONS:
        return True
    if is_city(f"{article.capitalize()} {word}") or is_country((word,)) or is_country((article, word)):
        return True  # "El Paso", "La Joya", "El Salvador" ("el Chino" is someone, not the town of Chino)
    return bool(lexicon_clinical.find(word))  # "el Ozempic", "la Covid"


def article_nicknames(text: str, known: Known) -> Iterator[Person]:
    """The nicknames with their article in `text` whose sentence tells someone's own care (see the module's docstring)."""
    bounds: tuple[int, ...] | None = None
    for match in _ARTICLE_NAME.finditer(text):
        article, word = match.group("article"), match.group("name")
        if article[0].isupper() and match.start() > 0 and text[max(0, match.start() - 4) : match.start()].rstrip(" \t")[-1:] not in _OPENS:
            continue  # "Centro Comunitario La Palma", "Rio El Valle": a capitalised article inside a sentence makes a place
        if _MORE.match(text, match.end()) or word.lower() in known.org or _nobody(article, word) or is_place(text, match.start("name")):
            continue
        if text[max(0, match.start() - 1) : match.start()] in _QUOTES or _INFINITIVE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # '<Given> "El <Word>" <Surname>': a fighter's nickname in quotes (nicknamed.py); "leer la <Book>": a thing
        if (_TO_PLACE_AL if article.lower() == "al" else _TO_PLACE).search(text, max(0, match.start() - 24), match.start()):
            continue  # "fue a la Pulga", "celebrar al Zocalo", "en el Mercado": where one goes or is
        if article.lower() == "del" or text[max(0, match.start() - 3) : match.start()].lower() == "de ":
            owner = _WORD_BEFORE_OF.search(text, max(0, match.start() - 30), match.end("article"))
            if owner is None or owner.group(1).lower() not in _OWNER_BEFORE:
                continue  # "la llantera de la <Street>", "Tigres del <Region>": a place's or a thing's
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, match.start())
        end = sentence_of(bounds, end)[1] if emoji_end(text, end) else end  # "al <Nickname> ... 💪 Hoy la Dra. <Name> le dio el alta"
        if own_care(text, start, end) or _DONE.search(text, start, end):
            yield Person(match.start("name"), match.end("name"), (word,), "a nickname with its article")
