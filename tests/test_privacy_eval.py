"""The detectors on text nobody here wrote: tests/eval/privacy, measured by scripts/eval_privacy.

A leak counts only when a rule of its own family reports an error on it (a reply stopped for
lacking a contact route would be fixed and published with the disclosure intact).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from tests.conftest import PATTERNS_VAR, REPO, eval_module

# libyaml's safe loader where pyyaml has it (8x faster on the corpus), the pure-Python one otherwise
FAST_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# The corpus's cases in this many pieces, each a test of its own: xdist's workers share them out, and the
# summary's tests read them all (checking some 21,000 cases is minutes of work, the suite's largest)
PIECES = 24


class Pieces:
    """The corpus's pieces, each checked once per test session by whichever worker asks for it first.

    A worker that finds a piece it asks for being checked by another checks the pieces nobody holds in
    the meantime, and then waits: no worker idles while there is a piece to check. A piece whose worker
    died is checked by the next one to find it missing (its lock died with it)."""

    def __init__(self, shared: Path):
        self.shared = shared
        self.module = eval_module()
        self.cases = self.module.load_cases([self.module.DEFAULT_CORPUS])
        self.cut = self.module.pieces(self.cases, PIECES)

    def outcomes(self, index: int) -> list[dict]:
        found = self._take(index, wait=False)
        if found is None:
            for other in range(len(self.cut)):
                if not (self.shared / f"piece-{other}.json").is_file():
                    self._take(other, wait=False)
            found = self._take(index, wait=True)
        return found

    def _take(self, index: int, wait: bool) -> list[dict] | None:
        """The piece's outcomes, checked here unless another worker has; None if another holds it and we may not wait."""
        from filelock import FileLock, Timeout

        record = self.shared / f"piece-{index}.json"
        try:
            with FileLock(str(record) + ".lock", timeout=-1 if wait else 0):
                if not record.is_file():
                    with pytest.MonkeyPatch.context() as patch:
                        patch.setenv("PLAYBOOK_WORKERS", "1")  # the check forks no workers of its own: the suite's workers fill the cores
                        # and compiles without the session's pattern store: each of the corpus's thousands of teams adds its
                        # names' patterns, so every practice would read and write the whole store (a sixth more time)
                        patch.delenv(PATTERNS_VAR, raising=False)
                        results = [_outcome(r) for r in self.module.check_piece(self.cut[index])]
                    partial = record.with_suffix(".partial")
                    partial.write_text(json.dumps(results), encoding="utf-8")
                    partial.replace(record)  # whole or absent, even if this worker dies while writing
                return json.loads(record.read_text(encoding="utf-8"))
        except Timeout:
            return None


@pytest.fixture(scope="module")
def pieces(tmp_path_factory) -> Pieces:
    base = tmp_path_factory.getbasetemp()
    shared = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "privacy-eval"
    shared.mkdir(exist_ok=True)
    return Pieces(shared)


@pytest.mark.parametrize("index", range(PIECES))
def test_each_piece_of_the_corpus_reaches_the_rules_as_authors_files(pieces, index):
    results = pieces.outcomes(index)
    assert len(results) == len(pieces.cut[index])
    assert not [r["source"] for r in results if r["parse_errors"]]  # the harness wrote each case as an author would


def test_a_case_has_the_same_number_in_any_cut_of_the_corpus(pieces):
    """Its number names its file and its date, so a piece checks each of its cases as the whole run does."""
    whole = {case["source"]: number for piece in pieces.module.pieces(pieces.cases, 1) for number, case in piece}
    assert len(whole) == len(pieces.cases)
    for count in (2, 7, PIECES):
        cut = pieces.module.pieces(pieces.cases, count)
        assert len(cut) == count and all(cut)
        assert {case["source"]: number for piece in cut for number, case in piece} == whole


@pytest.fixture(scope="module")
def summary(pieces):
    """The corpus's rates, from every piece's outcomes."""
    results = [result for index in range(len(pieces.cut)) for result in pieces.outcomes(index)]
    assert len(pieces.cases) >= 400
    assert sorted(r["source"] for r in results) == sorted(case["source"] for case in pieces.cases)
    return pieces.module.summarise(results)


def _outcome(result: dict) -> dict:
    """What summarise reads of a case's result, as JSON: its labels and the codes that fired."""
    codes = {key: [f.code for f in result[key]] for key in ("fired", "other", "parse_errors")}
    return {key: result[key] for key in ("source", "label", "kind") if key in result} | {"lang": result.get("lang", "en")} | codes


def test_the_corpus_is_large_varied_and_bilingual(summary):
    counts = summary["counts"]
    assert counts["privacy"][1] >= 200 and counts["clean"][1] >= 150
    assert summary["by_lang"]["es"]["total"] >= 60
    assert summary["parse_errors"] == 0  # every case reached the rules as the file an author would write


def test_privacy_recall_is_at_least_97_percent(summary):
    assert summary["privacy_recall"] >= 0.97, summary["by_kind"]


def test_every_kind_of_leak_is_mostly_caught(summary):
    weak = {kind: row["recall"] for kind, row in summary["by_kind"].items() if row["recall"] < 0.90}
    assert not weak


def test_other_families_catch_at_least_90_percent(summary):
    assert summary["other_recall"] >= 0.90


def test_clean_texts_raise_at_most_5_percent_false_privacy_alarms(summary):
    assert summary["false_positive_rate"] <= 0.05
    assert summary["other_false_positive_rate"] <= 0.05


# --- The rules learn kinds of text, never the corpus's sentences ------------------------------
# A rule, word list, docstring or example row that repeats a writer's sentence is tuned to that
# sentence: the measurement above would then say how well we remember the corpus, not how well we
# read new text. Eight words in a row shared with a case is a copy (shorter runs are common speech).

_RUN = 8
# Runs any writer and any of us would produce on our own: placeholders and stock courtesy.
_GENERIC_RUNS = {
    # the reply template's contact placeholders, read as words
    "loved your visit leave us a review on google": "the stock ask for a review after a visit",
    "leave us a 5 star review and get": "the stock offer of a reward for a review",
    "contact name at contact phone or contact email": "placeholders only",
    "please call contact name at contact phone so we can talk privately": "placeholders and a stock invitation",
    "we d like to hear more please call contact name at contact phone": "a stock invitation and placeholders",
    "please reach contact name at contact phone so we can talk": "placeholders and a stock invitation",
    "por favor comuniquese con contact name al contact phone o escribanos a contact email": "placeholders, in Spanish",
    # stock courtesy of review replies
    "thank you for taking the time to write": "stock courtesy",
    "thank you for taking the time to share this": "stock courtesy",
    "that s not the experience we want for anyone": "stock apology",
    "frustrating and it s not the experience we want": "stock apology (an older row's; final158 wrote it too)",
    "here thank you for taking the time to": "a signature, then stock courtesy (an older row's; final159 wrote it too)",
    "we can t discuss anyone s care here": "stock privacy notice of a reply",
    "can t discuss anyone s care here but": "stock privacy notice of a reply",
    "en la inauguracion de la nueva sala de": "a ribbon cutting, as every practice says it",
    "ya le pasamos su mensaje a la dra": "a review passed on to the doctor, as every reply says it",
    "a rapid strep test takes about 10 minutes": "a stock fact of a strep test",
    "por privacidad no comentamos ningun caso en publico": "stock privacy notice of a reply, in Spanish",
    "made a difference for you we d be": "stock thanks before an invitation",
    "we re sorry to read this please call": "stock apology and invitation",
    "call 911 or go to the nearest er": "the stock emergency line of every health notice",
    "please call 911 or go to the nearest": "the stock emergency line, asked politely (a privacy test row had it before final129 was written)",
    "para todos a partir de los 6 meses": "the stock line of every flu season, in Spanish (a privacy test row had it before final131 was written)",
    "joined us to cut the ribbon on our": "a ribbon cutting, as every practice says it",
    "us to cut the ribbon on our new": "a ribbon cutting, as every practice says it",
    "for cutting the ribbon on our new dental": "a ribbon cutting, as every practice says it",
    "cutting the ribbon on our new dental wing": "a ribbon cutting, as every practice says it (a privacy test row had it before final145 was written)",
    "would like to talk with you personally please": "a stock invitation of a reply",
    "like to talk with you personally please call": "a stock invitation of a reply",
    "we re sorry and we d like to understand what happened please": "stock apology",
    "like to understand what happened please reach contact name at contact phone or contact email": "stock apology, invitation and placeholders",
    "please call patient relations at 1 555 0100 or": "a stock invitation with the fictional practice line every writer was given",
    "at 1 555 0100 or write to care example": "the fictional practice line and e-mail every writer was given, joined by 'or write to' (in a test before final19 was written)",
    "discuss anyone s care in public but we": "the stock refusal to discuss care in public (in our tests before final10 was written)",
    "you for taking the time to write we": "stock courtesy (in a negatives test before final17 was written)",
    "keep us from discussing anyone s care online": "the stock privacy refusal (in a stance test before final15 was written)",
    "so grateful you took the time to write": "stock courtesy (in a stance comment and test before final83 was written)",
    "normal menos de 120 80 elevada 120 129 menos de 80": "the published blood-pressure categories, in Spanish (a test row had them before final12 was written)",
    "it s not the experience we want for anyone": "a stock apology clause (a negatives test row had it before final20 was written)",
    "you for taking the time to share your": "a stock thank-you (a privacy test row had it before final22 was written)",
    "review and show it at the front desk": "a stock incentive's wording (an honesty test row had it before final22 was written)",
    "d like to understand what happened please reach": "a stock apology and invitation (negatives test rows had it before final23 was written)",
    "le aplicamos el descuento por pago en efectivo": "a stock cash-discount sentence (a stance test row had it before final23 was written)",
    "mil gracias por tomarse el tiempo de escribirnos": "a stock Spanish thank-you (a privacy test row had it before final24 was written)",
    "anos con nosotros le dicen la reina del": "a long-serving member's nickname, as staff spotlights give it (a privacy test row had it before final155 was written)",
    "like to hear more please call our office manager": "a stock invitation to the office manager (a roles test row had it before final28 was written)",
    "del 1 al 10 si nos da 9 o 10": "a score funnel's stock wording, in Spanish (an honesty test row had it before final25 was written)",
    "privacy rules keep us from discussing anyone s care": "the stock privacy refusal (in a stance test before final27 was written)",
    "to protect everyone s privacy we don t": "the stock privacy refusal's opening (an enforcement test row had it before final26 was written)",
    "hoy se lo vamos a leer en la junta": "a stock promise to read praise aloud at the staff meeting (a privacy test row had it before final149 was written)",
    "de 12 a 3 en el gimnasio de la escuela": "an event's hours and place in Spanish (a privacy test row had it before final149 was written)",
    "4 o 5 aqui esta el enlace para": "a score funnel's stock wording, in Spanish (an honesty test row had it before final151 was written)",
    "we ll pass your note along to the": "a stock promise to share praise with the team (a negatives test row had it before final153 was written)",
    "in a public space but we do want to": "a stock refusal to discuss details in public (a privacy test row had it before final154 was written)",
}


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", folded)


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


def _corpus_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for path in sorted((REPO / "tests" / "eval" / "privacy").glob("*.yml")):
        for case in yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_YAML) or []:
            if isinstance(case, dict) and "text" in case:
                for run in _runs(_words(str(case["text"]))):
                    runs.setdefault(run, f"{path.name}:{case.get('id')}")
    return runs


def _our_files() -> list[Path]:
    hooks, tests = REPO / "hooks", REPO / "tests"
    lexicon_data = hooks / "playbook" / "lexicon" / "data"
    ours = [p for p in [*hooks.rglob("*.py"), *hooks.rglob("*.yml")] if not p.is_relative_to(lexicon_data)]
    ours += [p for p in tests.rglob("*.py") if not p.is_relative_to(tests / "eval")]
    return sorted(ours)


def test_no_rule_test_or_doc_repeats_eight_words_of_a_corpus_case():
    corpus = _corpus_runs()
    allowed = set().union(*(_runs(_words(phrase)) for phrase in _GENERIC_RUNS))
    copies = []
    for path in _our_files():
        shared = (_runs(_words(path.read_text(encoding="utf-8", errors="ignore"))) & corpus.keys()) - allowed
        copies += [f"{path.relative_to(REPO)}: '{' '.join(run)}' <- {corpus[run]}" for run in sorted(shared)]
    assert not copies, f"{len(copies)} runs copied from the corpus; say the kind in words of your own:\n" + "\n".join(copies)


def test_the_copy_check_sees_a_copy_and_folds_accents_and_case():
    case = "Le mandamos la CUENTA a la calle Álamo 12, colonia Centro, el martes"
    assert _runs(_words(case)) & _runs(_words("cuenta a la calle alamo 12 colonia centro el"))
    assert not _runs(_words(case)) & _runs(_words("la cuenta a otra calle alamo 12 colonia centro"))
    assert all(len(_words(phrase)) >= _RUN for phrase in _GENERIC_RUNS)  # each allowance is a whole run


@pytest.mark.parametrize(
    ("published", "template"),
    [
        ("Hi Marisela, we're sorry to hear this.", "Hi {{ reviewer }}, we're sorry to hear this."),
        ("Estimada Sra. Quiroga: lamentamos la espera.", "Estimada {{ reviewer }}: lamentamos la espera."),
        ("¡Mil gracias por sus palabras, Don Teófilo! Saludos.", "¡Mil gracias por sus palabras, {{ reviewer }}! Saludos."),
        ("Dear brother Idris, thank you.", "Dear {{ reviewer }}, thank you."),
        ("Hola Sra. Ledezma 👋 ya quedó.", "Hola {{ reviewer }} 👋 ya quedó."),
        ("Renata, thank you for writing.", "{{ reviewer }}, thank you for writing."),
        ("Thanks a million, Sr. Benítez! Saludos.", "Thanks a million, {{ reviewer }}! Saludos."),
        ("Don Chuy — ¡gracias por venir!", "{{ reviewer }} — ¡gracias por venir!"),
        ("Sra. Villalobos, sentimos mucho la demora.", "{{ reviewer }}, sentimos mucho la demora."),
        ("Mr. Haddad: we hear you.", "{{ reviewer }}: we hear you."),
        ("Odalys, we're truly sorry about this.", "{{ reviewer }}, we're truly sorry about this."),
    ],
)
def test_a_reply_greets_its_reader_as_the_template_holds_it(published, template):
    assert eval_module().as_template(published, []) == template


@pytest.mark.parametrize(
    "text",
    [
        "hi jorge sorry sorry!! we moved it",  # no capital: not read as a greeting of a name
        "Thank you for the kind words! Maribel in billing says hi.",  # a name later in the reply stays
        "We're sorry. Call us, Monday to Friday.",  # no thanks before the vocative
        "Renata, our front desk lead, thanks you.",  # a name, then no thanks straight after
        "Friday, we open late.",  # a bare word before a comma and no apology
    ],
)
def test_what_is_not_an_opening_greeting_stays(text):
    assert eval_module().as_template(text, []) == text


def test_a_team_member_greeted_stays_literal():
    assert eval_module().as_template("Thanks, Lupe Ortiz! Great teamwork.", ["Lupe Ortiz"]) == "Thanks, Lupe Ortiz! Great teamwork."
