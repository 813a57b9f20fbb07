"""A household named by its surname alone (families.py), an initial run into a surname on a file of their papers
(slugs.initial_records) and leave to tell of one described person's health (ties.consented_story): fuzzed the way
staff write them, with the near-misses beside them, and read in linear time. Every name, street and number here is
made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


@FUZZ
@given(
    surname=st.sampled_from(["Arreola", "Villaseñor", "Zamudio", "Quintero", "Bermúdez"]),
    who=st.sampled_from(["Los", "Las gemelas de los", "Los nietos de los", "La bebé de los"]),
    visit=st.sampled_from(["vinieron a su chequeo anual", "vino a vacunarse", "llegaron a su cita de control", "pasaron por sus vacunas y ni lloraron"]),
)
def test_fuzz_a_household_by_its_surname(surname, who, visit):
    found = hits("PHI003", f"{who} {surname} {visit} hoy.")
    assert found and surname in found[0].message
    assert hits("PHI003", f"Gracias a los {surname} por donar las mochilas para la feria.") == []


@FUZZ
@given(
    surname=st.sampled_from(["Delgado", "Novak", "Herrera", "Medina"]),
    visit=st.sampled_from(["came in for their flu shots", "had their 4-year checkups today", "brought the kids in for school physicals"]),
)
def test_fuzz_a_household_by_its_plural_surname(surname, visit):
    found = hits("PHI003", f"The {surname}s {visit}.")
    assert found and surname in found[0].message
    assert hits("PHI003", f"Big thanks to the {surname}s for the lemonade stand at our 5K.") == []


def _file(name: str):
    return post("Our new flyer.", media=[Media(f"images/{name}", "A bright waiting room", False, "", None, 14)])


@FUZZ
@given(
    initial=st.sampled_from("BDGKRTW"),
    surname=st.sampled_from(["Okonkwo", "Villarreal", "Medina", "Lindgren"]),
    record=st.sampled_from(["insurance-card_front", "drivers_license", "consent_signed", "tarjeta_seguro", "labs_march", "expediente"]),
    sep=st.sampled_from(["", "_", "."]),
)
def test_fuzz_an_initial_and_a_surname_on_papers(initial, surname, record, sep):
    found = hits("PHI003", _file(f"IMG_3310_{initial}{sep}{surname}_{record}.jpg"))
    assert found and surname in found[0].message


@FUZZ
@given(letter=st.sampled_from("BDKT"), word=st.sampled_from(["Cell", "Vitamin", "Group", "Plan"]), record=st.sampled_from(["labs", "consent_info", "insurance_faq"]))
def test_fuzz_a_letter_on_a_topic_file_is_no_one(letter, word, record):
    assert hits("PHI003", _file(f"IMG_3310_{word.lower()}_{letter}_{record}_explainer.jpg")) == []


@FUZZ
@given(
    who=st.sampled_from(["the driver of the route 12 bus", "the mail carrier on Birch Street", "al cartero de la calle Olmo", "a la señora del puesto de elotes de la calle Pino"]),
    leave=st.sampled_from(["for letting us share the story of her kidney", "por dejarnos contar lo de su riñón", "por permitirnos compartir lo de su diabetes"]),
)
def test_fuzz_leave_to_tell_their_health(who, leave):
    opener = "Gracias" if leave.startswith("por") else "Thanks to"
    text = f"{opener} {who} {leave}."
    assert hits("PHI011", text)
    assert hits("PHI011", post("Body text about clinic hours.", title=text))
    assert hits("PHI011", f"{opener} {who} {leave.split(' ', 1)[0]} letting us share her cornbread recipe.") == []


def test_families_records_consent_work_grows_linearly():
    """Doubling a text of near-misses of every new shape doubles the work of PHI003 and PHI011."""
    unit = (
        "Gracias a los Arreola por donar las mochilas. The Delgados sent donuts for our volunteers. "
        "Thanks to the driver of the route 12 bus for letting us share her tips and her recipe. "
        "Por dejarnos compartir las fotos del desfile, gracias al cartero de la calle Olmo. "
    )
    for code in ("PHI003", "PHI011"):
        assert_linear(code, unit)
