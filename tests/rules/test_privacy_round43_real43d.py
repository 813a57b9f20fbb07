"""Round 43, real43d: false alarms on real public-health posts a practice reshares.

A shortened link in a post that names no one is a warning (PHI006 still shows it, asking for the full address); it stays
an error in a reply, in a post naming a person outside the team, and beside a sentence about one person (short_links.py).
A given name labelling a variant or a strain names no one (labelled_things.py); nor does one who speaks for a public
agency named with it (agency_staff.py), nor a handle right after a public office's title (office_handles.py); a patient,
and anyone whose care is told, stays named. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.findings import Severity

from tests.rules.harness import findings, hits, post, response

FUZZ = settings(max_examples=25, deadline=None)


def _severities(item) -> list[Severity]:
    return [f.severity for f in findings("PHI006", item)]


@pytest.mark.parametrize(
    "text",
    [
        "Free flu and RSV shots for seniors this Saturday at the library. Details: https://bit.ly/3FluSat",
        "Vacunas gratis contra el sarampión en el parque central este domingo. Más información: https://tinyurl.com/vacunasdomingo",
        "Heat safety tips for outdoor workers: http://ow.ly/Hq2b50Tz",
        "Join the walk against diabetes this fall at http://on.fb.me/k2WalkNow.",
        "Cómo preparar un botiquín para temporada de lluvias: https://cutt.ly/botiquin",
    ],
)
def test_a_shortened_link_in_a_notice_is_a_warning(text):
    assert _severities(post(text)) == [Severity.WARNING]


@pytest.mark.parametrize(
    "item",
    [
        response("Thanks for the kind words! More about our hours at https://bit.ly/3hoursQ"),
        post("Read how she beat it: https://bit.ly/3herStory"),
        post("Lee la historia de nuestra paciente: https://bit.ly/3pacienteX"),
        post("Congrats to Wilhelmina Strand on finishing rehab! Photos: https://bit.ly/3photosW"),
        post("Mrs. Abernathy's recap: https://tinyurl.com/recapAB"),
        post("Photos are up: https://bit.ly/3walkPics", title="Cheers for Osvaldo Treviño"),
    ],
)
def test_a_shortened_link_beside_a_person_or_in_a_reply_stays_an_error(item):
    assert Severity.ERROR in _severities(item)


@pytest.mark.parametrize(
    "text",
    [
        # a given name labelling a variant or a strain
        "Masks help slow the Delta variant indoors.",
        "La variante Delta se contagia más rápido; vacúnese hoy.",
        "Both Delta and Iota variants were found in wastewater samples this month.",
        "This season's shot covers the Victoria strain of influenza B.",
        "La cepa Victoria de la influenza B está incluida en la vacuna de este año.",
        # one who speaks for a public agency, named with it
        "NIH's Dr. Francis Lindqvist explains why measles shots matter for toddlers.",
        "Harold Tremaine of the FDA says to check recall lists before giving infant formula.",
        "WHO's Dr. Ingrid Solberg: wash hands often during the cold season.",
        "Hoy conversamos con Graciela Montalvo, de la OPS, sobre el dengue.",
        # a handle right after a public office's title
        "Junto al Subsecretario @RodrigoVegaM inauguramos el vacunatorio móvil en el barrio.",
        "La ministra @MarinaPazO presentó la campaña de invierno.",
        "Secretary @HelenaBrightwater announced new funding for rural clinics.",
        "Con la Subsecretaria @LuciaFerrerR y el alcalde @TomasIbarraQ abrimos el operativo de invierno.",
    ],
)
def test_labels_agency_staff_and_office_handles_name_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our patient Tobias Wrenfield of Maple Clinic finished chemo today!",
        "CDC's Marlon Prewitt came in for his knee surgery with us last week.",
        "La Subsecretaria @LuciaFerrerR se operó de la rodilla con nosotros.",
        "Congrats to @benny_runs on finishing physical therapy!",
        "Delta came in for her stitches after the fall; she is healing well.",
        "Thanks to our secretary @rosie_front_desk for the cupcakes after her knee surgery!",
        "Graciela Montalvo, paciente de la Clínica Norte, terminó sus quimios.",
    ],
)
def test_patients_and_care_stay_named(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Delta", "Victoria", "Iris", "Gamma"]),
    st.sampled_from(["the {n} variant spreads indoors", "la variante {n} ya circula", "the {n} strain is in the shot"]),
    st.sampled_from(["https://bit.ly/3aZx", "https://tinyurl.com/qq7", "http://on.fb.me/x1"]),
)
def test_a_grid_of_labelled_notices_with_short_links_warns_only(name, frame, link):
    item = post(f"{frame.format(n=name).capitalize()}. More: {link}")
    assert hits("PHI003", item) == []
    assert _severities(item) == [Severity.WARNING]
