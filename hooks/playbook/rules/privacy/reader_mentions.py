"""Whether a reply speaks of its reader only in the set turns every reply uses (PHI001's clinician reading).

A reply that thanks the reader, speaks of their review, offers them a talk, or sends them greetings says nothing of
their care; naming the clinician the review praised there ("we'll make sure Dr. <Name> sees it", "Dr. <Name>, our
director, reads every concern") tells no one more than the review did. Once the reply speaks of the reader in any
other way ("we're sorry you're still sore", "yours needed three", "su llamada del lunes"), the clinician named beside
it may be the one who cared for them, and stays refused.

The reader's mentions are stance.reader_marks' (it already leaves out courtesies, invitations and "your feedback",
from the word lists of privacy-stance.yml); this module adds only the turns those lists lack, which a reply's
closing or a passing-on of the review uses, and it leaves "les" out (a review has one writer; "les alegró el día" is
our staff's): greetings and blessings sent ("los dos le mandan un abrazo", "muchos saludos", "bendiciones para usted y
los suyos"), a colleague's own thanks ("<Name> thanks you", "el Dr. <Name> le agradece"; "thank you" is stance's
courtesy already), thanks by "we appreciate you" or "so kind of you", an offer to take the reader's call, and a "le"
that doubles a named colleague ("ya le dejamos saber al Dr. <Name>"). "Your experience" is a review noun there, but
said with where or with whom ("your experience with Dr. <Name>", "su experiencia en nuestra oficina") it places the
reader, and counts.
"""

from __future__ import annotations

import functools

from ... import lazyre
from . import staff_joy
from .stance import WHO, inside, reader_marks

_WARM = r"(?i:a[ \t]+)?(?i:(?:big|huge|warm|great)[ \t]+)?(?i:hug|hugs|love|regards|best|greetings|thanks|wishes|high[ \t]+fives?|smiles?|blessings)"
_WARM_ES = r"(?i:(?:un|muchos|much[ií]simos|tantos|mil)[ \t]+)?(?i:(?:fuerte|gran|enorme)[ \t]+)?(?i:abrazo|abrazos|abrazote|saludo|saludos|cari[ñn]o|cari[ñn]os|bendiciones|besos|gracias)"
_PRAISE = r"(?i:kind|kindest|lovely|sweet|generous|thoughtful|honest|wonderful|beautiful|great|nice|warm|bonit[oa]s?|lind[oa]s?|amables?|herm[oa]s[oa]s?|sinceras?|five[ \t-]star|5[ \t-]star)"
# The review itself, narrower than stance's review nouns (which also pass "your case", "your day", "your situation":
# words that are not the review, and which a clinician beside them may have handled).
_REVIEW = (
    r"(?i:review|reviews|words|note|message|comment|comments|feedback|post|stars|rating|shout[ \t-]?out|kindness|time|support|patience"
    r"|recommendation|experience|rese[ñn]a|rese[ñn]as|palabras|palabritas|comentario|comentarios|mensaje|mensajito|nota|notita|opini[oó]n"
    r"|calificaci[oó]n|estrellas|tiempo|apoyo|paciencia|recomendaci[oó]n|experiencia)(?![\w-])"
)
# The turns stance's lists lack; the reader words inside a match are accounted for.
_MORE_TURNS = lazyre.compile(
    r"(?<![\w-])(?:"
    r"(?:(?i:we)[ \t]+(?i:hear|see)|(?i:appreciate))[ \t]+(?:you|u|y['’]all)"
    r"|(?i:call|reach|contact|phone|text|email|e-mail)[ \t]+(?:you|u)(?=[ \t]*(?:[,.!;:]|$|\b(?i:directly|personally|soon|today|tomorrow|this[ \t]+week|back|at|by)\b))"
    r"|(?i:take|return|answer)[ \t]+(?:your|ur)[ \t]+(?i:call|message|questions?)"
    r"|(?i:con[ \t]+gusto|con[ \t]+mucho[ \t]+gusto|gustosamente)[ \t]+(?i:le|te|les)[ \t]+(?i:atiende|atienden|atendemos|ayuda|ayudan|ayudamos|llama|llaman|llamamos|escucha|escuchan|escuchamos)"
    r"|(?i:send|sends|sending|sent)[ \t]+(?:you[ \t]+|u[ \t]+)?" + _WARM + r"(?:[ \t]+(?i:your[ \t]+way|back))?"
    r"|(?i:thanks)[ \t]+(?:you|u)|(?i:kind|sweet|nice|thoughtful|generous)[ \t]+(?i:of)[ \t]+(?:you|u)|(?i:le|te)[ \t]+(?i:agradece|agradecen|agradecemos|agradezco)"
    r"|(?i:le|te|les)[ \t]+(?i:mandan|manda|mandamos|env[ií]an|env[ií]a|enviamos|mando|env[ií]o)[ \t]+" + _WARM_ES + r"|" + _WARM_ES + r"[ \t]+(?i:para)[ \t]+(?:usted|ustedes|ti)"
    r"(?:[ \t]+(?i:y)[ \t]+(?:(?i:los[ \t]+suyos|toda[ \t]+su[ \t]+familia|su[ \t]+familia|tu[ \t]+familia|los[ \t]+tuyos)))?"
    r"|(?i:if|when|whenever)[ \t]+(?:you|u)(?:['’]d|[ \t]+(?i:would|can|could|want|wish|prefer|like))"
    # the review praised before its noun ("your lovely review", "sus lindas palabras"): stance reads "your review" only
    r"|(?i:your|su|sus|tu|tus)[ \t]+(?:"
    + _PRAISE
    + r"[ \t]+){0,2}"
    + _REVIEW
    + r"|(?i:hope)[ \t]+(?:you|u)[ \t]+(?i:have|enjoy)|(?:you|u)[ \t]+(?i:and)[ \t]+(?i:yours)|(?:usted|ustedes)[ \t]+(?i:y)[ \t]+(?i:los[ \t]+suyos|su[ \t]+familia)"
    r"|(?i:see)[ \t]+(?:you|u|y['’]all)[ \t]+(?:(?i:at|around|out)[ \t]+(?i:the|there|next)|(?i:around|in)[ \t]+(?i:town|the[ \t]+neighborhood|el[ \t]+pueblo))"
    r")(?![\w-])"
)
# "le"/"les" that doubles a named third person or the team: "ya le dejamos saber al Dr. <Name>", "les pasamos su nota a <Name> y a <Name>", "le pasamos su nota a todo el personal".
_THIRD = r"(?:(?i:la|el|nuestr[oa])[ \t]+)?(?:(?i:dr|dra|doctor|doctora)\.?[ \t]+)?[A-ZÁÉÍÓÚÑ]"  # "la Dra. <Name>", "<Name>": a named third person
_DOUBLED = lazyre.compile(  # a named third person, or the whole team: "ya le pasamos su nota a todo el personal"
    r"(?:[ \t]+[\w'’-]+){0,5}?[ \t]+(?i:a|al)[ \t]+(?:"
    + _THIRD
    + r"|(?:(?i:todo|toda|todos|todas)[ \t]+)?(?:(?i:el|la|los|las|nuestr[oa]s?)[ \t]+)?(?i:equipo|personal|staff|team|enfermer[oa]s|doctor(?:es|as)|recepcionistas|muchach[oa]s)(?![\w-]))"
)
# "Your experience" placed somewhere or with someone: the reader's visit, not the review.
# A possessive counts unless it owns the review: stance leaves "su"/"sus" to care and family words (they are his and
# hers too) and passes "your case", "your day"; here "su caso", "your situation" speak of the reader.
_POSSESSIVE = lazyre.compile(r"(?<![\w-])(?i:your|su|sus|tu|tus)(?![\w-])")
_PLACED = lazyre.compile(r"(?<![\w-])(?i:your|su|tu)[ \t]+(?i:experience|experiencia)[ \t]+(?i:with|at|in|on|during|last|con|en|del?|el|la|durante)(?![\w-])")


def only_set_turns(text: str) -> bool:
    """Whether every mention of the reader in the reply is a courtesy, an invitation, their review or a greeting."""
    if _PLACED.search(text):
        return False
    turns = set_turns(text)
    if any(not inside(turns, m.start(), m.end()) for m in _POSSESSIVE.finditer(text)):
        return False
    for mark in reader_marks(text):
        if mark.kind != WHO or inside(turns, mark.start, mark.end):
            continue
        word = text[mark.start : mark.end].lower()
        if word == "les" or word == "le" and (_DOUBLED.match(text, mark.end) or _NAMED_BEFORE.search(text, max(0, mark.start - 40), mark.start)):
            continue  # a review is answered to one reader: "les" is our staff's ("y les alegró el día"), as a doubled "le" is ("A la Dra. <Name> le encantó")
        return False
    return True


@functools.lru_cache(maxsize=8)  # only_set_turns and named_clinicians both ask of one reply
def set_turns(text: str) -> tuple[tuple[int, int], ...]:
    """Where the reply speaks to its reader only in a set turn (thanks, greetings, an invitation, their review), apart and in order."""
    turns: list[tuple[int, int]] = []
    for start, end in sorted([*(m.span() for m in _MORE_TURNS.finditer(text)), *staff_joy.joy_spans(text)]):  # "lo más bonito de su trabajo" is hers
        if turns and start <= turns[-1][1]:
            turns[-1] = (turns[-1][0], max(end, turns[-1][1]))  # inside() wants them apart
        else:
            turns.append((start, end))
    return tuple(turns)


# The named third person a "le" doubles when the name comes first: "A la Dra. <Name> le encantó leer su comentario", "al Dr. <Name> le ..."
_NAMED_BEFORE = lazyre.compile(r"(?<![\w-])(?i:a|al)[ \t]+" + _THIRD + r"[\w'’-]*(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,2}[ \t]+$")
