"""The reader's attendance, or where someone of theirs is now seen, told in a reply (PHI001).

"You've never missed a Tuesday", "hasn't skipped a single session", "perfect attendance", "en estos años no ha
faltado ni una vez", "no se ha perdido ni una cita", "nunca llega tarde a su terapia": only the clinic keeps the
reader's attendance, so praising it confirms them as a patient, though no visit word is there. So does telling which
of our offices someone goes to now ("now that he goes to the <Town> office instead", "ahora que ella se atiende en
la clínica de <Town>"). Bounded patterns on folded text, one pass each: linear. "We never miss a chance to say thanks"
(our own habit) and "no ha faltado quien nos ayude" (no lack of helpers) are no attendance.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre

_MISS = r"(?:missed|miss|skipped|skip|cancell?ed|no-showed|been[ \t]+late|shown[ \t]+up[ \t]+late)"
_ATTENDS = lazyre.compile(
    # "you've never missed", "you have not once skipped", "u never miss"
    rf"(?<![\w'’-])(?i:you|u)(?:['’]ve|[ \t]+have|[ \t]+had)?[ \t]+(?i:never|not[ \t]+once|hardly[ \t]+ever|rarely|barely[ \t]+ever)[ \t]+(?i:once[ \t]+)?(?i:{_MISS})(?![\w-])"
    # "you haven't missed a single ...", "you didn't skip one"
    rf"|(?<![\w'’-])(?i:you|u)[ \t]+(?i:haven['’]?t|have[ \t]+not|didn['’]?t|did[ \t]+not|don['’]?t|do[ \t]+not)[ \t]+(?i:{_MISS})[ \t]+(?i:a|one|any|an?[ \t]+single|one[ \t]+single)(?![\w-])"
    # with no subject: "never once missed a session", "not missing a single week"
    r"|(?<![\w'’-])(?i:(?:never|not)[ \t]+once[ \t]+(?:missed|skipped)|without[ \t]+missing|not[ \t]+missing|never[ \t]+missing|never[ \t]+missed)[ \t]+(?i:a|an|one|any|a[ \t]+single)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?i:appointments?|visits?|sessions?|class(?:es)?|check-?ups?|weeks?|treatments?|doses?|shots?|cleanings?|days?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?)(?![\w-])"
    r"|(?<![\w'’-])(?i:perfect[ \t]+attendance|asistencia[ \t]+perfecta)(?![\w-])"
    # "no ha faltado ni una vez", "nunca has faltado a una cita" (not "no ha faltado quien ...": no lack of helpers)
    r"|(?<![\w'’-])(?i:no|nunca|jamas)[ \t]+(?i:ha|has|habia|habias|haya|hayas)[ \t]+(?i:faltado|fallado)(?=[ \t]*(?:[.,;!]|(?i:ni|a|nunca|jamas|en|desde|una|un)(?![\w-])))"
    # "no se ha perdido ni una cita", "nunca te has perdido una sesión"
    r"|(?<![\w'’-])(?i:no|nunca|jamas)[ \t]+(?i:se|te)[ \t]+(?i:ha|has|habia|habias)[ \t]+(?i:perdido)[ \t]+(?i:ni[ \t]+)?(?i:una|un|ninguna|ningun)(?![\w-])"
    # "nunca falta a su terapia", "nunca llega tarde"
    r"|(?<![\w'’-])(?i:nunca|jamas)[ \t]+(?i:falta|faltas|falto|faltaste|llega[ \t]+tarde|llegas[ \t]+tarde|llego[ \t]+tarde)(?=[ \t]*(?:[.,;!]|(?i:a[ \t]+(?:su|sus|tu|tus|una|ninguna|la|las|los|el))(?![\w-])))"
)
# Someone now seen at another office of ours: "now that he goes to the <Town> office", "ahora que se atiende en la clinica de <Town>"
_SEEN_ELSEWHERE = lazyre.compile(
    r"(?<![\w'’-])(?i:he|she|they|you)[ \t]+(?i:goes|go|is[ \t]+going|are[ \t]+going|switched|moved|transferred|is[ \t]+seen|are[ \t]+seen|sees[ \t]+us)[ \t]+"
    r"(?i:to|over[ \t]+to|at)[ \t]+(?i:the|our)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:office|clinic|location|site|branch|campus)(?![\w-])"
    r"|(?<![\w'’-])(?:(?i:el|ella|usted|tu)[ \t]+)?(?i:se[ \t]+atiende|se[ \t]+cambio|va|se[ \t]+paso)[ \t]+(?i:a|en|con)[ \t]+(?i:la|el|nuestra|nuestro)[ \t]+"
    r"(?i:clinica|oficina|consultorio|sucursal|sede)[ \t]+(?i:de|del)[ \t]+[A-Z]"
)


def attendance(text: str) -> Iterator[tuple[int, int]]:
    """Spans telling the reader's attendance, or where someone of theirs is now seen (folded text)."""
    for pattern in (_ATTENDS, _SEEN_ELSEWHERE):
        for match in pattern.finditer(text):
            yield match.span()
