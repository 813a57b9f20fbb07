"""Round 32, part C: a team member's career is no story of care (PHI013, careers.py); a public figure's role apposed
with no article and their quoted nickname greeted again (PHI003, public.py, public_acts.py); a yes/no question routed to
a public review or a private card, and a raffle for "every review" (FTC004). What passes, what stays an error, and that
each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import careers, public_acts
from playbook.rules.privacy.milestones import milestone_of_one
from playbook.text import fold

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


# --- a career told in a staff post (PHI013) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz worked 15 years in hospice care in Krakow before moving here.",
        "Trabajó 8 años en terapia intensiva en Monterrey y le encanta el café de olla.",
        "Ejerció 20 años en medicina familiar en un pueblo de Oaxaca.",
        "He served 10 years in wound care at a veterans hospital before joining us.",
        "Desde joven se desempeñó 6 años en cuidados paliativos pediátricos.",
    ],
)
def test_years_worked_are_a_career(text):
    assert milestone_of_one(fold(text).text) is None


def test_a_member_named_as_subject_owns_her_years():
    text = fold("Lorna spent 6 years on hemodialysis in Tulsa.").text
    assert milestone_of_one(text) is not None  # no team given: anyone's years on a unit may be care
    assert milestone_of_one(text, ("lorna",)) is None
    assert milestone_of_one(fold("Lorna's neighbour spent 6 years on dialysis with us.").text, ("lorna",)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "After 11 years of dialysis with us, Ramon is finally off the machine!",
        "Pasó 7 años en hemodiálisis con nosotros y hoy celebra su trasplante.",
        "She spent 9 years on dialysis before her transplant here.",
    ],
)
def test_a_patients_own_years_stay_a_story(text):
    assert milestone_of_one(fold(text).text) is not None


def test_a_welcome_post_passes_and_a_story_does_not():
    assert hits("PHI013", "Welcome to the team! She worked 12 years in oncology infusion at a Boise hospital.") == []
    assert hits("PHI013", "Gracias, Ramon: 11 años de diálisis con nosotros y hoy recibe su riñón.")


@FUZZ
@given(
    st.sampled_from(["worked {n} years in {f}", "served {n} years in {f}", "trabajó {n} años en {f}", "ejerció {n} años en {f}", "practiced for {n} years in {f}"]),
    st.sampled_from(["3", "8", "12", "20"]),
    st.sampled_from(["palliative care", "dialysis", "labor and delivery", "cuidados intensivos", "oncología"]),
)
def test_career_grid(frame, n, field):
    assert milestone_of_one(fold("Our new nurse practitioner " + frame.format(n=n, f=field) + " in Reno.").text) is None


def test_career_reading_is_linear():
    # no story in it, so every count is read to the end (a patient's years would return at the first sentence)
    unit = "Lorna worked 9 years in a ward. Lorna spent 3 years on the floor with Ana. "
    text = fold(unit * 15).text
    assert milestone_of_one(text, ("lorna",)) is None
    small = steps(careers, lambda: milestone_of_one(text, ("lorna",)))
    large = steps(careers, lambda: milestone_of_one(fold(unit * 30).text, ("lorna",)))
    assert 0 < small and large < 2.3 * small, (small, large)


# --- a public figure's role apposed, their nickname greeted (PHI003) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a Itzel Baca, periodista de Radio Bravo, que contó en su programa que usa lentes desde niña. ¡Gracias, Itzel!",
        "Shout-out to Corbin Wheatley, anchor at WKRV, who told viewers on his own show about his hearing aids. Thanks, Corbin!",
        'Retired boxer Luis "Chispa" Arriaga, who shared on his podcast that he had a shoulder repair, visited our youth fair. ¡Gracias, Chispa!',
        'Shortstop Dale "Rooster" Penwick announced on his own channel that his ankle is healing. Thanks for the visit, Rooster!',
        "Thanks to Ingrid Solvang, podcaster of Night Owls, who talked on her show about her own tinnitus. Thanks, Ingrid!",
    ],
)
def test_a_figure_and_her_nickname_pass(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Luis "Chispa" Arriaga had his shoulder repaired here by Dr. Okafor. Thanks, Chispa!',
        'Our patient Dale "Rooster" Penwick broke his ankle. Get well, Rooster!',
        "Gracias a Itzel Baca, periodista de Radio Bravo, que se operó aquí con nosotros. ¡Gracias, Itzel!",
    ],
)
def test_a_figure_cared_for_here_stays_named(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(['Goalie {g} "{n}" {s}', 'Boxer {g} "{n}" {s}', 'El portero {g} "{n}" {s}']),
    st.sampled_from(["Rafe", "Mireya", "Jonah"]),
    st.sampled_from(["Tank", "Flaca", "Bolt"]),
    st.sampled_from(["Ostrand", "Quiñonez", "Halloway"]),
)
def test_nickname_grid(frame, g, n, s):
    name = frame.format(g=g, n=n, s=s)
    assert hits("PHI003", f"{name} told reporters about his knee rehab and signed posters at our booth. Thanks, {n}!") == []
    assert hits("PHI003", f"{name} got his knee scoped here last week. Thanks, {n}!")


def test_nickname_reading_is_linear():
    unit = 'Boxer Rafe "Tank" Ostrand told reporters about his rehab. Thanks, Tank! '
    small = steps(public_acts, lambda: hits("PHI003", unit * 10))
    large = steps(public_acts, lambda: hits("PHI003", unit * 20))
    assert large < 2.3 * small


# --- a yes/no question routed by its answer; a raffle for every review (FTC004) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Was your visit smooth? If so, tap the Yelp link below! If not, drop a note in our suggestion box by the door.",
        "¿Le atendimos bien? Si contestó que sí, compártalo en Google Maps. Si dijo que no, llene la tarjeta de comentarios en recepción.",
        "Happy with your cleaning? If you said yes, a Google review helps! If you said no, fill out a comment card so we fix it in-house.",
        "¿Todo bien hoy? En caso afirmativo, déjenos su opinión en Facebook; en caso contrario, use el buzón de sugerencias.",
        "Each review posted before Friday enters the raffle for a spa basket.",
    ],
)
def test_routing_by_answer_is_gating(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Do you snore? If yes, ask about a sleep study. If no, sweet dreams!",
        "Every review matters to us, good or bad, so tell us how it went.",
        "Tell us how we did on Google, the good and the bad. Questions? Use the comment card at the desk.",
    ],
)
def test_yes_no_without_routing_passes(text):
    assert hits("FTC004", post(text)) == []


def test_gating_is_linear():
    from playbook.rules.honesty import review_reading

    unit = "Was it smooth? If so, a review helps. If not, use the suggestion box. "
    small = steps(review_reading, lambda: hits("FTC004", post(unit * 10)))
    large = steps(review_reading, lambda: hits("FTC004", post(unit * 20)))
    assert large < 2.3 * small
