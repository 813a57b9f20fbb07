"""A condition told of one person in everyday words, with no clinical noun: "his memory plays tricks on him", "ya no ve bien".

Staff of an adult day centre, a senior centre or a group programme celebrate a member by a nickname or a title and a
given name ("our Tuesday dominoes champ, Don <Name>", "nuestra reina del bingo, Doña <Name>") and tell, kindly, what
the member lives with: a memory that fails ("even when his memory plays tricks on him", "la memoria le falla",
"se le olvidan los nombres", "forgets names now"), eyes or ears that no longer serve ("aunque ya no ve bien", "ya casi
no escucha", "she can't see the numbers well anymore", "his eyes aren't what they used to be"), hands that shake ("le
tiemblan las manos", "her hands shake these days"), confusion ("gets confused in the afternoons", "se confunde"), an aid
("walks with a cane since his fall", "camina con andadera", "anda en silla de ruedas") or the event behind it ("since his
fall", "desde su caída", "desde el derrame"). No word list of conditions holds these, yet each is the member's health,
and a member of our programme named with it is a patient named. A role that reads as a public one ("champ", "campeón",
"estrella") must then not excuse the name (public.health_next_to).

Read of one person: an English subject or possessive of the third person singular ("he", "she", "his", "her", "who") or a
Spanish verb of the third person singular ("ya no ve", "le falla"); "you", "all of us", "many people" and "if your
child ..." are health education and never match. Each pattern is a bounded phrase: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_of
from .care import REPORTED_VERB

_HE = r"(?i:he|she|who|he['’]s|she['’]s)"
_HIS = r"(?i:his|her)"
_NOW = r"(?:[ \t]+(?i:now|still|sometimes|often|always|mostly|these[ \t]+days|anymore|lately|already|no[ \t]+longer|really))?"
# What one does or no longer does, said after a subject ("she", "who") or right after the name ("<Name> forgets names now").
_DOES = (
    # can't see, hear, walk, remember, or no longer does: "she can't see the numbers well anymore", "who no longer drives"
    r"(?i:can['’]?t|cannot|can[ \t]+no[ \t]+longer|no[ \t]+longer[ \t]+can|could[ \t]+no[ \t]+longer|can[ \t]+barely|can[ \t]+hardly)"
    r"[ \t]+(?:(?i:really|quite|fully)[ \t]+)?(?i:see|hear|walk|read[ \t]+the|remember[ \t]+(?:names|faces|words|things|much|people|the[ \t]+(?:day|date|names))|recognize)"
    r"(?![\w'’-])(?![ \t]+(?i:why|how|what|that|it|a[ \t]+reason|the[ \t]+point|himself|herself|us|you|anyone|any|past|beyond|straight))"
    r"|(?i:no[ \t]+longer|barely|hardly)[ \t]+(?i:sees|hears|walks|remembers|recognizes|reads)(?![\w'’-])"
    r"|(?i:is|['’]s)?[ \t]*(?i:hard[ \t]+of[ \t]+hearing|losing[ \t]+(?:his|her)[ \t]+(?:sight|eyesight|hearing|memory|balance))"
    # forgets names, gets confused: "forgets names now", "gets confused in the afternoons"
    r"|(?i:forgets|keeps[ \t]+forgetting|is[ \t]+forgetting|mixes[ \t]+up)[ \t]+(?i:names|faces|words|things|where|what[ \t]+day|the[ \t]+(?:day|date|names|words|way))(?![\w'’-])"
    r"|(?i:gets|get|is|['’]s)?[ \t]*(?i:confused|mixed[ \t]+up|disoriented|turned[ \t]+around)[ \t]+"
    r"(?i:in[ \t]+the[ \t]+(?:afternoons?|evenings?)|at[ \t]+night|easily|more|these[ \t]+days|sometimes|at[ \t]+times|now|about[ \t]+(?:the[ \t]+)?(?:day|date|time|where))(?![\w'’-])"
    # an aid of walking or hearing: "walks with a cane since his fall", "uses a walker now", "is in a wheelchair"
    r"|(?i:walks|gets[ \t]+around|moves|dances|shuffles)[ \t]+(?i:with)[ \t]+(?i:a|his|her|the[ \t]+help[ \t]+of[ \t]+a)[ \t]+(?i:cane|walker|walking[ \t]+stick|rollator)"
    r"|(?i:uses|needs|relies[ \t]+on)[ \t]+(?i:a|his|her)[ \t]+(?i:cane|walker|wheelchair|rollator|walking[ \t]+stick)"
    r"|(?i:is|['’]s)[ \t]+(?:(?i:now|still)[ \t]+)?(?i:in[ \t]+a[ \t]+wheelchair)"
)
_SYMPTOM = lazyre.compile(
    r"(?<![\w'’-])(?:"
    # a memory that fails: "his memory plays tricks on him", "her memory isn't what it was", "his memory comes and goes"
    rf"{_HIS}[ \t]+(?i:memory|mind)[ \t]+(?i:plays?[ \t]+tricks|is[ \t]+(?:failing|going|slipping|fading)|fails|comes[ \t]+and[ \t]+goes|slips|wanders"
    r"|(?:is|isn['’]t|is[ \t]+not)[ \t]+what[ \t]+it[ \t]+(?:was|used[ \t]+to[ \t]+be)|(?:has|have)[ \t]+(?:been[ \t]+)?(?:faded|slipped|failing|fading))"
    # eyes, ears, legs, hands that no longer serve: "his eyes aren't what they used to be", "her hearing is going"
    rf"|{_HIS}[ \t]+(?i:eyes|eyesight|sight|vision|hearing|ears|legs|knees|hands|balance)[ \t]+(?i:are|is|aren['’]t|isn['’]t|have|has)[ \t]+"
    r"(?i:not[ \t]+)?(?i:what[ \t]+(?:they|it)[ \t]+(?:were|was|used[ \t]+to[ \t]+be)|failing|going|giving[ \t]+out|gotten[ \t]+(?:weak|worse|bad|shaky))"
    # hands that shake, now: "her hands shake these days", "his hands tremble"
    rf"|{_HIS}[ \t]+(?i:hands?)[ \t]+(?i:shakes?|trembles?|are[ \t]+(?:shaky|unsteady))(?![\w'’-])"
    rf"|{_HE}{_NOW}[ \t]+(?:{_DOES})"
    # the event behind it: "since his fall", "since her stroke" (a stroke is a clinical word anyway)
    rf"|(?i:since|after)[ \t]+{_HIS}[ \t]+(?i:fall|falls|accident)(?![\w'’-])(?![ \t]+(?i:semester|season|term|classes|break|league|tournament|from))"
    # Spanish, folded: "ya no ve bien", "ya casi no escucha", "no oye bien"
    r"|(?i:ya[ \t]+(?:casi[ \t]+)?no|casi[ \t]+no)[ \t]+(?i:ve|oye|escucha|camina|se[ \t]+acuerda|recuerda|reconoce|lee|puede[ \t]+(?:ver|oir|escuchar|caminar|leer|recordar))(?![\w'’-])(?![ \t]+(?i:la[ \t]+hora))"
    r"|(?i:no)[ \t]+(?i:ve|oye|escucha|camina)[ \t]+(?i:bien|muy[ \t]+bien|nada|mucho)(?![\w'’-])"
    # "la memoria le falla", "le falla la memoria", "su memoria ya no es la de antes", "se le olvidan los nombres"
    r"|(?i:la|su)[ \t]+(?i:memoria|vista|cabeza)[ \t]+(?:(?i:ya)[ \t]+)?(?i:le)[ \t]+(?i:falla|fallan|juega|jugo|traiciona|anda[ \t]+fallando|esta[ \t]+fallando)(?![\w'’-])"
    r"|(?i:la|su)[ \t]+(?i:memoria|vista)[ \t]+(?:(?i:ya)[ \t]+)?(?i:falla|anda[ \t]+fallando|esta[ \t]+fallando|(?:ya[ \t]+)?no[ \t]+es[ \t]+la[ \t]+de[ \t]+antes)(?![\w'’-])"
    r"|(?i:le)[ \t]+(?i:falla|fallan|juega|traiciona)[ \t]+(?i:la|su)[ \t]+(?i:memoria|vista|cabeza)(?![\w'’-])"
    r"|(?i:sus)[ \t]+(?i:ojos|oidos|piernas|rodillas|manos)[ \t]+(?i:ya[ \t]+)?(?i:no[ \t]+son[ \t]+(?:los|las)[ \t]+de[ \t]+antes|le[ \t]+fallan|no[ \t]+le[ \t]+responden)"
    r"|(?i:se[ \t]+le[ \t]+olvida[ns]?)[ \t]+(?i:los[ \t]+nombres|las[ \t]+caras|las[ \t]+cosas|el[ \t]+dia|donde|que[ \t]+dia)"
    r"|(?<!nunca )(?<!no )(?<!jamas )(?i:olvida)[ \t]+(?i:los[ \t]+nombres|las[ \t]+caras|que[ \t]+dia)"
    r"|(?i:le[ \t]+tiembla[ns]?)[ \t]+(?i:las[ \t]+manos|la[ \t]+mano|el[ \t]+pulso)"
    r"|(?i:se[ \t]+confunde)[ \t]+(?i:en[ \t]+las[ \t]+tardes|a[ \t]+veces|mucho|facil|con[ \t]+los[ \t]+dias)"
    # an aid in Spanish: "camina con andadera", "anda en silla de ruedas", "desde su caida"
    r"|(?i:camina|anda|se[ \t]+mueve|baila)[ \t]+(?i:con)[ \t]+(?:(?i:su|un|una|el|la)[ \t]+)?(?i:baston|andadera|andador|caminadora)(?![\w'’-])"
    r"|(?i:usa|necesita|anda[ \t]+en)[ \t]+(?:(?i:su|un|una|el|la)[ \t]+)?(?i:baston|andadera|andador|silla[ \t]+de[ \t]+ruedas)(?![\w'’-])"
    r"|(?i:desde)[ \t]+(?i:su|la|el)[ \t]+(?i:caida|derrame|embolia|accidente)(?![\w'’-])"
    r")"
)
_SUBJECT = 40  # characters before a symptom read for its subject
# The sentence speaks to the reader or of anyone: "if your child can't see the board", "si usted ya no ve bien".
_ANYONE = lazyre.compile(
    r"(?<![\w'’-])(?i:you|your|usted|ustedes|tu|tus|all[ \t]+of[ \t]+us|we[ \t]+all|everyone|anyone|many|most|people|seniors|adults|kids|children|students"
    r"|todos|todas|muchos|muchas|personas|adultos|mayores|ninos|cualquiera|su[ \t]+(?:hijo|hija|mama|papa|familiar|ser[ \t]+querido))(?![\w'’-])"
)


def symptom_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells one person's condition in everyday words, with no reader nor anyone as its subject
    just before it ("if your child can't see the board", "kids who can't hear well")."""
    return any(_ANYONE.search(text, max(start, found.start() - _SUBJECT), found.end()) is None for found in _SYMPTOM.finditer(text, start, end))


# Right after the name, the name the subject: "<Name> forgets names now", "Don <Name>, who walks with a cane, ...".
_AFTER_NAME = lazyre.compile(rf"[ \t]*,?(?:[ \t]+(?i:who|que))?{_NOW}[ \t]+(?:{_DOES})")


def symptom_after(text: str, bounds: list[int], pos: int) -> bool:
    """Whether the rest of the sentence from `pos` (just after a name), or the sentence after it, tells one person's
    condition in everyday words ("..., Don <Name>! Even when his memory plays tricks on him, ..."), not as news
    reported there."""
    start, end = sentence_of(bounds, pos)
    after_name = _AFTER_NAME.match(text, pos, end)
    if symptom_in(text, pos, end) or after_name and _ANYONE.search(text, pos, after_name.end()) is None:
        return True
    if end >= len(text):
        return False
    after, stop = sentence_of(bounds, end)
    return symptom_in(text, after, stop) and REPORTED_VERB.search(text, after, stop) is None  # "..., he told reporters": his news
