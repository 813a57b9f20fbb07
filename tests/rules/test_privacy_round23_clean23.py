"""Round 23, part K: places, offices and people read as patients' names (PHI003).

A handle of plain words and the place a linked government site is named for ("@HealthyOklahoma" beside oklahoma.gov);
a place word after a name ("<Name> Lakes", "<Name> Shores"); a place's or a kind's family counted by "every" or
"each"; a street joined by "&" to a numbered one; a city an alert is issued for ("Heat advisory for <City>", "Alerta
para <City>"); and a public figure's surname said again after a courtesy title ("Ms. <Surname>"). What passes, what
stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import cited_handles, people, places, public_acts, vocabulary

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Recordatorio de @HealthyNevada sobre el sarampión: https://nevada.gov/health",
        "Flu clinic dates from @phillyHealthy are up at https://www.philly.gov/flu",
        "Tips from @ReadyMaryland on storms: https://mema.maryland.gov",
        "Tenemos carpa de salud en la feria de Palmetto Shores este domingo.",
        "Free blood pressure checks at the Corinne Lakes rec center on Friday.",
        "Every Yonkers family should have a fire escape plan for the winter.",
        "Cada verano decimos lo mismo: each Navajo family needs water stored for the heat.",
        "Same location as always: 42nd & Lorraine, next to the bakery.",
        "Nuestra nueva oficina queda en Calle 9 & Florence, segundo piso.",
        "Heat advisory for Austin through Sunday: drink water and rest in the shade.",
        "Alerta de calor para Tyler este fin de semana; busquen la sombra.",
        "Author Philippa Dorrance-Vail spoke at the library about her memoir of her own Parkinson's diagnosis. Ms. Dorrance-Vail then answered questions from caregivers.",
        "La escritora Philippa Navarro habló en la biblioteca de sus memorias sobre su propio diagnóstico de lupus. La Sra. Navarro firmó libros al final.",
    ],
)
def test_round23_clean_texts_pass(text):
    assert hits("PHI003", text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Congrats @HealthyGrandma on your new hip! https://nevada.gov/health",
        "Shoutout to @MarisolNevada who beat her cancer here: https://nevada.gov/health",
        "The Ferreira family came in for their flu shots today.",
        "The girl from the bodega on 42nd & Lorraine whose dad brings her in was so brave today.",
        "Our patient Dallas finished physical therapy this week.",
        "Author Philippa Navarro spoke at the library about her memoir of her own Parkinson's diagnosis. Ms. Navarro had her hip replaced with us in May.",
    ],
)
def test_round23_leaks_stay_errors(text):
    assert hits("PHI003", text), text


def test_a_state_handle_needs_the_site():
    assert hits("PHI003", "Recordatorio de @HealthyNevada sobre el sarampión.")  # no government link beside it


@FUZZ
@given(
    st.sampled_from(["Healthy{p}", "{p}Healthy", "Ready{p}", "{p}Ready"]),
    st.sampled_from(["Nevada", "Oregon", "Idaho", "Utah"]),
    st.sampled_from(["Compartimos de @{h}: ", "Reminder from @{h}: ", "Via @{h}: "]),
)
def test_site_place_handles_grid(handle, place, frame):
    text = frame.format(h=handle.format(p=place)) + f"vacunas al día. https://{place.lower()}.gov/health"
    assert hits("PHI003", text) == [], text


@FUZZ
@given(
    st.sampled_from(["Fiesta en {p} {w} el sábado.", "Our van parks at {p} {w} library on Monday.", "Feria de salud en {p} {w}."]),
    st.sampled_from(["Corinne", "Marisol", "Eliseo", "Buenaventura"]),
    st.sampled_from(["Lakes", "Shores", "Pines", "Acres", "Landing"]),
)
def test_place_words_after_a_name_grid(frame, p, w):
    assert hits("PHI003", frame.format(p=p, w=w)) == []


@FUZZ
@given(
    st.sampled_from(["every {p} family", "each {p} family", "no {p} family"]),
    st.sampled_from(["Bronx", "Yonkers", "Laredo", "Navajo"]),
)
def test_any_family_grid(phrase, p):
    assert hits("PHI003", f"We believe {phrase.format(p=p)} deserves a pediatrician close to home.") == []


@FUZZ
@given(st.sampled_from(["Sheridan", "Lorraine", "Florence", "Dallas"]), st.sampled_from(["31st", "5th Ave", "Calle 8", "122nd"]))
def test_numbered_corners_grid(street, numbered):
    assert hits("PHI003", f"Our new spot: {numbered} & {street}. Open till 7.") == []
    assert hits("PHI003", f"Find us at {street} & {numbered} from Monday.") == []


def test_handles_and_corners_are_linear():
    unit = "Compartimos de @HealthyNevada y @nycReady: https://nevada.gov https://nyc.gov Same spot: 31st & Sheridan. "
    small = steps(cited_handles, lambda: hits("PHI003", unit * 15))
    large = steps(cited_handles, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small
    small = steps(places, lambda: hits("PHI003", unit * 15))
    large = steps(places, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small


def test_families_alerts_and_surnames_are_linear():
    unit = "Every Bronx family counts. Heat advisory for Austin today. Author Lina Pardo-Ruiz read. Ms. Pardo-Ruiz signed books. "
    for module in (vocabulary, people, public_acts):
        small = steps(module, lambda: hits("PHI003", unit * 15))
        large = steps(module, lambda: hits("PHI003", unit * 30))
        assert large < 2.3 * small, module.__name__
