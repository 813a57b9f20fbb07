"""Fresh clean texts that read as leaks (round 17): a blood-pressure range written with spaces round its slash
(PHI004, common.blood_pressures); a team member's hyphenated given name with a lower-case second part, read whole
(PHI003, vocabulary.name_run); a singer by their songs, a club by its match, a town hailed by news, a Spanish opener
before an age (PHI003, namesakes.py); a host thanked for having us on their show, named again with their title, and an
Olympic sport's athlete (PHI003, public_acts.py, the public roles); in a public Q&A answer a visit still to be booked
and a price for everyone (PHI001/PHI002, qa.py), and in a reply a thanks for trusting the community's clinics in
general (PHI001, confirms.py). What passes, what stays an error, and that the reading stays linear. Every name
and number here is invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy.common import blood_pressures
from playbook.rules.privacy.namesakes import namesake
from playbook.rules.privacy.qa import ahead, for_everyone

from tests.rules.harness import PLANS, TEAM, hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.test_privacy_qa import _steps

FUZZ = settings(max_examples=40, deadline=None)


# --- blood pressures with spaces round the slash (PHI004) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Stage 1 hypertension is 130-139 / 80-89. Recheck at the kiosk.", False),
        ("Etapa 2: 140-159 / 90-99. Pida cita para revisarla.", False),
        ("Normal: under 120 / 80.", False),
        ("Presión ideal: menos de 120 / 80, y elevada: 120-129 / menos de 80.", False),
        ("Call Dana at 312-555 / 0147 tonight.", True),  # a phone number is no reading
        ("Text Rosa at 312-555-0147.", True),
    ],
)
def test_spaced_pressure_ranges_are_measures(text, flagged):
    assert bool(hits("PHI004", text)) is flagged


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("es 130-139 / 80-89. Si", [(3, 18)]),
        ("bp 120 / 80.", [(3, 11)]),
        ("bp 120/80.5 units", []),  # a decimal after the slash is no reading
        ("ext 555 / 1234", []),
    ],
)
def test_blood_pressures_take_a_full_stop_not_a_decimal(text, spans):
    assert blood_pressures(text) == spans


@FUZZ
@given(
    high=st.integers(90, 200),
    gap=st.integers(5, 20),
    low=st.integers(50, 85),
    space=st.sampled_from(["", " ", "  "]),
    stop=st.sampled_from(["", ".", ". Recheck yearly.", "; pida cita."]),
)
def test_fuzz_spaced_ranges_never_read_as_phones(high, gap, low, space, stop):
    text = f"Stage one: {high}-{high + gap}{space}/{space}{low}-{low + 4}{stop}"
    assert hits("PHI004", text) == []


def test_blood_pressures_grow_linearly():
    """One bounded pattern over the text: doubling a text of near-misses (readings, spaced or not, and decimals) at most
    doubles the work."""
    unit = "Etapa 1: 130-139 / 80-89. ext 555 / 1234. bp 120/80.5 units. Stage 2: 140-159/90-99. "
    assert_linear("PHI004", unit)


# --- hyphenated given names of the team (PHI003) ----------------------------------------------------------------

HYPHENS = replace(
    PLANS,
    team={
        **TEAM,
        "jbaek": Person("jbaek", "Dr. Ji-hoon Baek", ("clinical",)),
        "skim": Person("skim", "Dra. Seo-yeon Kim", ("clinical",)),
        "jmoreau": Person("jmoreau", "Jean-Luc Moreau", ("author",)),
        "mdunne": Person("mdunne", "Mary-Kate Dunne", ("author",)),
    },
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Please welcome Dr. Ji-hoon Baek, our new cardiologist! He bikes to work and bakes bread.", False),
        ("Demos la bienvenida a la Dra. Seo-yeon Kim, nuestra nueva nefróloga.", False),
        ("Dr. Ji-hoon joined us from Oakland and already knows every nurse by name.", False),
        ("Jean-Luc Moreau from billing ran his first half marathon!", False),
        ("¡Feliz cumpleaños, Mary-Kate! La recepción no sería lo mismo sin ti.", False),
        # a hyphenated name that is not the team's is a name, read whole
        ("Dr. Ji-hoon Cho came in for his knee surgery follow-up.", True),
        ("La pequeña Seo-yeon vino a su vacuna de los 4 años.", True),
    ],
)
def test_hyphenated_team_names_are_read_whole(text, flagged):
    assert bool(hits("PHI003", text, plans=HYPHENS)) is flagged


def test_a_hyphenated_name_is_shown_whole():
    (hit,) = hits("PHI003", "Dr. Ji-hoon Cho came in for his knee surgery follow-up.", plans=HYPHENS)
    assert "'Dr. Ji-hoon Cho'" in hit.message


@FUZZ
@given(
    tail=st.sampled_from(["hoon", "yeon", "jin", "min", "woo"]),
    sentence=st.sampled_from(["Say hi to Dr. Ji-{t} Baek at the front desk today!", "Saluden a la Dra. Seo-{t} Kim, que hoy está en recepción."]),
)
def test_fuzz_a_hyphen_never_excuses_a_stranger(tail, sentence):
    text = sentence.format(t=tail)
    own = ("Ji-hoon" in text and "Baek" in text) or ("Seo-yeon" in text and "Kim" in text)
    assert bool(hits("PHI003", text, plans=HYPHENS)) is not own


def test_hyphenated_names_grow_linearly():
    """A name word takes at most one short lower-case part: doubling a text of hyphenated words at most doubles the work."""
    unit = "Dr. Ji-hoon Baek said hi. Self-care matters. Jean-Luc Moreau and Mary-Kate Dunne cheered. Re-check at home. "
    assert_linear("PHI003", unit)


# --- singers, clubs, towns greeted, Spanish openers (PHI003, namesakes.py) --------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Jordan Lee sings along to the old ballads by Selena every Friday.", False),
        ("A Sam Patel le encantan los corridos de Ramón y el café de olla.", False),
        ("Taylor Brooks never misses a Santos game on Sunday.", False),
        ("Morgan Reyes no se pierde un partido del Olimpia.", False),
        ("Big news, Tyler! Our Elm Street office now opens Saturdays.", False),
        ("¡Atención, Orlando! Ya aceptamos nuevos planes.", False),
        ("Tras 20 años en la farmacia, Sam Patel se jubila.", False),
        # care near the word keeps it a name; a greeted word that is no town is a person
        ("Los corridos de Ramón ya suenan otra vez: salió de su cirugía el martes.", True),
        ("Great news, Tyler! Your stitches come out Monday.", True),
        ("Good news, Brianna! We saved you a seat.", True),
        ("Luego de 2 meses de terapia, Anabel ya camina sola.", True),
    ],
)
def test_namesakes_name_no_one(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("las rancheras de Vicente", "Vicente", True),
        ("un partido del Olimpia", "Olimpia", True),
        ("un partido de Mateo", "Mateo", False),  # a person takes no article: "del" is a club's
        ("¡Buenas noticias, Orlando!", "Orlando", True),
        ("Despues de 32 anos con nosotros, la enfermera se va a su pueblo", "Despues", True),  # read folded, as the rule reads it
        ("Hola, Orlando, te esperamos", "Orlando", False),
    ],
)
def test_namesake_reads_the_words_around(text, word, found):
    assert namesake(text, text.index(word)) is found


@FUZZ
@given(
    before=st.sampled_from(["las rancheras de", "old songs by", "un juego del", "Great news,", "¡Buenas noticias,"]),
    town=st.sampled_from(["Tyler", "Orlando", "Austin"]),
    care=st.sampled_from([" Your cast comes off Monday.", " Su rodilla ya sanó.", " He just finished chemo."]),
)
def test_fuzz_namesakes_never_excuse_care(before, town, care):
    assert hits("PHI003", f"{before} {town}!{care}")


def test_namesakes_grow_linearly():
    """Each look is a bounded window before or after one word: doubling a text of near-misses at most doubles the work."""
    unit = "las rancheras de Vicente. un partido del Olimpia. a Santos match. Great news, Tyler! Tras 20 años, adiós. "
    assert_linear("PHI003", unit)


# --- public figures: a host's show, an Olympian (PHI003) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gracias a Don Lalo Quiroz, locutor de Radio Sol 98.9, por invitarnos a hablar de la presión en su programa.", False),
        ("Thanks to Pastor Ray Dunn, host of Faith Hour on WKRB 90.1, for having us on his show to talk about shingles.", False),
        ("Gracias a Don Lalo Quiroz, locutor de Radio Sol 98.9, por invitarnos. ¡Un abrazo, Don Lalo!", False),
        ("Olympic rower Kara Lindqvist stopped by Pine Ridge Elementary to talk about practice.", False),
        ("El esgrimista olímpico Andrés Paredes visitó la secundaria del barrio.", False),
        # their own care after the act, or the name said again with care, is still a patient
        ("Thanks to Pastor Ray Dunn, host of Faith Hour on WKRB 90.1, for having us on, two weeks after his bypass.", True),
        ("Gracias a Don Lalo Quiroz, locutor de Radio Sol 98.9, por invitarnos. ¡Un abrazo, Don Lalo, que se mejore de la rodilla!", True),
        ("Olympic rower Kara Lindqvist came in for her shoulder MRI today.", True),
    ],
)
def test_public_hosts_and_olympians(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@FUZZ
@given(
    host=st.sampled_from(["Don Lalo Quiroz", "Doña Tere Ayala", "Pastor Ray Dunn"]),
    care=st.sampled_from(["a un mes de su cirugía de rodilla", "after his knee replacement", "tras su quimioterapia"]),
)
def test_fuzz_a_show_never_excuses_the_host_s_own_care(host, care):
    assert hits("PHI003", f"Gracias a {host}, locutor de Radio Sol 98.9, por invitarnos a su programa, {care}.")


def test_hosts_grow_linearly():
    """The act and the name said again are read in bounded windows: doubling a text of near-misses at most doubles the work."""
    unit = "Gracias a Don Lalo Quiroz, locutor de Radio Sol 98.9, por invitarnos a su programa. ¡Un abrazo, Don Lalo! Olympic skier Dana Whitfield. "
    assert_linear("PHI003", unit)


# --- public answers and warm replies (PHI001, PHI002) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "flagged"),
    [
        ("PHI001", "Q: do you see teens without a parent?\nA: Yes, from 16 on. Please call us to schedule your appointment.", False),
        ("PHI001", "P: ¿Puedo llevar a mi abuelo?\nR: Claro. Llame al {{ contact.phone }} para agendar su cita.", False),
        ("PHI001", "Q: are you open late?\nA: We saw you Thursday; call to schedule your next appointment.", True),
        ("PHI002", "Q: how much is a sports physical?\nA: $35 per student, Mondays 3–5pm, no appointment needed.", False),
        ("PHI002", "P: ¿Cuánto cobran?\nR: $25 para cualquier estudiante, los lunes de 3 a 5.", False),
        ("PHI002", "Q: how much is a sports physical?\nA: Your $35 physical from Monday is on the account.", True),
    ],
)
def test_public_answers_book_and_price_for_everyone(code, text, flagged):
    assert bool(hits(code, response(text))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("So kind of you! We read it aloud at the staff huddle. Thanks for trusting your local community health center.", False),
        ("¡Mil gracias! Gracias por confiar en su centro de salud comunitario.", False),
        ("Thank you for trusting us!", True),
        ("Thanks for trusting your community clinic with your daughter's stitches.", True),
        ("Gracias por confiar en nosotros, como siempre.", True),
    ],
)
def test_trust_in_a_community_clinic_confirms_no_one(text, flagged):
    assert bool(hits("PHI001", response(text, scenario="positive-review"))) is flagged


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Call us to book your visit", "your visit", True),
        ("llame para hacer su cita", "su cita", True),
        ("we loved your visit", "your visit", False),
    ],
)
def test_a_visit_to_be_made_is_ahead(text, word, found):
    assert ahead(text, text.index(word)) is found


@pytest.mark.parametrize(
    ("text", "price", "found"),
    [
        ("$25 for any student", "$25", True),
        ("$20 por persona", "$20", True),
        ("$30 each", "$30", True),
        ("$25 for your physical", "$25", False),
    ],
)
def test_a_price_for_everyone(text, price, found):
    assert for_everyone(text, text.index(price) + len(price)) is found


@FUZZ
@given(
    price=st.integers(5, 300),
    who=st.sampled_from(["for any student", "per camper", "por persona", "para cada niño"]),
    yours=st.sampled_from(["Your balance from Tuesday is", "Su cuenta del martes fue de", "We billed you"]),
)
def test_fuzz_a_price_for_everyone_never_excuses_a_bill(price, who, yours):
    assert hits("PHI002", response(f"Q: how much?\nA: {yours} ${price} {who}.")) or hits("PHI001", response(f"Q: how much?\nA: {yours} ${price} {who}."))


def test_answers_grow_linearly():
    """A price and a visit to be made are read right after a sum or before a visit: doubling a text at most doubles the work."""
    unit = "$25 for any student, $20 por persona. Call to book your visit, llame para hacer su cita. Thanks for trusting your community clinic. "
    for code in ("PHI001", "PHI002"):
        small, large = _steps(code, response("Q: how much?\nA: " + unit * 15)), _steps(code, response("Q: how much?\nA: " + unit * 30))
        assert 0 < large < 2.3 * small


def test_clause_before_stops_at_the_nearest_clause_end_within_reach():
    from playbook.rules.privacy.common import clause_before

    text = "Thanks! If the rash is back, call us"
    assert clause_before(text, text.index("rash"), 60) == text.index(" If")
    assert clause_before(text, text.index("rash"), 5) == text.index("rash") - 5  # no end within reach
    assert clause_before("a; b: c", 6, 60, ".!?;:\n") == 5  # the caller's own clause ends
