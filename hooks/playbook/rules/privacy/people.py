"""Who a text is about: the people it names, greets, counts in a family or gives an age.

PHI003 (names), PHI011 (descriptions) and PHI012 (alt text of a photo) share these finders. Staff rarely write a patient's
full name; they write "little Mateo", "Sophie (7)", "the Okafor family", "dona Teresa", "Love you Frank!!" or "- Dmitri, ACL reconstruction".
A capitalised word counts as a name when a list knows it as a first name, or when its place in the sentence says so (after a
title, a kin word or "patient"; before "family"; next to an age; in a cheer or a testimonial's signature), so a name no list holds is still caught. What stands around it can also excuse it: a team member (plans/team.yml),
a place or an organisation ("Lincoln Elementary", "Rosie's Diner", "San Isidro"), a pet, a place greeted ("Gracias El Paso!"), a contraction or a condition named after someone
("Let's", "Swimmer's ear"), or a public figure introduced by their role ("Senator Tom
Albrecht") or reported by their camp, in a text that neither says we cared for them nor guesses at their health, or one telling
their own story as already public (public_story.py). In file names and links (`slug`) capitals say nothing, so each
word is weighed on its own. A town also knows people by a pet form, a diminutive or a
family title ("Chayo", "Nachito", "el Tata Lencho"), and a given name that is also a word
by where they work ("Faith at the laundromat on 9th") once a milestone of their care is
told (own_care); a holiday ("Viernes Santo"), an answer that opens a sentence ("Si,") and a storm are nobody (readings.py).

Every pass is a single scan with bounded look-arounds (a name is at most four words), so
the work stays linear in the text. What a word is lives in vocabulary.py, what counts as care in
care.py, who may be named in known.py, names that are also words in wordnames.py, public figures in public.py, names in file names and links in slugs.py,
names on a label in record_labels.py.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from . import activities
from .aliases import is_member, team_aliases
from .article_nicknames import article_nicknames
from .care import care_near, care_owned, cared_for, mentions_care, names_condition, spoken_care
from .care_names import as_names
from .common import WORDS
from .community_roles import cared_in_role, community_role
from .done_to import done_to_named
from .family_words import group_title, no_family, org_family
from .figure_care import role_named
from .food_makers import made_by
from .greeted_words import plain_word
from .informal_ages import informal_ages
from .kin_initials import kin_initials
from .known import Known, Person, is_org_handle
from .lone_names import PERSON_BEFORE, lone_name, no_one, starts_run
from .lone_names import sentence_start as _sentence_start
from .nicknamed import nicknamed, quoted_between
from .own_news import claims_untold, received_untold, with_us
from .owned_parts import owned_parts
from .place_runs import names_a_place
from .place_surnames import place_surname_people
from .public import greets_figure, health_next_to, is_public_figure
from .public_acts import named_again, within_figure
from .public_story import retold_figure, story_cared
from .qa import answered_handle
from .readings import title_gap
from .record_labels import label_names
from .role_compounds import in_compound, modifies_role
from .service_honours import honoured_for_service
from .slugs import slug_care, slug_name, slug_people
from .spanish_openers import after_symbol, spanish_opener
from .staff_posts import staff_own
from .stage_names import stage_prefix
from .street_names import drive_after_street
from .vocabulary import (
    AFTER_INTERJECTION,
    BUSINESS_BEFORE,
    CALENDAR,
    CAP,
    CAP_BEFORE,
    CAP_START,
    CAP_WORD,
    CONTRACTIONS,
    HOLIDAY,
    HONORIFIC,
    INTERJECTIONS,
    NAMES,
    NOT_A_NAME,
    NOT_A_SURNAME,
    NOT_NAMES,
    PARTICLES,
    PLACE_AFTER,
    PLACE_BEFORE,
    SPANISH_EVERYDAY,
    VERB_LIKE,
    is_first_name,
    is_place,
    is_surname,
    is_team_plural,
    is_unknown,
    name_run,
    title_case_caps,
    unnamed_family,
    word_before,
)
from .wordnames import (
    CRIES,
    POSSESSIVES,
    WORD_GIVEN,
    birthday_name,
    cherished_names,
    dedicated_name,
    known_by_place,
    place_name_person,
    subject_word_name,
    titled_word_name,
    word_name,
    word_name_by_context,
    word_name_with_milestone,
)
from .written_names import written_names

# --- people named ---------------------------------------------------------------------------------------

_ADDRESS_BEFORE = lazyre.compile(r"\d+[ \t]+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?[ \t]+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}$")  # "88 Shore Dr.": a Drive
_PATIENT_AFTER = lazyre.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’-]+[ \t]+)?[A-Z][a-z'’-]+),?[ \t]+"
    r"(?i:one\s+of\s+our\s+(?:patients|clients)|a\s+(?:former\s+|recent\s+|longtime\s+|long-time\s+|new\s+)?(?:patient|client)(?![\w-])|our\s+(?:patient|client)(?![\w-]))"
    rf"(?![ \t]+(?i:{alternation(NAMES['staff_role_after'])})(?![\w-]))"  # "<Name>, our patient advocate": a job, the name is staff (staff_roles.py)
)
_FAMILY_AFTER = lazyre.compile(rf"(?<![\w-])(?:(?i:the|la|los|las)[ \t]+)?(?:(?i:whole|entire)[ \t]+)?({CAP})[ \t]+(?i:{alternation(NAMES['family_after'])})(?![\w-])")
_FAMILY_AFTER_THE = lazyre.compile(rf"(?<![\w-])(?i:the)[ \t]+({CAP})[ \t]+(?i:{alternation(NAMES['family_after_the'])})(?![\w-])")
_FAMILY_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:fam\.|(?:{alternation(NAMES['family_before'])}))[ \t]+(?=[A-Z])")
_NAMED = lazyre.compile(
    r"(?<![\w-])(?i:named|called|the\s+name|(?:the\s+)?(?:last|family|sur)\s*name|el\s+nombre|apellido|llamad[oa]|se\s+llama|(?:goes|went)\s+by|apodad[oa])[ \t]*[:\"“'‘]?[ \t]*(?=[A-Z])"
)
_ROLE_NAME = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?:[ \t]+(?i:del?|de[ \t]+la|of|of[ \t]+the|for|for[ \t]+the)[ \t]+[a-z]+)?,?[ \t]+(?=[A-Z])")
_AGE_WORDS = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGE_BEFORE = lazyre.compile(rf"(?i:{_AGE_WORDS}[- ](?:year|yr|month|week)s?[- ]old)[ \t]+(?=[A-Z])")
_AGE_AFTER = lazyre.compile(
    rf"{CAP_START}({CAP})(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:and|y|&)[ \t]+{CAP})?"
    r"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]*,?[ \t]+(?=(?i:de|age|aged)\b))"
    r"(?:(?i:age|aged|edad|now|ahora|de)[ \t]+)?(\d{1,3})(?![\d:.,]\d)"
    r"(?:[ \t]*(?i:years?|yrs?|anos|months?|meses)(?:[ \t]+(?i:old))?)?[ \t]*!?(?:[,)]|(?<=(?i:anos))|(?<=(?i:meses))|(?<=old))"
)
_JERSEY = lazyre.compile(r"(?<![\w&])#\d{1,2}[ \t]+(?=[A-Z])")
_POSSESSIVE = lazyre.compile(rf"{CAP_START}({CAP})['’]s[ \t]+(?=[a-z])")
_POSSESSIVE_CONDITION = lazyre.compile(rf"(?i:{alternation(NAMES['possessive_conditions'])})(?![\w-])")
_NICKNAME = lazyre.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(n) for n in NAMES['nicknames'])})[ \t]+(?=[A-Z])")
_FROM_PLACE = lazyre.compile(r"[ \t]+(?:from|de|del)[ \t]+(?=[A-Z])")
_INITIAL_SURNAME = lazyre.compile(
    rf"(?<![\w./&°º])(?<!\d )[A-Z]\.[ \t]*({CAP})(?=[ \t]*(?:[-–—,;:)\"”]|$)|[ \t]+\d{{1,2}}[/.-]\d{{1,2}}(?!\d))", re.MULTILINE
)  # "E. Navarro 10/03"; not "300 E. Oak", "108°F. Embarazadas"
_STREET_BEFORE = lazyre.compile(r"(?<![\w-])(?i:calle|avenida|av|ave|avenue|street|st|blvd|camino|carretera|road|rd)\.?[ \t]+$")
_NAME_INITIAL = lazyre.compile(rf"{CAP_START}({CAP})[ \t]+[A-Z]\.(?=[ \t]*(?:[-–—,;:)\"”]|$)|['’]s(?![\w'’-])|[ \t]+[a-z])", re.MULTILINE)  # "Gary M.'s", "Gary M. came": no sentence ends there
_SIGNATURE = lazyre.compile(r"(?:^|[.!?\"”’])[ \t]*[-–—]{1,2}[ \t]*(?=[A-Z])", re.MULTILINE)
# After a signature's first name: an initial, a town, or both, then the end of the line ("Gloria T., Maple Heights 🌻")
_SIGNED_BY = lazyre.compile(
    r"(?:[ \t]+[A-Z]\.(?:[ \t]*,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})?|[ \t]*,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*[^\w\s]{0,4}[ \t]*$", re.MULTILINE
)


def _word_given(word: str) -> bool:
    """A given name, also one that is an everyday word ("Gloria", "Grace", "Dolores"); not a month or a day."""
    info = lexicon_names.name_info(word)
    return info is not None and info.first and word.lower() not in CALENDAR and word.lower() not in PLACE_AFTER


_HAILS = frozenset(w.lower() for w in (*WORDS["greetings"], *NAMES["cheers"]) if " " not in w)  # "Congrats <Name>": a hail the greeting reads, no given name
_GREETING = lazyre.compile(rf"(?<![\w-])(?i:{alternation(WORDS['greetings'])})[ \t]*,?[ \t]+[\"“]?(?=[A-Z])")
_CHEER = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['cheers'])})[ \t]*[,!]?[ \t]+[\"“]?(?=[A-Z])")  # a nickname in quotes too
# "Happy 8th birthday to Summer", "Feliz cumple a Luz", "Happy sweet 16, Paz!": a birthday wish names its one person
_BIRTHDAY = lazyre.compile(
    r"(?<![\w-])(?i:happy|feliz|felices|muy\s+feliz)[ \t]+(?:(?i:\d{1,3}(?:st|nd|rd|th|o|vo)?|first|1st|sweet|primer)[ \t]+)?"
    r"(?i:birthday|bday|b-day|cumple|cumpleanos|cumpleanitos)(?:[ \t]+(?i:to|a|de|for|para))?[ \t]*[,!]?[ \t]+(?=[A-Z])"
)
_PERSONAL_CHEER = lazyre.compile(r"(?i:love\s+you|miss\s+you|proud\s+of\s+you|te\s+queremos|te\s+extranamos|orgullosos\s+de\s+ti)[ \t]*[,!]?[ \t]+(?=[A-Z])")
_VOCATIVE = lazyre.compile(r"(?<=[a-z]),[ \t]+(?:(?=[A-Z][a-z]+[ \t]*!)|[\"“](?=[A-Z][^\"”\n]{0,30}[\"”][ \t]*!))")  # "Ring that bell, Priyanka!!", 'Happy retirement, "Sunny D"!'
_DOES_CARE = lazyre.compile(
    rf"(?<![\w'’-])({CAP})[ \t]+(?:(?i:just|finally|officially|already|ya)[ \t]+)?"
    r"(?i:came\s+in|came\s+to\s+us|was\s+in\s+for|finished\s+(?:\w+\s+)?(?:rehab|therapy|treatment|chemo|radiation|PT)|completed\s+(?:\w+\s+)?(?:rehab|therapy|treatment|chemo)"
    r"|rang\s+the\s+bell|graduated\s+from\s+(?:our|physical|PT|rehab|therapy)|llego\s+con|vino\s+(?:a|por)\s+su|termino\s+su|termina\s+su)(?![\w-])"
)
_IS_BACK = lazyre.compile(rf"(?<![\w'’-])({CAP}(?:[ \t]+{CAP})?)[ \t]+(?i:is|esta|ya)[ \t]+(?i:back|home|walking|running|cancer-free|de\s+vuelta|camina|corre)(?![\w-])")
_INITIALS = lazyre.compile(r"(?:[A-Z]\.?){1,3}(?![\w])")
_HANDLE = lazyre.compile(r"(?<![\w@./:+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,48}[A-Za-z0-9_])?)")
# What every match of a pattern holds, found by a far cheaper pattern over a text that has none: an age ("year-old"), a number (an age after a name, a date on a label), a jersey, a possessive, a handle, a name given.
_OLD = lazyre.compile("old", re.IGNORECASE)
_DIGIT = lazyre.compile(r"\d")
_HASH_DIGIT = lazyre.compile(r"#\d")
_APOSTROPHE_S = lazyre.compile("['’]s")
_AT = lazyre.compile("@")
_NAME_WORD = lazyre.compile("name|called|nombre|llama|apellido|goes|went|apodad", re.IGNORECASE)
_PLACE_START = PLACE_BEFORE | {"el", "la", "los", "las"}
_ABBREVIATED_PLACE = lazyre.compile(r"\.[ \t]*[A-Z][\w'’-]*(?:(?:[ \t]+[A-Z][\w'’-]*){0,2}?[ \t]+([A-Z][\w-]*))?")  # "St. Lawrence County", "Mt. Hood"
_COURTESY = frozenset(w.lower() for w in (*NAMES["courtesy_titles"], *NAMES["kin_titles"], "mx"))  # "Dona", "Mr.", "Tia", "Grandma"


def _scan(pattern: re.Pattern, text: str, needs: re.Pattern) -> Iterator[re.Match]:
    """pattern.finditer(text); nothing when `needs`, which every match of `pattern` holds, is not in the text."""
    return pattern.finditer(text) if needs.search(text) else iter(())


def _person(text: str, tokens: list[re.Match], start: int, how: str, **flags) -> Person | None:
    if not tokens or is_place(text, tokens[0].start()):
        return None
    if len(tokens) > 1 and tokens[0].group(0).lower() in _PLACE_START:
        return None  # "El Paso", "San Antonio", "Las Cruces", "Santa Fe": a place, greeted or not
    if how == "greeted by name" and tokens[0].group(0).lower() in _PLACE_START and (place := _ABBREVIATED_PLACE.match(text, tokens[0].end())):
        if (place.group(1) or "").lower() in PLACE_AFTER or tokens[0].group(0).lower() in ("mt", "ft"):
            return None  # "Hello, St. Lawrence County!", "Thanks to Mt. Shasta <Shop>": the run of names stopped at the period; "Hi St. Claire" is someone
    return Person(start, tokens[-1].end(), tuple(t.group(0) for t in tokens), how, **flags)


_ARTICLES = frozenset(("the", "our", "a", "an", "la", "el", "nuestra", "nuestro"))


def _verb_form(tokens: list[re.Match]) -> bool:
    """The first word is a verb's or an adjective's form no name list knows ("Approved", "Tested")."""
    return bool(tokens) and is_unknown(tokens[0].group(0)) and VERB_LIKE.search(tokens[0].group(0).lower()) is not None


def people(text: str, known: Known, *, reply: bool = False, slug: bool = False) -> Iterator[Person]:
    """Every passage of `text` (folded) that names a person, team members and public figures included.

    `reply`: the text is a reply to a review, which greets no one but {{ reviewer }}, so any greeted word is a name (in a post "Hello February!" is not).
    `slug`: the words of a file name or a link, capitalised by the decoder (urlwords), so a capital
    says nothing: each word is weighed on its own ("Canva Export Brianna Hollowell Scar").
    A name inside a holiday's name names a day ("Viernes Santo", "Sabado de Gloria"); in an activity's, a class ("Tai chi").
    """
    return iter(_read_people(text, known, reply, slug))


@functools.lru_cache(maxsize=64)  # several rules read one text's people in turn
def _read_people(text: str, known: Known, reply: bool, slug: bool) -> tuple[Person, ...]:
    text = title_case_caps(text)
    holidays = [match.span() for match in HOLIDAY.finditer(text)]  # never overlapping: the last one starting before a name's end
    starts, ends = [start for start, _ in holidays], [end for _, end in holidays]  # is the only one it can touch
    done = activities.spans(text)  # "Tai chi", "Qi Gong", "Nia class": a class's or a game's name is no one (activities.py)
    return tuple(
        person  # not "<Given> <Surname> Boat Basin", "Mision Bautista Hispana" (place_runs.py)
        for person in _people(text, known, reply=reply, slug=slug)
        if ((index := bisect_left(starts, person.end) - 1) < 0 or ends[index] <= person.start) and (not slug or slug_name(person)) and not activities.in_activity(text, done, person, is_first_name)
        if slug or not names_a_place(text, person)
    )


def _people(text: str, known: Known, *, reply: bool, slug: bool) -> Iterator[Person]:
    """people(), on text whose capitals are already read as a chart label would be."""

    def run(pos: int, limit: int = 4, ahead: int = 0, towns: bool = True) -> list[re.Match]:
        # Read `ahead` words past the name (a slug's, as far as ever): a place's word there still ends it ("Maria Elena Park"); keep `limit` words.
        tokens = [t for t in name_run(text, pos, 4 if slug else limit + ahead, towns=towns) if t.group(0).lower() not in known.org]
        return tokens[:limit]

    for match in HONORIFIC.finditer(text):
        if match.group(0).rstrip(".") == "Dr" and (_ADDRESS_BEFORE.search(text, max(0, match.start() - 60), match.start()) or drive_after_street(text, match.start(), match.end())):
            continue  # "88 Shore Dr. Free parking", "on Ed Carey Dr. Eso quiere decir ...": Drive
        gap = title_gap(text, match)  # "ask your doctor. Adults ...": a whole word's period ends the sentence
        tokens = name_run(text, gap.end()) if gap else []
        if slug and _verb_form(tokens):
            continue  # "grandma-approved-balance-exercises": a title before a verb's form in a slug names no one
        if match.group(0)[0].isupper() and word_before(text, match.start()) in BUSINESS_BEFORE and text[max(0, match.start() - 40) : match.start()].rstrip()[-1:] not in ".!?":
            continue  # "la taqueria Don Chucho": a business named after someone ("la tienda, don Lalo" and "the library. Mrs. <Name>" are people)
        found = _person(text, tokens, match.start(), "a title and a name", title=match.group(0))
        if found is None and gap and not tokens and not slug:  # "Grandpa August", "Tio Julio": a month after a relative's title is her name
            found = titled_word_name(text, match, mentions_care(text))
        if found is None and gap and not tokens and not slug and match.group(0).rstrip(".").lower() in _COURTESY:
            # "Dona <Given> <Town>", "Mr. <Given> <City>": after a courtesy or kin title a given name no list knows and a town's name are a person
            courtesy = name_run(text, gap.end(), towns=False)
            if courtesy and not plain_word(courtesy[0].group(0)):  # not "Miss Teen <State>", a pageant's crown
                found = _person(text, courtesy, match.start(), "a title and a name", title=match.group(0))
        if found:
            yield found
    for match in PERSON_BEFORE.finditer(text):  # a patient or a child is never excused by sharing a team member's name
        tokens = run(match.end(), 3, towns=False)  # "paciente <Given> Garcia": a surname a town shares, not a body named for its city
        if (
            (slug and _verb_form(tokens))
            or in_compound(text, match.start())
            or (not slug and stage_prefix(text, match.start()))
            or group_title(text, match.start())
            or no_one(text, tokens, match.start())
        ):
            continue  # "team mom <Name>", "coordinadora de servicio al paciente, <Name>": a role (role_compounds.py), the name weighed as a neighbour's; "rapper Lil <Word>": a stage name; "joined Little Steps"
        found = _person(text, tokens, match.start(), "a patient, a child or a relative named", excusable=False, public=False)
        if found:
            yield found
    for match in _scan(_NAMED, text, _NAME_WORD):
        found = _person(text, run(match.end(), 3), match.start(), "a name given", public=False)
        if found:
            yield found
    for match in _ROLE_NAME.finditer(text):  # "singer Tasha Monroe": a public figure, judged below
        found = _person(text, run(match.end(), 3), match.end(), "a public figure named")
        if found:
            yield found
    for match in _PATIENT_AFTER.finditer(text):
        words = [w for w in match.group(1).split() if w.lower() not in NOT_NAMES and w.lower() not in known.org]
        if words:
            yield Person(match.start(1), match.end(), tuple(words), "a patient named", excusable=False, public=False)
    for pattern in (_FAMILY_AFTER, _FAMILY_AFTER_THE):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.lower() in NOT_NAMES or name.lower() in _ARTICLES or name.lower() in PLACE_AFTER or name.lower() in known.org or unnamed_family(text, match) or org_family(text, match, known):
                continue  # not "the Hernandez Family Foundation" either
            yield Person(match.start(), match.end(), (name,), "a family named", excusable=False, public=False)
    for match in _FAMILY_BEFORE.finditer(text):  # not "welcome to the fam <Name>" (slang for the team)
        found = None if no_family(text, match.start()) or group_title(text, match.start()) else _person(text, run(match.end(), 2), match.start(), "a family named", excusable=False, public=False)
        if found:
            yield found
    for match in _scan(_AGE_BEFORE, text, _OLD):
        found = _person(text, run(match.end(), 2), match.start(), "a name with an age", public=False)
        if found:
            yield found
    for match in _scan(_AGE_AFTER, text, _DIGIT):
        name = match.group(1)
        if int(match.group(2)) <= 120 and name.lower() not in NOT_NAMES and name.lower() not in PLACE_AFTER and name.lower() not in known.org:
            if not is_place(text, match.start(1)):
                yield Person(match.start(1), match.end(1), (name,), "a name with an age", public=False)
    for match in _scan(_JERSEY, text, _HASH_DIGIT):
        found = _person(text, run(match.end(), 2), match.start(), "a player's number and name", public=False)
        if found:
            yield found
    for match in _scan(_POSSESSIVE, text, _APOSTROPHE_S):
        name = match.group(1)
        if name.lower() in NOT_NAMES or name.lower() in known.org or name.lower() in CONTRACTIONS:
            continue  # "Let's talk", "That's why"
        if _POSSESSIVE_CONDITION.match(text, match.start()) or names_condition(text, match.start()):
            continue  # "Swimmer's ear", "Crohn's disease": a condition named after someone, not a person's care
        if is_place(text, match.start(1)):
            continue  # "outside St. Anne's", "San Judas's": a church or a place
        if is_first_name(name) or care_near(text, match.end()):
            yield Person(match.start(1), match.end(1), (name,), "a name with their care" if not is_first_name(name) else "a first name")
    for pattern in (_INITIAL_SURNAME, _NAME_INITIAL):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.lower() in NOT_NAMES or name.lower() in PLACE_AFTER or name.lower() in known.org:
                continue
            if pattern is _INITIAL_SURNAME and match.group(0)[0] in "NSEW" and _STREET_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                continue  # "(calle N. Rusk)", "on W. Main": a street with its compass point (round 61)
            if pattern is _INITIAL_SURNAME or is_first_name(name) or is_surname(name) or care_owned(text, match.end()):  # "Jaylen M.'s teeth"
                yield Person(match.start(), match.end(), tuple(match.group(0).replace(".", " ").split()), "a name and an initial")
    for match in _SIGNATURE.finditer(text):
        tokens = run(match.end(), 3)
        if tokens and _SIGNED_BY.match(text, tokens[0].end()) and _word_given(tokens[0].group(0)) and mentions_care(text):
            # "- Gloria T., Maple Heights", "— Dolores R., Tlaquepaque": a given name that is also a word signs a testimonial
            yield Person(tokens[0].start(), tokens[0].end(), (tokens[0].group(0),), "a testimonial signed with a name", public=False)
            continue
        if tokens and (is_first_name(tokens[0].group(0)) or (text.startswith(",", tokens[-1].end()) and care_near(text, tokens[-1].end() + 1))):
            found = _person(text, tokens, tokens[0].start(), "a testimonial signed with a name", public=False)
            if found:
                yield found
    for pattern in (_GREETING, _CHEER, _VOCATIVE, _BIRTHDAY):
        for match in pattern.finditer(text):
            named = CAP_WORD.match(text, match.end()) if pattern is _CHEER and word_before(text, match.start()) in _ARTICLES else None
            if named and (not mentions_care(text) or getattr(lexicon_names.name_info(named.group(0)), "also_word", False)):
                continue  # "walking the Go Red loop": a campaign's or an event's name (not "the Go Mateo shirts for his last chemo")
            tokens = run(match.end(), 3, 1)  # a greeted body's kind may follow its name
            if pattern is _BIRTHDAY and CAP_WORD.match(text, match.end()):
                found = birthday_name(text, match.end(), mentions_care(text))  # "Happy 9th birthday to April!": a month's name is hers
                if found:
                    yield found
                    continue
            if not tokens:
                initials = _INITIALS.match(text, match.end()) if reply else None  # "Hi JB,"
                if initials and initials.group(0).replace(".", "").lower() not in NOT_NAMES:
                    yield Person(initials.start(), initials.end(), (initials.group(0),), "greeted by name")
                continue
            first = tokens[0].group(0)
            if first.lower() in INTERJECTIONS and AFTER_INTERJECTION.match(text, tokens[0].end()):
                continue  # "Hola! Si, abrimos los sabados", "Hi! Absolutely, ...": an answer opens the sentence, no one is greeted
            if not is_first_name(first) and len(tokens) == 1 and spanish_opener(text, first) or greets_figure(text, tokens[0], named=is_first_name(first)):
                continue  # "¡Hola! Si atendemos ...": a Spanish word after the greeting; "Get well, Champ!" to a figure (public.py)
            # In a post a known given name counts, or any single word after "love you" / "proud of you";
            # a word no list knows counts when the text speaks of someone's care ("Congrats, Thaddeus! 100 days
            # sober"), not otherwise ("Hello February!", "Go Bulldogs!"). A reply greets no one but {{ reviewer }}.
            personal = _PERSONAL_CHEER.match(text, match.start()) is not None and len(tokens) == 1 and not is_team_plural(first)
            if not (is_first_name(first) or reply or personal) and not is_team_plural(first, text[tokens[0].end() : tokens[0].end() + 12]):
                # "Hi Wade, your new insoles came in": greeted and spoken to about what we hand them
                personal = mentions_care(text) or (pattern is _GREETING and len(tokens) == 1 and spoken_care(text, tokens[0].end(), len(text)))
            if is_first_name(first) or reply and not (pattern is _CHEER and is_team_plural(first) and not is_surname(first)) or personal:  # "Go RiverHawks" (not "Go Torres")
                found = _person(text, tokens, tokens[0].start(), "greeted by name")
                if found and not (len(found.words) == 1 and modifies_role(text, found.start, found.end)):  # not "thanks to Delta blues man <Name>"
                    yield found
    bounds: list[int] | None = None
    for pattern in (_DOES_CARE, _IS_BACK):  # "Tobias came in with a chipped tooth"; "Ingrid is back on the ice after her fracture"
        for match in pattern.finditer(text):
            words = match.group(1).split()
            if any(w.lower() in NOT_NAMES or w.lower() in PLACE_AFTER or w.lower() in known.org for w in words) or is_place(text, match.start(1)):
                continue
            if word_before(text, match.start(1)) in ("the", "a", "an", "our", "your", "el", "la", "los", "las", "un", "una"):
                continue
            if pattern is _IS_BACK:
                bounds = bounds or sentence_bounds(text)
                if not cared_for(text, *sentence_of(bounds, match.start())):
                    continue
            yield Person(match.start(1), match.end(1), tuple(words), "a name with their care", public=False)
    for match in _NICKNAME.finditer(text):  # "Big Earl", "Lil Tony": a nickname the town knows
        first = CAP_WORD.match(text, match.end())
        if first is None or not slug and (stage_prefix(text, match.start()) or quoted_between(text, match.start())):
            continue  # "Big QUINONES": capitals only; "rapper Lil <Word>": a stage name (public.py); '<Given> "Big <Given>" <Surname>': his own
        info = lexicon_names.name_info(first.group(0))
        if (info.first if info else not no_one(text, [first], match.start())) and first.group(0).lower() not in NOT_A_NAME:  # "Big Earl", "Big Tino"; not "Little Steps"
            found = _person(text, run(match.end(), 1 if slug else 3), match.start(), "a nickname", public=False)
            if found:
                yield found
    yield from label_names(text, known)  # a wristband's label, a chart's surname and initials before a date of birth (record_labels.py)
    for match in CAP_WORD.finditer(text):  # any known first name, or a name no list knows before a surname ("Oriane Castellanos")
        word = match.group(0)
        if text[match.start() - 1 : match.start()] == "_" and _IN_HANDLE.search(text, max(0, match.start() - 32), match.start()):
            continue  # "@FLDOH_Marion": a word a handle joins with "_" is the handle's, read by the handle's own reading below
        low = word.lower()
        inside = None if slug else CAP_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if inside and starts_run(text, inside, match.end()):
            continue  # inside a run of names: its first word speaks for it ("Tasha Monroe", not "Monroe")
        if low in CRIES and (_sentence_start(text, match.start()) or text[: match.start()].rstrip(" \t").endswith("¡") or word_before(text, match.start()) == "que"):
            continue  # "Viva Mexico!", "Que viva Puerto Rico": a cry for a country, no name (the country after it is read as inside it)
        info = lexicon_names.name_info(word)
        if info is not None and info.first and low not in known.org and (info.also_word and low not in NOT_A_NAME or low in WORD_GIVEN):
            # A first name that is also a word or a date ("Ray", "Hope", "Rosa", "April", "Julio") is a name when what follows makes it one:
            # a surname, an initial, "de" ("Julio R. Benitez", "Pilar de la Fuente", "Cruz Mendoza Rivas"), or a hometown ("Earl from Boise").
            found = word_name(text, match, known, slug)
            if found is None and low not in NOT_A_NAME and _FROM_PLACE.match(text, match.end()) and not _sentence_start(text, match.start()):
                found = _person(text, run(match.start(), 2 if slug else 4), match.start(), "a first name and a hometown")
                found = found if found and found.words[0] == word else None
            if found is None and not slug and low not in known.org and not is_place(text, match.start()):
                found = known_by_place(text, match) or (word_name_with_milestone(text, match) if low in WORD_GIVEN else None) or word_name_by_context(text, match)
                found = found or subject_word_name(text, match) or dedicated_name(text, match)  # "Hope is out of her cast ... she", "A Cielo, la chofer ..."
            if found:
                yield found
            continue
        if not is_first_name(word) and low not in NOT_A_NAME and low not in known.org and is_unknown(word):
            after = CAP_WORD.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
            after = None if after and low in _HAILS and is_first_name(after.group(0)) else after  # "Congrats Maria": the greeting reads her
            if after and is_surname(after.group(0)) and after.group(0).lower() not in NOT_A_SURNAME | PARTICLES | SPANISH_EVERYDAY and not VERB_LIKE.search(low) and not is_place(text, match.start()):
                if plain_word(word) and (after.group(0).endswith("s") and plain_word(after.group(0)[:-1]) or word_before(text, match.start()) == "the"):
                    continue  # "Cedar Banks", "Maple Hills": two plain words, the second a plural; a plain word after "the" ("the Pee Dee"): a region
                found = _person(text, run(match.start()), match.start(), "a full name")
                if found and found.words[0] == word:
                    yield found
            continue
        if is_first_name(word):
            if info is None and not slug and word_before(text, match.start()) in POSSESSIVES:
                continue  # "Tu Angelito Duerma Bien": a diminutive after "tu" or "your" is a pet word, not a name
            found = _person(text, run(match.start(), 2 if slug else 4), match.start(), "a full name" if CAP_WORD.match(text, match.end() + 1) else "a first name")
            if found and found.words[0] == match.group(0):
                opening = _sentence_start(text, match.start()) or after_symbol(text, match.start())  # after a line's emoji too
                if len(found.words) == 1 and not slug and (opening and not lone_name(text, match) or spanish_opener(text, word, match.start()) or modifies_role(text, found.start, found.end)):
                    continue  # "Charla gratuita", "🙏 Miles de familias": a capital at a sentence's start is weak evidence; "Delta blues man <Name>"
                if len(found.words) == 1 and not slug and info is not None and info.place:
                    found = place_name_person(text, match)  # "trips to Ghana or Kenya", "licencia de Florida": a place, unless context says someone
                    if found is None:
                        continue
                yield found
    if slug:
        yield from slug_people(text, known)
    else:
        # "nuestro querido Chente", "<Name>'s left hand", "<Name>, 9 anitos", "a sign reading 'Go <name>!'", '<Given> "The Anvil" <Surname>', "a la <Nickname> le ..."
        for finder in (cherished_names, owned_parts, informal_ages, written_names, nicknamed, role_named, article_nicknames, place_surname_people, kin_initials):
            yield from finder(text, known)
    for match in _scan(_HANDLE, text, _AT):
        handle = match.group(1).rstrip(".")
        if re.search(r"[A-Za-z]", handle) and not known.is_own_handle(handle) and not is_org_handle(handle, text) and not answered_handle(text, match.start()):
            yield Person(match.start(), match.end(), ("@" + handle,), "a social handle", public=False)


_IN_HANDLE = lazyre.compile(r"@\w{1,30}$")  # a handle up to a word it joins with "_" ("@FLDOH_", "@NWS_Tampa_")
_FONDLY = "a pet name said with affection"


def named(text: str, known: Known, *, reply: bool = False, slug: bool = False) -> Iterator[Person]:
    """The people of `text` who may not be named: not on the team, not a public figure spoken of fairly.

    A name inside a public figure's name, or its first word said again, passes with it ('Lara' in 'boxer Kiko Lara')."""
    bounds = sentence_bounds(text)  # once per text, not once per name
    health: re.Match | None | bool = False
    excused: list[tuple[int, int]] = []
    found = sorted(people(text, known, reply=reply, slug=slug), key=lambda p: (p.start, -p.end))
    text = text if slug else as_names(text, ((p.start, p.end) for p in found))  # "Dona Dolores" (care_names.py); a slug's capitals say nothing
    aliases, own = team_aliases(text, known, found, reply=reply), staff_own(text, known, found, reply=reply)
    for person in found:
        if person.excusable and is_member(person, known, aliases) or (person.start, person.end) in own:
            continue  # a member; a nickname the text gives one ("Marisol Tapia, 'Mari' para todos"); her short form, her own family
        if made_by(text, person.start, person.end):
            continue  # "pupusas de la señora <Name>", "pizza from <Name>'s": the cook's name, no care of hers (food_makers.py)
        if (honoured_for_service(text, person) or community_role(text, person, bounds)) and not (slug and slug_care(text)):  # a slug with care: its story
            excused.append((person.start, person.end))
            continue  # "honramos a la Hermana <Name>, que lleva 40 anos ...", "volunteer <Name>": a public honour, a community role
        if person.public and named_again(text, person, excused) or within_figure(text, person, excused, quoted=person.how != _FONDLY):
            continue  # the given name of a public figure's longer name let through, said with affection ('nuestro querido <Given> "<Nick>" <Surname>'); its nickname
        if person.public and not cared_in_role(text, person, bounds) and is_public_figure(text, person, bounds):  # not "el entrenador <Name> ... por su menisco"
            health = claims_untold(text, bounds) if health is False else health
            if (
                health is None
                and not health_next_to(text, person, bounds)
                and not received_untold(text, bounds, person.start)
                and not with_us(text)
                and not story_cared(text, bounds, person.start)
                and not done_to_named(text, bounds, person.start, person.end)
            ):
                excused.append((person.start, person.end))
                continue
        if person.public and retold_figure(text, person, bounds):  # "..., as she has said in many interviews": their own story (public_story.py)
            excused.append((person.start, person.end))
            continue
        yield person
