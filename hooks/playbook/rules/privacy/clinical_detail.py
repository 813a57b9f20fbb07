"""PHI002 clinical-detail-in-response: a reply that names a diagnosis, treatment, medicine, insurance or money.

Clinical and money words come in three tiers (clinical_terms), and the clauses they sit in are read
as in stance.py: a word needs more context the more general it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...lexicon import clinical as lexicon
from ...model import ResponseTemplate
from ...text import clip, sentence_bounds
from ..context import Context
from ..registry import Hit, rule
from . import care_rooms, everyday_senses, qa, staff_groups
from .care_shapes import care_shapes
from .common import texts
from .known import Known
from .reader_conditions import reader_conditions
from .stance import CHILD_BARE, GENERAL_MARKERS, KIN_BARE, POINT_WORDS, POSSESSIVE, RELATIVE, REVIEW_NOUN, TIME_SHAPES, alt, bounded, clause_starts, inside, reader_marks, words
from .standing_care import standing_care
from .team_signoff import names_the_practice, sign_off_span
from .therapy_short import therapy_short
from .vocabulary import HONORIFIC

_MONEY = lazyre.compile(
    r"(?<![\w$])\$\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?"
    r"|(?<![\w.,])\d[\d,]*(?:\.\d{2})?\s?(?:dollars|USD|bucks|pesos|dolares|euros)(?!\w)",
    re.IGNORECASE,
)
_PAYERS = lazyre.compile(rf"(?<![\w-])(?:{alt(words('payers'))}|{alt(words('payers_as_written'), as_written=True)})(?![\w-])")
_MONEY_TERMS = bounded(words("money_terms"))
_MONEY_COMMON = bounded(words("money_common"))
_MONEY_GENERAL = bounded(words("money_general"))
_CARE_THINGS = bounded(words("care_things"))
_CARE_EPISODES = bounded(words("care_episodes"))
_GENERAL_FRAMES = bounded(words("general_frames"))
_GENERAL = frozenset(w.lower() for w in words("money_general", "clinical_general"))
_IGNORED = frozenset(w.lower() for w in words("clinical_ignored"))
_EVERYDAY = bounded(words("everyday_phrases"))
_DEPARTMENTS = bounded(words("departments"))
_OCCASION = bounded(words("apology", "occasions"))
# A Spanish procedure named by the part it is done on: "cirugía del manguito rotador", "reemplazo de cadera".
_OF_PART = lazyre.compile(r"[ \t]+(?i:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|en[ \t]+la|en[ \t]+el)[ \t]+")
# A repair done on a part, whatever the part: "la reparación del manguito rotador" before it, "the tendon repair" after.
_ACT_BEFORE_PART = bounded(words("part_acts_es"))
_ACT_AFTER_PART = lazyre.compile(rf"[ \t]+(?i:{alt(words('part_acts'))})(?![\w-])")
_OF_MORE = lazyre.compile(r"[ \t]+(?i:de|del|of)[ \t]+")  # an everyday part of something else: "la columna de la entrada"
_TIED = lazyre.compile(rf"(?<![\w-])(?:{POSSESSIVE})\s+(?:[\w'’-]+\s+){{0,2}}$")
# Knowledge of what happened on their visit, "I know the shots were rough", "sé que las vacunas fueron difíciles": the
# reply knows it, so it is the reader's ("we know vaccines can be scary" is anyone's: no past follows).
_KNOWN_PAST = lazyre.compile(  # knowing, not empathy: "we understand how stressful costs can be" is anyone's
    r"(?<![\w-])(?:(?i:i|we)\s+(?i:know|knew|heard)(?:\s+(?i:that))?|(?i:se|sabemos|supimos)\s+(?i:que))\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?i:was|were|had|got|went|felt|took|cried|hurt|fue|fueron|tuvo|tuvieron|estuvo|estuvieron|paso|pasaron"
    r"|lloro|lloraron|salio|salieron|dolio|dolieron)(?![\w-])"
)
# What the reply knows the reader has or owes, the subject left out as Spanish does ("vemos que tiene seguro", "sabemos
# que debe un saldo"): as "we see you have insurance" is, the reader's ("usted" said is a reader mark already).
_KNOWN_HAVE = lazyre.compile(
    r"(?<![\w-])(?i:sabemos|vemos|veo|s[eé]|notamos|entendemos|confirmamos|nos[ \t]+consta|nos[ \t]+aparece)[ \t]+(?i:que)[ \t]+"
    r"(?i:tiene|ten[ií]a|tuvo|cuenta[ \t]+con|contaba[ \t]+con|debe|deb[ií]a|paga|pag[oó]|est[aá][ \t]+(?:inscrit[oa]|afiliad[oa]|asegurad[oa]))(?![\w-])"
)
# The reader's own words about a step of care said back, "your notes on how the bowel prep tasted", "sus
# comentarios sobre la prepa": the care is theirs (a broad word, "your feedback about flu shots", and money stay as they were).
_ABOUT_THEIRS = lazyre.compile(rf"(?<![\w-])(?:{POSSESSIVE}){REVIEW_NOUN.pattern}\s+(?i:about|on|regarding|with|sobre|acerca\s+de|de|con)\s+(?:[\w'’-]+\s+){{0,4}}$")
# A talk with the reader about the term: "would like to talk with you about <procedure>", "platicar con usted sobre la
# <procedure>": the treatment is the reader's to weigh, whatever the offer's courtesy
_TALK_ABOUT = lazyre.compile(
    r"(?<![\w-])(?i:talk|speak|chat|discuss|go\s+over|hablar|platicar|conversar|charlar|hablarle|platicarle|comentarle|explicarle)\s+"
    r"(?i:with\s+you|to\s+you|con\s+usted|contigo|con\s+ustedes)\s+(?i:about|regarding|on|sobre|acerca\s+de|de)\s+(?:[\w'’-]+\s+){0,3}$"
)
_CROWD = lazyre.compile(r"(?i:the\s+little\s+ones|the\s+kiddos|los\s+peques)(?![\w-])")
# "your"/"su" before anything but the review itself: "mandamos su caso a la aseguradora".
_OWNED = lazyre.compile(rf"(?<![\w-])(?:{POSSESSIVE})(?!{REVIEW_NOUN.pattern})(?![\w-])")
SPECIFIC, COMMON, GENERAL = "specific", "common", "general"
_MONEY_AND_THINGS = (
    (_PAYERS, SPECIFIC), (_MONEY_TERMS, SPECIFIC), (_MONEY, SPECIFIC), (_MONEY_COMMON, COMMON), (_MONEY_GENERAL, GENERAL),
    (_CARE_THINGS, COMMON),
)  # fmt: skip
# A clause that says how such things tend to be ("deductibles can be confusing", "los cobros pueden
# ser confusos"): a money word in it describes bills in general, not the reader's, when the clause
# has no reader, no amount and no payer (a named insurer or a sum is always someone's).
_GENERIC = lazyre.compile(
    r"(?<![\w-])(?i:can|could|may|might|often|usually|sometimes|tend\s+to|pueden|puede|suelen|suele)"
    r"\s+(?i:be|get|feel|seem|look|ser|resultar|parecer|volverse)(?![\w-])"
)
# "Sorry for any mix-up with the charges", "disculpe cualquier inconveniente con los cobros": a
# quantifier of any before a billing word in its clause makes the bill hypothetical, not the
# reader's, when the clause has no reader, no amount and no payer.
_ANY = lazyre.compile(r"(?<![\w-])(?i:any|whatever|cualquier|cualquiera|alg[uú]n|alguna)(?![\w-])")
_ARTICLE = lazyre.compile(r"(?i:the|your|la|el|los|las|su|sus)\s+(?=\S)")
_MONEY_WORDS = (_PAYERS, _MONEY_TERMS, _MONEY, _MONEY_COMMON, _MONEY_GENERAL)
# Advice for the reader's own next step, at the start of a clause: "(next time,) ask for the
# split-dose prep", "pregunte por la sedación". It makes a clinical word the reader's, not a bill's.
_IMPERATIVE = lazyre.compile(
    r"\s*(?:(?i:for\s+)?(?i:next\s+time|la\s+proxima\s+vez|para\s+la\s+proxima),?\s+)?"
    r"(?i:ask\s+(?:about|for)|remember\s+to|make\s+sure|be\s+sure|don't\s+forget|do\s+not\s+forget|try\s+(?:the|a|an)"
    r"|keep\s+(?:the|taking|using)|pregunte\s+por|pregunta\s+por|pida|pide|recuerde|recuerda|no\s+olvide|no\s+olvides"
    r"|siga\s+con|sigue\s+con)(?![\w-])"
)


def clinical_terms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tier) for each clinical, insurance or money term in the text.

    The one place the vocabulary is looked up: clinical words from the lexicon (drugs,
    ICD-10 conditions, procedures and tests, English and Spanish), payers, money terms
    and amounts from rules/data/privacy-stance.yml. The tier says how much context a
    word needs to disclose: SPECIFIC ("Ozempic", "colonoscopy", "copay", "$40") none;
    COMMON, a clinical word that is also an everyday word ("pregnancy", "crown"), a body
    part or a specialty ("knee", "cardiology"), an occasion (sorry, glad, congratulations,
    a day) or the reader; GENERAL ("insurance", "bills", "vaccines") the reader. Where to
    go in an emergency ("the ER", "urgencias") is advice, not a detail.
    """
    # and "our infusion nurses" (staff_groups.py), "el cuarto de yesos" (care_rooms.py)
    departments = staff_groups.ours(text, [*(m.span() for m in _DEPARTMENTS.finditer(text)), *care_rooms.rooms(text)])
    found: list[tuple[int, int, str]] = []
    everyday = [m.span() for m in _EVERYDAY.finditer(text)]
    every = lexicon.find(text)
    parts = {m.start: m.end for m in every if m.category == lexicon.BODY_PART}  # after a procedure, "muñeca" is no doll
    matches = [m for m in every if m.term not in _IGNORED and not inside(everyday, m.start, m.end)]
    everyday_parts = {m.start for m in every if m.category == lexicon.BODY_PART and m.common}
    for act in _ACT_BEFORE_PART.finditer(text):  # "la reparación del manguito rotador": one procedure, not "de la camioneta"
        if (joined := _OF_PART.match(text, act.end())) and joined.end() in parts:
            if joined.end() in everyday_parts and _OF_MORE.match(text, parts[joined.end()]):
                continue  # "la reparación de la columna de la entrada": a building's column
            found.append((act.start(), parts[joined.end()], SPECIFIC))
    for start, end in parts.items():  # "the tendon repair", "the shoulder repair"
        if after := _ACT_AFTER_PART.match(text, end):
            found.append((start, after.end(), SPECIFIC))
    for match in matches:
        term = match.term
        if match.category == lexicon.PROCEDURE and (joined := _OF_PART.match(text, match.end)) and joined.end() in parts:
            found.append((match.start, parts[joined.end()], SPECIFIC))  # "cirugía del manguito rotador": one procedure, as "rotator cuff surgery" is
            continue
        if term in _GENERAL:
            tier = GENERAL
        elif match.common or match.category in (lexicon.BODY_PART, lexicon.CARE_SETTING):
            tier = COMMON  # "glad the knee is stronger" is someone's; "our cardiology team" is the practice's own
        else:
            tier = SPECIFIC
        found.append((match.start, match.end, tier))
    for pattern, tier in _MONEY_AND_THINGS:  # not inside an everyday phrase ("brace yourself")
        found.extend((m.start(), m.end(), tier) for m in pattern.finditer(text) if not inside(everyday, m.start(), m.end()))
    found.extend((start, end, COMMON) for start, end in care_shapes(text))  # "la ablación", "the spot on your ear"
    found.extend((start, end, COMMON) for start, end in therapy_short(text))  # "sorry PT ran late", not "8 to 5 PT" (therapy_short.py)
    for m in _CARE_EPISODES.finditer(text):  # "the prep": the finding points at the noun
        article = _ARTICLE.match(text, m.start(), m.end())
        found.append((article.end() if article else m.start(), m.end(), COMMON))
    kept, taken = [], -1
    rank = {SPECIFIC: 0, COMMON: 1, GENERAL: 2}  # where two finds start and end together, the more telling wins
    for start, end, tier in sorted(found, key=lambda f: (f[0], -f[1], rank[f[2]])):
        if start >= taken and not inside(departments, start, end) and not everyday_senses.everyday(text, start, end):
            kept.append((start, end, tier))  # not "a cargo de la recepción", "seguro les alegra" (everyday_senses.py)
            taken = end
    return kept


# A definite thing that happened: "the claim was denied", "la prueba salió negativa".
_DEFINITE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:the|that|this|those|el|la|los|las|ese|esa|esos|esas)\s+(?:[\w'’-]+\s+)?$")
# A definite thing that happened, or a money matter's settled state ("the deposit is non-refundable", "el claim se negó").
_PAST_AFTER = lazyre.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?i:was|were|came\s+back|went|got|has\s+been|have\s+been|fue|fueron|salio|salieron|llego|quedo"
    r"|(?:is|are)\s+(?:still\s+)?(?:non-?refundable|not\s+refundable|not\s+covered|denied|past\s+due|overdue)"
    r"|se\s+(?:nego|negó|rechazo|rechazó|denego|denegó)|no\s+es\s+reembolsable)(?![\w-])"
)


def _event(text: str, start: int, end: int) -> bool:
    """True when the term names a definite thing that happened ("the claim was denied")."""
    return bool(_DEFINITE_BEFORE.search(text, max(0, start - 30), start) and _PAST_AFTER.match(text, end, end + 40))


def _hypothetical(text: str, clauses: list[int], clause: int, start: int, end: int) -> bool:
    """True when "any" comes before the money word in its clause and the clause names no sum or payer."""
    begin = clauses[clause - 1] if clause else 0
    stop = clauses[clause] if clause < len(clauses) else len(text)
    if not _ANY.search(text, begin, start) or _event(text, start, end):
        return False
    return not (_MONEY.search(text, begin, stop) or _PAYERS.search(text, begin, stop))


def _disclosing(text: str, asked: qa.Frame | None = None) -> Iterator[tuple[int, int]]:
    """The clinical and money terms of a reply that read as the reader's (tiers: see clinical_terms); in a public
    Q&A answer (qa.py) the question is asked about, the answer is a general frame and advice is anyone's."""
    terms = clinical_terms(text)
    if not terms:
        return
    clauses, sentences = clause_starts(text), sentence_bounds(text)

    def where(bounds: list[int], *patterns: re.Pattern) -> set[int]:
        return {bisect_right(bounds, m.start()) for pattern in patterns for m in pattern.finditer(text)}

    reader = [m.start for m in reader_marks(text)] + [m.start() for pattern in (RELATIVE, KIN_BARE, CHILD_BARE, _KNOWN_PAST, _KNOWN_HAVE, _OWNED) for m in pattern.finditer(text)]
    reader = [at for at in reader if not _CROWD.match(text, at)]  # "vaccines can scare the little ones": anyone's children
    advising = qa.advising(text, clauses) if asked is not None else set()
    if asked is not None:  # in a public Q&A, the reader of advice is anyone ("bring your card", "we'll check yours")
        policy = qa.policy_end(text)  # the opening policy's "you" is anyone ("you don't need a referral for ...")
        reader = [at for at in reader if not asked.in_question(at) and bisect_right(clauses, at) not in advising and at >= policy]
    readers = {bisect_right(clauses, at) for at in reader}
    addressed = {bisect_right(sentences, at) for at in reader}
    occasions = where(clauses, _OCCASION, TIME_SHAPES, POINT_WORDS)
    advised = {index + 1 for index, at in enumerate(clauses) if _IMPERATIVE.match(text, at)}
    general = where(clauses, GENERAL_MARKERS)
    generic = where(clauses, _GENERIC)
    frame = next(_GENERAL_FRAMES.finditer(text), None)
    frame_start = min(frame.start() if frame else len(text), asked.answer if asked else len(text))
    for start, end, tier in terms:
        clause = bisect_right(clauses, start)
        if asked is not None:
            if asked.in_question(start) and not _event(text, start, end):
                continue  # the question of a public Q&A: asked about, not anyone's ("do you take Medicaid?")
            if tier != SPECIFIC and clause in advising and not _event(text, start, end):
                continue  # advice for anyone in the answer ("bring your insurance card", "traiga su tarjeta de vacunas")
            if clause not in readers and _MONEY.match(text, start) and qa.for_everyone(text, end) and not _event(text, start, end):
                continue  # a price for everyone in the answer ("$30 for every camper", "$20 por persona"), not the reader's bill
        if tier != SPECIFIC and (_declined(text, clauses, clause, start) or _restated(text, clauses, clause, start, end)):
            continue  # what we won't discuss here, or the reviewer's own account of a bill said back (see below)
        money = any(p.match(text, start) for p in (_MONEY_TERMS, _MONEY_COMMON, _MONEY_GENERAL))
        theirs = tier == COMMON and not money and (_ABOUT_THEIRS.search(text, max(0, start - 80), start) or _TALK_ABOUT.search(text, max(0, start - 80), start))
        if clause not in readers and not theirs and not _TIED.search(text, max(0, start - 40), start):  # not about the reader ...
            if clause in generic and money and not _PAYERS.match(text, start) and not _event(text, start, end):
                continue  # ... and a money word in a clause about how bills tend to be
            if tier != SPECIFIC and money and _hypothetical(text, clauses, clause, start, end):
                continue  # ... and a money word that "any" makes hypothetical
            advice = clause in advised and not any(p.match(text, start) for p in _MONEY_WORDS)
            event = _event(text, start, end)
            if tier == GENERAL or (tier == COMMON and clause not in occasions and not advice and not event):
                continue  # ... and too broad, or common without an occasion
            addressed_here = bisect_right(sentences, start) in addressed
            if clause in general and not addressed_here:
                continue  # ... and said to be general, in a sentence that does not address the reader
            if frame_start <= start and not addressed_here and clause not in occasions | advised and not event:
                continue  # ... and part of a reply framed as a general answer ("in general, ...")
        yield start, end


@rule("PHI002", "clinical-detail-in-response", serves="privacy", severity=Severity.ERROR, scope="response")
def clinical_detail_in_response(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A reply that mentions a diagnosis, treatment, medicine, insurance or money.

    What it flags:
        Clinical, insurance and billing words in the body of a response
        template: diagnoses and injuries ("ACL", "fracture", "arthritis"),
        mental health ("depression", "anxiety"), procedures and tests
        ("surgery", "physical therapy", "MRI", "biopsy"), medicines
        ("prescription", "opioid"), payers by name ("Aetna", "Cigna",
        "Medicaid", "Medi-Cal", "Blue Cross"), insurance and money terms
        ("copay", "deductible", "balance", "collections", "refund", "copago",
        "deducible", "saldo"), and any amount of money ("$1,200", "300
        dollars"). A specific term is flagged even in a general sentence
        ("Healing from a fracture can be slow"), unless the sentence says it is
        general ("in general", "for everyone", "we accept most plans") and
        nothing in it points at the reader. Clinical words that are also
        everyday words, body parts and specialties ("pregnancy", "knee",
        "cardiology"), and money words a general answer uses ("statement",
        "payment plan", "HSA") are flagged with the reader in their clause, or
        an occasion: an apology, a congratulation, a day, a definite event
        ("congrats on the pregnancy", "glad the knee is stronger", "the claim
        was denied"). Broad words ("insurance", "bills", "costs", "vaccines",
        "seguro", "factura") are flagged when their clause ties them to the
        reader ("your insurance", "su seguro no cubrió", or a child named
        bare, the reviewer's: "the little one had a rough time with the
        shots", or what the reply knows happened: "I know the stitches were
        sore", "sé que la inyección le dolió") and pass in a general
        answer ("questions about bills and insurance can be stressful", "we
        offer flu shots on Saturdays"). A billing word in a clause about how
        such things tend to be passes when the clause holds no reader, no sum
        and no payer ("copays can be hard to predict", "los cobros pueden ser
        confusos"; "Cigna can be slow" is still flagged), and so does one
        that "any" makes hypothetical in an apology ("sorry for any confusion
        about the charges", "disculpe cualquier inconveniente con los cobros";
        "any trouble with your charges" or "with the $300 charge" is still
        flagged). The steps of a care episode in lay
        words are common words too: preparation, the procedure, results and
        recovery ("sorry the bowel prep was so rough", "glad the numbing wore
        off", "your transfer", "sentimos que la prepa fuera pesada", "los
        puntos"), and advice for the reader's next time is an occasion ("next
        time, ask us for the split-dose prep", "para la próxima, pregunte
        por la sedación"). A reply that frames itself as a general answer
        ("we can't give personal advice here, but in general ...", "no podemos
        dar consejos médicos por aquí; en general ...") keeps its later
        sentences general while they do not address the reader, mark an
        occasion or state a definite event. So does a public Q&A answer
        (qa.py): a reply that quotes a question and answers it ("Q: ... A:
        ...", "P: ... R: ...", "Pregunta: ... Respuesta: ...") or a template
        of the scenario medical-question-in-comments, or a reply that takes
        a question up without labels ("Great question! Yes, we do allergy
        testing", "Sí, aceptamos Medicaid"), or one that opens with a policy
        for everyone and offers to check the reader's plan ("You don't need
        an appointment for a flu shot ... we'll check your plan", "No necesita
        cita para la vacuna ... revisamos su plan"; the policy's "you" is
        anyone's, a past still triggers). Its question is asked
        about ("do you take Medicaid?", "¿hacen pruebas de VIH?"), its
        answer is general, and everyday or broad words in advice for anyone
        pass with the reader ("bring your insurance card to your visit"), as does a price
        said for everyone ("$30 for every camper", "$20 por persona"; "your $30 from
        Tuesday" is a bill); the reader's own result still triggers ("your A1c came back at 8.1",
        "su biopsia salió benigna"). Department names ("our billing
        team") and where to go in an emergency ("the ER") are routes, not
        details, and a group of our staff named by its work, plural and ours,
        is ours ("our infusion nurses", "nuestras enfermeras de quimioterapia",
        "el equipo de endoscopia", and the whole staff as a range: "everyone,
        from the front desk to our allergists, ..."; "your infusion nurse"
        still triggers). A refusal to discuss money in public lists no one's ("we
        never go into bills or insurance online", "no comentamos pagos ni
        pólizas por aquí"; "we can't discuss your bill" still triggers),
        and an apology that says back the reviewer's own account of a bill
        ("the mix-up you describe with the charges", "el lío que
        menciona con los pagos") passes without a sum, a payer or an event.
        The team's closing sign-off is the practice's name, not care ("– The
        Maryvale Rehab team", "— El equipo de Clínica del Dolor"); a sign-off
        named only by care ("– The Knee Replacement team") still triggers.
        Care is also read by its shape where no list holds it: a procedure's
        word ending ("-ectomy", "-plasty", "-scopy"; "-ectomía", "-plastia",
        "ablación", "infiltración"), a finding on any part of the reader ("the
        spot on your ear", "el lunar de su espalda"), "your results", and an
        act on a thing placed in the body, whatever the thing ("the port
        placement", "la colocación del DIU"; "an IUD insertion can be
        uncomfortable for anyone" is general and passes), and a repair done on a part
        of the body, the part after the act in Spanish and before it in English
        ("la reparación del manguito rotador", "la reconstrucción del ligamento
        cruzado", "the tendon repair"; "the roof repair", "la reparación de la
        rampa" and "la reparación de la columna de la entrada" name no part of
        anyone and pass). A money matter's
        settled state is an event ("the deposit is non-refundable", "el claim
        se negó"), and the reader's own words about a step of care said back
        make it theirs ("your comments about the prep").
        Lactation and newborn care counts as care ("the tongue-tie release",
        "the nipple shield", "la anquiloglosia", "la pezonera").
        The reader's standing schedule of care is care with no clinical word
        ("we know the Monday-Wednesday-Friday sessions are hard", "the monthly
        visits", "entendemos lo de venir cada dos viernes a la infusión"), and
        so is a remedy said to have helped them ("glad the medicated dressing
        brought relief"); a clinic's hours pass ("open Monday through Friday").
        So is the reader's condition told by its degree, kind or side with no
        disease word ("the mild loss you have", "the numbness in your feet",
        "su pérdida moderada", "your sugar has been running high", "usted no
        oye bien"; "if you have ringing, tell us" passes), and "PT" or "OT"
        for the reader's therapy ("sorry PT ran late"; not "8 to 5 PT", "our
        PT team" or a practice's name).

    Why:
        A reply sits under the review it answers. Next to "my knee still
        hurts", even a general sentence about knee surgery reads as a
        statement about the reviewer's care. Enforcement cases have turned on
        replies that named a reviewer's condition, treatment plan or bill. The
        reply should say none of it and offer a private route.

    Examples:
        Triggers: `Physical therapy after an ACL repair often takes months.`
        Triggers: `The $1,200 balance reflects your deductible.`
        Triggers: `Lamentamos que su seguro no cubriera el estudio.`
        Triggers: `La recuperación después de una cirugía de cadera lleva su tiempo.`
        Triggers: `Sorry that prep drink was such an ordeal; next time, ask us for the split-dose prep.`
        Passes: `We can't give personal advice here, but in general braces take 18 months. An orthodontist consult is the best start.`
        Passes: `Q: do you take Humana? A: Yes! We accept Humana and most Cigna plans, and we'll check yours before your appointment.`
        Passes: `We're sorry things fell short. Please call {{ contact.phone }} so we can help.`
        Passes: `Questions about bills and insurance can be stressful; our billing team can help at {{ contact.phone }}.`
    """
    known = Known.of(ctx.plans)
    for text in texts(template, body_only=True, links=False, comments=False):
        signed = sign_off_span(text.text)  # "– The Maryvale Rehab team": the practice's name, no one's care
        found = [span for span in _disclosing(text.text, qa.frame(text.text, template.scenario)) if not _members_surname(text.text, span, known)]
        found += [span for span in standing_care(text.text) if not any(s <= span[0] < e or span[0] <= s < span[1] for s, e in found)]  # "the Mon-Wed-Fri sessions"
        found += [span for span in reader_conditions(text.text) if not any(s <= span[0] < e or span[0] <= s < span[1] for s, e in found)]  # "the loss you have"
        if signed and not names_the_practice(text.text, signed, found):
            signed = None  # "– The Knee Replacement team": a department named by care, the reader's
        for start, end in found:
            if signed and signed[0] <= start and end <= signed[1]:
                continue
            yield text.hit(
                start,
                f"Remove '{clip(text.span.show(start, end))}': a reply must not mention diagnoses, treatments, medicines, insurance or money; under a review they read as the reviewer's",
                "Under a review, any clinical or billing detail reads as a fact about the reviewer. Say you're sorry, say nothing about care, and offer {{ contact.name }} at {{ contact.phone }}.",
            )


_NAME_BEFORE = lazyre.compile(r"(?<![\w'’-])([A-Z][\w'’-]*\.?)[ \t]+$")


def _members_surname(text: str, span: tuple[int, int], known: Known) -> bool:
    """Whether the clinical word is a team member's surname after her given name or title ("Pam Whitlow", "Dra. Whitlow"):
    a name the plans let be said, no one's care (round 96)."""
    word = text[span[0] : span[1]]
    before = _NAME_BEFORE.search(text, max(0, span[0] - 24), span[0]) if word[:1].isupper() and word.isalpha() else None
    if before is None:
        return False
    first = before.group(1).rstrip(".")
    return known.is_team((first, word)) or HONORIFIC.fullmatch(before.group(1)) is not None and known.is_team((word,), title=first)


# A refusal to discuss something in public names no one's ("we never go into bills or insurance online", "no
# comentamos pagos ni pólizas por aquí"): an everyday or broad word it lists passes unless "your"/"su" ties it to the
# reader ("we can't discuss your bill" still triggers).
_DECLINE = lazyre.compile(
    r"(?<![\w-])(?i:(?:don['’]t|do\s+not|can['’]t|cannot|can\s+not|never|won['’]t|will\s+not)\s+(?:discuss|talk\s+about|go\s+into|comment\s+on|share\s+details\s+(?:of|about))"
    r"|no\s+(?:(?:podemos|solemos)\s+)?(?:hablamos|hablar|discutimos|discutir|comentamos|comentar|tratamos|tratar)\s+(?:de|sobre)"
    r"|nunca\s+(?:hablamos|comentamos|discutimos)\s+(?:de|sobre))(?![\w-])"
)
# The reviewer's own account said back, "the mix-up you describe with the charges", "el lío que menciona con los
# pagos": a bill word in it restates the review when the clause holds no sum, no payer and no definite event.
_THEIR_ACCOUNT = lazyre.compile(
    r"(?<![\w-])(?i:(?:you|u)\s+(?:describe|described|mention|mentioned|wrote\s+about|shared|raise|raised)"
    r"|que\s+(?:nos\s+)?(?:describe|describio|menciona|menciono|cuenta|conto|relata|comenta|comento|senala|plantea))(?![\w-])"
)


def _clause(text: str, clauses: list[int], clause: int) -> tuple[int, int]:
    return clauses[clause - 1] if clause else 0, clauses[clause] if clause < len(clauses) else len(text)


def _declined(text: str, clauses: list[int], clause: int, start: int) -> bool:
    """True when the word is listed after a refusal to discuss in its clause and no possessive ties it to the reader."""
    begin, _ = _clause(text, clauses, clause)
    return _DECLINE.search(text, begin, start) is not None and not _TIED.search(text, max(0, start - 40), start)


def _restated(text: str, clauses: list[int], clause: int, start: int, end: int) -> bool:
    """True for a money word in a clause that says back the reviewer's own account, with no sum, payer or event."""
    begin, stop = _clause(text, clauses, clause)
    if not any(p.match(text, start) for p in (_MONEY_COMMON, _MONEY_GENERAL)) or _TIED.search(text, max(0, start - 40), start):
        return False
    if _MONEY.search(text, begin, stop) or _PAYERS.search(text, begin, stop) or _MONEY_TERMS.search(text, begin, stop) or _event(text, start, end):
        return False
    return _THEIR_ACCOUNT.search(text, begin, stop) is not None
