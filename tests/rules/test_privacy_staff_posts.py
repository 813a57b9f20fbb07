"""Staff posts and replies (PHI003, PHI007, PHI011): a team member's short form and her own family, a job named
with a patient's or a member's word, a phone after such a role, a playful title at our own desk. What passes,
what stays an error (a name with care), and that the reading stays linear. Every name and number is invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy.staff_posts import _short_form

from tests.rules.harness import PLANS, TEAM, hits, post, response
from tests.rules.test_privacy_people import assert_linear

STAFF = replace(
    PLANS,
    team={
        **TEAM,
        "rtrevino": Person("rtrevino", "Rosalinda Treviño", ("author",)),
        "kvance": Person("kvance", "Kimberly Vance", ("author",)),
        "gibarra": Person("gibarra", "Graciela Ibarra", ("author",)),
    },
)


@pytest.mark.parametrize(
    ("word", "given_name", "short"),
    [
        ("rosie", "rosalinda", True),
        ("ros", "rosalinda", True),
        ("kimmy", "kimberly", True),
        ("graci", "graciela", True),
        ("ro", "rosalinda", False),  # too short to be hers
        ("rosalinda", "rosalinda", False),  # the name itself is no short form
        ("rosy", "graciela", False),
        ("kimba", "kimberly", False),
    ],
)
def test_short_form(word, given_name, short):
    assert _short_form(word, given_name) is short


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a short form or a pet ending of a given name the text names, with no care around it
        ("Happy birthday to our Rosie! Rosalinda Treviño has kept our front desk going for 12 years. We love you, Rosie!", False),
        ("¡Hoy cumple nuestra Rosa! Rosalinda Treviño lleva 12 años en la recepción. ¡Felicidades, Rosa!", False),
        ("Happy birthday to our Rosie! She is finally cancer-free.", True),  # no member named: anyone's Rosie
        ("Kimberly Vance is back! Her husband Dashiell is cancer-free now.", True),  # a milestone of his care
        ("Graciela Ibarra está feliz: su nieta Itzel ya está libre de cáncer.", True),
        ("Rosalinda Treviño runs our desk. Happy birthday, Rosie! Your stitches came out great.", True),
        ("Kimberly Vance helped little Kim through her stitches today.", True),  # "little" makes a child
        # her own family, tied to her, with no care
        ("Welcome back, Kim! Our MA Kimberly Vance is back from leave and brought photos of baby Juniper.", False),
        ("Kimberly Vance just finished her LPN program! Her husband Dashiell threw her a party.", False),
        ("Graciela Ibarra se jubila tras 20 años en el laboratorio. La acompañan su esposo Anselmo y su nieta Itzel.", False),
        ("Kimberly Vance's husband Dashiell came in for his knee replacement last week.", True),
        ("Graciela Ibarra nos contó que su nieta Itzel ya terminó sus quimios.", True),
        ("Our MA Kimberly Vance is back. Her husband Dashiell is recovering from his bypass with us.", True),
        ("Kimberly Vance met patient Tobias. His sister Maren brought cookies.", True),  # the one before is a patient
        ("Baby Juniper came in for her two-month shots!", True),
        ("Our nurse Kimberly Vance cuddled baby Juniper at the fall fair.", True),  # whose baby? no leave, no photos, no "her"
        ("Graciela Ibarra regresó de su incapacidad y trajo mil fotos de la bebé Itzel.", False),
        # Spanish courtesy before her given name
        ("Felicidades, Sra. Graciela Ibarra, por sus años con nosotros. Doña Graciela siempre tuvo una sonrisa.", False),
        ("Gracias, Sra. Ibarra, por venir a su cita.", True),  # a surname alone is anyone's
        # one honoured for years of service (not on the team): a courtesy title said again, her family with no care
        ("Despedimos con gratitud a la Sra. Amparo Leyva, que se jubila tras diecinueve años de servicio. ¡Gracias, Doña Amparo!", False),
        ("Despedimos con gratitud a la Sra. Amparo Leyva, que se jubila tras diecinueve años de servicio, y a su esposo Ruperto.", False),
        ("Despedimos con gratitud a la Sra. Amparo Leyva, que se jubila tras diecinueve años de servicio; su esposo Ruperto sigue en diálisis.", True),
    ],
)
def test_staff_posts(text, flagged):
    assert bool(hits("PHI003", post(text), plans=STAFF)) is flagged, hits("PHI003", post(text), plans=STAFF)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If anything fell short, Kimberly Vance, our patient experience lead, would like to hear from you.", False),
        ("Kimberly Vance, our patient, asked us to share her thanks.", True),
        ("Thank you, Gideon Marsh, our patient advocate!", True),  # a job, but not on the team
        ("Thanks so much, Rosie! Rosalinda Treviño at our front desk will be thrilled.", True),  # a reply greets the reviewer
        ("¡Gracias, Graci! Graciela Ibarra, de recepción, se va a poner feliz.", True),
        ("Graciela Ibarra, de recepción, les espera a usted y a su esposo Anselmo el lunes.", True),  # the reader's husband
    ],
)
def test_staff_roles_in_replies(text, flagged):
    assert bool(hits("PHI003", response(text), plans=STAFF)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Reach our patient navigator, Kim, at 312-555-0176 ext. 2.", False),
        ("Llame a nuestra defensora del paciente al (312) 555-0176.", False),
        ("Para su reclamo, llame a atención al afiliado al 312-555-0176.", False),
        ("Your member ID 312-555-0176 is printed on the card.", True),
        ("Our patient advocate found patient ID 5529031 on the form.", True),
        ("Su número de socio 4471-2290 salió en la carta de servicios al socio.", True),
    ],
)
def test_phone_after_a_staff_role(text, flagged):
    assert bool(hits("PHI007", response(text), plans=STAFF)) is flagged


def test_a_title_at_our_own_desk_is_ours():
    assert hits("PHI011", "Feliz cumple a nuestra Rosie, la reina de la recepción: 12 años y los mejores tamales.", plans=STAFF) == []
    assert hits("PHI011", "La reina del tianguis de la calle Pino ya salió de su cirugía de cadera.", plans=STAFF)


_KIN = st.sampled_from(["husband", "wife", "son", "granddaughter"])
_ES_KIN = st.sampled_from(["esposo", "esposa", "nieta", "hijo"])
_RELATIVE = st.sampled_from(["Dashiell", "Anselmo", "Itzel", "Priyanka"])
_CARE = st.sampled_from(["came in for his knee surgery", "finished chemo with us", "had her stitches out here"])


@settings(max_examples=60, deadline=None)
@given(kin=_KIN, es_kin=_ES_KIN, relative=_RELATIVE, care=_CARE)
def test_fuzz_team_relatives(kin, es_kin, relative, care):
    assert hits("PHI003", post(f"Kimberly Vance is back! Her {kin} {relative} baked the cake."), plans=STAFF) == []
    assert hits("PHI003", post(f"Graciela Ibarra se jubila; la acompaña su {es_kin} {relative}."), plans=STAFF) == []
    assert hits("PHI003", post(f"Kimberly Vance is back! Her {kin} {relative} {care}."), plans=STAFF)


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=3, max_value=7), ending=st.sampled_from(["", "i", "y"]), care=_CARE)
def test_fuzz_short_forms(cut, ending, care):
    short = "Rosalinda"[:cut] + ending
    assert hits("PHI003", post(f"Happy birthday, {short}! Rosalinda Treviño has run our desk for years."), plans=STAFF) == []
    assert hits("PHI003", post(f"Rosalinda Treviño runs our desk. Congrats, {short}! Glad you {care}."), plans=STAFF)


@settings(max_examples=40, deadline=None)
@given(role=st.sampled_from(["patient advocate", "patient navigator", "Member Services", "patient experience lead"]), digits=st.integers(1000, 9999))
def test_fuzz_role_phones(role, digits):
    assert hits("PHI007", response(f"Please call our {role} at 312-555-{digits}.")) == []
    assert hits("PHI007", response(f"Our {role} has your member ID 312-555-{digits}."))


def test_staff_posts_work_grows_linearly():
    """Each sentence's care is read once, a role's window is bounded: doubling a staff post doubles the work."""
    unit = (
        "Happy birthday to our Tay! Taylor Brooks runs our desk. Her husband Anselm baked. Love you, Tay! "
        "Morgan Reyes, our patient advocate, is at 312-555-0142. Llame a servicios al socio al 312-555-0143. "
        "la reina de la recepcion. su nieta Itzel y su esposo Fermin. "
    )
    for code in ("PHI003", "PHI007"):
        assert_linear(code, unit)
