"""Hostile and careless files: links out of the repository, overwritten exports, private modes, uid look-alikes.

Links: FM017 (hooks/playbook/links.py) names the link, the file behind it is never
read, and the MkDocs glue drops it from the build even when the finding is ignored.
Writes: `playbook export --out` never replaces a file without --force, an unwritable
path is a message, and what the CLI writes follows the umask. Uids: FM009 treats
uids that fold to one calendar/page id (hooks/playbook/uids.py) as one.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playbook import links, uids
from playbook.check import check_project
from playbook.cli import main
from playbook.corpus import load_corpus
from playbook.feeds import build_feeds
from playbook.links import walk_repository

from tests.conftest import GOOD_POST, REPO, Link, dedent, make_project, write
from tests.glue import run_glue

SECRET = "SECRET-7f3a-not-for-the-site"
POST = "content/posts/2027/01/13-stretch.md"


def outside(tmp_path: Path) -> Path:
    """A folder beside the project, with a secret file and a secret post in it."""
    folder = tmp_path / "outside"
    write(folder / "secret.txt", f"{SECRET}\n")
    write(folder / "secret.md", GOOD_POST.replace("test-0001", "outside-0001").replace("Snow day?", f"{SECRET} Snow day?"))
    write(folder / "posts" / "leaked.md", GOOD_POST.replace("test-0001", "outside-0002"))
    return folder


def project(tmp_path: Path, files: dict) -> Path:
    plans = {k.removeprefix("plans/"): v for k, v in files.items() if k.startswith("plans/")}
    others = {k: v for k, v in files.items() if not k.startswith("plans/")}
    return make_project(tmp_path / "practice", {POST: GOOD_POST, **others}, plans)


def fm017(root: Path) -> dict[str, str]:
    report = check_project(root)
    found = {f.path: f.message for f in report.findings if f.code == "FM017"}
    for f in report.findings:
        assert SECRET not in f.message + f.hint, f"a finding quotes the file behind a link: {f.text()}"
    return found


# -- links: refused, located, never read ---------------------------------------------------------
OUT = "{outside}"  # replaced by the absolute path of the folder beside the project
REFUSED = [
    ("asset out of the repository", {"content/leak.txt": Link(f"{OUT}/secret.txt")}, "content/leak.txt", "outside the repository"),
    ("system file", {"content/passwd.txt": Link("/etc/passwd")}, "content/passwd.txt", "outside the repository"),
    ("post out of the repository", {"content/posts/2027/01/20-leak.md": Link(f"{OUT}/secret.md")}, "content/posts/2027/01/20-leak.md", "outside the repository"),
    ("folder of posts", {"content/posts/shared": Link(f"{OUT}/posts")}, "content/posts/shared", "outside the repository"),
    ("relative way out", {"content/up.txt": Link("../../outside/secret.txt")}, "content/up.txt", "outside the repository"),
    ("theme asset", {"overrides/assets/x.css": Link(f"{OUT}/secret.txt")}, "overrides/assets/x.css", "outside the repository"),
    ("plans file", {"plans/campaigns.yml": Link(f"{OUT}/secret.txt")}, "plans/campaigns.yml", "outside the repository"),
    ("the content folder", {"content": Link(OUT)}, "content", "outside the repository"),
    ("git history", {"content/history": Link("../.git"), ".git/config": f"[core]\n# {SECRET}\n"}, "content/history", "hidden folder"),
    ("hidden file", {"content/env.txt": Link("../.env"), ".env": f"TOKEN={SECRET}\n"}, "content/env.txt", "hidden folder"),
    ("broken", {"content/photo.jpg": Link("nowhere.jpg")}, "content/photo.jpg", "does not exist"),
    ("loop to itself", {"content/again": Link(".")}, "content/again", "loop"),
    ("loop to the root", {"content/root": Link("..")}, "content/root", "loop"),
    ("loop to an ancestor", {"content/a/b/up": Link("../../../content")}, "content/a/b/up", "loop"),
    ("loop through another folder", {"content/x": Link("../elsewhere"), "elsewhere/back": Link("../content"), "elsewhere/f.txt": "fine\n"}, "content/x/back", "loop"),
    ("file links in a circle", {"content/one.md": Link("two.md"), "content/two.md": Link("one.md")}, "content/one.md", "loop"),
]


@pytest.mark.parametrize("files, rel, words", [pytest.param(f, r, w, id=name) for name, f, r, w in REFUSED])
def test_refused_links_are_located_errors_and_never_read(tmp_path, files, rel, words):
    folder = outside(tmp_path)
    files = {k: Link(str(v).replace(OUT, str(folder))) if isinstance(v, Link) else v for k, v in files.items()}
    if "content" in files:  # the whole folder is the link: make_project must not write into it
        root = make_project(tmp_path / "practice")
        (root / "content" / "index.md").unlink()
        (root / "content").rmdir()
        (root / "content").symlink_to(files["content"])
    else:
        root = project(tmp_path, files)
    found = fm017(root)
    assert rel in found, found
    assert words in found[rel]
    report = check_project(root)
    assert [f for f in report.findings if f.path == rel][0].severity.name == "ERROR"
    corpus = load_corpus(root)
    assert not any(p.uid.startswith("outside-") for p in corpus.posts), "a post behind a refused link was parsed"
    assert not [f for f in report.findings if f.path.startswith(rel + "/")], "a file below a refused link was read"


def test_plans_file_behind_a_link_is_not_read(tmp_path):
    folder = outside(tmp_path)
    write(folder / "team.yml", "people:\n  - {id: intruder, name: Intruder, roles: [privacy, approver]}\n")
    root = project(tmp_path, {"plans/team.yml": Link(str(folder / "team.yml"))})
    corpus = load_corpus(root)
    assert "intruder" not in corpus.plans.team
    assert not [f for f in corpus.findings if f.code == "FM011"], "the link is reported as FM017, not as a missing file"
    assert "plans/team.yml" in fm017(root)


def test_links_inside_the_repository_are_followed_and_checked(tmp_path):
    """MkDocs publishes what an inside link points at, so the checks must read it too."""
    drafts = {"drafts/hidden-post.md": GOOD_POST.replace("test-0001", "drafts-0001").replace("title: Stretch before you shovel\n", "")}
    root = project(tmp_path, {**drafts, "content/posts/extra": Link("../../drafts"), "brand/logo.svg": "<svg/>\n", "content/logo.svg": Link("../brand/logo.svg")})
    assert fm017(root) == {}
    report = check_project(root)
    missing_title = [f for f in report.findings if f.path == "content/posts/extra/hidden-post.md" and f.code == "FM003"]
    assert missing_title, "a post reached through a folder link was not checked"
    assert "content/logo.svg" in load_corpus(root).walk.files


def test_a_link_to_a_post_is_a_second_post_with_the_same_uid(tmp_path):
    root = project(tmp_path, {"content/posts/2027/01/14-copy.md": Link("13-stretch.md")})
    assert [f.path for f in check_project(root).findings if f.code == "FM009"] == ["content/posts/2027/01/14-copy.md"]


def test_allows_judges_paths_as_mkdocs_spells_them(tmp_path):
    folder = outside(tmp_path)
    root = project(tmp_path, {"content/shared": Link(str(folder / "posts")), "content/ok.txt": "fine\n", "content/loop": Link(".")})
    walk = walk_repository(root)
    assert not walk.allows(root / "content/shared/leaked.md")
    assert not walk.allows(root / "content/loop/loop/ok.txt")
    assert walk.allows(root / "content/ok.txt")
    assert walk.allows(Path(sys.prefix) / "lib" / "theme.css"), "files outside the repository (the theme's package) are not ours to judge"
    (root / "content" / "late.txt").symlink_to(folder / "secret.txt")  # made after the walk
    assert not walk.allows(root / "content" / "late.txt")
    alias = tmp_path / "alias"
    alias.symlink_to(root)  # the repository reached through a link of its own: MkDocs keeps that spelling
    assert not walk.allows(alias / "content/shared/leaked.md", alias)
    assert walk.allows(alias / "content/ok.txt", alias)


def test_links_that_multiply_a_tree_stop_the_walk(tmp_path, monkeypatch):
    monkeypatch.setattr(links, "MAX_FOLDERS", 200)
    files = {"tree/n20/f.txt": "leaf\n", "content/start": Link("../tree/n0")}
    for level in range(20):  # two links per level to the next: 2**20 paths
        files[f"tree/n{level}/a"] = Link(f"../n{level + 1}")
        files[f"tree/n{level}/b"] = Link(f"../n{level + 1}")
    root = project(tmp_path, files)
    walk = walk_repository(root)
    assert [r.kind for r in walk.refused] == ["too-many"]
    assert walk.endless and len(walk.files) < 400


# -- the MkDocs glue -----------------------------------------------------------------------------
MKDOCS_YML = """\
site_name: Test playbook
docs_dir: content
theme:
  name: material
  custom_dir: overrides
hooks:
  - {hook}
"""


def site_project(tmp_path: Path, ignore_fm017: bool) -> Path:
    folder = outside(tmp_path)
    checks = "as_of: 2027-01-05\n" + ("rules:\n  ignore: [FM017]\n" if ignore_fm017 else "")
    root = make_project(
        tmp_path / "practice",
        {
            POST: GOOD_POST,
            "content/images/ok.png": b"\x89PNG\r\n",
            "content/leak.txt": Link(str(folder / "secret.txt")),
            "content/shared": Link(str(folder / "posts")),
            "content/history": Link("../.git"),
            ".git/secret": f"{SECRET}\n",
            "overrides/assets/ok.css": "body {}\n",
            "overrides/assets/leak.css": Link(str(folder / "secret.txt")),
        },
        {"checks.yml": checks},
    )
    write(root / "mkdocs.yml", MKDOCS_YML.format(hook=REPO / "hooks" / "playbook_mkdocs.py"))
    return root


def _hooks():
    spec = importlib.util.spec_from_file_location("playbook_mkdocs_hostile", REPO / "hooks" / "playbook_mkdocs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _on_files(root: Path, command: str):
    return run_glue(root / "mkdocs.yml", command, theme_files=True)[1]


@pytest.mark.parametrize("command, ignore", [("serve", False), ("build", True)])
def test_glue_drops_files_behind_refused_links(tmp_path, command, ignore):
    """Under serve nothing aborts, and a practice may ignore FM017: the files still never reach the site."""
    files = _on_files(site_project(tmp_path, ignore), command)
    uris = {f.src_uri for f in files}
    assert {"images/ok.png", "assets/ok.css", "posts/2027/01/13-stretch.md"} <= uris
    assert not {u for u in uris if u.startswith(("leak", "shared/", "history/", "assets/leak"))}, uris


def test_glue_aborts_before_mkdocs_walks_a_loop(tmp_path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    root = site_project(tmp_path, ignore_fm017=True)  # ignoring the code does not make a loop finite
    (root / "content" / "a").symlink_to(".")
    (root / "content" / "b").symlink_to("..")
    hooks = _hooks()
    with pytest.raises(Abort) as caught:
        hooks.on_config(load_config(str(root / "mkdocs.yml")))
    assert "content/a: FM017" in str(caught.value) and "content/b: FM017" in str(caught.value)


def test_built_site_holds_no_file_from_outside(tmp_path):
    root = site_project(tmp_path, ignore_fm017=True)
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, cwd=root, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert (site / "images" / "ok.png").is_file() and (site / "assets" / "ok.css").is_file()
    assert not (site / "leak.txt").exists() and not (site / "shared").exists() and not (site / "history").exists()
    assert not (site / "assets" / "leak.css").exists()
    for path in site.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_new_refuses_an_archetype_behind_a_link(tmp_path):
    folder = outside(tmp_path)
    root = project(tmp_path, {"plans/archetypes/post.md": Link(str(folder / "secret.md"))})
    result = CliRunner().invoke(main, ["new", "post", "Leak", "--date", "2027-01-20", "--channels", "facebook", "--guideline", "personality", "--author", "jlee", "--root", str(root)])
    assert result.exit_code == 1 and "symbolic link out of the repository" in result.output
    assert SECRET not in result.output
    assert not (root / "content/posts/2027/01/20-leak.md").exists()


# -- fuzz: random trees of folders and links ----------------------------------------------------
TARGETS = st.sampled_from([".", "..", "../..", "../../..", "/etc/passwd", "missing", "../content", "../elsewhere", "../.git", "sub", "../sub", "f.txt", "../f.txt"])
PLACES = st.sampled_from(["content", "content/sub", "content/sub/deep", "elsewhere", "overrides", "plans"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(PLACES, st.sampled_from("abcdefgh"), TARGETS), max_size=8))
def test_walk_yields_only_files_inside_the_repository(tmp_path, layout):
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        root = Path(folder) / "repo"
        for place in ("content/sub/deep", "elsewhere", "overrides", "plans", ".git"):
            (root / place).mkdir(parents=True)
            (root / place / "f.txt").write_text("x\n")
        for place, name, target in layout:
            link = root / place / f"link-{name}"
            if not os.path.lexists(link):
                link.symlink_to(target)
        walk = walk_repository(root)
        real_root = os.path.realpath(root)
        for rel in walk.files:
            real = os.path.realpath(root / rel)
            assert real.startswith(real_root + os.sep) and "/.git/" not in real + "/", rel
            assert walk.allows(root / rel)
        for refusal in walk.refused:
            assert not walk.allows(root / refusal.rel / "anything")
        assert len(walk.files) < 10_000


# -- writing files: no silent overwrite, messages, the user's umask -----------------------------
APPROVED = dedent(
    """
    ---
    title: Winter note
    uid: test-0900
    publish: 2027-01-21 10:00
    channels: [facebook]
    guideline: personality
    status: approved
    author: jlee
    approvals:
      - {by: mreyes, role: approver, "on": 2027-01-02}
    ---
    A short, friendly note for our neighbours. #StayWarm
    """
)
EXPORT = ["export", "csv", "--today", "2027-01-04", "--from", "2027-01-20", "--to", "2027-01-31"]


@pytest.fixture
def practice(tmp_path):
    return make_project(tmp_path / "practice", {POST: GOOD_POST, "content/posts/2027/01/21-note.md": APPROVED})


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("existing", ["plans/practice.yml", "export.csv", "content/posts/2027/01/13-stretch.md"])
def test_export_never_replaces_a_file_without_force(practice, existing):
    target = practice / existing
    write(target, "precious\n") if not target.exists() else None
    before = target.read_bytes()
    result = run(*EXPORT, "--root", str(practice), "--out", str(target))
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "already exists; nothing was written. Add --force" in result.output
    assert target.read_bytes() == before
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")], "a temporary file was left behind"
    forced = run(*EXPORT, "--root", str(practice), "--out", str(target), "--force")
    assert forced.exit_code == 0, forced.output
    assert b"test-0900" in target.read_bytes()


def test_export_checks_every_numbered_part_before_writing_any(practice, monkeypatch, tmp_path):
    from playbook import export as exporting

    monkeypatch.setitem(exporting.FORMATS, "hootsuite", dataclasses.replace(exporting.FORMATS["hootsuite"], max_rows=1))
    write(practice / "content/posts/2027/01/22-note.md", APPROVED.replace("test-0900", "test-0901").replace("2027-01-21", "2027-01-22"))
    write(tmp_path / "plan-2.csv", "mine\n")
    args = ["export", "hootsuite", "--channel", "facebook", "--today", "2027-01-04", "--now", "2027-01-04 08:00", "--from", "2027-01-20", "--to", "2027-01-31"]
    result = run(*args, "--root", str(practice), "--out", str(tmp_path / "plan.csv"))
    assert result.exit_code == 1 and "plan-2.csv already exists" in result.output
    assert not (tmp_path / "plan-1.csv").exists()
    assert (tmp_path / "plan-2.csv").read_text() == "mine\n"


def _refuse_writes(monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", kwargs.get("dir"))

    monkeypatch.setattr("playbook.files.tempfile.mkstemp", refuse)


@pytest.mark.parametrize(
    "where, words",
    [
        ("missing/folder/plan.csv", "does not exist; nothing was written"),
        ("file-not-folder/plan.csv", "is not a folder; nothing was written"),
        ("a-folder", "is a directory"),  # click refuses a folder for --out before we run
        ("denied/plan.csv", "cannot write"),
    ],
)
def test_export_to_an_unwritable_path_is_a_message(practice, tmp_path, monkeypatch, where, words):
    write(tmp_path / "file-not-folder", "x\n")
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "denied").mkdir()
    if where.startswith("denied"):
        _refuse_writes(monkeypatch)
    result = run(*EXPORT, "--root", str(practice), "--out", str(tmp_path / where))
    assert result.exit_code in (1, 2)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert words in result.output and "Traceback" not in result.output
    assert "Permission denied" in result.output if where.startswith("denied") else True


def test_calendar_and_new_report_unwritable_paths(practice, tmp_path, monkeypatch):
    write(tmp_path / "a-file", "x\n")
    calendar = run("calendar", "--root", str(practice), "--out", str(tmp_path / "a-file" / "feeds"))
    assert calendar.exit_code == 1 and "cannot create the folder" in calendar.output
    _refuse_writes(monkeypatch)
    denied = run("calendar", "--root", str(practice), "--out", str(tmp_path / "feeds"))
    assert denied.exit_code == 1 and "cannot write" in denied.output and "Permission denied" in denied.output
    new = run("new", "post", "Walk", "--date", "2027-01-25", "--channels", "facebook", "--guideline", "personality", "--author", "jlee", "--root", str(practice))
    assert new.exit_code == 1 and "cannot write" in new.output and "nothing was written" in new.output
    assert not isinstance(new.exception, PermissionError)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_follow_the_umask(practice, tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        assert run(*EXPORT, "--root", str(practice), "--out", str(tmp_path / "plan.csv")).exit_code == 0
        assert run("calendar", "--root", str(practice), "--out", str(tmp_path / "feeds")).exit_code == 0
        created = run("new", "post", "Walk", "--date", "2027-01-25", "--channels", "facebook", "--guideline", "personality", "--author", "jlee", "--root", str(practice))
        assert created.exit_code == 0, created.output
    finally:
        os.umask(previous)
    written = [tmp_path / "plan.csv", tmp_path / "feeds" / "calendar.ics", practice / created.stdout.strip().splitlines()[0]]
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == {oct(mode)}


def test_a_replaced_file_keeps_its_mode(practice, tmp_path):
    target = tmp_path / "plan.csv"
    write(target, "old\n")
    target.chmod(0o640)
    assert run(*EXPORT, "--root", str(practice), "--out", str(target), "--force").exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and b"test-0900" in target.read_bytes()


# -- uids that become one identity ---------------------------------------------------------------
def _post(uid: str, day: str, event: bool = False) -> str:
    text = GOOD_POST.replace("test-0001", uid).replace("2027-01-13", f"2027-01-{day}")
    if event:
        text = text.replace("author: jlee\n", "author: jlee\nevent: {name: Winter walk, start: 2027-01-30 09:00, location: Riverside Park}\n")
    return text


@pytest.mark.parametrize(
    "first, second, words",
    [
        ("rb-2027-0007", "RB-2027-0007", "differ only in case or punctuation"),
        ("rb-2027-0007", "rb_2027_0007", "differ only in case or punctuation"),
        ("rb-2027-0007", "Rb.2027.0007", "differ only in case or punctuation"),
        ("rb-2027-0007", "rb--2027--0007", "differ only in case or punctuation"),
        ("rb-2027-0007", "rb-2027-0007", "is already used by"),
    ],
)
def test_uids_that_fold_together_are_refused_where_the_second_is(tmp_path, first, second, words):
    root = make_project(tmp_path, {"content/posts/2027/01/13-a.md": _post(first, "13"), "content/posts/2027/01/14-b.md": _post(second, "14")})
    found = [f for f in check_project(root).findings if f.code == "FM009"]
    assert [(f.path, f.line) for f in found] == [("content/posts/2027/01/14-b.md", 3)]
    assert words in found[0].message and "content/posts/2027/01/13-a.md" in found[0].message


@pytest.mark.parametrize("names", [("13-a.md", "14-b.md"), ("14-b.md", "13-a.md")])
def test_a_uid_equal_to_another_posts_event_uid_is_refused(tmp_path, names):
    """Reported on the post whose own uid collides, whichever file sorts first."""
    event_post, plain = names
    root = make_project(tmp_path, {f"content/posts/2027/01/{event_post}": _post("walk", event_post[:2], event=True), f"content/posts/2027/01/{plain}": _post("walk-event", plain[:2])})
    found = [f for f in check_project(root).findings if f.code == "FM009"]
    assert [(f.path, f.line) for f in found] == [(f"content/posts/2027/01/{plain}", 3)]
    assert "community event" in found[0].message and event_post in found[0].message


def test_feeds_never_carry_two_uids_that_fold_together(tmp_path):
    posts = {f"content/posts/2027/01/1{i}-p.md": _post(uid, f"1{i}", event=(i == 0)) for i, uid in enumerate(["walk", "Walk-Event", "WALK", "w.a.l.k"])}
    report = check_project(make_project(tmp_path, posts))
    feed = next(f for f in build_feeds(report) if f.filename == "calendar.ics").data.decode()
    found = [line.split(":", 1)[1].split("@")[0] for line in feed.splitlines() if line.startswith("UID:")]
    assert found and len({uids.key(u) for u in found}) == len(found), found


UID_TEXT = st.text(alphabet="aAbB09._-", min_size=3, max_size=12).filter(lambda s: s[0].isalnum())


@settings(max_examples=100, deadline=None)
@given(st.lists(UID_TEXT, min_size=2, max_size=6))
def test_fm009_fires_exactly_for_folded_duplicates(given_uids):
    from playbook.corpus import _check_unique_uids

    from tests.rules.harness import post

    posts = [post(uid=uid, path=f"content/posts/2027/02/{n:02d}-p.md") for n, uid in enumerate(given_uids)]
    sink = []
    _check_unique_uids(posts, [], sink)
    keys = [uids.key(u) for u in given_uids]
    expected = {f"content/posts/2027/02/{n:02d}-p.md" for n, k in enumerate(keys) if k in keys[:n]}
    assert {f.path for f in sink} == expected


@settings(max_examples=100, deadline=None)
@given(UID_TEXT)
def test_uid_key_is_what_the_library_and_calendar_fold(uid):
    from playbook.site.library import _slug

    assert uids.key(uid) == _slug(uid) == uids.key(uids.key(uid))
    assert uids.key(uid.upper()) == uids.key(uid.lower())


def test_glue_accepts_a_config_path_spelled_with_dotdot(tmp_path, monkeypatch):
    """`mkdocs build -f ../practice/mkdocs.yml`: MkDocs normalises docs_dir, not the config path."""
    root = site_project(tmp_path, ignore_fm017=True)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    from mkdocs.config import load_config

    hooks = _hooks()
    hooks.on_config(load_config("../practice/mkdocs.yml"))
    assert hooks._state["docs_prefix"] == "content" and hooks._state["root"] == os.path.realpath(root)


@pytest.mark.parametrize("name", ["notes.txt", "posts/2027/01/call-log.csv", "flyer.pdf", "logo.svg", "page.html", "README"])
@pytest.mark.parametrize("command", ["serve", "build"])
def test_files_no_check_reads_never_reach_the_site(tmp_path, name, command):
    """FM051: MkDocs would copy a note or an export beside the posts as it is; the glue leaves it out, even under serve."""
    root = site_project(tmp_path, ignore_fm017=True)
    write(root / "content" / name, f"{SECRET} called about her biopsy\n")
    if command == "serve":
        uris = {f.src_uri for f in _on_files(root, command)}
        assert name not in uris and "posts/2027/01/13-stretch.md" in uris
        return
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, cwd=root, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode != 0 and f"content/{name}" in result.stderr and "FM051" in result.stderr, result.stderr[-2000:]
    assert not (site / name).exists()


def _allowed_by_definition(walk, path, base) -> bool:
    """Walk.allows as its docstring defines it, every path resolved in full: what the one-pass shortcuts must match."""
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base or walk.root)).replace(os.sep, "/")
    parts = rel.split("/")
    if parts[0] not in links.WATCHED:
        return True
    blocked = {r.rel for r in walk.refused}
    if any("/".join(parts[:n]) in blocked for n in range(1, len(parts) + 1)):
        return False
    return links._classify(Path(walk.root).resolve(), os.fspath(path))[0] is None


def test_one_pass_over_many_files_refuses_what_allows_refuses_one_by_one(tmp_path):
    """Walk.refused_among looks each folder's real path up once: it must judge every file as `allows` does, and
    both as their definition does."""
    folder = outside(tmp_path)
    root = project(
        tmp_path,
        {
            "content/shared": Link(str(folder / "posts")), "content/ok.txt": "fine\n", "content/loop": Link("."), "content/a/b.md": "b\n",
            "content/.drafts/x.md": "hidden\n", "content/.dot.md": "hidden\n", ".private/notes.md": "hidden\n", "content/notes": Link("../.private"),
        },
    )  # fmt: skip
    walk = walk_repository(root)
    (root / "content" / "late.txt").symlink_to(folder / "secret.txt")  # a file that is a link, made after the walk
    (root / "content" / "a" / "c.md").symlink_to("b.md")  # a link that stays inside
    (root / "content" / "a" / ".d.md").symlink_to("b.md")  # a hidden name that links inside
    spelt = [
        "content/shared/leaked.md", "content/loop/loop/ok.txt", "content/ok.txt", "content/late.txt", "content/a/b.md",
        "content/a/c.md", "content/a/missing.md", "content/a/../ok.txt", "content/shared/../ok.txt", "content/nowhere/x.md",
        "content/.drafts/x.md", "content/.dot.md", "content/notes/notes.md", "content/a/.d.md", "content/a/b.md/",
        "plans/practice.yml", "content", "content/",
    ]  # fmt: skip
    for base in (root, None, str(root) + "/", str(root / "content" / "..")):
        paths = [str(root / rel) for rel in spelt] + [str(root) + "/" + rel for rel in spelt] + [str(Path(sys.prefix) / "lib" / "theme.css")]
        assert walk.refused_among(paths, base) == {p for p in paths if not walk.allows(p, base)}
        assert walk.refused_among(paths, base) == {p for p in paths if not _allowed_by_definition(walk, p, base)}
    assert {str(root / r) for r in ("content/ok.txt", "content/a/b.md", "content/a/c.md")}.isdisjoint(walk.refused_among(paths))
