"""Round 20, part G (PHI003): a word a dictionary knows greeted or cheered (greeted_words.py), an office's handle by
its field and place or "City of" glued (agency_handles.py, known.py), a building named after someone (named_after.py)
and an eponymous procedure after a preposition or in capitals (eponyms.py). What passes, what stays an error, and
that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.lexicon import data_files
from playbook.normalize import fold
from playbook.rules.privacy import greeted_words, named_after
from playbook.rules.privacy.greeted_words import greets_a_word, plain_word
from playbook.rules.privacy.known import Person, is_org_handle
from playbook.rules.privacy.named_after import named_facility

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)
REPO = Path(__file__).resolve().parents[2]


# --- a word greeted ---------------------------------------------------------------------------------------------


def test_plain_words_match_their_maintained_sources():
    """Re-derive plain_words.txt from wordfreq and web2: the committed list cannot drift."""
    spec = importlib.util.spec_from_file_location("build_plain_words", REPO / "scripts" / "build_plain_words.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (data_files.DATA / build.OUT).read_text(encoding="utf-8") == build.derive(), "run scripts/build_plain_words.py"


@pytest.mark.parametrize("word", ["Champ", "District", "Neighbor", "Sweetie", "Campeona", "Aprovechamos", "Recuerden", "Sheriff"])
def test_plain_words_are_words(word):
    assert plain_word(word)


@pytest.mark.parametrize("word", ["Thaddeus", "Maribel", "Hope", "Paz", "Kat", "Baker", "Ramos", "Naomyr", "Wade"])
def test_names_are_no_plain_words(word):
    assert not plain_word(word)


def _greeted(text: str, word: str) -> Person:
    start = text.index(word)
    return Person(start, start + len(word), (word,), greeted_words.GREETED)


@pytest.mark.parametrize(
    ("text", "word", "passes"),
    [
        ("Speedy recovery, Champ! The gym posted that he is resting.", "Champ", True),
        ("¡Felicidades! Invitamos a las familias a la feria.", "Invitamos", True),
        ("So proud of Brave for his last therapy visit.", "Brave", False),
        ("Great work, Champ! Your cast comes off next week.", "Champ", False),
        ("Thank you, Rep. Ilsa Moravec, for the grant.", "Rep", False),
        ("Thank you, Ward 5 Alderman Ilsa Moravec, for the grant.", "Ward", True),
    ],
)
def test_greets_a_word_reads_the_frame(text, word, passes):
    assert greets_a_word(text, _greeted(text, word)) is passes


@pytest.mark.parametrize(
    "text",
    [
        "Feel better soon, Champ! The league says their goalie is home after a hernia repair.",
        "Thank you, District 4 Councilmember Odessa Brandt-Yee, for cutting the ribbon at our renovated asthma wing today!",
        "¡Enhorabuena! Recuerden que el control prenatal es gratis los martes.",
        "Thanks, Neighbor! The flu shot clinic runs until 6 tonight.",
    ],
)
def test_words_greeted_pass(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Congrats, Yarielo! Ninety days sober this week.",
        "Way to go, Hope! The cast came off this morning.",
        "¡Bravo, Campeón! Ya terminaste tus sesiones de quimio.",
        "So proud of Brave for finishing his anxiety group with us!",
        response("Thanks so much, Marisela! We loved seeing you."),
    ],
)
def test_names_and_nicknames_greeted_stay_errors(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(["Congrats, {w}!", "¡Felicidades, {w}!", "Way to go, {w}!"]),
    st.sampled_from(["Champ", "Superstar", "Campeona", "Warrior"]),
    st.sampled_from(["You finished your chemo today.", "Ya terminaste tus terapias de rodilla.", "Your new hearing aids fit great."]),
)
def test_fuzz_a_word_spoken_to_about_care_stays_a_name(frame, word, care):
    text = frame.format(w=word) + " " + care
    assert hits("PHI003", text), text


@FUZZ
@given(
    st.sampled_from(["Get well, {w}!", "Thank you, {w}!", "¡Gracias, {w}!", "Nice work, {w}!"]),
    st.sampled_from(["Champ", "Neighbor", "Vecina", "Sheriff"]),
    st.sampled_from(["Flu shots are free on Friday.", "La feria de salud es el sábado.", "Heat safety tips are on our page."]),
)
def test_fuzz_a_word_greeted_in_a_notice_passes(frame, word, notice):
    text = frame.format(w=word) + " " + notice
    assert hits("PHI003", text) == [], text


def test_greeted_word_reading_is_linear():
    unit = "Get well, Champ! Speedy recovery, Neighbor. Thank you, District 9 Councilmember Ada Brix! Proud of Brave. "
    text, double = fold(unit * 20).text, fold(unit * 40).text

    def run(body: str) -> None:
        for at in range(0, len(body), 17):
            greets_a_word(body, Person(at, at + 5, ("Champ",), greeted_words.GREETED))

    small, large = steps(greeted_words, lambda: run(text), package=False), steps(greeted_words, lambda: run(double), package=False)
    assert large < 2.3 * small


# --- handles of offices ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("handle", ["EcologyWA", "CityofNewarkNJ", "TownofMillbrook", "CondadodeHidalgo", "TransportationTX", "LaborNJ", "EmergenciasPR"])
def test_office_handles(handle):
    assert is_org_handle(handle)


@pytest.mark.parametrize("handle", ["LuciaWaterTX", "AnaEnergyTX", "JennyRunde", "EcologyJenny", "Adelaide"])
def test_person_handles(handle):
    assert not is_org_handle(handle)


@FUZZ
@given(st.sampled_from(["Ecology", "Transportation", "Labor", "Agua", "Vivienda"]), st.sampled_from(["WA", "NM", "Oregon", "Tex", "PR"]))
def test_fuzz_field_and_state_is_an_office(field, state):
    assert hits("PHI003", f"Smoke advisory from @{field}{state}: keep windows shut if you have asthma.") == []


@FUZZ
@given(st.sampled_from(["Marisol", "Dashiell", "Yesenia"]), st.sampled_from(["WaterWA", "EnergyTX", "EcologyNM"]))
def test_fuzz_a_given_name_makes_it_a_persons_handle(given_name, rest):
    assert hits("PHI003", f"Follow @{given_name}{rest} as she posts about her dialysis.")


# --- places and procedures named after someone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Thanks to the Orla Penhallow branch of the city library.", "Orla Penhallow", True),
        ("Meet us at our Tobias Fenwick rec center on Friday.", "Tobias Fenwick", True),
        ("Gracias a la sucursal Orla Penhallow de la biblioteca.", "Orla Penhallow", True),
        ("Orla Penhallow had her knee done here.", "Orla Penhallow", False),
        ("Thanks to the Orla Penhallow family for the pies.", "Orla Penhallow", False),
        ("En el hospital Orla Penhallow se recupera.", "Orla Penhallow", False),
    ],
)
def test_named_facility_reads_the_frame(text, name, place):
    start = text.index(name)
    assert named_facility(text, Person(start, start + len(name), tuple(name.split()), "a full name")) is place


@FUZZ
@given(
    st.sampled_from(["Rosalind Kettering", "Marcelo Ibarra Soto", "Winifred Oyelaran"]),
    st.sampled_from(["the {n} branch of the public library", "the {n} community center", "the {n} high school gym", "la sucursal {n} de la biblioteca", "el parque {n}"]),
)
def test_fuzz_places_named_after_someone_pass(name, frame):
    assert hits("PHI003", "Free blood pressure checks at " + frame.format(n=name) + " on Saturday.") == []


@FUZZ
@given(st.sampled_from(["Rosalind Kettering", "Marcelo Ibarra", "Winifred Oyelaran"]), st.sampled_from(["broke her wrist", "finished chemo", "ya salió de su cirugía"]))
def test_fuzz_a_patient_beside_a_named_place_stays_named(name, care):
    assert hits("PHI003", f"Our patient {name} {care}; we met at the Kettering branch library.")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("BACK ON THE MOUND AFTER TOMMY JOHN SURGERY, WHAT A COMEBACK!", False),
        ("The shortstop is healthy again following Tommy John surgery.", False),
        ("WE HAD ROSA MENDEZ SURGERY ON THE SCHEDULE TODAY!", True),
        ("OUR PATIENT ROSA MENDEZ SURGERY WENT WELL!", True),
    ],
)
def test_eponyms_after_a_preposition_and_in_capitals(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_named_facility_reading_is_linear():
    unit = "Thanks to the Orla Penhallow branch and our Tobias Fenwick center. La sucursal Ada Brix del barrio. "
    text, double = unit * 20, unit * 40

    def run(body: str) -> None:
        for at in range(0, len(body) - 12, 11):
            named_facility(body, Person(at, at + 12, ("Orla", "Penhallow"), "a full name"))

    small, large = steps(named_after, lambda: run(text), package=False), steps(named_after, lambda: run(double), package=False)
    assert large < 2.3 * small
