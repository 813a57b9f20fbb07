"""Care named as a subject: what people study, train in or talk about, no one's care.

An event post names the neighbours who helped by what they study or teach ("FIU physical therapy students <Name> and
<Name>", "los estudiantes de trabajo social de UTRGV"), offers a training ("free naloxone training with our team",
"capacitación de RCP") or says what a visitor talked about ("spent the morning with Ms. <Name>'s class talking about
asthma triggers", "platicando sobre la diabetes"), also with whom in between, in lower case and no one's pronoun ("hablar con los
alumnos de 3.º B acerca de las caries", "talked with the seniors about falls"), or names a partner for a condition it serves
("con el grupo <Condition>'s Family Circle", "the <Condition> Foundation": round 49). The care words there are a field, a
topic or a body's name: they tell no one's care, yet read word by word they look like it ("with our team" after "naloxone"). `blank_subjects` blanks such spans
(same length, so every offset stays), before community_roles.py reads a named neighbour's care. A subject said with
someone's own possessive ("talking about her knee surgery", "hablando de su operación", "his rehab training") is kept:
that may be their care. Each pattern is bounded and the text is read once: linear.
"""

from __future__ import annotations

from ... import lazyre

# The field before a learner or a training ("physical therapy students", "nursing interns", "naloxone training").
_FIELD_HEAD = lazyre.compile(r"(?<![\w-])(?i:students?|trainees?|majors?|interns?|externs?|training|trainings|certifications?|instructors?|educators?)(?![\w-])")
_FIELD_WORDS = lazyre.compile(r"(?<![\w'’-])(?P<own>(?i:his|her|their|my|your)[ \t]+)?(?P<field>(?:[A-Za-z][\w-]*[ \t]+){1,3})$")
# The field after a learner or a training ("estudiantes de trabajo social", "capacitación en primeros auxilios").
_FIELD_AFTER = lazyre.compile(
    r"(?<![\w-])(?i:estudiantes?|alumn[oa]s?|pasantes?|practicantes?|internos|capacitaci[oó]n|capacitaciones|certificaci[oó]n|"
    r"entrenamiento|instructor[ae]s?|educador[ae]s?)[ \t]+(?i:de|en|sobre)[ \t]+"
    r"(?!(?i:su|sus|mi|mis|tu|tus)(?![\w-]))(?P<field>(?:(?i:la|el|los|las)[ \t]+)?[a-záéíóúñü][\w-]*(?:[ \t]+(?!(?:de|del|y|e|en|con|para|por|que)(?![\w-]))[a-záéíóúñü][\w-]*){0,2})"
)
# A topic talked about, taught or asked about, up to the clause's end ("talking about asthma triggers, dust mites ...").
_TALK = lazyre.compile(
    r"(?<![\w-])(?:(?i:talk|talks|talked|talking|chat|chatted|chatting|spoke|speak|speaks|speaking|teach|teaches|teaching|taught|learn|learned|learning|"
    r"lessons?|presentation|presented|questions?)[ \t]+"
    r"(?:(?P<audience_en>(?i:with|to|for)[ \t]+(?:[^.!?;:\n()A-Z]|\.(?=\S)){1,60}?)[ \t]+(?=(?i:about)[ \t]))?(?i:about|on)"
    r"|(?i:hablar|hablando|habló|hablaron|hablamos|charla|charlar|charlamos|plática|platica|platicar|platicamos|platicando|platicaron|conversar|conversamos|enseñar|enseñando|enseñó|"
    r"enseñaron|aprender|aprendiendo|aprendieron|aprendimos|explicar|explicando|explicó|explicaron|preguntas)[ \t]+"
    r"(?:(?P<audience>(?i:with|to|con|a|para)[ \t]+(?:[^.!?;:\n()A-ZÁÉÍÓÚÑ]|\.(?=\S)){1,60}?)[ \t]+(?=(?i:about|sobre|acerca)[ \t]))?"
    r"(?i:sobre|de|acerca[ \t]+de))(?![\w-])(?P<topic>[^.!?;\n()]{1,100})"
)
# An organisation named for a condition it serves (round 49): after its kind ("el grupo <Name>", "la fundación <Name>",
# "the group <Name>") or by its capitalised head word ("<Condition>'s Family Circle", "<Condition> Association of <Town>",
# "<Condition> Foundation"): its words name a body, no one's care.
_ORG_CAPS = r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|de|del|for|para|y|and|&)[ \t]+)?[A-Z][\w'’&.-]*){0,6}"
_ORG_NAMED = lazyre.compile(
    r"(?<![\w-])(?i:grupo|group|asociaci[oó]n|association|organizaci[oó]n|organization|fundaci[oó]n|foundation|coalici[oó]n|coalition|alianza|alliance|sociedad|society)"
    rf"[ \t]+(?P<name>{_ORG_CAPS})"
    r"|(?P<caps>(?<![\w'’-])(?:[A-Z][\w'’&.-]*[ \t]+){1,5}(?:Association|Foundation|Society|Circle|Coalition|Alliance|Network|Asociaci[oó]n|Fundaci[oó]n|Sociedad|C[ií]rculo|Alianza))(?![\w-])"
    r"(?:[ \t]+(?:of|de|del|for|para)[ \t]+[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,2})?"
)
_OWN = lazyre.compile(r"(?<![\w'’-])(?i:his|her|hers|their|my|mine|su|sus|mi|mis|he|she|él|ella)(?![\w'’-])")
_HIM = lazyre.compile(r"(?<![\w'’-])(?i:him)(?![\w'’-])")  # one hearer: "talked with him about ..." may be his care


def blank_subjects(text: str) -> str:
    """The text with each field studied or trained in and each topic talked about blanked (same length)."""
    spans: list[tuple[int, int]] = []
    for head in _FIELD_HEAD.finditer(text):
        words = _FIELD_WORDS.search(text, max(0, head.start() - 40), head.start())
        if words and not words.group("own"):
            spans.append((words.start("field"), head.end()))
    for match in _FIELD_AFTER.finditer(text):
        spans.append((match.start(), match.end("field")))
    for match in _ORG_NAMED.finditer(text):  # "con el grupo <Condition>'s Family Circle of <Town>": a body's name
        spans.append((match.start("name"), match.end()) if match.group("name") else (match.start(), match.end()))
    for match in _TALK.finditer(text):
        audience = match.group("audience") or match.group("audience_en") or ""  # "hablar con los de 5.º grado sobre ..."
        if not _OWN.search(match.group("topic")) and not _OWN.search(audience) and not _HIM.search(audience):
            spans.append((match.start("topic"), match.end("topic")))
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
