"""A religious sister, brother or pastor honoured for years of service: a public honour, no patient.

Parishes and congregations are a practice's neighbours, and a post may thank one of their people
the way it congratulates a coach on a title (public.py, counted honours): "honramos a la Hermana
<Name>, que lleva 40 anos dirigiendo la despensa", "Pastor <Name>'s 25 years at <church>",
"Honoring Brother <Name> for 30 years of teaching". The name passes when a religious title stands
before it, its sentence counts years of service after it and honours or thanks them, and the text
says no word of care; "... y ya se recupera de su cirugia" keeps it an error, and so does a
lowercase kin word ("my brother Tom") or years with nothing done in them ("10 years sober").

A public role works the same way: "Congratulations to Mr. <Name> on his retirement as school bus driver",
"felicitamos a <Name>, que se jubila despues de 30 anos como cartero", "por sus 40 anos al aire" (a radio
voice), "for 25 years of service", "con gratitud despedimos a ..., que se jubila tras veintiocho anos de servicio": an
honour of service with no care in the text; "Dona <Name>" after "Sra. <Name> <Surname>" is the one honoured.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .care import mentions_care
from .known import Person
from .vocabulary import PERSONAL_TITLES

_TITLE = lazyre.compile(
    r"(?:Sister|Sr\.|Brother|Br\.|Hermana|Hermano|Sor|Fray|Madre|Mother|Father|Fr\.|Padre|Pastor|Pastora|Reverend|Rev\.|Deacon|Diacono|"
    r"Rabbi|Rabino|Imam|Monsignor|Monsenor|Bishop|Obispo|Elder)(?![\w])"
)
_NUMBER = (
    r"(?:\d{1,2}|(?i:ten|fifteen|twenty|thirty|forty|fifty|sixty|diez|quince|veinte|treinta|cuarenta|cincuenta|sesenta)(?:[ \t-]+[a-z]+)?"
    r"|(?i:veinti|dieci)[a-z]{2,6}|(?i:eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|once|doce|trece|catorce))"  # "veintidos", "dieciocho"
)
# "40 anos dirigiendo", "25 years at", "30 years of teaching", "35 anos de servicio", "20 years serving"
_YEARS_OF_SERVICE = lazyre.compile(
    rf"(?<![\w.,])(?:{_NUMBER})[ \t]+(?i:years|anos)[ \t]+(?:(?i:of|de|at|en|in|as|como|with|con|al[ \t]+frente|leading|serving|teaching|running|"
    r"directing|pastoring|ministering|volunteering|sirviendo|dirigiendo|ensenando|guiando|atendiendo|cuidando|coordinando)(?![\w-])|[a-z]+(?:ing|ando|iendo)(?![\w-]))"
)
_HONOURED = lazyre.compile(
    r"(?<![\w-])(?i:honou?r|honou?ring|honou?red|honramos|honrar|homenaje|homenajeamos|celebrate|celebrating|celebramos|celebrar|"
    r"congrats|congratulations|felicidades|felicitamos|thank|thanks|thank[ \t]+you|gracias|agradecemos|recognize|recognizing|reconocemos|"
    r"tribute|salute|saluting|happy[ \t]+anniversary|feliz[ \t]+aniversario|gratitude|gratitud|farewell|despide|despedimos|despedir)(?![\w-])"
)


def honoured_for_service(text: str, person: Person) -> bool:
    """A religious title before the name, years of service and an honour in its sentence, and no word of care in the
    text; or any name honoured for a public service it retires from or has kept up for years (public_service)."""
    if not _TITLE.match(text, person.start) and not (person.title and _TITLE.match(person.title)):
        return public_service(text, person)
    start, end = sentence_of(sentence_bounds(text), person.start)
    if not _YEARS_OF_SERVICE.search(text, person.end, end) or not _HONOURED.search(text, start, end):
        return False
    return not mentions_care(text)


# "on her retirement as crossing guard", "que se jubila despues de 30 anos como cartero", "retiring from the
# post office", "su jubilacion como maestra": a retirement from a public role (words bounded: linear).
_RETIRES = lazyre.compile(
    r"(?<![\w-])(?i:retirement|retiring|retires|retired|jubilacion|jubila|jubilarse|jubilo|retiro)[ \t]+"
    r"(?:(?i:after|despues[ \t]+de|tras)[ \t]+[\w-]+[ \t]+(?i:years|anos)[ \t]+)?(?i:as|como|from|de[ \t]+(?:la|el|su)|del)(?![\w-])"
)
# "sus 50 anos al aire", "30 years on the air", "25 years of service", "35 anos de servicio", "20 anos en el servicio"
_SERVICE_YEARS = lazyre.compile(
    rf"(?<![\w.,])(?:{_NUMBER})[ \t]+(?i:years|anos)[ \t]+(?i:al[ \t]+aire|on[ \t]+the[ \t]+air|on[ \t]+air|of[ \t]+(?:public[ \t]+)?service"
    r"|de[ \t]+servicio|en[ \t]+el[ \t]+servicio|in[ \t]+service|de[ \t]+trayectoria)(?![\w-])"
)


def public_service(text: str, person: Person) -> bool:
    """A name honoured, in its sentence, for a retirement from a public role or for years of service said after it
    ("on her retirement as crossing guard", "por sus 50 anos al aire"), in a text with no word of care. A name said
    again after its honour ("... Gracias, Don <Name>") passes with it."""
    seen = _read(text)
    if seen is None:
        return False  # no honour of service anywhere in the text: one scan per text, not one per name
    bounds, honoured = seen
    said = " ".join(text[person.start : person.end].split())
    first, _, rest = said.partition(" ")
    if said in honoured or rest and first.lower().rstrip(".") in PERSONAL_TITLES and rest in honoured:
        return True  # said again after the honour: "... por sus 50 anos al aire. Gracias, Don <Name>"; "Sra. <Name> ... Dona <Name>"
    start, end = sentence_of(bounds, person.start)
    if not _HONOURED.search(text, start, end):
        return False
    if not _RETIRES.search(text, person.end, end) and not _SERVICE_YEARS.search(text, person.end, end):
        return False
    if mentions_care(text):
        return False
    words = said.split()[:4]  # "Don <Given> <Surname>": "Don <Given>" and "<Given>" are the same person later on
    honoured.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return True


@functools.lru_cache(maxsize=4)
def _read(text: str) -> tuple[list[int], set[str]] | None:
    """Per text: its sentence bounds and the names honoured so far, if it honours a service at all."""
    if not _HONOURED.search(text) or not (_RETIRES.search(text) or _SERVICE_YEARS.search(text)):
        return None
    return sentence_bounds(text), set()
