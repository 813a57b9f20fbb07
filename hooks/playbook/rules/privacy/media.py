"""PHI012-PHI013: photos, videos and patient stories need a signed, current authorization."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...lexicon import names as lexicon_names
from ...model import Authorization, Plans, Post
from ...normalize import fold
from ...text import alternation, clip, phrase_pattern
from ..context import Context
from ..registry import Hit, rule
from .alt_bodies import cared_beside_staff, cared_part, shown_body, shows_care_group, worn_care
from .care import care_in
from .common import PATIENT_COMPOUNDS, WORDS, publish_date, texts
from .described_care import described_in_care
from .fighters import fighter_of_one
from .figure_stories import figures_untold, own_words_in_public
from .milestones import milestone_of_one
from .names import name_tokens
from .narrowed import narrowed_in_care
from .one_person import GIVEN
from .people import NAMES, Known, Person, people
from .photo_tie import photo_untied
from .pictured import pictured_patient
from .record_names import record_names
from .vocabulary import CAP_START, PLACE_AFTER

# --- PHI012 / PHI013 authorizations ----------------------------------------------------------------------


def authorization_problem(plans: Plans, auth_id: str, publish: dt.date) -> str:
    """Why authorization `auth_id` does not cover a post published on `publish` ('' when it does)."""
    if not auth_id:
        return "has no `authorization`"
    auth: Authorization | None = plans.authorizations.get(auth_id)
    if auth is None:
        return f"names authorization '{auth_id}', which is not in plans/authorizations.yml"
    if auth.revoked:
        return f"relies on authorization '{auth_id}', which has been revoked"
    if auth.signed is None:
        return f"relies on authorization '{auth_id}', which has no signing date"
    if auth.signed > publish:
        return f"relies on authorization '{auth_id}', signed {auth.signed.isoformat()}, after the publish date {publish.isoformat()}"
    if auth.expires is not None and auth.expires <= publish:
        return f"relies on authorization '{auth_id}', which expires {auth.expires.isoformat()}, on or before the publish date {publish.isoformat()}"
    return ""


_PERSON_NOUN = lazyre.compile(
    rf"(?<![\w-])(?<!\bde\s)(?i:{alternation(NAMES['person_nouns_alt'])})(?![\w-])"
    r"(?!(?:['’]s?)?\s+(?i:portal|rooms?|entrance|lounge|forms?|chairs?|seats?|beds?|gowns?|food|bottles?|aspirin|monitors?|scale|gate|"
    r"wipes|shampoo|sunscreen|toothbrush(?:es)?|books?|menu|area|corner|section|parking|survey|education|safety|care|line|"
    r"bracelets?|wristbands?|records|files|handbook|guide|posters?|signs?|board|station|desk|check-?in|restroom|bathroom"
    r"|hats?|boots|shirts?|sombreros?|botas)\b)"  # what one wears: "all in cowboy hats" (round 157)
)
_PRONOUN = lazyre.compile(r"(?<![\w-])(?i:he|she|his|her|him|hers)(?![\w-])")
# A capitalised person noun inside an organisation's name: "<Town> Women's Health", "Children's Hospital" (no one shown),
# or ending a capitalised run in a sentence of small letters ("el equipo de <Town> Kids en pijama")
_ORG_AFTER = lazyre.compile(r"(?:['’]s?)?[ \t]+([A-Z][\w-]*)")
_NAME_RUN_BEFORE = lazyre.compile(r"(?<![\w'’-])[a-z][\w'’-]*[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){1,3}$")
_SMALL_AFTER = lazyre.compile(r"[ \t]+[a-z]|[ \t]*[,;)]")  # "... de <Town> Kids en pijama", "camisetas de <Town> Kids, y ..." (round 98)
# Someone described by age ("a grinning 7-year-old", "a teenage pitcher", "una nina de 5 anos", "un chico de 12"): a person,
# and, beside a team member named, someone else than the team (a child by age in the photo is a patient's likeness).
_AGED = lazyre.compile(
    r"(?<![\w-])\d{1,2}-(?i:year|yr|month)s?-(?i:old)(?![\w-])|(?<![\w-])(?i:a|an)[ \t]+(?:[a-z]+[ \t]+){0,2}?\d{1,2}[ \t](?i:year|yr|month)s?[ \t](?i:old)(?![\w-])"
    r"|(?<![\w-])(?i:teenage|preteen|tween|preschooler|kindergartn?er)(?![\w-])"
    r"|(?<![\w-])(?i:chic[oa]|chamac[oa]|muchach[oa]|jovencit[oa]|pequen[oa]|jugador|jugadora)[ \t]+(?i:de)[ \t]+\d{1,2}[ \t]+(?i:anos|anitos|meses)(?![\w-])"
)
_DRAWING = phrase_pattern(NAMES["drawings"])


def shows_a_person(alt: str, known: Known) -> tuple[int, int] | None:
    """Where an alt text (folded) shows a person: a name, a person ("older man"), "her", "his"; None when it does not.

    A drawing ("illustration of a woman stretching") shows no real person, unless it names one.
    """
    for person in people(alt, known):
        if not person.words[0].startswith("@"):
            return person.start, person.end
    for person in record_names(alt, known):  # "the band reads MONTOYA, L"
        return person.start, person.end
    if _DRAWING.search(alt):
        return None
    body = shown_body(alt) or worn_care(alt)  # "the cheek of a <Town> firefighter", a before and after of a knee, "in hospital gowns"
    if body:
        return body
    found = [m for m in (_PERSON_NOUN.search(alt), _PRONOUN.search(alt), _AGED.search(alt)) if m]
    first = min(found, key=lambda m: m.start()) if found else None
    return (first.start(), first.end()) if first else None


# The team itself after a word for its people: "members of the River Bluff ENT team", "miembros de nuestro equipo".
# Ours: "our team" itself or a practice's word in the team's name, never "members of the swim team" nor "of our
# amputee soccer team" (a group of patients).
_PRACTICE = r"(?i:clinic|practice|office|medical|health|dental|dentistry|ent|throat|pediatrics|orthopedics|orthopaedics|family[ \t]+medicine|eye|care|clinica|consultorio)"
_OF_THE_TEAM = lazyre.compile(
    r"[ \t]+(?i:of|from|de|del)[ \t]+(?:(?i:our|nuestr[oa])[ \t]+(?:(?i:whole|entire|full|todo[ \t]+el)[ \t]+)?"
    rf"|(?i:our|nuestr[oa]|the|el)[ \t]+(?:[\w&',.-]+[ \t]+){{0,6}}?{_PRACTICE}[ \t]+)(?i:team|staff|crew|equipo|personal)(?![\w-])(?![ \t]+(?i:de|del)[ \t])"  # not "nuestro equipo de fútbol de ..."
)
_STAFF_ITSELF = lazyre.compile(r"(?<![\w-])(?i:staff|team)[ \t]+$|^[ \t]+(?i:del[ \t]+equipo|del[ \t]+personal)(?![\w-])")
_OWN_LOOKS = lazyre.compile(r"(?i:faces?|smil(?:e|es|ing)|hands?\s+of|arms?\s+of|forearm|cara|rostro|sonrisa|sonriendo)")


def _staff_itself(alt: str, noun: re.Match) -> bool:
    """Whether the person noun is the staff's own word: "nine staff members", "miembros del equipo"."""
    return _STAFF_ITSELF.search(alt, max(0, noun.start() - 8), noun.start()) is not None or _STAFF_ITSELF.match(alt[noun.end() : noun.end() + 16]) is not None


def shows_only_team(alt: str, known: Known) -> bool:
    """Whether an alt text (folded) names team members and describes no one else ("Dr. Okafor and Sam
    Patel at the front desk"; not "Dr. Okafor with a patient", nor a photo whose alt names no one).

    Staff who pose for the practice consent as employees, an HR matter; HIPAA's authorization is a
    patient's. A face or a smile of the team named is theirs; any other person ("a patient", "a
    runner", "two kids", "un senor") may be a patient and still needs the authorization.
    """
    found = list(people(alt, known))
    found += _members_as_words(alt, known, found)  # "Sunny and Moss kneeling in front": members whose names are words
    characters = _characters(alt, known)  # "Dr. <Name> as Woody" in a costume photo: the character is no one
    found = [p for p in found if not any(lo <= p.start < hi for lo, hi in characters)]
    if not found or shows_care_group(alt) or any(not p.excusable or not known.is_team(p.words, p.title) for p in found):
        return False
    blanked = _blank(alt, found, characters)  # the team's own names and costumes say nothing more: blank them before reading for others
    if cared_beside_staff(blanked) or shown_body(blanked) or cared_part(blanked):
        return False  # "<someone> stretching his lower back with our PA <Name>", "the wrist of a <job>", "checks the sore on his foot": someone else in care
    told = None  # care told anywhere in the alt text, read once
    for noun in _PERSON_NOUN.finditer(blanked):
        if _OWN_LOOKS.fullmatch(noun.group(0)) or _role_of(alt, noun, found):
            continue  # a face of the team's; a role of a member named
        if noun.group(0)[0].isupper() and (
            (org := _ORG_AFTER.match(blanked, noun.end()))
            and org.group(1).lower() in PLACE_AFTER
            or _NAME_RUN_BEFORE.search(blanked, max(0, noun.start() - 60), noun.start())
            and _SMALL_AFTER.match(blanked, noun.end())
        ):
            continue  # "<Town> Women's Health", "el equipo de <Town> Kids en pijama": the practice's or a body's name
        if _OF_THE_TEAM.match(blanked, noun.end()) or _staff_itself(blanked, noun):  # "members of our team", "nine staff members"
            told = care_in(blanked) if told is None else told
            if not told:
                continue
        return False
    return _AGED.search(blanked) is None  # "Dr. <Name> high-fiving a grinning 7-year-old": someone else, by age


_CAPITALISED = lazyre.compile(rf"{CAP_START}(?<!\.)[A-Z][a-z'’]+(?![\w'’-])")  # one word, as a member's given name is written


def _members_as_words(alt: str, known: Known, found: list[Person]) -> list[Person]:
    """Team members named by a capitalised word the name reader passes as a word ("Sunny", "Moss", "Hope"): the team's.
    None when another such word is a given name of no member ("Hope and Grace"): Grace may be anyone."""
    taken = [(p.start, p.end) for p in found]
    members = []
    for m in _CAPITALISED.finditer(alt):
        if any(lo <= m.start() < hi for lo, hi in taken):
            continue
        if m.group(0).lower() in known.given and known.is_team((m.group(0),)):
            members.append(Person(m.start(), m.end(), (m.group(0),), "a team member named"))
        elif lexicon_names.name_info(m.group(0)) is not None:
            return []
    return members


# A team member dressed as a character, in a costume photo: "<Member> as Woody,", "<Member> disfrazada de la Catrina y ..."; the
# character runs to a comma, "and", a place word or the end (a verb after it, "as <Name> rings the bell", is a person acting)
_COSTUMED = lazyre.compile(r"(?<![\w-])(?i:costumes?|costumed|dressed|disfra[cz]\w*|vestid[oa]s?|halloween|cosplay)(?![\w-])")
_DRESSED_AS = lazyre.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+(?:(?i:dressed(?:[ \t]+up)?)[ \t]+)?(?i:as|como|disfrazad[oa]s?[ \t]+de|vestid[oa]s?[ \t]+de)[ \t]+"
    r"((?:(?i:the|el|la|a|an)[ \t]+)?(?:[\w'’.-]+[ \t]+){0,3}?[\w'’-]+)(?=[ \t]*(?:[,;:.!)]|$)|[ \t]+(?i:and|y|&|at|by|in|en|on|next|beside|junto|posing|with|con)(?![\w-]))"
)


# Two members dressed as a pair: "<Member> y <Member> como Mario and Luigi" (the second character after "and")
_PAIR_BEFORE = lazyre.compile(r"[A-Z][\w'’-]*[ \t]+(?i:and|y|&)[ \t]+$")
# the second character ends its clause: "... como Mario and Luigi, ..." (not "... as pirates and Grandpa in the chair")
_SECOND = lazyre.compile(r"[ \t]+(?i:and|y|&)[ \t]+[A-Z][\w'’-]*(?=[ \t]*(?:[,;:.!)]|$)|[ \t]+(?i:con|with)(?![\w-]))")
_ONE_CAPITAL = lazyre.compile(r"[A-Z][\w'’-]*")


def _characters(alt: str, known: Known) -> list[tuple[int, int]]:
    """Spans of the characters team members are dressed as, in an alt text that says it shows costumes."""
    if not _COSTUMED.search(alt):
        return []
    spans = []
    for m in _DRESSED_AS.finditer(alt):
        if known.is_team((m.group(1),)):
            single = _ONE_CAPITAL.fullmatch(m.group(2)) is not None  # one character named, "Mario", not "pirates"
            pair = single and _PAIR_BEFORE.search(alt, max(0, m.start() - 40), m.start()) and _SECOND.match(alt, m.end(2))
            spans.append((m.start(2), pair.end() if pair else m.end(2)))
    return spans


def _blank(alt: str, found: list, spans: list[tuple[int, int]] = ()) -> str:
    rest = list(alt)
    for start, end in [*((p.start, p.end) for p in found), *spans]:
        rest[start:end] = " " * (end - start)
    return "".join(rest)


_STAFF_NOUN = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['staff_nouns_alt'])})(?![\w-])")
# The alt text says no face is shown: "faces not visible", "shot from behind", "no se ven rostros".
_NO_FACE = lazyre.compile(
    r"(?<![\w-])(?i:(?:no|without)\s+(?:visible\s+)?faces?|faces?\s+(?:(?:is|are)\s+)?(?:not|never)\s+(?:visible|shown|in\s+(?:frame|view))"
    r"|(?:shot|seen|photographed)\s+from\s+behind|sin\s+(?:rostros?|caras?)|de\s+espaldas"
    r"|no\s+se\s+(?:ven?|muestran?)\s+(?:los\s+|las\s+|la\s+|el\s+|sus\s+)?(?:rostros?|caras?))(?![\w-])"
)


def faceless_staff(alt: str, known: Known) -> bool:
    """Whether an alt text (folded) shows staff at work by their job, says no face is shown, and shows no one else
    ("two nurses at a blood-pressure table; faces not visible"). A patient, a client, a child or anyone named still
    needs the authorization; so does a face."""
    if not _NO_FACE.search(alt) or not _STAFF_NOUN.search(alt) or any(True for _ in people(alt, known)):
        return False
    staff = [m.span() for m in _STAFF_NOUN.finditer(alt)]
    for noun in _PERSON_NOUN.finditer(alt):
        if not (_OWN_LOOKS.fullmatch(noun.group(0)) or any(s <= noun.start() < e for s, e in staff)):
            return False
    return True


# A role in apposition to a name: "physical therapist Kendra Lowe", "Kendra Lowe, our therapist", "Kendra Lowe (asistente médica)".
_ROLE_GAP_AFTER = lazyre.compile(r"\s*[,(]\s*(?:(?i:our|the|a|an|nuestr[oa]|la|el|una?)\s+)?(?:[\w-]+\s+){0,2}$")


def _role_of(alt: str, noun: re.Match, found: list) -> bool:
    """Whether a person noun is the role of a team member named next to it, not someone else."""
    return any(
        (noun.end() <= person.start and not alt[noun.end() : person.start].strip()) or (person.end <= noun.start() and _ROLE_GAP_AFTER.fullmatch(alt, person.end, noun.start())) for person in found
    )


@rule("PHI012", "media-without-authorization", serves="privacy", severity=Severity.ERROR, scope="post")
def media_without_authorization(post: Post, ctx: Context) -> Iterator[Hit]:
    """A photo or video of people without a valid signed authorization, or that says it shows no one when it does.

    What it flags:
        Each `media` item marked `people: true` whose `authorization` is
        missing, is not in plans/authorizations.yml, has been revoked, has no
        signing date, was signed after the post's publish date, or expires
        on or before the publish date (the publish date is taken in the
        practice's timezone; an authorization that expires on a day no
        longer covers that day). And each item marked `people: false`, or
        that leaves `people` out (FM003), whose alt text names or describes
        a person: someone's body part by who they are ("the left cheek of a <Town>
        firefighter", a job in one word: "the elbow of a lobsterman"), a body part in photos before and after care, someone in what only care puts on them
        ("two toddlers in hospital gowns", "en sillas de ruedas"), surnames on a list by time ("Ramos 9:00, Tzul 9:20"), a name ("Maria", "T. Nakamura", "BABY HOLLIS", a label
        reading "QUINONES R. - IVF cycle 3", a band that reads "MONTOYA, L", a name on a sign or a jersey
        beside crutches or a hospital bed, "Kaemon #14", even one no name list knows), a person
        ("older man", "a patient", "nina", "paciente"), "her" or "his", a
        face, a smile or a tattoo. A drawing ("illustration of a woman
        stretching") counts only when it names someone.
        A photo of the team at work (`people: true`, alt text that names
        only team members from plans/team.yml and describes no one else:
        "Alex Kim and Jo Park at the front desk", "nurse Jo Park restocking the
        supply room", "Jo Park, our scheduler, at her desk"; others only as
        members of our team, no care told: "Jo Park with ten members of the
        Maplewood Pediatrics team") needs no authorization:
        staff consent to be photographed is an employment (HR) matter, not a
        HIPAA authorization; so is one of staff by their job whose alt text
        says no face is shown ("two nurses at the vaccine table; faces not
        visible", "dos enfermeras de espaldas"). One whose alt text names no one
        otherwise, or anyone else
        ("Dr. Chen with a patient", "two kids", a group in care: "with the prenatal class", "con sus esposos", someone by age: "Dr. Chen with a grinning
        7-year-old", "un chico de 12 anos", someone else's body part in care beside our clinician: "<someone>
        stretching his lower back with our PA <Name>"), still needs it.
        A photo of a group in public (the team at a parade, volunteers at a
        5K water table, a ribbon cut at a fair) whose alt text tells of no
        care, names no patient, is not in our rooms of care and shows no
        before and after is reported as a warning when it has no
        authorization, not an error: no one shown is told to be a patient
        (photo_tie.py). A wrong authorization is an error on any photo.

    Why:
        A face is an identifier, and a photo taken at the practice or of a
        patient needs the person's written authorization before it is
        published. The register holds ids and dates only; the signed forms
        stay in the practice's records. The alt text says what the picture
        shows: when it describes a person, `people: false` is wrong, and the
        authorization check above would never run.

    Examples:
        Triggers: `media: [{file: finish.jpg, alt: ..., people: true}]` (no authorization)
        Triggers: `media: [{file: finish.jpg, alt: "Runners at the finish line", people: true, authorization: AUTH-2026-088}]` (that authorization is revoked)
        Triggers: `media: [{file: rehab.jpg, alt: "Older man doing leg raises with a band", people: false}]`
        Triggers: `media: [{file: eco.jpg, alt: "Ecografia con la etiqueta BEBE SOLIS", people: false}]`
        Passes: `media: [{file: finish.jpg, alt: "Runners at the finish line", people: true, authorization: AUTH-2027-014}]` (signed before the publish date, valid after it)
        Passes: `media: [{file: gym.jpg, alt: "Empty therapy gym with new parallel bars", people: false}]`
    """
    publish = publish_date(post, ctx.plans)
    known = Known.of(ctx.plans)
    for media in post.media:
        line = media.line or post.line_of("media")
        if not media.people:
            alt = fold(media.alt)
            shown = shows_a_person(alt.text, known)
            if shown is not None:
                words = clip(alt.show(*shown))
                said = "is marked `people: false`" if media.people is False else "does not say whether it shows people"
                yield Hit(
                    f"Media '{media.file}' {said}, but its alt text shows a person ('{words}')",
                    line,
                    hint="Set `people: true` and add the `authorization:` of everyone shown, or use a photo without people and describe it as it is.",
                )
            continue
        if not media.authorization and (shows_only_team(fold(media.alt).text, known) or faceless_staff(fold(media.alt).text, known)):
            continue  # the team at work: staff consent is an employment matter, not a HIPAA authorization
        problem = authorization_problem(ctx.plans, media.authorization, publish)
        if problem:
            # No authorization, and nothing ties anyone shown to care: a warning (photo_tie.py). One named but wrong: an error.
            untied = not media.authorization and photo_untied(media.alt, " ".join(t.text for t in texts(post, body_only=True)))
            yield Hit(
                f"Media '{media.file}' shows people but {problem}" + (" (nothing in it tells of care: check that no one shown is a patient)" if untied else ""),
                line,
                hint="Add `authorization: <id>` naming a signed, unexpired, unrevoked entry of plans/authorizations.yml, or use a photo without people.",
                severity=Severity.WARNING if untied else None,
            )


_STORY = phrase_pattern(WORDS["story_phrases"])
_STORY_TAGS = frozenset(t.lower() for t in WORDS["story_tags"])
_CARE_STEP = r"(?:surgery|procedure|operation|replacement|reconstruction|repair|rehab|therapy|treatment|injections?)"
_FIRST_PERSON = r"(?i:I|I'm|I’m|I've|I’ve|my|she|he|she's|he's|she’s|he’s|her|his)"
_PATIENT_WORDS = r"(?i:one\s+of\s+our\s+patients|a\s+(?:former\s+|recent\s+|happy\s+|grateful\s+|longtime\s+)?patient|our\s+patient|patient\b)"
# a staff job or a thing of the practice's after "patient" ("our patient coordinator", "our patient portal"): no story
_NOT_A_STORY = rf"(?!\s+(?i:{alternation(PATIENT_COMPOUNDS)})\b)"
_STORY_PATTERNS = (
    # "after her knee replacement", "after my surgery"
    re.compile(rf"(?<![\w-])after\s+(?:her|his|my)\s+(?:[\w-]+\s+){{0,2}}?{_CARE_STEP}(?![\w-])", re.IGNORECASE),
    # "Thanks to Dr. Okafor, I'm back", "thanks to the team at Riverbend, she..."
    re.compile(
        r"(?<![\w-])(?i:thanks\s+to|thank\s+you,?|because\s+of)\s+"
        r"(?:(?:Dr\.?|Doctor)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?i:our|the|your)\s+(?i:team|therapists?|surgeons?|staff|doctors?|nurses?|clinicians?))"
        r"(?:\s+(?i:and|&)\s+(?i:the|her|his|their|our)\s+(?i:team|staff))?(?:\s+(?i:at|from|of)\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})?"
        rf"\s*,?\s*{_FIRST_PERSON}(?![\w-])"
    ),
    # a quote signed by a patient: “...,” says a grateful patient
    re.compile(rf"[\"“][^\"“”\n]{{8,}}[\"”]\s*,?\s*(?:[—–-]+\s*)?(?i:says|said|shares|shared|writes|wrote|told\s+us)?\s*,?\s*{_PATIENT_WORDS}"),
    # a signature: — Maria, patient
    re.compile(rf"[—–]\s*(?:[A-Z][a-z]+\.?,?\s+)?(?:[A-Z]\.\s*,?\s*)?(?i:a\s+)?(?i:former\s+|recent\s+|happy\s+|grateful\s+)?(?i:patient)(?![\w-]){_NOT_A_STORY}"),
    # "our patient" (not "our patient portal")
    re.compile(rf"(?<![\w-])(?i:our\s+patient)(?![\w-]){_NOT_A_STORY}"),
)
# "..., writes Karen L." / "says Maria": words attributed to someone who is not on the team
_ATTRIBUTION = lazyre.compile(r"(?<![\w-])(?i:says|said|writes|wrote|shares|shared|tells\s+us|told\s+us)[ \t]+(?=[A-Z])")


def _attributed_to_outsider(body: str, known: Known) -> re.Match | None:
    for match in _ATTRIBUTION.finditer(body):
        tokens = name_tokens(body, match.end(), limit=2)
        if tokens and tokens[0].group(0) in GIVEN and not known.is_team(t.group(0) for t in tokens):
            return match
    return None


def _story_signal(post: Post, known: Known, plans: Plans) -> tuple[int, str] | None:
    """(line, quoted words) of the first sign that the post is a patient story, or None."""
    for tag in post.tags:
        if fold(tag).text.lower().strip() in _STORY_TAGS:
            return post.line_of("tags"), f"tag '{tag}'"
    for text in texts(post, plans, links=False):
        if text.span.field == "tags":
            continue
        body = figures_untold(text.text)  # a public figure's story told in public before is theirs, not ours (public_story.py)
        candidates = (
            next((m for m in _STORY.finditer(body) if not own_words_in_public(body, m)), None),  # not a mayor's own words to the crowd
            *(p.search(body) for p in _STORY_PATTERNS),
            _attributed_to_outsider(body, known),
            pictured_patient(body),
            milestone_of_one(body, known.given),
            described_in_care(body),
            narrowed_in_care(body),
            fighter_of_one(body),
        )
        found = [m for m in candidates if m]
        if found:
            first = min(found, key=lambda m: m.start())
            return text.span.line_at(first.start()), f"'{text.show(first, 50)}'" + (f" in {text.where}" if text.where else "")
    return None


@rule("PHI013", "story-without-authorization", serves="privacy", severity=Severity.ERROR, scope="post")
def story_without_authorization(post: Post, ctx: Context) -> Iterator[Hit]:
    """A patient story or testimonial without a valid signed authorization.

    What it flags:
        A post that reads as a patient's story or testimonial (tagged
        `testimonial` or `patient-story`; or saying "patient story", "one of
        our patients", "a patient of ours", "after her surgery", "thanks to
        Dr. Chen, I'm back...", "in his own words", "my surgery", a quote
        signed by a patient, words attributed to someone who is not on the
        team: "..., writes Karen L.", or a caption that says the photo shows
        our patient: "Pictured: our 9-year-old patient with ...", "En la foto:
        nuestra pacientita ...", "Here is our little patient", or a child by
        age with care: "Pictured: a 6-year-old with a fresh cast", or one the
        photo post points at with her own care with us: "Look who stopped by!
        She finished her infusions with us", "esta senora tan linda termino sus
        terapias con nosotros"; or one person's care milestone with us, however
        they are described: "the gentleman in chair 4 marked 10 years on
        hemodialysis", "cumplio 9 meses en nuestro programa de metadona",
        "picked up his 1-year chip", not a staff anniversary (a clinician with her licence too: "<Name>, CNM, cumple 10 anos"), nor a team member's career
        ("worked 12 years in hospice", "trabajo 8 anos en terapia intensiva", "<Member> spent 9 years on the L&D floor"), nor health
        education about anyone (nor a schedule: "cada 4 anos entre los 40 y los 60"), nor a milestone a public figure told in his
        own work ("sings about his ten years sober on his new album"), nor one described by a public role who told it in her medium; or one person set apart by a description with
        their own care: "the man who ran the feed mill has been on our hospice
        service since May", "el nino que canta en el coro vino a su control",
        or by her place on a school's team ("our eighth-grade catcher who came
        by for his insulin"); or a time told from one person's care ("is six
        weeks post-op", "lleva dos semanas de operada"), not recovery advice;
        or one person called a fighter of her condition ("this little kidney
        warrior"), not the group of an awareness post; or one narrowed out of
        our care or by the business they own, with care near ("one of my guys
        ... is a year sober", "POV: you own the bakery on Elm and finally let
        us check that mole"), not our staff nor a hypothetical owner; not a visitor without care, nor a thing for
        patients: "Pictured: our new waiting room for patients") when none of its media items carries an
        authorization that is in the register, signed, not revoked and not
        expired on the publish date. The post's authorizations are its own
        `authorizations:` list plus the `authorization` of each media item.

    Why:
        A patient story discloses that the person is a patient and something
        about their care. HIPAA requires their written authorization before
        the practice publishes it, with or without a name or a photo, and the
        FTC expects the story to be real.

    Examples:
        Triggers: `One of our patients ran her first 5K after her knee surgery.`
        Triggers: `Pictured: our 6-year-old patient showing off a bright green cast.`
        Triggers: `The lady who runs the flower stall on Elm finished 8 sessions of radiation with us.`
        Passes: `Our nurse Lena marks 10 years in our dialysis unit this month!`
        Triggers: `The potter from Dune Road is three weeks post-op and back at her kiln.`
        Passes: `At three weeks post-op most people can climb stairs again.`
        Triggers: `What a season it has been!` with `tags: [testimonial]` and `media: [{file: track.jpg, alt: "An empty running track", people: false}]` (no authorization)
        Passes: `What a season it has been!` with `tags: [testimonial]` and `media: [{file: track.jpg, alt: "An empty running track", people: false, authorization: AUTH-2027-014}]`
        Passes: `What a season it has been!` with `tags: [testimonial]` and `authorizations: [AUTH-2027-014]` (no media)
    """
    signal = _story_signal(post, Known.of(ctx.plans), ctx.plans)
    if signal is None:
        return
    publish = publish_date(post, ctx.plans)
    problems = []
    for auth_id in post.authorization_ids():
        problem = authorization_problem(ctx.plans, auth_id, publish)
        if not problem:
            return
        problems.append(problem)
    line, what = signal
    reason = f"; the post {problems[0]}" if problems else ""
    yield Hit(
        f"This reads as a patient story or testimonial ({what}) but carries no valid signed authorization{reason}",
        line,
        hint=(
            "Record the patient's signed authorization in plans/authorizations.yml and list it under the post's "
            "`authorizations:` (or its media's `authorization:`); without it, rewrite the post as general information."
        ),
    )
