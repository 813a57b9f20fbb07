"""Places, rivers, stores, pets and things whose names are people's names, read from the words around them.

A staff spotlight or an event post names the town, the river, the store or the dog it is about; each
of those can be called like a person ("Casa Grande", "the Guadalupe", "the Macy's entrance", "a collie
named Rosie"). Flagging them teaches staff to waive the rule, so these read them as what the text says:
- a pet: a pet or a breed, then "named"/"called"/"llamado" ("a beagle named Pepper", "una perrita llamada Luna"); round 48,
  with a clause or a breed between, when its sentence and the next tell no one's care ("una perrita salchicha que se llama
  <Name>", "un perrito chihuahua que se llama <Name>", "a rescue pup we named <Name>", "a cat who is called <Name>"; not "a dog
  lover named <Name>": a person's word never stands between), or listed after it and a comma ("their two cats, <Name> and
  <Name>");
- a thing given a name like a pet (privacy-names.yml things_named: a vehicle, a boat, a storm, a plant, a robot, a toy,
  a farm animal, a programme, a form, a law): "a camper named Wanda", "our van we call Big Blue", "un carrito que se
  llama La Bestia", "el programa se llama Head Start", "her sourdough starter, his name is <Name>", unless its sentence tells of someone's care ("a camper named
  <Name> came in with a bee sting": a camp's child, care.cared_for), nor, for a thing whose word names a person too
  ("camper"), when the text tells anyone's care ("... Last month she had her tonsils out with us");
- a river: after a verb of the water and "the" ("floating the Frio", "kayaking the Brazos");
- a store: "the <Name>'s" before a part of a store or a mall ("by the Dillard's doors", "the Kohl's parking lot");
- a stand named for its owner, "Don"/"Doña" and an English possessive: before a stand's word ("Doña Chela's
  booth") or, after "de"/"from"/"at", closing the phrase ("tamales de Doña Chela's!"); "Doña Chela's knee" is hers;
- a town of the gazetteer (places.py): with a preposition and "Old"/"Historic" before it ("in Old Fredericksburg"), with the
  county's possessive ("Prince George's County", "condado de Prince George's"), a town of two words after
  "from"/"de" ("nuestra enfermera de Casa Grande"), or after a park or a venue and a comma ("parque Ortiz, Casa Grande").
A person stays a person: none of these frames holds a name WITH a patient's care; the name itself never
passes unless the frame says place, river, store, pet or thing.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from .civic_places import in_county
from .places import is_town

_NAMES = wordlist("privacy-names")
_PETS = (
    r"dog|pup|puppy|cat|kitten|pony|horse|mare|parrot|bunny|rabbit|hamster|goat|heeler|sheepdog|retriever|labrador|beagle|"
    r"terrier|poodle|chihuahua|husky|corgi|collie|dachshund|pug|boxer[ \t]+mix|mutt|rescue|tabby|greyhound|whippet|spaniel|doodle|goldendoodle|"
    r"labradoodle|rottweiler|dalmatian|mastiff|cockatiel|parakeet|tortoise|chicken|hen|llama|alpaca|gallina|"
    r"perro|perrito|perrita|gato|gatito|gatita|perica|perico|loro|conejo|conejita|yegua|caballo|chihuahueña"
)
# pets in the plural are counted or owned: "three backyard hens named", "our ducks named" (not "the Oregon Ducks named")
_COUNTED = r"(?i:\d+|two|three|four|five|six|our|my|her|his|their|dos|tres|cuatro|cinco|mis|sus|nuestr[oa]s)[ \t]+(?:[a-z][\w-]*[ \t]+)?"
_PET_NAMED = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{_PETS})|{_COUNTED}(?i:{_PETS})(?i:e?s))(?:[ \t]+(?i:mix|pup|puppy|mestizo|mestiza|rescatado|rescatada))?[ \t]*,?[ \t]+"
    r"(?i:named|called|llamad[oa]s?|de[ \t]+nombre)[ \t]*[\"“'‘]?[ \t]*$"
)
# A pet told with a clause or a breed before its name (round 48): Spanish puts the breed or an adjective after the noun
# ("una perrita salchicha que se llama", "un gato negro llamado", "un cachorro rescatado al que le pusimos"), English a
# clause ("a rescue pup we named", "a cat who is called"); a person's word never stands between ("a dog lover named").
_PETS_ES = r"perro|perrito|perrita|gato|gatito|gatita|gata|perica|perico|loro|lorito|conejo|conejita|yegua|caballo|chihuahuena|cachorro|cachorra|cachorrito|cachorrita|tortuga|canario|gallina|pollito|hamster|minino|michi"
_PETS_EN = _PETS + r"|kitty|bulldog|schnauzer|yorkie|shepherd|pitbull|hound|doxie|turtle|tortoise|iguana|lizard|canary|hen|chicken|guinea[ \t]+pig|bird|fish"
_NOT_BETWEEN = (
    r"(?!(?i:que|al|a|la|el|de|del|y|con|para|por|who|that|which|and|with|of|for|lover|lovers|owner|walker|sitter|trainer|person|mom|dad|mama|papa|whisperer|groomer|amante|duena|dueno)(?![\w-]))"
)
_PET_SAID = lazyre.compile(
    rf"(?<![\w-])(?i:{_PETS_ES})(?:[ \t]+{_NOT_BETWEEN}[a-z][\w-]*){{0,2}}[ \t]*,?[ \t]+(?:(?i:que|al[ \t]+que|a[ \t]+la[ \t]+que|a[ \t]+quien)[ \t]+)?"
    r"(?:(?i:se|le|lo|la)[ \t]+)?(?i:llama|llaman|llamamos|dicen|decimos|pusimos|puso|pusieron|llamad[oa]|de[ \t]+nombre|apodad[oa]|nombrad[oa]|bautizad[oa])"
    r"[ \t]*:?[ \t]*[\"“'‘«]?[ \t]*$"
    rf"|(?<![\w-])(?i:{_PETS_EN})[ \t]*,?[ \t]+(?:(?i:who|that|which|we|she|he|they|I)[ \t]+){{1,2}}(?:(?i:is|was|are|were|has[ \t]+been|just|lovingly)[ \t]+)?"
    r"(?i:named|called|call|nicknamed|dubbed)[ \t]*:?[ \t]*[\"“'‘]?[ \t]*$"
)
# Pets listed by name after their word and a comma: "their two cats, <Name> and <Name>", "sus perritos, <Name> y <Name>"
# (the second read by the first before it).
_PET_LIST = lazyre.compile(
    rf"(?<![\w-])(?:(?i:{_PETS}|{_PETS_ES})(?i:e?s)?[ \t]*,[ \t]*(?:(?i:named|called|llamad[oa]s?)[ \t]+)?"
    rf"|{_COUNTED}(?i:{_PETS}|{_PETS_ES})(?i:e?s)[ \t]+(?i:named|called|llamad[oa]s)[ \t]+)"  # "three hens named <A>, <B> and"
    r"(?:[A-Z][\w'’-]*(?:[ \t]*,[ \t]*[A-Z][\w'’-]*)?[ \t]*,?[ \t]*(?i:and|y|e|&)[ \t]+)?$"
)
# A thing, then the words that give it its name: "a camper named", "our van, which we call", "un carrito que se llama",
# "el programa se llama", "the form is called", "una lancha bautizada como"
_THING_NAMED = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(_NAMES['things_named'])})[ \t]*,?[ \t]+(?:(?i:that|which|we|they|she|he|I|que|lo|la|le|al)[ \t]+){{0,2}}"
    r"(?:(?i:is|was|are|were|got|se|has[ \t]+been)[ \t]+)?(?i:named|called|call|nicknamed|dubbed|llamad[oa]s?|llama|llaman|llamamos|apodad[oa]|bautizad[oa](?:[ \t]+como)?|de[ \t]+nombre)"
    r"[ \t]*:?[ \t]*[\"“'‘«]?[ \t]*$"
    # or the thing's name told as a pet's is: "her sourdough starter, his name is <Name>", "la planta, su nombre es <Name>"
    rf"|(?<![\w-])(?i:{alternation(_NAMES['things_named'])})(?:[ \t]+[a-z]+)?[ \t]*[,;:–—-]?[ \t]+(?:(?i:and)[ \t]+)?(?i:his|her|its|their|su)[ \t]+"
    r"(?i:name[ \t]+is|name['’]s|name[ \t]+was|nombre[ \t]+es)[ \t]*:?[ \t]*[\"“'‘«]?[ \t]*$"
)
_STOP = lazyre.compile(r"[.!?\n]")
# Things whose word also names a person ("a camper" is a camp's child too): care told of anyone in the text makes
# the name a person's, read once per text (community_roles.care_in_text)
_PERSON_TOO = frozenset(("camper", "doll", "muneca", "muneco"))
# A person before the thing, tied to it: "a sweet girl from our swim class named", "una nina de la clase llamada", "the
# little guy on the bus named": the name is the person's, not the thing's.
PEOPLE = (
    *_NAMES["person_before"],
    *"girl boy kid kids child man woman lady gentleman guy gal fellow student friend member teen veteran neighbor".split(),
    *"chico chica chamaco chamaca muchacho muchacha joven senor senora senorita alumno alumna vecino vecina hombre mujer".split(),
    *"abuelo abuela abuelita abuelito estudiante companero companera".split(),
)
_PERSON_OF = lazyre.compile(rf"(?<![\w-])(?i:{alternation(PEOPLE)})(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?i:from|in|on|at|of|de|del|en)(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]+$")
_RIVER = lazyre.compile(r"(?<![\w-])(?i:tubing|floating|float|kayaking|kayak|canoeing|paddling|paddle|rafting|fishing|fish|swimming|swim|wading)[ \t]+the[ \t]+$")
_STORE = lazyre.compile(r"['’]s[ \t]+(?i:entrance|doors?|parking[ \t]+lot|lot|side|wing|court|food[ \t]+court|store|storefront)(?![\w-])")
_DON = lazyre.compile(r"(?<![\w-])(?:Don|Doña|Dona|Do[nñ]a)\.?[ \t]+$")
_DON_PLACE = lazyre.compile(r"(?<![\w-])(?i:de|del|from|at|by|en|por)[ \t]+(?:Don|Doña|Dona)\.?[ \t]+$")
_STAND = lazyre.compile(r"['’]s[ \t]+(?i:booth|stand|truck|food[ \t]+truck|kitchen|cart|table|tent|restaurant|bakery|cafe|café|catering|puesto|carrito|cocina|tienda)(?![\w-])")
_CLOSED = lazyre.compile(r"['’]s[ \t]*(?:[!.,;)]|$)")
_THE = lazyre.compile(r"(?<![\w-])(?i:the)[ \t]+$")
_OLD = lazyre.compile(r"(?<![\w-])(?i:in|at|near|around|to|en|de|del|desde)[ \t]+(?:(?:el|la)[ \t]+)?(?:Old|Historic|Viejo|Vieja)[ \t]+$")
_WORD = r"[A-ZÁÉÍÓÚÑ][^\W\d_]+"
_FROM = lazyre.compile(r"(?<![\w-])(?i:from|de|desde)[ \t]+$")
_VENUE_COMMA = lazyre.compile(
    r"(?<![\w-])(?i:parque|park|plaza|centro|center|fairgrounds|mall|escuela|school|iglesia|church)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+[ \t]*,[ \t]*$"
)


def _town_at(text: str, start: int) -> tuple[int, int] | None:
    """The span of a gazetteer town of one to three words starting at `start`."""
    words = list(re.finditer(rf"{_WORD}", text[start : start + 50]))
    run: list[int] = []
    at = 0
    for m in words[:3]:
        if m.start() != at:
            break
        run.append(start + m.end())
        at = m.end() + 1
    for end in reversed(run):
        if is_town(text[start:end]):
            return start, end
    return None


def _old_town(text: str, start: int) -> bool:
    """ "in Old Fredericksburg", "en el Viejo Saltillo": a town's old quarter, a gazetteer town or a word no list
    gives as a first name (the gazetteer keeps only towns named like people, so "Fredericksburg" is not in it)."""
    if not _OLD.search(text, max(0, start - 40), start):
        return False
    word = re.match(_WORD, text[start : start + 30])
    info = lexicon_names.name_info(word.group(0)) if word else None
    return word is not None and (info is None or not info.first or _town_at(text, start) is not None)


def _town_here(text: str, start: int) -> bool:
    span = _town_at(text, start)
    prev = re.search(rf"(?<![\w'’-]){_WORD}[ \t]+$", text[max(0, start - 20) : start])
    if prev:  # "George" in "condado de Prince George's": the town may start a word before
        begin = start - len(prev.group(0))
        longer = _town_at(text, begin)
        span = longer if longer and longer[1] > begin + len(prev.group(0)) else span
    if span is None:
        return False
    begin, end = span
    if in_county(text, begin, end):
        return True
    window = text[max(0, begin - 60) : begin]
    two_words = " " in text[begin:end]
    return bool(two_words and _FROM.search(window)) or bool(_VENUE_COMMA.search(window))


def named_thing(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` names a pet, a river, a store or a town by the words around it."""
    window = text[max(0, start - 60) : start]
    if _PET_NAMED.search(window) or _RIVER.search(window):
        return True
    if _PET_SAID.search(window) or _PET_LIST.search(window):
        return not care_told(text, start)  # "una perrita salchicha que se llama <Name>"; not a child so called in a story of care
    thing = _THING_NAMED.search(window)
    if thing:
        if _PERSON_OF.search(window, 0, thing.start()):
            return False  # "a sweet girl from our swim class named <Name>": the person is named, not the class
        if thing.group(0).split()[0].lower() in _PERSON_TOO:
            if _care_of_one(text):
                return False  # "a camper named <Name> ... Last month she had her tonsils out with us": a camp's child
        return not care_told(text, start)  # "a camper named Wanda"; not "a camper named <Name> came in with a bee sting"
    word = re.match(_WORD, text[start : start + 30])
    if word and _THE.search(window) and _STORE.match(text, start + word.end()):
        return True
    if word and _DON.search(window):
        after = start + word.end()
        return bool(_STAND.match(text, after) or (_DON_PLACE.search(window) and _CLOSED.match(text, after)))
    return _old_town(text, start) or _town_here(text, start)


_HE = lazyre.compile(r"(?<![\w'’-])(?i:he|she|him|her|his|ella|le|la|lo)(?:['’](?i:s|d))?(?![\w'’-])")


@functools.lru_cache(maxsize=4)
def _care_of_one(text: str) -> bool:
    """Whether the text claims care of ours or tells someone's care anywhere (community_roles.care_in_text), or a
    sentence of it tells a word of care with "he"/"she" ("Last week she had her appendix removed here"): once per text."""
    from .care import care_in  # care.py reads vocabulary.py, which reads this module: asked only here
    from .community_roles import care_in_text

    if care_in_text(text):
        return True
    bounds = sentence_bounds(text)
    return any(_HE.search(text, start, stop) and care_in(text, start, stop) for start, stop in zip(bounds, bounds[1:]))


def care_told(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence of text[start:end] (`end` defaults to `start`), or the next, tells of someone's care (read at
    most 200 characters before and 200 after each stop: linear): "A camper named <Name> stopped by. We took her tonsils
    out in May" is a camp's child; 'She is called "Lady Liberty" at the gym. She finished her cardiac rehab with us'."""
    from .care import cared_for, own_care  # care.py reads vocabulary.py, which reads this module: asked only here

    stops = list(_STOP.finditer(text, max(0, start - 200), start))
    begin = stops[-1].end() if stops else max(0, start - 200)
    end = start if end is None else end
    after = _STOP.search(text, end, end + 200)
    stop = after.start() if after else min(len(text), end + 200)
    if cared_for(text, begin, stop):
        return True
    if after is None:
        return False
    nxt = _STOP.search(text, after.end() + 1, after.end() + 200)
    return own_care(text, after.end(), nxt.start() if nxt else min(len(text), after.end() + 200))
