"""Every person PHI003 reads in a post's or a reply's texts, each passage once (the reading; names.py judges)."""

from __future__ import annotations

from collections.abc import Iterator

from ...model import Post, ResponseTemplate
from ..context import Context
from .aliases import pet_titled
from .bedside_days import bedside_days
from .body_owners import body_owners
from .care_tie import Ties, names_no_patient
from .cared_pairs import cared_pairs
from .cited_handles import linked_sites
from .common import Ranges, Text, texts
from .counted_families import counted_families
from .families import families
from .known import Person
from .no_one import no_one
from .people import Known, named
from .practice_town import home_town
from .record_names import record_names
from .street_names import street_words


def people_named(item: Post | ResponseTemplate, ctx: Context) -> Iterator[tuple[Text, Person, bool]]:
    """(text, person, untied) for each passage that names someone not excused, the longest reading of a passage first."""
    known, sites = Known.of(ctx.plans), linked_sites(text.text for text in texts(item, ctx.plans))  # sites: "airnow" of airnow.gov
    is_response = isinstance(item, ResponseTemplate)
    for text in texts(item, ctx.plans, links=False):
        taken = Ranges()
        # A reply greets no one but {{ reviewer }}; a file name or a link is read like a post.
        found = [*named(text.text, known, reply=is_response and not text.where, slug=bool(text.where))]
        loose: set[int] = set()  # named() alone: the finders below read care themselves
        if not is_response and not text.where and found:  # a post's text: is each name's passage tied to care?
            ties = Ties(text.text, text.span.show)
            loose = {id(p) for p in found if not ties.near(p.start, p.end)}
            if loose and names_no_patient(text.text):  # a spotlight, an event, a council member: untied names are no one's care
                found, loose = [p for p in found if id(p) not in loose], set()
        if not text.where:  # "the wristband reads MONTOYA, L": a name as a record files it
            found.extend([*record_names(text.text, known), *families(text.text, known), *cared_pairs(text.text, known), *body_owners(text.text, known)])  # "los Arreola vinieron a su chequeo"
            found.extend(bedside_days(text.text, known))  # "we celebrated <Name>'s 88th at his bedside"
            found.extend(counted_families(text.text, known))  # "all three <Surname> siblings"
        found.sort(key=lambda p: (p.start, -p.end))
        streets = street_words(text.text)  # "<Name> Blvd" ... "our <Name> office": the street; "<Name> surgery": an eponym
        found = [p for p in found if not no_one(text.text, text.span.show(p.start, p.end), p, streets, sites)]
        found = [p for p in found if not pet_titled(text.text, known, p)]  # "<Member in full>, la niña <her pet name>"
        found = [p for p in found if not home_town(text.text, known, p, reply=is_response)]  # the practice's own town, alone
        for person in found:
            if taken.claim(person.start, person.end):
                yield text, person, id(person) in loose
