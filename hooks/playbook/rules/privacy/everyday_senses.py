"""Everyday senses of words that also name care or money, in a reply (PHI001, PHI002).

Kind replies use words whose other sense is insurance, a bill or a visit, and mean nothing of the reader's care:
Spanish "seguro" as "surely" or "safe" ("seguro les alegra la semana", "de seguro", "¡seguro que sí!", "tenga por
seguro", "un lugar seguro", "nos sentimos seguros"), "cuenta" in "darse cuenta", "tomar en cuenta", "cuente con
nosotros", "lo que cuenta", "receta" as a recipe ("la receta del éxito", "nuestra receta secreta", "la receta de
tamales"), "cita" as a quote ("como dice la cita", "una cita famosa"), "consulta" as a question ("ante cualquier
consulta"), "pago" as thanks ("el mejor pago", "nos pagó con una sonrisa"), "crédito" as praise ("el crédito es
de todo el equipo"), "operaciones" and "a cargo de" as our work ("gerente de operaciones", "a cargo de la
recepción"), and English "we've got you covered", "in charge of", "work-life balance", "premium service",
"credit goes to", "our operations manager", or "Bill" a colleague's name; and "treated" as hospitality, "we treated the
crossing guard to breakfast" (PHI011: no care, TREATED_TO); and "labor" as work ("every labor camp", "farm labor"), no
birth, and "shot" of a sport, a camera or a try ("shot put", "a jump shot", "give it a shot"), no vaccine
(care.care_in asks other_sense).

Each sense is read by its neighbours, never by the word alone: insurance keeps its determiner or its kind ("su
seguro", "el seguro médico", "sin seguro", "tarjeta de seguro", "de seguro médico"), a bill its owner ("your
balance", "su cuenta tiene un saldo"), a visit its "su"/"your" ("su cita", "sus consultas"). Those stay refused.
The spans found here are left out by clinical_detail.clinical_terms, by passed_on's look for records near a
passing-on of the review, and by stance's visit words. One scan per pattern: linear.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist

# "treated <someone> to lunch": a treat, not a treatment (care.py's care here, group_roles.py, done_to.py).
TREATED_TO = lazyre.compile(
    r"(?i:treated)[ \t]+(?:(?!(?i:for|of|with|after|por|con)(?![\w'’-]))[\w'’.-]+[ \t]+){0,8}?(?i:to)[ \t]+(?:(?i:a|an|some|our|free)[ \t]+)?"
    r"(?i:lunch|breakfast|brunch|dinner|coffee|pizza|cakes?|cupcakes|donuts|ice[ \t]+cream|tacos|snacks|treats|meal|party|dessert|cookies)(?![\w-])"
)
# A colleague's years with us, not a patient's: "nuestro enfermero <Name> ... lleva 6 años con nosotros" (care.py's care
# here; a staff member's tenure read as care with us was left by rounds 57, 58 and 60). One of ours by a role with
# "our" before the span, nothing reported between ("dice que", "says"), and no one else titled there ("Don", "Sra.").
_STAFF = alternation((*wordlist("privacy-stance")["staff"], "gerente", "manager", "coordinadora", "coordinador", "office manager", "promotora", "promotor"))
_OUR_STAFF = lazyre.compile(rf"(?<![\w-])(?i:nuestr[oa]s?|our)[ \t]+(?:[\w'’-]+[ \t]+)??(?i:{_STAFF})(?![\w'’-])")
# Her years told by their verb, the member its subject ("lleva", "cumple", "ya son", "she's been", "he has been"):
# the staff tenure below reads its Spanish verbs, milestones.py it opening a line, staff_posts.py after a member's name.
_TENURE_ES = r"(?i:lleva|llevan|cumple|cumplen|cumpli[oó]|celebra|celebran|va[ \t]+para|ya[ \t]+son)"
TENURE_VERB = rf"(?:{_TENURE_ES}|(?i:she|he)(?:['’]s|[ \t]+has)[ \t]+(?i:been))"
# A member's career told as a tally of her work, to its clause's end: "she has given more shots than the rest of us",
# "he has drawn thousands of labs", "ha puesto más vacunas que nadie" (round 149): her job, no one's care (staff_posts.py).
CAREER_TALLY = lazyre.compile(
    r"(?<![\w-])(?:(?i:she|he)(?:['’](?i:s)|[ \t]+(?i:has))|(?:(?i:ella|él)[ \t]+)?(?i:ha))[ \t]+(?:(?i:probably|easily|literally|seguramente)[ \t]+)?"
    r"(?i:given|drawn|done|taken|stitched|delivered|placed|pulled|cleaned|seen|checked|puesto|aplicado|tomado|hecho|atendido|sacado|revisado)[ \t]+"
    r"(?i:more|thousands[ \t]+of|hundreds[ \t]+of|countless|over[ \t]+[\d,]+|m[aá]s|miles[ \t]+de|cientos[ \t]+de|[\d,]{3,})(?![\w-])[^,.;!?\n]{0,60}"
)
# The span, after a verb of years or none ("lleva 6 años", "nuestra recepcionista <Name>! 15 años con nosotros", round 103)
_YEARS = lazyre.compile(
    rf"(?:(?<![\w-]){_TENURE_ES}[ \t]+(?:(?i:ya|casi|m[aá]s[ \t]+de)[ \t]+)?|(?<![\w-]))"
    r"(?:\d{1,2}|(?i:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte))[ \t]+(?i:a[nñ]os)[ \t]+$"
)
# Only the member's own name stands between, a word of her job before it and her cheer after it: "nuestra higienista dental
# <Name>! 🎉 Ya son 9 años", "nuestra promotora <Given> <Surname>! <Given> lleva 6 años" (not "nuestra doctora felicita a
# <Name>, lleva 10 años": his years).
# Her job's complement may come first ("nuestra técnica de ultrasonido 🎉 Ya son 11 años", round 98).
_OWN_NAME = lazyre.compile(r"(?:[ \t]+[a-zá-ú]+)?(?:[ \t]+(?i:de|del|en|of)[ \t]+[a-zá-ú]+)?(?:[!¡,]?[ \t]+(?:[A-Z][\w'’-]*|de|del|la|los|las)){0,5}[^\w]*$")
_BETWEEN = lazyre.compile(r"(?<![\w-])(?i:que|dice|dijo|says|said|don|do[nñ]a|sr|sra|srta|se[nñ]or|se[nñ]ora|paciente|patient)(?![\w-])")


def staff_tenure(text: str, at: int) -> bool:
    """Whether the "con nosotros" at `at` closes a span of years said of one of ours named just before."""
    years = _YEARS.search(text, max(0, at - 40), at)
    if years is None:
        return False
    ours = None
    for ours in _OUR_STAFF.finditer(text, max(0, years.start() - 160), years.start()):
        pass  # the last one of ours before the span
    if ours is None or _BETWEEN.search(text, ours.end(), years.start()) is not None:
        return False
    return _OWN_NAME.match(text, ours.end(), years.start()) is not None or _her_clause(text[ours.end() : years.start()])


_PLACE_BEFORE = frozenset(("en", "de", "in", "from"))
_ORIGIN = frozenset(("nacio", "nació", "nacida", "nacido", "crecio", "creció", "es", "vive", "viene", "llego", "llegó", "originaria", "originario", "born", "grew", "from", "is"))
_OBJECT_MARKS = frozenset(("a", "al", "le", "les", "lo", "la", "los", "las", "to", "for", "him", "her"))


def _her_clause(segment: str) -> bool:
    """A clause about her between her role and her years, where she was born or grew up ("nuestra higienista creció en
    Mayagüez, Puerto Rico, y cumple 9 años"): her name first, then lower-case words, capitals only as a place after "en", "de",
    "in", "from" (and its further words and comma'd parts: "Mayagüez, Puerto Rico"); never "a <Name>", someone else."""
    words = segment.replace(",", " , ").split()
    lows = [w.lower() for w in words if w.islower()]
    if len(words) > 16 or not lows or lows[0] not in _ORIGIN or any(w in _OBJECT_MARKS for w in lows):
        return False  # "nació en ...", not "opera a la cartera de ...", "le cambió el vendaje a ..."
    place = False
    for index, word in enumerate(words):
        if word == "," or word.islower():
            place = place and word == ","
            continue
        before = words[index - 1].lower() if index else ""
        if not word[0].isupper() or not (index < 3 and all(w[0].isupper() for w in words[:index]) or before in _PLACE_BEFORE or place):
            return False
        place = True  # "Mayagüez", then "Puerto Rico" after its comma
    return True


_SEGURO = r"(?i:segur[oa]s?)"
# "seguro" after one of these is a noun with its owner or article: insurance ("su seguro", "el seguro", "sin seguro").
_OWNED = lazyre.compile(
    r"(?<![\w'’-])(?i:su|sus|tu|tus|mi|mis|el|los|del|al|un|unos|nuestro|nuestros|este|ese|estos|esos|ningun|ning[uú]n|cualquier|otro|sin|con|of|your|the"
    r"|tiene|tienen|tenga|tengan|tener|ten[ií]a|ten[ií]an|tenemos|tengo|tuvo|acepta|aceptan|aceptamos|usa|usan|traiga|traigan|traer|cambi[oó]|perdi[oó]|sac[oó])[ \t]+$"
)
# ... or one of these after it: its kind ("seguro médico", "seguro de salud", "seguro dental").
_KIND = lazyre.compile(
    r"[ \t]+(?i:m[eé]dicos?|de[ \t]+(?:salud|gastos|vida|auto|desempleo|viaje)|dental(?:es)?|social|popular|privados?|p[uú]blicos?|del[ \t]+estado|de[ \t]+la[ \t]+empresa"
    r"|cubr\w*|paga\w*|pag[oó]|aprob\w*|neg[oó]|rechaz\w*|autoriz\w*)(?![\w-])"
)
# "seguro" as "surely" or "sure": before "que", a clitic or a verb, after "de" opening a clause, or said alone.
_SURELY = lazyre.compile(
    rf"(?<![\w'’-])(?:(?i:de|tenga[ \t]+por|tengan[ \t]+por|ten[ \t]+por|d[eé][ \t]+por|a[ \t]+lo)[ \t]+)?(?P<w>{_SEGURO})"
    r"(?=[ \t]*,?[ \t]*(?:(?i:que|le|les|lo|la|los|las|se|nos|me|te|va|van|vamos|voy|vas|est[aá]|est[aá]n|estar[aá]n?|ser[aá]n?|s[ií]|ya|todos|todas|ella|[eé]l|ellos|ellas"
    r"|usted|ustedes|tambi[eé]n|fue|fueron|hay|habr[aá]|tendr[aá]n?|queda|quedan|quedar[aá]n?)(?![\w-])))"
    # said alone, opening its sentence or clause: "¡Seguro!", "Seguro, con gusto"
    rf"|(?:^|(?<=[¡¿.!?,;:\n])|(?<=[¡¿.!?,;:\n][ \t]))(?P<alone>{_SEGURO})(?=[ \t]*[!.,;:])"
)
# "seguro" as "safe": after a place or a feeling ("un lugar seguro", "en manos seguras", "se sienten seguros").
_SAFE = lazyre.compile(
    r"(?<![\w'’-])(?i:lugar|lugares|espacio|espacios|ambiente|entorno|sitio|hogar|refugio|manos|paso|camino|casa|muy|m[aá]s|tan|bien|siente|sienten|sentimos|sentir|sentirse"
    r"|sientan|sienta|sent[ií]a|estamos|estoy|est[aá]|est[aá]n|sea|sean|son|somos)[ \t]+(?:(?i:muy|m[aá]s|tan|bien|super|s[uú]per)[ \t]+)?(?P<w>" + _SEGURO + r")(?![\w-])"
)
# "cuenta" as noticing, heeding, counting on or what matters; "su cuenta", "estado de cuenta" stay a bill.
_CUENTA = lazyre.compile(
    r"(?<![\w'’-])(?i:(?:dar|darse|darnos|darme|dimos|dio|dieron|damos|dan|da|doy|di|daremos|dar[aá]n?|darnos)[ \t]+cuenta"
    r"|(?:tomar|tomamos|tomaremos|tomaremos|tomo|tom[oó]|tenemos|tendremos|tener|tengo|toma|toman|tomando|tomado)[ \t]+(?:muy[ \t]+|mucho[ \t]+)?(?:en[ \t]+)?cuenta"
    r"|(?:muy|mucho)[ \t]+en[ \t]+cuenta|a[ \t]+fin[ \t]+de[ \t]+cuentas|al[ \t]+final[ \t]+de[ \t]+cuentas|lo[ \t]+que[ \t]+(?:m[aá]s[ \t]+)?cuenta"
    r"|cuente[ \t]+con|cuenta[ \t]+con[ \t]+nosotros|cuentan[ \t]+con[ \t]+nosotros|cuentas[ \t]+con[ \t]+nosotros|(?:nos|le|te|les)[ \t]+cuenta[ \t]+(?:mucho|c[oó]mo|que))(?![\w-])"
)
# "receta" as a recipe: of success, a secret one, of a dish.
_DISHES = (
    r"(?i:tamales|pozole|galletas|pan|pastel|flan|mole|salsa|arroz|enchiladas|sopa|caf[eé]|champurrado|empanadas|pupusas|bu[nñ]uelos|tortillas|frijoles"
    r"|arepas|tres[ \t]+leches|postre|cocina|la[ \t]+abuela|mi[ \t]+abuela|mi[ \t]+mam[aá]|la[ \t]+casa|familia)"
)
_RECETA = lazyre.compile(
    r"(?<![\w'’-])(?i:recetas?)[ \t]+(?:(?i:secretas?|m[aá]gicas?|perfectas?|ganadoras?|infalibles?|favoritas?|familiar(?:es)?)(?![\w-])"
    r"|(?i:del|para[ \t]+el|de[ \t]+la|de[ \t]+un|de[ \t]+una)[ \t]+(?i:[eé]xito|felicidad|buen[ \t]+servicio|buena[ \t]+atenci[oó]n|alegr[ií]a|amor|cari[nñ]o)(?![\w-])"
    rf"|(?i:de|del)[ \t]+{_DISHES}(?![\w-]))"
    r"|(?<![\w'’-])(?i:recipe|prescription|formula)[ \t]+(?i:for)[ \t]+(?i:success|a[ \t]+great[ \t]+day|happiness|kindness|joy)(?![\w-])"
)
# "cita" as a quote, "consulta" as a question.
_QUOTE = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:dice|dicen|reza|va)[ \t]+(?i:la|una|esa|aquella)[ \t]+(?i:cita|frase)(?![\w-])"
    r"|(?i:citas?)[ \t]+(?i:famosas?|c[eé]lebres?|b[ií]blicas?|textual(?:es)?|inspiradoras?|motivacionales?|favoritas?|de[ \t]+la[ \t]+biblia|que[ \t]+dice)(?![\w-])"
    r"|(?i:cualquier|alguna|otra|cualquiera|m[aá]s)[ \t]+(?:(?i:duda|pregunta)[ \t]+(?i:o|y|u)[ \t]+)?(?i:consultas?)(?=[ \t]*(?:[,.!;:]|$|(?i:o|y|u|que|no|estamos|con|puede|sobre|escr\w+|ll[aá]m\w+)(?![\w-])))"
    r"|(?i:dudas?|preguntas?|comentarios?)[ \t]+(?i:o|y|u)[ \t]+(?i:consultas?)(?![\w-]))"
)
# "pago" and "crédito" as thanks and praise.
_THANKS = lazyre.compile(
    r"(?<![\w'’-])(?:(?:(?i:el|nuestro|un|su)[ \t]+)?(?i:mejor|gran)[ \t]+(?i:pago)(?=[ \t]+(?i:que|para|de[ \t]+todos|del[ \t]+mundo)(?![\w-])|[ \t]*[.!,])"
    r"|(?i:pag[oó]|pagan|paga|pagaron|pagar|pagamos)[ \t]+(?i:con)[ \t]+(?:(?i:una|un|sus|su|tanto|mucho)[ \t]+)?(?i:sonrisas?|abrazos?|cari[nñ]o|palabras|gratitud|amor|creces)(?![\w-])"
    r"|(?i:el|todo[ \t]+el|mucho|gran|buena[ \t]+parte[ \t]+del)[ \t]+(?i:cr[eé]dito)[ \t]+(?i:es|va|fue|se[ \t]+lo[ \t]+lleva|se[ \t]+la[ \t]+lleva|para|de|se[ \t]+lo[ \t]+merece)(?![\w-])"
    r"|(?i:dar(?:le|les)?|damos|dimos|le[ \t]+dimos|les[ \t]+dimos|le[ \t]+damos|darle)[ \t]+(?i:el|todo[ \t]+el|su)?[ \t]*(?i:cr[eé]dito)[ \t]+(?i:a|al)(?![\w-])"
    r"|(?i:the|all[ \t]+the|full|extra|so[ \t]+much|much|some|a[ \t]+lot[ \t]+of|big|huge)[ \t]+(?i:credit)[ \t]+(?i:goes|belongs|to|for|too|as[ \t]+well)(?![\w-])"
    r"|(?i:give|gives|gave|giving|deserve|deserves|deserved|take|takes|took)[ \t]+(?:(?i:all|some|a[ \t]+lot[ \t]+of|so[ \t]+much|extra|full)[ \t]+)?(?:(?i:the)[ \t]+)?(?i:credit)(?![\w-])"
    r"|(?i:a)[ \t]+(?i:credit)[ \t]+(?i:to)[ \t]+(?i:the|our|her|his|their|this)(?![\w-]))"
    # ... never a credit to an account or of a sum: "the credit goes to your account", "el crédito es de $50", "a su cuenta"
    r"(?![ \t]*(?:(?i:to|on|for|in|into|a|al|de|es[ \t]+de|goes[ \t]+to|va[ \t]+a)[ \t]+)?(?:[$\d]|(?i:your|su|sus|tu|the[ \t]+account|la[ \t]+cuenta|account|cuenta)(?![\w-])))"
)
# Our work and the one who leads it: "in charge of", "gerente de operaciones", "a cargo de la recepción".
_OUR_WORK = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:in)[ \t]+(?i:charge)|(?i:take|takes|took|taking|taken)[ \t]+(?i:charge)|(?i:charge)[ \t]+(?i:nurses?)"
    r"|(?i:operations)[ \t]+(?i:manager|managers|team|director|coordinator|lead|staff|department|supervisor|assistant)"
    r"|(?i:daily|day-to-day|day[ \t]+to[ \t]+day|clinic|office|front[ \t-]desk|business|smooth)[ \t]+(?i:operations)"
    r"|(?i:gerente|jef[ae]|coordinador[a]?|director[a]?|encargad[oa]|supervisor[a]?|asistente|[aá]rea|equipo)[ \t]+(?i:de)[ \t]+(?i:operaciones)"
    r"|(?i:la|las|nuestra|nuestras)[ \t]+(?i:operaci[oó]n|operaciones)[ \t]+(?i:diarias?|de[ \t]+(?:la|cada|todos|nuestra|nuestro)[ \t]+(?i:d[ií]as?|cl[ií]nica|oficina|consultorio))"
    r"|(?i:a|est[aá][ \t]+a|estar[aá][ \t]+a|qued[oó][ \t]+a)[ \t]+(?i:cargo)(?=[ \t]+(?i:de|del)(?![\w-]))|(?i:hacerse|hace|hizo|hicieron|hacen|hacemos|se[ \t]+hace|se[ \t]+hizo)[ \t]+(?i:cargo)"
    r"|(?i:cover|covers|covered|covering)[ \t]+(?i:for)[ \t]+(?i:each[ \t]+other|one[ \t]+another|her|him|them|us|me)"
    r"|(?i:cubr\w+)[ \t]+(?i:el|los|su|sus|un)[ \t]+(?i:turnos?|guardias?|horarios?)"
    r"|(?i:we|we['’]ve|we['’]ll|we[ \t]+will|our[ \t]+team|the[ \t]+team|our[ \t]+staff|our[ \t]+crew)[ \t]+(?:(?i:always|still|totally|definitely|got)[ \t]+)?"
    r"(?i:got|get|have|has|['’]ve[ \t]+got|have[ \t]+got)[ \t]+(?i:you|ya|u|y['’]all|you[ \t]+all|everyone|everybody)[ \t]+(?i:covered)"
    r")(?![\w-])"
)
# "work-life balance", "a balance between", "the perfect balance of": a balance of anything but money.
_BALANCE = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:work[ \t-]+life|life|perfect|right|good|great|healthy|nice|fine|delicate|beautiful|lovely|happy|sweet|buen|perfecto|justo)[ \t-]+(?i:balance)"
    r"|(?i:balance)[ \t]+(?i:perfecto|justo|ideal)|(?i:strike|striking|struck|find|found|keep|keeping)[ \t]+(?i:a|the|that)[ \t]+(?i:balance)"
    r"|(?i:a|an|un|el|the)[ \t]+(?i:balance)[ \t]+(?i:between|entre)|(?i:balance)[ \t]+(?i:between|entre))(?![\w-])"
)
# "premium service", "atención premium".
_PREMIUM = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:premium)[ \t]+(?i:service|care|experience|quality|coffee|snacks|feel|vibes?|level|standard|hospitality|attention|customer[ \t]+service"
    r"|atenci[oó]n|servicio|calidad|trato)|(?i:servicio|atenci[oó]n|trato|calidad|experiencia)[ \t]+(?i:premium))(?![\w-])"
)
# "Bill" in capitals, after no article or owner: a colleague's name ("Bill at the front desk says hi").
_BILL = lazyre.compile(r"(?<![\w'’-])Bill(?![\w'’-])")
_BILL_OWNER = lazyre.compile(r"(?<![\w'’-])(?i:the|a|an|your|this|that|my|his|her|their|each|every|one|any|su|el|la|un|tu)[ \t]+$")  # "our Bill" is ours

_SIMPLE = (_CUENTA, _RECETA, _QUOTE, _THANKS, _OUR_WORK, _BALANCE, _PREMIUM)
_BEFORE = 24


@functools.lru_cache(maxsize=16)
def everyday_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping spans of words used in their everyday sense (see the module docstring)."""
    found = [m.span() for pattern in _SIMPLE for m in pattern.finditer(text)]
    for pattern in (_SURELY, _SAFE):
        for match in pattern.finditer(text):
            if pattern is _SURELY and match.group("alone"):
                found.append(match.span())
                continue
            start, end = match.span("w")
            owned = _OWNED.search(text, max(0, start - _BEFORE), start) is not None and match.start() == start
            if not owned and not _KIND.match(text, end) and not _after_noun(text, match):
                found.append(match.span())
    for match in _BILL.finditer(text):
        if not _BILL_OWNER.search(text, max(0, match.start() - _BEFORE), match.start()):
            found.append(match.span())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


# A noun right before "de seguro" makes it insurance's: "tarjeta de seguro", "compañía de seguro".
_NOUN_DE = lazyre.compile(r"(?<![\w'’-])(?i:tarjeta|compa[nñ][ií]a|p[oó]liza|plan|n[uú]mero|agente|carta|papeles|prueba|costo|pago|credencial|datos|informaci[oó]n|cobertura)[ \t]+$")


def _after_noun(text: str, match) -> bool:
    """A "de seguro" that follows an insurance noun: "la tarjeta de seguro"."""
    return match.group(0)[:3].lower() == "de " and _NOUN_DE.search(text, max(0, match.start() - _BEFORE), match.start()) is not None


def everyday(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a word used in its everyday sense."""
    spans = everyday_spans(text)
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


# "labor" as work, not a birth: a compound of work after it ("labor camp", "labor union", "Labor Day", "labor of love") or a
# kind of work before it ("farm labor", "day labor", "child labor"); round 49, from a staff post about one who drives to
# "every labor camp". A birth's labor ("her labor", "labor and delivery", "in labor") keeps its reading.
_LABOR_WORK_AFTER = lazyre.compile(
    r"[ \t]+(?i:camps?|unions?|day|force|rights|organi[sz]ers?|organi[sz]ing|movement|laws?|leaders?|market|department|dept|contractors?"
    r"|crews?|shortages?|council|federation|history|relations|board|of[ \t]+love)(?![\w-])"
)
_LABOR_WORK_BEFORE = lazyre.compile(r"(?<![\w-])(?i:farm|day|child|migrant|manual|organi[sz]ed|cheap|seasonal|forced)[ \t]+$")


# "shot" of a sport, a camera or a try, not a vaccine's: "won state in shot put", "a jump shot", "a group shot", "a mug shot",
# "give it a shot", "a long shot" ("a shot at the clinic" stays a shot); round 95, from a staff post whose member's daughter "won state en shot put".
_SHOT_OTHER_AFTER = lazyre.compile(r"(?:[ \t]+|-)?(?i:put|putter|putters|clock|glass|glasses)(?![\w-])")
_SHOT_OTHER_BEFORE = lazyre.compile(r"(?<![\w-])(?i:mug|big|long|jump|slap|trick|group|head|action|money|parting|chip|drop|bank|foul|three-point|3-point|game-winning|buzzer-beating|it[ \t]+a)[ \t]+$")

# "born" of where one grew up, not a birth: "<Town> born and raised", "born & bred" (round 111, a member's spotlight)
# ... or of a birthplace or a birth year, a life told ("born in <Town>", "born in 1987"; round 147), not "born here"
_NO_BIRTH = lazyre.compile(r"[ \t]+(?i:and|&|n['’]?)[ \t]+(?i:raised|bred)(?![\w-])|[ \t]+(?i:in|en)[ \t]+(?:(?!(?:Our|Nuestr)[\w]*(?![\w-]))[A-Z][\w'’-]+|(?:19|20)\d\d)")
# A building's or a van's way in for everyone ("the wheelchair lift", "a wheelchair ramp", "wheelchair-accessible"), no one's chair
WAYS_IN = r"[ \t-]+(?i:lifts?|ramps?|accessible|access|entrances?|vans?|parking|spots?|seating)(?![\w-])"  # care_tie reads them too
_WHEELCHAIR_ACCESS = lazyre.compile(WAYS_IN)


def other_sense(text: str, word: re.Match, start: int, end: int) -> bool:
    """Whether the care word found is "labor" said of work (see _LABOR_WORK_AFTER), "shot" of a sport, a photo or a
    try (_SHOT_OTHER_*), "born" of where one was raised or born (_NO_BIRTH), or "wheelchair" of a way in (_WHEELCHAIR_ACCESS), asked by care.care_in: then it is no word of care."""
    low = word.group(0).lower()
    if low == "wheelchair":
        return _WHEELCHAIR_ACCESS.match(text, word.end(), end) is not None
    if low == "born":
        return _NO_BIRTH.match(text, word.end(), end) is not None
    if low in ("shot", "shots"):
        return _SHOT_OTHER_AFTER.match(text, word.end(), end) is not None or _SHOT_OTHER_BEFORE.search(text, max(start, word.start() - 20), word.start()) is not None
    if low not in ("labor", "labour"):
        return False
    return _LABOR_WORK_AFTER.match(text, word.end(), end) is not None or _LABOR_WORK_BEFORE.search(text, max(start, word.start() - 12), word.start()) is not None
