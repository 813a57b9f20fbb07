"""A public Q&A answer: a reply that quotes a question and answers it for everyone (issue 9).

Staff answer questions asked in the open ("Q: do you take Tricare? A: We do ...", "P: ¿ponen la
vacuna del VPH? R: Sí ..."), and a template of the scenario medical-question-in-comments is such an
answer as a whole. The question is the asker's words about the practice ("do you", "¿hacen ...?"),
and the answer speaks to anyone who asks; PHI001 and PHI002 read them so:

- the question discloses nothing of the reader's dealings (its "you" is us) and its care words are
  asked about, unless it tells a definite event ("my claim was denied") that PHI002 reads;
- the answer is a general-answer frame (stance.py): its sentences stay general while they do not
  address the reader, mark an occasion or state a definite event;
- advice about the reader's next visit, in the future or as an instruction ("we'll confirm yours
  before your appointment", "bring your insurance card to your visit", "traiga su tarjeta antes de
  su cita") is no dealing: it tells everyone what to do. A past or a day makes it the reader's
  again ("your visit on Tuesday", "we saw you Tuesday", "su prueba salió").
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import lazyre
from .stance import POINT_WORDS, TIME_SHAPES

QUESTION_SCENARIO = "medical-question-in-comments"

_QUESTION = lazyre.compile(
    r"\A\W{0,3}(?i:q|p|question|pregunta|asked|someone\s+asked|a\s+reader\s+asked|you\s+asked|nos\s+preguntan|nos\s+preguntaron|preguntan)"
    r"[ \t]*[:：]"
)
# The answer's label opens a line, or follows the question's end ("... Tuesdays? A: Yes", "... / Answer: ...").
_ANSWER = lazyre.compile(r"(?:\n|(?<=[?!.])[ \t]+|[ \t]/[ \t]*)\W{0,3}(?i:a|r|answer|respuesta|our\s+answer|nuestra\s+respuesta)[ \t]*[:：]")


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the quoted question lies ([0, question_end)) and where the answer starts."""

    question_end: int
    answer: int

    def in_question(self, at: int) -> bool:
        return at < self.question_end


def frame(text: str, scenario: str = "") -> Frame | None:
    """The Q&A frame of a reply: a labelled question at its start and a labelled answer after it, or a
    template whose scenario is a public question (then all of it is the answer)."""
    question = _QUESTION.match(text)
    if question is not None:
        answer = _ANSWER.search(text, question.end())
        if answer is not None:
            return Frame(answer.start(), answer.end())
    if scenario == QUESTION_SCENARIO:
        return Frame(0, 0)
    return None


# The next visit as advice: after "before", "to", "antes de", "para" ("we'll confirm yours before your appointment",
# "bring your card to your visit", "traiga su tarjeta antes de su cita"), what to bring or show ("bring your
# insurance card") or what we will check ("we'll check your coverage"), in a clause with a future or an
# instruction and no past, no day and no repeat ("next time", "otra vez" say there was a first).
_AHEAD = lazyre.compile(
    r"(?<![\w-])(?i:before|ahead\s+of|prior\s+to|for|to|at|antes\s+de|para|a|en|check|confirm|verify|revisar|revisamos"
    r"|verificar|verificamos|confirmar|confirmamos|bring|have|show|update|traiga|tenga|muestre|actualice)[ \t]+$"
)
_FUTURE = lazyre.compile(
    r"(?<![\w-])(?i:will|can|bring|call|ask|please|remember|traiga|trae|llame|llama|pregunte|puede|podemos|vamos\s+a)(?![\w-])"
    r"|(?<=[a-z])(?i:['’]ll|aremos|eremos|iremos)(?![\w-])"
)
_PAST = lazyre.compile(
    r"(?<![\w-])(?i:was|were|did|had|came|went|got|yesterday|last|ago|already|fue|fueron|salio|salieron|tuvo|vino|ayer|ya"
    r"|pasad[oa]|again|next\s+time|otra\s+vez|de\s+nuevo|la\s+proxima\s+vez)(?![\w-])"
)


def advising(text: str, clauses: list[int]) -> set[int]:
    """The clauses that are advice for anyone's next step, by index (as bisect_right(clauses, at) counts them):
    a future or an instruction, and no past and no day ("bring your insurance card", "we'll check yours"; not
    "your claim was denied Tuesday"). Each clause is read once."""
    found = set()
    for index in range(len(clauses) + 1):
        begin, end = clauses[index - 1] if index else 0, clauses[index] if index < len(clauses) else len(text)
        if _PAST.search(text, begin, end) or TIME_SHAPES.search(text, begin, end) or POINT_WORDS.search(text, begin, end):
            continue
        if _FUTURE.search(text, begin, end):
            found.add(index)
    return found


def ahead(text: str, start: int) -> bool:
    """True when the reader's thing at `start` ("your appointment", "su cita") follows "before", "to", "antes de",
    "bring" or "we'll check": their next visit, or what to bring or what we will check."""
    return _AHEAD.search(text, max(0, start - 24), start) is not None
