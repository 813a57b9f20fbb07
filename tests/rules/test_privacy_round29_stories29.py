"""Round 29, one person's care in a post said in new words (PHI013): a time told from one person's care ("ten days
out from his hernia repair", "three months post-transplant", "lleva dos semanas de operada", milestones.py); one
known by her place on a school's team or class with her own care in a clause ("our eighth-grade catcher who came by
for his insulin", described_care.py); one called a fighter of her own condition ("this fearless kidney champ",
"nuestra guerrera contra la leucemia", fighters.py). What passes (health education, a class or an event, a group of
an awareness post, our staff), what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import described_care, fighters, milestones
from playbook.rules.privacy.described_care import described_in_care
from playbook.rules.privacy.fighters import fighter_of_one
from playbook.rules.privacy.milestones import milestone_of_one

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

# The five sentences of the shape written before the code, sharing no content word with the cases that prompted it.
FIVE = [
    "The friendly crossing guard on Birch Ave is ten days out from his hernia repair and already waving cars through.",
    "Big cheers for the drummer of the Maple Street band: three months post-transplant and back behind the kit!",
    "Nuestra panadera favorita de la calle Olmo lleva dos semanas de operada y ya volvió a hornear conchas.",
    "Our eighth-grade catcher who came to the front office each lunch for his insulin made the all-star roster.",
    "Say hi to this fearless kidney champ, back on the swim team after a long winter!",
]


@pytest.mark.parametrize("text", FIVE)
def test_the_five_of_the_shape_are_stories(text):
    assert hits("PHI013", text)


@pytest.mark.parametrize(
    "text",
    [
        "A month after her gallbladder removal, the librarian at Pinecrest was shelving books again. So happy for her!",
        "El portero de los Halcones juveniles, a las cuatro semanas de su cirugía de rodilla, ya entrena con el balón.",
        "Our favorite pottery teacher (she knows who she is) is 3 weeks post-op and already back at the wheel.",
        "Mi vecina de la floreria cumple un mes de su trasplante y ya riega sus rosas.",
    ],
)
def test_a_time_told_from_ones_care_is_a_milestone(text):
    assert milestone_of_one(fold(text).text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "At six weeks post-op most people can drive again; ask your surgeon.",
        "Join our 6-week post-op stretching class on Thursdays.",
        "Bring your list of questions to the two week post-op visit.",
        "Si usted lleva dos semanas de operado, evite cargar peso.",
        "Our nurse Dana is two weeks post-op and back at the front desk.",
        "Dana cumple tres semanas de vacaciones en Oaxaca.",
        "Recovery tip: two weeks after surgery is the time to start gentle walks.",
        "Our clinic opened three months after the flood.",
    ],
)
def test_education_a_class_staff_or_no_care_is_no_milestone(text):
    assert milestone_of_one(fold(text).text) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nuestro portero de sexto que pasaba por la enfermería cada mañana por su insulina, ¡qué orgullo!", True),
        ("Hats off to the Ridgeview varsity setter who stopped in every Friday for her allergy shots.", True),
        ("Our varsity shortstop who painted the mural in the lobby: thank you!", False),
        ("Fans keep asking about the quarterback who limped off Friday; we know nothing of his injury.", False),
        ("Our nurse who coaches the pitcher group had her flu shot.", False),
    ],
)
def test_one_known_by_her_place_on_a_team(text, found):
    assert (described_in_care(fold(text).text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nuestra guerrera contra la leucemia ya toca el violín en la orquesta del barrio.", True),
        ("Meet Tavi, our littlest NICU graduate, now chasing ducks at Fenwick Pond.", True),
        ("This little asthma fighter just scored her first goal!", True),
        ("Every heart warrior deserves a cheering section this awareness week.", False),
        ("Join our heart warrior walk on Saturday!", False),
        ("Honoring all our heart warriors today.", False),
        ("Cada guerrero del corazón merece una porra esta semana.", False),
        ("Our nurse Ana, my favorite cancer survivor, runs the 5k.", False),
        ("Our champ of the spelling bee is Dario!", False),
    ],
)
def test_one_called_a_fighter_of_her_condition(text, found):
    assert (fighter_of_one(fold(text).text) is not None) is found


@FUZZ
@given(
    st.sampled_from(["The {p} at {t}", "Our favorite {p} from {t}", "La {p} de {t}"]),
    st.sampled_from(["crossing guard", "banjo player", "florista", "mail carrier"]),
    st.sampled_from(["Quillby", "Marsh Hollow", "San Telmo", "Ebbridge"]),
    st.sampled_from(["is 5 weeks post-op and smiling", "is two months out from her shoulder repair", "lleva tres semanas de operada"]),
)
def test_grid_of_people_and_places_with_a_time_from_care(frame, person, town, told):
    assert hits("PHI013", frame.format(p=person, t=town) + " " + told + ".")


@FUZZ
@given(
    st.sampled_from(["our", "this", "nuestra", "esta"]),
    st.sampled_from(["brave", "tiny", "valiente", "fearless"]),
    st.sampled_from(["kidney warrior", "leukemia champ", "guerrera contra el cáncer", "epilepsy hero"]),
    st.sampled_from(["Quillby", "Marsh Hollow", "San Telmo"]),
)
def test_grid_of_fighters_of_a_condition(owner, kind, fighter, town):
    assert hits("PHI013", f"Big hello from {owner} {kind} {fighter} of {town}!")


@FUZZ
@given(st.sampled_from(["heart warriors", "cancer survivors", "guerreros del corazón"]), st.sampled_from(["Quillby", "San Telmo"]))
def test_grid_of_awareness_groups_passes(group, town):
    assert hits("PHI013", f"This week we honor all the {group} of {town}.") == []


def test_time_from_care_is_linear():
    unit = "The clerk is 4 weeks post-op. Two weeks after the rain we opened. If you are 3 weeks out from your surgery, rest. "
    small = steps(milestones, lambda: milestone_of_one(fold(unit * 20).text))
    large = steps(milestones, lambda: milestone_of_one(fold(unit * 40).text))
    assert large < 2.3 * small, (small, large)


def test_team_place_reading_is_linear():
    unit = "Our seventh grade goalie who waved. When the varsity setter who sings came in. Our nurse who works nights. "
    small = steps(described_care, lambda: described_in_care(fold(unit * 20).text))
    large = steps(described_care, lambda: described_in_care(fold(unit * 40).text))
    assert large < 2.3 * small, (small, large)


def test_fighter_reading_is_linear():
    unit = "Every heart warrior walks. Our brave little spelling champ won. If our asthma fighter coughs, call. "
    small = steps(fighters, lambda: fighter_of_one(fold(unit * 20).text))
    large = steps(fighters, lambda: fighter_of_one(fold(unit * 40).text))
    assert large < 2.3 * small, (small, large)
