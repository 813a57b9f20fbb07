"""Round 19, part B (PHI003): an office's handle read by its letters, a credential after a name, a reply's reader
greeted by name (still a name: {{ reviewer }} is the template's), courtesy before a team member's given name, a Spanish verb written with its
accent, and a member written in a diminutive called by the name it stands for. What passes, what stays an error,
and that each reading stays linear. Every name, handle and place here is invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy.agency_handles import agency_handle
from playbook.rules.privacy.known import is_org_handle
from playbook.rules.privacy.spanish_openers import accented_verb

from tests.rules.harness import PLANS, TEAM, hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


# --- an office's handle, read by its letters -----------------------------------------------------------------


@pytest.mark.parametrize(
    "handle",
    ["NWSLubbock", "NWSCorpusChristi", "OhioDPH", "IowaHHS", "NMDOH", "ORDHS", "KSDHE", "FEMAregion6", "WADOT", "CAPHD", "TNDSHS", "NOAAfish"],
)
def test_an_office_tags_itself_by_letters(handle):
    assert is_org_handle(handle)


@pytest.mark.parametrize(
    "handle",
    ["CoachLenaB", "rosita_corre", "TJRmiles", "DJKenji", "KLWalsh", "LILMARCO", "MARISOLG", "NWSJenna", "AuntDot", "BIGMIKEruns", "GabyR_22"],
)
def test_a_persons_handle_stays_a_persons(handle):
    assert not agency_handle(handle)
    assert not is_org_handle(handle)


@FUZZ
@given(
    st.sampled_from(["Reposting from @{h}: cooling centers open at noon.", "Según @{h}, habrá calor extremo el jueves.", "Heat advisory via @{h} through Friday."]),
    st.sampled_from(["NWSAmarillo", "KYDPH", "NevadaDHHS", "FEMAespanol", "AZDEQ", "TXDSHS"]),
)
def test_office_handles_pass_in_any_frame(frame, handle):
    assert hits("PHI003", frame.format(h=handle)) == []


@FUZZ
@given(
    st.sampled_from(["Shoutout to @{h}, back on the trail after her hip surgery!", "Felicidades a @{h} por terminar sus quimios."]),
    st.sampled_from(["CoachLenaB", "rosita_corre", "TJRmiles", "MARISOLG", "NWSJenna", "LILMARCO"]),
)
def test_a_persons_handle_with_care_stays_named(frame, handle):
    assert hits("PHI003", frame.format(h=handle))


def test_agency_handle_is_linear():
    short, long = "NWS" + "Ab" * 40, "NWS" + "Ab" * 80
    small = steps(__import__("playbook.rules.privacy.agency_handles", fromlist=["x"]), lambda: agency_handle(short), package=False)
    large = steps(__import__("playbook.rules.privacy.agency_handles", fromlist=["x"]), lambda: agency_handle(long), package=False)
    assert large < 2.3 * small


# --- a credential after a name ---------------------------------------------------------------------------------


@pytest.mark.parametrize("credential", ["CNM", "LCSW", "PA-C", "FNP-BC", "PharmD", "LPC", "DPT", "IBCLC", "LMFT", "CCC-SLP", "OTR/L", "PMHNP-BC"])
def test_a_credential_is_never_greeted(credential):
    assert hits("PHI003", f"Say hello to Jordan Lee, {credential}! She runs our evening groups.") == []
    assert hits("PHI003", f"¡Denle la bienvenida a Jordan Lee, {credential}! Atiende por las tardes.") == []


def test_a_credential_does_not_shield_a_patient():
    assert hits("PHI003", "Congrats to Wren Albescu, RN, who finished her chemo with us this spring!")


# --- a reply's reader greeted by name: still a name, {{ reviewer }} is the template's ------------------------------


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks a bunch for the lovely note, {n}!",
            "{n}, thank you for stopping to write this. It made the whole team smile.",
            "¡Mil gracias por sus palabras, {n}! Nos alegran el día.",
            "Thanks, {n}! Always a joy to see you at your 3-month checks.",
        ]
    ),
    st.sampled_from(["Odalys", "Trevor", "Doña Chayo", "Don Efrén", "Yesenia"]),
)
def test_a_reader_greeted_by_name_stays_named_and_the_placeholder_passes(frame, name):
    assert hits("PHI003", response(frame.format(n=name)))
    assert hits("PHI003", response(frame.format(n="{{ reviewer }}"))) == []


def test_a_third_person_in_a_reply_stays_named():
    assert hits("PHI003", response("Thanks, {{ reviewer }}! Glad Marcus is feeling better."))


# --- courtesy, diminutives and an accented verb -----------------------------------------------------------------

_TEAM = replace(PLANS, team={**TEAM, "lupita": Person("lupita", "Lupita Carrasco", ("author",)), "bern": Person("bern", "Bernadette Pruitt", ("author",))})


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thirty years with us! We'd be lost without you, Miss Bernadette!", False),
        ("Happy birthday, Ms. Bernadette! Cake in the break room.", False),
        ("Happy birthday, Mrs. Pruitt! Cake in the break room.", True),
        ("¡Felicidades a Lupita Carrasco por sus 10 años con nosotros! ¡Te queremos, Lupe!", False),
        ("¡Felicidades a Lupita Carrasco! ¡Y a Guadalupe también!", False),
        ("¡Felicidades a Lupita Carrasco! ¡Te queremos, Lucero!", True),
    ],
)
def test_courtesy_and_diminutives_of_a_member(text, flagged):
    assert bool(hits("PHI003", post(text), plans=_TEAM)) is flagged


@pytest.mark.parametrize(
    ("written", "verb"),
    [("Nació", True), ("Llegará", True), ("Creció", True), ("José", False), ("Ramón", False), ("Nacio", False), ("Inés", False)],
)
def test_an_accented_verb_is_no_name(written, verb):
    assert accented_verb(written, (written,)) is verb


def test_an_accented_verb_opening_a_sentence_passes():
    assert hits("PHI003", "Nuestra enfermera Jordan Lee cumple años. Nació en Tucson y llegó aquí en 2010.") == []
    assert hits("PHI003", "Eligio llegó con dolor de pecho y lo mandamos a urgencias.")
