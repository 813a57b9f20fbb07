"""Round 36 (fp36): clean texts the rules refused. Company at a public outing ("pedalearon con nosotros en la Rodada"),
a business named by a dictionary word before a title and a name ("Cocina Doña Chela"), and a public figure named after
her office and its show in quotes ("la reportera de "<Show>" <Name>"). Their leaks stay errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import care

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the general shape: the names after a shared outing, EN and ES, five made-up sentences of it
        ("Mil gracias a quienes pedalearon con nosotros en la Rodada del Río; a las voluntarias Xiomara Beltrán y Lidia Ocaña, gracias por la fruta.", False),
        ("Gracias a los vecinos que marcharon con nosotros en el Desfile de Otoño, y a los voluntarios Ramiro Tello y Celia Urquidi.", False),
        ("A todos los que nadaron con nosotros en la Travesía del Lago: gracias, y a la voluntaria Inés Barragán por los silbatos.", False),
        ("Thanks to all who rode with us at the Lakeshore Bike Tour, especially volunteers Quentin Marlow and Ida Sorensen at the rest stop.", False),
        ("Everyone who jogged with us on the levee loop: thank you! Volunteer Odette Farrow kept the lemonade cold.", False),
        # a visit or a course of care with us stays care
        ("Doña Rosa llegó con nosotros para su cirugía de rodilla.", True),
        ("Marisela Tovar terminó su tratamiento con nosotros.", True),
        ("Eduardo Fierro corrió con nosotros su primera carrera después de su operación de cadera.", True),
    ],
)
def test_an_outing_with_us_is_no_care(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_outing_verb_only_excuses_a_bare_con_nosotros():
    assert care._care_here("quienes caminaron con nosotros por la Vereda") is None
    assert care._care_here("quienes vinieron con nosotros por la Vereda") is not None
    assert care._care_here("los que caminaron con nosotros; lo atendimos después") is not None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Feria de salud el domingo con pruebas de presión y tamales de Cocina Doña Chela.", False),
        ("Clase de nutrición con la chef Marta Ibarra de Cocina Doña Chela.", False),
        ("Health fair Sunday with free blood pressure checks and pozole from Kitchen Tía Nena.", False),
        # a person stays a person: care told after the name, or kin/role before the title
        ("Tamales de Cocina Doña Chela, que vino por su vacuna.", True),
        ("Feliz de ver a Madrina Doña Chela después de su cirugía de rodilla.", True),
    ],
)
def test_a_business_named_by_a_word_and_a_title(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('¡Gracias a la presentadora de "Buenos Días Fresno" Maricruz Ledesma por visitar nuestra feria de salud!', False),
        ('Thanks to the anchor of "Sunrise Tulsa" Dana Whitcomb for hosting our spring health fair!', False),
        # care of ours stays an error
        ('Gracias a la reportera de "Noticias al Día" Fabiola Urrutia, que vino por su cirugía de vesícula.', True),
        ('The anchor of "Sunrise Tulsa" Dana Whitcomb came in for her knee replacement with us.', True),
    ],
)
def test_a_public_role_then_its_show_then_the_name(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


_VERBS = ("caminaron", "pedalearon", "corrieron", "marcharon", "bailaron")
_NAMES = ("Xiomara Beltrán", "Ramiro Tello", "Celia Urquidi", "Inés Barragán")
_BIZ = ("Cocina", "Kitchen", "Comedor", "Antojitos")


@FUZZ
@given(st.sampled_from(_VERBS), st.sampled_from(_NAMES), st.sampled_from(("Caminata del Río", "Rodada del Parque", "Carrera del Sol")))
def test_fuzz_outings_with_volunteers_pass_and_care_stays(verb, name, event):
    assert not hits("PHI003", f"Gracias a quienes {verb} con nosotros en la {event}, y a la voluntaria {name} por el agua.")
    assert hits("PHI003", f"{name} {verb.removesuffix('ron')}ó con nosotros después de su cirugía de rodilla.") or hits("PHI003", f"{name} terminó su tratamiento con nosotros.")


@FUZZ
@given(st.sampled_from(_BIZ), st.sampled_from(("Chela", "Nena", "Tere", "Cuca")))
def test_fuzz_titled_businesses(word, first):
    assert not hits("PHI003", f"Chequeos de presión gratis y atole de {word} Doña {first}.")
    assert hits("PHI003", f"Atole de {word} Doña {first}, que vino por su vacuna.")


def test_outing_reading_is_linear():
    assert_linear("PHI003", 'los que caminaron con nosotros en la Rodada. de Cocina Doña Lu. la reportera de "Hoy" Ana Ruiz. ')
