"""PHI001 / PHI002: a reply's stance towards the reader, beyond the example tables.

Where a finding points (the disclosing words, not a neighbour), the documented
decisions (hypotheticals, negation, "whether or not you are a patient", general
answers), the vocabulary tiers, a fuzz over replies assembled from safe and leaking
clauses, and the work growing with the text, not its square. Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import clinical_detail, stance

from tests.rules.harness import hits, response
from tests.rules.work import steps


def found(code: str, text: str) -> list[str]:
    """The quoted words of each finding of `code` on a reply with this body."""
    return [h.message.split("'")[1] for h in hits(code, response(text))]


def located(code: str, text: str, body_line: int = 8) -> list[tuple[int, int]]:
    return [(h.line, h.column) for h in hits(code, response(text, body_line=body_line))]


# --- where a finding points ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("Thanks so much!\n\nIt was great seeing you again, Mia.", "seeing you again"),
        ("We hear you. Honestly, you checked in at 9:47 that day.", "you checked in"),
        ("Sorry for the trouble. You've trusted our office for years.", "You've trusted our office for years"),
        ("Gracias por escribir.\nSegún el registro usted entró a las 4:25.", "Según el registro"),
        ("We're sorry.\nYour wife had a long wait on Monday.", "Your wife"),
        ("Thanks! ¡Qué gusto verla otra vez!", "verla otra vez"),
    ],
)
def test_phi001_points_at_the_disclosing_words(text, words):
    hit = hits("PHI001", response(text, body_line=8))[0]
    line = text[: text.index(words)].count("\n")
    column = text.index(words) - (text.rfind("\n", 0, text.index(words)) + 1) + 1
    assert (hit.line, hit.column) == (8 + line, column)
    assert hit.message.startswith(f"Remove '{words}")


def test_phi001_one_finding_per_clause_at_the_closest_pair():
    text = "You came in on Monday; you waited two hours, and we are sorry about Tuesday."
    assert found("PHI001", text) == ["You came in", "waited two hours", "sorry about Tuesday"]


def test_phi001_quotes_accents_as_written():
    assert found("PHI001", "Lamentamos que su esposo haya esperado tanto el miércoles.") == ["su esposo", "haya esperado tanto el miércoles"]


def test_phi002_points_at_the_term_and_names_it():
    reply = response("We're sorry.\n\nThe Ozempic refill went to your pharmacy.", body_line=8)
    (hit,) = hits("PHI002", reply)
    assert (hit.line, hit.column) == (10, 5) and "'Ozempic refill'" in hit.message


# --- decisions --------------------------------------------------------------------------------------------------

DECISIONS = {
    # A hypothetical that describes the reader's visit still describes it.
    "If you visited us last week, the delay was a staffing problem.": True,
    "Whoever you saw on Monday should have explained the wait.": True,
    "Si usted vino el martes, el retraso fue por una emergencia.": True,
    # Negation does not excuse the reader's care ...
    "We can't discuss your visit here, but please call.": True,
    "No podemos hablar de su cita en redes.": True,
    # ... and a sentence about no one in particular confirms nothing.
    "We cannot discuss any visit or anyone's care in a public forum.": False,
    "No comentamos citas ni la atención de ninguna persona en redes.": False,
    "Any patient who waits more than 20 minutes should hear why from our staff.": False,
    # The one safe way to mention being a patient.
    "We can neither confirm nor deny whether you are a patient.": False,
    "As a patient of ours, you deserve better.": True,
    # Praise is no excuse: a warm reply confirms as surely as a rebuttal.
    "So glad you're back on the trail after all those months!": True,
    "Our records show you arrived late, so the slot was given away.": True,
    # A bare wait restates the review; when, how long, how often or whose wait is ours to confirm.
    "We're sorry you had to wait, and we'd like to hear more at {{ contact.phone }}.": False,
    "Sorry we kept you waiting. Please call us.": False,
    "Qué pena que haya tenido que esperar; llámenos, por favor.": False,
    "Lamentamos de verdad que la espera resultara tan larga.": False,
    "We're sorry you waited close to two hours.": True,
    "Sorry about the 40-minute wait on Thursday.": True,
    "Sorry we kept you waiting again.": True,
    "Lamentamos que haya esperado dos horas.": True,
    "Sentimos la espera del martes.": True,
    "Lamentamos que su mamá haya tenido que esperar.": True,
    # Whatever "went smoothly" under a review is the reviewer's care.
    "So glad the procedure went smoothly!": True,
    "Glad everything turned out fine with the new crown.": True,
    "Qué bueno que la cirugía de su papá salió muy bien.": True,
    "Nos alegra saber que todo salió de maravilla.": True,
    "Glad the health fair went well; thanks for stopping by our booth!": False,
}


@pytest.mark.parametrize("text, discloses", DECISIONS.items(), ids=[t[:40] for t in DECISIONS])
def test_documented_decisions(text, discloses):
    assert bool(found("PHI001", text) or found("PHI002", text)) is discloses


@pytest.mark.parametrize(
    "text, words",
    [
        # Spanish addressed to "tú" in the past tense is the reader, whatever the verb
        ("¡Qué bueno que viniste el sábado!", "viniste"),
        ("Gracias por lo que compartiste, y qué gusto que regresaste otra vez.", "regresaste otra vez"),
        # the practice acting on the reader
        ("We texted you the day before about the delay.", "texted you"),
        # an apology whose object is a day, and not a system-wide note that has a day in it
        ("Sorry for the long wait on Monday!", "Sorry for the long wait on Monday"),
        ("Lamentamos lo del martes.", "Lamentamos lo del martes"),
        # "this time" says there were others
        ("Glad it went smoother for you this time!", "you this time"),
    ],
)
def test_more_ways_of_saying_it(text, words):
    assert words in found("PHI001", text)


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry the website was down Saturday night; it's back up now.",
        "We can't discuss your concerns at this time, but please call {{ contact.phone }}.",
        "Qué triste leer esto. Existe una mejor manera y queremos encontrarla contigo: {{ contact.phone }}.",
        "We hate to waste your time, so please call us directly.",
        "We appreciate you bringing this to our attention.",
    ],
)
def test_look_alikes_of_dealings_confirm_nothing(text):
    assert found("PHI001", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, {{ reviewer }}! Thank you again for the kind words.",
        "We'd love to hear from you: {{ contact.phone }}, Monday to Friday.",
        "You can call us weekdays 8-5, or book online any time.",
        "Our team is smiling today because of you!",
        "Hope to see you at the community walk on Saturday!",
        "We've got a new phone system as of March 3. If you'd like to talk, call us.",
        "Nuestro equipo le atenderá con gusto de lunes a viernes.",
        "Le pedimos una disculpa y le agradecemos su paciencia.",
        "Si gusta, con gusto le ayudamos por teléfono.",
        "Thanks for letting us know! Someone from our team will follow up with you directly.",
    ],
)
def test_courtesies_invitations_hours_and_events_confirm_nothing(text):
    assert found("PHI001", text) == []


# --- PHI002 tiers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, flagged",
    [
        # specific: drugs, tests, payers, money terms and amounts disclose anywhere ...
        ("Lisinopril can cause a dry cough.", ["Lisinopril"]),
        ("Colonoscopy prep is nobody's favorite.", ["Colonoscopy prep"]),
        ("Aetna sometimes needs extra paperwork.", ["Aetna"]),
        ("The $75 fee stands.", ["$75"]),
        # ... unless the sentence says it is general and says nothing about the reader
        ("In general, everyone over 45 should ask about colon cancer screening.", []),
        ("We accept Medicare and most major plans.", []),
        ("In general, metformin is taken with meals, and you should keep taking yours.", ["metformin"]),
        # common words need the reader or an occasion
        ("Pregnancy brings lots of questions.", []),
        ("Congratulations on the pregnancy!", ["pregnancy"]),
        ("Felicidades por el embarazo.", ["embarazo"]),
        ("We hope your pregnancy is going smoothly.", ["pregnancy"]),
        # general words need the reader
        ("Insurance can be confusing.", []),
        # money words in a clause about how bills tend to be, with no reader, sum or payer in it
        ("Copays can be hard to predict.", []),
        ("Los copagos suelen ser un dolor de cabeza.", []),
        ("Sentimos que el trámite fuera un dolor de cabeza.", []),
        ("Sentimos que el dolor de cabeza siguiera.", ["dolor de cabeza"]),
        ("Copays can be steep, and yours was $40.", ["$40"]),
        ("Your copay can be paid online.", ["copay"]),
        ("Cigna can be slow to approve things.", ["Cigna"]),
        ("Lamentamos cualquier molestia con sus cargos.", ["sus cargos"]),  # "sus": the reader's charges
        ("Your insurance should cover it.", ["insurance", "cover"]),
        ("Su seguro no cubrió el estudio.", ["seguro", "no cubrió"]),
        # money words of general answers need the reader or an occasion
        ("We offer payment plans for larger bills.", []),
        ("The claim was denied last month.", ["claim", "denied"]),
        ("Sorry the statement was confusing!", ["statement"]),
        ("Las preguntas sobre cobros se atienden en privado.", []),
        ("Le aplicamos el descuento por pago en efectivo.", ["descuento", "pago en efectivo"]),
        # public-health recommendations and service offers are general
        ("The shingles vaccine is recommended for adults 50 and older.", []),
        ("Yes, we offer mammograms on site.", []),
        # departments and emergency advice are routes, not details
        ("Our billing team can help at {{ contact.phone }}.", []),
        ("For emergencies, please call 911 or go to the ER.", []),
        # the steps of a care episode in lay words: with an occasion, the reader or advice for next time
        ("Sorry the prep was so rough.", ["prep"]),
        ("For next time, ask about the split-dose prep.", ["prep"]),
        ("Glad the numbing wore off quickly!", ["numbing"]),
        ("Hope the stitches come out easily.", ["stitches"]),
        ("Sentimos que los puntos le molestaran.", ["puntos"]),
        ("Para la próxima, pregunte por la sedación.", ["sedación"]),
        ("Qué bueno que la limpieza fue rápida.", ["limpieza"]),
        ("We're sorry the two-week wait felt so long.", ["two-week wait"]),
        ("The prep instructions are on our website.", []),
        ("Our cleaning crew comes in at night.", []),
        # a reply framed as a general answer keeps its later general sentences general ...
        ("We can't give personal advice here, but in general braces take 18 months. A consult with an orthodontist is the best start.", []),
        ("No podemos dar consejos médicos por aquí; en general, la colonoscopia se recomienda desde los 45. Un chequeo anual es buen comienzo.", []),
        # ... but not a sentence that addresses the reader, an occasion or a definite event
        ("In general, a colonoscopy is recommended from 45. Sorry your colonoscopy was painful.", ["colonoscopy"]),
        ("In general, recovery takes weeks. We're sorry the biopsy hurt.", ["biopsy"]),
        ("En general, la recuperación toma semanas. La biopsia salió bien.", ["biopsia"]),
    ],
)
def test_phi002_tiers(text, flagged):
    assert found("PHI002", text) == flagged


def test_clinical_terms_is_the_one_vocabulary_lookup():
    text = "Your Cigna copay for the mammogram was $40; insurance and the ER are words too."
    tiers = {text[s:e]: tier for s, e, tier in clinical_detail.clinical_terms(text)}
    assert tiers == {"Cigna": "specific", "copay": "specific", "mammogram": "specific", "$40": "specific", "insurance": "general"}


# --- fuzz: replies assembled from clauses ---------------------------------------------------------------------------

SAFE = [
    "We're sorry to read this, {{ reviewer }}.",
    "Thank you for the kind words!",
    "Your feedback matters to us.",
    "Tell us more, if you will: call {{ contact.name }} at {{ contact.phone }}.",
    "Lamentamos lo que describe.",
    "Gracias por sus comentarios.",
    "Nos gustaría escucharle: {{ contact.phone }}.",
    "Long waits are frustrating for everyone.",
    "Questions about bills can be stressful.",
    "You can reach us Monday through Friday.",
    "We hope you have a wonderful week.",
    "Privacy rules keep us from discussing anyone's care online.",
]
LEAKS = [
    ("Great seeing you again!", "PHI001"),
    ("You checked in at 9:47.", "PHI001"),
    ("Usted entró a las 4:25.", "PHI001"),
    ("Our records show a no-show.", "PHI001"),
    ("Say hi to your mom for us.", "PHI001"),
    ("The refill of your Zoloft is ready.", "PHI002"),
    ("Su copago es de $25.", "PHI002"),
    ("Congrats on finishing chemo!", "PHI002"),
]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(SAFE), min_size=1, max_size=6), st.sampled_from([" ", "\n", "\n\n"]))
def test_fuzz_safe_clauses_never_disclose(parts, joiner):
    text = joiner.join(parts)
    assert found("PHI001", text) == [] and found("PHI002", text) == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(SAFE), max_size=5), st.sampled_from(LEAKS), st.integers(0, 5), st.sampled_from([" ", "\n"]))
def test_fuzz_a_leak_among_safe_clauses_is_found_on_its_line(parts, leak, where, joiner):
    sentence, code = leak
    parts = list(parts)
    parts.insert(min(where, len(parts)), sentence)
    text = joiner.join(parts)
    line = 8 + text[: text.index(sentence)].count("\n")
    lines = [h.line for h in hits(code, response(text, body_line=8))]
    assert line in lines, (text, lines)


# --- linear work ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "you came in on Monday and you waited and your visit was on the 3rd and ",  # one endless clause
        "You checked in at 9:47. Gracias por su paciencia. ",
        "you you you you again again Monday 9:10 ",
    ],
)
def test_pairing_work_grows_with_the_text_not_its_square(unit):
    def work(text: str) -> int:
        return sum(1 for _ in stance.nearby(stance.read_marks(text)))

    small, large = work(unit * 200), work(unit * 400)
    assert small > 0 and large <= 2.1 * small


# --- waits, care episodes, general answers: fuzzed in both languages ---------------------------------------------

APOLOGIES = ["We're sorry", "Sorry", "We apologize that", "Lamentamos que", "Qué pena que", "Sentimos mucho que"]
BARE_WAITS = {
    "en": ["you had to wait", "we kept you waiting", "the wait was frustrating", "you were kept waiting"],
    "es": ["haya tenido que esperar", "la espera haya sido larga", "lo hayamos hecho esperar", "haya esperado"],
}
MEASURES = {
    "en": ["two hours", "45 minutes", "on Tuesday", "at 3:15", "again", "all morning on the 9th"],
    "es": ["dos horas", "45 minutos", "el martes", "a las 3:15", "otra vez", "el día 9"],
}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_a_bare_wait_passes_and_when_or_how_long_discloses(lang, data):
    apology = data.draw(st.sampled_from([a for a in APOLOGIES if (a[0] in "WS" and lang == "en") or (a[0] in "LQS" and lang == "es")]))
    wait = data.draw(st.sampled_from(BARE_WAITS[lang]))
    measure = data.draw(st.sampled_from(MEASURES[lang]))
    contact = " Please call {{ contact.phone }}." if lang == "en" else " Llámenos al {{ contact.phone }}."
    assert found("PHI001", f"{apology} {wait}.{contact}") == []
    assert found("PHI001", f"{apology} {wait} {measure}.{contact}") != []


EPISODES = {
    "en": ["the prep", "the scope", "the numbing", "the stitches", "the transfer", "the sedation", "the incision"],
    "es": ["la prepa", "los puntos", "la limpieza", "la transferencia", "la sedación", "la herida", "las grapas"],
}
OCCASIONS = {
    "en": ["We're sorry {} was so rough.", "Glad {} went smoothly!", "Hope {} heals quickly.", "For next time, ask about {}."],
    "es": ["Sentimos que {} fuera tan pesada.", "Qué bueno que {} salió bien.", "Ojalá que {} sane pronto.", "Para la próxima, pregunte por {}."],
}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_the_steps_of_a_care_episode_disclose_with_an_occasion(lang, data):
    episode = data.draw(st.sampled_from(EPISODES[lang]))
    sentence = data.draw(st.sampled_from(OCCASIONS[lang])).format(episode)
    noun = episode.split(" ", 1)[1]
    assert any(noun in words for words in found("PHI001", sentence) + found("PHI002", sentence))


GENERAL_ANSWERS = [
    "We can't give personal advice here, but in general {} are checked once a year. A visit with your own doctor is the best start.",
    "No podemos dar consejos médicos por aquí; en general, {} se revisan una vez al año. Un chequeo es el mejor comienzo.",
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(GENERAL_ANSWERS), st.sampled_from(["mammograms", "hearing tests", "A1C levels", "las mamografías", "los lunares", "las pruebas de audición"]))
def test_a_reply_framed_as_a_general_answer_stays_general(answer, topic):
    text = answer.format(topic)
    assert found("PHI002", text) == []
    assert found("PHI002", text + " Sorry your biopsy took so long.") == ["biopsy"]


# --- a promise to answer the reader: what comes next, not their dealings ------------------------------------------

PROMISES = {
    "en": [
        "someone from our team will get back to you",
        "we'll call you back",
        "we will reply to you",
        "our manager can call you",
        "we're going to text you",
        "we will be happy to call you back",
    ],
    "es": ["alguien de recepción le contesta", "le llamamos", "le regresamos la llamada", "le vamos a llamar", "te respondemos", "le escribimos"],
}
WHEN_TO_COME = {
    "en": ["the same day", "tomorrow morning", "within one business day", "today", "the next business day"],
    "es": ["el mismo día", "mañana temprano", "en menos de 24 horas", "hoy mismo", "al día siguiente"],
}
WHEN_PAST = {
    "en": ["yesterday", "last Tuesday", "two days ago"],
    "es": ["ayer", "el martes pasado", "hace dos días"],
}
PAST_PROMISES = {"en": ["we called you back", "someone called you", "we texted you"], "es": ["le llamamos", "le escribimos", "le contestamos"]}


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_a_promise_to_answer_with_when_we_will_passes(lang, data):
    promise = data.draw(st.sampled_from(PROMISES[lang]))
    when = data.draw(st.sampled_from(WHEN_TO_COME[lang]))
    if lang == "en":
        text = f"Write to {{{{ contact.email }}}} and {promise} {when}."
    else:
        text = f"Escríbanos a {{{{ contact.email }}}} y {promise} {when}."
    assert found("PHI001", text) == [], text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_an_answer_already_given_is_a_dealing(lang, data):
    said = data.draw(st.sampled_from(PAST_PROMISES[lang]))
    when = data.draw(st.sampled_from(WHEN_PAST[lang]))
    text = f"{said[0].upper()}{said[1:]} {when} about this."
    assert found("PHI001", text) != [], text


def test_a_promise_excuses_only_its_own_time_not_a_wait_after_it():
    assert found("PHI001", "We will call you back Tuesday since you waited two hours.") == ["waited two hours"]
    assert found("PHI001", "We'll call you tomorrow about your appointment.") == ["your appointment"]
    assert found("PHI001", "We'll see you Thursday at 2:15.") != []


# --- one child named bare: the reviewer's ----------------------------------------------------------------------

CHILD = {"en": ["the baby", "the little one", "the little guy", "the kiddo"], "es": ["el nene", "la nena", "el bebé", "la niña", "el chiquito"]}
STAFF_DID = {
    "en": ["Our nurse should have been gentler with {child}.", "The hygienist rushed {child}, and that is on us."],
    "es": ["La enfermera debió tener más paciencia con {child}.", "El médico no le explicó nada a {child}, y eso no está bien."],
}
CARE_WITH = {
    "en": ["We know {child} had a hard time with the 2-month shots.", "Sorry {child} cried so much through the vaccines."],
    "es": ["Sabemos que {child} lloró con las vacunas de los 4 meses.", "Sentimos que {child} la pasara mal con las vacunas."],
}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_one_child_named_bare_with_our_staff_is_a_dealing(lang, data):
    child = data.draw(st.sampled_from(CHILD[lang]))
    text = data.draw(st.sampled_from(STAFF_DID[lang])).format(child=child)
    assert found("PHI001", text) != [], text


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_one_child_named_bare_makes_a_broad_care_word_theirs(lang, data):
    child = data.draw(st.sampled_from(CHILD[lang]))
    text = data.draw(st.sampled_from(CARE_WITH[lang])).format(child=child)
    assert hits("PHI002", response(text)) != [], text


KNOWN = {"en": ["I know", "We know", "We heard"], "es": ["Sé que", "Sabemos que"]}
PASTS = {
    "en": ["the shots were hard on everyone", "the stitches hurt more than expected", "the X-ray took forever"],
    "es": ["la inyección le dolió", "las vacunas fueron pesadas", "la radiografía tardó mucho"],
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_what_the_reply_knows_happened_is_the_readers(lang, data):
    text = f"{data.draw(st.sampled_from(KNOWN[lang]))} {data.draw(st.sampled_from(PASTS[lang]))}."
    assert hits("PHI002", response(text)) != [], text


def test_knowing_how_things_tend_to_be_is_anyones():
    assert hits("PHI002", response("We know how scary vaccines can be for first-time parents.")) == []
    assert hits("PHI002", response("Sabemos que las vacunas pueden asustar a los peques.")) == []


def test_children_as_a_crowd_with_our_staff_pass():
    assert found("PHI001", "Our nurses love the little ones who come to story hour.") == []
    assert found("PHI001", "Thank you! Our hygienists adore the kiddos at the school fair.") == []
    assert hits("PHI002", response("We offer flu shots on Saturdays for the whole family.")) == []


def test_one_child_with_staff_grows_linearly():
    """The child's mark is one bounded word list: doubling a reply of near-misses at most doubles the work."""
    unit = "the little ones the nurse. el nene. la enfermera de la nena y los peques. the baby shots vacunas. we know that a b c d e sabemos que "

    def work(text: str) -> int:
        return _steps(stance, lambda: (hits("PHI001", response(text)), hits("PHI002", response(text))))

    small, large = work(unit * 20), work(unit * 40)
    assert large < 2.3 * small


def _steps(folder_of, run) -> int:
    """Lines executed in the package of module `folder_of` while `run()` runs: the work, without the clock's noise."""
    return steps(folder_of, run)
