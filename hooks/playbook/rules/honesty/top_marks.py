"""FTC004: the top mark of a survey's scale, whatever the scale, as the condition of a review request.

A review asked only of those who give the top of the scale filters reviews like "if you loved it" does. Surveys use
many scales: 1-5 ("4 o 5", "a 4 or a 5", "5 de 5"), 0-10 ("9 or 10", "10/10"), letter grades ("an A"), faces and
thumbs ("😀", "👍", "carita feliz"), a Likert box ("top box", "excellent", "muy satisfecho"). A mark is read only
inside a condition whose verb scores or answers ("if you'd give us a 4 or a 5", "si respondes 4 o 5", "those who tap
👍"), or after a scoring command whose "and" is an "if" ("Choose a 5 and our review page opens", "Elija 5 y ..."),
so a count ("if you give us 5 minutes", "pick 5 stickers and ...") or a clock stays clean. The words are in rules/data/honesty.yml
(top_marks).
"""

from __future__ import annotations

import re

from ... import lazyre
from ...bilingual import negated, phrases
from ...wordlists import wordlist

_WORDS = wordlist("honesty")
_UNITS = (
    r"min|mins|minutes?|minutos?|hours?|horas?|days?|dias?|weeks?|semanas?|months?|meses|years?|anos|am|pm|a\.m|p\.m"
    r"|times|veces|people|personas|pounds?|libras?|lbs|kg|miles|millas|dollars?|dolares|percent|por\s+ciento|questions?|preguntas?"
)
_A = r"(?:(?:a|an|un|una|con|with)\s+)?"
# A number at the top of a five- or ten-point scale: "5", "4 or a 5", "4-5", "5/5", "5 de 5", "9 o 10", "10/10".
_NUMBER_TOP = (
    rf"(?:(?:4s?|four|cuatro)\s*(?:-|–|or|o|to|a|y|/|and|&)\s*{_A})?(?:5s?|five|cinco)(?:\s*(?:/|de|out\s+of)\s*5)?"
    rf"|(?:(?:9|nine|nueve)\s*(?:-|–|or|o|to|a|y|/)\s*{_A})?(?:10|ten|diez)(?:\s*(?:/|de|out\s+of)\s*10)?"
)
_TOP_MARK = lazyre.compile(
    rf"(?<![\w$.,/:#%-])(?:{_NUMBER_TOP})(?![\w%]|[.,:/-]\w|\s*(?:{_UNITS})(?![\w-]))"
    r"|(?<![\w-])(?:a|an|una)\s+[\"“'‘]?(?-i:A)\+?[\"”'’]?(?![\w-])"  # a letter grade: "an A", "una A"
    rf"|(?<![\w-])(?:{phrases(_WORDS['top_marks'])})(?![\w-])"
    r"|[😀😃😄😁😊🙂😍🤩🥰👍💯]",
    re.IGNORECASE,
)
# A condition, reaching back a few words: "if you'd give us", "si respondes", "those who tap", "quienes elijan".
_CONDITION = lazyre.compile(r"(?<![\w-])(?:if|when|whenever|who|that|those|si|cuando|quienes|quien|que)\b(?:\s+[\w']+){0,7}\s*$", re.IGNORECASE)
# What scores or answers a survey: rate, score, answer, reply, pick, tap, give us; califica, responde, elige, marca, nos da.
_SCORING = lazyre.compile(
    r"(?<![\w-])(?:rat\w*|scor\w*|grad\w*|answer\w*|repl\w*|respon\w*|contest\w*|califi\w*|puntu\w*|tap\w*|pick\w*|chose|choose|chosen|select\w*|click\w*"
    r"|mark\w*|circl\w*|check\w*|toc\w*|toqu\w*|elig\w*|elij\w*|eleg\w*|escog\w*|escoj\w*|marc\w*|marqu\w*|seleccion\w*|give\s+us|gave\s+us|nos\s+(?:da|dan|das|dio|diste|dieron|pone|ponen|pones|puso|pusiste|pusieron))(?![\w-])",
    re.IGNORECASE,
)
# An imperative that scores, opening its clause right before the mark: "Choose a 5 and our review page opens",
# "Tap 5 and ...", "Elija 5 y ...": the "and" of a command is an "if" ("pick 5 apples" has no mark: a count's noun follows).
_IMPERATIVE = lazyre.compile(
    r"(?:^|[;:,\n]|(?<![\w-])(?:and|or|y|o)\s)[^\w\n]*(?:(?:just|simply|then|solo|nomas|entonces)\s+)?"  # an emoji may open it ("🌾 Tap 4 or 5 ..."; round 158)
    r"(?:tap|pick|choose|select|click|mark|check|circle|answer|reply|respond|rate\s+us|score\s+us|give\s+us|text\s+back"
    r"|elige|elija|elijan|escoge|escoja|marca|marque|marquen|toca|toque|toquen|selecciona|seleccione|responde|responda|contesta|conteste|califica|califique|danos|denos)"
    r"\s+(?:(?:with|con)\s+)?(?:(?:a|an|un|una|el|la)\s+)?$",
    re.IGNORECASE,
)
_AND_THEN = lazyre.compile(r"\s*(?:(?:stars?|estrellas?|⭐+)\s*)?(?:[^\w\s,;]{1,4}\s*)?(?:[,;]\s*)?(?:and|y|&)(?![\w-])", re.IGNORECASE)  # "tap 5 stars (🌟) and ..." (rounds 115, 158)
# A mark that opens its sentence, then a comma, a colon or an arrow: a branch of the scale ("5s, ...", "5 stars: ...")
_BRANCH = lazyre.compile(r"\s*(?:(?:stars?|estrellas?|⭐+)\s*)?(?:[,:→]|->|=>)", re.IGNORECASE)
# The whole scale is the question, not its top: "rate us 1 to 10", "del 0 al 10".
_FROM_BOTTOM = lazyre.compile(r"(?<![\w.,])[01]\s*(?:-|–|to|through|thru|a|al|hasta)\s*$", re.IGNORECASE)


def top_marks(text: str, sentence_of) -> list[tuple[int, int]]:
    """Spans of top marks said inside a scoring condition of their own sentence, not denied."""
    found = []
    for match in _TOP_MARK.finditer(text):
        begin, _ = sentence_of(match.start())
        before = text[max(begin, match.start() - 80) : match.start()]
        condition = _CONDITION.search(before)
        if _FROM_BOTTOM.search(text, max(begin, match.start() - 12), match.start()):
            continue
        if condition and _SCORING.search(before, condition.start()) and not negated(text, match.start(), 3):
            found.append(match.span())
        elif _AND_THEN.match(text, match.end()) and _commanded(text, before, begin, match.start()):
            found.append(match.span())
        elif _opens_branch(text, begin, match):
            found.append(match.span())  # "4s and 5s, copy it to Google. 1s-3s, DM us": the mark opens its sentence as a branch (round 115)
    return found


# The low end of a five-point scale said as a branch opening its sentence: "1s-3s, please DM us", "1-3 stars: call us"
_LOW_MARK = lazyre.compile(r"(?<![\w$.,/:#%-])(?:[1-3]s?\s*(?:-|–|to|through|a|or|o|/)\s*)?[1-3]s?(?![\w%])")


def _opens_branch(text: str, begin: int, match: re.Match) -> bool:
    """Whether a mark opens its sentence (at `begin`; quotes, bullets and dashes aside) as a branch: a comma, a colon or an arrow after it."""
    return not text[begin : match.start()].strip(" \t\n\"'“*•-") and _BRANCH.match(text, match.end()) is not None


def low_marks(text: str, sentence_of) -> list[tuple[int, int]]:
    """Spans of the low end of a scale that open their sentence as a branch ("1s-3s, please DM us instead"; round 115)."""
    found = []
    for match in _LOW_MARK.finditer(text):
        begin, _ = sentence_of(match.start())
        if _opens_branch(text, begin, match):
            found.append(match.span())
    return found


def _commanded(text: str, before: str, begin: int, start: int) -> bool:
    """Whether `before` (up to 80 characters before a mark) ends in a scoring command that opens its clause."""
    command = _IMPERATIVE.search(before)
    if command is None:
        return False
    # "^" is a clause's start only where the window starts at the sentence's own start
    return command.start() > 0 or before[: command.end()][:1] in ";:,\n" or begin >= start - 80
