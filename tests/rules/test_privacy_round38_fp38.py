"""Round 38 (fp38): names that are an organisation's, not a patient's (PHI003). An order or a society named for its
patron, a saint or a land ("the Knights of <Name>", "las Hijas de <Name>": orders.py) and a state agency's handle of
short forms ("@<State>EnvDep"). Their leaks stay errors. Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.orders import order_named

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an order or a society named for its patron, mid-sentence with a capital (EN/ES)
        ("Pancakes this Sunday courtesy of the Knights of Bartholomew, right by our vaccine tent.", False),
        ("Our volunteers joined the Ladies of Philomena to fold quilts for the food pantry.", False),
        ("Big hug to the Friends of Eustace for lending folding chairs.", False),
        ("Agradecemos a los Caballeros de Gaspar por el café en la feria.", False),
        ("Este sábado las Siervas de Lucila venden pan dulce frente a la clínica.", False),
        # an agency's handle of short forms (EN/ES)
        ("Wildfire smoke updates from @AZEnvDept are linked below.", False),
        ("Consulten @PRDeptoSalud y @TXHlthSvcs para avisos de calor.", False),
        # leaks stay errors: care said of the name, kin in lower case, a sentence's start, a handle with a given name
        ("Congrats to the Sons of Florentino, who had his bypass with us.", True),
        ("Thanks to the daughters of Edelmira Paz for bringing her to her dialysis.", True),
        ("Gracias a @ClementinaDep por compartir su cirugía de rodilla.", True),
    ],
)
def test_organisations_named_for_people(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_order_named_reads_the_frame():
    text = "Coffee by the Knights of Bartholomew today."
    assert order_named(text, text.index("Bartholomew"))
    text = "Coffee by the knights of Bartholomew today."
    assert not order_named(text, text.index("Bartholomew"))
    text = "Knights of Bartholomew sold coffee today."
    assert not order_named(text, text.index("Bartholomew"))
    text = "We hugged the Sons of Bartholomew after his knee replacement."
    assert not order_named(text, text.index("Bartholomew"))


@FUZZ
@given(
    st.sampled_from(["Fish fry with the {o} of {n} on Friday!", "Nos vemos con las {o} de {n} en el bazar.", "Thanks, {o} of {n}, for the chairs."]),
    st.sampled_from(["Knights", "Daughters", "Hijas", "Caballeros", "Friends"]),
    st.sampled_from(["Ambrosio", "Perpetua", "Anselm", "Leocadia"]),
)
def test_orders_pass(frame, order, name):
    assert hits("PHI003", frame.format(o=order, n=name)) == []


@FUZZ
@given(st.sampled_from(["Perpetua Lindqvist", "Anselm Okonjo"]), st.sampled_from(["had her hip replaced with us", "terminó su quimioterapia con nosotros"]))
def test_a_patient_beside_an_order_stays_named(name, care):
    assert hits("PHI003", f"Fish fry with the Knights of Ambrosio on Friday. Our patient {name} {care}.")


def test_order_reading_stays_linear():
    assert_linear("PHI003", "the Knights of Ambrosio, Hijas de Leocadia; Sons of Anselm. @AZEnvDept y @TXHlthSvcs. ")


def test_an_order_broken_over_two_lines():
    text = "Thanks to the Daughters of\nPerpetua for the folding tables."
    assert order_named(text, text.index("Perpetua"))
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a venue named right before its address, a household word after it (EN/ES)
        ("Hearing checks Tuesday at the Oakridge Public Library, 310 Walnut St, for seniors and their families.", False),
        ("Pláticas de nutrición en el salón ejidal, calle Nogal 45, para los vecinos.", False),
        # leaks stay errors: a household before the venue, a person before the address
        ("Our patient lives beside the Oakridge Library, 310 Walnut St, and is walking again.", True),
        ("Le llevamos el oxígeno a su casa junto a la iglesia, calle Nogal 45.", True),
    ],
)
def test_a_venue_owns_the_address_after_it(text, flagged):
    assert bool(hits("PHI009", text)) is flagged


def test_venue_address_reading_stays_linear():
    assert_linear("PHI009", "at the Oakridge Library, 310 Walnut St, with neighbors. ")


# --- A team member named in full, then spoken to by her given name cut short, even to two letters ------------
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Three years with us today: our scheduler Morgan Reyes! We'd be lost without you. Love you, Mo!", False),
        ("Feliz aniversario a nuestra coordinadora Taylor Brooks. ¡Te queremos, Tay!", False),
        ("So proud of Mo, who finished her knee rehab with us today!", True),  # no member named in full
        ("Three years today for our scheduler Morgan Reyes! Love you, Mo! And love you, Ty, for finishing your knee rehab with us.", True),
    ],
)
def test_a_given_name_cut_short_and_spoken_to_is_the_member(text, flagged):
    assert bool(hits("PHI003", text)) is flagged
