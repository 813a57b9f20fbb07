"""The `playbook` command: the engine without building the site."""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import importlib
import json
import os
import sys
from pathlib import Path

import click

from . import __version__, codeowners
from . import export as exporting
from . import horizon as planning
from .check import SELDOM, check_project, settle
from .cliopts import day_option_value, root_option, today_option
from .clock import resolve_today
from .corpus import load_corpus
from .fields import suggest
from .files import target_problem, write_atomically
from .output import FORMATS, printable, render
from .plans import load_plans
from .ruledocs import rule_text, rules_table_text
from .rules.registry import by_name
from .siteconfig import site_url as read_site_url
from .slots import open_slots
from .statuses import PENDING_STATUSES as NEW_STATUSES  # scaffold's: what `playbook new` may write

# Commands defined in a module of their own, imported only when run or listed: `playbook check`
# (pre-commit, once per commit) should not pay for the templates `playbook init` renders.
LAZY = {"init": "playbook.init_command:init_command", "review": "playbook.reviews.command:review"}


class LazyGroup(click.Group):
    """A click group that imports the commands in LAZY on first use (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY and cmd_name not in self.commands:
            module, name = LAZY[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="playbook")
def main() -> None:
    """Plan, check and publish a medical practice's social media."""
    # A command is a short-lived process: as during a check, collect seldom. Going back to the usual
    # thresholds when the check ends would walk its whole heap once more just before the process frees it.
    gc.set_threshold(*SELDOM)


@main.command(short_help="Check content and plans; exit 1 on any error.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--no-cache", is_flag=True, help="Check every file afresh, without reading or writing .cache/playbook/ (also: PLAYBOOK_NO_CACHE=1).")
@root_option
@today_option
def check(paths: tuple[Path, ...], fmt: str, root: Path, today, no_cache: bool) -> None:
    """Check content and plans; exit 1 if any error is found.

    With PATHS, only findings in those files or folders are shown (the whole
    repository is still read, because duplicate uids and cadence span files).
    What each unchanged file yielded last time comes from the result cache in
    .cache/playbook/ (safe to delete); the findings are the same without it.
    """
    wanted = [_relative(root, p) for p in paths]
    report = check_project(root, today, cache=False if no_cache else None, changed=wanted)
    findings = report.findings
    if wanted:
        # A finding about the environment ($PLAYBOOK_TODAY) concerns every path.
        findings = tuple(f for f in findings if f.path.startswith("$") or any(f.path == w or f.path.startswith(w.rstrip("/") + "/") or w == "." for w in wanted))
    click.echo(render(findings, fmt), nl=False)
    sys.exit(1 if any(f.severity.name == "ERROR" for f in findings) else 0)


@main.command(short_help="List the rules, or explain one.")
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List every rule with its status and alias, or show one rule's documentation (`playbook rules PHI001`, `playbook rules person-name`)."""
    from .rules import REGISTRY  # every family: imported here, so `playbook check` imports only what it runs

    if not code:
        click.echo(rules_table_text(), nl=False)
        return
    names = by_name()
    rule = names.get(code.upper()) or names.get(code.lower())
    if rule is None:
        hint = suggest(code.upper(), REGISTRY) or suggest(code.lower(), names)
        raise click.UsageError(f"no rule {code}" + (f"; {hint}" if hint else "; run `playbook rules` for the list"))
    click.echo(rule_text(rule), nl=False)


@main.command(short_help="Write the iCal feeds without building the site.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("feeds"), show_default=True, help="Folder for the .ics files.")
@click.option("--site-url", default=None, help="Public address of the playbook (default: playbook_url in plans/practice.yml).")
@root_option
@today_option
def calendar(out: Path, site_url: str | None, root: Path, today) -> None:
    """Write the iCal feeds (all posts, one per channel, open slots) without building the site.

    Posts with an error finding are left out of every feed, and the command exits 1.
    """
    from .feeds import build_feeds  # the iCal library: loaded only by the commands that write feeds
    from .history import load_history

    report = check_project(root, today, cache=None)
    url = site_url if site_url is not None else read_site_url(root, report.corpus.plans)
    feeds = build_feeds(report, url, load_history(root))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"cannot create the folder {out}: {exc.strerror or exc}") from None
    for feed in feeds:
        _write(out / feed.filename, feed.data)
        click.echo(f"wrote {out / feed.filename}")
    if report.errors:
        click.echo(f"{len(report.errors)} error finding(s): the posts concerned were left out; run `playbook check`.", err=True)
        sys.exit(1)


@main.command(short_help="List the open series slots ahead.")
@click.option("--days", type=click.IntRange(1, 3660), default=None, help="How far ahead (default: planning_horizon_days in plans/cadence.yml).")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@root_option
@today_option
def slots(days: int | None, fmt: str, root: Path, today) -> None:
    """List the series slots ahead that no post fills yet."""
    corpus = load_corpus(root)
    ignored: list = []
    day = resolve_today(today, corpus.plans.as_of, ignored)
    if ignored:
        click.echo(render(settle(ignored), "text"), err=True, nl=False)
    horizon = days or corpus.plans.cadence.planning_horizon_days
    found = open_slots(corpus.plans, corpus.posts, day, day + dt.timedelta(days=horizon))
    if fmt == "json":
        payload = [{"series": s.series_id, "name": s.name, "start": s.start.isoformat(), "channels": list(s.channels), "guideline": s.guideline} for s in found]
        click.echo(json.dumps(payload, indent=2))
        return
    if not found:
        click.echo(f"No open slots in the {horizon} days from {day.isoformat()}.")
        return
    for s in found:
        click.echo(printable(f"{s.start:%a %Y-%m-%d %H:%M}  {s.name:<24} {', '.join(s.channels):<30} {s.guideline}"))
    click.echo(f"{len(found)} open slot(s) in the {horizon} days from {day.isoformat()}; `playbook new post` fills one.")


@main.command("codeowners", short_help="Write .github/CODEOWNERS from plans/team.yml.")
@click.option("--check", "verify", is_flag=True, help="Write nothing; exit 1 if the file differs from what would be written.")
@click.option("--force", is_flag=True, help="Replace a CODEOWNERS file that was written by hand.")
@root_option
def codeowners_command(verify: bool, force: bool, root: Path) -> None:
    """Write .github/CODEOWNERS from plans/team.yml.

    The privacy officer (their `github:` handle) becomes the owner of
    plans/checks.yml, plans/authorizations.yml, plans/team.yml, every file
    with waivers, and the checks themselves. Turn on branch protection with
    "Require review from Code Owners" so no pull request merges without them.
    """
    corpus = load_corpus(root)
    try:
        text = codeowners.render(corpus)
    except codeowners.NoOwner as exc:
        raise click.ClickException(str(exc)) from None
    target = root / codeowners.PATH
    current = target.read_text(encoding="utf-8", errors="replace") if target.is_file() else None
    if verify:
        if current != text:
            raise click.ClickException(f"{codeowners.PATH} is out of date or missing; run `playbook codeowners` and commit the result")
        click.echo(f"{codeowners.PATH} is up to date.")
        return
    if current is not None and not current.startswith(codeowners.HEADER) and not force:
        raise click.ClickException(f"{codeowners.PATH} was written by hand; nothing was written. Add --force to replace it.")
    _write(target, text)
    click.echo(f"wrote {codeowners.PATH}")
    click.echo("Commit it, then require review from code owners in the default branch's protection rules (see README).", err=True)


# -- playbook new ----------------------------------------------------------------------------------
def _create(root: Path, make, today) -> None:
    """Run a scaffold function; print the new path, then that file's findings."""
    from . import scaffold  # only `playbook new` writes files from the archetypes

    try:
        created = make()
    except scaffold.Invalid as exc:
        if exc.missing:
            raise click.MissingParameter(printable(exc.message), param_hint=f"'{exc.option}'", param_type="option") from None
        raise click.BadParameter(printable(exc.message), param_hint=f"'{exc.option}'") from None
    except scaffold.Exists as exc:
        click.echo(f"Error: {printable(str(exc))} already exists; nothing was written. Choose another title or --slug, or edit that file.", err=True)
        sys.exit(1)
    except scaffold.ArchetypeProblem as exc:
        raise click.ClickException(printable(str(exc))) from None
    except OSError as exc:
        raise click.ClickException(printable(f"cannot write {exc.filename or 'the new file'}: {exc.strerror or exc}; nothing was written")) from None
    click.echo(created.rel)
    own = check_project(root, today).for_path(created.rel)
    if own:
        click.echo(render(own, "text"), err=True, nl=False)
    click.echo("Next: write the copy, preview it with `mkdocs serve`, then set `status: in-review` and open a pull request.", err=True)


@main.group(short_help="Start a post or a reply template from the archetypes.")
def new() -> None:
    """Start a post or a response template from plans/archetypes/ (never overwrites a file)."""


@new.command("post", short_help="Create a post file and print its path.")
@click.argument("title")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Publish day (default with --series: its next open slot).")
@click.option("--time", "time_", metavar="HH:MM", help="Publish time, 24-hour, practice timezone (default: the series' time, else 10:00).")
@click.option("--channels", "-c", multiple=True, metavar="LIST", help="Channels, comma-separated or repeated (default: the series' channels).")
@click.option("--guideline", help="expert, negatives, personality, community or consistency (default: the series').")
@click.option("--author", envvar="PLAYBOOK_AUTHOR", help="Team member id from plans/team.yml (also $PLAYBOOK_AUTHOR).")
@click.option("--series", help="Series id from plans/series.yml.")
@click.option("--campaign", help="Campaign id from plans/campaigns.yml.")
@click.option("--source", "sources", multiple=True, metavar="URL", help="Authoritative https link; an expert post needs one. Repeatable.")
@click.option("--status", type=click.Choice(NEW_STATUSES), default="draft", show_default=True)
@click.option("--slug", help="File name part (default: made from the title).")
@root_option
@today_option
def new_post_command(title, day, time_, channels, guideline, author, series, campaign, sources, status, slug, root, today) -> None:
    """Create content/posts/YYYY/MM/DD-slug.md for TITLE and print its path.

    Example: playbook new post "Stretch before you shovel" --date 2027-02-15
    --channels facebook,instagram --guideline personality --author jlee
    """
    from . import scaffold

    _create(
        root,
        lambda: scaffold.new_post(
            root, title, day=day, time=time_, channels=channels, guideline=guideline, author=author,
            series=series, campaign=campaign, sources=sources, status=status, slug=slug, today=today,
        ),
        today,
    )  # fmt: skip


@new.command("response", short_help="Create a reply template and print its path.")
@click.argument("title")
@click.option("--scenario", help="The situation the reply is for, e.g. negative-review, billing, wait-time.")
@click.option("--platforms", "-p", multiple=True, metavar="LIST", help="Review sites, comma-separated or repeated (google, yelp, facebook ...).")
@click.option("--status", type=click.Choice(NEW_STATUSES), default="draft", show_default=True)
@click.option("--slug", help="File name (default: made from the title).")
@root_option
@today_option
def new_response_command(title, scenario, platforms, status, slug, root, today) -> None:
    """Create content/responses/slug.md for TITLE and print its path.

    Example: playbook new response "Long wait at check-in" --scenario wait-time --platforms google,yelp
    """
    from . import scaffold

    _create(root, lambda: scaffold.new_response(root, title, scenario=scenario, platforms=platforms, status=status, slug=slug), today)


# -- playbook export -------------------------------------------------------------------------------
def _now(ctx, param, value):
    if value is None:
        return None
    try:
        moment = dt.datetime.strptime(value.strip().replace("T", " "), "%Y-%m-%d %H:%M")
    except ValueError:
        raise click.BadParameter(f"not a date and time: {value[:40]!r} (use 'YYYY-MM-DD HH:MM', practice timezone)") from None
    if not planning.in_range(moment):
        raise click.BadParameter(planning.out_of_range(value.strip()))
    return moment


@main.command("export", short_help="Export approved posts for a scheduler or a spreadsheet.")
@click.argument("fmt", metavar="{" + "|".join(exporting.FORMATS) + "}", type=click.Choice(tuple(exporting.FORMATS)))
@click.option("--channel", help=f"The one channel to export (required for {' and '.join(f.name for f in exporting.FORMATS.values() if f.one_channel)}).")
@click.option("--from", "start", callback=day_option_value, metavar="YYYY-MM-DD", help="First publish day (default: today).")
@click.option("--to", "end", callback=day_option_value, metavar="YYYY-MM-DD", help="Last publish day, inclusive (default: 30 days after --from).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write to FILE (default: standard output).")
@click.option("--force", is_flag=True, help="Replace files that --out would overwrite (default: refuse).")
@click.option("--include-drafts", is_flag=True, help="Also export idea, draft and in-review posts (never cancelled ones).")
@click.option("--now", callback=_now, metavar="'YYYY-MM-DD HH:MM'", help="Export time, practice timezone (default: the real time).")
@root_option
@today_option
def export_command(fmt, channel, start, end, out, force, include_drafts, now, root, today) -> None:
    """Export approved posts as hootsuite or sprout (a scheduler's bulk upload, one
    --channel per file), or as csv or json (every channel and field, for a
    spreadsheet or a script).

    Only approved posts without error findings go out (published ones already
    did). Posts a scheduler would refuse are reported as `path: reason` and
    left out, never moved; the command then exits 1.
    """
    form = exporting.FORMATS[fmt]
    plans = load_plans(root)[0]  # fast: usage errors come before the full check
    kind, problem = exporting.channel_problem(form, channel, plans.practice.channels)
    if kind == "usage":
        raise click.UsageError(problem)
    if kind:
        raise click.BadParameter(problem, param_hint="'--channel'")
    report = check_project(root, today)
    plans = report.corpus.plans
    start = start or report.today
    end = end or start + dt.timedelta(days=exporting.DEFAULT_DAYS)
    if end < start:
        raise click.BadParameter(f"{end.isoformat()} is before --from {start.isoformat()}", param_hint="'--to'")
    moment = now.replace(tzinfo=plans.tz) if now is not None else dt.datetime.now(plans.tz)
    job = exporting.Export(exporting.select(report, start, end, channel, include_drafts, form, moment), form, channel, start, end)
    rows, parts = job.selection.rows, job.parts
    for line in job.left_out():
        click.echo(printable(line), err=True)
    if out is None and job.too_many_for_one_file():
        raise click.UsageError(job.too_many_for_one_file())
    for line in job.notes():
        click.echo(line, err=True)
    if out is None or not rows:  # zero rows: no file, no header-only output a scheduler would import
        if rows:
            click.echo(form.write(rows).encode("utf-8"), nl=False)  # bytes: written as-is
        targets = []
    elif len(parts) == 1:
        targets = [(out, rows)]
    else:
        targets = [(out.with_name(f"{out.stem}-{number}{out.suffix}"), part) for number, part in enumerate(parts, start=1)]
    for target, _ in targets:  # every file is checked before the first is written
        problem = target_problem(target, overwrite=force)
        if problem:
            hint = "Add --force to replace it, or choose another --out." if target.exists() and not target.is_dir() else "Choose another --out."
            raise click.ClickException(f"{problem}; nothing was written. {hint}")
    for target, part in targets:
        _write(target, form.write(part), make_parents=False)
        click.echo(f"wrote {target} ({len(part)} row(s))")
    for line in job.closing(len(targets)):
        click.echo(line, err=True)
    if job.failed:
        sys.exit(1)


def _write(path: Path, data, **options) -> None:
    """write_atomically, with a message instead of a traceback when the system refuses."""
    try:
        write_atomically(path, data, **options)
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from None


def _relative(root: Path, path: Path) -> str:
    absolute = path.resolve()
    try:
        return absolute.relative_to(root).as_posix() or "."
    except ValueError:
        return path.as_posix()


_HELD: list = []  # what console() keeps until the process ends


def console() -> None:
    """The `playbook` command as installed: main(), then the process ends without freeing what it holds object
    by object. A check of ten thousand posts holds some hundred thousand objects, and taking them apart at exit
    is a tenth of `playbook check FILE`'s time, for memory the system takes back whole anyway (mypy's
    util.hard_exit does the same). Exit handlers still run and the output is flushed first; a test calls main().
    No command starts a thread that would outlive it (an exit would otherwise wait for it)."""
    try:
        main()
        code: object = 0
    except SystemExit as done:
        code = done.code
        _HELD.append(done)  # its frames hold what the command made (a check's report): dropped here, it would be freed object by object
    if code is not None and not isinstance(code, int):  # sys.exit("message"): printed, exit status 1
        if sys.stderr is not None:
            print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()  # noqa: SLF001 - what interpreter shutdown would run first
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: Python started without that file descriptor
                stream.flush()
        except Exception:  # noqa: BLE001 - a closed pipe (`playbook check | head`): nothing more to say
            code = code or 1
    os._exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    console()
