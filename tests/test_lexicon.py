"""The lexicon: clinical vocabulary and names, English and Spanish (hooks/playbook/lexicon/).

Tables of what must be found (and as what), what must not, and names; properties
fuzzed with hypothesis; the generated lists re-derived from their packages and
compared with the committed files.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.lexicon import clinical, data_files, names
from playbook.lexicon.fold import fold, phrase_key

REPO = Path(__file__).resolve().parent.parent

# --- must find -------------------------------------------------------------------------------------
# (text, the words that must be found as one match, category)
MUST_FIND = [
    # English: procedures and tests
    ("Her mammogram is on Friday.", "mammogram", "procedure"),
    ("Schedule your 3D mammogram today", "3D mammogram", "procedure"),
    ("the biopsy came back", "biopsy", "procedure"),
    ("two biopsies last year", "biopsies", "procedure"),
    ("after his colonoscopy", "colonoscopy", "procedure"),
    ("Your A1C was high", "A1C", "procedure"),
    ("an HbA1c of 7", "HbA1c", "procedure"),
    ("overdue for a Pap smear", "Pap smear", "procedure"),
    ("the ultrasound showed twins", "ultrasound", "procedure"),
    ("our IVF patients", "IVF", "procedure"),
    ("she needs a root canal", "root canal", "procedure"),
    ("a root\ncanal", "root\ncanal", "procedure"),
    ("the allergy panel results", "allergy panel", "procedure"),
    ("free depression screening", "depression screening", "procedure"),
    ("a new dental crown", "dental crown", "procedure"),
    ("after his knee replacement", "knee replacement", "procedure"),
    ("her MRI is booked", "MRI", "procedure"),
    ("an x-ray of the wrist", "x-ray", "procedure"),
    ("X ray at noon", "X ray", "procedure"),
    ("the echocardiogram", "echocardiogram", "procedure"),
    ("a flu shot clinic", "flu shot", "procedure"),
    ("during chemotherapy", "chemotherapy", "procedure"),
    ("his physical therapy sessions", "physical therapy", "procedure"),
    ("a vasectomy consult", "vasectomy", "procedure"),
    ("bloodwork on Monday", "bloodwork", "procedure"),
    ("the lipid panel", "lipid panel", "procedure"),
    ("a C-section", "C-section", "procedure"),
    ("wisdom teeth removal", "wisdom teeth removal", "procedure"),
    # English: the long tail, by morphology
    ("a cholecystectomy", "cholecystectomy", "procedure"),
    ("her rhinoplasty", "rhinoplasty", "procedure"),
    ("a sialendoscopy", "sialendoscopy", "procedure"),
    ("with pancreatitis", "pancreatitis", "condition"),
    ("hypokalemia", "hypokalemia", "condition"),
    ("his sports physical", "sports physical", "procedure"),
    ("the DOT physical", "DOT physical", "procedure"),
    # ... capitalised where a term is: a heading's words, a sentence's first, a file name's title-cased words
    ("Living With Sialadenitis", "Sialadenitis", "condition"),
    ("Sialendoscopy takes an hour.", "Sialendoscopy", "procedure"),
    ("Reyes Ana Sialendoscopy Left", "Sialendoscopy", "procedure"),
    ("our talk. Hypokalemia, explained", "Hypokalemia", "condition"),
    # English: drugs
    ("refill of lisinopril", "lisinopril", "drug"),
    ("started buprenorphine", "buprenorphine", "drug"),
    ("Metformin 500 mg", "Metformin", "drug"),
    ("she takes Ozempic", "Ozempic", "drug"),
    ("two Tylenol", "Tylenol", "drug"),
    ("on insulin", "insulin", "drug"),
    ("an aspirin a day", "aspirin", "drug"),
    ("Zoloft and Xanax", "Zoloft", "drug"),
    ("her birth control", "birth control", "drug"),
    ("atorvastatin", "atorvastatin", "drug"),
    ("the Suboxone program", "Suboxone", "drug"),
    # English: conditions
    ("managing gestational diabetes", "gestational diabetes", "condition"),
    ("type 2 diabetes", "type 2 diabetes", "condition"),
    ("her breast cancer", "breast cancer", "condition"),
    ("his heart attack", "heart attack", "condition"),
    ("high blood pressure", "high blood pressure", "condition"),
    ("pink eye again", "pink eye", "condition"),
    ("postpartum depression", "postpartum depression", "condition"),
    ("Crohn's disease", "Crohn's disease", "condition"),
    ("Crohn’s disease", "Crohn’s disease", "condition"),
    ("his schizophrenia", "schizophrenia", "condition"),
    ("fibromyalgia flare", "fibromyalgia", "condition"),
    ("a torn ACL", "torn ACL", "condition"),
    ("two hip fractures", "hip fractures", "condition"),
    ("plantar fasciitis", "plantar fasciitis", "condition"),
    ("kidney stones", "kidney stones", "condition"),
    ("her HIV status", "HIV", "condition"),
    ("sleep apnea", "sleep apnea", "condition"),
    ("a peanut allergy", "peanut allergy", "condition"),
    ("osteoporosis", "osteoporosis", "condition"),
    ("a miscarriage", "miscarriage", "condition"),
    # English: body parts and care settings
    ("his meniscus", "meniscus", "body_part"),
    ("the rotator cuff", "rotator cuff", "body_part"),
    ("in the ER", "ER", "care_setting"),
    ("three days in the ICU", "ICU", "care_setting"),
    ("went to urgent care", "urgent care", "care_setting"),
    ("moved to hospice", "hospice", "care_setting"),
    # Spanish
    ("su mamografía", "mamografía", "procedure"),
    ("la mamografia", "mamografia", "procedure"),
    ("MAMOGRAFÍA GRATIS", "MAMOGRAFÍA", "procedure"),
    ("la ecografía del bebé", "ecografía", "procedure"),
    ("una colonoscopia", "colonoscopia", "procedure"),
    ("tiene diabetes gestacional", "diabetes gestacional", "condition"),
    ("durante la quimioterapia", "quimioterapia", "procedure"),
    ("la biopsia", "biopsia", "procedure"),
    ("la biópsia", "biópsia", "procedure"),
    ("después de la operación", "operación", "procedure"),
    ("despues de la operacion", "operacion", "procedure"),
    ("un tratamiento de conducto", "tratamiento de conducto", "procedure"),
    ("la endodoncia", "endodoncia", "procedure"),
    ("análisis de sangre", "análisis de sangre", "procedure"),
    ("fecundación in vitro", "fecundación in vitro", "procedure"),
    ("su cesárea", "cesárea", "procedure"),
    ("una colecistectomía", "colecistectomía", "procedure"),
    ("la angiografía", "angiografía", "procedure"),
    ("las radiografías", "radiografías", "procedure"),
    ("prueba de embarazo", "prueba de embarazo", "procedure"),
    ("tamizaje de depresión", "tamizaje de depresión", "procedure"),
    ("su cáncer de mama", "cáncer de mama", "condition"),
    ("dos cánceres", "cánceres", "condition"),
    ("la presión alta", "presión alta", "condition"),
    ("un infarto", "infarto", "condition"),
    ("tendinitis", "tendinitis", "condition"),
    ("la neumonía", "neumonía", "condition"),
    ("úlceras", "úlceras", "condition"),
    ("los tumores", "tumores", "condition"),
    ("depresión posparto", "depresión posparto", "condition"),
    ("tiene VIH", "VIH", "condition"),
    ("esguince de tobillo", "esguince", "condition"),
    ("toma metformina", "metformina", "drug"),
    ("buprenorfina", "buprenorfina", "drug"),
    ("los antidepresivos", "antidepresivos", "drug"),
    ("la insulina", "insulina", "drug"),
    ("en urgencias", "urgencias", "care_setting"),
    ("en terapia intensiva", "terapia intensiva", "care_setting"),
    ("su rodilla", "rodilla", "body_part"),
]


@pytest.mark.parametrize("text, words, category", MUST_FIND, ids=[w for _, w, _ in MUST_FIND])
def test_must_find(text, words, category):
    found = [(text[m.start : m.end], m.category) for m in clinical.find(text)]
    assert (words, category) in found, found


def test_the_table_is_varied():
    english = [row for row in MUST_FIND if not _spanish(row[0])]
    assert len(MUST_FIND) >= 80 and len(english) >= 40 and len(MUST_FIND) - len(english) >= 30
    assert {category for _, _, category in MUST_FIND} == set(data_files.CATEGORIES)


def _spanish(text: str) -> bool:
    return any(w in text.lower().split() for w in ("la", "su", "de", "una", "un", "los", "las", "en", "tiene", "toma", "dos")) or any(c in text for c in "áéíóúñÍÓÁ")


# --- must not find ---------------------------------------------------------------------------------

MUST_NOT_FIND = [
    "Thank you for a great experience!",
    "Please stop by the front desk.",
    "Call Patient Relations at the number below.",
    "See you at the health fair on Saturday.",
    "We will get back to you as soon as we can.",
    "On the other hand, parking was easy.",
    "Our new program starts in March.",
    "Follow us on Instagram and Telegram.",
    "A diagram of the new parking garage.",
    "Photography by our volunteer team; biography on the website.",
    "Thanks for your patience with our new phone system.",
    "Congratulations to our staff on the award!",
    "Join us on March 3, 2027 at 10:00 in Riverbend Park.",
    "Meet Jordan Lee and Dr. Ada Okafor at the 5K.",
    "Hope to see you there, Grace!",
    "Happy holidays from all of us.",
    "The office is closed on Monday for the holiday.",
    "Free parking behind the building on Main Street.",
    "We love our community and our volunteers.",
    "Read the full story on our blog.",
    "el programa de la feria",
    "el sistema de citas",
    "un tema importante",
    "un drama",
    "gracias por su paciencia",
    "nos vemos en el parque el sábado",
    "hace un año que abrimos",
    "feliz año nuevo",
    "un diploma y un aroma",
    "el idioma español",
    "la fotografía del equipo y su biografía",
    "un telegrama y un crucigrama",
    "Las mamás y los papás son bienvenidos.",
    "llame a la recepción",
    "Our toss-up game night",
    "Lunges and squats at the park",
    # a name that ends like a term, capitalised inside a sentence: no term
    "Happy graduation to Adaeze and Chioma!",
    "welcome back, Ifeoma",
    "our new office in Tullahoma",
    "la familia de Eufemia y Tricia",
]


@pytest.mark.parametrize("text", MUST_NOT_FIND)
def test_must_not_find(text):
    assert [(text[m.start : m.end], m.category) for m in clinical.find(text)] == []


# Everyday words that are also clinical: found, and marked `common`, so a rule asks for context.
COMMON = [
    ("flu season is here", "flu"),
    ("sorry about your flu", "flu"),
    ("the cast party", "cast"),
    ("a crown for the winner", "crown"),
    ("the pain of parking", "pain"),
    ("la gripe", "gripe"),
    ("el dolor", "dolor"),
]


@pytest.mark.parametrize("text, word", COMMON)
def test_everyday_clinical_words_are_found_as_common(text, word):
    found = [(text[m.start : m.end], m.common) for m in clinical.find(text)]
    assert found == [(word, True)]


def test_specific_terms_are_not_common():
    for text in ("lisinopril", "mammogram", "gestational diabetes", "colecistectomía", "flu shot"):
        [match] = clinical.find(text)
        assert not match.common, text


# --- form: case, accents, Unicode, offsets ---------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    ["operación", "operacion", "OPERACIÓN", "Operación", "opera\u0301cion", "operaci\u00f3n", "OPERACION"],
)
def test_accents_and_case_do_not_matter(variant):
    [match] = clinical.find(f"tras la {variant} de ayer")
    assert match.term == "operacion"


def test_tilde_of_enye_is_kept():
    assert fold("año") == "año" and fold("AÑO") == "año" and fold("ano") == "ano"
    assert fold("Ñandú") == "ñandu"


@pytest.mark.parametrize(
    "text, words",
    [
        ("bi\u00adopsy", "bi\u00adopsy"),  # soft hyphen inside the word
        ("bio\u200bpsy", "bio\u200bpsy"),  # zero-width space
        ("\ufb01brosis", "\ufb01brosis"),  # fi ligature
        ("ＭＲＩ", "ＭＲＩ"),  # full-width letters
        ("MAMMOGRAM", "MAMMOGRAM"),
    ],
)
def test_unicode_forms(text, words):
    text = f"the {text} today"
    assert [text[m.start : m.end] for m in clinical.find(text)] == [words]


def test_acronyms_that_are_words_count_only_in_capitals():
    assert [m.term for m in clinical.find("AIDS, GERD and the ER")] == ["aids", "gerd", "er"]
    assert clinical.find("er, well, the hearing-impaired need visual aids") == []
    assert clinical.find("Er, no. Gerd and Aids came by.") == []
    # Acronyms that are no word in lower case count in any case.
    assert [m.term for m in clinical.find("ivf, Mri, a1c")] == ["ivf", "mri", "a1c"]


def test_adjacent_terms_merge_and_keep_the_most_telling_category():
    [match] = clinical.find("knee replacement surgery")
    assert (match.term, match.category) == ("knee replacement surgery", "procedure")
    [match] = clinical.find("breast cancer")
    assert match.category == "condition"
    # A comma or a sentence end keeps them apart.
    assert len(clinical.find("knee, surgery")) == 2
    assert len(clinical.find("His knee.\n\nSurgery is at noon.")) == 2


def test_phrases_need_their_words_together():
    assert [m.term for m in clinical.find("the root, the canal")] == []
    assert [m.term for m in clinical.find("root   canal")] == ["root canal"]


def test_offsets_point_into_the_text():
    text = "Café ☕ — su mamografía y la biopsia; then lisinopril.\nIVF!"
    for match in clinical.find(text):
        assert phrase_key(text[match.start : match.end]) == match.term
    assert [text[m.start : m.end] for m in clinical.find(text)] == ["mamografía", "biopsia", "lisinopril", "IVF"]


def test_contains():
    lexicon = clinical.lexicon()
    assert "lisinopril" in lexicon and "root canal" in lexicon and "quimioterapia" in lexicon
    assert "front desk" not in lexicon and "root" not in lexicon


# --- the lists -------------------------------------------------------------------------------------


def test_list_sizes():
    drugs = data_files.read("drugs.txt")
    icd = data_files.read_table("icd10cm.tsv")
    cie = data_files.read_table("cie10.tsv")
    assert len(drugs) > 5000 and len(icd) > 2500 and len(cie) > 1000
    assert len(data_files.curated_entries()) > 800
    assert len(data_files.read_table("first_names.tsv")) > 5000
    assert len(data_files.read_table("surnames.tsv")) > 15000


@pytest.mark.parametrize("word", ["armour", "kendrick", "camila", "colgate", "generics"])
def test_drug_list_leaves_out_everyday_words_and_names(word):
    assert word not in data_files.read("drugs.txt")


@pytest.mark.parametrize("word", ["aspirin", "insulin", "morphine", "lisinopril", "buprenorphine", "ozempic", "tylenol"])
def test_drug_list_keeps_real_medicines(word):
    assert word in data_files.read("drugs.txt")


@pytest.mark.parametrize("word", ["diabetes", "cancer", "pregnancy", "asthma", "fracture", "gestational", "appendicitis"])
def test_icd_list_keeps_clinical_words_even_when_common(word):
    assert word in data_files.read_table("icd10cm.tsv")


@pytest.mark.parametrize("word", ["vehicle", "merchant", "shaft", "unspecified", "encounter", "thunderstorms", "kerosene"])
def test_icd_list_leaves_out_everyday_and_bookkeeping_words(word):
    assert word not in data_files.read_table("icd10cm.tsv")


def test_curated_lists_are_well_formed():
    seen: dict[str, str] = {}
    for entry, key, category in data_files.curated_entries():
        assert key, entry
        assert category in data_files.CATEGORIES
        assert not (data_files.is_acronym(entry) and len(entry) < 2), entry
        seen.setdefault(f"{key}|{category}", entry)
    spanish = [e for name in ("clinical_es.txt",) for e in data_files.read(name) if not e.startswith("[")]
    assert len(spanish) >= 400  # several hundred Spanish forms


def test_a_curated_entry_before_a_heading_or_under_an_unknown_one_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(data_files, "DATA", tmp_path)
    (tmp_path / "bad.txt").write_text("mammogram\n")
    with pytest.raises(ValueError, match="before any"):
        data_files._sections("bad.txt")
    (tmp_path / "bad.txt").write_text("[medicine]\naspirin\n")
    with pytest.raises(ValueError, match="unknown category"):
        data_files._sections("bad.txt")


# --- speed: linear work, lazy loading, no heavy imports --------------------------------------------


def test_matching_work_grows_linearly(monkeypatch):
    """Count the phrase look-ups: doubling the text doubles them (no timing)."""
    lexicon = clinical.ClinicalLexicon()
    calls = 0

    class Counting(dict):
        def get(self, key, default=None):
            nonlocal calls
            calls += 1
            return super().get(key, default)

    lexicon._phrases = Counting(lexicon._phrases)
    paragraph = "Thanks for visiting! Her mammogram and the root canal went fine; la biopsia y la operación de rodilla también. Lisinopril, metformina, IVF and physical therapy. " * 5
    counts = []
    for copies in (10, 20, 40):
        calls = 0
        lexicon.find(paragraph * copies)
        counts.append(calls)
    assert counts[1] == 2 * counts[0] and counts[2] == 2 * counts[1]
    assert max(len(key.split(" ")) for key in lexicon._phrases) <= 6


def test_runtime_needs_none_of_the_source_packages():
    code = (
        "import sys; from playbook.lexicon import clinical, names;"
        "clinical.find('mamografía'); names.name_info('Rosa');"
        "heavy = {'wordfreq', 'simple_icd_10_cm', 'drug_named_entity_recognition', 'faker', 'names', 'english_words', 'cie'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO / "hooks")})
    assert out.stdout.strip() == "[]"


def test_nothing_loads_until_first_use():
    code = "from playbook.lexicon import clinical, names;print(clinical.lexicon.cache_info().currsize, names._names.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO / "hooks")})
    assert out.stdout.split() == ["0", "0"]


# --- fuzzing ---------------------------------------------------------------------------------------

_TERMS = sorted({key for _, key, _ in data_files.curated_entries() if not data_files.is_acronym(key)} | set(data_files.read("drugs.txt")[::97]))
_FILLER = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Cc", "Mn", "Cf", "So")), max_size=80)


@settings(max_examples=100, deadline=None)
@given(_FILLER)
def test_fuzz_matches_are_ordered_disjoint_and_consistent(text):
    previous_end = 0
    for match in clinical.find(text):
        assert previous_end <= match.start < match.end <= len(text)
        assert phrase_key(text[match.start : match.end]) == match.term
        assert match.category in data_files.CATEGORIES
        previous_end = match.end


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_TERMS), st.sampled_from(["", "Hi! ", "Gracias. ", "(", "— "]), st.sampled_from(["", ".", " today.", "!", ")"]))
def test_fuzz_a_listed_term_is_found_in_any_surroundings(term, before, after):
    text = f"{before}{term}{after}"
    spans = [(m.start, m.end) for m in clinical.find(text)]
    start = len(before)
    assert any(s <= start and start + len(term) <= e for s, e in spans), (text, spans)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_TERMS))
def test_fuzz_case_and_accents_do_not_change_a_find(term):
    upper = term.upper()
    assert [m.term for m in clinical.find(upper)] == [m.term for m in clinical.find(term)]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_fuzz_folding_is_idempotent_and_never_raises(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert names.name_info(text) is None or names.is_name(text)


# --- names -----------------------------------------------------------------------------------------

FIRST_NAMES = [
    "John",
    "Mary",
    "Jennifer",
    "Michael",
    "María",
    "Maria",
    "José",
    "Guadalupe",
    "Carlos",
    "Juan",
    "Ximena",
    "Alejandro",
    "Lucía",
    "Sofía",
    "Jesús",
    "Dolores",
    "Hope",
    "Grace",
    "Will",
    "Mark",
    "Rose",
    "Paz",
    "Luz",
    "Rosa",
    "Ángel",
    "Angel",
]
SURNAMES = ["Smith", "Johnson", "García", "Garcia", "Rodríguez", "Hernández", "Nguyen", "López", "Martínez", "Lee"]
NOT_NAMES = ["mammogram", "lisinopril", "the", "appointment", "colonoscopia", "quimioterapia", "parking"]
NAME_AND_WORD = ["Hope", "Grace", "Will", "Mark", "Rose", "Paz", "Luz", "Rosa", "Dolores", "Ángel", "Jesús", "Faith", "Joy", "Summer", "Cruz", "Pilar", "Soledad", "Mercedes"]
ONLY_NAME = ["John", "Mary", "María", "Jennifer", "Guadalupe", "Carlos", "Emma", "Sophia", "José", "Juan", "Alejandro", "Ximena", "Peter", "Laura", "Michael"]


@pytest.mark.parametrize("word", FIRST_NAMES)
def test_first_names(word):
    assert names.is_first_name(word) and names.is_name(word)


@pytest.mark.parametrize("word", SURNAMES)
def test_surnames(word):
    assert names.is_surname(word)


@pytest.mark.parametrize("word", NOT_NAMES)
def test_not_names(word):
    assert names.name_info(word) is None and not names.is_first_name(word) and not names.is_surname(word)


@pytest.mark.parametrize("word", NAME_AND_WORD)
def test_names_that_are_everyday_words(word):
    assert names.is_name_and_word(word)


@pytest.mark.parametrize("word", ONLY_NAME)
def test_names_that_are_only_names(word):
    assert names.is_name(word) and not names.is_name_and_word(word)


@pytest.mark.parametrize("word", ["Nada", "Ha", "Era", "Tierra", "Vida"])
def test_given_names_far_more_frequent_in_spanish_are_words(word):
    assert names.is_name_and_word(word)


@pytest.mark.parametrize("word", ["Maria", "Carmen", "Lupe", "Ana", "Jose", "Juan", "Pedro"])
def test_frequent_spanish_given_names_stay_names(word):
    assert names.is_first_name(word) and not names.is_name_and_word(word) and not names.is_place_name(word)


@pytest.mark.parametrize("word", ["Kenya", "Florida", "India", "Nevada", "Francia"])
def test_given_names_that_are_a_country_or_a_state_first(word):
    assert names.is_place_name(word) and names.is_first_name(word)


@pytest.mark.parametrize("word", ["Virginia", "Georgia", "Guadalupe", "Mauricio", "Dakota"])
def test_given_names_more_common_than_their_place(word):
    assert not names.is_place_name(word)


def test_name_info_says_where_a_name_is_used():
    assert names.name_info("Guadalupe").spanish and names.name_info("Jennifer").english
    assert names.name_info("  GARCÍA ").surname


# --- the generated lists match their sources -------------------------------------------------------


def test_generated_lists_match_their_maintained_sources():
    """Re-derive every generated file from the installed packages: the committed lists cannot drift."""
    spec = importlib.util.spec_from_file_location("build_lexicon", REPO / "scripts" / "build_lexicon.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    derived = build.derive()
    assert set(derived) == {"drugs.txt", "icd10cm.tsv", "cie10.tsv", "first_names.tsv", "surnames.tsv", "everyday.txt", "suffix_stop.txt", "eponyms.tsv", "languages.txt"}
    stale = [name for name, text in derived.items() if (data_files.DATA / name).read_text(encoding="utf-8") != text]
    assert stale == [], "run scripts/build_lexicon.py"
