"""Round 52, recall52: four kinds of text that named a patient or the reader's care and passed.

1. A courtesy or kin title before a given name no list knows and a surname that is also a town's ("Doña <Given>
   <Town>", "Mr. <Given> <City>", "Tía <Given> <Town>"): people.py's titled reading makes them a person, where the
   same two words with no title may be a body named for its city; a county, a saint's town and a shrine stay places.
2. A Spanish nickname with its article ("el Flaco", "a la Güera le ...") in a sentence telling someone's own care
   (article_nicknames.py); a place one goes to, a street, a fighter's quoted nickname and a body named "de <Word>" pass.
3. The reader's condition told by its degree, kind or side with no disease word ("the mild loss you have", "su
   pérdida moderada", "your sugar has been running high", "usted no oye bien"): PHI002 (reader_conditions.py); a
   condition ("if you have ...", "si su azúcar ...") and education about no one pass.
4. Lexicon: "PrEP" and "PEP" are medicines; "PT" and "OT" in a reply are therapy (therapy_short.py) but not a time
   zone, a credential, a practice's name or our own department.
Every name, town and sentence here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import article_nicknames as nick_module
from playbook.rules.privacy import reader_conditions as conditions_module
from playbook.rules.privacy import therapy_short as short_module
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.people import people

from tests.rules.harness import PLANS, hits, post, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
KNOWN = Known.of(PLANS)


def _post_privacy(text: str) -> list:
    item = post(text)
    return [h for code in ("PHI003", "PHI011", "PHI016") for h in hits(code, item)]


def _reply_privacy(text: str) -> list:
    item = response(text)
    return hits("PHI001", item) + hits("PHI002", item)


# --- 1. a courtesy title before a given name and a town's name ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Doña Chuchi Toledo ya salió de su diálisis, ¡qué gusto verla!",
        "Ayer Doña Pirri Toledo nos trajo tamales después de su diálisis.",
        "Don Beto Madrid ya se siente mejor tras su quimio.",
        "Sra. Chonita Granada, qué gusto verla otra vez en su terapia.",
        "La abuela Nena Toledo ya terminó sus quimios.",
        "Tía Meche Laredo ya tiene su DIU nuevo.",
        "Miss Juno Denver finished her last round of chemo!",
        "Uncle Tavo Austin finally got his new knee.",
        "Grandpa Chuy Houston is walking again after his hip surgery!",
    ],
)
def test_a_courtesy_title_before_a_given_name_and_a_town_names_someone(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Saludos a Doña Ana County, our neighbors to the north.",
        "Doña Ana County residents: free flu shots this Saturday.",
        "Misa y feria de salud en San José este domingo.",
        "Peregrinación a Señora de Guadalupe: llevaremos agua y toma de presión.",
        "La parroquia Señora de Guadalupe tendrá vacunas el domingo.",
        "Safe Kids Chicago is hosting a car seat check this Saturday.",
    ],
)
def test_a_county_a_saints_town_or_a_shrine_stays_a_place(text):
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Doña", "Don", "Sra.", "Mrs.", "Mr.", "Tía", "Abuela"]),
    st.sampled_from(["Chuchi", "Pirri", "Tavo", "Juno", "Cuquis"]),
    st.sampled_from(["Toledo", "Madrid", "Laredo", "Denver", "Austin"]),
    st.sampled_from(["ya terminó su diálisis.", "finished chemo today!", "ya salió de su cirugía de rodilla.", "is back home after her surgery."]),
)
def test_a_grid_of_titled_names_with_a_town(title, given_name, town, care):
    assert hits("PHI003", post(f"{title} {given_name} {town} {care}"))


# --- 2. a nickname with its article, with care told -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "El Chivo ya terminó sus quimios, ¡felicidades compadre!",
        "Felicidades al Chivo, que ya terminó sus quimios.",
        "Hoy a la Güera le quitaron los puntos 🎉",
        "La Güera ya salió de su cirugía.",
        "el Flaco ya camina sin bastón.",
        "Ya salió el Flaco de su operación.",
        "Al Chino le pusieron el yeso ayer.",
        "El Pelón ya terminó sus radiaciones, ¡qué orgullo!",
        "Mi compa el Tigre ya está en casa después de su diálisis.",
        "La Chaparrita ya tiene sus frenos nuevos.",
        "Le quitaron el yeso a la Beba hoy.",
        "El nieto del Chivo ya terminó su terapia física.",
        "Big news: el Chivo finished chemo today!",
        "El Güero ya terminó su PEP.",
    ],
)
def test_a_nickname_with_its_article_and_care_names_someone(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "La Feria de Salud trae vacunas gratis este sábado.",
        "El Centro de Salud ofrece diálisis los sábados.",
        "El Paso tiene nuevas clínicas de diálisis.",
        "Después de su cirugía fue a la Pulga a comprar fruta.",
        "Ya terminó su tratamiento y fue a celebrar al Zócalo.",
        'El boxeador Toño "El Relámpago" Quezada habló ante la prensa de su cirugía de hombro.',
        "Le subieron la dosis del Ozempic a la mayoría de los pacientes en el estudio nacional.",
        "Gracias al Tecnológico por la feria de vacunas.",
        "Mañana en la Alameda: vacunas y chequeos de presión.",
    ],
)
def test_a_place_a_body_or_a_fighters_nickname_passes(text):
    assert [p for p in people(text, KNOWN) if p.how == "a nickname with its article"] == []


@FUZZ
@given(
    st.sampled_from(["El Flaco", "La Güera", "El Chivo", "La Chata", "El Pelón"]),
    st.sampled_from(["ya terminó sus quimios.", "ya salió de su cirugía.", "ya tiene sus frenos nuevos.", "ya terminó su terapia."]),
)
def test_a_grid_of_nicknames_with_care(nickname, care):
    assert hits("PHI003", post(f"{nickname} {care}"))


# --- 3. the reader's condition by its degree, kind or side -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sorry the new aids whistle so much. Given the mild loss you have, a closed fit may work better.",
        "Given the moderate loss in your left ear, we'd like to try a different fit.",
        "With your kind of loss, background noise is always tough. Call us.",
        "Because of the weakness on your right side, we'll bring the wheelchair to the door.",
        "The ringing you get at night is worth a call to us.",
        "Since you're hard of hearing, we'll text you instead.",
        "Your colorblindness made the chart hard to read, sorry!",
        "Your sugar has been running high, so please call us.",
        "Lamentamos lo del pitido. Con la pérdida que usted tiene del lado derecho, otro molde puede servir mejor.",
        "Con el tipo de pérdida que tiene, el ruido siempre es difícil.",
        "Su pérdida moderada hace difícil oír en la recepción, lo sentimos.",
        "El zumbido que le da en las noches no es normal; llámenos.",
        "Como usted no oye bien, le mandaremos mensaje.",
        "Su azúcar ha estado alta, llámenos por favor.",
        "Tu presión anda alta, cuídate mucho.",
    ],
)
def test_the_readers_condition_by_degree_kind_or_side_is_refused(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "High-frequency loss is common after 60; we're happy to talk about options.",
        "Anyone who is hard of hearing can ask for captioned calls at our desk.",
        "People with low vision can ask us for large-print forms anytime.",
        "Si su azúcar anda alta, llámenos antes de venir.",
        "We know the pressure you're under at work, and we're sorry the wait made it worse.",
        "No se ve bien que lo hayamos hecho esperar; lo sentimos.",
        "Lamentamos que no nos oyera bien por teléfono; llámenos de nuevo.",
        "We're sorry the phone line was hard to hear. Please call us back.",
    ],
)
def test_education_a_condition_and_everyday_words_pass(text):
    assert hits("PHI002", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["the mild loss you have", "your high-frequency loss", "the numbness in your feet", "la pérdida que usted tiene", "su pérdida leve"]),
    st.sampled_from(["We're sorry; {}", "Con {} lo entendemos."]),
)
def test_a_grid_of_reader_conditions(condition, frame):
    assert hits("PHI002", response(frame.format(condition)))


# --- 4. PrEP, PEP, PT, OT -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So glad you started PrEP with us!",
        "Sorry the PEP took so long to get started.",
        "Sorry PT ran late on Tuesday.",
        "So glad OT has been helping with buttons and zippers.",
        "Lamentamos que la PT del lunes empezara tarde.",
    ],
)
def test_the_readers_prep_pep_pt_or_ot_is_refused(text):
    assert _reply_privacy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bendiciones from all of us at Valley Motion PT!",
        "Thanks so much from all of us at Riverside PT & OT!",
        "Our phones are open 8 to 5 PT, Monday to Friday. So sorry for the wait.",
        "We're glad our PT team made you feel welcome!",
        "Thanks for the great review! We hope to see you at our free PT screening day in May.",
    ],
)
def test_a_time_zone_a_practice_or_our_department_passes(text):
    assert hits("PHI002", response(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The only barber on Cedar Street just started PrEP with us. Proud of you, man!",
        "El Güero de la tortillería ya empezó PrEP con nosotros.",
    ],
)
def test_prep_in_a_post_about_one_person_is_refused(text):
    assert _post_privacy(text)


@pytest.mark.parametrize(
    "text",
    [
        "PrEP is one pill a day that keeps HIV away. Our clinicians can tell you whether it fits you.",
        "PEP must start within 72 hours of an exposure. Call us right away.",
        "Pep rally this Friday! Our team will be there with free water.",
        "PT and OT are now open on Saturdays!",
    ],
)
def test_education_about_prep_pep_pt_passes_in_a_post(text):
    assert _post_privacy(text) == []


# --- linearity ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "a la Guera le quitaron los puntos. el Flaco ya camina. fue a la Pulga. del Chivo de la Kedzie. ",
        "el el la la al del El La ",
    ],
)
def test_the_nickname_reading_stays_linear(unit):
    assert grows_linearly(nick_module, lambda count: list(nick_module.article_nicknames(unit * count, KNOWN)))


@pytest.mark.parametrize(
    "unit",
    [
        "the mild loss you have in your left ear; su perdida moderada que usted tiene. your sugar has been running high. ",
        "the the your your la la su su loss loss perdida que que you you ",
    ],
)
def test_the_condition_reading_stays_linear(unit):
    assert grows_linearly(conditions_module, lambda count: list(conditions_module.reader_conditions(unit * count)))


def test_the_therapy_reading_stays_linear():
    unit = "Sorry PT ran late. 8 to 5 PT. at Valley PT & OT. our PT team. "
    assert grows_linearly(short_module, lambda count: list(short_module.therapy_short(unit * count)))
