"""Round 22, part E: one patient singled out without a full name (PHI011).

A clinician's own first person singular is care of ours like "we" ("I placed implants for a retired <County>
miner", "le puse la ferula a un minero jubilado de <Town>"); a neighbour held dear, "our favorite <role>", is one
person of the town, not staff (favourites.py), with care told in their sentence or the two after or pointed at
when said to them; and a nod that readers will know who it is ("you KNOW who this is", "ya saben quien es")
next to a procedure (recognised.py). Thanked with no care, or a nod at a place, they pass. Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import favourites, recognised

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

_PLACES = ["Harlan Gap", "Cedar Bottom", "Pike Fork", "Lomas Verdes"]
_SCHOOLS = ["Ridgeview Elementary", "Escuela Benito Ortiz", "Maple Run Primary", "Academia Santa Clara"]


def _flagged(text: str) -> bool:
    return bool(hits("PHI011", post(text)))


# --- the clinician's own first person -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday I operated on a retired Harlan Gap lineman who had waited two years for a new knee.",
        "I fitted a retired Pike Fork bus mechanic for hearing aids this morning, and he heard the birds again.",
        "La semana pasada le puse una férula a un minero jubilado de Cedar Bottom.",
    ],
)
def test_the_clinicians_own_care_singles_out(text):
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "I placed my very first dental implant in 2004 and I still remember how nervous I felt.",
        "A retired Harlan Gap lineman taught me to fly-fish when I was twelve.",
        "Opené mi consultorio hace diez años y sigo aprendiendo de cada paciente.",
    ],
)
def test_a_doctors_own_story_passes(text):
    assert not _flagged(text)


@FUZZ
@given(st.sampled_from(["I placed new crowns for", "I operated on", "I repaired the hernia of", "I treated"]), st.sampled_from(_PLACES), st.sampled_from(["coal miner", "fire chief", "mail carrier"]))
def test_first_person_care_grid(verb, place, role):
    assert _flagged(f"Last month {verb} a retired {place} {role}.")


# --- "our favorite <role>" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So long to our favorite crossing guard at Ridgeview Elementary! Twenty-two years on that corner, and she kept every one of her blood pressure checkups with us.",
        "Bravo, Tigres de Alamar! And to our favorite goalie: no kicking with that ankle until we take the boot off, deal?",
        "Felicidades a nuestra cartera consentida por su jubilación. Nunca faltó a sus citas de control de la presión con nosotros.",
        "A nuestro portero favorito de los Halcones: nada de entrenar con esa rodilla hasta que le quitemos la férula.",
    ],
)
def test_a_favorite_neighbour_with_care(text):
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cheers on your retirement, our favorite crossing guard at Ridgeview Elementary! Thirty years of waving kids across. We will miss you!",
        "Shoutout to our favorite mail carrier for the banana bread! Flu shots are in this week, no appointment needed.",
        "Our favorite barista at Bean Counter brought coffee for our flu shot volunteers.",
        "Gracias a nuestro cartero favorito por los tamales. ¡Feliz Navidad a todos!",
    ],
)
def test_a_favorite_neighbour_thanked_passes(text):
    assert not _flagged(text)


@FUZZ
@given(
    st.sampled_from(["our favorite crossing guard at {s}", "our beloved lunch lady at {s}", "nuestra querida maestra de la {s}"]),
    st.sampled_from(_SCHOOLS),
    st.sampled_from(["She never skipped her diabetes visits with us.", "Su rodilla operada ya está como nueva gracias a nuestro equipo."]),
)
def test_favourites_grid(frame, school, care):
    assert _flagged("All the best to " + frame.format(s=school) + "! " + care)


def test_favourites_finds_the_role():
    assert [m.group(0) for m in favourites._FAVOURITE.finditer("To our favorite shortstop and nuestra maestra consentida.")] == ["our favorite shortstop", "nuestra maestra consentida"]


# --- a nod that readers know who it is ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Before and after on a well-known face from Crescent Ave. If you shop at Dalia's Boutique, you know who this is. Cheek filler and 30 units of Botox!",
        "Antes y después de una vecina muy conocida del mercado, ya saben quién es 😏 relleno de labios y bótox.",
        "iykyk 😏 her new veneers turned out perfect.",
    ],
)
def test_a_nod_with_care(text):
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "iykyk: the best elote in town is at the corner of Fifth and Vine.",
        "You know who this is: the friendliest flu shot clinic in the county, every Saturday morning.",
        "If you know, you know: our Botox special returns this month.",
    ],
)
def test_a_nod_without_a_person_passes(text):
    assert not _flagged(text)


@FUZZ
@given(st.sampled_from(["you KNOW who this is", "y'all know who she is", "ya saben quién es", "todos saben de quién hablo"]), st.sampled_from(["lip filler", "a tummy tuck", "rinoplastia"]))
def test_nod_grid(nod, procedure):
    assert _flagged(f"Glow-up alert from Vega Plaza, {nod}! {procedure.capitalize()} done right here.")


# --- linear -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "unit"),
    [
        (favourites, "To our favorite goalie: rest that ankle. Our favorite crossing guard at Elm waved. nuestro portero favorito y nuestra "),
        (recognised, "You know who this is! iykyk her new smile. Ya saben quién es. Botox too. you'll recognize this "),
    ],
)
def test_work_grows_linearly(module, unit):
    small = steps(module, lambda: list(hits("PHI011", post(unit * 15))))
    large = steps(module, lambda: list(hits("PHI011", post(unit * 30))))
    assert large < 2.3 * small
