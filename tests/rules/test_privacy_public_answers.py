"""A public answer that opens with a policy for everyone or advises on arriving (PHI001/PHI002), and the address of
a venue announced in the sentence before (PHI009): fuzzed the way staff write them, with the near-misses beside
them, and read in linear time. Every name, street, plan and number here is made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

POLICIES = [
    "Hi! No referral needed to see our allergists",
    "Hello there! You don't need an appointment for a tetanus booster",
    "¡Hola! No necesita cita para la vacuna de la gripe",
    "Buenas tardes, no hace falta orden para la prueba de glucosa",
    "Good question! No, you don't need a referral for physical therapy",
    "¡Buena pregunta! No, no necesita orden médica para el ultrasonido",
]
OFFERS = [
    "Call {{ contact.phone }} and we'll check your plan.",
    "Give us a ring and we can verify your coverage.",
    "Llámenos al {{ contact.phone }} y con gusto revisamos su plan.",
    "Si gusta, llámenos y revisamos su seguro.",
]


@FUZZ
@given(policy=st.sampled_from(POLICIES), offer=st.sampled_from(OFFERS))
def test_fuzz_a_policy_answer_is_anyones(policy, offer):
    reply = response(f"{policy}, though a few plans differ. {offer}")
    assert hits("PHI001", reply) == [] and hits("PHI002", reply) == []
    past = response(f"{policy}. Your plan was billed last Monday. {offer}")
    assert hits("PHI001", past)


@FUZZ
@given(
    opener=st.sampled_from(["Great question! Yes, we take most Medicaid plans.", "Hi! Yes, we accept Tricare and Medicare."]),
    arrival=st.sampled_from(["before you come in", "when you arrive", "once you get here"]),
)
def test_fuzz_arriving_said_as_advice(opener, arrival):
    assert hits("PHI001", response(f"{opener} Call us and we'll look up your plan {arrival}.")) == []
    assert hits("PHI001", response(f"{opener} We saw you come in late last Friday."))


@FUZZ
@given(
    venue=st.sampled_from(
        [
            "Our new Maple Grove clinic opens Monday at 8am.",
            "Flu shots this Saturday at the Eastside rec center.",
            "Vacunas gratis en la biblioteca municipal el sábado.",
            "Nuestra clínica nueva ya abrió sus puertas.",
        ]
    ),
    street=st.sampled_from(["614 Harbor Blvd", "22 N Pine St", "1800 W 12th Ave"]),
)
def test_fuzz_a_venue_announced_before_its_address(venue, street):
    assert hits("PHI009", f"{venue} {street}, see you there!") == []
    assert hits("PHI009", f"Ms. Abernathy lives near the library. {street}, the green door.")
    assert hits("PHI009", f"{venue} Mrs. Quill, {street}, baked the cookies.")


def _steps(code: str, item) -> int:
    """Work one rule does on an item: lines executed in the privacy package while it runs."""
    from playbook.rules.privacy import qa

    return steps(qa, lambda: hits(code, item))


def test_public_answers_and_venues_work_grows_linearly():
    """Doubling a text of near-misses of the new readings doubles the work of PHI001 and PHI009."""
    reply = "Hi! No referral needed for the flu shot. Call us and we'll check your plan before you come in. ¡Hola! No necesita cita; llámenos y revisamos su plan. "
    small, large = _steps("PHI001", response(reply * 15)), _steps("PHI001", response(reply * 30))
    assert 0 < small and large < 2.3 * small
    post = "Our new clinic opens Monday. Doors open 8am, 114 Pine St. Mrs. Quill, 9 Elm St, baked. "
    small, large = _steps("PHI009", post * 15), _steps("PHI009", post * 30)
    assert 0 < small and large < 2.3 * small
