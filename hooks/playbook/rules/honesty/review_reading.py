"""A text read for what it says about reviews: where it mentions them, asks for them, and names happy or unhappy people.

FTC004 (review_gating.py) judges what this reading finds. Everything is matched on `fold(text)`
(accents and curly quotes folded, one character for one), so offsets point into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ... import lazyre
from ...bilingual import fold, negated, pattern, phrases
from ...text import sentence_spans
from ...text import spans_starting as within  # review_gating reads spans by place under this name
from ...wordlists import wordlist
from .top_marks import low_marks, top_marks

_WORDS = wordlist("honesty")


def _words(key: str) -> str:
    return phrases(_WORDS[key])


def _bounded(alternatives: str) -> re.Pattern:
    return lazyre.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_NOUN = _bounded(_words("review_nouns"))
_FEEDBACK = _bounded(_words("feedback_nouns"))
_NOT_REVIEW = frozenset(fold(w).lower() for w in _WORDS["not_reviews"])
# "review your benefits": the word is a verb when an object follows it.
_VERB_OBJECT = lazyre.compile(r"\s+(?:your|the|our|this|these|those|any|all|with|it|them|how|what|whether|if|each|every|su|sus|tu|tus|el|la|los|las)\b", re.IGNORECASE)
# Stars as people write them: "5 stars", "cinco estrellitas" (the diminutive is as common as the word), "5⭐".
STAR_WORD = r"(?:stars?|estrell(?:a|ita)s?)"
STARS = lazyre.compile(rf"(?<![\w-])(?:[1-5]|one|two|three|four|five|un|una|uno|dos|tres|cuatro|cinco)[\s-]*{STAR_WORD}(?![\w-])|[⭐★](?:\s*[⭐★])*", re.IGNORECASE)
_SITE = pattern(_WORDS["review_sites"])
SOCIAL = pattern(_WORDS["social_sites"])
_ENDORSE = pattern(_WORDS["endorsements"])
_ACT = pattern(_WORDS["review_acts"])
_REVIEW_VERB = pattern(_WORDS["review_verbs"])
# A rating already named, asked to be posted where the public reads it: "would you share it on Google?", "posting that on
# Facebook", "¿lo compartiría en Google?", "compártalo en Facebook", "súbala a Google", "put that on Google", "déjala en Google".
_SHARE_IT = lazyre.compile(
    rf"(?<![\w-])(?:(?:{_words('review_acts')}|put|compartiria|compartirian|publicaria|publicarian)\s+(?:it|that|this|them|those|yours)"
    r"|(?:lo|la|los|las)\s+(?:(?:puede|pueden|podria|podrian|quiere|quisiera)\s+)?(?:compart|publi|sub)\w*|(?:compart|publi(?:c|qu)|sub|dej)\w*?(?:lo|la|los|las))"  # "déjala en Google": leave it there
    r"(?:\s+[\w']+){0,2}?\s+(?:on|in|to|en|a)\s+",
    re.IGNORECASE,
)
_EVERY = lazyre.compile(r"(?<![\w-])(?:every|each|per|cada)\s+$", re.IGNORECASE)
_REWARD_IDIOMS = pattern(_WORDS["reward_idioms"])
_PEOPLE = lazyre.compile(rf"\s+(?:{phrases(_WORDS['people_nouns'])})(?![\w-])", re.IGNORECASE)
_PEOPLE_BEFORE = lazyre.compile(rf"(?<![\w-])(?:{phrases(_WORDS['people_nouns'])})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_VISIT = phrases(_WORDS["visit_nouns"])
# "Had a smooth visit?", "¿una experiencia excelente?", "if your visit was great", "si su cita fue
# buenísima": an adjective makes a visit the condition, before or after it, with a linking verb between.
_LINKING = r"(?:\s+(?:was|were|went|has\s+been|is|fue|estuvo|ha\s+sido|resulto)(?:\s+(?:de|muy|super|really|so|truly))?)?"
# Care done well as the condition, said of us: "if we served you well", "if we looked after you kindly", "si la atendimos
# con cariño", "si te tratamos de maravilla" (the listed "treated you well" is one of these; a pattern reads the rest).
_SERVED_WELL = (
    r"(?:served|treated|cared\s+for|looked\s+after|took\s+(?:good\s+)?care\s+of|helped|welcomed)\s+you(?:\s+(?:all|both))?\s+"
    r"(?:well|right(?!\s+(?:away|now|there|here|after|before|back|then))|kindly|nicely|great|with\s+(?:care|kindness|respect|a\s+smile))"
    r"|(?:le|te|lo|la|los|las)\s+(?:atendimos|tratamos|cuidamos|servimos|recibimos)\s+(?:bien|muy\s+bien|con\s+(?:carino|amor|respeto|amabilidad|calidez)|de\s+maravilla)"
)
HAPPY = lazyre.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['happy'])}|{_SERVED_WELL}|(?:{phrases(_WORDS['good_adjectives'])})\s+(?:{_VISIT})"
    rf"|(?:{_VISIT})(?:\s+(?:with|con)\s+(?:us|nosotr[oa]s))?{_LINKING}\s+(?:{phrases(_WORDS['good_adjectives'])}))(?![\w-])",
    re.IGNORECASE,
)
# A top score as the condition: "if your visit was 5 stars", "si su experiencia fue de 5 estrellitas".
_TOP_STARS = lazyre.compile(
    rf"(?<![\w-])(?:[45]|four|five|cuatro|cinco)[\s-]*{STAR_WORD}(?![\w-])|(?:[⭐★]\s*){{4}}"
    r"|(?<![\w/-])(?:(?:5|five|cinco)\s*(?:out\s+of|de|/)\s*(?:5|five|cinco)|10\s*(?:out\s+of|de|/)\s*10)(?![\w/-])",  # "a 5 out of 5", "un 10 de 10"
    re.IGNORECASE,
)
_SCORED = lazyre.compile(
    r"(?<![\w-])(?:rat\w*|scor\w*|answer\w*|repl\w*|respon\w*|contest\w*|califi\w*|puntu\w*|give\s+us|gave\s+us|nos\s+(?:da|dan|dio|diste|dieron|pone|ponen|puso|pusieron))(?![\w-])", re.IGNORECASE
)
# The other branch of a score question, left without a number: "If lower, reply here", "if it's
# anything below that", "si es menor, responda aquí", "si nos da menos, llámenos".
_LOWER_BRANCH = (
    r"(?:if|when|si|cuando)\s+(?:(?:it'?s|it\s+is|it\s+was|your\s+(?:score|rating|answer)\s+is|you\s+(?:score|rate|give|gave)\s+(?:us\s+)?(?:a\s+)?"
    r"|es|fue|son|fueron|sea|sean|(?:la\s+|su\s+)?(?:calificacion|puntuacion|respuesta)\s+es|nos\s+(?:da|dan|dio|pone|ponen|califica|califican)(?:\s+con)?)\s+)?"
    r"(?:anything\s+|algo\s+)?(?:lower|less|below(?:\s+that)?|under\s+that|worse|menor|menos|mas\s+baj[oa]|peor)"
    # said as the imperative of the score's own branch: "rate us lower ->", "score us any lower", "califícanos más bajo"
    r"|(?:rate|score|give|mark)\s+us\s+(?:a\s+|any\s+|anything\s+)?(?:lower|less|below|worse)"
    r"|(?:calificanos|califiquenos|puntuanos|puntuenos|danos|denos|ponnos|ponganos)\s+(?:con\s+)?(?:algo\s+)?(?:menos|mas\s+baj[oa]|menor|peor)"
)
UNHAPPY = lazyre.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['unhappy'])}|(?:{phrases(_WORDS['bad_adjectives'])})\s+(?:{_VISIT})|(?:{_VISIT})\s+(?:{phrases(_WORDS['bad_adjectives'])})"
    r"|(?:below|under|less\s+than|fewer\s+than|lower\s+than|menos\s+de|debajo\s+de)\s+(?:a\s+)?\d+"  # "below 9?", "fewer than 5 stars?"
    rf"|{_LOWER_BRANCH}"
    r"|(?<![\d.,])[0-8]\s+(?:or|o)\s+(?:lower|less|below|under|worse|menos)"  # "8 or below", "3 o menos"
    r"|(?:not|no\s+(?:es|fue|sea))\s+(?:a|an|un|una)\s+(?:5|five|10|ten|cinco|diez))(?![\w-])",  # the top score denied: "if it's not a 5", "si no fue un 10"
    re.IGNORECASE,
)
# Unhappy with another practice, not with us: "unhappy with your current dentist? skip Yelp and call us", "¿no está contento
# con su dentista actual?" (an invitation to switch; round 60, left from round 59).
_PROVIDER = (
    r"(?:dentist|doctor|doc|physician|provider|clinic|practice|pediatrician|optometrist|eye[ \t]+doctor|dermatologist|orthodontist|"
    r"chiropractor|therapist|pharmacy|insurance|plan|dentista|doctora?|m[eé]dic[oa]|cl[ií]nica|consultorio|pediatra|proveedor|seguro|"
    r"aseguradora|ortodoncista|oculista|farmacia)"
)
_OURS_AFTER = r"(?![ \t]+(?:at|in|with|from|of|here|aqui|aca|en|de|con)(?:[ \t]+(?:our|us|nuestr[oa]s?|this|esta|este))?(?![\w-]))"  # not "... at our clinic", "... here"
_ELSEWHERE = lazyre.compile(
    rf"[ \t]+(?:(?:with|about)[ \t]+)?your[ \t]+(?:current|old|previous|present|former|other|usual)[ \t]+{_PROVIDER}(?![\w-]){_OURS_AFTER}"
    rf"|[ \t]+(?:con[ \t]+)?(?:su|tu)[ \t]+{_PROVIDER}[ \t]+(?:actual|anterior|de[ \t]+siempre|de[ \t]+ahora)(?![\w-]){_OURS_AFTER}",
    re.IGNORECASE,
)
# What an unhappy branch falls short of, said right after it: "anything less [than 5 stars]", "less than 5[⭐]", "algo menos
# [que excelente]", "menos de 5 [estrellas]". Read as part of the branch, the stars are its condition, not a site to post on.
_THRESHOLD_WORDS = r"[1-9]|10|four|five|ten|cuatro|cinco|diez|great|perfect|excellent|amazing|awesome|excelente|perfect[oa]|genial|increible"
_STARRED = rf"[ \t-]*{STAR_WORD}(?![\w-])|[ \t]*[⭐★](?:[ \t]*[⭐★])*"
_SHORT_OF = lazyre.compile(
    rf"(?:[ \t]+(?:than|que|de|of)(?=[ \t]))?(?:[ \t]+(?:a|an|un|una)(?=[ \t]))?[ \t]+(?:{_THRESHOLD_WORDS})(?![\w-])(?:{_STARRED})?|(?:{_STARRED})",
    re.IGNORECASE,
)
INCLUSIVE = pattern(_WORDS["inclusive"])
_THANKS = lazyre.compile(r"(?<![\w-])(?:thank(?:s|\s+you)?|gracias|(?:we\s+)?appreciate|agradec\w+)\s+(?:[\w']+\s+){0,2}?(?:for|por)\s", re.IGNORECASE)
# "If you loved it", "Happy with your visit?", "si quedó contento", "patients who seemed happy".
_CONDITION = lazyre.compile(r"(?<![\w-])(?:if|when|whenever|who|that|those|si|cuando|quienes|que)\b(?:\s+[\w']+){0,4}\s*$", re.IGNORECASE)
# A happy state or a top score given as the reason to ask ("now that you've rated us five stars, could you post that?",
# "como nos calificó con 5 estrellas, ¿lo publicaría?", "ya que quedó contento, ..."): a request made because of the rating is made of raters only.
_REASON = lazyre.compile(rf"(?:(?<![\w-])(?:{_words('reasons')})|(?:^|[.!?¡¿,;:]\s*)(?:{_words('reasons_opening')}))\b(?:\s+[\w']+){{0,5}}\s*$", re.IGNORECASE)
# A yes/no question about the visit: "Did your visit feel like five stars?", "Was it 5 stars?", "¿Fue de 5 estrellas?".
# Joy at reading the review said right after the happy word: "feliz de leerlo", "happy to read this", "thrilled reading it"
_READING_IT = lazyre.compile(r"\s+(?:(?:de|al|to|when|reading)\s+)?(?:leer(?:lo|la|los|las)?|read(?:ing)?)\b", re.IGNORECASE)
# A Spanish question may put a short subject first: "¿Su consulta fue de cinco estrellitas?", "¿La visita estuvo de 5?".
_YES_NO = lazyre.compile(r"\W{0,6}(?:was|were|did|does|is|has|have|had|feel|felt|(?:\w+\s+){0,3}?(?:fue|estuvo|sintio|sintieron))(?![\w-])", re.IGNORECASE)
# A score's condition reaches further: "cuando sienta que la visita de hoy merece cinco estrellas".
_SCORE_CONDITION = lazyre.compile(r"(?<![\w-])(?:if|when|whenever|si|cuando)\b(?:\s+[\w']+){0,7}\s*$", re.IGNORECASE)
# A survey by text message says its scale and its branches as what to send back ("reply with 1 to 5", "send 5 or 4 and
# ...", "conteste del 1 al 3 y ..."): the reply is the score.
_REPLY = r"(?:reply|send[ \t]+back|text(?:[ \t]+(?:back|us))?|answer|respond|responda|respondan|responde|conteste|contesten|contesta|marque|marquen|envie|envien|mande|manden)"
# An arrow as a text message draws one, in any layout (lines, bullets): "->", "-->", "=>", "→", "➡️", a pointing hand "👉", "▶".
ARROWS = r"(?:[-–—=]+>|[→⇒⇨⇾➔➙➜➝➞➟➠➡⟶⟹⮕►▶☞👉])"
# A score routed somewhere, written with numbers and an arrow, a colon or a question: "4 or 5 → a link to Google", "4 or 5? our link",
# "1–3 → our advocate calls you", "9-10: Google; 0-6: email us", "4+ ⭐ = reseña", "8s and 9s get the link" (scores in
# the plural). High or low is read
# on the scale the text uses (out of 5, or out of 10 when a routed score or the scale goes past 5).
_ROUTED_SCORE = lazyre.compile(
    # "less than 5 → a private form", "menos de ⭐⭐⭐⭐⭐ → ...": every score below the one named (round 67)
    r"(?P<below>(?<![\w-])(?:less[ \t]+than|fewer[ \t]+than|under|below|menos[ \t]+de|menos[ \t]+que)[ \t]+(?:(?:a|an|un|una)[ \t]+)?)?"
    r"(?<![\w$.,/:#%-])(?<!\bto\s)(?<!\bal\s)(?<!\bout\sof\s)(?P<n>\d{1,2})(?:'?s(?![\w-]))?(?P<rest>(?:[ \t]*(?:-|–|—|to|or|o|al|a|y|,|/|&|and)[ \t]*\d{1,2}(?:'?s(?![\w-]))?(?![\d:.,]\d)){0,3})"
    r"(?P<more>[ \t]*\+)?"
    rf"(?:[ \t]*{STAR_WORD}(?![\w-])|[ \t]*[⭐★](?:[ \t]*[⭐★])*)?"
    r"(?P<more2>[ \t]*(?:\+|or\s+(?:more|higher|above|better)|o\s+mas|and\s+(?:up|above)|y\s+mas))?"
    r"(?P<less>[ \t]*(?:or\s+(?:less|lower|below|under)|o\s+menos|and\s+(?:under|below)))?"
    rf"[ \t]*(?:{ARROWS}|=(?!\d)|:(?!\d)|\?|[ \t](?:gets?|goes|go|reciben?|van?)\b)",
    re.IGNORECASE,
)
_SCALE = lazyre.compile(
    r"(?<![\w-])(?:rate|rating|ratings|score|scores|scale|survey|stars?|estrellas?|estrellitas?|califi\w+|puntu\w+|puntaje|encuesta|out\s+of\s+(?:5|10)|(?:del?|from)\s+[01]\s+(?:al?|to)\s+(?:5|10)"
    rf"|{_REPLY}[ \t]+(?:(?:us|nos)[ \t]+)?(?:(?:with|con)[ \t]+)?(?:(?:a|an|un)[ \t]+)?(?:(?:number|numero)[ \t]+)?(?:(?:from|del?)[ \t]+)?[01][ \t]*(?:-|–|to|through|thru|al?)[ \t]*(?:5|10)"
    # the question and its scale: "How did we do, 1-5?", "how we did (1 to 10)", "¿cómo nos fue? del 1 al 5"
    r"|(?:how[ \t]+(?:did[ \t]+we[ \t]+do|we[ \t]+did)|c[oó]mo[ \t]+(?:nos[ \t]+fue|le[ \t]+fue|lo[ \t]+hicimos))[^\w\n]{0,6}(?:(?:from|del?)[ \t]+)?[01][ \t]*(?:-|–|to|al?)[ \t]*(?:5|10))(?![\w-])",
    re.IGNORECASE,
)


# Answering the survey, in any tense and either Spanish form of address: "if you reply", "if you answered", "if you've
# rated us", "si responde", "si respondió", "si respondes", "si contestaste", "si nos diste", "si nos calificó".
_ANSWERED = (
    r"you(?:'ve|[ \t]+have)?[ \t]+(?:reply|replied|answer|answered|text|texted|pick|picked|choose|chose|chosen|send|sent|select|selected"
    r"|(?:give|gave|given|rate|rated|score|scored)[ \t]+us)"
    r"|(?:(?:usted|ustedes|tu)[ \t]+)?(?:respond|contest|marc|eleg|elig|mand|envi|selecciona)\w*"
    r"|nos[ \t]+(?:da|dan|das|dio|diste|dieron|pone|ponen|pones|puso|pusiste|pusieron|califi\w+|puntu\w+)"
)
# An answer given as a number is itself a score: "if you picked 4 or 5", "si nos diste 1 o 2".
_ANSWERED_SCORE = lazyre.compile(rf"(?<![\w-])(?:if|si)[ \t]+(?:{_ANSWERED})[ \t]+(?:(?:a|an|un|una|with|con)[ \t]+)?\d{{1,2}}(?![\w.,:/%-]\d)", re.IGNORECASE)
# Scores written as words ("four or five", "uno, dos o tres", "if you replied five") read as digits, each word
# padded to its own length so offsets still point into the text; a word counts only in a run of numbers or right
# after an answer ("someone" or "one of us" stays a word).
_NUMBER_WORDS = {
    w: str(n)
    for n, ws in enumerate(
        [
            ("zero", "cero"),
            ("one", "uno"),
            ("two", "dos"),
            ("three", "tres"),
            ("four", "cuatro"),
            ("five", "cinco"),
            ("six", "seis"),
            ("seven", "siete"),
            ("eight", "ocho"),
            ("nine", "nueve"),
            ("ten", "diez"),
        ]
    )
    for w in ws
}
_NUM = rf"(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})"
_NEXT_NUMBER = rf"(?:[ \t]*(?:,|-|–|or|o|y|and|to|a|al)[ \t]*{_NUM})"
_NUMBER_RUN = lazyre.compile(
    rf"(?<![\w-])(?:(?:{_REPLY}|{_ANSWERED})[ \t]+(?:(?:with|con|a|an|un|una)[ \t]+)?{_NUM}{_NEXT_NUMBER}*|{_NUM}{_NEXT_NUMBER}+)(?![\w-])",
    re.IGNORECASE,
)
_A_NUMBER_WORD = lazyre.compile(rf"(?<![\w-])(?:{'|'.join(_NUMBER_WORDS)})(?![\w-])", re.IGNORECASE)


# A score drawn as a row of stars, no number before it ("⭐⭐⭐⭐⭐ → Google", "⭐ to ⭐⭐⭐⭐ → a private form"): its count
# is the score ("5 ⭐" and "4+ ⭐" keep the star as the number's unit).
_STAR_ROW = lazyre.compile(r"(?<![\d+⭐★])(?<![\d+][ \t])[⭐★]\ufe0f?(?:[ \t]?[⭐★]\ufe0f?)*")


def _digits(text: str) -> str:
    """`text` with scores written as words or rows of stars turned to digits, offsets kept: 'four or five' ->
    '4    or 5   ', '⭐⭐⭐⭐' -> '4   '."""
    text = _STAR_ROW.sub(lambda row: str(row.group(0).count("⭐") + row.group(0).count("★")).ljust(len(row.group(0))), text)
    return _NUMBER_RUN.sub(lambda run: _A_NUMBER_WORD.sub(lambda w: _NUMBER_WORDS[w.group(0).lower()].ljust(len(w.group(0))), run.group(0)), text)


# A score as a condition, with no arrow: "if it's a 4 or 5, we send the link", "if you reply 1 to 3, ...",
# "si nos pone 5, le llega la liga", "si contesta del 1 al 3, le hablamos", "cuando nos dan 9 o 10".
_IF_SCORE = lazyre.compile(
    rf"(?<![\w-])(?:{_REPLY}[ \t]+(?:(?:with|con)[ \t]+)?"  # "reply 5 or 4 and ...", "conteste 4 o 5 y ..."
    r"|(?<=[;,.!?:][ \t])(?=\d{1,2}[ \t]*(?:-|–|to|or|o|a|al|y|and)[ \t]*\d{1,2}[ \t]+(?:and|y)[ \t])"  # the low branch bare: "; 1-3 and ..."
    rf"|(?:if|when|si|cuando)[ \t]+(?:(?:it'?s|it[ \t]+is|it[ \t]+was|{_ANSWERED}"
    r"|your[ \t]+(?:answer|reply|score|rating)[ \t]+(?:is|was)|es|fue|son|fueron|sea|sean"  # "si son 4 o 5": the stars counted (round 151)
    r"|(?:su|la|tu)[ \t]+(?:respuesta|calificacion|puntuacion)[ \t]+(?:es|fue))[ \t]+)?)"
    r"(?:(?:a|an|un|una|del?|from|with|con)[ \t]+)?(?P<n>\d{1,2})(?P<rest>(?:[ \t]*(?:-|–|to|or|o|a|al|y|and|,)[ \t]*\d{1,2}){0,3})(?![\d.,:/]\d|[\d%])"
    r"(?P<more>[ \t]*\+)?(?P<more2>)(?P<less>)(?P<below>)",
    re.IGNORECASE,
)


def _routed_scores(text: str, drawn: bool = False) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(high, low) spans of scores a text routes somewhere, when it speaks of a rating or a scale at all (`drawn`: its
    stars, a scale of their own)."""
    if not (drawn or _SCALE.search(text) or _ANSWERED_SCORE.search(text)):
        return [], []
    scores = []
    for conditional, match in [*((False, m) for m in _ROUTED_SCORE.finditer(text)), *((True, m) for m in _IF_SCORE.finditer(text))]:
        numbers = [int(match.group("n")), *map(int, re.findall(r"\d{1,2}", match.group("rest")))]
        if match.group("below"):
            numbers = [0, max(0, min(numbers) - 1)]  # "less than 5": 0 to 4
        if conditional and max(numbers) > 10:
            continue  # "if it's 15 minutes": no score
        scores.append((match, min(numbers), max(numbers)))
    top = 10 if any(mx > 5 for _, _, mx in scores) else 5
    ranges = []
    for match, mn, mx in scores:
        if match.group("more") or match.group("more2"):
            mx = top
        if match.group("less"):
            mn = 0
        elif mn <= 1 and mx >= top and not match.group("more"):
            continue  # the whole scale ("reply 1 to 5", "responda del 1 al 5") is the question, not a branch
        ranges.append(((match.start("below") if match.group("below") else match.start("n"), match.end()), mn, mx))  # the score itself, not the "if" before it
    high = [span for span, mn, mx in ranges if mx <= top and mn >= (8 if top == 10 else 4)]
    floor = min((mn for span, mn, mx in ranges if span in high), default=top + 1)
    # Low: below the middle of the scale, or all of "the rest" below a high branch ("5 → Yelp; 1-4 → a call").
    low = [span for span, mn, mx in ranges if span not in high and (mx <= (7 if top == 10 else 3) or mx < floor)]
    return high, low


# A review already posted, asked to change: "change your review", "update it", "take it down", "cambiarla",
# "bórrenla", "¿la pueden cambiar?". A pronoun stands for a review mentioned before it in its sentence or the two
# before ("Left us 1 or 2 stars? Could you update it?"); a Spanish stem takes the verb's endings and never a
# noun's ("los cambios", "la actualización" are no verbs).
_EDIT_VERB = _words("edit_verbs")
_STEMS = _words("edit_stems_es")
_ENDINGS = r"(?:e|en|es|a|an|as|ar|er|ir|aria|arian|ara|aran|ie|ien|ia|ian|iera|ieran)"
# Spanish verbs of change conjugated, the review named after them: "le cambió la estrellita a su reseña",
# "ya actualizaron su reseña", "¿le subió las estrellas?" (the mention within reach makes it a review's change).
_EDIT_ES = rf"(?:(?:{_STEMS})|sub){_ENDINGS}?(?:o|io|aron|ieron|aste|iste|ado|ada|ido|ida|ando|iendo)?"
_EDIT_NAMED = _bounded(f"{_EDIT_VERB}|{_EDIT_ES}")
# The reader's own words named as theirs after the verb: "update your post", "cambie su comentario" (a reply's reader
# posted them, so they are the review even when no review word is said).
_THEIR_WORDS = lazyre.compile(r"\s+(?:(?:up|down|it)\s+)?(?:your|su|tu)\s+(?:post|comment|comments|rating|comentario|comentarios|publicaci[oó]n|calificaci[oó]n)(?![\w-])", re.IGNORECASE)
_EDIT_IT = lazyre.compile(
    rf"(?<![\w-])(?:(?:{_EDIT_VERB})\s+(?:it|that|this|them|those|yours)(?:\s+(?:up|down))?"
    r"|take\s+(?:it|that|them)\s+down|bump\s+(?:it|that)\s+up"
    rf"|(?:{_STEMS}){_ENDINGS}(?:nos|me)?(?:la|lo|las|los)"
    rf"|(?:nos\s+)?(?:la|lo|las|los)\s+(?:(?:puede|pueden|podria|podrian|quiere|quieren|quisiera|quisieran)\s+)?(?:{_STEMS}){_ENDINGS})(?![\w-])",
    re.IGNORECASE,
)

# A review taken down, the review between the verb and its particle: "take the review down", "pull your post off".
_TAKEN_DOWN = lazyre.compile(
    r"(?<![\w-])(?:take|taking|took|taken|pull|pulling|pulled)\s+(?:the|your|this|that|those|these)\s+(?:[\w-]+\s+)?(?:reviews?|ratings?|posts?|comments?)\s+(?:down|off)(?![\w-])",
    re.IGNORECASE,
)
# A rating raised to a new score, its verb in any form, the top score after it: "move it up to five", "si nos las sube a 5",
# "turn that into a 5-star", "pásela a cinco estrellitas", "bumps us up to five this month" (round 157). A count or a clock
# ("to 5 days", "to 5:30") is no score.
_RAISED = lazyre.compile(
    rf"(?<![\w-])(?:{_words('raise_stems')})\w*(?:\s+[\w']+){{0,3}}?\s+(?:up\s+to|to|into|a|en|hasta)\s+(?:a\s+|un\s+|una\s+|the\s+)?"
    rf"(?:[45]|four|five|cuatro|cinco)(?:[\s-]*{STAR_WORD})?(?![\w-]|[:.,]\d|\s*(?:am|pm|a\.m|p\.m)\b|\s+(?!(?:and|y|e|or|o|we|i|you|le|te|les|nos|me|for|por|pa|hay|there|then|luego|ja\w*|lol|please|this|esta|este|today|hoy|now|ahora|by|before|antes)\b)[a-z])",
    re.IGNORECASE,
)


_BRANCH_WORDS = frozenset(("if", "when", "si", "cuando", "en"))  # a happy phrase that opens with its own condition
_DONT_FORGET = lazyre.compile(r"(?<![\w-])(?:don't|do\s+not)\s+(?:forget|miss)|(?<![\w-])no\s+(?:te\s+|se\s+)?(?:olvides|olvide|pierdas|pierda)(?![\w-])", re.IGNORECASE)
_SLOTS = lazyre.compile(r"\{\{[^{}]*\}\}")  # "{{ reviewer }}" is a slot, not a word


def _blank(text: str, pattern: re.Pattern) -> str:
    """`text` with every match of `pattern` blanked out, offsets kept ("feel free" offers nothing)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


class Reading:
    """One text, folded, with where it mentions reviews, asks for them and offers something.

    Every list is sorted by offset and searched by bisection, so a long text costs
    linear time, not the product of its mentions and its conditions.
    """

    def __init__(self, text: str):
        folded = _blank(_blank(fold(text), _SLOTS), _DONT_FORGET)
        self.text = folded
        self.offers_text = _blank(folded, _REWARD_IDIOMS)
        self.sentences = sentence_spans(folded)
        self._starts = [begin for begin, _ in self.sentences]
        self.thanks = [m.span() for m in _THANKS.finditer(folded)]
        self.mentions = self._mentions()
        self.asks = self._asks()
        self.edits = self._edits()
        self.smiles: list[tuple[int, int]] = []  # happy faces read as a condition on their own ("😀 Review us! 😞 Call us")
        self.happy = self._conditional_happy()
        self.routed_high, routed_low = _routed_scores(_digits(folded), drawn=_STAR_ROW.search(folded) is not None)
        self.unhappy = sorted(self._unhappy() + routed_low)

    def sentence_of(self, at: int) -> tuple[int, int]:
        index = bisect_right(self._starts, at) - 1
        if index >= 0 and at < self.sentences[index][1]:
            return self.sentences[index]
        return (at, at)

    def _same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_of(a) == self.sentence_of(b)

    def thanked(self, at: int) -> bool:
        """'Thank you for your review', 'gracias por las 5 estrellas': a review already given, not asked for."""
        return any(end <= at <= end + 50 and self._same_sentence(start, at) for start, end in within(self.thanks, at - 200, at + 1))

    def _mentions(self) -> list[tuple[int, int]]:
        text, found = self.text, []
        for match in _NOUN.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()].split()
            if before and before[-1].lower().strip(".,;:!?\"'") in _NOT_REVIEW:
                continue
            if match.group(0).lower() == "review" and _VERB_OBJECT.match(text, match.end()) and not (before and before[-1].lower() in {"a", "an", "your", "one", "the", "every", "each", "cada"}):
                continue
            found.append(match.span())
        found += [m.span() for m in STARS.finditer(text)]
        found += [m.span() for m in _SITE.finditer(text)]
        for match in _FEEDBACK.finditer(text):
            after = text[match.end() : match.end() + 30]
            before = text[max(0, match.start() - 30) : match.start()]
            if _SITE.search(after) or SOCIAL.search(after) or _ACT.search(before):
                found.append(match.span())
        for match in _ENDORSE.finditer(text):
            begin, end = self.sentence_of(match.start())
            if SOCIAL.search(text, begin, end) or _SITE.search(text, begin, end):
                found.append(match.span())
        return sorted(found)

    def _asks(self) -> list[tuple[int, int]]:
        """Spans that ask for (or describe posting) a review: 'leave us a review', 'nos califiquen', 'every 5-star review'."""
        text, found = self.text, []
        for match in _ACT.finditer(text):
            mention = next(iter(within(self.mentions, match.end(), match.end() + 31)), None)
            if mention and self._same_sentence(match.start(), mention[0]):
                found.append((match.start(), mention[1]))
        found += [m.span() for m in _REVIEW_VERB.finditer(text)]
        found += [(m.start(), site.end()) for m in _SHARE_IT.finditer(text) if (site := SOCIAL.match(text, m.end()) or _SITE.match(text, m.end()))]
        found += [m for m in self.mentions if _EVERY.search(text[max(0, m[0] - 20) : m[0]]) or _ENDORSE.match(text, m[0])]
        return sorted(span for span in found if not self.thanked(span[0]))

    def _edits(self) -> list[tuple[int, int]]:
        """Spans that ask to change a review already posted ("update your review", "¿nos hacen el favor de cambiarla?"), not denied."""
        text, found = self.text, []
        for match in _EDIT_NAMED.finditer(text):
            mention = next(iter(within(self.mentions, match.end(), match.end() + 31)), None)
            if mention and self._same_sentence(match.start(), mention[0]):
                found.append((match.start(), mention[1]))
            elif words := _THEIR_WORDS.match(text, match.end()):
                found.append((match.start(), words.end()))
        found += [m.span() for m in _TAKEN_DOWN.finditer(text)]  # "if you take the review down", "pull your post off Yelp"
        for match in _RAISED.finditer(text):  # the rating it raises named before it or in it ("sus 3 estrellitas ... súbalas a 5")
            if within(self.mentions, max(0, match.start() - 200), match.end()):
                found.append(match.span())
        for match in _EDIT_IT.finditer(text):
            index = max(0, bisect_right(self._starts, match.start()) - 3)  # the review it stands for: in its sentence or the two before
            before = self.sentences[index][0] if self.sentences else 0
            if within(self.mentions, max(before, match.start() - 200), match.start()):
                found.append(match.span())
        return sorted(span for span in found if not negated(text, span[0], 4))

    def _conditional_happy(self) -> list[tuple[int, int]]:
        """Happy conditions ("Loved your visit?", "if you had a great experience", "si quedó contento"), not denied."""
        text, found = self.text, []
        for match in HAPPY.finditer(text):
            begin, end = self.sentence_of(match.start())
            if negated(text, match.start(), 3) or INCLUSIVE.search(text, max(begin, match.start() - 60), min(end, match.end() + 60)):
                continue
            if _READING_IT.match(text, match.end()):
                continue  # "Lorena, que se va a poner feliz de leerlo": the team's joy at reading the review, no condition
            emoji = not match.group(0)[0].isalpha()
            question = "?" in text[match.start() : min(end, match.start() + 80)]
            segment = bool(_PEOPLE.match(text, match.end()) or _PEOPLE_BEFORE.search(text[max(begin, match.start() - 30) : match.start()]))  # "Happy patients:"
            before = text[max(begin, match.start() - 80) : match.start()]
            branch = match.group(0).split(None, 1)[0].lower() in _BRANCH_WORDS  # "if yes", "si la respuesta es si", "en caso afirmativo"
            worded = question or segment or branch or _CONDITION.search(before) or _REASON.search(before)
            if emoji or worded:
                found.append(match.span())
            if emoji and not worded:
                self.smiles.append(match.span())  # a face alone: a condition only where it points somewhere or an ask follows
        for match in _TOP_STARS.finditer(text):
            begin, end = self.sentence_of(match.start())
            before = text[max(begin, match.start() - 80) : match.start()]
            asked = _SCORED.search(before) and "?" in text[match.end() : min(end, match.end() + 40)]  # "Gave us 5 stars on the survey? ..."
            felt = _YES_NO.match(text, begin) and "?" in text[match.end() : min(end, match.end() + 40)]  # "Did the visit feel like five stars?"
            if (_SCORE_CONDITION.search(before) or _REASON.search(before) or asked or felt) and not negated(text, match.start(), 3):
                found.append(match.span())
        found += top_marks(text, self.sentence_of)  # the top of any survey's scale, inside its scoring condition
        return sorted(found)

    def _unhappy(self) -> list[tuple[int, int]]:
        """Unhappy branches: 'unhappy?', 'si no', 'anything lower', '👎', and denied happy words ('not happy?'); a branch takes in
        the threshold said after it ('anything less than 5 stars', 'menos de 5 estrellas')."""
        found = [(m.start(), short.end() if (short := _SHORT_OF.match(self.text, m.end())) else m.end()) for m in UNHAPPY.finditer(self.text) if not _ELSEWHERE.match(self.text, m.end())]
        found += [m.span() for m in HAPPY.finditer(self.text) if negated(self.text, m.start(), 3) and not _ELSEWHERE.match(self.text, m.end())]
        found += low_marks(self.text, self.sentence_of)  # "1s-3s, please DM us": the low end of the scale as a branch
        return sorted(found)

    def in_sentence(self, spans: list[tuple[int, int]], begin: int, end: int) -> list[tuple[int, int]]:
        return within(spans, begin, end)
