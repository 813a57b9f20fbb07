"""Our staff's reaction to a review, joked about in a reply: their words, not the reader's (PHI001).

A kind reply tells how the colleagues it passed the review to will take it: "se va a poner colorada", "se van a
alegrar mucho", "a
<Name> se le sube el ego", "seguro les alegra la semana", "anda presumiendo", "she's going to frame it", "they're
both blushing", "he'll be insufferable now", "she'll be tickled you mentioned her". The "le", "les", "se le" and "you" in those are the staff's or a
manner of speaking ("ya sabe que a <Name> se le sube el ego", "you know she'll frame it"), and "su trabajo" in "lo
que más disfruta de su chamba" is the colleague's job. stance.reader_marks leaves the reader words inside these
spans out, and passed_on reads a relative clause of this reaction on the recipients ("a <Name>, que se va a poner
roja") as it reads their joy.

The reader stays the reader everywhere else: "le encantó su limpieza", "we saw you Tuesday, you know" and a
reaction that tells of care ("se puso roja la herida") are not these shapes (the reaction is the staff's feeling,
with no body word, and "le"/"les" take only a span of our days: "les alegra la semana"). One scan per pattern:
linear.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from ... import lazyre

# How a colleague takes praise: red, shy, proud, moved, framing it, bragging.
_FEELING_ES = (
    r"(?i:roj[oa]s?|colorad[oa]s?|chapead[oa]s?|ruborizad[oa]s?|abochornad[oa]s?|chivead[oa]s?|apenad[oa]s?|sonrojad[oa]s?|avergonzad[oa]s?|emocionad[oa]s?|orgullos[oa]s?|sentimental(?:es)?"
    r"|feliz|felices|content[oa]s?|content[ií]sim[oa]s?|de[ \t]+buenas|de[ \t]+fiesta|presumid[oa]s?|creid[oa]s?|cread[oa]s?|insoportables?|chipil(?:es)?|chill[oó]n(?:es)?)"
)
_DEGREE = r"(?:(?i:bien|muy|todo|toda|todos|todas|super|s[uú]per|re)[ \t]+)?"
_BECOME_ES = (
    r"(?i:se[ \t]+(?:va|van)[ \t]+a[ \t]+poner|se[ \t]+puso|se[ \t]+pusieron|se[ \t]+pone|se[ \t]+ponen|se[ \t]+nos[ \t]+puso|qued[oó]|quedaron"
    r"|anda|andan|est[aá][ \t]+bien|se[ \t]+sinti[oó]|se[ \t]+sintieron|se[ \t]+va[ \t]+a[ \t]+sentir|se[ \t]+van[ \t]+a[ \t]+sentir)"
)
_REACT_ES = (
    rf"{_BECOME_ES}[ \t]+{_DEGREE}{_FEELING_ES}(?:[ \t]+(?i:de[ \t]+(?:la[ \t]+)?(?:pena|emoci[oó]n|verg[uü]enza|gusto|orgullo|alegr[ií]a)|como[ \t]+(?:un[ \t]+)?tomates?))?"
    r"|(?i:se[ \t]+(?:le|les)[ \t]+(?:va|van)[ \t]+a[ \t]+subir|se[ \t]+(?:le|les)[ \t]+(?:sube|suben|subi[oó]|subieron|suba|suban|infla|inflan|infl[oó]))"
    r"[ \t]+(?i:el[ \t]+ego|los[ \t]+humos|los[ \t]+colores|la[ \t]+autoestima)"
    r"|(?i:(?:anda|andan|va[ \t]+a[ \t]+andar|van[ \t]+a[ \t]+andar|est[aá]|est[aá]n)[ \t]+(?:presumiendo|sonriendo|brincando|llorando[ \t]+de[ \t]+(?:la[ \t]+)?emoci[oó]n|en[ \t]+las[ \t]+nubes))"
    r"|(?i:casi[ \t]+)?(?i:llor[oó]|lloraron|llora|lloran|va[ \t]+a[ \t]+llorar|van[ \t]+a[ \t]+llorar)[ \t]+(?i:de[ \t]+(?:la[ \t]+)?(?:emoci[oó]n|alegr[ií]a|gusto))"
    r"|(?i:(?:lo|la|los|las)[ \t]+(?:va|van|vamos)[ \t]+a[ \t]+(?:enmarcar|imprimir[ \t]+y[ \t]+enmarcar|pegar[ \t]+en[ \t]+(?:la|el|su)[ \t]+(?:pared|refri|escritorio|oficina)))"
    r"|(?i:no[ \t]+(?:cabe|caben|va[ \t]+a[ \t]+caber|van[ \t]+a[ \t]+caber)[ \t]+de[ \t]+(?:la[ \t]+)?(?:emoci[oó]n|alegr[ií]a|gusto|orgullo))"
    # tears of joy: "se les salieron las lágrimas", "se le aguaron los ojos" (round 62)
    r"|(?i:se[ \t]+(?:le|les)[ \t]+(?:salieron|sali[oó]|salen|van[ \t]+a[ \t]+salir|aguaron|agu[oó]|humedecieron|llenaron)[ \t]+(?:las[ \t]+l[aá]grimas|los[ \t]+ojos|una[ \t]+l[aá]grima|unas[ \t]+l[aá]grimas|los[ \t]+ojitos))"
    # gladness said with a reflexive verb: "que se van a alegrar mucho", "se emocionó", "se alegraron un montón"
    r"|(?i:se[ \t]+(?:va|van)[ \t]+a[ \t]+(?:alegrar|emocionar)|se[ \t]+(?:alegr[oó]|alegraron|emocion[oó]|emocionaron|alegra|alegran|emociona|emocionan))"
    r"(?:[ \t]+(?i:mucho|much[ií]simo|un[ \t]+mont[oó]n|bastante))?(?![\w'’-])"
)
_REACT_EN = (
    r"(?i:blushing|blushed|blushes|beaming|grinning|glowing|tearing[ \t]+up|teared[ \t]+up|misty-eyed|over[ \t]+the[ \t]+moon|on[ \t]+cloud[ \t]+nine"
    r"|insufferable|unbearable|bragging|gloating|showing[ \t]+it[ \t]+off|framing[ \t]+it|frame[ \t]+it|frame[ \t]+this|print[ \t]+it[ \t]+out|pin[ \t]+it[ \t]+up"
    r"|(?:a|all)[ \t]+smiles|all[ \t]+grins|speechless|(?:big|bigger)[ \t]+head|head[ \t]+(?:is[ \t]+)?(?:too[ \t]+)?big|ego)"
)
# "le"/"les" with a span of our days: "les alegra la semana", "eso le hizo el día".
_DAYS = r"(?i:el[ \t]+d[ií]a|la[ \t]+semana|el[ \t]+mes|el[ \t]+a[nñ]o|la[ \t]+jornada|la[ \t]+ma[nñ]ana|la[ \t]+tarde|el[ \t]+turno|la[ \t]+vida)"
_WHOLE = r"(?:(?i:todo|toda|entero|entera|completo|completa)[ \t]+)?"
_MADE_DAY = (
    r"(?i:le|les)[ \t]+(?:(?i:va|van)[ \t]+a[ \t]+)?(?i:alegr\w*|hace|hacen|hizo|hicieron|har[aá]|har[aá]n|hacer|ilumin\w*|endulz\w*|compone|compuso|alegrar)"
    rf"[ \t]+{_WHOLE}{_DAYS}"
    # "les" is plural: the colleagues the review was passed to ("les encantó", "les sacó una sonrisa")
    r"|(?i:les)[ \t]+(?:(?i:va|van)[ \t]+a[ \t]+)?(?i:encant\w*|fascin\w*|emocion\w*|conmovi\w*|conmueve|lleg[oó][ \t]+al[ \t]+coraz[oó]n|llega[ \t]+al[ \t]+coraz[oó]n"
    r"|sac[oó][ \t]+una[ \t]+sonrisa|saca[ \t]+una[ \t]+sonrisa|sacar[aá][ \t]+una[ \t]+sonrisa|subi[oó][ \t]+el[ \t]+[aá]nimo|pone[ \t]+felices|puso[ \t]+felices|gust[oó]|gusta|gustar[aá])(?![\w-])"
)
# A colleague's own work: "lo más bonito de su chamba", "lo que más le encanta de su profesión".
_OWN_JOB = (
    r"(?i:lo[ \t]+(?:que[ \t]+)?m[aá]s[ \t]+(?:le[ \t]+)?(?:bonito|lindo|bello|padre|chido|gratificante|especial|importante|gusta|encanta|llena|disfruta|disfrutan)"
    r"(?:[ \t]+(?:le[ \t]+gusta|le[ \t]+encanta))?[ \t]+de[ \t]+su[ \t]+(?:trabajo|profesi[oó]n|carrera|labor|chamba|oficio|d[ií]a|jornada|vocaci[oó]n))"
)
# "you know" and "ya sabe" before a colleague and what they do: a manner of speaking, not the reader's dealings.
_ASIDE = (
    r"(?i:you|y['’]all)[ \t]+(?i:know)(?:[ \t]+(?i:how|that))?(?=[ \t]+(?:(?i:she|he|they)(?:['’](?:s|ll|re|d))?(?![\w-])|[A-Z][\w'’-]*(?:['’](?:s|ll)|[ \t]+(?i:is|will|can|loves|has|gets|was)(?![\w-]))))"
    r"|(?:(?i:usted|tú|tu)[ \t]+)?(?i:ya[ \t]+)?(?i:sabe|sabes|saben|sabr[aá]|sabr[aá]s)[ \t]+(?i:que|c[oó]mo|como)"
    r"(?=[ \t]+(?:(?i:a|al)[ \t]+)?(?:(?i:la|el|nuestr[oa])[ \t]+)?(?:(?i:dra?|doctora?|enfermer[oa])\.?[ \t]+)?(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|(?i:ella|[eé]l|ellos|ellas)(?![\w-])|(?i:es|se[ \t]+pone|se[ \t]+ponen|son)[ \t]+))"
)
# Their joy that the review named them: "she'll be tickled you mentioned her", "he'll be thrilled you noticed" (round 158);
# the "you" is the review's writer, not anyone's visit.
_MENTIONED = (
    r"(?i:she|he|they)(?:['’]ll|[ \t]+will)[ \t]+be[ \t]+(?:(?i:so|really|very|just|absolutely)[ \t]+)?"
    r"(?i:tickled|thrilled|delighted|happy|glad|pleased|touched|chuffed|stoked|over[ \t]+the[ \t]+moon)[ \t]+(?:(?i:that)[ \t]+)?"
    r"(?i:you)[ \t]+(?i:mentioned|noticed|named|remembered|wrote|said|called[ \t]+out|shouted[ \t]+out|gave[ \t]+a[ \t]+shout-?out[ \t]+to)"
    r"(?:[ \t]+(?i:her|him|them|that|this|it))?"
)
_JOY = lazyre.compile(rf"(?<![\w'’-])(?:{_REACT_ES}|{_MADE_DAY}|{_OWN_JOB}|{_ASIDE}|{_MENTIONED})(?![\w'’-])")
_REACTS = lazyre.compile(rf"(?<![\w'’-])(?:{_REACT_ES}|{_REACT_EN})(?![\w'’-])")


@functools.lru_cache(maxsize=16)
def joy_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted spans of our staff's reaction, a span of their days made, their own job, or an aside (module docstring)."""
    return tuple(m.span() for m in _JOY.finditer(text))


def in_joy(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of joy_spans."""
    spans = joy_spans(text)
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def reacts(text: str, start: int, stop: int) -> bool:
    """A colleague's reaction to praise between start and stop ("que se van a poner rojos", "who are both blushing")."""
    return _REACTS.search(text, start, stop) is not None
