"""Round 51, names51: what is no patient read as one, and what is no reader's care read as theirs.

- a pet of the staff: a name right after a kept animal's word, kinds and breeds from WordNet (animals.py,
  lexicon/data/animal_words.txt, scripts/build_animal_words.py);
- a city addressed by a comma, a cheer or a wish ("We love you, <City>!"; civic_places.py);
- an office's handle of a town and its county with a district's letters, of a city and its state's code, or of a
  state's letters and its office's words glued in lower case (place_handles.py, notice_handles.py, MHD);
- the practice's own name signing a reply (team_signoff.py);
- a room of ours named for its care, in a reply (care_rooms.py);
- a stand named by what it sells and a nickname (business_names.py).

Each still refuses a patient's name with care. Every name, town and shop here is invented or generic.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import animals, care_rooms, team_signoff
from playbook.rules.privacy.known import is_org_handle

from tests.rules.harness import hits, post, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
REPO = Path(__file__).resolve().parents[2]


def _names(text: str) -> list:
    return hits("PHI003", post(text))


def _reply(text: str) -> list:
    return hits("PHI001", response(text)) + hits("PHI002", response(text)) + hits("PHI003", response(text))


# --- must pass -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # pets of the staff
        "Fun fact about Jordan: his Bernese mountain dog Otis naps under the front desk on Saturdays.",
        "Sam just adopted a senior beagle mix named Waffles and shows us photos every morning.",
        "Morgan's Great Dane Biscuit is taller than our scheduler.",
        "Taylor has two pugs, Mochi and Bao, and a tabby named Lentil.",
        "Our office manager Sam rides her quarter horse Clementine every weekend.",
        "A Jordan le encanta pasear a su perrita salchicha Canela por el parque.",
        "Morgan tiene unos chihuahuas Tito y Lola que nos visitan los viernes.",
        "La recepcionista Taylor y su gato negro Michi posan para el calendario.",
        "Sam tiene un perico llamado Paco que silba el himno.",
        "Meet Jordan, our respiratory therapist 🎺 he bikes to work and his whippet Rosie waits by the door on Fridays.",
        # a city addressed
        "Walk-in flu shots every Tuesday this fall. We love you, Dubuque!",
        "Ahora con intérprete de español los lunes. ¡Estamos para servirle, Dubuque!",
        "New Saturday hours for eye exams start next week. Happy Fall, Laredo!",
        # offices' handles
        "Heat advisory today. Shared from @WacoMcLennanPHD: drink water and check on neighbors.",
        "Reposting @SAMHD: cooling centers open at every city library this week.",
        "Compartimos de @OHdeptofhealth: kits de naloxona gratis en las bibliotecas.",
        "Roads are icy: follow @ShreveportLA for closures before you drive in.",
        # a stand named by what it sells and a nickname
        "Habrá pláticas de lactancia y vacunas. Gracias a Mariscos El Güero y a Fruteria La Chata por la comida.",
        "Free flu shots Saturday! Thanks to Antojitos La Güerita and Elotes El Chapo for feeding our volunteers.",
        "Vacunas gratis el sábado. Gracias a Carnitas Don Chuy por los tacos.",
    ],
)
def test_a_post_of_pets_towns_offices_and_stands_passes(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the practice's own name signing the reply
        "What a lovely note! The night shift will hear all about it. — Lakeshore Kidney & Dialysis",
        "So kind of you to write! Our front desk wants to frame it. — The Savannah Allergy & Asthma crew",
        "Thank you so much for the stars! - Riverside Family Dermatology",
        "¡Mil gracias por sus palabras! — Clínica Dental Sonrisas del Valle",
        # a room of ours named for its care
        "¡Mil gracias! En nuestro cuarto de yesos nos esforzamos cada mañana por hacer reír a los niños.",
        "Thank you! Our infusion suite crew loved reading this.",
        "¡Gracias por escribir! La sala de vacunas siempre está llena de risas.",
        "Thanks! The whole crew in the cast room says hi.",
    ],
)
def test_a_reply_signed_by_the_practice_or_thanking_a_room_passes(text):
    assert _reply(text) == []


# --- must refuse -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a person after a person's word, or a nickname
        "A greyhound lover named Kevin finished his rehab with us today.",
        "The beagle owner Harold finished his rehab with us today.",
        "el chivo Ramiro ya terminó sus quimios con nosotros.",
        "Mary Beagle Hastings finished chemo with us.",
        "Nuestra pequeña paciente, una gatita que se llama Sofi, terminó hoy su quimioterapia.",
        "Jordan's cat Luna and Kevin went hiking; Kevin finished physical therapy with us.",
        # a city's name after a care told to "you"
        "Great job, Dubuque! Your cast comes off next week.",
        "Your knee surgery went great, Stockton!",
        # a person's handle
        "Congrats @JaneDoePHD on finishing chemo!",
        "Congrats @TylerTX on your last round of chemo!",
        # a patient after a stand's words
        "Gracias a Mariscos El Güero, que ya terminó su tratamiento con nosotros.",
        "Felicidades a Santos El Güero por terminar sus quimios.",
    ],
)
def test_a_patient_named_with_care_still_refuses(text):
    assert _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We hope your dialysis is going well. — Lakeshore Kidney & Dialysis",
        "Thanks for the kind words! — Marisol Quintana Knee Clinic",
        "We're glad your time in our infusion suite went smoothly.",
        "¡Qué bueno que su visita a la sala de vacunas fue rápida!",
        "¡Gracias! En el cuarto de yesos le pusimos su yeso rápido.",
        "Thanks! The chemo bay was cozy.",
    ],
)
def test_a_reply_telling_the_readers_care_still_refuses(text):
    assert _reply(text)


# --- grids ----------------------------------------------------------------------------------------------


@FUZZ
@given(
    st.sampled_from(["his golden retriever", "her rescue greyhound named", "their corgi", "su perrita", "un gatito llamado", "her Pomeranian"]),
    st.sampled_from(["Pickles", "Mabelle", "Tito", "Rosie", "Canela"]),
    st.sampled_from(["visits on Fridays.", "naps by the printer.", "nos visita los viernes."]),
)
def test_a_grid_of_staff_pets_passes(animal, name, rest):
    assert _names(f"Meet Jordan, our scheduler! {animal[0].upper()}{animal[1:]} {name} {rest}") == []


@FUZZ
@given(
    st.sampled_from(["his golden retriever", "una gatita que se llama", "her Pomeranian"]),
    st.sampled_from(["Rosie", "Daniela", "Lupita"]),
    st.sampled_from(["finished her chemotherapy with us.", "terminó su quimioterapia aquí.", "is our patient of the month."]),
)
def test_a_grid_of_a_child_called_by_an_animal_word_with_care_refuses(animal, name, rest):
    assert _names(f"{animal[0].upper()}{animal[1:]} {name} {rest}")


@FUZZ
@given(st.sampled_from(["We love you", "Happy Fall", "Estamos para servirle", "Feliz Navidad"]), st.sampled_from(["Dubuque", "Laredo", "Waco"]))
def test_a_grid_of_cities_addressed_passes(cheer, city):
    assert _names(f"Flu shots are in for the whole family. {cheer}, {city}!") == []


@FUZZ
@given(st.sampled_from(["Mariscos", "Antojitos", "Fruteria", "Tortas", "Jugos"]), st.sampled_from(["El Güero", "La Güera", "La Chata", "El Flaco"]))
def test_a_grid_of_stands_thanked_at_a_health_fair_passes(kind, nickname):
    assert _names(f"Vacunas y pláticas de lactancia gratis. Gracias a {kind} {nickname} por la comida.") == []


def test_handles_are_judged_by_what_they_name():
    for office in ("WacoMcLennanPHD", "SAMHD", "ShreveportLA", "BentonFranklinHD"):
        assert is_org_handle(office), office
    for person in ("JaneDoePHD", "AustinPHD", "TylerTX", "DallasTX", "JamesMcLennanPHD", "TylerFranklinPHD", "JacksonLeePHD"):
        assert not is_org_handle(person), person


def test_the_sign_off_is_the_practices_only_with_its_own_words():
    assert team_signoff.sign_off_span("Thanks! — Lakeshore Kidney & Dialysis") is not None
    assert team_signoff.sign_off_span("Thanks! — Dr. Quintana") is None
    assert team_signoff.sign_off_span("Thanks! — Marisol Quintana") is None
    assert team_signoff.sign_off_span("Marisol Quintana Knee") is None  # a file name's words: nothing signed


def test_animal_words_come_from_the_derived_list():
    for word in ("golden retriever", "greyhound", "german shepherd", "perrita", "chihuahua", "tabby"):
        assert animals.is_animal_word(word), word
    for word in ("boxer", "shepherd", "lamb", "entire", "three year old", "bunny", "dominique"):
        assert not animals.is_animal_word(word), word


def test_committed_animal_words_match_the_build():
    deb = os.environ.get("WORDNET_DEB", "/var/cache/apt/archives/wordnet-base_1%3a3.0-37_all.deb")
    if not os.environ.get("WORDNET_DIR") and not Path(deb).exists() and not Path("/usr/share/wordnet/data.noun").exists():
        assert not os.environ.get("PLAYBOOK_CI"), "CI installs wordnet-base (.ci/run): the list must be re-derived there"
        pytest.skip("WordNet 3.0 not present (apt-get install wordnet-base)")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_animal_words.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- linear ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "our golden retriever Mabelle and the greyhounds Pip and Pop, ",
        "su perrita salchicha Canela y sus gatos Michi y Nube; ",
        "Kevin and Lee and Ann and Bo, dog dog dog named ",
    ],
)
def test_pet_reading_stays_linear(unit):
    def run(count):
        text = unit * count
        return [animals.pet_before(text, i) for i in range(len(text)) if text[i].isupper()]

    assert grows_linearly(animals, run)


@pytest.mark.parametrize("unit", ["En la sala de yesos nos reímos mucho. ", "our cast room team, the infusion suite crew; ", "the the the room room "])
def test_room_reading_stays_linear(unit):
    assert grows_linearly(care_rooms, lambda count: care_rooms.rooms(unit * count))


@pytest.mark.parametrize("unit", ["Thanks! — Lakeshore Kidney & Dialysis ", "— — The Savannah Allergy & Asthma crew ", "A B C D E F "])
def test_sign_off_reading_stays_linear(unit):
    assert grows_linearly(team_signoff, lambda count: team_signoff.sign_off_span(unit * count))
