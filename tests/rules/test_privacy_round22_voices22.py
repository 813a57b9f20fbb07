"""Round 22, voices that speak for themselves: a clinician who signs the reply he writes (PHI001, signatures.py); a public
health official's own act before the public and an author's work named by its quoted title (PHI003/PHI011, own_news.py,
care.py, work_titles.py); and, the other way, a review request made because of a top rating or a happy visit (FTC004,
review_reading.py). What passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import review_reading
from playbook.rules.privacy.signatures import signed
from playbook.rules.privacy.work_titles import without_titles

from tests.rules.harness import hits, post, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.test_privacy_qa import _steps
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

# --- a clinician signing the reply (PHI001) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_signed"),
    [
        ("Dr. Ito here. Sorry to read this.", True),
        ("Hi, this is Dr. Ito, the practice's medical director.", True),
        ("Soy la Dra. Ruiz y lamento leer esto.", True),
        ("Le escribe el Dr. Ito; llámenos cuando guste.", True),
        ("Please call us anytime.\n— Dr. Ito, Medical Director", True),
        ("Lamentamos leer esto.\n\nAtentamente,\nDra. Ruiz", True),
        ("Dr. Ito is sorry about the long afternoon.", False),
        ("Dr. Ito here, the surgeon who operated on you.", False),
        ("Soy la Dra. Ruiz, quien la atendió el lunes.", False),
        ("This is Dr. Ito's office calling back.", False),
        ("Thanks so much, Dr. Ito!", False),
    ],
)
def test_signed_reads_the_writer(text, is_signed):
    name = re.search(r"(?:Dr|Dra)\.?[ \t]+[A-Z][\w'’-]*", text)  # as PHI001 finds a clinician
    assert signed(text, name.start(), name.end()) is is_signed


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dr. Okafor here. I'm so sorry to hear this, and I can't speak to anyone's care online. Call me at {{ contact.phone }}.", False),
        ("Soy la Dra. Okafor. Siento mucho leer esto; con gusto platicamos al {{ contact.phone }}.", False),
        ("We're sorry to read this; please call {{ contact.phone }}.\n— Dr. Okafor, Medical Director", False),
        ("Hi, this is Dr. Okafor, medical director here. Please reach me at {{ contact.phone }}.", False),
        # the writer named, and still the reader's care or another clinician named: errors
        ("Dr. Okafor here. I remember seeing you on Tuesday; call {{ contact.phone }}.", True),
        ("Dr. Okafor here, the surgeon who operated on you. Please call {{ contact.phone }}.", True),
        ("Soy la Dra. Okafor, su doctora. Llámeme al {{ contact.phone }}.", True),
        ("This is Dr. Okafor. I'm sorry Dr. Whitlow kept you waiting; call {{ contact.phone }}.", True),
        ("Dr. Okafor is sorry your appointment ran so late. Call {{ contact.phone }}.", True),
    ],
)
def test_a_signature_is_no_disclosure(text, flagged):
    assert bool(hits("PHI001", response(text))) is flagged


@FUZZ
@given(
    st.sampled_from(["{n} here.", "Hi, this is {n}.", "Soy {n}.", "Le escribe {n}.", "Thank you for writing.\n— {n}"]),
    st.sampled_from(["Dr. Okafor", "Dra. Okafor", "Doctor Okafor"]),
    st.sampled_from(["We're sorry to read this; please call {{ contact.phone }}.", "Lamentamos leer esto; llame al {{ contact.phone }}."]),
)
def test_signatures_pass_in_any_frame(frame, name, body):
    text = frame.format(n=name)
    text = f"{text} {body}" if not text.startswith("Thank") else f"{body}\n{text}"
    assert hits("PHI001", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["{n} here, and I treated you last spring.", "Soy {n}, quien la operó.", "{n} saw you that morning."]),
    st.sampled_from(["Dr. Okafor", "Dra. Okafor"]),
)
def test_the_writer_who_cared_for_the_reader_stays_an_error(frame, name):
    assert hits("PHI001", response(frame.format(n=name) + " Please call {{ contact.phone }}."))


def test_signature_reading_is_linear():
    unit = "Dr. Ito here. Soy la Dra. Ruiz. Hi, this is Dr. Vale. Dr. Ito is sorry. "
    small, large = _steps("PHI001", response(unit * 15)), _steps("PHI001", response(unit * 30))
    assert large < 2.3 * small


# --- a health official's own public act, an author's work (PHI003, PHI011) -------------------------------------


@FUZZ
@given(
    st.sampled_from(
        [
            "The county health officer, {n}, got a flu shot live on Facebook this morning.",
            "The state health commissioner, {n}, rolled up a sleeve on camera today.",
            "La directora de Salud Pública de la ciudad, {n}, se vacunó en vivo en Facebook.",
            "El secretario de Salud del estado, {n}, se puso la vacuna en vivo hoy.",
        ]
    ),
    st.sampled_from(["Dr. Nolan Pierce", "Dra. Inés Robles", "Dr. Tomás Arriaga"]),
)
def test_an_official_acting_in_public_passes(frame, name):
    text = frame.format(n=name) + " We have walk-in shots all week."
    assert hits("PHI003", text) == [] and hits("PHI011", text) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "The county health officer, {n}, got a flu shot at our clinic this morning.",
            "La directora de Salud Pública, {n}, se vacunó aquí con nosotros.",
            "The county health officer, {n}, got a flu shot live on our page, with our nurses.",
        ]
    ),
    st.sampled_from(["Dr. Nolan Pierce", "Dra. Inés Robles"]),
)
def test_an_official_cared_for_by_us_stays_named(frame, name):
    assert hits("PHI003", frame.format(n=name))


@pytest.mark.parametrize(
    "text",
    [
        'The novelist Ruth Amadi read from her book "Sugar and Salt" at the branch library tonight.',
        'La autora Lucía Ferrer leyó su cuento "Mi corazón cansado" en la librería del barrio.',
        'La cantante Mireya Solís estrenó su canción "Fiebre de amor" en la feria.',
    ],
)
def test_a_works_title_is_no_care(text):
    assert hits("PHI003", text) == []


def test_without_titles_blanks_only_a_works_title():
    text = 'her book "Sugar Days" and she said "my sugar is fine"'
    blanked = without_titles(text)
    assert len(blanked) == len(text) and "Sugar Days" not in blanked and '"my sugar is fine"' in blanked


def test_a_figure_named_with_care_here_stays_named():
    assert hits("PHI003", 'La autora Lucía Ferrer, que se operó con nosotros, leyó su cuento "Mi rodilla".')


def test_official_and_title_readings_are_linear():
    unit = 'The county health officer, Dr. Pia Lund, got a shot live on Facebook. La autora Ana Gil leyó su libro "Azúcar". '
    assert_linear("PHI003", unit)


# --- a review asked because of the rating (FTC004) -------------------------------------------------------------


@FUZZ
@given(
    st.sampled_from(
        [
            "Because you rated us {s}, could you post that on {site}?",
            "Now that you've given us {s}, would you mind sharing it on {site}?",
            "Como nos calificó con {s}, ¿lo publicaría en {site}?",
            "Ya que nos dio {s}, compártalo en {site}, por favor.",
        ]
    ),
    st.sampled_from(["5 stars", "five stars", "cinco estrellas", "4 stars"]),
    st.sampled_from(["Google", "Yelp", "Facebook"]),
)
def test_a_request_made_because_of_a_top_rating_is_gating(frame, s, site):
    text = frame.format(s=s, site=site)
    assert hits("FTC004", post(text)) and hits("FTC004", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Because you loved your visit, please leave us a review on Google.",
        "Ya que quedó contenta con la atención, déjenos una reseña en Google.",
    ],
)
def test_a_happy_visit_as_the_reason_is_gating(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Would you share a few words about your experience on Google? We read every one.",
        "¿Nos comparte su opinión en Google? Leemos cada reseña.",
        "Since 1998, we've loved serving this neighborhood. Leave us a review on Google and tell us how we're doing.",
        "Thank you for the five stars! Since you asked, yes, we're open Saturdays.",
        "¡Miren cómo nos dejaron 5 estrellas esta semana! Gracias a todos.",
    ],
)
def test_a_request_of_everyone_passes(text):
    assert hits("FTC004", post(text)) == []


def test_reason_reading_is_linear():
    unit = "Because you rated us 5 stars, could you post that on Yelp? Since 1998 we've loved it here. "
    small = steps(review_reading, lambda: hits("FTC004", post(unit * 15)))
    large = steps(review_reading, lambda: hits("FTC004", post(unit * 30)))
    assert large < 2.3 * small
