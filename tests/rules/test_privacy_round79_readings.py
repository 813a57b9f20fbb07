"""Round 79: what a probe of staff-written clinical words and the corpus's old misses showed missing.

- A given name that is also a word ("Kyle", "Hope", "June"), then an initial alone, with their care: in a post's sentence
  or in the next words of a file's name (lone_initial.py).
- Such a name and a surname that is also a word, their care right after, in a file's name.
- Clinical words no list held: short forms and lay names staff write (CHF, afib, hep C, fibroids, EPOC, an ablation),
  brands and drugs of abuse (Percocet, ketamine), in English and Spanish (lexicon/data/clinical_*.txt).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.lexicon import clinical

from tests.rules.harness import hits, pictured, post, response


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to Travis J. for his second week off the walker after hip surgery!",
        "Hope R. rang the bell today: her last round of chemo is done!",
        "Luz M. terminó ayer su última quimio y salió bailando.",
        "So proud of Chase T., 60 days sober as of this morning.",
    ],
)
def test_a_word_name_and_an_initial_with_care_refuse(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Will I need a referral for my MRI? Usually not: call us and we'll check.",
        "Grace M. Lutheran Church hosts our flu clinic on Saturday.",
        "Hope A. Street is closed for the parade; use the back entrance for your appointment.",
        "ROSA Y CLAVEL: así se llama la florería que nos regaló las flores para la sala de espera.",
        "Vitamin D. It matters for bones more than most people think.",
    ],
)
def test_an_initial_without_a_person_passes(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("file", ["images/Kyle_M_90_days_sober.jpg", "images/hope_r_chemo_day1.jpg", "images/Chase_T_knee_scope_wk2.jpg"])
def test_a_file_with_a_word_name_an_initial_and_care_refuses(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/Summer_B_roll_front_desk.jpg", "images/Grace_A_Chapel_health_fair.jpg"])
def test_a_file_with_a_word_name_and_a_letter_without_care_passes(file):
    assert not hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/IMG_2208_Dawn_Marsh_ketamine_session2.jpg", "images/Joy_Bishop_dexa_scan_results.jpg"])
def test_a_file_with_a_word_name_a_word_surname_and_care_refuses(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/Hope_Street_flu_clinic.jpg", "images/Grace_Church_flu_shots.jpg", "images/Summer_Camp_physicals_2027.jpg"])
def test_a_file_with_a_place_named_like_a_person_passes(file):
    assert not hits("PHI003", pictured(file))


@pytest.mark.parametrize(
    "term",
    ["CHF", "afib", "hep C", "fibroids", "palpitations", "ablation", "cardioversion", "Percocet", "ketamine", "EPOC", "insuficiencia renal", "culebrilla", "prueba de drogas"],
)
def test_staff_short_forms_and_lay_names_are_clinical(term):
    assert any(not found.common for found in clinical.find(term)), term


@pytest.mark.parametrize("word", ["echo", "port", "filling", "blues", "chf"])
def test_ambiguous_words_and_a_lower_case_acronym_are_not_clinical(word):
    assert not any(not found.common for found in clinical.find(word)), word


@pytest.mark.parametrize(
    "text",
    [
        "Keep Marisol in your prayers this week, her CHF has been giving her a hard time.",
        "Big congrats to Deanna on getting those fibroids out, back to Zumba soon!",
        "Marisol's hep C is officially cured after 12 weeks!",
        "Don Ramiro ya anda mejor de su EPOC, gracias a Dios y a sus nietos.",
    ],
)
def test_a_person_with_a_short_form_of_their_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "So glad the cardioversion went smoothly and your heart is back in rhythm!",
        "Qué bueno que la culebrilla ya no le duele, cuídese mucho.",
    ],
)
def test_a_reply_naming_the_readers_care_refuses(text):
    assert hits("PHI002", response(text))


def test_education_with_short_forms_passes():
    text = "CHF and afib often travel together. If palpitations or new swelling show up, call your care team the same day."
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Rachel's COPD is acting up again, so she's taking it slow.", "Send good thoughts to Nadia, whose CHF kept her home this week."])
def test_a_name_owning_a_capitalised_term_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Maria's Asthma Camp opens its doors Monday at the Y.", "Rosie's Diner is donating the coffee.", "Happy St. Patrick's Day from all of us!"])
def test_a_name_owning_a_named_place_passes(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Keep Deanna in your prayers, her asthma is back.", "Please keep Odalys in your prayers this week; her cancer came back."])
def test_a_name_after_a_plain_word_opening_the_sentence_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("term", ["estrenimiento", "estudio del sueno", "apnea del sueno", "piedras en el rinon", "migrana"])
def test_a_term_with_n_tilde_is_found_in_folded_text(term):
    assert any(not found.common for found in clinical.find(term)), term


@pytest.mark.parametrize("word", ["tina", "una", "ano"])
def test_a_short_word_is_no_folded_term(word):
    assert not any(not found.common for found in clinical.find(word)), word


@pytest.mark.parametrize(
    "text",
    [
        "Qué bueno que ya se le quitó el estreñimiento, cuídese mucho.",
        "So glad the walking boot is finally off and you're back on the trail!",
        "Nos alegra que las plantillas ortopédicas le estén funcionando.",
    ],
)
def test_a_reply_naming_more_of_the_readers_care_refuses(text):
    assert hits("PHI002", response(text))
