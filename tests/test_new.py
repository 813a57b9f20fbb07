"""`playbook new post|response`: the right file, a fresh uid, never an overwrite, clear choices."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from playbook import scaffold
from playbook.cli import main
from playbook.content import PLATFORMS, SCENARIOS
from playbook.corpus import load_corpus
from playbook.model import GUIDELINES

from tests.conftest import GOOD_POST, REPO, make_project

TODAY = "2027-01-05"  # make_project's as_of; approvals are due 3 days ahead, so tests publish from 2027-01-20 on
POST_ARGS = ["--date", "2027-01-20", "--channels", "facebook,instagram", "--guideline", "personality", "--author", "jlee"]


@pytest.fixture(autouse=True)
def no_environment_defaults(monkeypatch):
    for name in ("PLAYBOOK_AUTHOR", "PLAYBOOK_TODAY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A small practice with the sample's archetypes and one existing post."""
    project = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": GOOD_POST})
    shutil.copytree(REPO / "plans" / "archetypes", project / "plans" / "archetypes")
    return project


def new(root: Path, *args: str):
    return CliRunner().invoke(main, ["new", *args, "--root", str(root)], catch_exceptions=False)


def findings_for(root: Path, rel: str) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--root", str(root), "--today", TODAY, "--format", "json"], catch_exceptions=False)
    return [f for f in json.loads(result.stdout)["findings"] if f["path"] == rel]


def above_info(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["severity"] != "info"]


# -- creating -----------------------------------------------------------------------------------
def test_new_post_writes_the_conventional_path(root):
    result = new(root, "post", "Stretch: before you shovel!", *POST_ARGS, "--time", "14:30", "--campaign", "heart-month")
    assert result.exit_code == 0, result.output
    rel = "content/posts/2027/01/20-stretch-before-you-shovel.md"
    assert result.stdout.splitlines() == [rel]
    (created,) = [p for p in load_corpus(root).posts if p.path == rel]
    assert created.title == "Stretch: before you shovel!"
    assert re.fullmatch(r"p-[0-9a-f]{8}", created.uid)
    assert created.publish.isoformat() == "2027-01-20T14:30:00-06:00"
    assert created.channels == ("facebook", "instagram")
    assert (created.guideline, created.status, created.author, created.campaign) == ("personality", "draft", "jlee", "heart-month")
    assert created.approvals == () and created.body.strip() == ""
    text = (root / rel).read_text(encoding="utf-8")
    assert "# Write the post copy below" in text  # the archetype's guidance travels with the file


def test_new_response_writes_the_conventional_path(root):
    result = new(root, "response", "Long wait at check-in", "--scenario", "wait-time", "--platforms", "google", "-p", "yelp,facebook")
    assert result.exit_code == 0, result.output
    rel = "content/responses/long-wait-at-check-in.md"
    assert result.stdout.splitlines() == [rel]
    (created,) = load_corpus(root).responses
    assert re.fullmatch(r"r-[0-9a-f]{8}", created.uid)
    assert (created.title, created.scenario, created.platforms, created.status) == ("Long wait at check-in", "wait-time", ("google", "yelp", "facebook"), "draft")
    assert "{{ contact.phone }}" in created.body  # the starter reply keeps its placeholders for the library to fill


def test_series_gives_time_channels_guideline_and_next_open_slot(tmp_path):
    root = make_project(tmp_path)  # no archetypes: the built-in ones are used
    result = new(root, "post", "Hot drinks and hydration", "--series", "wellness-wednesday", "--author", "jlee", "--today", TODAY)
    assert result.exit_code == 0, result.output
    (created,) = load_corpus(root).posts
    assert created.path == "content/posts/2027/01/13-hot-drinks-and-hydration.md"  # the open Wednesday slot
    assert (created.publish.strftime("%H:%M"), created.channels, created.guideline, created.series) == ("12:00", ("instagram",), "personality", "wellness-wednesday")


def test_author_from_the_environment(root, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_AUTHOR", "dr-okafor")
    result = new(root, "post", "From the clinic", "--date", "2027-01-20", "--channels", "x", "--guideline", "personality")
    assert result.exit_code == 0, result.output
    (created,) = [p for p in load_corpus(root).posts if p.title == "From the clinic"]
    assert created.author == "dr-okafor"


def test_default_time_without_series_is_ten(root):
    new(root, "post", "Morning note", *POST_ARGS)
    (created,) = [p for p in load_corpus(root).posts if p.title == "Morning note"]
    assert created.publish.strftime("%H:%M") == "10:00"


def test_uid_is_unique_even_against_files_the_parser_rejects(root, monkeypatch):
    broken = GOOD_POST.replace("test-0001", "p-11111111").replace("status: draft", "status: done")
    (root / "content/posts/2027/01/14-broken.md").write_text(broken, encoding="utf-8")
    (root / "content/posts/2027/01/15-taken.md").write_text(GOOD_POST.replace("test-0001", "p-00000000"), encoding="utf-8")
    tokens = iter(["00000000", "11111111", "22222222"])
    monkeypatch.setattr(scaffold.secrets, "token_hex", lambda n: next(tokens))
    assert new(root, "post", "Third try", *POST_ARGS).exit_code == 0
    (created,) = [p for p in load_corpus(root).posts if p.title == "Third try"]
    assert created.uid == "p-22222222"


def test_two_new_files_get_different_uids_and_no_duplicate_finding(root):
    new(root, "post", "One", *POST_ARGS)
    new(root, "post", "Two", *POST_ARGS)
    new(root, "response", "Three", "--scenario", "billing", "--platforms", "google")
    corpus = load_corpus(root)
    uids = [item.uid for item in (*corpus.posts, *corpus.responses)]
    assert len(uids) == len(set(uids)) == 4
    assert not [f for f in corpus.findings if f.code == "FM009"]


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Stretch before you shovel", "stretch-before-you-shovel"),
        ("Don't skip the warm-up!", "dont-skip-the-warm-up"),
        ("Café au lait & crème brûlée", "cafe-au-lait-creme-brulee"),
        ("  Heart Month: 5 ways to move  ", "heart-month-5-ways-to-move"),
        ("A very long title that keeps going well past the fifty character limit", "a-very-long-title-that-keeps-going-well-past-the"),
        ("Supercalifragilisticexpialidociousandthensomemorewordswithoutspaces", "supercalifragilisticexpialidociousandthensomemorew"),
    ],
)
def test_slugify(title, slug):
    assert scaffold.slugify(title) == slug
    assert len(slug) <= scaffold.SLUG_MAX


def test_slug_option_overrides_the_title(root):
    result = new(root, "post", "Anything at all", *POST_ARGS, "--slug", "ice-safety")
    assert result.stdout.strip() == "content/posts/2027/01/20-ice-safety.md"
    bad = new(root, "post", "Anything at all", *POST_ARGS, "--slug", "Ice Safety!")
    assert bad.exit_code == 2 and "lowercase letters, digits and single hyphens" in bad.output


def test_title_without_letters_needs_a_slug(root):
    result = new(root, "post", "😀 ✨", *POST_ARGS)
    assert result.exit_code == 2 and "--slug" in result.output


# -- never overwrite ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, rel",
    [
        (["post", "Stretch", *POST_ARGS], "content/posts/2027/01/20-stretch.md"),
        (["response", "Billing question", "--scenario", "billing", "--platforms", "google"], "content/responses/billing-question.md"),
    ],
)
def test_refuses_to_overwrite(root, args, rel):
    existing = root / rel
    existing.parent.mkdir(parents=True, exist_ok=True)
    original = b"---\ntitle: mine\n---\nHand-written text \xe2\x9c\x8d, not to be lost.\r\n"
    existing.write_bytes(original)
    result = new(root, *args)
    assert result.exit_code == 1
    assert f"{rel} already exists; nothing was written" in result.stderr
    assert result.stdout == ""
    assert existing.read_bytes() == original
    assert not [p for p in existing.parent.iterdir() if p.name.startswith(".")]  # no temporary file left behind


# -- invalid choices ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, valid",
    [
        (["post", "T", *POST_ARGS, "--channels", "tiktok"], ["facebook", "instagram", "x"]),
        (["post", "T", "--date", "2027-01-20", "--channels", "facebook", "--guideline", "fun", "--author", "jlee"], list(GUIDELINES)),
        (["post", "T", "--date", "2027-01-20", "--channels", "facebook", "--guideline", "community", "--author", "bob"], ["dr-okafor", "jlee", "mreyes"]),
        (["post", "T", *POST_ARGS, "--series", "taco-tuesday"], ["wellness-wednesday"]),
        (["post", "T", *POST_ARGS, "--campaign", "spring"], ["heart-month"]),
        (["post", "T", "--date", "2027-01-20", "--guideline", "community", "--author", "jlee"], ["facebook", "instagram", "x"]),
        (["post", "T", "--date", "2027-01-20", "--channels", "facebook", "--author", "jlee"], list(GUIDELINES)),
        (["post", "T", "--date", "2027-01-20", "--channels", "facebook", "--guideline", "community"], ["dr-okafor", "jlee", "mreyes"]),
        (["response", "T", "--scenario", "angry", "--platforms", "google"], list(SCENARIOS)),
        (["response", "T", "--scenario", "billing", "--platforms", "google,myspace"], list(PLATFORMS)),
        (["response", "T", "--platforms", "google"], list(SCENARIOS)),
        (["response", "T", "--scenario", "billing"], list(PLATFORMS)),
    ],
)
def test_invalid_or_missing_choices_list_the_valid_ones(root, args, valid):
    before = sorted(p for p in (root / "content").rglob("*"))
    result = new(root, *args)
    assert result.exit_code == 2, result.output
    listed = result.stderr.split("choose", 1)[1]
    assert all(choice in listed for choice in valid), result.stderr
    assert sorted(p for p in (root / "content").rglob("*")) == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["--date", "2027-02-30"], "'2027-02-30' is not a date"),
        (["--date", "2027-01-20", "--time", "9.30"], "'9.30' is not a time"),
        (["--status", "approved"], "Invalid value for '--status'"),
    ],
)
def test_bad_dates_times_and_statuses(root, args, message):
    result = new(root, "post", "T", "--channels", "facebook", "--guideline", "community", "--author", "jlee", *args)
    assert result.exit_code == 2 and message in result.output


def test_expert_post_needs_a_trusted_source(root):
    args = ["post", "Ankle sprains", "--date", "2027-01-25", "--channels", "facebook", "--guideline", "expert", "--author", "jlee"]
    refused = new(root, *args)
    assert refused.exit_code == 2 and "add --source https://... on a trusted domain (cdc.gov, clinic.test)" in refused.stderr
    assert new(root, *args, "--source", "https://fitness-blog.example/ankles").exit_code == 2
    made = new(root, *args, "--source", "https://www.cdc.gov/falls/")
    assert made.exit_code == 0, made.output
    assert new(root, "post", "Idea for later", *args[2:], "--status", "idea").exit_code == 0


def test_no_open_slot_asks_for_a_date(root):
    result = new(root, "post", "T", "--series", "wellness-wednesday", "--author", "jlee", "--today", TODAY)
    assert result.exit_code == 2 and "has no open slot" in result.output and "--date" in result.output


# -- the new file passes the checks as a draft --------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["post", "Stretch before you shovel", *POST_ARGS],
        [
            "post",
            "Ankle sprains: when to get checked",
            "--date",
            "2027-01-25",
            "--time",
            "09:00",
            "--channels",
            "facebook,x",
            "--guideline",
            "expert",
            "--author",
            "jlee",
            "--source",
            "https://www.cdc.gov/falls/",
        ],
        ["post", "Walk with us", "--date", "2027-01-28", "--channels", "x", "--guideline", "community", "--author", "jlee", "--status", "in-review"],
        ["response", "Question about a bill", "--scenario", "billing", "--platforms", "google,yelp"],
        ["response", "Kind words on Google", "--scenario", "positive-review", "--platforms", "google"],
        ["response", "Comment asking about symptoms", "--scenario", "medical-question-in-comments", "--platforms", "facebook"],
    ],
)
def test_new_file_passes_check_as_a_draft(root, args):
    result = new(root, *args)
    assert result.exit_code == 0, result.output
    rel = result.stdout.strip()
    assert above_info(findings_for(root, rel)) == []


def test_new_post_passes_check_in_the_sample(sample_copy):
    result = new(sample_copy, "post", "Saturday stretch", "--date", "2027-03-20", "--channels", "facebook", "--guideline", "personality", "--author", "spatel", "--today", "2027-01-20")
    assert result.exit_code == 0, result.output
    rel = result.stdout.strip()
    check = CliRunner().invoke(main, ["check", rel, "--root", str(sample_copy), "--today", "2027-01-20", "--format", "json"], catch_exceptions=False)
    assert [f for f in json.loads(check.stdout)["findings"] if f["severity"] != "info"] == []


def test_findings_of_the_new_file_are_shown(root):
    result = new(root, "post", "Late night", "--date", "2027-01-06", "--channels", "facebook", "--guideline", "community", "--author", "jlee", "--today", TODAY)
    assert result.exit_code == 0
    assert "WF001" in result.stderr  # goes out tomorrow, still a draft: the author hears it at once


# -- archetypes ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["post", "response"])
def test_shipped_archetypes_match_the_built_in_ones(kind):
    assert (REPO / "plans" / "archetypes" / f"{kind}.md").read_text(encoding="utf-8") == scaffold.DEFAULT_ARCHETYPES[kind]


@pytest.mark.parametrize(
    "archetype, message",
    [
        ("---\ntitle: {{ title | quoted }}\nuid: {{ uid }}\nowner: {{ owner }}\n---\n", "'owner' is undefined"),
        ("---\ntitle: {{ title }\n---\n", "plans/archetypes/post.md:2"),
        ("---\ntitle: {{ title | quoted }}\nuid: {{ uid }}\n---\n", "renders an invalid file"),
    ],
)
def test_a_broken_archetype_writes_nothing(root, archetype, message):
    (root / "plans/archetypes/post.md").write_text(archetype, encoding="utf-8")
    result = new(root, "post", "Stretch", *POST_ARGS)
    assert result.exit_code == 1 and message in result.output
    assert not (root / "content/posts/2027/01/20-stretch.md").exists()


def test_awkward_titles_survive_the_round_trip(root):
    title = 'Ice, "snow" & #1 tip: yes: no'
    result = new(root, "post", title, *POST_ARGS)
    assert result.exit_code == 0, result.output
    (created,) = [p for p in load_corpus(root).posts if p.path == result.stdout.strip()]
    assert created.title == title
