"""The reader's own condition told by its degree, its kind or its side, with no disease word, in a reply (PHI002).

A reply to a hearing, eye or diabetes patient names what the reader has without naming a diagnosis: "with the
high-frequency loss you have", "the moderate loss in your left ear", "the weakness on your right side", "your kind
of loss", "con la pérdida que usted tiene en el oído izquierdo", "el zumbido que le da en los oídos". Or it says what
the reader cannot do ("since you're hard of hearing", "como usted no oye bien", "with how little you see on the
left"), or how a measure of theirs runs ("your sugar has been running high", "su azúcar ha andado alta", "tu presión
anda alta"), or that it is back on its mark ("your pressure is under control", "ya le bajó el azúcar"), or what the
reader can do again ("you're breathing easier", "ya camina sin bastón"). Each says the reader has that condition, which only their clinic would know. The lexicon holds disease
words ("astigmatism", "presión alta", "hearing loss"); what is read here is the shape: a word of loss or of a symptom
owned by the reader (what "you have", "usted tiene", "in your <part>", "your <degree> <word>"), a capacity the reader
lacks, a measure of the reader's off its mark.

Education says it of no one and passes ("high-frequency loss is common after 60", "people with low vision can ask
for large print", "anyone who is hard of hearing can ask for captions"), and so does a condition in the clause before
("if you have ringing in your ears, tell us", "si su azúcar anda alta, llámenos"). Every pattern is bounded and tried
in one scan: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .common import clause_before

# A word of loss or of a symptom with no disease in it, English and Spanish (folded: "perdida", "vision").
_WORD_EN = (
    r"(?:(?:hearing|vision|sight|eyesight|memory|balance)[ \t]+(?:loss|problems?|issues?|trouble|changes?|decline)|loss|deficit|impairment|weakness|numbness"
    r"|tingling|ringing|buzzing|dizziness|dizzy[ \t]+spells|tremors?|shakiness|curve|curvature|stiffness|blind[ \t]+spots?|floaters|double[ \t]+vision"
    r"|nearsightedness|farsightedness|colou?r[ \t-]?blindness|low[ \t]+vision)"
)
_WORD_ES = (
    r"(?:perdida(?:[ \t]+(?:auditiva|de[ \t]+(?:audicion|oido|vision|vista|memoria|agudos|graves|equilibrio)))?|debilidad|adormecimiento|entumecimiento"
    r"|hormigueo|zumbido|mareos?|temblor(?:es)?|curva(?:tura)?|rigidez|graduacion|baja[ \t]+vision|vision[ \t]+baja|manchas[ \t]+en[ \t]+la[ \t]+vista"
    r"|vision[ \t]+doble|dificultad[ \t]+para[ \t]+(?:oir|ver|caminar|tragar))"
)
# Words that say a condition with no degree beside them ("your colorblindness", "su zumbido"); "your weakness" alone is anyone's.
_ALONE_EN = (
    r"(?:(?:hearing|vision|sight|eyesight|memory)[ \t]+(?:loss|problems?|issues?|trouble|decline)|colou?r[ \t-]?blindness|nearsightedness|farsightedness"
    r"|low[ \t]+vision|dizziness|dizzy[ \t]+spells|numbness|tingling|tremors?|double[ \t]+vision|floaters|blind[ \t]+spots?)"
)
_ALONE_ES = (
    r"(?:perdida[ \t]+de[ \t]+(?:audicion|oido|vision|vista|memoria)|baja[ \t]+vision|vision[ \t]+(?:baja|doble)|zumbido|adormecimiento|entumecimiento|hormigueo"
    r"|dificultad[ \t]+para[ \t]+(?:oir|ver|caminar|tragar))"
)
# How much or what kind: "high-frequency", "mild", "moderate-to-severe", "left-sided", "that kind of".
_DEGREE_EN = (
    r"(?:(?:high|low|mid)[ \t-]+(?:frequency|pitch|tone)|mild|moderate|severe|profound|significant|slight|partial|total|sudden|gradual|progressive"
    r"|(?:left|right|one)[ \t-]*sided|bilateral|permanent|(?:mild|moderate|severe)[ \t-]+to[ \t-]+(?:moderate|severe|profound)|sensorineural|conductive)"
)
_DEGREE_ES = r"(?:leve|moderada|severa|profunda|parcial|total|subita|progresiva|bilateral|permanente|neurosensorial|conductiva|fuerte|ligera)"
_KIND = r"(?:kind|type|level|degree|amount|sort)[ \t]+of"
_PART = r"(?:(?:left|right|good|bad|better|worse)[ \t]+)?(?:ears?|eyes?|side|hands?|feet|foot|legs?|arms?|fingers|toes|spine|back)"
_PART_ES = r"(?:oidos?|ojos?|lado|manos?|pies?|piernas?|brazos?|dedos|columna|espalda|vista)(?:[ \t]+(?:izquierd[oa]s?|derech[oa]s?|bueno|buena|malo|mala))?"
_OWN_ES = r"(?:su|sus|tu|tus)"

_OWNED = lazyre.compile(
    # "the high-frequency loss you have", "that ringing you've got", "the weakness you live with"
    rf"(?<![\w-])(?i:the|that|this|those|these|a|an)[ \t]+(?:(?i:{_DEGREE_EN}|{_KIND})[ \t]+){{0,2}}(?i:{_WORD_EN})[ \t]+(?:(?i:that|which)[ \t]+)?"
    r"(?i:you|u)(?:['’]ve[ \t]+got|['’]ve|[ \t]+have|[ \t]+had|[ \t]+got|[ \t]+live[ \t]+with|[ \t]+deal[ \t]+with|[ \t]+are[ \t]+dealing[ \t]+with"
    r"|[ \t]+struggle[ \t]+with|[ \t]+are[ \t]+living[ \t]+with|[ \t]+get|[ \t]+keep[ \t]+getting)(?![\w-])"
    # "the moderate loss in your left ear", "the numbness in your feet", "your weakness on the right side"
    rf"|(?<![\w-])(?i:the|that|this|your|ur)[ \t]+(?:(?i:{_DEGREE_EN}|{_KIND})[ \t]+){{0,2}}(?i:{_WORD_EN})[ \t]+(?i:in|on|of)[ \t]+(?i:your|the)[ \t]+(?i:{_PART})(?![\w-])"
    # "your high-frequency loss", "your kind of loss", "your mild-to-moderate hearing loss"
    rf"|(?<![\w-])(?i:your|ur)[ \t]+(?:(?i:{_DEGREE_EN}|{_KIND})[ \t]+){{1,2}}(?i:{_WORD_EN})(?![\w-])"
    # "your colorblindness", "your dizzy spells", "su zumbido", "tu perdida de audicion": a word that is a condition by itself, owned
    rf"|(?<![\w-])(?i:your|ur)[ \t]+(?i:{_ALONE_EN})(?![\w-])|(?<![\w-])(?i:{_OWN_ES})[ \t]+(?i:{_ALONE_ES})(?![\w-])"
    # "la perdida que usted tiene", "el zumbido que le da", "el tipo de perdida que tiene", "esa debilidad que trae"
    rf"|(?<![\w-])(?i:la|el|los|las|esa|ese|esos|esas|{_OWN_ES})[ \t]+(?:(?i:tipo|grado|nivel)[ \t]+de[ \t]+)?(?i:{_WORD_ES})(?:[ \t]+(?i:{_DEGREE_ES}))?"
    r"[ \t]+(?i:que)[ \t]+(?:(?i:usted|ud\.?|tu|vos)[ \t]+)?(?:(?i:ya)[ \t]+)?"
    r"(?i:tiene|tienes|tenes|padece|padeces|sufre|sufres|trae|traes|le[ \t]+(?:da|dan|dio|dieron|queda|quedo)|te[ \t]+(?:da|dan|dio|queda|quedo))(?![\w-])"
    # "la perdida en su oido izquierdo", "el adormecimiento de sus pies", "su perdida del lado izquierdo"
    rf"|(?<![\w-])(?i:la|el|esa|ese|{_OWN_ES})[ \t]+(?i:{_WORD_ES})(?:[ \t]+(?i:{_DEGREE_ES}))?[ \t]+(?i:en|de|del)[ \t]+(?:(?i:{_OWN_ES}|el|la)[ \t]+)?(?i:{_PART_ES})(?![\w-])"
    # "su perdida moderada", "tu tipo de perdida", "su grado de perdida"
    rf"|(?<![\w-])(?i:{_OWN_ES})[ \t]+(?:(?i:{_WORD_ES})[ \t]+(?i:{_DEGREE_ES})|(?i:tipo|grado|nivel)[ \t]+de[ \t]+(?i:{_WORD_ES}))(?![\w-])"
)
# What the reader cannot do, or is: "since you're hard of hearing", "you can't hear well", "usted no oye bien", "lo poco que ve".
_CAPACITY = lazyre.compile(
    r"(?<![\w-])(?i:you(?:['’]re|[ \t]+are)|you['’]ve[ \t]+been|u[ \t]+r)[ \t]+(?:(?i:a[ \t]+(?:bit|little)|pretty|very|so|legally|mostly|nearly|almost)[ \t]+)?"
    r"(?i:hard[ \t]+of[ \t]+hearing|blind|deaf|colou?r[ \t-]?blind|nearsighted|farsighted|near-sighted|far-sighted)(?![\w-])"
    r"|(?<![\w-])(?i:you|u)[ \t]+(?i:can['’]?t|cannot|can[ \t]+not|don['’]?t|do[ \t]+not)[ \t]+(?i:hear|see)[ \t]+(?i:well|much|very[ \t]+well|out[ \t]+of[ \t]+your|on[ \t]+your|from[ \t]+your)(?![\w-])"
    r"|(?<![\w-])(?i:how[ \t]+little|how[ \t]+poorly)[ \t]+(?i:you|u)[ \t]+(?i:hear|see)(?![\w-])"
    # "usted no oye bien", "no ves bien de ese ojo": the reader named or the verb's "tu" ("el nino no ve bien" is a child's)
    r"|(?<![\w-])(?:(?i:usted|ud\.?)[ \t]+(?:(?i:ya|casi)[ \t]+)?(?i:no)[ \t]+(?i:oye|escucha|ve)|(?<!se )(?<!te )(?i:no)[ \t]+(?i:oyes|ois|escuchas|ves))[ \t]+"
    r"(?i:bien|muy[ \t]+bien|nada|casi[ \t]+nada|del[ \t]+lado|de[ \t]+(?:su|tu|ese)[ \t]+(?:lado|oido|ojo))(?![\w-])"
    r"|(?<![\w-])(?i:lo[ \t]+poco[ \t]+que)[ \t]+(?i:oye|oyes|ois|escucha|escuchas|ve|ves)(?![\w-])"
    r"|(?<![\w-])(?i:usted|tu|vos)[ \t]+(?i:es|eres|sos|esta|estas)[ \t]+(?:(?i:un[ \t]+poco|medio|casi)[ \t]+)?(?i:sord[oa]|cieg[oa]|corto[ \t]+de[ \t]+vista|dur[oa][ \t]+de[ \t]+oido)(?![\w-])"
)
# A measure of the reader's off its mark: "your sugar has been running high", "su azucar anda alta", "tu presion sigue alta".
_MEASURE = lazyre.compile(
    r"(?<![\w-])(?i:your|ur)[ \t]+(?i:blood[ \t]+)?(?i:sugars?|glucose|pressure|bp|numbers|levels|cholesterol|a1c|iron|potassium|thyroid|eye[ \t]+pressure|readings)[ \t]+"
    r"(?:(?i:has|have|had|is|are|was|were|keeps?|kept|still|also)[ \t]+)?(?:(?i:been|being|still)[ \t]+)?"
    r"(?:(?i:running|staying|getting|going|coming[ \t]+in|creeping|trending|so|too|a[ \t]+(?:bit|little)|way|really|still|finally|now|back)[ \t]+)?"
    r"(?i:high|low|up|down|elevated|higher|lower|off|out[ \t]+of[ \t]+range|all[ \t]+over[ \t]+the[ \t]+place"
    # ... or back on its mark (round 151): "your pressure is finally under control", "your sugars are in range now"
    r"|under[ \t]+control|in[ \t]+check|in[ \t]+(?:a[ \t]+good[ \t]+)?range|on[ \t]+target|where[ \t]+(?:it|they)[ \t]+should[ \t]+be|normal|steady|stable)(?![\w-])"
    r"|(?<![\w-])(?i:su|tu|sus|tus)[ \t]+(?i:azucar|glucosa|presion|colesterol|hierro|tiroides|niveles|nivel|lecturas|numeros|trigliceridos)[ \t]+"
    r"(?:(?i:ha|han|sigue|siguen|ya)[ \t]+)?(?i:estado|andado|anda|andan|esta|estan|este|esten|ande|anden|salio|salieron|sigue|siguen|siga|sigan|va|van|viene|vienen|quedo|quedaron|quede|queden)[ \t]+"
    r"(?:(?i:muy|un[ \t]+poco|algo|mas|bien|tan|medio|ya)[ \t]+)?"
    r"(?i:alt[ao]s?|baj[ao]s?|elevad[ao]s?|arriba|abajo|subid[ao]s?|descontrolad[ao]s?|por[ \t]+las[ \t]+nubes|fuera[ \t]+de[ \t]+rango"
    r"|bajo[ \t]+control|controlad[ao]s?|en[ \t]+rango|normal(?:es)?|estables?)(?![\w-])"
    # "ya le bajó el azúcar", "te subió la presión": the measure moved, the reader its clitic
    r"|(?<![\w-])(?i:le|te)[ \t]+(?i:bajo|bajaron|subio|subieron|mejoro|mejoraron)[ \t]+(?i:el|la|los|las)[ \t]+"
    r"(?i:azucar|glucosa|presion|colesterol|a1c|trigliceridos|niveles|numeros)(?![\w-])"
    # ... or moved since the last visit: "your sugars have come way down", "your A1c dropped", "su azucar ya bajo" (round 132)
    r"|(?<![\w-])(?i:your|ur)[ \t]+(?i:blood[ \t]+)?(?i:sugars?|glucose|pressure|bp|numbers|levels|cholesterol|a1c|readings)[ \t]+"
    r"(?:(?i:has|have|had|finally|already|really)[ \t]+){0,2}(?:(?i:come|came|gone|went|gotten|got|fallen|fell)[ \t]+(?:(?i:way|so|much|all[ \t]+the[ \t]+way|back)[ \t]+)?(?i:down|up)"
    r"|(?i:dropped|improved|crept[ \t]+up|shot[ \t]+up))(?![\w-])"
    r"|(?<![\w-])(?i:su|tu|sus|tus)[ \t]+(?i:azucar|glucosa|presion|colesterol|a1c|niveles|nivel|lecturas|numeros|trigliceridos)[ \t]+"
    r"(?:(?i:ya|por[ \t]+fin|ha|han|ya[ \t]+ha|ya[ \t]+han)[ \t]+)?(?i:bajo|bajaron|bajado|subio|subieron|subido|mejoro|mejoraron|mejorado)(?![\w-])"
)
# What the reader can do again (round 151): "you're breathing easier", "you can finally walk without the cane", "ya respira
# mejor", "por fin puede caminar sin bastón"; a capacity regained is a condition passed.
_REGAINED = lazyre.compile(
    r"(?<![\w-])(?:(?i:you(?:['’]re|[ \t]+are))(?:[ \t]+(?i:finally|already|now))?[ \t]+(?i:breathing|walking|hearing|seeing|sleeping|chewing|swallowing)"
    r"|(?i:you[ \t]+can)[ \t]+(?i:finally|now|already)[ \t]+(?i:breathe|walk|hear|see|sleep|chew|swallow))[ \t]+(?:(?i:so|much|a[ \t]+lot|a[ \t]+bit)[ \t]+)?"
    r"(?i:easier|better|without|on[ \t]+your[ \t]+own|unaided|pain-free|again)(?![\w-])"
    r"|(?<![\w-])(?i:ya|por[ \t]+fin)[ \t]+(?:(?i:usted|tu|vos)[ \t]+)?(?:(?i:puede|puedes|podes|pueda|puedas)[ \t]+)?"
    r"(?i:respira|respiras|respire|respirar|camina|caminas|camine|caminar|oye|oyes|oiga|oir|escucha|escuchas|escuche|escuchar|ve|ves|vea|ver|duerme|duermes"
    r"|duerma|dormir|mastica|masticas|mastique|masticar|traga|tragas|trague|tragar)[ \t]+(?:(?i:mucho|bastante|un[ \t]+poco)[ \t]+)?"
    r"(?i:mejor|sin|de[ \t]+nuevo|otra[ \t]+vez|solit[oa]|sol[oa])(?![\w-])"
)
# A condition in the clause before: the shape is said of whoever it fits ("if you have ringing in your ears, tell us").
_IF = lazyre.compile(r"(?<![\w-])(?i:if|when|whenever|in[ \t]+case|whether|unless|should|si|cuando|en[ \t]+caso[ \t]+de[ \t]+que)(?![\w-])")


def reader_conditions(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each condition of the reader's told by its degree, kind or side (see the module's docstring)."""
    for pattern in (_OWNED, _CAPACITY, _MEASURE, _REGAINED):
        for match in pattern.finditer(text):
            if _IF.search(text, clause_before(text, match.start(), 80, ".!?;,\n"), match.start()):
                continue  # "if you have ringing in your ears", "si su azucar anda alta": whoever it fits
            yield match.start(), match.end()
