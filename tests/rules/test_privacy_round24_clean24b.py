"""Round 24, part P: false alarms on places, handles, titles and the practice's own name. A town named like a person
cheered as a community (hometowns.py), a band after its ensemble word, a book's title in quotes (work_titles.py), a
state's short form in an agency's handle (cited_handles.py), a named colonia without a house number (PHI009), the
team's sign-off in a reply (team_signoff.py, PHI002), "la familia <Practice>" welcoming staff (role_compounds.py), a
donor registry's domain of plain words (links.py, PHI006). What passes, what stays an error, and that each reading stays
linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.hometowns import hometown
from playbook.rules.privacy.links import _plain_label
from playbook.rules.privacy.team_signoff import sign_off_span

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.test_privacy_qa import _steps

FUZZ = settings(max_examples=30, deadline=None)


def _never(text: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        ("Thank you, Lowell! Over 40 families came to the block party.", "Lowell", True),
        ("¡Gracias, Lawrence! Vinieron muchas familias a la feria.", "Lawrence", True),
        ("Lowell's own Teodora Vance spoke at the capitol.", "Lowell", True),
        ("Vigil at Lakeside Common, Lawrence. Bring a candle.", "Lawrence", True),
        ("Vigilia en Parque Central, Lawrence, a las siete.", "Lawrence", True),
        ("Thank you, Lowell! Your stitches came out clean.", "Lowell", False),
        ("Thank you, Lowell! He brought donuts for the families.", "Lowell", False),
        ("Lowell's own words made us smile.", "Lowell", False),
        ("We met Lawrence, our newest volunteer, today.", "Lawrence", False),
    ],
)
def test_hometown_reads_the_frame(text, word, town):
    begin = text.index(word)
    assert hometown(text, begin, begin + len(word), _never) is town


@pytest.mark.parametrize(
    ("label", "plain"),
    [("donatelifetexas", True), ("donateblood", True), ("veteransmemorial", True), ("donatetoxiomara", False), ("donateformaria", False), ("rositamemorial", False)],
)
def test_a_cause_domain_is_plain_words(label, plain):
    assert _plain_label(label) is plain


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Sorry to hear it. Call us. – The Pine Ridge Rehab team", True),
        ("Lo sentimos. — El equipo de Clínica del Dolor Norte", True),
        ("The Pine Ridge Rehab team helped your knee a lot, we hope.", False),
    ],
)
def test_the_team_sign_off_closes_the_reply(text, signed):
    assert (sign_off_span(text) is not None) is signed


def test_a_clinical_word_outside_the_sign_off_stays_an_error():
    assert hits("PHI002", response("We are glad your rehab is over. – The Pine Ridge Rehab team"))


@FUZZ
@given(
    st.sampled_from(["Thank you, {t}! Over 70 families came to our health fair.", "¡Gracias, {t}! Más de 40 familias llegaron a la feria.", "Candle walk at Elm Common, {t}."]),
    st.sampled_from(["Lowell", "Lawrence", "Tyler", "Dillon"]),
)
def test_towns_as_communities_pass(frame, town):
    assert hits("PHI003", frame.format(t=town)) == []


@FUZZ
@given(st.sampled_from(["Lowell", "Lawrence", "Tyler"]), st.sampled_from(["your hip replacement healed well", "su cirugía de rodilla salió bien", "she finished chemo with us"]))
def test_a_town_word_greeted_with_care_stays_named(name, care):
    assert hits("PHI003", f"Thank you, {name}! The families cheered because {care}.")


@FUZZ
@given(st.sampled_from(["colonia", "Barrio", "Fraccionamiento"]), st.sampled_from(["Los Laureles", "Santa Fe", "Las Milpas"]), st.sampled_from(["#18", "212", "No. 7"]))
def test_a_colonia_with_a_house_number_stays_an_address(label, name, number):
    assert hits("PHI009", f"Nuestra paciente de la {label} {name} {number} ya camina sin andadera.")
    assert hits("PHI009", f"Hubo feria de salud en la {label} {name} el sábado.") == []


def test_readings_are_linear():
    assert_linear("PHI003", "Thank you, Lowell! Families came to the fair. Lowell's own words. Elm Common, Lawrence. ")
    assert_linear("PHI009", "Feria en la colonia Las Milpas con vecinos. Vive en el 45 de la. ")
    assert_linear("PHI006", "Register at www.donatelifetexas.org today. ")
    small = _steps("PHI002", response("Sorry. " * 30 + "– The Pine Ridge Rehab team"))
    large = _steps("PHI002", response("Sorry. " * 60 + "– The Pine Ridge Rehab team"))
    assert large < 2.3 * small
