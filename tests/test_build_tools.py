"""The playbook builds and serves the same under MkDocs 1.6 and ProperDocs, its continuation.

ProperDocs reads the same mkdocs.yml and runs the same hooks (its command makes every
`mkdocs.*` import load `properdocs.*`). The site and the feeds must come out byte for byte
the same, apart from the generator tag that names the tool; the glue must log under the
running tool's logger, so that `--strict` counts our warnings and content never reaches a
terminal raw.
"""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import GOOD_POST, make_site, shared_build, tool_env
from tests.tools import python_module

TOOLS = ("mkdocs", "properdocs")
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
POST = "content/posts/2027/01/13-stretch.md"


@pytest.fixture(scope="session")
def properdocs_build(tmp_path_factory):
    python_module("properdocs")
    return shared_build(tmp_path_factory, "sample-site-properdocs", ["properdocs", "build", "--strict", "-f", "mkdocs.yml"])


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_sample_byte_for_byte_like_mkdocs(sample_build, properdocs_build):
    assert properdocs_build.returncode == 0, properdocs_build.stderr[-3000:]
    assert "Traceback" not in properdocs_build.stderr
    mkdocs_site, properdocs_site = _tree(sample_build.site), _tree(properdocs_build.site)
    assert sorted(mkdocs_site) == sorted(properdocs_site)
    feeds = [name for name in mkdocs_site if name.endswith(".ics")]
    assert "calendar.ics" in feeds and "reviews-due.ics" in feeds
    differ = [name for name in mkdocs_site if mkdocs_site[name] != properdocs_site[name]]
    assert differ and all(name.endswith(".html") for name in differ)  # the generator tag, and nothing else
    for name in differ:
        assert GENERATOR.sub(b"", mkdocs_site[name]) == GENERATOR.sub(b"", properdocs_site[name]), name
    tags = {m.group(0) for site in (mkdocs_site, properdocs_site) for m in [GENERATOR.search(site["index.html"])]}
    assert any(b"ProperDocs" in tag for tag in tags) and any(b"mkdocs-1." in tag for tag in tags), tags


# -- a tiny practice under each tool -----------------------------------------------------------------------
def _tiny(root: Path, post: str = GOOD_POST) -> Path:
    return make_site(root, {POST: post})


def _build(tool: str, root: Path, *options: str) -> subprocess.CompletedProcess:
    if tool == "properdocs":
        python_module("properdocs")
    command = [tool, "build", "-q", "-f", "mkdocs.yml", "-d", str(root / "_site"), *options]
    return subprocess.run(command, capture_output=True, text=True, cwd=root, env=tool_env(NO_MKDOCS_2_WARNING="1"), timeout=300)


@pytest.mark.parametrize("tool", TOOLS)
def test_a_warning_fails_only_the_strict_build(tmp_path, tool):
    """With -q, which hides warnings from the tool's own strict count: the glue counts and names them."""
    root = _tiny(tmp_path, GOOD_POST.replace("Snow day?", "We are pleased to announce a best-in-class stretch. Snow day?"))
    strict = _build(tool, root, "--strict")
    said = strict.stdout + strict.stderr
    assert strict.returncode != 0 and "PER001" in said and "in strict mode" in said, said[-2000:]
    relaxed = _build(tool, root)
    assert relaxed.returncode == 0, relaxed.stderr[-2000:]
    assert (root / "_site" / "posts" / "2027" / "01" / "13-stretch" / "index.html").is_file()


def test_an_error_stops_the_properdocs_build(tmp_path):
    """(Under MkDocs: tests/test_site_build.py.)"""
    root = _tiny(tmp_path, GOOD_POST.replace("Snow day?", "Call Dana at 312-555-0147. Snow day?"))
    result = _build("properdocs", root)
    assert result.returncode != 0 and f"{POST}:" in result.stderr and "PHI004" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


_SERVE_BUILD = """
import sys
tool = sys.argv[3]
if tool == "properdocs":
    import properdocs.replacement  # what the `properdocs` command does first
from importlib import import_module
state = import_module(tool + ".__main__").State()  # the tool's own terminal handler, as its command line sets it up
config = import_module(tool + ".config").load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins.on_startup(command="serve", dirty=False)
import_module(tool + ".commands.build").build(config)
print("BUILT")
"""


def test_log_lines_reach_the_terminal_escaped_under_properdocs(tmp_path):
    """ProperDocs' own warning quotes a link from content; the glue escapes it on ProperDocs' handler.

    (Under MkDocs: test_hostile_text.py's serve build. Before the glue named the running tool's
    logger, ProperDocs printed the link's escape sequence raw.)
    """
    python_module("properdocs")
    tool = "properdocs"
    root = _tiny(tmp_path, GOOD_POST + "\nSee [the map](nowhere\x1b[2J\u202e.md).\n")
    result = subprocess.run(
        [sys.executable, "-c", _SERVE_BUILD, str(root / "mkdocs.yml"), str(root / "_site"), tool],
        capture_output=True, text=True, cwd=root, timeout=300, env=tool_env(),
    )  # fmt: skip
    assert "BUILT" in result.stdout, result.stderr[-3000:]
    assert "PHI014" in result.stderr and "nowhere\\x1b[2J\\u202e.md" in result.stderr, result.stderr[-2000:]
    colours = re.compile(r"\x1b\[[0-9;]*m(?=(?:ERROR|WARNING|INFO|DEBUG|CRITICAL)\b)|(?<=-  )\x1b\[0m|\x1b\[0m(?=\S)")
    assert not RAW_CONTROL.search(colours.sub("", result.stderr)), repr(result.stderr[-2000:])


# -- `serve`: the same pages from either tool's development server -----------------------------------------
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _started(command: list[str], **options) -> subprocess.Popen:
    """The process, with Ctrl-C as a terminal gives it: a suite started in the background of a script (`... &`)
    ignores SIGINT, and an ignored signal stays ignored across exec, so the server would never hear the Ctrl-C that
    stops it (it was killed, its folders left: CI failed so). A handled signal is reset to its default by exec."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(command, **options)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _served(tool: str, root: Path, paths: list[str], scratch: Path) -> dict[str, bytes]:
    """Start `<tool> serve` with `scratch` as its temporary folder, fetch `paths` once it says it serves, stop it as an
    author does (Ctrl-C); the port is masked out of the pages.

    The pages are fetched only after this server's own "Serving on" line: a free port is free only when probed, and
    another test's server (the browser tests' bind any free port) could hold it first and answer for it."""
    port = _free_port()
    command = [tool, "serve", "-f", "mkdocs.yml", "-a", f"127.0.0.1:{port}", "--no-livereload"]
    scratch.mkdir()
    env = tool_env(NO_MKDOCS_2_WARNING="1", TMPDIR=str(scratch))
    server = _started(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    said: list[str] = []
    serving = threading.Event()

    def read_stderr() -> None:  # drained all along, so the server never blocks on a full pipe
        for line in server.stderr:
            said.append(line.decode("utf-8", "replace"))
            if "Serving on" in said[-1]:
                serving.set()
        serving.set()  # the server is gone: the wait below ends and the poll says so

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    try:
        assert serving.wait(180), f"{tool} serve did not start within 180 s"
        assert server.poll() is None, "".join(said)[-3000:]
        pages: dict[str, bytes] = {}
        for path in paths:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=30) as answer:
                pages[path] = answer.read().replace(str(port).encode(), b"PORT")
        return pages
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C: a SIGTERM would leave the server's site folder and the feeds' behind
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        reader.join(timeout=10)
        assert server.returncode == 0, f"{tool} serve stopped with {server.returncode}: {''.join(said)[-3000:]}"


def test_serve_shows_findings_on_the_page_alike_under_either_tool(tmp_path):
    """Under serve nothing aborts: the post's page opens with its findings, the same from both servers; stopped, each
    leaves no folder of its own behind (the site it served, the feeds it staged: tens of MB a run, in memory on a tmpfs)."""
    python_module("properdocs")
    root = _tiny(tmp_path, GOOD_POST.replace("Snow day?", "Call Dana at 312-555-0147. Snow day?"))
    paths = ["posts/2027/01/13-stretch/", "calendar.ics", ""]
    served = {tool: _served(tool, root, paths, tmp_path / f"tmp-{tool}") for tool in TOOLS}
    assert {tool: sorted(p.name for p in (tmp_path / f"tmp-{tool}").iterdir()) for tool in TOOLS} == {tool: [] for tool in TOOLS}
    page = served["mkdocs"]["posts/2027/01/13-stretch/"].decode("utf-8")
    assert 'class="pb-findings"' in page and "PHI004" in page and "pb-sev-error" in page
    assert b"BEGIN:VCALENDAR" in served["mkdocs"]["calendar.ics"]
    for path in paths:
        assert GENERATOR.sub(b"", served["mkdocs"][path]) == GENERATOR.sub(b"", served["properdocs"][path]), path
