"""Whether a post's text ties anyone to care or to our clinic: without such a tie, a name in it is no disclosure.

HIPAA protects a person's identity together with health information. A post that says nothing of care, a visit,
the clinic's patients or their dealings with us (a staff spotlight, a new clinician, an event with volunteers and
sponsors, a councilman's life story, the hours and the insurance we accept) names people, but discloses no one's
care. PHI003 reports a name whose passage ties no one to care as a warning, not an error, and drops it when the post
also reads as a kind that names no patient (`names_no_patient`; named_people.py). A reply is always to a reviewer,
whose every name is a confirmation: it is never judged by this tie. The tie is read around each name (`Ties`): a
screening a fair offers everyone ties no one, though the fair's coordinator is named two sentences on.

The tie is a word of care (care.care_in), or one of the shapes in which a front desk tells of someone's dealings
with us without a clinical word, in English and Spanish:

- a reminder or a notice addressed to someone ("Recordatorio para <Name>: su próxima sesión", "Reminder: <Name>,
  your evaluation is Tuesday", "please confirm", "lo esperamos");
- lost and found at the clinic (a card, a wallet, a phone, a cane left in an exam room or the lobby, a card in
  someone's name, an insurance card, an engraved or labelled thing);
- a ride of ours (the van or the shuttle picks someone up, "la camioneta pasa por");
- a testimonial, a quote signed by someone, "one of our patients", "one patient", "pacientes de nuestra unidad", "fitted with";
- a vaccination or a visit told of someone ("todos vacunados hoy", "at our flu clinic", "rolled up her sleeve");
- care given by us told by its verb ("treated", "operamos", "stitched up", "splinted", "le cosimos la frente");
- a milestone that implies care (born at N weeks, a birth weight, a NICU, a bedside, years "en la unidad", a hashtag
  of a therapy or an emergency room, a wound, a bandage, a third visit this month);
- a course of ours finished ("finished our education series", "terminaron nuestro curso").

A staff member's credentials ("RN", "PA", "CNM") and "she'll see patients" tell of her job, not of care she received,
and are not ties. An untied text frees its names only when it also reads as a kind of post that names no patient
(`names_no_patient`): a staff member's welcome, credentials or anniversary, volunteers, a sponsor, a coordinator,
a council member or a mayor, the insurance we accept ("our nurse <Name>" alone is no frame: a title does not make
someone off the team ours). A bare name with no such
frame ("Congratulations to <Name> on finishing the 5K!") keeps its reading: whether it is a patient is unknown. Every pattern is bounded and scanned once over the folded text: linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ... import lazyre
from ...bilingual import fold
from ...text import alternation, sentence_bounds
from .care import care_in, diagnosis_in, guessed, own_care
from .care_names import as_names
from .civic_places import is_city
from .common import WORDS, blank_group
from .event_topics import blank_events
from .everyday_senses import WAYS_IN
from .places import is_state
from .public_story import set_aside
from .vocabulary import NAMES, is_first_name

_DAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?"
_TIME = r"\d{1,2}(?::\d\d)?[ \t]*(?:a\.?[ \t]?m\.?|p\.?[ \t]?m\.?|hrs?\b)"
_VISIT = (
    r"sesion(?:es)?|sessions?|evaluaci(?:on|ones)|evaluations?|evals?|consultas?|consults?|consultations?|visitas?|visits?"
    r"|turnos?|citas?|controles|control|revision|check-?ups?|chequeos?|follow-?ups?|seguimiento|terapias?|therapy|tratamientos?|treatments?"
)
_OWNER = r"(?:su|sus|tu|tus|your|his|her|their)"
_ITEM = (
    r"cards?|wallets?|purses?|phones?|iphones?|cell(?:phone)?s?|keys|glasses|sunglasses|canes?|walkers?|hearing[ \t]aids?|dentures"
    r"|ids?|licen[cs]es?|badges?|bags?|backpacks?|jackets?|umbrellas?|rings?|bracelets?|watch"
    r"|tarjetas?|carteras?|monederos?|billeteras?|celulares?|telefonos?|llaves|lentes|anteojos|bastones|baston|andaderas?"
    r"|credenciales?|licencias?|bolsas?|bolsos?|mochilas?|chamarras?|chaquetas?|sombrillas?|paraguas|anillos?|pulseras?|relojs?|reloj"
)
_PLACE = (
    r"lobby|waiting[ \t]room|exam[ \t]room|parking[ \t](?:lot|garage)|bathroom|restroom|front[ \t]desk|check-?in"
    r"|sala[ \t]de[ \t]espera|estacionamiento|bano|consultorio|recepcion|cuarto[ \t]\d+|sala[ \t]\d+"
)
_FOUND = (
    r"found|lost|left[ \t]behind|left[ \t](?:a|an|his|her|their|this|these)|forgot|forgotten|misplaced|lost[ \t]and[ \t]found|turned[ \t]in"
    r"|encontr\w{0,6}|se[ \t]le[ \t](?:perdio|olvido|quedo|cayo)|perdid[oa]s?|olvidad[oa]s?|extraviad[oa]s?|se[ \t]quedo|dejo|dejaron|olvido"
)
_CARD = r"(?:medi-?cal|medicaid|medicare|chip|bic|insurance|seguro|aseguranza|member|benefits?)"
_RIDE = r"van|vans|shuttle|bus|ride|rides|driver|camioneta|transporte|raite|chofer|conductor"
_PICKUP = r"pick(?:s|ed|ing)?[ \t]up|picks?|drop(?:s|ped|ping)?[ \t]off|recog\w{0,6}|pasa(?:ra|mos|remos)?[ \t]por|lleva(?:ra|mos|remos)?[ \t]a"
_COURSE = r"series|class(?:es)?|program|course|workshops?|sessions|curso|clases?|programa|serie|talleres|taller"
_FINISHED = (
    r"finished|completed|graduated[ \t]from|graduated|wrapped[ \t]up|terminaron|termino|completaron|completo|se[ \t]graduaron[ \t]de"
    r"|se[ \t]graduo[ \t]de|acabaron|acabo"
)
_STEMS = (
    "terapia|therapy|rehab|fisio|physio|speech|habla|nicu|ucin|cancer|chemo|quimio|diabet|recovery|recupera|survivor|sobreviv|urgencia|emergenc"
    "|dialisis|dialysis|transplant|trasplante|hospital|cirugia|surgery|preemie|prematur|autism|autismo|fertilid|ivf|epileps|asma|asthma"
)

# Shapes of our dealings with someone: they tie everyone the text names, wherever they stand in it.
_TIE = lazyre.compile(
    "|".join(
        (
            # a reminder, a notice, a confirmation addressed to someone
            r"(?<![\w-])(?:recordatorio|reminder|aviso[ \t]+(?:para|a)|notice[ \t]+(?:for|to)|heads[ \t]up[ \t]+(?:for|to)|confirm\w{0,6}|lo[ \t]+esperamos|la[ \t]+esperamos)(?![\w-])",
            rf"(?<![\w-])(?:con|with)[ \t]+(?:el|la|el[ \t]+doctor|la[ \t]+doctora)?[ \t]*dra?\.?[ \t]+(?-i:[A-Z])[\w'-]*[^\n.!?]{{0,40}}?(?<![\w-])(?:{_DAYS}|{_TIME})(?!\w)",
            rf"(?<![\w-])(?:{_DAYS})(?![\w-])[^\n.!?]{{0,40}}?(?:{_TIME})[^\n.!?]{{0,12}}?(?:con|with)[ \t]+(?:el|la)?[ \t]*dra?\.",
            # lost and found, something labelled with a name
            # ... in one sentence: "... nuestra nueva sala de espera. Ella nos dejó una foto firmada" is a gift, nothing lost
            rf"(?<![\w-])(?:{_FOUND})(?![\w-])[^\n.!?]{{0,80}}?(?<![\w-])(?:{_ITEM}|{_PLACE})(?![\w-])",
            rf"(?<![\w-])(?:{_ITEM}|{_PLACE})(?![\w-])[^\n.!?]{{0,60}}?(?<![\w-])(?:{_FOUND})(?![\w-])",
            r"(?<![\w-])(?:a[ \t]+nombre[ \t]+de|in[ \t]+the[ \t]+name[ \t]+of|made[ \t]+out[ \t]+to|lock[ \t]+screen|engraved|grabad[oa]|labell?ed|label|etiqueta|wristband|brazalete|expediente|chart)(?![\w-])",
            # a record's number or a date of birth beside someone: "Jane Doe (MRN 12345678)", "fecha de nacimiento"
            r"(?<![\w-])(?:mrn|mr[ \t]*#|medical[ \t]+record|(?:record|chart|policy|member|patient|account)[ \t]+(?:no|number|num|id|#)|dob|date[ \t]+of[ \t]+birth"
            r"|fecha[ \t]+de[ \t]+nacimiento|numero[ \t]+de[ \t]+(?:expediente|paciente|afiliado|poliza|miembro)|ssn|social[ \t]+security)(?![\w-])",
            rf"(?<![\w-])(?:{_CARD}[ \t]+(?:id[ \t]+)?cards?|(?:tarjeta|credencial)[ \t]+(?:de(?:l)?[ \t]+)?{_CARD})(?![\w-])",
            r"(?<![\w/-])\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d(?![\w/-])",
            # a ride of ours
            rf"(?<![\w-])(?:{_RIDE})(?![\w-])[^\n]{{0,60}}?(?<![\w-])(?:{_PICKUP})(?![\w-])",
            # a testimonial, a signed quote, one of our patients
            r"(?<![\w-])(?:testimonios?|testimonials?|patient[ \t]+stor(?:y|ies)|historia[ \t]+de[ \t]+(?:un[ \t]+|una[ \t]+)?paciente|fitted[ \t]+(?:with|for)|adaptad[oa]s?[ \t]+con)(?![\w-])",
            r"(?<![\w-])(?:pacientes?[ \t]+de[ \t]+nuestr[oa]s?|patients?[ \t]+(?:of|at)[ \t]+our|our[ \t]+(?:own[ \t]+)?patient|nuestr[oa][ \t]+paciente|pacientes?[ \t]+nuestr[oa]s?)(?![\w-])",
            r"(?<![\w-])(?:(?:paciente|patient)[ \t]+(?:desde|since)|one[ \t]+of[ \t]+our[ \t]+patients|uno[ \t]+de[ \t]+nuestros[ \t]+pacientes|una[ \t]+de[ \t]+nuestras[ \t]+pacientes)(?![\w-])",
            r"[\"”][ \t]*(?:[—–-]{1,2}|~)[ \t]*(?:mr|mrs|ms|miss|sr|sra|srta|don|dona)?\.?[ \t]*(?-i:[A-Z])",
            r"(?<![\w-])(?:gracias[ \t]+al[ \t]+equipo|thanks[ \t]+to[ \t]+(?:the|our|your)[ \t]+team|because[ \t]+of[ \t]+(?:you|this[ \t]+team)|now[ \t]+i[ \t]+can|por[ \t]+fin[ \t]+(?:somos|puedo|pude))(?![\w-])",
        )
    ),
    re.IGNORECASE,
)

# Care told of someone without a clinical word: it ties the people of its sentences only (Ties).
_NEAR = lazyre.compile(
    "|".join(
        (
            rf"(?<![\w-]){_OWNER}[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{_VISIT})(?![\w-])",
            # care given by us, a birth here, a newborn welcomed, a body that fails
            r"(?<![\w-])(?:treated|treating|trato|tratamos|atendio|atendimos|atendida|atendido|operated|opero|operamos|(?:le|les|la|lo)[ \t]+(?:curamos|curo|curaron)|birthing[ \t]+suite|sala[ \t]+de[ \t]+partos|labor[ \t]+and[ \t]+delivery|maternity|maternidad"
            # not a career's count: "she's delivered babies in a snowstorm", "has delivered 2,000 babies" (round 141)
            r"|delivered(?![ \t]+(?:(?:more[ \t]+than|over|nearly|almost)[ \t]+)?(?:[\d,]+|hundreds|thousands|dozens)?(?:[ \t]+of)?[ \t]*babies))(?![\w-])",
            # one person called a patient in the name's sentence ("One patient, a crew leader who goes by <Name>, ..."; round 152)
            r"(?<![\w-])(?:one|this|that|un|una|este|esta)[ \t]+(?:patient|paciente)(?![\w-])",
            # a wound closed or a limb held by us, said by its verb ("we stitched up <Name>", "le cosimos la frente a <Name>"; not "stitched a quilt")
            r"(?<![\w-])(?:(?:stitched|sewed|sewn)[ \t]+up|sutured|suturing|splinted|casted|bandaged|x-?rayed|intubated|cosimos|suturamos|enyesamos|entablillamos)(?![\w-])",
            r"(?<![\w-])(?:welcome|bienvenid[oa])[ \t,]+(?:to[ \t]+the[ \t]+world[ \t,]+|al[ \t]+mundo[ \t,]+)?(?:little[ \t]+)?(?:baby|bebe|bebita|bebito|nena|nene)(?![\w-])|(?<![\w-])(?:welcome[ \t]+to[ \t]+the[ \t]+world|bienvenid[oa][ \t]+al[ \t]+mundo)(?![\w-])",
            r"(?<![\w-])(?:his|her|their|su|sus)[ \t]+(?:eyes|eyesight|vision|hearing|memory|knees?|hips?|back|heart|lungs|ojos|vista|oido|memoria|rodillas?|cadera|espalda|corazon|pulmones)(?![\w-])",
            # an examination at a booth or in a photo, said by its act ("listening to <Name>'s heart", "escuchando el corazón
            # del bebé", "checking her ears", "weighing baby <Name>"; not a stethoscope worn: round 157)
            r"(?<![\w-])(?:listen(?:s|ed|ing)?[ \t]+to|escuch\w{1,6})[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:heart|heartbeat|lungs|chest|breathing|corazon|corazoncito|latidos|pulmones|pecho|respiracion)(?![\w-])"
            r"|(?<![\w-])(?:check(?:s|ed|ing)?|look(?:s|ed|ing)?[ \t]+in(?:to)?|examin\w{1,5}|revis\w{1,6}|checa\w{0,4})[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:ears|throat|oidos|oidito|oiditos|garganta)(?![\w-])"
            r"|(?<![\w-])(?:weigh(?:s|ed|ing)?|pes(?:a|ando|amos|aron))[ \t]+(?:(?:baby|little|al|a[ \t]+la|el|la)[ \t]+)?(?:baby|newborn|bebe|bebita|bebito)(?![\w-])",
            # fertility care counted ("after 4 years, 3 retrievals", "dos transferencias de embriones"; round 158)
            r"(?<![\w-])(?:\d{1,2}|two|three|four|five|dos|tres|cuatro|cinco)[ \t]+(?:egg[ \t]+)?(?:retrievals|embryo[ \t]+transfers|ivf[ \t]+cycles|rounds[ \t]+of[ \t]+ivf"
            r"|transferencias(?:[ \t]+de[ \t]+embriones)?|ciclos[ \t]+de[ \t]+(?:fiv|fertilizacion))(?![\w-])",
            # a vaccination, a visit of someone
            r"(?<![\w-])(?:vacun\w{0,8}|vaccin\w{0,8}|immuniz\w{0,6}|inmuniz\w{0,6}|flu[ \t]+(?:clinic|shot|shots|jab)|(?:rolled|rolling|roll)[ \t]+up[ \t]+(?:[\w']+[ \t]+)?sleeves?|arremang\w{0,6}|(?:subio|subieron)[ \t]+la[ \t]+manga)(?![\w-])",
            # a milestone that implies care
            r"(?<![\w-])(?:naci(?:o|ste|eron)|born)(?![\w-])[^\n]{0,60}?(?<![\w-])(?:\d{2}[ \t]*(?:semanas|weeks|wks)|pesando|weighing|pesaba|weighed)(?![\w-])",
            r"(?<![\w-])(?:\d{2}[ \t]*(?:semanas|weeks)[ \t]+(?:de[ \t]+gestacion|gestation|early|antes)|preemie|prematur[oa]|nicu|ucin|micro-?preemie|\d(?:[.,]\d+)?[ \t]*(?:kg|lbs?|libras))(?![\w-])",
            r"(?<![\w-])(?:bedside(?![ \t]+manner)|junto[ \t]+a[ \t]+su[ \t]+cama|a[ \t]+su[ \t]+lado[ \t]+en[ \t]+(?:el[ \t]+)?hospital|hospice)(?![\w-])",
            r"(?<![\w-])(?:en[ \t]+(?:la|nuestra)[ \t]+unidad|(?:in|on)[ \t]+(?:the|our)[ \t]+unit|en[ \t]+dialisis|on[ \t]+dialysis)(?![\w-])",
            rf"#[\w]{{0,30}}?(?i:{_STEMS})",
            # a dressing, a cast, a chair of someone's (not a way in for everyone: "the wheelchair lift", as everyday_senses reads)
            rf"(?<![\w-])(?:wounds?|heridas?|bandages?|vendajes?|vendas?|stitches|puntadas|yeso|cast|crutches|muletas|wheelchair(?!{WAYS_IN})|silla[ \t]+de[ \t]+ruedas)(?![\w-])",
            r"(?<![\w-])(?:(?:llega|llego|vino|viene|regreso)[ \t]+por[ \t]+(?:primera|segunda|tercera|cuarta|quinta|\w{1,12})[ \t]+vez)(?![\w-])",
            r"(?<![\w-])(?:came|comes|coming)[ \t]+(?:in|back)[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?(?:second|third|fourth|fifth|\d+(?:nd|rd|th))[ \t]+time(?![\w-])",
            r"(?<![\w-])(?:en|in)[ \t]+(?:el|su|his|her|the)[ \t]+(?:ojo|ojos|oido|eye|eyes|ear)(?![\w-])",
            # a course of ours finished
            rf"(?<![\w-])(?:{_FINISHED})[ \t]+(?:(?:our|nuestro|nuestra|nuestros|nuestras|el|la|los|las|the)[ \t]+)(?:[\w'-]+[ \t]+){{0,4}}?(?:{_COURSE})(?![\w-])",
        )
    ),
    re.IGNORECASE,
)


_STAFF_TITLE = r"rn|np|pa|pa-c|cnm|rdh|rpsgt|lpn|lvn|cna|ma|cma|rma|md|do|dds|dmd|od|pt|dpt|ot|otr|slp|ccc-slp|lcsw|lmft|rd|ibclc|crna|fnp|aprn|dnp|pharmd"
_GENRE = lazyre.compile(
    "|".join(
        (
            rf",[ \t]*(?-i:(?:{_STAFF_TITLE.upper()}|PA-C|DNP|PharmD))(?![\w-])",
            r"(?<![\w-])(?:welcome|welcomes|welcoming|bienvenid[oa]s?|damos[ \t]+la[ \t]+bienvenida|meet[ \t]+our|conozcan?[ \t]+a|les[ \t]+presentamos|joins[ \t]+(?:us|our)|se[ \t]+une[ \t]+a)(?![\w-])",
            r"(?<![\w-])(?:work[ \t]+anniversary|years?[ \t]+(?:with[ \t]+us|on[ \t]+(?:our|the)[ \t]+team)|anos[ \t]+con[ \t]+nosotros|aniversario[ \t]+laboral|staff[ \t]+spotlight|employee[ \t]+of[ \t]+the[ \t]+month)(?![\w-])",
            r"(?<![\w-])(?:volunteers?|voluntari[oa]s?|sponsored|sponsors?|patrocin\w{0,6}|co-?hosted|hosted[ \t]+by|coordinated[ \t]+by|coordina|coordinad[oa][ \t]+por|organizad[oa][ \t]+por)(?![\w-])",
            r"(?<![\w-])(?:concejal[a]?|councilwoman|councilman|council[ \t]+member|alderman|alderwoman|assembly(?:wo)?man|assembly[ \t]?member|delegate|mayor|alcalde(?:sa)?|regidor[a]?|senator|senador[a]?|representative|state[ \t]+rep)(?![\w-])",
            r"(?<![\w-])(?:we[ \t]+(?:now[ \t]+)?accept|aceptamos|ya[ \t]+aceptamos)(?![\w-])",
        )
    ),
    re.IGNORECASE,
)


def names_no_patient(text: str) -> bool:
    """Whether `text` reads as a kind of post that names no patient: a staff member's welcome or spotlight, an event's
    volunteers, sponsors and coordinators, a council member, the insurance we accept (module docstring)."""
    return _GENRE.search(fold(text)) is not None


def care_tie(text: str) -> bool:
    """Whether `text` (a post's body, alt text or title) ties anyone in it to care or to our clinic anywhere in it."""
    if care_in(text) or own_care(text, 0, len(text)) or diagnosis_in(text, 0, len(text)) or guessed(text, list(sentence_bounds(text))):
        return True
    folded = fold(text)
    return _TIE.search(folded) is not None or _NEAR.search(folded) is not None


def shape_tie(text: str) -> bool:
    """Whether `text` holds a shape of our dealings with someone (a reminder, a testimonial, lost and found, a ride of ours)."""
    return _TIE.search(fold(text)) is not None


_REACH = 400  # characters either side of a name: a run-on "sentence" keeps each name's reading bounded
# A sentence that goes on about someone: a pronoun of a person, in English or Spanish ("la", "lo" and "el" are articles
# too), or a Spanish verb said to "tú", which needs no pronoun ("Naciste a las 29 semanas", "eres", "llegaste").
_REFERS = lazyre.compile(
    r"(?<![\w'’-])(?i:he|she|his|her|him|hers|they|them|their|you|your|yours|su|sus|le|les|él|ella|ellos|ellas|tú|tus|te|ti|usted|ustedes"
    r"|eres|estás|tienes|vas|puedes|(?!(?:ex|ins|cons|res|pers|tr|ch|as|v)iste(?![\w'’-]))\w{1,12}(?:aste|iste)"
    # what was seen, judged ("That looks like a mini-stroke", "Eso tiene toda la pinta de ..."); and (_DID) a Spanish verb
    # of what he or she did, the subject left out ("Nos platicó que se vacunó")
    r"|(?:that|eso|esto)[ \t]+(?:looks|sounds|seems|is|was|could|might|tiene|parece|suena|es|fue|huele)"
    # the family named before, counted: "Three brothers, three tetanus shots", "Los tres hermanos ..." (round 158)
    r"|(?:both|two|three|four|five|all[ \t]+(?:two|three|four|five)|ambos|ambas|(?:los|las)[ \t]+(?:dos|tres|cuatro|cinco))[ \t]+"
    r"(?:brothers|sisters|siblings|twins|triplets|cousins|hermanos|hermanas|hermanitos|hermanitas|primos|primas|gemelos|gemelas|cuates))(?![\w'’-])"  # kin, not "two kids"
)
_DID = lazyre.compile(r"(?<![\w'’-])\w{2,14}ó(?![\w'’-])")  # read in the author's own text: folding takes the accent away
_WORDS = lazyre.compile(r"[^\W_]+")
_SAID_BEFORE = lazyre.compile(r"([^\W\d_]{4,})[ \t]+$")  # the word just before a name: a title or a role, said again later
_SIGNS = lazyre.compile(r"\W{0,8}?[—–~-]")  # "— Migdalia R., paciente desde 2024": the sentence signs the quote before it
# A call to the one the sentence before spoke of: "Get well, <Name>!", "¡Ánimo, <Name>! 💪" (a comma, the name, the end).
# Spoken to: a comma before the name, or a hail or a cheer right before it with none ("Congrats Maria! 100 days sober",
# "¡Felicidades Toño! 1 año limpio", "Kudos Maria!"; round 61: the comma is often left out). A town hailed is no one
# ("Welcome Madison! Our urgent care ...", "Thank you Texas!").
_CALLED = lazyre.compile(r",[ \t]*$")
HAIL = alternation(sorted({*WORDS["greetings"], *NAMES["cheers"], *NAMES["congratulations"]}))  # place_surnames.py reads it too
_HAILED = lazyre.compile(rf"(?<![\w-])(?i:{HAIL})[ \t]*[\"“]?$")  # a nickname in quotes too: 'proud of "<Nickname>"'
_HAIL_OPENS = lazyre.compile(rf"(?i:{HAIL})[ \t]+")  # a name read with its hail: "Kudos Maria", "Enhorabuena Lucía"
# A birthday wish to the one named, ending its sentence: it speaks to them as a call does ("¡Feliz cumpleaños número 5 a
# nuestra valiente <Name>!"), so the sentence after it is theirs, its subject often left out in Spanish ("Hace un año venía ...").
_WISHED = lazyre.compile(r"(?<![\w-])(?i:birthday|bday|b-day|cumple|cumpleanos|cumpleaños|cumpleañitos|cumpleanitos)(?![\w-])[^.!?\n]{0,40}$")
_OURS_NEXT = lazyre.compile(r"[!.]+[ \t]*(?i:our|we|we['’]re|nuestr[oa]s?|estamos|abrimos)(?![\w'’-])")
# ... what ends a call after the name: nothing but marks, or where they are from ("So proud of <Name> from the county plow
# crew!", "¡Felicidades a <Name> de la cuadrilla!"): the sentence after a call is still theirs (round 98)
# (a few words of where, no clause of what they did: "Big thanks to <Name> of the Lions for coordinating" is a thanks)
_CALL_ENDS = lazyre.compile(r"\W*|[\"”’']?[ \t]+(?i:from|of|at|de|del)(?:[ \t]+(?!(?i:for|por|para|on|with|con|who|que|and|y)(?![\w'’-]))[\w'’.&-]+){1,8}[!?.\W]*")


# A talk to come: what someone will teach or talk about is a topic for everyone, not their care ("Ms. <Name>, our school
# district's nurse, will walk families through spacers", "la Dra. <Name> hablará sobre la diabetes"). Only what is to
# come (will, 'll, going to, here to; a Spanish future), and not a topic of their own ("will talk about her own stroke").
_TAUGHT = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:will|'ll|’ll|is[ \t]+going[ \t]+to|are[ \t]+going[ \t]+to|here[ \t]+to|va[ \t]+a|van[ \t]+a)[ \t]+"
    r"(?i:walk[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+through|talk|speak|present|explain|teach|lead|answer[ \t]+questions|give[ \t]+a[ \t]+talk|demonstrate|share[ \t]+tips"
    r"|hablar|explicar|platicar|ensenar|enseñar|dar[ \t]+una[ \t]+pl[aá]tica)"
    r"|(?i:hablar[aá]n?|explicar[aá]n?|platicar[aá]n?|ense[nñ]ar[aá]n?|dar[aá]n?[ \t]+una[ \t]+pl[aá]tica|resolver[aá]n?[ \t]+dudas)"
    # a class on the day's program, in the present ("our own Dr. <Name> is teaching backcountry wound care"; round 157)
    r"|(?i:is|are)[ \t]+(?i:teaching|leading|presenting|demonstrating)"
    # or a service we will be giving, free, to all ("<Member> va a estar dando pruebas de glucosa gratis"; _FREE)
    r"|(?P<offer>(?i:va[ \t]+a[ \t]+estar|van[ \t]+a[ \t]+estar|estar[aá]n?|will[ \t]+be|is|are)[ \t]+(?i:haciendo|dando|ofreciendo|doing|giving|offering)))"
    r"(?:[ \t]+(?i:about|on|with|to|sobre|de|del|acerca[ \t]+de|a|con))?(?P<topic>[^,;:.!?()—–\n]{1,120})"
)
_FREE = lazyre.compile(r"(?<![\w'’-])(?i:free|gratis|gratuit[oa]s?|sin[ \t]+costo|at[ \t]+no[ \t]+cost)(?![\w'’-])")
_OWN_TOPIC = lazyre.compile(r"(?<![\w'’-])(?i:his|her|their|my|su[ \t]+propi[oa]|sus[ \t]+propi[oa]s|own|propio|propia)(?![\w'’-])")


# A sponsor named by its kind of care ("patrocinan <Big> <Elk> Urgent Care", "sponsored by <Name> Pharmacy"): a business
# that pays for the event, no one's care; the capitals make it a name, so "sponsored by the urgent care" stays care.
_SPONSOR = lazyre.compile(
    r"(?<![\w'’-])(?i:sponsored[ \t]+by|presented[ \t]+by|courtesy[ \t]+of|patrocinad[oa]s?[ \t]+por|patrocinan?|con[ \t]+el[ \t]+apoyo[ \t]+de)[ \t]+"
    r"(?P<org>(?:[A-Z][\w'’&.-]*[ \t]+){1,4}?(?:Urgent[ \t]+Care|Hospital|Clinic|Pharmacy|Medical[ \t]+Center|Health[ \t]+System|Walk-In[ \t]+Clinic))(?![\w'’-])"
)


def _unsponsored(text: str) -> str:
    """`text` with the names of sponsors of care's kinds blanked, same length (see _SPONSOR)."""
    return _SPONSOR.sub(lambda m: blank_group(m, "org"), text)


def _untaught(text: str) -> str:
    """`text` with the topics of talks to come, and of credentials earned, blanked, same length (see _TAUGHT, _CREDENTIAL)."""
    text = _CREDENTIAL.sub(lambda m: blank_group(m, "topic" if m.group("topic") is not None else "after"), text)
    return _TAUGHT.sub(lambda m: m.group(0) if _OWN_TOPIC.search(m.group("topic")) or m.group("offer") and not _FREE.search(m.group("topic")) else blank_group(m, "topic"), text)


# What a credential is in, someone's training and no one's care (round 143: "she's finished a dry needling certification"):
# "a <topic> certification", "certified in <topic>", "una certificación en <topic>", "el curso de <topic>"
_CREDENTIAL = lazyre.compile(
    r"(?<![\w'’-])(?i:a|an|her|his|the|their|new)[ \t]+(?P<topic>(?:[\w'’-]+[ \t]+){1,3}?)(?=(?i:certification|certificate|credential|course|training|fellowship)(?![\w-]))"
    r"|(?<![\w'’-])(?i:certified|certification|certificate|certificaci[oó]n|certificad[oa]|curso|diplomado)[ \t]+(?i:in|on|en|de)[ \t]+(?P<after>(?:[\w'’-]+[ \t]*){1,3})"
)


class Ties:
    """What ties the people named in one post's text to care, read once per text and asked once per name.

    A shape of _TIE (a reminder, a testimonial, lost and found, a ride of ours) or a guess at someone's health ties
    everyone in the text. A word of care, or care told without one (_NEAR: a vaccination, a wound, a milestone), ties only the people of the sentences it is in: a name's own sentence, the
    next ones while they go on about someone (a pronoun, a verb whose subject is left out, the name or its title again,
    "that" judging what was seen: "<Surname> family ... Su hija espera gemelos"), and the ones either side when the name's sentence calls out to them ("Get well, <Name>!") or
    signs a quote. So a screening offered at a fair ("Presión y glucosa GRATIS.") does not tie its coordinator named
    in another sentence ("Coordina <Name>, 555-0135."), nor a marathon a doctor runs her knee taped in the next.
    """

    def __init__(self, text: str, show: Callable[[int, int], str] | None = None) -> None:
        self.text = text
        self.show = show  # the author's own words behind text[start:end], when `text` is folded
        self.bounds = sentence_bounds(text)
        self.folded = fold(text)  # one character for one: offsets hold
        # An event named by its topic ("our Kidney Walk") and a story its teller has told in public before ("as she has on
        # two talk shows": public_story.set_aside) are no care of ours; both blank the same length, so offsets hold.
        self.topics = _unsponsored(_untaught(blank_events(set_aside(text))))  # and the topic of a talk to come ("will explain asthma plans")
        self.topics_folded = fold(self.topics)
        self.everywhere = _TIE.search(self.folded) is not None or guessed(text, list(self.bounds)) is not None
        self._read: dict[tuple[int, int], bool] = {}

    def near(self, start: int, end: int) -> bool:
        """Whether the sentences that speak of the person at text[start:end] tell of care (class docstring)."""
        if self.everywhere:
            return True
        lo, hi = self._sentences(start, end)
        named = as_names(self.topics, ((start, end),))
        if named != self.topics:  # "Doña Dolores", "<Given> Whitlow": a name that is also a word of care tells none (care_names.py)
            return self._cares(named, fold(named), lo, hi)
        if (lo, hi) not in self._read:
            self._read[lo, hi] = self._cares(self.topics, self.topics_folded, lo, hi)
        return self._read[lo, hi]

    @staticmethod
    def _cares(text: str, folded: str, lo: int, hi: int) -> bool:
        return _NEAR.search(folded, lo, hi) is not None or care_in(text, lo, hi) or own_care(text, lo, hi) or diagnosis_in(text, lo, hi)

    def _sentences(self, start: int, end: int) -> tuple[int, int]:
        text, bounds = self.text, self.bounds
        last = len(bounds) - 1
        index = max(bisect_right(bounds, start) - 1, 0)
        lo, hi = bounds[index], bounds[min(index + 1, last)]
        named, state = text[start:end], is_state(text[start:end].lower())
        # a state no one is named ("Thank you Texas!", not "Congrats Georgia!"), or a town the next sentence is ours after
        town = state and not is_first_name(named) or (state or is_city(named)) and _OURS_NEXT.match(text, end, len(text)) is not None
        hailed = (
            _HAILED.search(text, max(lo, start - 32), start) is not None or _HAIL_OPENS.match(text, start, end) is not None or _WISHED.search(text, max(lo, start - 56), start) is not None
        ) and not town  # "Welcome Madison! Our urgent care ...": the town
        called = (_CALLED.search(text, max(lo, start - 4), start) is not None or hailed) and _CALL_ENDS.fullmatch(text, end, hi) is not None
        said = _SAID_BEFORE.search(text, max(lo, start - 30), start)  # "al alcalde <Name> ... El alcalde se vacunó"
        name = {word for word in _WORDS.findall((text[start:end] + (" " + said.group(1) if said else "")).lower()) if len(word) > 2}
        if called and index + 1 < last:  # a call speaks to them: the sentence after it is theirs ("Welcome back, <Name>! Cast off.")
            hi = bounds[index + 2]
        after = index + 2 if called else index + 1
        while after < last and after <= index + 2:  # at most the two next sentences
            chunk = text[bounds[after] : min(bounds[after + 1], bounds[after] + _REACH)]
            raw = self.show(bounds[after], bounds[after] + len(chunk)) if self.show else chunk
            if not (_REFERS.search(chunk) or _DID.search(raw) or not name.isdisjoint(_WORDS.findall(chunk.lower()))):  # whole words: "Ana" is not in "banana"
                break
            hi = bounds[after + 1]
            after += 1
        if index > 0 and (called or _SIGNS.match(text, lo)):
            lo = bounds[index - 1]
        return max(lo, start - _REACH), min(hi, end + _REACH)
