"""The review itself passed on to our staff, told in a reply: a courtesy about the review, not the reader's dealings (PHI001).

A reply often tells the reader what became of their review: "ya le pasamos su mensaje a la Dra. <Name> y a <Name>",
"se las leímos a todos en voz alta", "le compartimos sus palabras al Dr. <Name>", "se lo hicimos llegar a
<Name>", "we read your kind words to Dr. <Name> and the front desk", "we passed your sweet words along a <Name> y a
todo el front desk". What is passed on is the review, which is public; the staff named are only its recipients. So
the verb of passing on is no sending done for the reader (reader_dealings.py), the staff word among the recipients
is no one the reader dealt with (stance.py), and a clinician among them is not the reader's clinician
(clinician_roles.py).

The shape: a verb of passing on, showing or reading aloud ("passed", "shared", "forwarded", "read", "printed";
"pasamos", "compartimos", "leímos", "hicimos llegar", "hemos enviado"), the review as its object ("your message",
"your sweet words", "this one", "el mensaje", "sus lindas palabras", "su reseña", "lo que escribió"; or a bare
pronoun, "it", "se las", only when the review is named in that sentence or the one before and no record is), and
then its recipients: names, titled names ("Dr.", "la Dra.", "la enfermera <Name>"), our staff and the team, joined by
"y", "and" or commas ("a <Name> y al Dr. <Name>", "with Dr. <Name> and the nurses").

It keeps refusing whatever tells the reader's dealings besides: anything else passed on (results, a chart, a
referral, a prescription, "sus estudios ... ya se los pasamos"), a relative clause on a recipient ("Dr. <Name>, who
saw you Tuesday", "a la Dra. <Name> que la operó"), care, records or the reader's own clinician anywhere in the
sentence ("your surgeon, Dr. <Name>", "su cirujana", "your results"), and the reader spoken of in that sentence
outside the passing ("... to the nurse who was with you", "... y la esperamos en su cita"). One bounded pattern;
each match is read in its own sentence and the one before (sentence_of's reach): linear.

Round 50 adds the courtesies about our staff and the review told without a verb of passing it on (_COURTESY): our
staff as the ones who see, read or hear it ("Dr. <Name> and <Name> will both see it", "la Dra. <Name> ya vio su
mensaje"), as the ones it praised ("your kind words about <Name>", "lo que escribió de la Dra. <Name>", "your
shout-out to Dr. <Name>"), or as the ones we let know ("we let Dr. <Name> know", "le avisamos a la Dra. <Name> de su
mensaje"). The same checks hold; an "it", "this" or unsaid object must end its clause, open the reply or follow a
thanks or the review's naming, with the sentence before clear of the reader's care and records ("Sorry about the
wait. We let Dr. <Name> know" still refuses).
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .contact_route import CARED
from .everyday_senses import everyday
from .staff_joy import reacts
from .stance import EFFORT, WHO, alt, reader_marks, words

# Words of praise before or after the review's noun: "your sweet words", "sus lindas palabras", "su mensaje tan bonito".
_ADJ = (
    r"(?i:kind|kindest|sweet|sweetest|lovely|beautiful|generous|warm|nice|thoughtful|wonderful|amazing|heartfelt|glowing|gracious"
    r"|encouraging|touching|five-star|5-star|awesome|bonit[oa]s?|lind[oa]s?|hermos[oa]s?|amables?|bell[oa]s?|tiern[oa]s?|preci[oa]s[oa]s?"
    r"|cari[nñ]os[oa]s?|generos[oa]s?|buen[oa]s?|grandes?|gran)"
)
_NOUN_EN = (
    r"(?i:words|message|messages|review|reviews|note|comment|comments|feedback|shout-?out|shoutouts?|compliments?|praise|post"
    r"|five[ \t]+stars|5[ \t]+stars|thanks|thank-you|thank[ \t]+you)"
)
_NOUN_ES = (
    r"(?i:mensajes?|mensajito|palabras|palabritas|comentarios?|rese[nñ]as?|reviews?|nota|notita|recado|felicitaciones|felicitaci[oó]n|porras"  # "su review", as US Spanish says it
    r"|opini[oó]n|saludos|agradecimientos?|cari[nñ]o|estrellitas|estrellas)"
)
_OBJ_ES = (
    rf"(?:(?i:el|su|tu|este|ese|sus|tus|las|estas|esas|los|estos|la|esta|ese)[ \t]+(?:{_ADJ}[ \t]+)?{_NOUN_ES}(?:[ \t]+(?i:tan[ \t]+)?{_ADJ})?"
    r"|(?i:lo[ \t]+que[ \t]+(?:nos[ \t]+)?(?:escribi[oó]|escribiste|puso|pusiste|dijo|compartiste|comparti[oó])(?:[ \t]+(?:de|sobre)[ \t]+(?:ella|[eé]l|ellas|ellos))?))"
)
_OBJ_NAMED_EN = rf"(?i:your|this|these|those|the|that|such|ur)[ \t]+(?:{_ADJ}[ \t]+){{0,2}}{_NOUN_EN}"
_OBJ_EN = rf"(?:{_OBJ_NAMED_EN}|(?P<pron>(?i:it|this[ \t]+one|this|them|these|that))|{_OBJ_ES})"
_OBJ_ANY = rf"(?:{_OBJ_ES}|{_OBJ_NAMED_EN})"  # Spanglish either way: "we shared tus palabras", "le pasamos your kind words"
_VERB_EN = (
    r"(?i:pass|passed|passing|share|shared|sharing|forward|forwarded|forwarding|read|reading|print|printed|printing|send|sent|sending"
    r"|show|showed|shown|showing|relay|relayed|relaying|give|gave|given|bring|brought|take|took|taken|post|posted|pin|pinned|hand|handed"
    r"|e-?mail|e-?mailed|text|texted)"
)
_PART = r"(?i:along|on|out[ \t]+loud|aloud|out|over|around|straight|right|personally)"
_VERB_ES = (
    r"(?i:pasamos|compartimos|le[ií]mos|hicimos[ \t]+llegar|enviamos|mandamos|reenviamos|mostramos|ense[nñ]amos|imprimimos|transmitimos|dimos"
    r"|entregamos|pas[eé]|compart[ií]|le[ií]|hice[ \t]+llegar|envi[eé]|mand[eé]|reenvi[eé]|mostr[eé]|ense[nñ][eé]|imprim[ií]|entregu[eé]"
    r"|(?:hemos|he)[ \t]+(?:pasado|compartido|le[ií]do|hecho[ \t]+llegar|enviado|mandado|reenviado|mostrado|ense[nñ]ado|impreso|dado|entregado)"
    r"|(?:vamos|voy)[ \t]+a[ \t]+(?:pasar|compartir|leer|hacer[ \t]+llegar|enviar|mandar|mostrar|ense[nñ]ar|imprimir|dar|entregar)(?:se(?:lo|la|los|las)|le|les)?)"
)
_ALOUD_ES = r"(?i:en[ \t]+voz[ \t]+alta|tal[ \t]+cual|completit[oa]s?|en[ \t]+la[ \t]+(?:junta|reuni[oó]n)(?:[ \t]+de[ \t]+(?:hoy|la[ \t]+ma[nñ]ana|equipo))?)"  # "en la junta": where we read it
# A recipient: a name (titled or not), one of our staff (with a name or not), or the team.
_TITLE = r"(?:(?i:dr|dra|dres|doctor|doctora|nurse|enfermer[oa]|lic|licenciad[oa]|sr|sra|srta|mr|mrs|ms|miss|don|do[nñ]a|coach|profe)\.?[ \t]+)"
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_TEAM = (
    r"(?i:team|staff|crew|office|gang|everyone|everybody|all[ \t]+of[ \t]+us|equipo|personal|todos|todas|front[ \t]+desk|staff[ \t]+room"
    r"|drivers|volunteers|voluntari[oa]s|promotoras|schedulers|billing|nurses|doctors|providers|surgeons|hygienists|therapists|assistants|techs"
    r"|enfermer[oa]s|doctor[ae]s|m[eé]dic[oa]s|asistentes|higienistas|terapeutas|recepcionistas|muchachas|chicas)"
)
_STAFF = rf"(?:{alt(words('staff'))})"
_THE = r"(?:(?i:the|our|la|el|los|las|nuestr[oa]s?|tod[oa]s?|todo[ \t]+el|toda[ \t]+la|todos[ \t]+los|todas[ \t]+las|the[ \t]+whole|our[ \t]+whole|the[ \t]+entire|all[ \t]+the|all[ \t]+our)[ \t]+)"
_RECIPIENT = (  # a member may carry where they work after the name: "<Name> at the front desk", "<Name> de recepción"
    rf"(?:{_THE}{{0,2}}(?:(?:{_STAFF}|{_TEAM})(?:[ \t]+(?i:team|crew|staff|equipo))?(?:[ \t]+{_TITLE}?(?-i:{_NAME}))?"
    rf"|{_TITLE}?(?-i:{_NAME})(?:[ \t]+(?i:at|from|in|on|de|en)[ \t]+{_THE}{{0,2}}(?:{_STAFF}|{_TEAM}))?))"
)
_TO = r"(?:(?i:to|with|for|a|al|con|para)[ \t]+)"
_AND = (  # "... al equipo, en especial a la Dra. <Name>", "to the team, especially Dr. <Name>"
    r"(?:[ \t]*,[ \t]*(?:(?i:and|y|e|&)[ \t]+)?|[ \t]+(?i:and|y|e|&)[ \t]+)"
    r"(?:(?i:especially|in[ \t]+particular|particularly|above[ \t]+all|en[ \t]+especial|especialmente|sobre[ \t]+todo|en[ \t]+particular)[ \t]*,?[ \t]+)?"
)
# ... the first may be a pronoun of a member named before, with a member named after it ("to him and to <Name> at the front desk")
_RECIPIENTS = rf"{_TO}(?:{_RECIPIENT}|(?i:him|her|them)(?={_AND}{_TO}?{_TITLE}?(?-i:{_NAME})))(?:{_AND}{_TO}?{_RECIPIENT}){{0,4}}"
_PASSED = lazyre.compile(
    rf"(?<![\w'’-])(?:"
    rf"{_VERB_EN}(?:[ \t]+{_PART})?[ \t]+{_OBJ_EN}(?:[ \t]+(?i:and|y)[ \t]+{_VERB_EN}[ \t]+(?i:it|them))?(?:[ \t]+{_PART}){{0,2}}[ \t]+(?P<to>{_RECIPIENTS})"
    rf"|(?:(?i:your|this|these|the)[ \t]+(?:{_ADJ}[ \t]+){{0,2}}{_NOUN_EN})[ \t]+(?i:(?:has|have)[ \t]+been|was|were|got|is|are)[ \t]+(?:(?i:being|already|just)[ \t]+)?"
    rf"{_VERB_EN}(?:[ \t]+{_PART}){{0,2}}[ \t]+(?P<pto>{_RECIPIENTS})"
    rf"|(?:(?P<clitic>(?i:se[ \t]+(?:lo|la|los|las)))[ \t]+|(?i:le|les)[ \t]+)?{_VERB_ES}(?:[ \t]+{_ALOUD_ES})?(?:[ \t]+(?P<obj>{_OBJ_ANY}))?"
    rf"(?:[ \t]+{_ALOUD_ES})?[ \t]+(?P<eto>{_RECIPIENTS})(?:[ \t]+(?P<obj2>{_OBJ_ANY}))?"
    # round 87: the recipient only as the clitic, named before ("... sobre <Name>! Ya le enseñamos la reseña", "<Name> will be
    # thrilled, ya le pasamos su mensaje"); the clause ends after the review (passings reads the one named)
    rf"|(?P<dat>(?i:se[ \t]+(?:lo|la|los|las)|le|les))[ \t]+{_VERB_ES}(?:[ \t]+(?P<dobj>{_OBJ_ANY}))?(?:[ \t]+{_ALOUD_ES})?"
    rf"(?:[ \t]+(?i:hoy[ \t]+mismo|hoy|esta[ \t]+ma[nñ]ana|esta[ \t]+tarde|ahorita|ahora[ \t]+mismo|enseguida|de[ \t]+inmediato|en[ \t]+persona))?(?=[ \t]*(?:[,.;:!?…]|$)|[ \t]+(?i:y|e)[ \t])"
    rf")(?![\w'’-])"
)
# Courtesies about our staff and the review (round 50): our staff as the ones who see, read or hear it ("Dr. <Name> and
# <Name> both saw it", "la Dra. <Name> ya vio su mensaje"), as whom the review praised ("your kind words about Dr.
# <Name>", "lo que escribió de la Dra. <Name>", "your shout-out to Dr. <Name>"), or as the ones we let know ("we let
# Dr. <Name> know", "le avisamos a la Dra. <Name> de su mensaje"). Pronouns are no names here.
_NOT_NAME = r"(?!(?:We|You|I|They|He|She|It|Us|Usted|Ustedes|Nosotros|Nosotras|Ella|Ellas|Ellos|Your|Our|This|That|Thanks|Thank|Gracias)(?![\w'’-]))"
_ONE = rf"{_NOT_NAME}{_RECIPIENT}"
# Whom a clitic's passing means, named before it: a member not opening its sentence ("sobre <Name>", "a <Name>"), or one
# opening it as the subject of a joy or a verb ("<Name> is going to love this", "<Name> se va a poner feliz").
_NAMED = lazyre.compile(rf"(?<![\w'’-]){_ONE}(?![\w'’-])")
_WORD_START = lazyre.compile(r"[^\W_]")
_SUBJECT_AFTER = lazyre.compile(r"[ \t]+(?i:is|are|was|were|will|va|van|se|est[aá]|estaban?|ya)(?![\w'’-])")
_ONES = rf"{_ONE}(?:{_AND}{_ONE}){{0,4}}"
_SEE_EN = (  # the auxiliaries and joy before the verb
    r"(?:(?i:will|'ll|’ll|is|are|was|were|has|have|had|get|gets|got|can't[ \t]+wait|can’t[ \t]+wait|cannot[ \t]+wait|is[ \t]+going|are[ \t]+going"
    r"|gonna|wants|want|made[ \t]+sure|make[ \t]+sure)[ \t]+(?:(?i:to|already|just|definitely|be|so|really|going|surely|both|all|also)[ \t]+){0,3})?"
    r"(?:(?i:love|loved|loves|loving|enjoy|enjoyed|enjoys|be[ \t]+glad|be[ \t]+happy|be[ \t]+thrilled|be[ \t]+delighted|glad|happy|thrilled|delighted)[ \t]+(?:(?i:to)[ \t]+)?)?"
)
_SEE_ES = (
    r"(?:(?i:ya|tambi[eé]n|hasta|luego[ \t]+luego)[ \t]+)?"
    r"(?i:vio|vieron|ley[oó]|leyeron|escuch[oó]|escucharon|oy[oó]|oyeron|(?:ha|han)[ \t]+(?:visto|le[ií]do|escuchado|o[ií]do)"
    r"|(?:va|van)[ \t]+a[ \t]+(?:ver|leer|escuchar|o[ií]r))"
)
_WHAT_YOU = r"(?i:what[ \t]+you[ \t]+(?:wrote|said|shared|posted)|lo[ \t]+que[ \t]+(?:nos[ \t]+)?(?:escribi[oó]|escribiste|puso|pusiste|dijo|compartiste|comparti[oó]))"
_PRAISE_EN = r"(?i:shout-?out|shoutouts?|compliments?|praise|thanks|thank-you|kudos|words|love|recognition)"
_PRAISE_ES = r"(?i:palabras|palabritas|porras|felicitaciones|felicitaci[oó]n|agradecimientos?|comentarios?|rese[nñ]as?|opini[oó]n|elogios?|cumplidos?)"
_TOPIC = (
    rf"(?:(?:{_OBJ_NAMED_EN}|{_WHAT_YOU})[ \t]+(?i:about|of|on|regarding|re:)"
    rf"|(?i:your|this|the|ur)[ \t]+(?:{_ADJ}[ \t]+){{0,2}}{_PRAISE_EN}[ \t]+(?i:to|for)"
    rf"|(?:{_WHAT_YOU}|(?i:su|sus|tu|tus|sus|las|los|la|el|esta|estas|este)[ \t]+(?:{_ADJ}[ \t]+)?{_PRAISE_ES}(?:[ \t]+(?i:tan[ \t]+)?{_ADJ})?)"
    r"[ \t]+(?i:sobre|de|acerca[ \t]+de|para|a|hacia)"
    # thanks for naming them in the review: "gracias por acordarse de <Name>", "for mentioning Dr. <Name>"
    r"|(?i:por|for)[ \t]+(?i:acordarse[ \t]+de|acordarte[ \t]+de|recordar[ \t]+a|mencionar[ \t]+a|nombrar[ \t]+a|remembering|mentioning|naming|shouting[ \t]+out))"
)
_JOY_EN = (
    r"(?i:grinning|smiling|all[ \t]+smiles|beaming|glowing|blushing|giddy|tearing[ \t]+up|teary|crying|thrilled|delighted|so[ \t]+happy|happy"
    r"|over[ \t]+the[ \t]+moon|tickled(?:[ \t]+pink)?|stoked|touched|moved)"
)
_LET_EN = r"(?i:let|lets|letting|we'll[ \t]+let|we’ll[ \t]+let)"
_TELL_EN = r"(?i:told|tell|telling)"
_LET_ES = (
    r"(?:(?i:ya|tambi[eé]n)[ \t]+)?(?:(?i:le|les|se[ \t]+lo|se[ \t]+la)[ \t]+)?(?i:dejamos[ \t]+saber|hicimos[ \t]+saber|avisamos|comentamos|contamos|dijimos"
    r"|platicamos|avis[eé]|coment[eé]|cont[eé]|dije|(?:hemos|he)[ \t]+(?:avisado|comentado|contado|dicho|dejado[ \t]+saber|hecho[ \t]+saber)"
    r"|(?:vamos|voy)[ \t]+a[ \t]+(?:avisar|decir|contar|comentar|dejar[ \t]+saber|hacer[ \t]+saber)(?:le|les|selo|sela)?)"
)
# A bare "it", "this" or unsaid object ends the clause: "saw this rash", "we told Dr. <Name> you called" are no courtesy.
_BARE = r"(?![ \t]*(?!(?i:and|y|too|also|as[ \t]+well|todos|todas|both|today|tonight|tomorrow|soon|asap|hoy|ma[nñ]ana|pronto)(?![\w'’-]))[\w'’-])"
# Every review we get, as our staff's habit is to read them all: "<Name> reads every single one of these", "each and every one".
_EVERY_ONE = r"(?i:every[ \t]+(?:single[ \t]+)?one[ \t]+of[ \t]+(?:these|them|our[ \t]+reviews)|each[ \t]+(?:and[ \t]+every[ \t]+)?one[ \t]+of[ \t]+(?:these|them)|all[ \t]+of[ \t]+(?:these|them|our[ \t]+reviews))"
_COURTESY = lazyre.compile(
    rf"(?<![\w'’-])(?:"
    rf"(?P<to_see>{_ONES})(?:[ \t]+(?i:both|all|too|also|already|just|definitely|certainly)){{0,2}}[ \t]+{_SEE_EN}"
    rf"(?:(?i:see|sees|saw|seen|seeing|read|reads|reading)[ \t]+(?:(?P<obj_see>{_OBJ_NAMED_EN}|{_OBJ_ES}|{_EVERY_ONE})|(?i:it|this|this[ \t]+one){_BARE})"
    rf"|(?i:hear|hears|heard|hearing)[ \t]+(?:(?i:about)[ \t]+)?(?P<obj_hear>{_OBJ_NAMED_EN}|{_OBJ_ES}))"
    rf"|(?P<to_vio>{_ONES})[ \t]+{_SEE_ES}[ \t]+(?P<obj_vio>{_OBJ_ES})"
    # round 62: the review as a clitic before the verb ("la Dra. <Name> y <Name> lo leyeron en la junta"), and our staff's joy
    # while reading it ("Dr. <Name> and <Name> were grinning ear to ear reading this", round 125: "... when we read this")
    rf"|(?P<to_clitic>{_ONES})[ \t]+(?:(?i:ya|tambi[eé]n)[ \t]+)?(?i:lo|la|los|las)[ \t]+(?i:vio|vieron|ley[oó]|leyeron|escuch[oó]|escucharon|(?:ha|han)[ \t]+(?:visto|le[ií]do))"
    rf"|(?P<to_joy>{_ONES})[ \t]+(?i:were|are|was|is|have[ \t]+been|has[ \t]+been)[ \t]+(?:(?i:all|both|so|just|literally|still)[ \t]+){{0,2}}{_JOY_EN}"
    rf"(?:[ \t]+(?i:from[ \t]+)?(?i:ear[ \t]+to[ \t]+ear))?[ \t]+(?i:reading|to[ \t]+read|seeing|to[ \t]+see|over|when[ \t]+(?:we|they|I|she|he)[ \t]+(?:read|saw|shared|opened))[ \t]+"
    rf"(?:(?P<obj_joy>{_OBJ_NAMED_EN}|{_OBJ_ES})|(?i:it|this|this[ \t]+one)(?:{_BARE}|(?=[ \t]+(?i:at|during|in|over|on|together|out[ \t]+loud|aloud)[ \t]+)))"
    rf"|{_TOPIC}[ \t]+(?P<to_topic>{_ONE}(?:{_AND}(?:(?i:about|of|sobre|de|del|para|a|al)[ \t]+)?{_ONE}){{0,4}})"
    rf"|(?:{_LET_EN}[ \t]+(?P<to_let>{_ONES})[ \t]+(?i:know|hear)|{_TELL_EN}[ \t]+(?P<to_told>{_ONES}))"
    rf"(?:[ \t]+(?i:about)[ \t]+(?:(?P<obj_let>{_OBJ_NAMED_EN}|{_OBJ_ES})|(?i:it|this){_BARE})|{_BARE})"
    rf"|{_LET_ES}[ \t]+(?P<to_aviso>{_RECIPIENTS})(?:[ \t]+(?i:de|sobre|acerca[ \t]+de)[ \t]+(?P<obj_aviso>{_OBJ_ES})|{_BARE})"
    rf")(?![\w'’-])"
)
# The review named before a bare pronoun: "¡Qué bonitas palabras! Ya se las leímos ...", "What a sweet note. We forwarded it ...".
_REVIEW_BEFORE = lazyre.compile(rf"(?<![\w'’-])(?:{_NOUN_EN}|{_NOUN_ES}|(?i:escribi[oó]|escribiste|escribir(?:nos)?|write|wrote|writing|sharing))(?![\w'’-])")
_THANKED = lazyre.compile(
    r"(?<![\w'’-])(?i:gracias|thanks|thank|thx|ty|merci|wow|aww+|awww*"
    r"|qu[eé][ \t]+(?:bonito|bonitas?|lindo|lindas?|hermoso|hermosas?|detalle|detallazo)|how[ \t]+(?:sweet|lovely|kind)|what[ \t]+a[ \t]+(?:sweet|lovely|kind|nice|wonderful|beautiful|thoughtful)"  # a cry of joy at it
    # the review's effect on us: "this made our week", "nos alegró el día" (round 62)
    r"|made[ \t]+(?:our|my)[ \t]+(?:whole[ \t]+|entire[ \t]+)?(?:day|week|morning|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|year)"
    r"|(?:nos|me)[ \t]+(?:alegr[oó]|alegraste|alegraron|hizo|hiciste|hicieron)[ \t]+(?:todo[ \t]+)?(?:el|la)[ \t]+(?:d[ií]a|semana|ma[nñ]ana|lunes|tarde))(?![\w'’-])"
)
# Anything the reader's care holds, which a pronoun or the sentence may mean instead of the review.
_RECORDS = lazyre.compile(
    r"(?<![\w'’-])(?i:results?|labs?|lab[ \t]+work|bloodwork|chart|charts|records?|referrals?|prescriptions?|refills?|paperwork|forms?|scans?|x-?rays?"
    r"|reports?|files?|images?|films?|tests?|biops(?:y|ies)|orders?|claims?|bills?|invoices?|insurance|authorizations?|notes[ \t]+from"
    r"|resultados?|expedientes?|estudios?|recetas?|referidos?|referencias?|papeles|papeleo|formularios?|formas|[oó]rden(?:es)?|radiograf[ií]as?"
    r"|an[aá]lisis|informes?|reportes?|placas|pruebas?|ex[aá]menes|cuentas?|facturas?|seguro|autorizaci[oó]n)(?![\w'’-])"
)
# The reader's time with us before: "who met you last spring", "la recuerda", "de nuevo".
_BEFORE_NOW = lazyre.compile(
    r"(?<![\w'’-])(?i:again|once[ \t]+more|follow[ \t-]?up|last|earlier|met|remembers?|remembered|de[ \t]+nuevo|otra[ \t]+vez|nuevamente|volver|[uú]ltim[oa]"
    r"|pasad[oa]|conoci[oó]|conocimos|recuerda|record[oó]|acuerda)(?![\w'’-])"
)
# "su", "your" in the sentence besides the passing, before anything but the review or our staff: "después de su limpieza",
# "after your cleaning" are the reader's ("y a su equipo", "your kind words" are not).
_POSSESSIVE = lazyre.compile(rf"(?<![\w'’-])(?i:su|sus|tu|tus|your|ur)[ \t]+(?!(?:(?:{_ADJ})[ \t]+)?(?:{_NOUN_EN}|{_NOUN_ES}|{_STAFF}|{_TEAM})(?![\w'’-]))")
# The reader's own clinician in the sentence: "your surgeon, Dr. <Name>", "a su cirujana, la Dra. <Name>".
_THEIR_CLINICIAN = lazyre.compile(
    r"(?<![\w'’-])(?i:your|su|tu|ur)[ \t]+(?i:doctor|doctora|provider|physician|surgeon|dentist|nurse|therapist|hygienist|pediatrician|midwife"
    r"|m[eé]dic[oa]|cirujan[oa]|dentista|enfermer[oa]|terapeuta|higienista|pediatra|partera|especialista|specialist)(?![\w'’-])"
)
# A relative clause on the recipients: "Dr. <Name>, who saw you", "a la Dra. <Name> que la operó" tell whom they are to the reader.
# Only their joy at the review may follow: "a la Dra. <Name>, que se van a poner felices", "to Dr. <Name>, who was
# thrilled" (a short clause; the sentence is read for the reader's care all the same).
_RELATIVE_AFTER = lazyre.compile(r"[ \t]*[,(]?[ \t]*(?i:who|whom|whose|that|which|que|quien|quienes|cuy[oa]s?|el[ \t]+cual|la[ \t]+cual|los[ \t]+cuales|las[ \t]+cuales)(?![\w'’-])")
_GLAD = lazyre.compile(
    r"(?<![\w'’-])(?i:feliz|felices|content[oa]s?|content[ií]sim[oa]s?|emocionad[oa]s?|emocion[oó]|emocionaron|encantad[oa]s?|encant[oó]|orgullos[oa]s?"
    r"|sonriendo|sonrientes?|honrad[oa]s?|thrilled|delighted|happy|glad|overjoyed|touched|moved|beaming|smiling|grinning|proud|honou?red|loved)(?![\w'’-])"
)
_GLAD_REACH = 60
# ... and recipients of the reader's own ("al personal de su trabajo", "the nurse at your school") are not ours.
_THEIRS_AFTER = lazyre.compile(r"[ \t]+(?i:de|del|of|at|from|en|in)[ \t]+(?i:su|tu|sus|tus|your|ur)(?![\w'’-])")


@functools.lru_cache(maxsize=16)
def passings(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, recipients' start) of each passing on of the review to our staff, or courtesy about our staff and the
    review (_COURTESY), that tells nothing else of the reader."""
    found = []
    bounds: tuple[int, ...] = ()
    readers: list[int] = []
    for pattern in (_PASSED, _COURTESY):
        for match in pattern.finditer(text):
            if not bounds:
                bounds = sentence_bounds(text)
                readers = sorted(m.start for m in reader_marks(text) if m.kind == WHO)
            start, end = match.span()
            begin, stop = sentence_of(bounds, start)
            clear = _clear(text, begin, start) and _clear(text, end, stop) if pattern is _COURTESY else _clear(text, begin, stop)  # "saw it" is no care
            if _THEIRS_AFTER.match(text, end) or not clear or not _glad_if_relative(text, end, stop):
                continue
            groups = {name: at for name, at in match.groupdict().items() if at is not None}
            if pattern is _COURTESY:
                if not any(name.startswith("obj_") or name == "to_topic" for name in groups) and not _unsaid_clear(text, bounds, begin, start):
                    continue  # the review left unsaid: nothing of the reader's care, records or past just before
            elif _pronoun_only(match) and not (_review_named(text, bounds, begin, start) or _unsaid_clear(text, bounds, begin, start)):
                continue
            elif "dat" in groups and not (_named_before(text, bounds, begin, start) and _review_named(text, bounds, begin, end)):
                continue  # a clitic's passing needs its member named before it and the review named
            first, last = bisect_right(readers, begin - 1), bisect_right(readers, stop - 1)
            if any(not start <= at < end for at in readers[first:last]) or _POSSESSIVE.search(text, begin, start) or _POSSESSIVE.search(text, end, stop):
                continue  # the reader spoken of in the sentence besides the passing
            to = (
                end
                if "dat" in groups
                else next(match.start(name) for name in ("to", "pto", "eto", "to_see", "to_vio", "to_clitic", "to_joy", "to_topic", "to_let", "to_told", "to_aviso") if name in groups)
            )
            found.append((start, end, to))
    found.sort()
    kept: list[tuple[int, int, int]] = []
    for span in found:  # the first of overlapping spans: they must not overlap for _around's bisection
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return tuple(kept)


def _glad_if_relative(text: str, end: int, stop: int) -> bool:
    """No relative clause on the recipients, or a short one that tells their joy at the review."""
    relative = _RELATIVE_AFTER.match(text, end)
    if relative is None:
        return True
    close = text.find(";", relative.end(), stop)
    limit = min(close if close >= 0 else stop, relative.end() + _GLAD_REACH)
    if _ANYONE_IN.search(text, relative.end(), limit):
        return False  # "who always loved hearing about the twins", "who was so happy to see you": the reader's people
    if _GLAD.search(text, relative.end(), limit) is not None or reacts(text, relative.end(), limit):
        return True  # "que se van a poner rojos"
    if _HABIT.search(text, relative.end(), limit) is None or _READER_IN.search(text, relative.end(), limit) is not None:
        return False
    from .care import care_in  # care.py reads this module's readers: import on use

    return not care_in(text, relative.end(), limit)  # "que siempre le echan ganas"; not "who every day asked how the new hip was"


# What the recipients always are or do, said of no one ("who always go above and beyond", "que siempre le echan muchas
# ganas", whose "le" is the idiom's): praise of our staff; "who always takes care of you", "que siempre la atiende" are the reader's.
_HABIT = lazyre.compile(r"(?<![\w'’-])(?i:always|siempre|every[ \t]+day|each[ \t]+day|todos[ \t]+los[ \t]+d[ií]as|a[ \t]+diario)(?![\w'’-])")
_ANYONE = (
    r"you|your|yours|ya['’]?ll|usted|ustedes|him|them|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|son|daughter|husband|wife"
    r"|baby|kid|kids|child|twins|little[ \t]+one|kiddo|mam[aá]|pap[aá]|abuel[oa]s?|hij[oa]s?|espos[oa]|beb[eé]|ni[nñ][oa]s?|gemel[oa]s|cuates"
)
_ANYONE_IN = lazyre.compile(rf"(?<![\w'’-])(?i:{_ANYONE})(?![\w'’-])")
# ... and, past _ANYONE_IN, the reader as a Spanish pronoun (the recipient's own "she", "her patients" and "every patient"
# are theirs: "who always puts her whole heart into her work"); the "le" of the idiom of effort is no one (stance.EFFORT)
_READER_IN = lazyre.compile(rf"(?<![\w'’-])(?i:su|sus|te|ti|tu|tus|lo|la|los|las|les|[eé]l|ellos|se[nñ]ora|se[nñ]or|le(?!{EFFORT}))(?![\w'’-])")


def _pronoun_only(match) -> bool:
    """The review is only a pronoun ("it", "se las") or not said at all ("le pasamos a ...")."""
    if match.group("dat") is not None:
        return match.group("dobj") is None
    if match.group("to") is not None:
        return match.group("pron") is not None
    if match.group("pto") is not None:
        return False
    return match.group("obj") is None and match.group("obj2") is None


def _clear(text: str, begin: int, stop: int) -> bool:
    return not _record(text, begin, stop) and all(pattern.search(text, begin, stop) is None for pattern in (CARED, _THEIR_CLINICIAN, _BEFORE_NOW))


def _record(text: str, begin: int, stop: int) -> bool:
    """A record between begin and stop, not a word in its everyday sense ("seguro les alegra", "nos dimos cuenta")."""
    return any(not everyday(text, *m.span()) for m in _RECORDS.finditer(text, begin, stop))


def _named_before(text: str, bounds: tuple[int, ...], begin: int, start: int) -> bool:
    """A member or our staff named in the sentence before `start` or the one before it, whom a clitic's passing means."""
    before = sentence_of(bounds, max(begin - 1, 0))[0] if begin else begin
    for name in _NAMED.finditer(text, before, start):
        first = _WORD_START.search(text, sentence_of(bounds, name.start())[0], name.start())  # a word before it in its sentence
        if first is not None or _SUBJECT_AFTER.match(text, name.end()):
            return True
    return False


def _review_named(text: str, bounds: tuple[int, ...], begin: int, start: int) -> bool:
    """The review named in the sentence before the pronoun or the one before it, and no record there."""
    before = sentence_of(bounds, max(begin - 1, 0))[0] if begin else begin
    return _REVIEW_BEFORE.search(text, before, start) is not None and not _record(text, before, start)


def _unsaid_clear(text: str, bounds: tuple[int, ...], begin: int, start: int) -> bool:
    """A courtesy whose object is "it", "this" or unsaid ("Dr. <Name> will love reading this", "we let Dr. <Name>
    know"): it means the review when it opens the reply or follows the review's naming or a thanks, and the sentence
    before and its own start tell nothing of the reader's care, records, clinician or past (which it could mean
    instead: "Sorry about the wait. We let Dr. <Name> know" still refuses)."""
    before = sentence_of(bounds, max(begin - 1, 0))[0] if begin else begin
    if not _clear(text, before, start) or _POSSESSIVE.search(text, before, start) or _record(text, before, start):
        return False
    return not text[:begin].strip() or _REVIEW_BEFORE.search(text, before, start) is not None or _THANKED.search(text, before, start) is not None


def _around(text: str, start: int) -> tuple[int, int, int] | None:
    """The passing that starts last at or before `start` (they do not overlap: one bisection, not a scan of all)."""
    found = passings(text)
    index = bisect_right(found, (start, float("inf"), 0)) - 1
    return found[index] if index >= 0 else None


def inside_passing(text: str, start: int, end: int) -> bool:
    """[start, end) lies inside a passing on of the review (its verb, its object or its recipients)."""
    around = _around(text, start)
    return around is not None and end <= around[1]


_CLITIC_REACH = 240  # characters between a member named and the clitic's passing that means them


def recipient(text: str, start: int, end: int) -> bool:
    """[start, end) lies among the recipients of a passing on of the review, or is the member named just before a clitic's
    passing, whom its "le" means ("La Dra. <Name> se emocionó cuando le leímos su mensaje"): no other name between them,
    opening the reply or after a thanks or the review named, with nothing of the reader's from the sentence before the
    name's to the passing (not "Sentimos su caída. El Dr. <Name> ...", nor "Sorry about the wait. Dr. <Name> ...")."""
    around = _around(text, start)
    if around is not None and around[2] <= start and end <= around[1]:
        return True
    found = passings(text)
    index = bisect_right(found, (end, -1, 0))  # the first passing starting at or after the name's end
    if index == len(found) or found[index][2] != found[index][1]:  # a clitic's passing: its recipients start where it ends
        return False
    begin = found[index][0]
    if begin - end > _CLITIC_REACH:
        return False  # too far to be the one its "le" means; and the look for other names between stays bounded
    bounds = sentence_bounds(text)
    named_in = sentence_of(bounds, start)[0]
    if not sentence_of(bounds, max(sentence_of(bounds, begin)[0] - 1, 0))[0] <= start or _NAMED.search(text, end, begin):
        return False
    return _unsaid_clear(text, bounds, named_in, start) and _clear(text, start, begin) and _POSSESSIVE.search(text, start, begin) is None
