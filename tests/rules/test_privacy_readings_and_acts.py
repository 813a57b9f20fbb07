"""Capitalised words that name no patient (PHI003): a storm, a town's shops and news, a body word opening a
condition, a school by its number, a saint's church, a team by its mascot, a neighbourhood, a word opening a
bullet, a title's period or capitals for emphasis (readings.py, places.py); neighbours thanked for a public act
(public_acts.py); a handle greeted in a public answer (qa.py). What passes, what stays an error with care, and
that the reading stays linear. Every name, place and number here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # storms and towns
        ("Hurricane Delia is two days out: we close at 3 pm Wednesday.", False),
        ("Ante la depresión tropical Irene, cerramos temprano el martes.", False),
        ("Delia, 8, rode out the storm with a cast on her arm.", True),
        ("Right after the storm Maribel came in with a deep cut on her hand.", True),
        ("Several Tyler pharmacies are out of the liquid antibiotic.", False),
        ("En las tiendas de Tyler ya hay bloqueador con descuento.", False),
        ("A Cleveland radio station invited our dietitian to talk about salt.", False),
        # conditions, schools, saints, teams, neighbourhoods
        ("Shin splints after a long run? Rest and ice help.", False),
        ("Our nurses visit I.S. 52 Gregorio Luperon on Tuesday.", False),
        ("La unidad móvil estará en la Escuela Primaria No. 12 Josefa Ortiz el lunes.", False),
        ("Misa y feria de salud en la parroquia Santa Rosa de Lima.", False),
        ("Go Ardmore Wildcats! Free sports physicals before the home opener.", False),
        ("Los Elkhart Rams JV football team gets free physicals Friday.", False),
        ("Vacunas gratis en Little Haiti y en Little Village este sábado.", False),
        ("Little Austin, 4, got his cast off today!", True),
        ("The Garcia Twins came in for their shots.", True),
        ("• Rosa, 5 años: vacunas al día.", True),
        # public acts, with and without care of theirs
        ("Thanks to Senator-elect Joan Pruett for championing the rural clinic grant.", False),
        ("A big thank you to Coach Imani Boyd for teaming up with our dietitians!", False),
        ("Gracias a la locutora Marisela Duarte por invitarnos a su programa.", False),
        ("Agradecemos al Padre Julián y a las Damas del Altar su gentil colaboración.", False),
        ("Gracias al Padre Julián por bendecir la clínica; le deseamos pronta recuperación de su cirugía.", True),
        ("Thanks, Coach Imani Boyd, for teaming up with us after your own ACL surgery here!", True),
        ("Gracias a Rosa Medina por su apoyo durante la quimio de su hijo.", True),
        ("Thanks, Sofia Lund, for painting the mural while you waited for your cast.", True),
        ("Congrats to Maria Lopez on signing her discharge papers!", True),
        ("Mrs. Abernathy's kindergarten class toured our office today.", False),
        ("Mrs. Abernathy's kindergarten class sent cards for her chemo.", True),
        # handles
        ("@sunny_dz thanks for asking! We offer sports physicals every Saturday.", False),
        ("@sunny_dz good question! Your MRI results are in the portal.", True),
        ("So proud of @sunny_dz for finishing physical therapy!", True),
        # reading mistakes
        ("Talk to your pediatrician or doctor. Children under 2 should not get honey.", False),
        ("If it bleeds, see a nurse RIGHT AWAY.", False),
        ("• Menos sal, más agua: consejos para la presión.", False),
    ],
)
def test_readings_and_public_acts(text, flagged):
    assert bool(hits("PHI003", text)) == flagged, (text, hits("PHI003", text))


def test_a_handle_in_a_reply_answers_in_the_open():
    assert hits("PHI003", response("@sunny_dz great question! Yes, we see toddlers for first dental visits.")) == []
    assert hits("PHI003", response("@sunny_dz great question! Your son's stitches look great."))


_GIVEN = st.sampled_from(["Delia", "Norma", "Irene", "Otilia", "Rosalind"])
_KIND = st.sampled_from(["Hurricane", "Tropical Storm", "el huracán", "la tormenta tropical"])
_TOWN = st.sampled_from(["Tyler", "Houston", "Cleveland", "Austin"])
_SHOPS = st.sampled_from(["farmacias de {t}", "{t} pharmacies", "the {t} news desk", "las escuelas de {t}"])
_ACT = st.sampled_from(["for championing the grant", "for blessing our clinic", "for teaming up with us", "on signing with the Roadrunners"])
_CARE = st.sampled_from(["after your knee surgery", "after her chemo", "now that his cast is off"])


@FUZZ
@given(given_name=_GIVEN, kind=_KIND, town=_TOWN, shops=_SHOPS)
def test_fuzz_storms_and_towns(given_name, kind, town, shops):
    assert hits("PHI003", f"Por {kind} {given_name}, closed Friday. {shops.format(t=town).capitalize()} report short supplies.") == []
    assert hits("PHI003", f"{given_name}, 7, broke her wrist during the storm.")


@FUZZ
@given(given_name=_GIVEN, act=_ACT, care=_CARE)
def test_fuzz_public_acts_never_excuse_care(given_name, act, care):
    assert hits("PHI003", f"Thank you, Rep. {given_name} Quintanar, {act}!") == []
    assert hits("PHI003", f"Thank you, Rep. {given_name} Quintanar, {act} {care}!")


def test_readings_and_acts_work_grows_linearly():
    """Storms, schools, teams, conditions, acts and handles are read in bounded windows: doubling a text of near-misses doubles the work."""
    unit = (
        "Hurricane Delia. las farmacias de Tyler. Shin splints? P.S. 118 Benito Juarez. Marlow Knights softball team. Little Village. "
        "Thanks to Rep. Ana Kolb for championing the grant. Mr. Tolliver's 2nd grade class. call your doctor. Adults see a doctor RIGHT AWAY. "
        "• Menos de 6 meses. @sunny_dz good question! "
    )
    assert_linear("PHI003", unit)


def test_public_acts_in_one_long_sentence_grow_linearly():
    """A sentence that thanks many names is read in bounded windows around each: no name rescans the whole sentence."""
    unit = "thanks to Rep. Ana Kolb for championing the grant and Padre Julian de la parroquia San Lucas and "
    assert_linear("PHI003", unit)
