"""Names that name no one here (PHI003): a team member's short form or titled initial, an eponym, a street
or a neighbourhood the text names, a public service honoured. What passes, what stays an error, and that
the reading stays linear. Every name, place and number here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # short forms: a prefix of a team member named in full, a title and an initial; not without the full name
        ("Say hi to Taylor Brooks, our new MA. Welcome aboard, Tay!", False),
        ("Meet Sam Patel, who runs our front desk. The little ones call him Mr. P!", False),
        ("¡Bienvenida, Jordan Lee! Nuestra nueva recepcionista. ¡Gracias, Jord!", False),
        ("Welcome aboard, Tay! Glad you finished your chemo.", True),
        ("Aviso de calor hasta el viernes: máximas de 109°F. Embarazadas y bebés, mucha agua y sombra.", False),  # a unit, no initial
        ("Meet Jordan Lee, our MA. She held little Jord's hand through his shots today.", True),
        # eponyms
        ("What is Bell's palsy? Our neurologist explains the warning signs on Thursday.", False),
        ("¿Qué es la cirugía Bentall? Se la explicamos en nuestro video de los jueves.", False),
        ("The Tanner Hollis surgery is a common repair for pitchers, our surgeon explains.", False),
        ("Tanner Hollis surgery went well and he is home today.", True),
        ("Nadia Ferro test results came back clear!", True),
        ("Marisa's operation went great; she goes home tomorrow.", True),
        ("La operación de Efraín salió muy bien.", True),
        ("Se sentía muy mal Rosita después de la cirugía, pero hoy ya camina.", True),
        # streets and neighbourhoods
        ("Our Wyoming Blvd office is closed Friday. The Wyoming lot reopens Monday.", False),
        ("Vacunas gratis en la Pequeña Caracas y en el Barrio Obrero este sábado.", False),
        ("Cruzamos la Avenida Ponce de León; el acceso por Ponce de León está cerrado.", False),
        ("La pequeña Valentina ya no necesita el yeso.", True),
        ("Ayer vino la Pequeña Valentina por su vacuna de los 4 años.", True),
        ("Happy birthday to Little Johnny, who rang the bell after his last chemo!", True),
        ("Free blood pressure checks in Little Saigon this Saturday!", False),
        # public service honours
        ("Felicidades a Chela Burgos, que se jubila después de 31 años como maestra de kínder.", False),
        ("Thank you, Dale Winthrop, for 30 years of service on the volunteer fire crew!", False),
        ("Thank you, Dale Winthrop, for 30 years of service; get well after your stroke!", True),
    ],
)
def test_names_that_name_no_one(text, flagged):
    assert bool(hits("PHI003", text)) == flagged, (text, hits("PHI003", text))


_GIVEN = st.sampled_from(["Marcelina", "Rodrigo", "Anneliese", "Bartholomew"])
_SURNAME = st.sampled_from(["Quintanar", "Oyelaran", "Fitzwilliam"])
_NOUN = st.sampled_from(["surgery", "procedure", "maneuver", "sign", "repair"])


@settings(max_examples=60, deadline=None)
@given(given_name=_GIVEN, surname=_SURNAME, noun=_NOUN)
def test_fuzz_eponyms_and_streets(given_name, surname, noun):
    name = f"{given_name} {surname}"
    assert hits("PHI003", f"Many ask about the {name} {noun} after the news; here is how it works.") == []
    assert hits("PHI003", f"Park on the {name} Blvd side: our {name} office lot is being repaved.") == []
    assert hits("PHI003", f"{given_name}'s surgery went well and she is home today.")


def test_not_people_work_grows_linearly():
    """Streets are gathered once per text, honours read once per text: doubling a text of near-misses doubles the work."""
    unit = (
        "Meet Jordan Lee, our MA. Thanks, Jord! Ms. L waved. Tanner Hollis surgery. la cirugia de Efrain. "
        "Our Wyoming Blvd office. The Wyoming lot. la Pequena Caracas. Congrats to Ms. Ivy Dorn on her retirement as crossing guard. "
    )
    assert_linear("PHI003", unit)
