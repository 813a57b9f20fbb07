"""Round 63's review: a reviewing helper read the round's readings against the code; each finding is a row.

- "The <care> team" in a reply hid its care word beside the reader ("The IVF team is so thrilled for you!"): only "the
  rest of the" or "the whole" team is ours, and only where its sentence speaks to no one.
- "La Casa de Don <Name>" read as a stand: a home's word is his, and care around a stand named "la <Kind> de" keeps it his.
- Worker nouns told by their day read staff and vendors as patients: a worker is a patient only with care told with
  them ("with the cut", "after a fall"), never "our" worker; a long description needs care too (a crowd thanked is no one).
- Word given names before a word no list holds read recipes and classes as people ("ginger-smoothie-for-nausea"): only a
  link or a file name telling one person's story (a win, an age, a stage, the bell, a survivor) counts.
- "New knee", "new shoulder", "new lenses" name clinics and frames too: only the new valve stays a procedure.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! The chemo team will call you on Monday.",
        "The IVF team is so thrilled for you!",
        "Thanks so much! The whole addiction recovery team is proud of you.",
        "Thank you! We passed this along to the rest of the chemo team, and they'll see you next cycle.",
    ],
)
def test_a_care_team_beside_the_reader_keeps_its_care_word(text):
    assert hits("PHI002", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Our infusion team appreciates your trust.",
        "Our dialysis team wishes you and your family a happy holiday season.",
        "¡Gracias! Nuestro equipo de oncología le agradece su confianza.",
        "Thanks for noticing the fresh paint in our new shoulder clinic space!",
        "Our optical team loves helping people find new lenses and frames.",
    ],
)
def test_a_team_of_ours_thanking_the_reader_passes(text):
    assert hits("PHI002", response(text, scenario="positive-review")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nuestra enfermera visitó la Casa de Don Beto el martes. Su herida ya está sanando.",
        "Después de su cirugía de cadera, mandamos flores a la Casa de Doña Lupe.",
        "Tras su derrame cerebral, el Rancho de Don Beto lo recibió con una fiesta.",
    ],
)
def test_a_home_named_for_its_owner_beside_care_is_his(text):
    assert hits("PHI003", post(text))


_STAFF = ("Sam Patel", "Taylor Brooks", "Jordan Lee")


@pytest.mark.parametrize(
    "text",
    [
        "Happy 10-year anniversary to Sam Patel, our favorite employee, who arrived at Riverbend on March 1, 2017 and never looked back!",
        "Staff spotlight: Taylor Brooks, our longest-serving employee, who came to us on June 1, 2009 as a front desk clerk.",
        "Welcome to Jordan Lee, our newest employee, who arrived from Chicago on January 4 to join our front desk.",
        "Gracias a nuestro compañero Jordan, que llegó de Houston el 4 de enero para unirse a recepción.",
        "Huge thanks to the delivery driver who came through the snow on Monday, January 11 so our clinic could open on time.",
        "Thank you to the employee from Riverbend Electric who came out on Sunday, Feb 7 to restore power to our vaccine fridge.",
        "A big thank-you to the woman behind Rosa's Bakery and the whole Riverbend Lions Club who came out on Saturday, March 6 for our health fair.",
    ],
)
def test_staff_vendors_and_crowds_by_their_day_are_no_patient(text):
    assert hits("PHI008", post(text), plans=with_staff(*_STAFF)) == []


@pytest.mark.parametrize(
    "text",
    [
        "To the roofer who came in Tuesday, March 9 after a fall: your brace is ready.",
        "The driver who came in on 10/14 with the back strain left his gloves at the front desk.",
    ],
)
def test_a_worker_told_by_his_day_and_his_care_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "slug",
    [
        "ginger-smoothie-for-nausea",
        "sage-smoothie-arthritis",
        "royal-pilates-for-back-pain",
        "faith-podcast-episode-12-depression",
    ],
)
def test_a_recipe_or_a_class_link_is_no_one(slug):
    assert hits("PHI003", post(f"New handout: https://www.example-ortho.test/resources/{slug}")) == []
