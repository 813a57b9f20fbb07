"""Round 43, fp43a: people at our community events and staff posts who are no patients (PHI003).

Two kinds of text: the leader of a partner's group at an event, named after the group ("los voluntarios de la parroquia
<Saint>, coordinados por <Name>", "volunteers from <Club>, led by <Name>": community_roles._leads_group), and a team
member named in full, then called by a pet name after a fond title in apposition ("nuestra promotora <Given> <Surname>,
la niña <Pet>!": aliases.pet_titled). A leader said to be our patient, a group of ours, a child in a list after a member
and a pet-titled name with care told after it stay errors. Every name here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import community_roles as module

from tests.rules.harness import PLANS, TEAM, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
_TEAM = {
    **TEAM,
    "gortega": Person("gortega", "Guadalupe Ortega", ("author",)),
    "fibarra": Person("fibarra", "Francisco Ibarra", ("author",)),
    "rbeltran": Person("rbeltran", "Rosario Beltran", ("author",)),
}
STAFF = dataclasses.replace(PLANS, team=_TEAM)


@pytest.mark.parametrize(
    "text",
    [
        "Este sábado estaremos en la kermés del barrio Las Flores con los jóvenes de la iglesia Cristo Rey, coordinados por Marisol Quintanilla. Habrá juegos y limonada.",
        "Gracias a los scouts de la tropa 14, dirigidos por don Evaristo Maldonado, por ayudarnos a montar las carpas en la feria.",
        "Big thanks to the volunteers from Riverside Lions Club, led by Gordon Whitfield, who set up every table at Saturday's fair.",
        "Join us Sunday at Maple Park with the youth group of Grace Chapel, coordinated by Tamsin Okafor. Free blood pressure checks for everyone!",
        "Los miembros del comité vecinal de San Bernabé, bajo la dirección de Rosalinda Pech, repartieron agua en la caminata.",
    ],
)
def test_the_leader_of_a_partners_group_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Felicidades a nuestra recepcionista Guadalupe Ortega, la niña Lupita, que hoy cumple diez años en la clínica. ¡Te queremos, Lupita!",
        "Hoy despedimos a nuestro chofer Francisco Ibarra, el niño Paco, después de 20 años manejando la van de la clínica.",
        "¡Cumpleaños de nuestra asistente Rosario Beltran, la nena Chayo! Hay pastel en la cocina.",
    ],
)
def test_a_members_pet_name_after_a_fond_title_passes(text):
    assert hits("PHI003", post(text), plans=STAFF) == []


@pytest.mark.parametrize(
    "text",
    [
        "Los voluntarios de la parroquia, coordinados por Fidel Aranda, uno de nuestros pacientes, repartieron folletos.",
        "Our nurses, led by Colleen Barstow, gave flu shots all morning.",
        "Coordinated by Pedro Lujan, who we treated for diabetes, the walk drew 50 people.",
        "The volunteers from Oak Hill Church, led by Dwayne Porter, were great. Dwayne had his knee replaced here last spring.",
    ],
)
def test_a_leader_who_is_ours_or_cared_for_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "El chofer Francisco Ibarra, el niño Mateo y su mamá vinieron por la vacuna.",
        "Nuestra recepcionista Guadalupe Ortega trajo a la niña Marisela a su consulta de asma.",
        "Felicidades a Rosario Beltran, la nena Chayo, que la semana pasada vino a operarse de la vesícula aquí mismo.",
        "Este sábado con Marisol Quintanilla, la niña Jimena, que vino por su asma.",
    ],
)
def test_a_child_after_a_member_or_care_told_refuses(text):
    assert hits("PHI003", post(text), plans=STAFF)


@FUZZ
@given(
    st.sampled_from(["Octavio Rendón", "Brenda Kowalski", "don Lisandro Paz", "Imelda Caraballo"]),
    st.sampled_from(
        [
            "Gracias a los voluntarios del club Kiwanis, coordinados por {n}, por el agua.",
            "Los jóvenes del coro de San Judas, dirigidos por {n}, cantaron en la feria.",
            "Thanks to the members of the Elm Street Garden Club, organized by {n}, for the lemonade.",
        ]
    ),
)
def test_a_grid_of_leaders_and_groups_passes(name, frame):
    assert hits("PHI003", post(frame.format(n=name))) == []


@pytest.mark.parametrize(
    "unit",
    ["Los voluntarios del club, coordinados por Ana Paz. ", "volunteers, led by and by, coordinated by the. "],
)
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: [module._leads_group(unit * 20, i) for i in range(0, len(unit) * 20, 37)], package=False)
    large = steps(module, lambda: [module._leads_group(unit * 40, i) for i in range(0, len(unit) * 40, 37)], package=False)
    assert large < 2.3 * small
