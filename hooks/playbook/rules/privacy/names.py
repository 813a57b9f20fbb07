"""PHI003 and PHI011: people named, greeted or singled out by a description."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from ...findings import Severity
from ...model import Plans, Post, ResponseTemplate
from ...normalize import fold
from ...text import alternation, phrase_pattern
from ..registry import Hit, rule
from .common import WORDS, Ranges, distinct, quote, sentence_bounds, sentence_of, texts

# --- PHI003 person-name --------------------------------------------------------------------------------

_NOT_NAMES = frozenset(w.lower() for w in (*WORDS["not_names"], *WORDS["honorifics"]))
GIVEN = frozenset(WORDS["given_names"])
_TOKEN = re.compile(r"[A-Z][a-z]*(?:['’][A-Z][a-z]+|[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?(?![\w])")
_GAP = re.compile(r"[ \t]+")
HONORIFIC = re.compile(
    r"(?<![\w.@#])(?:"
    + "|".join(rf"{re.escape(h)}\.?" if len(h) <= 4 else rf"{re.escape(h)}|(?i:{re.escape(h)})" for h in sorted(WORDS["honorifics"], key=len, reverse=True))
    + r")(?![\w])"
)
_PATIENT_BEFORE = re.compile(r"(?<![\w-])(?i:patients?|clients?)(?:[ \t]*[,:])?[ \t]+(?:(?i:named|called)[ \t]+)?(?=[A-Z])")
_PATIENT_AFTER = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’-]+[ \t]+)?[A-Z][a-z'’-]+),?[ \t]+"
    r"(?i:one\s+of\s+our\s+(?:patients|clients)|a\s+(?:former\s+|recent\s+|longtime\s+|long-time\s+|new\s+)?(?:patient|client)(?![\w-])|our\s+(?:patient|client)(?![\w-]))"
)
_FULL_NAME = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(sorted(GIVEN, key=len, reverse=True))})[ \t]+(?=[A-Z])")
_GREETING = re.compile(rf"(?<![\w-])(?i:{alternation(WORDS['greetings'])})[ \t]*,?[ \t]+(?=[A-Z])")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}(?![\w])")
_HANDLE = re.compile(r"(?<![\w@./:+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,48}[A-Za-z0-9_])?)")


def name_tokens(text: str, pos: int, limit: int = 3) -> list[re.Match]:
    """Capitalised name words starting at pos ("Ada Okafor"), stopping at an ordinary word."""
    tokens = []
    while len(tokens) < limit:
        match = _TOKEN.match(text, pos)
        if not match or match.group(0).lower() in _NOT_NAMES:
            break
        tokens.append(match)
        pos = match.end()
        if text.startswith(".", pos) and len(match.group(0)) == 1:  # an initial: "J."
            pos += 1
        gap = _GAP.match(text, pos)
        if not gap:
            break
        pos = gap.end()
    return tokens


_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _title(word: str) -> str:
    """'Dr.' and 'Doctor' -> 'dr'; 'Mrs.' -> 'mrs'."""
    word = word.lower().rstrip(".")
    return "dr" if word == "doctor" else word


@dataclass(frozen=True)
class Known:
    """Who may be named: the team (with the titles each may carry), the practice's own words and handles."""

    team: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (name words, titles) per member
    org: frozenset[str]
    handles: frozenset[str]
    squashed_name: str

    @classmethod
    def of(cls, plans: Plans) -> "Known":
        honorifics = {h.lower() for h in WORDS["honorifics"]}
        team = []
        for person in plans.team.values():  # folded like the content, so "José Núñez" matches his name however it is typed
            found = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", fold(person.name).text)}
            titles = {_title(w) for w in found & honorifics}
            if "clinical" in person.roles:
                titles.add("dr")
            if found - honorifics:
                team.append((frozenset(found - honorifics), frozenset(titles)))
        domains = plans.practice.domains + plans.practice.trusted_domains
        own_words = fold(f"{plans.practice.name} {plans.practice.contact.name} ").text + " ".join(d.split(".")[0] for d in domains)
        handles = {label.replace("-", "") for d in domains for label in d.lower().split(".")[:-1]}
        return cls(
            tuple(team),
            frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", own_words)),
            frozenset(handles),
            re.sub(r"[^a-z0-9]", "", fold(plans.practice.name).text.lower()),
        )

    def is_team(self, words: Iterable[str], title: str = "") -> bool:
        """True when every word (initials aside) belongs to the name of one team member.

        A personal or doctor's title must be the member's own: "Dr. Okafor" passes for Dr. Ada
        Okafor, but "Mrs. Patel" does not for Sam Patel, nor "Dr. Lee" for Jordan Lee (not clinical).
        Role titles ("Nurse", "Coach", "Officer") pass with any member's name.
        """
        wanted = {w.lower() for w in words if len(w) > 1}
        title = _title(title)
        checked = title in _PERSONAL_TITLES or title == "dr"
        return bool(wanted) and any(wanted <= member and (not checked or title in titles) for member, titles in self.team)

    def is_own_handle(self, handle: str) -> bool:
        low = handle.lower()
        return low in self.handles or (len(low) >= 5 and self.squashed_name.startswith(low))


def _names(body: str, known: Known, is_response: bool) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, how it was spotted) for every name-like passage not on the team list."""
    for match in HONORIFIC.finditer(body):
        gap = _GAP.match(body, match.end())
        tokens = name_tokens(body, gap.end()) if gap else []
        if tokens and not known.is_team((t.group(0) for t in tokens), match.group(0)):
            yield match.start(), tokens[-1].end(), body[match.start() : tokens[-1].end()], "a title and a name"
    for match in _PATIENT_BEFORE.finditer(body):  # a patient is never excused by sharing a team member's name
        tokens = [t for t in name_tokens(body, match.end(), limit=2) if t.group(0).lower() not in known.org]
        if tokens:
            yield match.start(), tokens[-1].end(), body[match.start() : tokens[-1].end()], "a patient named"
    for match in _PATIENT_AFTER.finditer(body):
        words = [w for w in match.group(1).split() if w.lower() not in _NOT_NAMES and w.lower() not in known.org]
        if words:
            yield match.start(1), match.end(), " ".join(words), "a patient named"
    for match in _FULL_NAME.finditer(body):
        tokens = name_tokens(body, match.end(), limit=2)
        words = [match.group(0).strip(), *(t.group(0) for t in tokens)]
        if tokens and not known.is_team(words):
            yield match.start(), tokens[-1].end(), " ".join(words), "a full name"
    for match in _GREETING.finditer(body):
        tokens = name_tokens(body, match.end(), limit=2)
        if not tokens:
            initials = _INITIALS.match(body, match.end()) if is_response else None  # "Hi JB,"
            if initials and initials.group(0).replace(".", "").lower() not in _NOT_NAMES:
                yield initials.start(), initials.end(), initials.group(0), "greeted by name"
            continue
        words = [t.group(0) for t in tokens]
        # In a post only a known given name counts ("Hello February!" is not a person); a reply greets no one but {{ reviewer }}.
        named = words[0] in GIVEN or (is_response and words[0].lower() not in known.org)
        if named and not known.is_team(words):
            yield tokens[0].start(), tokens[-1].end(), " ".join(words), "greeted by name"
    for match in _HANDLE.finditer(body):
        handle = match.group(1).rstrip(".")
        if re.search(r"[A-Za-z]", handle) and not known.is_own_handle(handle):
            yield match.start(), match.end(), "@" + handle, "a social handle"


NAME_HINT = (
    "Patients are never named. Refer to a reviewer only as {{ reviewer }}; for a person who agreed in writing, "
    "or who is not a patient (a partner, an official), waive PHI003 for this file with the reason and a privacy approval."
)


@rule("PHI003", "person-name", serves="privacy", severity=Severity.ERROR, scope="document")
def person_name(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A person's name that is not on the team list.

    What it flags:
        In every text of a post or response (body, title, variants, alt text,
        event name and place, tags, and the words of its links' queries and
        fragments and of its file names), however it is typed (look-alike
        letters, invisible characters, accents): a title followed by a name ("Dr. Smith",
        "Mrs. Alvarez", "Mr. Tom Baker", "Nurse Kelly", "Coach Rivera"); a
        patient or client named ("our patient Maria", "client Jane",
        "Maria, one of our patients"); a common given name followed by a
        surname ("Robert Smith"); a greeting or shout-out to someone by name
        ("Congrats, Jenny!", and in a response "Hi Kevin"); and social
        handles ("@jenny_runs"). Team members from plans/team.yml pass with or
        without a title ("Dr. Chen" for Dr. Mei Chen) as long as the title
        is theirs: "Dr." needs a clinical member or one whose name carries it,
        and "Mrs. Kim" is not Alex Kim. The practice's own name, its
        contact route, handles matching the practice's or a trusted
        partner's domain, and the `{{ reviewer }}` placeholder pass too.

    Why:
        A name is the first of HIPAA's identifiers. Next to a health post or
        a reply to a review, it tells the world that this person is a
        patient. Replies in enforcement cases added a reviewer's full name to
        their nickname; a handle is as identifying as a name.

    Examples:
        Triggers: `Congratulations to our patient Maria on finishing the 5K!`
        Triggers: `Thanks to Mrs. Alvarez for the kind words.`
        Passes: `Dr. Chen says a brisk walk is her favorite warm-up.`
    """
    known = Known.of(ctx.plans)
    is_response = isinstance(item, ResponseTemplate)
    for text in texts(item, ctx.plans, links=False):
        taken = Ranges()
        # A reply greets no one but {{ reviewer }}; a file name or a link is read like a post.
        for start, end, name, how in sorted(_names(text.text, known, is_response and not text.where), key=lambda n: (n[0], -n[1])):
            if taken.claim(start, end):
                shown = quote(text.span.show(start, end)) if name == text.text[start:end] else quote(name)
                yield text.hit(start, f"Remove the name '{shown}' ({how}): only team members in plans/team.yml may be named", NAME_HINT)



PERSON = alternation(WORDS["person_nouns"])
# Something in a sentence that shows it is about one person.
ONE_PERSON = re.compile(
    rf"(?<![\w-])(?:(?i:she|he|her|his|him|who)|(?i:{PERSON})|{'|'.join(sorted(GIVEN, key=len, reverse=True))})(?![\w-])|{HONORIFIC.pattern}"
)


# --- PHI011 unique-characteristic ----------------------------------------------------------------------

_GAP_WORD = r"(?:(?!(?:way|ways|time|times|thing|things|place|day|step|reason|chance|sign|signs)\b)[a-z-]+\s+)"
_FIRST_ONLY = re.compile(
    rf"(?<![\w-])(?:the|our|its|their|her|his)\s+(?:very\s+)?(?:first|only|first-ever|sole)\s+{_GAP_WORD}{{0,2}}?(?:{PERSON})(?![\w-])"
    rf"|(?<![\w-])(?:became|becomes|become)\s+the\s+(?:first|only)(?![\w-])",
    re.IGNORECASE,
)
_YOUNG_OLD = re.compile(
    rf"(?<![\w-])(?:the|our|its|their)\s+(?:very\s+)?(?:youngest|oldest)\s+{_GAP_WORD}{{0,2}}?(?:{PERSON})(?![\w-])",
    re.IGNORECASE,
)
_UNIQUE_ALWAYS = phrase_pattern(WORDS["unique_always"])
_UNIQUE_WITH_PERSON = phrase_pattern(WORDS["unique_with_person"])
_ONE_OF_FEW = re.compile(
    r"(?<![\w-])one\s+of\s+(?:only\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of|very\s+few)\s+(?:people|patients|women|men|kids|children|cases|survivors)(?![\w-])",
    re.IGNORECASE,
)


@rule("PHI011", "unique-characteristic", serves="privacy", severity=Severity.ERROR, scope="document")
def unique_characteristic(item: Post | ResponseTemplate, ctx) -> Iterator[Hit]:
    """A detail that singles out one person: a first, an only, a record.

    What it flags:
        "The first" or "the only" person of some kind ("our first triplets",
        "the only patient who...", "the first woman in Maplewood to..."),
        "became the first", "our youngest patient" or "the oldest runner"
        (one person, not "our youngest patients"), "one of only 3 people",
        "one in a million", "first known case", "miracle baby", and records
        in a sentence about one person ("she set a record", "his
        record-breaking recovery"). A record of a crowd ("a record-breaking
        400 runners") passes. The phrases are in rules/data/privacy.yml.

    Why:
        HIPAA's last identifier is "any other unique characteristic". No name
        is needed when only one family in town had triplets this year, or
        only one patient is 14 and had a hip replaced.

    Examples:
        Triggers: `Congratulations to the parents of our first triplets in Maplewood!`
        Triggers: `At 14, she is our youngest patient to have this surgery.`
        Passes: `A record-breaking 412 runners crossed the finish line.`
    """
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        found = [*_FIRST_ONLY.finditer(body), *_YOUNG_OLD.finditer(body), *_UNIQUE_ALWAYS.finditer(body), *_ONE_OF_FEW.finditer(body)]
        bounds = None
        for match in _UNIQUE_WITH_PERSON.finditer(body):
            bounds = bounds or sentence_bounds(body)
            start, end = sentence_of(bounds, match.start())
            if ONE_PERSON.search(body, start, end):
                found.append(match)
        for match in distinct(found):
            yield text.hit(
                match.start(),
                f"Remove '{text.show(match)}': a first, an only or a record can single out one person",
                "Describe the group or the condition in general terms instead of the one person who stands out.",
            )
