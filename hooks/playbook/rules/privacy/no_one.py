"""The last look at a passage found as a name: whether, read in its place, it names no one the text may not name.

The finders (people.py, record_names.py, families.py) spot names by their shape; some shapes turn out to
be something else once the whole text is read: a procedure or a condition named after someone
(eponyms.py), a street or a neighbourhood the text names (street_names.py), a Spanish verb written with
its accent at a sentence's start ("Nació y creció en ...", spanish_openers.py), a word a dictionary knows
greeted or cheered ("Get well soon, Champ!", greeted_words.py), a town greeted, after a venue or in a list of places
("Mabuhay, Stockton!") or a school by its abbreviation ("Garfield MS", place_frames.py), a country or a neighbourhood named
after one ("Little Haiti", nations.py), a building named after someone ("the <Name> branch
of the library", named_after.py), a form's, a law's or a programme's title given in quotes ("en Iowa el formulario se llama
'Medical Power of Attorney'", quoted_titles.py), a book's or a song's title in quotes ('her picture book "Sugar Sam"',
work_titles.py), a handle cited as the source of a notice that links a government site ("Mas
informacion de @AirNow: airnow.gov", cited_handles.py), a service line's handle that opens with its number ("@988Lifeline", hotline_handles.py), an office's handle
spelled of its field and place ("per @KernWeather", notice_handles.py), a handle the text glosses as an office right after it
("@<handle> (<County> Health Care Agency)", glossed_handles.py), the body that members come from ("optometry students from
Nova Southeastern", institutions.py), a town after an organisation's name or a camp after "el campamento de"
(org_of.py), a plan's brand in a list of plans or with its state ("Aetna y Oscar", "BCBS MA", payer_lists.py), a language or a people named by its use ("interpreters
in Karen", "a Karen interpreter", "the Karen community", languages_said.py), letters of a licence after a name ("<Name>, RRT!",
licence_letters.py), a heading's plain words after a capitalised kin word ("Baby Fair", titled_phrases.py), a stand's kind
before its owner's title and name ("agua fresca de Raspas Doña Meche", titled_businesses.py), one who speaks for a public
agency named with it ("CDC's <Name>", "<Name> of the FDA", agency_staff.py), a handle right after a public office's title
("la Subsecretaria @<Handle>", office_handles.py), an organisation named "<Town> Family <YMCA>" (family_words.py), a shop by its kind or its owners' family and trade, or a team a fan cheers ("Ferreteria
Hermanos <Surname>", "<Surname> Brothers Hardware", "a <Golden> <Knights> superfan", business_names.py), the practice's own name signing a
reply ("— The Savannah Allergy & Asthma crew", "- Riverside Family Dermatology", team_signoff.py). A reply's reader greeted by name is still a name: a template holds the reader's public name only as {{ reviewer }}.
"""

from __future__ import annotations

from .agency_staff import agency_staff
from .article_places import article_place
from .business_names import business_name
from .cited_handles import cited_handle
from .eponyms import is_eponym
from .family_words import family_org_after
from .glossed_handles import glossed_handle
from .greeted_words import greets_a_town, greets_a_word
from .hotline_handles import hotline_handle
from .institutions import member_body
from .known import Person
from .languages_said import language_said
from .licence_letters import licence_letters
from .named_after import named_facility
from .nations import nation
from .notice_handles import notice_handle
from .office_handles import office_handle
from .org_of import place_of_org
from .payer_lists import payer_in_list, payer_with_state
from .place_frames import place_frame
from .quoted_titles import quoted_title
from .spanish_openers import accented_verb
from .storm_tags import storm_tag
from .street_names import is_street_or_neighbourhood
from .team_signoff import signed_by_practice
from .titled_businesses import titled_business
from .titled_phrases import titled_phrase
from .work_titles import in_work_title, title_character


def no_one(text: str, written: str, person: Person, streets: frozenset[tuple[str, ...]], sites: frozenset[str] = frozenset()) -> bool:
    """Whether `person` (found in the folded `text`; `written` is the passage as the author wrote it) names no one here.
    `sites`: the government sites the item links (cited_handles.linked_sites)."""
    return (
        is_eponym(text, person)
        or is_street_or_neighbourhood(text, person, streets)
        or accented_verb(written, person.words)
        or greets_a_word(text, person)  # "Get well soon, Champ!", "¡Felicidades! Aprovechamos ...": a word greeted
        or greets_a_town(text, person)  # "Big news, <Town>!": the town the news is for
        or place_frame(text, person)  # "Mabuhay, Stockton!", "Parque Lincoln, Harlingen!", "Garfield MS": a place
        or nation(text, person)  # "¡Feliz Día de la Independencia, Guatemala!", "Little Haiti": a country, a neighbourhood
        or named_facility(text, person)  # "the <Given> <Surname> branch of the library": a place named after someone
        or quoted_title(text, person)  # "the form is called 'Health Care Proxy'": a form's title, in quotes
        or in_work_title(text, person)  # 'her picture book "Sugar Sam"': a work's title, in quotes after the work's word
        or title_character(text, person)  # '... "Gus the Gap-Toothed Gator" ... that's where Gus came from': its character
        or member_body(text, person)  # "optometry students from Nova Southeastern": an institution
        or place_of_org(text, person)  # "the Vietnamese Community of <Town>", "el campamento de <Camp>": a place
        or cited_handle(text, person, sites)  # "Mas informacion de @AirNow: https://www.airnow.gov": a government site's account
        or hotline_handle(text, person)  # "Resharing from @988Lifeline", "@311NYC": a service line dialled by its number
        or notice_handle(text, person, sites)  # "per @KernWeather", "según @GobiernoJalisco": an office by its field and its place
        or glossed_handle(text, person)  # "@<handle> (<County> Health Care Agency)": a handle the text names as an office
        or payer_in_list(text, person)  # "Aetna, Ambetter y Oscar": a plan's brand in a list of plans
        or payer_with_state(text, person)  # "BCBS MA", "Molina Texas", "UHC Community Plan": a plan and its state or cover
        or language_said(text, person)  # "interpreters in Karen", "a Karen interpreter", "our Karen community": a language, a people
        or licence_letters(text, person)  # "Meet <Name>, RRT!": letters of a licence after a name
        or titled_phrase(text, person)  # "Feria de Bebés / Baby Fair": a heading's words after a capitalised kin word
        or titled_business(text, person)  # "agua fresca de Raspas Doña Meche": a stand's kind, then its owner's title and name
        or agency_staff(text, person)  # "CDC's <Name>", "<Name> of the FDA": one who speaks for a public agency
        or office_handle(text, person)  # "la Subsecretaria @<Handle>": a public official's account, by the office
        or family_org_after(text, person)  # "the <Town> Family YMCA": an organisation's name, "Family" and its head word
        or business_name(text, person)  # "gracias a Mercado Los <Word>", "<Surname> Brothers Hardware", "a <Golden> <Knights> fan"
        or signed_by_practice(text, person.start, person.end)  # "— The Savannah Allergy & Asthma crew": the practice signs
        or storm_tag(text, person)  # "... run the generator outside. #Maria": a storm's name as its tag
        or article_place(text, person)  # "here in the Delta", "aquí en el Delta": a region, after a preposition and "the"
    )
