"""Round 89: what a set of Washington, Michigan, Virginia, West Virginia, New Hampshire, New York, Pennsylvania, Maryland,
North Dakota, Nebraska and Maine posts showed.

- A birthday wish to a child by name, her care told in the next sentence with its subject left out, as Spanish leaves it
  ("... a nuestra valiente <Name>! Hace un año venía ... por el asma"), named no one tied to care: only a pronoun, a
  verb said to "tú" or a preterite carried a name's reading into the next sentence. A birthday wish speaks to its one
  person as a call does (care_tie._WISHED), and "valiente" before a name makes it a person's, as "brave" does.
- A state's Medicaid programme by its own name ("MaineCare") in a reply was no payer: the payers list held a handful of
  states' programmes.
- A resident of our memory care program was in no care: "memory care" was no word of care. And the local paper's
  sports editor was no role a handful of people hold.
- A clinician named just before a clitic's passing of the review ("La Dra. <Name> se emocionó cuando le leímos su
  mensaje") was the reader's clinician: only a member named before it was read as its "le" (round 87).
- "Urgent" ends a run of capitalised words as a business's kind ("<Big> <Elk> Urgent Care" was a nickname, "Big <Name>").
- Our own site moving ("Our <Town> site moves to <address>") was a household's address: "site" was no word of our place.
- An assemblywoman named at a booth of ours was read as a patient: the state assembly's titles were no public office.
- An event's coordinator named in the sentence of its sponsors was tied to care by a sponsor's name ("patrocinan <Name>
  Urgent Care"): a sponsor named by its kind of care is a business, no one's care (care_tie._SPONSOR).

Round 90 (held back, read after the readings above):
- A reply that kept the reader's own weekday and hour ("su sábado de las 8 quedó apartado") passed: "su" before a day
  was not the reader's, though "your Saturday" was (confirms._YOUR_SLOT).
- A member's own years in the job ("she's been a wound care nurse for 15 years", "he's been our diabetes educator for
  nine years") read as the reader's time with us and the reader's care (staff_groups.tenures).
- A musician called a "blues man", in two words, was no public role ("bluesman" was).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import passed_on, stage_names

from tests.rules.harness import errors, hits, post, praise, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz cumpleaños a Renata! Hace dos inviernos pasaba más tiempo con el nebulizador que en el recreo.",
        "¡Muy feliz cumple a nuestra valiente Itzayana! El año pasado venía cada mes por sus alergias.",
        "Happy 7th birthday to Florencio! Last spring came in every other week for allergy shots, now just twice a year.",
        "¡Feliz cumpleaños número 4 al pequeño Dorian! Llegó a la clínica con bronquiolitis en su primer invierno.",
    ],
)
def test_a_birthday_wish_reads_the_next_sentence_as_the_childs(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz cumpleaños a Renata, de recepción! Recuerden: la clínica cierra el lunes.",
        "Happy birthday to our town's library, 100 years old today! Flu shots are at the fire hall on Friday.",
    ],
)
def test_a_birthday_wish_with_no_care_of_the_one_named_stays_untied(text):
    assert not errors("PHI003", post(text), plans=with_staff("Renata Solís"))


@pytest.mark.parametrize(
    "text",
    [
        "Hola, su tarjeta de MaineCare salió inactiva cuando la pasamos; llame a la oficina para arreglarlo.",
        "Hi there, your HUSKY Health card came back inactive at the desk. Please call us.",
        "Gracias. Su KanCare ya quedó registrado en su expediente.",
    ],
)
def test_a_states_medicaid_programme_in_a_reply_is_a_payer(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "The retired Clarion Ledger sports editor now lives in our memory care wing and leads Friday music hour.",
        "The longtime columnist at the Valley Courier moved into our memory care unit this fall, and he still reads the paper daily.",
    ],
)
def test_the_papers_own_editor_in_our_memory_care_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our memory care team hosts a caregiver night on Tuesday; bring questions.",
        "Memory care tours run every Saturday morning. Call the front desk to book one.",
    ],
)
def test_memory_care_offered_to_everyone_names_no_one(text):
    assert not hits("PHI011", post(text)) and not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué bonito! El Dr. Arriaga se emocionó cuando le leímos su reseña en la junta.",
        "Mil gracias. La Dra. Ibarra se puso colorada cuando le enseñamos su mensaje.",
    ],
)
def test_a_clinician_named_before_a_clitics_passing_is_its_recipient(text):
    plans = with_staff("Dr. Tomás Arriaga", "Dra. Noemí Ibarra")
    assert not hits("PHI001", praise(text), plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        "Sentimos mucho su caída en la rampa. El Dr. Arriaga se quedó preocupado cuando le leímos su reseña.",
        "Lamentamos la larga espera. La Dra. Ibarra se apenó cuando le enseñamos su mensaje.",
        "El Dr. Arriaga atendió a su papá el martes. Le leímos su reseña.",
    ],
)
def test_a_clinician_after_the_readers_fall_or_wait_still_refuses(text):
    plans = with_staff("Dr. Tomás Arriaga", "Dra. Noemí Ibarra")
    assert hits("PHI001", response(text), plans=plans)


def test_an_urgent_care_by_its_name_is_no_nickname():
    text = "Our free sports physical night is sponsored by Big Walt Urgent Care and the Main Street bakery."
    assert not hits("PHI003", post(text))


def test_a_nickname_with_care_still_names_someone():
    assert hits("PHI003", post("Big Ezequiel finally got his cast off today after six weeks!"))


@pytest.mark.parametrize(
    "text",
    [
        "Heads up: our Harbor Road site moves to 412 Pier Street on May 3. Same phone number.",
        "Our two downtown sites close at noon Friday; the new one opens at 88 Front Street next month.",
    ],
)
def test_our_own_site_moving_is_no_household(text):
    assert not hits("PHI009", post(text))


def test_a_patients_home_after_a_site_visit_still_refuses():
    assert hits("PHI009", post("Our nurse dropped off the oxygen refill at 17 Larch Lane, where she lives with her son."))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Assemblyman Ruben Oyelaran for cutting the ribbon on our new dental wing today!",
        "Assemblymember Dana Whitcombe joined us at the farmers market booth to hand out water bottles.",
    ],
)
def test_an_assembly_member_at_our_event_is_a_public_official(text):
    assert not errors("PHI003", post(text))


def test_an_assembly_members_own_care_still_refuses():
    assert errors("PHI003", post("Assemblyman Ruben Oyelaran came in this week for his knee replacement follow-up."))


@pytest.mark.parametrize(
    "text",
    [
        "Coordina Marisol Treviño, de la parroquia; patrocinan Little Creek Urgent Care y la tortillería El Sol.",
        "Organized by Wendell Sayre of the Lions Club and sponsored by Cedar Point Urgent Care.",
    ],
)
def test_a_coordinator_beside_a_sponsor_of_cares_kind_is_untied(text):
    assert not errors("PHI003", post(text))


def test_a_name_at_an_urgent_care_not_its_sponsor_stays_tied():
    assert errors("PHI003", post("Wendell Sayre ended up at Cedar Point Urgent Care on Sunday night."))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué gusto! Su martes de las 10 ya quedó apartado, como siempre.",
        "Gracias, tu jueves a las 4 sigue en pie para la próxima.",
    ],
)
def test_the_readers_weekday_and_hour_in_a_reply_refuses(text):
    assert hits("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por escribirnos. Abrimos el sábado de las 8 a la 1 para vacunas.",
        "¡Gracias! Recuerde que el martes a las 10 hay plática de nutrición, abierta a todos.",
    ],
)
def test_a_weekday_and_hour_for_everyone_stays(text):
    assert not hits("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for writing! We'll tell Lourdes. She's been an infusion nurse for 19 years and still hums at work.",
        "So kind. Marcus will love this; he's been our patient navigator for eight years.",
    ],
)
def test_a_members_years_in_the_job_are_theirs(text):
    plans = with_staff("Lourdes Pham", "Marcus Odum")
    assert not hits("PHI001", praise(text), plans=plans) and not hits("PHI002", praise(text), plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! She's been your infusion nurse for two years and adores you.",
        "Thanks! You've been seeing our navigator for eight years.",
    ],
)
def test_the_readers_own_years_with_us_still_refuse(text):
    assert hits("PHI001", praise(text))


def test_a_blues_man_who_told_his_own_story_in_public_is_a_public_figure():
    text = "Big thanks to blues man Royce Tillery, who played our street fair and told the crowd, as he has on the radio, how loud clubs left him with tinnitus."
    assert not errors("PHI003", post(text))


def test_a_blues_mans_care_of_ours_still_refuses():
    assert errors("PHI003", post("Blues man Royce Tillery came in Tuesday for his new hearing aids."))


def test_clinicians_named_before_clitics_are_read_in_linear_work():
    plans = with_staff("Dr. Tomás Arriaga", "Dra. Noemí Ibarra")
    unit = "Mil gracias. El Dr. Arriaga y la Dra. Ibarra se emocionaron cuando les leímos su reseña. "
    assert grows_linearly(passed_on, lambda n: hits("PHI001", praise(unit * n), plans=plans))
    one_sentence = lambda n: hits("PHI001", praise("Gracias. " + "El Dr. Arriaga, " * n + "se emocionó cuando le leímos su reseña."), plans=plans)  # noqa: E731
    assert grows_linearly(passed_on, one_sentence)


def test_a_stage_title_said_again_is_read_in_linear_work():
    unit = "Gospel singer Sister Odessa Pruitt sang. Sister Odessa stayed for cake. "
    assert grows_linearly(stage_names, lambda n: hits("PHI003", post(unit * n)))
