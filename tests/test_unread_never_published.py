"""A post or reply the parser refused is never checked, so no configuration may publish it (issue 10).

Every route plans/checks.yml offers (ignore, severity, select, a waiver in the
file itself) is tried against every way front matter can fail: `playbook check`
still fails on the file, `mkdocs build` stops, and under `mkdocs serve` (where
nothing stops) the page shows none of the file's text. The same routes cannot
switch off or soften a privacy rule, whatever prefix names it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.exceptions import Abort
from playbook.check import check_project
from playbook.config import load_rule_config
from playbook.findings import Severity
from playbook.rules import get
from playbook.yamlload import load_yaml

from tests.conftest import GOOD_POST, make_site
from tests.glue import run_glue

SECRET = "Jane Doe, MRN 12345678, had her hip replaced here on 03/04/2026."
POST = "content/posts/2027/01/13-stretch.md"
REPLY = "content/responses/wait.md"
HEAD = "---\ntitle: Stretch\nuid: test-0001\npublish: 2027-01-13 12:00\nchannels: [instagram]\nguideline: personality\nstatus: draft\nauthor: jlee\n"
REPLY_HEAD = "---\ntitle: Sorry for the wait\nuid: reply-wait\nscenario: wait-time\nplatforms: [google]\nstatus: draft\n"
WAIVERS = "waivers: [{rule: FM003, reason: Our own reply text here}, {rule: FM005, reason: Our own reply text here}, {rule: FM006, reason: Our own reply text here}]\n"

# Every way the parser refuses a content file, as (path, text); each body holds SECRET.
REFUSALS = {
    "invalid-yaml": (POST, HEAD.replace("title: Stretch", 'title: "Stretch') + f"---\n{SECRET}\n"),
    "unclosed-front-matter": (POST, HEAD + f"\n{SECRET}\n"),
    "no-front-matter": (POST, f"{SECRET}\n"),
    "empty-front-matter": (POST, f"---\n---\n{SECRET}\n"),
    "not-a-mapping": (POST, f"---\n- a list\n---\n{SECRET}\n"),
    "missing-title": (POST, HEAD.replace("title: Stretch\n", "") + f"---\n{SECRET}\n"),
    "title-a-list": (POST, HEAD.replace("title: Stretch", "title: [Stretch]") + f"---\n{SECRET}\n"),
    "bad-publish": (POST, HEAD.replace("2027-01-13 12:00", "someday") + f"---\n{SECRET}\n"),
    "publish-out-of-range": (POST, HEAD.replace("2027-01-13 12:00", "9999-12-31 12:00") + f"---\n{SECRET}\n"),
    "unknown-status": (POST, HEAD.replace("status: draft", "status: banana") + f"---\n{SECRET}\n"),
    "with-waivers": (POST, HEAD.replace("title: Stretch\n", "") + WAIVERS + f"---\n{SECRET}\n"),
    "not-utf8": (POST, (HEAD + f"---\n{SECRET}\n").encode("utf-8").replace(b"Stretch", b"Str\xffetch")),
    "reply-invalid-yaml": (REPLY, REPLY_HEAD.replace("scenario: wait-time", "scenario: [wait-time") + f"---\n{SECRET}\n"),
    "reply-missing-title": (REPLY, REPLY_HEAD.replace("title: Sorry for the wait\n", "") + f"---\n{SECRET}\n"),
    "reply-no-front-matter": (REPLY, f"{SECRET}\n"),
}

# Every route plans/checks.yml has to drop or soften a finding; {codes} and {aliases} are those the file gives.
ROUTES = {
    "ignore-codes": "rules:\n  ignore: [{codes}]\n",
    "ignore-aliases": "rules:\n  ignore: [{aliases}]\n",
    "ignore-family": "rules:\n  ignore: [FM]\n",
    "ignore-prefix": "rules:\n  ignore: [F]\n",
    "severity-codes": "rules:\n  severity: {{{severities}}}\n",
    "severity-family": "rules:\n  severity: {{FM: info}}\n",
    "severity-prefix": "rules:\n  severity: {{F: warning, FM0: info}}\n",
    "severity-blank": "rules:\n  severity: {{'': info}}\n",
    "select-other": "rules:\n  select: [PER]\n",
    "select-and-ignore": "rules:\n  select: [PER]\n  ignore: [{codes}]\n  severity: {{FM: info}}\n",
}


def _practice(tmp_path, files: dict, checks: str = ""):
    return make_site(tmp_path / "practice", files, {"checks.yml": "as_of: 2027-01-05\n" + checks})


def _route(route: str, found) -> str:
    """The route's plans/checks.yml entry, naming the codes (or their aliases) the refused files give."""
    codes = sorted({f.code for f in found})
    return ROUTES[route].format(
        codes=", ".join(codes),
        aliases=", ".join(sorted(get(code).alias for code in codes)),
        severities=", ".join(f"{c}: info" for c in codes),
    )


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("refusal", REFUSALS)
def test_check_fails_on_a_refused_file_whatever_the_configuration(tmp_path, refusal, route):
    path, text = REFUSALS[refusal]
    plain = check_project(_practice(tmp_path / "plain", {path: text}))
    own = [f for f in plain.findings if f.path == path]
    assert own and path in plain.corpus.unparsed, [f.text() for f in plain.findings]
    report = check_project(_practice(tmp_path / "routed", {path: text}, _route(route, own)))
    errors = [f for f in report.errors if f.path == path]
    assert errors and {f.code for f in errors} >= {f.code for f in own if f.code.startswith("FM")}, [f.text() for f in report.findings]


@pytest.mark.parametrize("route", ["ignore-codes", "severity-family", "severity-blank", "select-and-ignore"])
def test_build_stops_and_serve_shows_none_of_a_refused_file(tmp_path, route):
    files = dict(REFUSALS.values()) | {f"content/posts/2027/01/{n:02d}-{name}.md": text for n, (name, (path, text)) in enumerate(REFUSALS.items()) if path == POST}
    files[POST] = GOOD_POST
    plain = check_project(_practice(tmp_path / "plain", files))
    checks = _route(route, [f for f in plain.findings if f.path in plain.corpus.unparsed])
    root = _practice(tmp_path / "routed", files, checks)
    with pytest.raises(Abort):
        run_glue(root / "mkdocs.yml", "build")
    _, served = run_glue(root / "mkdocs.yml", "serve")
    pages = {f.src_uri: f for f in served if f.src_uri.endswith(".md")}
    unparsed = {path.removeprefix("content/") for path in plain.corpus.unparsed}
    assert len(unparsed) == len(REFUSALS) - 2  # the reply files share one path; POST holds the good post
    for uri in unparsed:  # dropped (bytes that are not UTF-8 never reach MkDocs) or served empty
        assert uri not in pages or pages[uri].content_string == "", uri
    assert "Snow day?" in pages["posts/2027/01/13-stretch.md"].content_string  # a good post is served as it is


def test_mkdocs_build_publishes_nothing_of_a_refused_file(tmp_path):
    """The real command, with every FM code the files give ignored or softened."""
    files = {path: text for path, text in (REFUSALS["missing-title"], REFUSALS["reply-no-front-matter"])}
    checks = "rules:\n  ignore: [FM003, missing-front-matter]\n  severity: {FM: info}\n"
    root = _practice(tmp_path, files, checks)
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "FM003" in result.stderr and "Traceback" not in result.stderr, result.stderr[-2000:]
    leaked = [p for p in site.rglob("*") if p.is_file() and b"12345678" in p.read_bytes()] if site.exists() else []
    assert not leaked


# -- plans/checks.yml itself: protected codes are refused, by any name or prefix -------------------------------


def _rules(entry: str):
    data, problem = load_yaml(entry)
    assert problem is None, entry
    return data


PROTECTED_ENTRIES = [
    "ignore: [FM001]",
    "ignore: [invalid-yaml]",
    "ignore: [missing-front-matter]",
    "ignore: [FM010]",
    "ignore: [FM]",
    "ignore: [F]",
    "ignore: [PHI003]",
    "ignore: [P]",
    "ignore: [SEC]",
    "severity: {FM001: warning}",
    "severity: {FM: info}",
    "severity: {F: info}",
    "severity: {PH: info}",
    "severity: {P: warning}",
    "severity: {S: info}",
    "severity: {SE: warning}",
    "severity: {unreadable-file: info}",
]


@pytest.mark.parametrize("entry", PROTECTED_ENTRIES)
def test_protected_codes_cannot_be_switched_off_or_softened(entry):
    config, found = load_rule_config(_rules(entry))
    assert [f.code for f in found] == ["FM047"], [f.text() for f in found]
    for code in ("FM001", "FM002", "FM010", "PHI003", "PHI007", "SEC001", "SEC002"):
        assert config.enabled(code) and config.severity_for(code, Severity.ERROR) is Severity.ERROR, code


@pytest.mark.parametrize("entry", ["ignore: ['']", "ignore: [' ']", "severity: {'': info}", "severity: {' ': info}", "select: ['']"])
def test_a_blank_entry_names_no_rule(entry):
    config, found = load_rule_config(_rules(entry))
    assert [f.code for f in found] == ["FM008"], [f.text() for f in found]
    assert config.severity_for("PHI003", Severity.ERROR) is Severity.ERROR and config.enabled("PHI003")


@pytest.mark.parametrize("entry", ["ignore: [FM041, PER003]", "severity: {FM041: info, FM014: info}", "severity: {PHI004: error}"])
def test_other_codes_may_still_be_configured(entry):
    _, found = load_rule_config(_rules(entry))
    assert not found, [f.text() for f in found]


def test_privacy_stays_an_error_on_the_page_whatever_prefix_names_it(tmp_path):
    post = GOOD_POST.replace("Snow day?", "Jane Doe (MRN 12345678) says: snow day?")
    for entry in ("severity: {PH: info}", "severity: {P: warning}", "severity: {'': info}", "ignore: [P]", "select: [PER]"):
        report = check_project(_practice(tmp_path / str(len(entry)) / entry.split(":")[0], {POST: post}, f"rules:\n  {entry}\n"))
        privacy = [f for f in report.findings if f.code.startswith("PHI") and f.path == POST]
        assert privacy and all(f.severity is Severity.ERROR for f in privacy), (entry, [f.text() for f in report.findings])


@settings(max_examples=60, deadline=None)
@given(
    key=st.sampled_from(["ignore", "severity", "select"]),
    prefix=st.text(alphabet="FMPHISEC0123456789 ", max_size=5),
    level=st.sampled_from(["info", "warning"]),
)
def test_no_entry_relaxes_a_protected_code(key, prefix, level):
    """Any prefix of any length, in any block: the protected codes stay enabled and errors."""
    entry = f"{key}: {{{prefix!r}: {level}}}" if key == "severity" else f"{key}: [{prefix!r}]"
    config, _ = load_rule_config(_rules(entry.replace("'", '"')))
    for code in ("FM001", "FM002", "FM010", "PHI001", "PHI014", "SEC003"):
        assert config.enabled(code) and config.severity_for(code, Severity.ERROR) is Severity.ERROR, (entry, code)
