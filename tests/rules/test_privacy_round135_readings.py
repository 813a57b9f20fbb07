"""Round 135: what two sets of Idaho, Louisiana and North Carolina posts showed.

Missed, and mended:
- a dental file filed as a chart files it, the surname in capitals after the procedure ("<proc>_prep_<SURNAME>_<Given>_
  tooth19_bitewing"): a surname in capitals, then a given name, anywhere in a file's words with care there, is a name;
- the same file with the name in the usual order: a public role read inside a word ("Prep" held "rep", a
  representative's title) made the patient a public figure; a role is read as a whole word only.

Found beside them: a sunburnt tourist on our exam table with our assistant (final95) had been refused only because a
shirt's "Outer Banks" read as a full name; with that mended, no one but the assistant was seen. A tourist, a visitor, a
hiker are people an alt text shows.

Clean texts read as leaks:
- a baby shower for the community in capitals: an event's word after "baby" names no baby;
- a practice named for two plain words, the second a plural ("<Prairie> <Oaks>"): a place, no one;
- a singer who told the crowd her father worked "en las huertas de aquí": "de aquí" is the town's, no care with us;
- the strawberry stand of a farm family at the market ("el puesto de fresas de la familia <Surname>"): the stand's owners;
- an athletic trainer's record ("has wrapped more wrists than anyone in the county") and his own news that he and his wife
  are expecting a baby: his work and his family's news, no care of hers.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, post, with_staff


def _file(name: str, alt: str = "A dental x-ray on a light box") -> object:
    return post("Before and after: a clean crown fit this week.", media=(Media(file=name, alt=alt),))


@pytest.mark.parametrize(
    "name",
    [
        "onlay_prep_HALVORSEN_Dale_tooth30_bitewing_0918.png",
        "implant_consult_LINDGREN_June_pano.jpg",
        "endo_OYELARAN_Ray_molar_xray.jpg",
        "onlay_prep_Dale_Sorensen_tooth30.png",
    ],
)
def test_a_name_filed_in_a_dental_file_after_its_procedure_is_someone(name):
    assert errors("PHI003", _file(name))


@pytest.mark.parametrize(
    "name",
    [
        "booth_FORD_Rose_parade.jpg",  # capitals, a given name, no care: a booth at a parade
        "bitewing_holder_sterilised_tray.jpg",
    ],
)
def test_a_file_with_capitals_and_no_care_or_no_name_names_no_one(name):
    assert not errors("PHI003", _file(name, alt="A table at an outdoor booth"))


def test_a_bitewing_is_care_in_a_file_name():
    assert errors("PHI003", _file("HALVORSEN_Dale_bitewing.png"))


@pytest.mark.parametrize(
    "text",
    [
        "🍼 BABY SHOWER PARA LA COMUNIDAD 🍼\nDomingo 4 de octubre, de 12 a 3, en el gimnasio de la escuela Lincoln\n• Charla de lactancia con"
        " nuestra partera Odalys\n• Los bomberos checan las sillitas de auto\n• Sorteo de cobijitas que regaló la Mueblería Ríos\nVengan con su esposo o con su mamá.",
        "Community Baby Shower this Saturday! Breastfeeding tips from our midwife Odalys, car seat checks and diaper raffles.",
    ],
)
def test_a_community_baby_shower_names_no_baby(text):
    assert not errors("PHI003", post(text), plans=with_staff("Odalys Ferrer"))


def test_a_baby_named_after_baby_is_still_someone():
    assert errors("PHI003", post("Welcome home, baby Marisela! Six weeks in our NICU and now she's off oxygen."))


@pytest.mark.parametrize(
    "text",
    [
        "We want every person who phones or walks into Cedar Banks to feel looked after, and this time we fell short.",
        "Queremos que cada persona que nos llame o venga a Cedar Banks se sienta bien atendida.",
    ],
)
def test_a_practice_named_for_two_plain_words_is_no_one(text):
    assert not errors("PHI003", post(text))


def test_two_plain_words_that_name_a_patient_with_care_still_do():
    assert errors("PHI003", post("Prairie Woods finished chemo with us this week."))


def test_a_figures_fathers_orchards_here_are_the_towns():
    text = (
        "¡Gracias al acordeonista Chuy Barraza por tocar en la Kermés de Otoño! Chuy contó en la radio, y otra vez frente al"
        " público, que su mamá empacó cebolla 25 años en las bodegas de aquí y que a él le dio presión alta a los 30."
    )
    assert not errors("PHI003", post(text))


def test_a_figures_surgery_here_is_still_care_of_ours():
    text = "¡Gracias al acordeonista Chuy Barraza por tocar en la Kermés! Chuy contó en la radio que lo operaron aquí de la vesícula."
    assert errors("PHI003", post(text))


def test_a_farm_familys_stand_at_the_market_is_its_owners():
    text = "Chequeos de lunares gratis el sábado en el tianguis, junto al puesto de duraznos de la familia Quiroz, de 9 a 1."
    assert not errors("PHI003", post(text))


def test_a_farm_family_with_its_own_care_is_still_named():
    assert errors("PHI003", post("Los duraznos de la familia Quiroz, que ya terminó sus quimios, estarán en la kermés."))


def test_a_trainers_record_and_his_couples_news_are_his_own():
    text = (
        "Say hi to Wes Pruitt, our sports medicine athletic trainer. Wes has wrapped more wrists than anyone in Grant County, and"
        " big news: he and his wife Mallory are expecting a baby boy this spring!"
    )
    assert not errors("PHI003", post(text), plans=with_staff("Wes Pruitt"))


@pytest.mark.parametrize(
    "text",
    [
        "Say hi to Wes Pruitt, our athletic trainer. Wes has wrapped more wrists than anyone, and his daughter Ivy had her wrist surgery with us.",
        "Say hi to Wes Pruitt, our athletic trainer. He and his wife Mallory are expecting a baby boy, and Mallory just finished radiation with us.",
    ],
)
def test_a_members_relative_with_care_of_ours_is_still_named(text):
    assert errors("PHI003", post(text), plans=with_staff("Wes Pruitt"))


def test_a_tourist_in_care_beside_our_assistant_needs_an_authorization():
    alt = "Turista con la nariz y los brazos quemados por el sol, sentado en la camilla mientras la asistente Yaneli le pone sábila."
    found = errors("PHI012", post("Protéjase del sol este verano.", media=(Media(file="sol.jpg", alt=alt, people=True),)), plans=with_staff("Yaneli"))
    assert found


def test_our_assistant_alone_at_work_needs_none():
    alt = "La enfermera Yaneli Ortiz acomodando frascos de sábila en el estante de la recepción."
    assert not errors("PHI012", post("Protéjase del sol este verano.", media=(Media(file="sol.jpg", alt=alt, people=True),)), plans=with_staff("Yaneli Ortiz"))
