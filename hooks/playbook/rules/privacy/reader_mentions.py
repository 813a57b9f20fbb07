"""Whether a reply speaks of its reader only in the set turns every reply uses (PHI001's clinician reading).

A reply that thanks the reader, speaks of their review, offers them a talk, or sends them greetings says nothing of
their care; naming the clinician the review praised there ("we'll make sure Dr. <Name> sees it", "Dr. <Name>, our
director, reads every concern") tells no one more than the review did. Once the reply speaks of the reader in any
other way ("we're sorry you're still sore", "yours needed three", "le pedimos una disculpa", "su llamada del lunes"),
the clinician named beside it may be the one who cared for them, and stays refused.

The turns are a closed set (thanks, the review, an offer to talk, greetings and wishes); the ways a reply can speak
of someone's care are not, so the set names what is safe, and any other mention of the reader counts.
"""

from __future__ import annotations

from ... import lazyre

# Every word that points at the reader: English second person, Spanish usted/tú forms and their clitics.
_READER = lazyre.compile(r"(?<![\w'’-])(?i:you(?:['’](?:re|ve|ll|d))?|your|yours|yourself|yourselves|u|ur|y['’]all|usted|ustedes|su|sus|suyo|suya|suyos|suyas|le|te|tu|tus|ti|contigo|vos)(?![\w'’-])")
_ADJ = (
    r"(?:(?i:kind|kindest|lovely|sweet|generous|thoughtful|honest|wonderful|beautiful|great|nice|warm|bonit[oa]s?|lind[oa]s?|amables?|herm[oa]s[oa]s?|sinceras?|five[ \t-]star|5[ \t-]star)[ \t]+){0,2}"
)
_REVIEW = (
    r"(?i:review|reviews|words|note|message|comment|comments|feedback|post|stars|rating|shout[ \t-]?out|kindness|time|support|patience|recommendation"
    r"|rese[ñn]a|rese[ñn]as|palabras|palabritas|comentario|comentarios|mensaje|mensajito|nota|notita|opini[oó]n|calificaci[oó]n|estrellas|tiempo|apoyo|paciencia|recomendaci[oó]n)"
)
_TALK = r"(?i:talk|speak|chat|hear|listen|connect|meet|follow[ \t]+up|catch[ \t]+up)"
_TALK_ES = r"(?i:hablar|platicar|conversar|charlar|comunicarse|comunicarnos|reunirse|reunirnos|ponernos[ \t]+en[ \t]+contacto)"
_WARM = r"(?i:a[ \t]+)?(?i:(?:big|huge|warm|great)[ \t]+)?(?i:hug|hugs|love|regards|best|greetings|thanks|wishes|high[ \t]+fives?|smiles?|blessings)"
_WARM_ES = r"(?i:un[ \t]+)?(?i:(?:fuerte|gran|enorme)[ \t]+)?(?i:abrazo|abrazos|abrazote|saludo|saludos|cari[ñn]o|cari[ñn]os|bendiciones|besos|gracias)"
# Each alternative is a whole turn; the reader words inside its match are accounted for.
_SET_TURNS = lazyre.compile(
    r"(?<![\w-])(?:"
    # thanks
    r"(?i:thank)[ \t]+(?:you|u|y['’]all)|(?i:thanks)[ \t]+(?i:to)[ \t]+(?:you|y['’]all)|(?:(?i:we)[ \t]+(?i:hear|see|thank)|(?i:appreciate))[ \t]+(?:you|u|y['’]all)"
    r"|(?i:gracias)[ \t]+(?i:a)[ \t]+(?:usted|ustedes|ti)|(?i:le|te|les)[ \t]+(?i:agradecemos|agradezco|damos[ \t]+las[ \t]+gracias)|(?i:agradecerle|agradecerte)"
    # the review and what the reader gave by writing it
    r"|(?i:your|su|sus|tu|tus)[ \t]+" + _ADJ + _REVIEW + r"(?![\w-])"
    # an offer to talk, call or hear, and its conditions
    r"|"
    + _TALK
    + r"[ \t]+(?i:with|to|from)[ \t]+(?:you|u)|(?i:call|reach|contact|phone|text|email|e-mail|help)[ \t]+(?:you|u)(?=[ \t]*(?:[,.!;:]|$|\b(?i:directly|personally|soon|today|tomorrow|this[ \t]+week|back|at|by)\b))"
    r"|(?i:if|when|whenever)[ \t]+(?:you|u)(?:['’]d|[ \t]+(?i:would|can|could|want|wish|prefer|like|have[ \t]+a[ \t]+(?:moment|minute|chance|second)|are[ \t]+(?:willing|open|comfortable|up[ \t]+for[ \t]+it)))"
    r"|(?:you|u)(?:['’]re|[ \t]+are)[ \t]+(?i:always[ \t]+)?(?i:welcome)[ \t]+(?i:to)|(?:you|u)[ \t]+(?i:can|may)[ \t]+(?i:reach|call|contact|text|email|ask[ \t]+for|find)"
    r"|(?i:take|return|answer)[ \t]+(?:your|ur)[ \t]+(?i:call|message|questions?)|(?i:feel[ \t]+free)|(?i:let)[ \t]+(?:us|me)[ \t]+(?i:know)"
    r"|" + _TALK_ES + r"[ \t]+(?i:con)[ \t]+(?:usted|ustedes|contigo)|(?i:llamarle|llamarte|escucharle|escucharte|contactarle|contactarte|atenderle|atenderte|ayudarle|ayudarte)"
    r"|(?i:con[ \t]+gusto|con[ \t]+mucho[ \t]+gusto|gustosamente)[ \t]+(?i:le|te|les)[ \t]+(?i:atiende|atienden|atendemos|ayuda|ayudan|ayudamos|llama|llaman|llamamos|escucha|escuchan|escuchamos)"
    # a general apology for how it went, said of nothing in particular ("sorry your experience wasn't what you hoped",
    # "sentimos que su experiencia no fuera buena"); "your experience with Dr. <Name>", "en nuestra
    # oficina", "del martes" say where or with whom, and still count
    r"|(?i:your|su|tu)[ \t]+(?i:experience|experiencia)(?![ \t]+(?i:with|at|in|on|during|last|con|en|del?|el|la|durante)(?![\w-]))"
    r"|(?i:si|cuando)[ \t]+(?:usted[ \t]+|ustedes[ \t]+|t[uú][ \t]+)?(?i:gusta|gustas|gustan|desea|deseas|desean|prefiere|prefieres|quiere|quieres|puede|puedes)"
    r"|(?:usted|ustedes|t[uú])[ \t]+(?i:puede|puedes|pueden)[ \t]+(?i:llamar|escribir|comunicarse|pedir|preguntar)"
    # greetings, wishes and blessings
    r"|(?i:send|sends|sending|sent)[ \t]+(?:you[ \t]+|u[ \t]+)?" + _WARM + r"(?:[ \t]+(?i:your[ \t]+way|back))?"
    r"|(?i:le|te|les)[ \t]+(?i:mandan|manda|mandamos|env[ií]an|env[ií]a|enviamos|mando|env[ií]o)[ \t]+"
    + _WARM_ES
    + r"|"
    + _WARM_ES
    + r"[ \t]+(?i:para)[ \t]+(?:usted|ustedes|ti)(?:[ \t]+(?i:y)[ \t]+(?:(?i:los[ \t]+suyos|toda[ \t]+su[ \t]+familia|su[ \t]+familia|tu[ \t]+familia|los[ \t]+tuyos)))?"
    r"|(?i:wish|wishing|wishes)[ \t]+(?:you|u|y['’]all)|(?i:hope)[ \t]+(?:you|u)[ \t]+(?i:have|enjoy|had[ \t]+a[ \t]+(?:great|good|nice|lovely)[ \t]+(?:weekend|holiday|summer))"
    r"|(?:you|u)[ \t]+(?i:and)[ \t]+(?i:yours)|(?:usted|ustedes)[ \t]+(?i:y)[ \t]+(?i:los[ \t]+suyos|su[ \t]+familia)"
    r"|(?i:le|te|les)[ \t]+(?i:deseamos|deseo|desea|desean)|(?i:que)[ \t]+(?i:tenga|tengas|tengan|disfrute|disfrutes|disfruten|pase|pases|pasen)"
    r"|(?i:see)[ \t]+(?:you|u|y['’]all)[ \t]+(?i:at|around|out)[ \t]+(?i:the|there|next)"
    r")(?![\w-])"
)
# "le"/"les" that doubles a named third person: "ya le dejamos saber al Dr. <Name>", "les pasamos su nota a <Name> y a <Name>".
_DOUBLED = lazyre.compile(r"(?:[ \t]+[\w'’-]+){0,5}?[ \t]+(?i:a|al)[ \t]+(?:(?i:la|el|nuestr[oa])[ \t]+)?(?:(?i:dr|dra|doctor|doctora)\.?[ \t]+)?[A-ZÁÉÍÓÚÑ]")


def only_set_turns(text: str) -> bool:
    """Whether every mention of the reader in the reply is one of the set turns (thanks, the review, an offer, a greeting)."""
    turns = [m.span() for m in _SET_TURNS.finditer(text)]
    place = 0
    for mention in _READER.finditer(text):
        start = mention.start()
        while place < len(turns) and turns[place][1] <= start:
            place += 1
        if place < len(turns) and turns[place][0] <= start:
            continue
        if mention.group(0).lower() in ("le", "les") and _DOUBLED.match(text, mention.end()):
            continue
        return False
    return True
