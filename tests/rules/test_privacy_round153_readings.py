"""Round 153: what session 60 left, and two sets from Oregon, Idaho, Wyoming and Washington (final153 a and b).

Left by round 152, mended:
- a world region after its qualifier ("sub-Saharan Africa", "East Asia", "Central America") or before it ("África
  subsahariana", "Asia Central", "América Latina", "América del Sur") was read as a given name the lists hold ("Africa",
  "Asia", "America"): a continent with its region's word is a place. The continent alone, or after a word that is no
  region's ("our patient Asia", "little America"), is still someone.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, praise, response


@pytest.mark.parametrize(
    "text",
    [
        "Flying to sub-Saharan Africa or the Amazon this spring? Yellow fever shots need ten days, so book a visit now.",
        "Travel to Southeast Asia means typhoid and hepatitis A shots: come see us a month before you leave.",
        "¿Viaja a África subsahariana? La vacuna contra la fiebre amarilla se pone diez días antes del vuelo.",
        "Si va a Asia Central o América del Sur este verano, pida su cita de vacunas de viaje con tiempo.",
        "Headed to Central America for a mission trip? Malaria pills start before you go; call us for a visit.",
    ],
)
def test_a_continent_with_its_regions_word_is_a_place(text):
    assert not hits("PHI003", post(text))  # not even a warning: no one is named


@pytest.mark.parametrize(
    "text",
    [
        "Our patient Asia got her last hepatitis shot today before her trip.",
        "Little America came in for her travel shots with her mom this morning.",
        "Felicidades a Africa Quellbrandt, que ya terminó su tratamiento de malaria con nosotros.",
    ],
)
def test_a_continents_name_said_of_someone_is_still_a_name(text):
    assert errors("PHI003", post(text))


# From final153 (first sight at ca51cf76: a 100% / 100% / 3.3%, b 98.2% / 100% / 5.0%): a town hailed by a warning of
# news, and the one "a cargo" (in charge) beside a phone (and the deputy's slug, below). Left: a staff member's knack
# told with the care she gives; "your experience with us" in an apology.


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, Pomeroy! From March we're open Saturday mornings for walk-in flu shots. Call 509-555-0182 with questions.",
        "¡Ojo, Pomeroy! Desde marzo abrimos los sábados en la mañana para vacunas sin cita.",
    ],
)
def test_a_town_hailed_by_a_warning_of_news_is_no_one(text):
    assert not hits("PHI003", post(text))


def test_someone_hailed_by_a_warning_with_their_care_is_still_named():
    assert errors("PHI003", post("Heads up, Kaylee! Your stitches come out Friday, so keep the bandage dry until then."))


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos leer esto. Por favor llame a Irma Quellbrandt, la enfermera a cargo, al 509-555-0182 de lunes a viernes.",
        "Para dudas, hable con el farmacéutico a cargo, al 509-555-0182.",
    ],
)
def test_the_one_in_charge_and_a_phone_is_no_account(text):
    assert not errors("PHI007", response(text, scenario="negative-review"))


def test_a_charge_number_is_still_an_identifier():
    assert errors("PHI007", response("Revisamos su cargo 4471829 y ya quedó corregido en su estado de cuenta.", scenario="negative-review"))


# Found while mending final153 b's slug (a deputy by his surname, his front teeth rebuilt): a part mended by a verb of
# repair is care (injuries._MENDED), around the name too (done_to), and the law's officers wear their rank as a title.


@pytest.mark.parametrize(
    "text",
    [
        "We rebuilt Deputy Varnholt's front teeth after the rollover on the grade.",
        "Le reconstruimos los dientes al oficial Varnholt después del choque en la carretera.",
        "We rebuilt Marisela's two front teeth this week, and she grinned the whole way out.",
        "Trooper Varnholt is smiling again: we reattached his thumb last spring.",
    ],
)
def test_a_part_we_mended_names_its_owner(text):
    assert errors("PHI003", post(text))


def test_a_slug_of_a_deputys_teeth_rebuilt_names_him():
    assert errors("PHI003", post("A note from the clinic.", path="content/posts/2027/02/how-we-rebuilt-deputy-varnholt-front-teeth-after-the-rollover.md"))


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Varnholt rebuilt the fence at the fairgrounds with the 4-H kids. Thank you!",
        "We repaired the back porch with help from Dale Varnholt and his crew.",
        "Thanks to Deputy Varnholt for the bike-helmet talk at our health fair!",
        "Reparamos la muñeca de trapo de la sala de espera: los niños la extrañaban.",
    ],
)
def test_a_thing_repaired_or_an_officer_thanked_is_no_ones_care(text):
    assert not errors("PHI003", post(text))


# Probing final154's kinds (a musician thanked, then his finger we treated): "le curamos", "lo curamos" is care of ours
# and ties the names of its text as "atendimos" does (care_tie); curing meat is not ("cómo curamos la cecina").


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a don Efraín Varnholt por tocar en la feria. Le curamos el dedo machucado y ya está listo para el acordeón.",
        "Don Efraín Varnholt llegó con una cortada en la mano y lo curamos en cinco minutos.",
    ],
)
def test_care_of_ours_said_with_curamos_ties_the_name(text):
    assert errors("PHI003", post(text))


def test_curing_meat_is_no_care():
    assert not errors("PHI003", post("Don Efraín Varnholt nos enseñó cómo curamos la cecina en su rancho para el convivio."))


# From the held-back final154 (first sight at 111d6605: 98.2% / 100% / 5.0%): a reply glad the reader came, said in the
# subjunctive ("que viniera"), with a count before the reader's relatives ("sus tres nietos").


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias, {{ reviewer }}! Qué gusto nos dio que viniera el jueves con toda la familia.",
        "¡Qué bueno que vinieran todos, {{ reviewer }}! Gracias por la confianza.",
        "Thank you, {{ reviewer }}! Your two boys made our whole week.",
        "¡Gracias, {{ reviewer }}! Sus dos nietas son un encanto.",
    ],
)
def test_a_reply_glad_the_reader_came_or_counting_their_kin_confirms_them(text):
    assert errors("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias, {{ reviewer }}! Ojalá que viniera más gente a nuestras ferias de salud.",
        "Thanks, {{ reviewer }}! Your two cents always help us do better.",
    ],
)
def test_a_wish_for_visitors_or_two_cents_confirms_no_one(text):
    assert not errors("PHI001", praise(text))


# The re-read: done_to's Spanish verbs of mending come from privacy-owned.yml's mend_verbs (ours, "-amos"/"-imos"),
# so "acomodamos" (a shoulder put back) joins them; a table set up for someone is no part of theirs.


def test_a_shoulder_we_put_back_names_its_owner():
    assert errors("PHI003", post("Le acomodamos el hombro a don Efraín Varnholt en cinco minutos."))


def test_a_table_we_set_up_for_someone_is_no_care():
    assert not errors("PHI003", post("Le acomodamos la mesa a don Efraín Varnholt para su puesto de tamales en la feria."))
