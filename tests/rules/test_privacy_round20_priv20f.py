"""Round 20, part F: neighbours named with any role of theirs, and public figures' own news (PHI003, PHI011).

A neighbour named with a role the vocabularies hold (a student, a referee, a school nurse, an intern; plural
over a list too) passes with no care of theirs told; a bare role of care ("Nurse <Name>") may be staff of ours
and stays an error, as does any care of theirs. A public figure's own news passes when the text says they made
it public in more ways (spoke openly, shared on air, on their Instagram, en sus redes), introduced by more roles
(a forward, an anchor, named in the next sentence), greeted by an office or an epithet ("Get well soon, Champ!").
In capitals too: a figure's given name said again takes no verb into it ("<NAME> TOLD THE CROWD"), an eponym
after "from" or "after" names a procedure ("back from <Name> <Surname> surgery"), and a member writing in her own
voice ("DR. <NAME> HERE") names her own family ("my husband <Name>") with no care. Our care of them stays an
error. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import community_roles, eponyms, own_news, public, spanish_openers, staff_posts
from playbook.rules.privacy.vocabulary import title_case_caps

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

_NAMES = ["Odalys Pennington", "Rolando Okwuosa", "Maricruz Villaseñor", "Yolanda Ganderson", "Yesenia Throckmorton", "Anselmo Brightwater"]


def _flagged(text: str) -> bool:
    return bool(hits("PHI003", post(text)) or hits("PHI011", post(text)))


# --- any role of theirs, no care -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our booth was run by school nurse Odalys Pennington and two parents from the PTA.",
        "Students Rolando Okwuosa, Yolanda Ganderson and Yesenia Throckmorton gave out pamphlets on sun safety.",
        "A big cheer for our volunteer umpires Anselmo Brightwater and Odalys Pennington at the charity softball game!",
        "Los estudiantes Maricruz Villaseñor y Anselmo Brightwater repartieron folletos sobre la vacuna.",
        "El árbitro Yolanda Ganderson pitó la final del torneo de futbolito en el parque.",
        "Intern Yesenia Throckmorton set up the raffle table before the doors opened.",
        "La enfermera escolar Maricruz Villaseñor organizó la plática con los papás.",
    ],
)
def test_a_neighbour_named_with_any_role_passes(text):
    assert hits("PHI003", post(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Nurse Odalys bakes the lemon bars for every staff meeting.",  # a bare role of care: staff of ours, on the team or not named
        "Our referee Rolando Okwuosa tore his ACL in the second half and we repaired it Monday.",
        "Students Yolanda Ganderson and Yesenia Throckmorton got their sports physicals with us.",
        "La estudiante Maricruz Villaseñor vino por su vacuna y ya se siente mejor.",
    ],
)
def test_a_role_with_care_or_of_ours_stays_an_error(text):
    assert hits("PHI003", post(text)), text


def test_roles_are_read_by_kind_with_plurals():
    assert community_roles._plurals("referee") == ("referee", "referees")
    assert "school nurses" in community_roles._plurals("school nurse")
    assert "profesores" in community_roles._plurals("profesor")
    assert "secretaries" in community_roles._plurals("secretary")
    assert community_roles._plurals("chofer de la ruta") == ("chofer de la ruta",)
    for role in ("students", "umpire", "interns", "arbitros", "plumber", "school nurse"):
        assert role in community_roles._ROLE_WORDS, role
    for word in ("patient", "baby", "wife", "center", "forward"):
        assert word not in community_roles._ROLE_WORDS, word


@FUZZ
@given(
    st.sampled_from(
        [
            "Thank you to referees {n} and {m} for calling a clean game.",
            "Students {n} and {m} painted the mural in our lobby.",
            "Gracias a los estudiantes {n} y {m} por ayudar en la colecta.",
            "Our summer interns {n} and {m} counted every backpack we gave away.",
            "School nurse {n} read a story about handwashing to the first graders.",
        ]
    ),
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES),
)
def test_roles_grid_passes(frame, name, other):
    assert hits("PHI003", post(frame.format(n=name, m=other))) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "Students {n} and {m} got their flu shots with us after class.",
            "Referee {n} came in for stitches after the game.",
            "La estudiante {n} se vacunó con nosotros el sábado.",
        ]
    ),
    st.sampled_from(_NAMES),
    st.sampled_from(_NAMES),
)
def test_roles_grid_with_care_stays_an_error(frame, name, other):
    assert hits("PHI003", post(frame.format(n=name, m=other)))


# --- a public figure's own news, more ways ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We loved hosting WNBA forward Odalys Pennington! Odalys has spoken openly about her lupus and still plays every night.", False),
        ("Glad to see you back, Rolando Okwuosa! The morning anchor said on air that he beat a kidney stone last month.", False),
        ("Get well soon, Champ! Welterweight legend Yolanda Ganderson posted on his Instagram that his knee surgery went fine.", False),
        ("La cantante Maricruz Villaseñor anunció en sus redes que espera a su primer bebé. ¡Felicidades! Invitamos a todas a su control prenatal.", False),
        ("Thank you, Ward 4 Alderwoman Yesenia Throckmorton, for opening our fair! She told reporters she lives with type 1 diabetes.", False),
        # our care of them stays an error
        ("We hosted WNBA forward Odalys Pennington! Odalys came in for her knee scan with us.", True),
        ("Glad to see you back, Rolando Okwuosa! The morning anchor told us we treated him well.", True),
        ("Glad to see you back, Rolando Okwuosa! The morning anchor had his wrist surgery with us.", True),
        ("Get well soon, Champ! Your cast comes off Friday.", True),
        ("Nuestra paciente Maricruz Villaseñor espera a su primer bebé.", True),
    ],
)
def test_a_public_figures_own_news_more_ways(text, flagged):
    assert _flagged(text) is flagged, text


def test_made_public_phrases():
    for text, told in [
        ("She has spoken openly about her diagnosis.", True),
        ("He shared on air that the surgery went well.", True),
        ("Anunció en sus redes que está en remisión.", True),
        ("His brother told us about the surgery.", False),
    ]:
        assert own_news.told_public(text, 0, len(text)) is told, text


def test_a_we_verb_opens_no_name():
    text = "¡Muchas felicidades! Aprovechamos para invitarlas a la feria de salud del sábado."
    assert spanish_openers.spanish_opener(text, "Aprovechamos")
    assert not spanish_openers._WE_VERB.fullmatch("Ramos")


# --- in capitals, eponyms, a member's own voice ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("POINT GUARD ODALYS PENNINGTON VISITED OUR CLINIC! ODALYS TOLD REPORTERS ABOUT HER ACL SURGERY LAST YEAR.", False),
        ("The catcher Odalys Pennington said she is back after Tommy John surgery.", False),
        ("DR. OKAFOR HERE - SWAM ACROSS THE LAKE THIS MORNING! THANKS TO MY HUSBAND ROLANDO FOR THE RIDE.", False),
        ("This is Dr. Okafor: thank you to my husband Rolando for driving the cooler.", False),
        ("Dr. Okafor aquí: gracias a mi esposo Rolando por las fotos del maratón.", False),
        # care told stays an error
        ("POINT GUARD ODALYS PENNINGTON SIGNED BALLS! ODALYS CAME IN FOR HER ELBOW SURGERY WITH US.", True),
        ("DR. OKAFOR HERE - MY HUSBAND ROLANDO CAME IN FOR HIS KNEE SURGERY WITH US.", True),
        ("My husband Rolando came in for his knee scan.", True),
        ("ODALYS PENNINGTON SURGERY WENT GREAT WITH US TODAY", True),
    ],
)
def test_capitals_eponyms_and_a_members_own_voice(text, flagged):
    assert _flagged(text) is flagged, text


def test_a_title_in_capitals_reads_as_a_title():
    assert title_case_caps("DR. OKAFOR HERE") == "Dr. Okafor Here"
    assert title_case_caps("SRA. PENNINGTON LOPEZ") == "Sra. Pennington Lopez"


@FUZZ
@given(
    st.sampled_from(["back from {n} surgery", "after {n} surgery", "tras la cirugía {n}"]),
    st.sampled_from(["Tommy John", "Odalys Pennington", "Yesenia Throckmorton"]),
)
def test_an_eponym_after_a_preposition_grid(frame, name):
    assert hits("PHI003", post("The closer is " + frame.format(n=name) + ".")) == []


# --- linear work ----------------------------------------------------------------------------------------------


def _steps(module, text: str) -> int:
    return steps(module, lambda: hits("PHI003", post(text)))


def test_widened_roles_work_grows_linearly():
    """Many students and referees in one endless sentence: each name read in bounded windows."""
    unit = "and students Odalys Pennington, Rolando Okwuosa y el arbitro Yolanda Ganderson with school nurse Yesenia Throckmorton "
    small, large = _steps(community_roles, "Thanks " + unit * 15), _steps(community_roles, "Thanks " + unit * 30)
    assert large < 2.3 * small


def test_made_public_work_grows_linearly():
    """A figure with news made public in every sentence: two sentences read per figure."""
    unit = "Welcome back, WNBA forward Odalys Pennington! She has spoken openly on air about her surgery. "
    small, large = _steps(own_news, unit * 15), _steps(own_news, unit * 30)
    assert large < 2.3 * small


def test_greeted_figure_work_grows_linearly():
    """Greetings of a figure by office or epithet in every sentence."""
    unit = "Get well soon, Champ! Thank you, District 7 Councilmember Odalys Pennington, for the ribbon. "
    small, large = _steps(public, unit * 15), _steps(public, unit * 30)
    assert large < 2.3 * small


def test_own_voice_and_eponym_work_grows_linearly():
    """A member's own voice, relatives and eponyms in every sentence: bounded windows per name."""
    unit = "DR. OKAFOR HERE - THANKS TO MY HUSBAND ROLANDO FOR THE RIDE. The catcher is back from Tommy John surgery. "
    small, large = _steps(staff_posts, unit * 15), _steps(staff_posts, unit * 30)
    assert large < 2.3 * small
    small, large = _steps(eponyms, unit * 15), _steps(eponyms, unit * 30)
    assert large < 2.3 * small
