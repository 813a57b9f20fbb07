"""`playbook review draft`: a reply checked against the review's own text, in English and Spanish; it writes nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.cli import main
from playbook.reviews.draft import check_draft

from tests.test_review_cli import snapshot

TODAY = dt.date(2027, 1, 20)
REVIEW_EN = "Waited two hours on Tuesday for my knee MRI. Dr. Smith never explained my ACL tear. My daughter Emma saw it all."
REVIEW_ES = "Esperé dos horas el martes para mi resonancia de rodilla y nadie me explicó la cirugía. Mi hija Lucía lo vio todo."


@pytest.fixture(scope="module")
def corpus(sample_report):
    return sample_report.corpus


def template(corpus, uid: str):
    return next(t for t in corpus.responses if t.uid == uid)


def codes(result) -> list[tuple[str, str]]:
    return [(f.code, f.message.split("'")[1] if "'" in f.message else "") for f in result.findings]


def test_an_approved_template_passes_against_a_detailed_review(corpus):
    for review in (REVIEW_EN, REVIEW_ES):
        result = check_draft(corpus, TODAY, template(corpus, "rb-resp-003"), review, reviewer="Pat K.", review=corpus.reviews.get("rv-2027-01-07"))
        assert result.findings == (), [f.text() for f in result.findings]
        assert "Pat K." in result.reply and "{{" not in result.reply and "+1 555 0100" in result.reply


def test_an_edited_english_reply_that_repeats_and_adds_is_stopped(corpus):
    edited = "We're so sorry about your knee MRI on Tuesday, Pat K.\nWe spoke with Jordan Lee and with Carla. Please call Patient Relations at +1 555 0100."
    result = check_draft(corpus, TODAY, template(corpus, "rb-resp-003"), REVIEW_EN, reviewer="Pat K.", edited=edited)
    found = codes(result)
    assert ("REV007", "knee MRI") in found and ("REV007", "Tuesday") in found
    assert ("REV008", "Carla") in found
    assert not any(quoted in ("Jordan", "Lee", "Pat", "Patient Relations") for _, quoted in found)
    assert any(code == "PHI001" for code, _ in found)  # the reply rules run on the edited text too
    assert all(f.path == "reply" for f in result.findings if f.code.startswith("REV00") and f.code in ("REV007", "REV008"))
    assert {f.line for f in result.findings if f.code == "REV007"} == {1}
    assert {f.line for f in result.findings if f.code == "REV008"} == {2}


def test_an_edited_spanish_reply_that_repeats_and_adds_is_stopped(corpus):
    edited = "Lamentamos lo de su resonancia del martes, Pat K. Esperamos que Lucía y su esposo estén bien tras la artroscopia. Llame a Patient Relations al +1 555 0100."
    result = check_draft(corpus, TODAY, template(corpus, "rb-resp-003"), REVIEW_ES, reviewer="Pat K.", edited=edited)
    found = codes(result)
    assert ("REV007", "resonancia") in found and ("REV007", "martes") in found and ("REV007", "Lucía") in found
    assert ("REV008", "artroscopia") in found


def test_template_fit_is_checked_before_posting(corpus):
    thanks = template(corpus, "rb-resp-006")
    result = check_draft(corpus, TODAY, thanks, "Awful wait.", review=corpus.reviews.get("rv-2027-01-07"))
    assert ("REV004", thanks.title) in codes(result)
    draft_template = template(corpus, "rb-resp-014")
    result = check_draft(corpus, TODAY, draft_template, "One star.", review=corpus.reviews.get("rv-2027-01-09"))
    assert any(f.code == "REV003" and f.severity.label == "error" for f in result.findings)


# --- the command --------------------------------------------------------------------------------------------


def draft(root: Path, *args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["review", "draft", *args, "--root", str(root)], input=stdin, catch_exceptions=False)


def test_draft_reads_stdin_prints_the_reply_and_writes_nothing(sample_copy):
    before = snapshot(sample_copy)
    result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--reviewer", "Pat K.", stdin=REVIEW_EN)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("We're sorry, Pat K.")
    assert "playbook review answer rv-2027-01-07 --template rb-resp-003" in result.stderr
    assert "due today" in result.stderr
    assert snapshot(sample_copy) == before
    for secret in ("Emma", "Smith", "ACL", "knee"):
        assert secret not in result.output


def test_draft_with_an_edited_reply_exits_1_and_names_the_lines(sample_copy, tmp_path):
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    reply = tmp_path / "reply.txt"
    reply.write_text("Sorry, Pat K.\nWe're sorry your knee MRI took so long.\nPlease call Patient Relations at +1 555 0100.\n", encoding="utf-8")
    before = snapshot(sample_copy)
    result = draft(sample_copy, "rv-2027-01-07", "--reviewer", "Pat K.", "--template", "rb-resp-003", "--review-file", str(review), "--reply", str(reply))
    assert result.exit_code == 1
    assert "reply:2:" in result.stderr and "REV007 Remove 'knee MRI'" in result.stderr
    assert "Do not post this reply" in result.stderr
    assert snapshot(sample_copy) == before


def test_draft_defaults_to_the_logged_template_and_needs_a_review_text(sample_copy):
    result = draft(sample_copy, "rv-2027-01-02", stdin="Rude front desk.")
    assert result.exit_code == 0, result.output
    assert draft(sample_copy, "rv-2027-01-07", stdin="Rude front desk.").exit_code == 2  # open: no template yet
    assert draft(sample_copy, "rv-2027-01-02", stdin="  \n").exit_code == 2


def test_a_review_file_where_the_build_reads_is_refused(sample_copy):
    inside = sample_copy / "plans" / "review.txt"
    inside.write_text("My knee surgery failed.", encoding="utf-8")
    result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--review-file", str(inside))
    assert result.exit_code == 2 and "inside plans/" in result.output


def test_a_review_file_git_would_keep_is_warned_about(sample_copy):
    subprocess.run(["git", "init", "-q", str(sample_copy)], check=True)
    kept = sample_copy / "notes.txt"
    kept.write_text("My knee surgery failed.", encoding="utf-8")
    result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--review-file", str(kept))
    assert "git does not ignore" in result.stderr
    ignored = sample_copy / "review.txt"  # the repository's .gitignore keeps review*.txt out
    ignored.write_text("My knee surgery failed.", encoding="utf-8")
    result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--review-file", str(ignored))
    assert "git does not ignore" not in result.stderr, result.stderr


_FILLER = set("wait sorry the a my your please call we".split())
words = st.sampled_from("knee surgery MRI Tuesday Emma daughter rodilla cirugía martes hija Lucía wait sorry the a my your please call we 3 $40 Dr. Smith".split())


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=12), st.lists(words, min_size=1, max_size=12))
def test_every_detail_is_either_repeated_or_added_never_both(corpus, review_words, reply_words):
    review, reply = " ".join(review_words), " ".join(reply_words)
    result = check_draft(corpus, TODAY, template(corpus, "rb-resp-003"), review, edited=reply)
    spots = [(f.line, f.column) for f in result.findings if f.code in ("REV007", "REV008")]
    assert len(spots) == len(set(spots))
    for f in (f for f in result.findings if f.code in ("REV007", "REV008")):
        # a passage may join two details across filler ("knee the knee"): judge its details only
        quoted = {w.lower().strip(".$") for w in f.message.split("'")[1].split()} - _FILLER
        if f.code == "REV007":  # some word of the passage is in the review
            assert any(w in review.lower() for w in quoted)
        elif f.code == "REV008":  # no word of the passage is
            assert not any(w in review.lower().split() for w in quoted)


# --- the pasted text reaches no file: not the repository, not the cache, not the site ---------------------------

TAG = "".join(("q", "x"))  # joined at run time: this file (copied with the sample) must not hold the words it looks for
CANARIES = tuple(word + TAG for word in ("zebulon", "quarrington", "kneecap", "rodilla"))
PASTED_EN = f"Zebulon{TAG} Quarrington{TAG} here. I waited three hours for my kneecap{TAG} surgery on Tuesday."
PASTED_ES = f"Soy Zebulon{TAG}. Esperé tres horas para mi cirugía de rodilla{TAG} el martes."


def files_saying(root: Path, words=CANARIES) -> list[str]:
    """Every file below `root` (the cache and the built site included; .gz files read unpacked) holding one of `words`."""
    import gzip

    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8", "replace").casefold()
        if any(word in text for word in words):
            found.append(path.relative_to(root).as_posix())
    return found


def test_pasted_review_text_reaches_no_file_in_the_repository_the_cache_or_the_site(sample_copy, monkeypatch):
    import sys

    from tests.conftest import tool_env

    monkeypatch.delenv("PLAYBOOK_NO_CACHE", raising=False)  # CI runs uncached; here the cache must exist to be searched
    runner = CliRunner()
    assert runner.invoke(main, ["check", "--root", str(sample_copy)]).exit_code == 0  # the cache is there to be written to
    assert files_saying(sample_copy / ".cache") == []
    pasted = sample_copy / "review-es.txt"  # where the README says to paste: git-ignored, outside what the build reads
    pasted.write_text(PASTED_ES, encoding="utf-8")
    reply = sample_copy.parent / "reply.txt"
    reply.write_text(f"We're sorry about your kneecap{TAG} surgery, Zebulon{TAG}.\n", encoding="utf-8")
    runs = [
        draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--reviewer", f"Zebulon{TAG} Q.", stdin=PASTED_EN),
        draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--review-file", str(pasted)),
        draft(sample_copy, "rv-2027-01-08", "--template", "rb-resp-003", "--review-file", str(pasted), "--reply", str(reply)),
    ]
    assert [r.exit_code for r in runs] == [0, 0, 1], [r.output for r in runs]
    assert runner.invoke(main, ["check", "--root", str(sample_copy)]).exit_code == 0
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(sample_copy / "mkdocs.yml"), "-d", str(sample_copy / "site")],
        cwd=sample_copy, env=tool_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-2000:]
    assert (sample_copy / "site" / "index.html").is_file() and any((sample_copy / ".cache" / "playbook").iterdir())
    assert files_saying(sample_copy) == ["review-es.txt"]  # the pasted file itself, and nothing else
    assert files_saying(sample_copy, [f"zebulon{TAG} q."]) == []  # nor the reviewer's name as typed


@pytest.mark.parametrize(
    "where, config",
    [
        ("content/review.txt", ""),
        ("plans/reviews/review.txt", ""),
        ("overrides/review.txt", ""),
        ("hooks/playbook_glue/theme/review.txt", ""),  # a theme's files are copied into the site
        ("site/review.txt", ""),
        (".cache/playbook/review.txt", ""),
        ("extra-theme/review.txt", "theme:\n  name: material\n  custom_dir: extra-theme\n"),
        ("public/review.txt", "site_dir: public\n"),
        ("my-hooks/review.txt", "hooks:\n  - my-hooks/playbook_mkdocs.py\n"),
    ],
)
def test_a_review_file_where_the_build_reads_publishes_or_caches_is_refused(sample_copy, where, config):
    if config:
        (sample_copy / "mkdocs.yml").write_text((sample_copy / "mkdocs.yml").read_text(encoding="utf-8") + config, encoding="utf-8")
    inside = sample_copy / where
    inside.parent.mkdir(parents=True, exist_ok=True)
    inside.write_text(PASTED_EN, encoding="utf-8")
    before = snapshot(sample_copy)
    folder = where.rsplit("/", 1)[0].split("/")[0]
    for option in ("--review-file", "--reply"):
        args = [option, str(inside)] + (["--review-file", str(sample_copy.parent / "elsewhere.txt")] if option == "--reply" else [])
        (sample_copy.parent / "elsewhere.txt").write_text("Long wait.", encoding="utf-8")
        result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", *args)
        assert result.exit_code == 2 and f"is inside {folder}" in result.output and option in result.output, result.output
        assert CANARIES[2] not in result.output.casefold()
    assert snapshot(sample_copy) == before


def test_a_review_file_behind_a_link_into_the_build_is_refused(sample_copy, tmp_path):
    outside = tmp_path / "pasted.txt"
    outside.write_text(PASTED_EN, encoding="utf-8")
    (sample_copy / "content" / "review.txt").symlink_to(outside)  # the build would follow the link and publish it
    result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--review-file", str(sample_copy / "content" / "review.txt"))
    assert result.exit_code == 2 and "is inside content" in result.output
    (sample_copy / "review.txt").symlink_to(sample_copy / "plans" / "practice.yml")  # a link at the top into plans/
    result = draft(sample_copy, "rv-2027-01-07", "--template", "rb-resp-003", "--review-file", str(sample_copy / "review.txt"))
    assert result.exit_code == 2 and "is inside plans" in result.output
