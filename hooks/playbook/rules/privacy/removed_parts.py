"""Care said as a part of someone's body taken out: "we took out his gallbladder", "removed her thyroid", "took her
tonsils out", "le quitamos la vesícula", "le sacamos un riñón", "extirpamos el apéndice".

No list holds every organ staff may name, and the word for a part alone is no care ("her knee", "la vesícula" in a
lesson). What makes it care is the shape: a verb of taking out, said as done, then one of that person's parts, read
with the clinical lexicon's own body parts (and what it files as a condition: "a cyst", "the tumor"). care.own_care
and care.received_care read it, so a titled neighbour or a public figure named in one sentence and told as having a
part removed by us in the next is not excused. A lesson passes: a question or a condition ("what happens when your
appendix is taken out?", "cuando le quitamos la vesícula, usted ...") or the reader's own part ("your") sets no one
apart, and a part merely "pulled" ("pulled his leg") is no removal unless the lexicon files it as uncommon (teeth,
tonsils). One bounded scan per span: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from .common import not_one

_DET = (
    r"(?i:his|her|their|its|a|an|one|both|the|that|those|two|su|sus|la|el|las|los|un|una|dos|ambos|ambas)"
    r"[ \t]+(?:(?i:left|right|inflamed|swollen|bad|izquierd[oa]|derech[oa]|inflamad[oa])[ \t]+)?"
)
# A verb of taking out, said as done, then whose part: "took out her", "removed his", "le sacamos el", "extirparon la".
_REMOVED = lazyre.compile(
    rf"(?<![\w'’-])(?:(?P<en>(?i:took|taken|had\s+to\s+take|got)[ \t]+out|(?i:removed|extracted|cut[ \t]+out|pulled(?P<pulled>(?:[ \t]+out)?)))"
    rf"|(?P<take>(?i:took|taken))"
    rf"|(?:(?i:le|les)[ \t]+(?:(?i:tuvimos|tuvieron)[ \t]+que[ \t]+)?)?(?i:quitamos|sacamos|extirpamos|extrajimos|quitaron|sacaron|extirparon|extrajeron"
    rf"|quit[oó]|sac[oó]|extirp[oó]|quitar|sacar|extirpar))[ \t]+(?={_DET})"
)
_OUT = lazyre.compile(r"[ \t]+(?i:out)(?![\w-])")
_DET_AT = lazyre.compile(_DET)
_CARE_PART = ("body_part", "condition")
_LESSON = not_one(r"what|how|why|que|como|por\s+que|your|you|tu|tus|usted|ustedes")
_STOP = lazyre.compile(r"[.!?\n]")
_REACH = 32  # characters after the article where the part must start


def _part(text: str, at: int, end: int) -> bool | None:
    """Whether the lexicon body part or condition starting near `at` is an everyday word; None when there is none."""
    found = lexicon_clinical.find(text[at : min(end, at + _REACH)])
    if found and found[0].category in _CARE_PART and found[0].start <= 16:
        return found[0].common
    return None


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding `at` begins, looking back at most 160 characters and never before `start`."""
    lo = max(start, at - 160)
    cut = _STOP.search(text[lo:at][::-1])
    return at - cut.start() if cut else lo


def removed_part(text: str, start: int, end: int) -> re.Match | None:
    """The first "took out her <part>" / "le quitamos la <part>" in text[start:end] told of one person, not a lesson."""
    for verb in _REMOVED.finditer(text, start, end):
        det = _DET_AT.match(text, verb.end())
        if det is None:
            continue
        common = _part(text, det.end(), end)
        if common is None:
            continue
        if verb.group("take") and not _OUT.search(text, det.end(), min(end, det.end() + _REACH + 6)):
            continue  # "took her gallbladder out" needs its "out"; "took the tonsils class" is nothing removed
        if verb.group("pulled") == "" and common:
            continue  # "pulled his leg": a joke, not a tooth pulled
        if _LESSON.search(text, _clause_start(text, start, verb.start()), verb.start()):
            continue  # "when we take out the gallbladder ...", "si le quitamos la vesícula": anyone's, no one's
        return verb
    return None


_OURS = lazyre.compile(r"(?i:amos|imos)\s*$")


def removed_by_us(verb: re.Match) -> bool:
    """Whether the removal read is said as ours by its verb alone ("le sacamos", "extirpamos"); "we" is read apart."""
    return _OURS.search(verb.group(0)) is not None
