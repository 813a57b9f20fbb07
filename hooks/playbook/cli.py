"""The `playbook` command: the engine without building the site."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from . import __version__
from .check import check_project
from .clock import ENV_VAR, parse_day, resolve_today
from .corpus import load_corpus
from .feeds import build_feeds
from .files import write_atomically
from .history import load_history
from .siteconfig import site_url as read_site_url
from .slots import open_slots
from .fields import suggest
from .output import FORMATS, render
from .ruledocs import rule_text, rules_table_text
from .rules import REGISTRY


def _find_root(start: Path) -> Path:
    """The nearest folder upwards holding plans/ or mkdocs.yml, so the command works from any subfolder."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "plans").is_dir() or (folder / "mkdocs.yml").is_file():
            return folder
    return start


def _today(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=None, help="Practice repository (default: found from the current folder)."
)
today_option = click.option("--today", callback=_today, metavar="YYYY-MM-DD", help=f"Treat this day as today (also ${ENV_VAR}).")


@click.group()
@click.version_option(__version__, prog_name="playbook")
def main() -> None:
    """Plan, check and publish a medical practice's social media."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@root_option
@today_option
def check(paths: tuple[Path, ...], fmt: str, root: Path | None, today) -> None:
    """Check content and plans; exit 1 if any error is found.

    With PATHS, only findings in those files or folders are shown (the whole
    repository is still read, because duplicate uids and cadence span files).
    """
    root = (root or _find_root(Path.cwd())).resolve()
    report = check_project(root, today)
    findings = report.findings
    if paths:
        wanted = [_relative(root, p) for p in paths]
        findings = tuple(f for f in findings if any(f.path == w or f.path.startswith(w.rstrip("/") + "/") or w == "." for w in wanted))
    click.echo(render(findings, fmt), nl=False)
    sys.exit(1 if any(f.severity.name == "ERROR" for f in findings) else 0)


@main.command()
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List every rule, or show one rule's documentation (e.g. `playbook rules PHI001`)."""
    if not code:
        click.echo(rules_table_text(), nl=False)
        return
    rule = REGISTRY.get(code.upper())
    if rule is None:
        hint = suggest(code.upper(), REGISTRY)
        raise click.UsageError(f"no rule {code}" + (f"; {hint}" if hint else "; run `playbook rules` for the list"))
    click.echo(rule_text(rule), nl=False)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("feeds"), show_default=True, help="Folder for the .ics files.")
@click.option("--site-url", default=None, help="Public address of the playbook (default: site_url in mkdocs.yml).")
@root_option
@today_option
def calendar(out: Path, site_url: str | None, root: Path | None, today) -> None:
    """Write the iCal feeds (all posts, one per channel, open slots) without building the site.

    Posts with an error finding are left out of every feed, and the command exits 1.
    """
    root = (root or _find_root(Path.cwd())).resolve()
    report = check_project(root, today)
    url = site_url if site_url is not None else read_site_url(root)
    feeds = build_feeds(report, url, load_history(root))
    out.mkdir(parents=True, exist_ok=True)
    for feed in feeds:
        write_atomically(out / feed.filename, feed.data)
        click.echo(f"wrote {out / feed.filename}")
    if report.errors:
        click.echo(f"{len(report.errors)} error finding(s): the posts concerned were left out; run `playbook check`.", err=True)
        sys.exit(1)


@main.command()
@click.option("--days", type=click.IntRange(1, 3660), default=None, help="How far ahead (default: planning_horizon_days in plans/cadence.yml).")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@root_option
@today_option
def slots(days: int | None, fmt: str, root: Path | None, today) -> None:
    """List the series slots ahead that no post fills yet."""
    root = (root or _find_root(Path.cwd())).resolve()
    corpus = load_corpus(root)
    day = resolve_today(today, corpus.plans.as_of)
    horizon = days or corpus.plans.cadence.planning_horizon_days
    found = open_slots(corpus.plans, corpus.posts, day, day + dt.timedelta(days=horizon))
    if fmt == "json":
        payload = [
            {"series": s.series_id, "name": s.name, "start": s.start.isoformat(), "channels": list(s.channels), "guideline": s.guideline}
            for s in found
        ]
        click.echo(json.dumps(payload, indent=2))
        return
    if not found:
        click.echo(f"No open slots in the {horizon} days from {day.isoformat()}.")
        return
    for s in found:
        click.echo(f"{s.start:%a %Y-%m-%d %H:%M}  {s.name:<24} {', '.join(s.channels):<30} {s.guideline}")
    click.echo(f"{len(found)} open slot(s) in the {horizon} days from {day.isoformat()}; `playbook new post` fills one.")


def _relative(root: Path, path: Path) -> str:
    absolute = path.resolve()
    try:
        return absolute.relative_to(root).as_posix() or "."
    except ValueError:
        return path.as_posix()


if __name__ == "__main__":  # pragma: no cover
    main()
