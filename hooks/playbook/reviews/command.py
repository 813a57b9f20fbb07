"""`playbook review add|answer|follow-up|list|import|draft`: the review log from the command line.

Every command reads the whole practice (the log refers to templates and the
team), checks what the user gave before anything is written, and writes
through writer.py, which never overwrites an entry. `draft` writes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import click

from ..check import check_project
from ..cliopts import day_option_value, root_option, today_option
from ..clock import resolve_today
from ..content import PLATFORMS, SCENARIOS
from ..corpus import load_corpus
from ..fields import is_url, parse_datetime, suggest
from ..output import render
from ..siteconfig import build_folders
from . import importer, writer
from .businessdays import business_days_between
from .draft import check_draft
from .model import NEGATIVE_RATING
from .queue import deadlines, open_in, state_on


def _corpus(root: Path):
    corpus = load_corpus(root)
    broken = [f for f in corpus.findings if f.path.startswith("plans/reviews/") and f.code == "FM001"]
    if broken:
        raise click.ClickException(f"fix the review log first: {broken[0].text()}")
    return corpus


def _moment(text: str | None, corpus, option: str, today=None) -> dt.datetime:
    """A time given on the command line (practice time unless it has an offset), or now.

    "Now" is today from the one clock (--today, $PLAYBOOK_TODAY, `as_of`, the real date) at the
    current time of day, so a practice whose checks are pinned to a day logs reviews on that day.
    """
    tz = corpus.plans.tz
    if text is None:
        day = resolve_today(today, corpus.plans.as_of)
        clock = dt.datetime.now(tz).replace(second=0, microsecond=0)
        return dt.datetime.combine(day, clock.time(), tz).astimezone(dt.UTC).astimezone(tz)
    parsed = parse_datetime(text.strip().replace("T", " "), tz)
    if isinstance(parsed, str):
        raise click.BadParameter(f"{parsed} (write 'YYYY-MM-DD HH:MM', practice time)", param_hint=f"'{option}'")
    return parsed


def _review(corpus, review_id: str):
    review = corpus.reviews.get(review_id)
    if review is None:
        ids = [r.id for r in corpus.reviews.reviews]
        hint = suggest(review_id, ids) or "`playbook review list` shows them"
        raise click.BadParameter(f"no review '{review_id}' in plans/reviews/; {hint}", param_hint="'ID'")
    return review


def _template(corpus, uid: str):
    templates = {t.uid: t for t in corpus.responses if t.uid}
    if uid not in templates:
        hint = suggest(uid, templates) or "known: " + ", ".join(f"{u} ({t.scenario})" for u, t in sorted(templates.items()))
        raise click.BadParameter(f"no response template with uid '{uid}'; {hint}", param_hint="'--template'")
    return templates[uid]


def _refused(exc: writer.Refused):
    if exc.option:
        raise click.BadParameter(exc.message, param_hint=f"'{exc.option}'")
    raise click.ClickException(exc.message)


def _own_findings(root: Path, today, review_ids: set[str]) -> None:
    """After a write: the findings about the entries written (REV003 for a draft template, say)."""
    report = check_project(root, today)
    spans = [(r.path, r.line, max(r.lines.values(), default=r.line)) for r in report.corpus.reviews.reviews if r.id in review_ids]
    mine = [f for f in report.findings if any(f.path == path and first <= f.line <= last for path, first, last in spans)]
    if mine:
        click.echo(render(mine, "text"), err=True, nl=False)


@click.group("review", short_help="The review log: add, answer, list, import, draft.")
def review() -> None:
    """Log public reviews and their replies (plans/reviews/), and check a reply against its review.

    The log never holds the reviewer's name or the review's text: it links to the review.
    """


@review.command("add", short_help="Log a new review by its link; prints its id.")
@click.argument("url")
@click.option("--platform", required=True, type=click.Choice(PLATFORMS), help="Where the review is.")
@click.option("--rating", required=True, metavar="1-5|none", help="Stars, or none where the platform has none.")
@click.option("--scenario", type=click.Choice(SCENARIOS), help=f"What the review is about (default: from the rating, 1-{NEGATIVE_RATING} negative-review, else positive-review).")
@click.option("--received", metavar="'YYYY-MM-DD HH:MM'", help="When it was posted, practice time (default: now, on the checks' today).")
@root_option
@today_option
def add(url, platform, rating, scenario, received, root, today) -> None:
    """Log a new review by its public link, and print its id.

    Example: playbook review add https://g.page/r/.../review/123 --platform google --rating 2 --scenario wait-time
    """
    if not is_url(url):
        raise click.BadParameter(f"'{url[:80]}' is not a full https:// address of the review", param_hint="'URL'")
    stars = _rating(rating)
    corpus = _corpus(root)
    if scenario is None:
        if stars is None:
            raise click.MissingParameter("a review without stars needs --scenario", param_hint="'--scenario'", param_type="option")
        scenario = "negative-review" if stars <= NEGATIVE_RATING else "positive-review"
        click.echo(f"scenario: {scenario} (from the rating; use --scenario to be more precise)", err=True)
    moment = _moment(received, corpus, "--received", today)
    new = writer.NewReview(platform, url, moment, stars, scenario)
    try:
        written = writer.add_reviews(root, corpus, [new])
    except writer.Refused as exc:
        _refused(exc)
    except OSError as exc:
        raise click.ClickException(f"cannot write the log: {exc.strerror or exc}; nothing was written") from None
    entry = written[0]
    click.echo(entry.review_id)
    click.echo(f"logged in {entry.rel}" + (" (new file)" if entry.created else ""), err=True)
    _own_findings(root, today, {entry.review_id})
    after = load_corpus(root)
    logged = after.reviews.get(entry.review_id)
    if logged is not None and logged.negative:
        item = state_on(logged, resolve_today(today, after.plans.as_of), after.reviews.settings, after.plans.tz)
        click.echo(f"Negative review: reply {item.text()}; then `playbook review answer {entry.review_id} --template UID`.", err=True)


def _rating(text: str) -> int | None:
    value = text.strip().lower()
    if value in ("none", "-", ""):
        return None
    if value in {"1", "2", "3", "4", "5"}:
        return int(value)
    raise click.BadParameter(f"'{text[:20]}' is not 1 to 5 or none", param_hint="'--rating'")


@review.command("answer", short_help="Record the reply to a review.")
@click.argument("review_id", metavar="ID")
@click.option("--template", "uid", required=True, metavar="UID", help="The uid of the response template the reply used.")
@click.option("--by", envvar="PLAYBOOK_AUTHOR", help="Who posted the reply: a team member id (also $PLAYBOOK_AUTHOR).")
@click.option("--at", "at", metavar="'YYYY-MM-DD HH:MM'", help="When the reply was posted, practice time (default: now, on the checks' today).")
@root_option
@today_option
def answer(review_id, uid, by, at, root, today) -> None:
    """Record the reply to review ID (never replaces a recorded one)."""
    corpus = _corpus(root)
    item = _review(corpus, review_id)
    template = _template(corpus, uid)
    if not by:
        raise click.MissingParameter("who posted the reply: --by ID or $PLAYBOOK_AUTHOR", param_hint="'--by'", param_type="option")
    if by not in corpus.plans.team:
        raise click.BadParameter(f"'{by}' is not in plans/team.yml; {suggest(by, corpus.plans.team) or 'known: ' + ', '.join(sorted(corpus.plans.team))}", param_hint="'--by'")
    moment = _moment(at, corpus, "--at", today)
    try:
        written = writer.answer_review(root, corpus, item, template.uid, by, moment)
    except writer.Refused as exc:
        _refused(exc)
    except OSError as exc:
        raise click.ClickException(f"cannot write the log: {exc.strerror or exc}; nothing was written") from None
    click.echo(f"{item.id} answered with {template.uid} ({template.title}) in {written.rel}")
    _own_findings(root, today, {item.id})


@review.command("follow-up", short_help="Record the private follow-up with a reviewer.")
@click.argument("review_id", metavar="ID")
@click.option("--on", "on", callback=day_option_value, metavar="YYYY-MM-DD", help="The day of the private follow-up (default: today).")
@root_option
@today_option
def follow_up(review_id, on, root, today) -> None:
    """Record the private follow-up with the reviewer (a call or a letter), by day only."""
    corpus = _corpus(root)
    item = _review(corpus, review_id)
    day = on or resolve_today(today, corpus.plans.as_of)
    try:
        written = writer.follow_up_review(root, corpus, item, day)
    except writer.Refused as exc:
        _refused(exc)
    click.echo(f"{item.id} followed up on {day.isoformat()} in {written.rel}")


@review.command("list", short_help="List reviews; --open: those waiting for a reply.")
@click.option("--open", "only_open", is_flag=True, help="Only unanswered reviews, oldest first, with their due day.")
@click.option("--platform", type=click.Choice(PLATFORMS), help="Only this platform.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@root_option
@today_option
def list_command(only_open, platform, fmt, root, today) -> None:
    """List the logged reviews (newest first), or with --open the ones waiting for a reply."""
    corpus = load_corpus(root)
    day = resolve_today(today, corpus.plans.as_of)
    tz = corpus.plans.tz
    if only_open:
        items = [o for o in open_in(corpus.reviews, day, tz) if not platform or o.review.platform == platform]
        if fmt == "json":
            click.echo(json.dumps([_open_json(o) for o in items], indent=2))
            return
        if not items:
            click.echo(f"No open reviews on {day.isoformat()}.")
            return
        for o in items:
            r = o.review
            click.echo(f"{r.id:<16} {r.platform:<12} {_stars(r):<9} {r.scenario:<22} {r.received.astimezone(tz):%Y-%m-%d %H:%M}  {o.text()}  {r.url}")
        late = sum(1 for o in items if o.late)
        click.echo(f"{len(items)} open review(s) on {day.isoformat()}" + (f", {late} past the target" if late else "") + "; `playbook review answer ID --template UID` records a reply.")
        return
    items = [r for r in reversed(corpus.reviews.reviews) if not platform or r.platform == platform]
    if fmt == "json":
        click.echo(json.dumps([_review_json(r, tz) for r in items], indent=2))
        return
    for r in items:
        answered = f"answered {r.answered.astimezone(tz):%Y-%m-%d %H:%M} ({r.template}, {r.by}){_lateness(r, corpus.reviews.settings, tz)}" if r.answered else "open"
        click.echo(f"{r.id:<16} {r.platform:<12} {_stars(r):<9} {r.scenario:<22} {r.received.astimezone(tz):%Y-%m-%d %H:%M}  {answered}")
    click.echo(f"{len(items)} review(s).")


def _lateness(review, settings, tz) -> str:
    """', 1 business day late' for a negative review answered after its due day, else ''."""
    if not review.negative:
        return ""
    due = deadlines(review, settings, tz).due
    late = business_days_between(due, review.answered.astimezone(tz).date(), settings)
    return f", {late} business day{'s' if late != 1 else ''} late" if late > 0 else ""


def _stars(review) -> str:
    return f"{review.rating} star{'s' if review.rating != 1 else ''}" if review.rating is not None else "no rating"


def _review_json(r, tz) -> dict:
    return {
        "id": r.id, "platform": r.platform, "url": r.url, "received": r.received.astimezone(tz).isoformat(),
        "rating": r.rating, "scenario": r.scenario, "negative": r.negative,
        "answered": r.answered.astimezone(tz).isoformat() if r.answered else None, "template": r.template or None, "by": r.by or None,
        "followed_up": r.followed_up.isoformat() if r.followed_up else None,
    }  # fmt: skip


def _open_json(o) -> dict:
    return {"id": o.review.id, "platform": o.review.platform, "url": o.review.url, "negative": o.negative, "due": o.due.isoformat(), "business_days_left": o.left, "state": o.state}


@review.command("import", short_help="Log the reviews of a platform's CSV export.")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--platform", type=click.Choice(PLATFORMS), help="The platform of every row (else a 'platform' column).")
@click.option("--map", "maps", multiple=True, metavar="'COLUMN=FIELD'", help="Read COLUMN as FIELD (url, received, rating, scenario, platform, answered). Repeatable.")
@click.option("--date-order", type=click.Choice(importer.DATE_ORDERS), help="How slashed dates are written: mdy (01/04/2027 is 4 January) or dmy.")
@click.option("--utc", is_flag=True, help="Times without an offset are UTC (default: practice time).")
@click.option("--delimiter", default=",", show_default=True, help="The column separator.")
@click.option("--template", "uid", metavar="UID", help="With --by: record the replies the export has dates for, as posted with this template.")
@click.option("--by", help="With --template: who posted those replies (a team member id).")
@click.option("--dry-run", is_flag=True, help="Show what would be logged; write nothing.")
@root_option
@today_option
def import_command(file, platform, maps, date_order, utc, delimiter, uid, by, dry_run, root, today) -> None:
    """Log the reviews of a platform's CSV export (one month at a time).

    Names and review text in the file are dropped, never stored. See the
    column mapping in the README ("When a review comes in").
    """
    mapping = {}
    for item in maps:
        column, sep, name = item.rpartition("=")
        if not sep or name.strip() not in importer.FIELDS:
            raise click.BadParameter(f"'{item}' must look like 'Column name=field' with field one of: {', '.join(importer.FIELDS)}", param_hint="'--map'")
        mapping[column.strip()] = name.strip()
    if len(delimiter) != 1:
        raise click.BadParameter("one character, such as ';' or a tab", param_hint="'--delimiter'")
    if bool(uid) != bool(by):
        raise click.UsageError("--template and --by go together: they say how the replies in the export were written and by whom")
    corpus = _corpus(root)
    if uid:
        _template(corpus, uid)
        if by not in corpus.plans.team:
            raise click.BadParameter(f"'{by}' is not in plans/team.yml", param_hint="'--by'")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        parsed = importer.parse_csv(importer.decode(data), corpus.plans.tz, platform=platform, mapping=mapping, date_order=date_order, utc=utc, answered_with=bool(uid), delimiter=delimiter)
    except importer.NotImportable as exc:
        raise click.ClickException(f"{file}: {exc}; nothing was written") from None
    click.echo("columns: " + ", ".join(f"{field} <- '{column}'" for field, column in parsed.mapping.items()), err=True)
    if parsed.dropped:
        click.echo(f"dropped, never stored: {', '.join(repr(c) for c in parsed.dropped)} (names and review text stay on the platform)", err=True)
    if parsed.unknown:
        click.echo(f"left out, unknown: {', '.join(repr(c) for c in parsed.unknown)} (use --map 'Column=field' if one holds a log field)", err=True)
    if parsed.derived_scenarios:
        click.echo(
            f"{parsed.derived_scenarios} row(s) have no scenario column: scenario set from the rating (1-{NEGATIVE_RATING} negative-review, else positive-review); correct the specific ones in the log",
            err=True,
        )
    if parsed.unanswered_replies:
        click.echo(f"{parsed.unanswered_replies} row(s) have a reply date that was not recorded: add --template UID --by ID, or record each with `playbook review answer`", err=True)
    for number, problem in parsed.problems:
        click.echo(f"{file}:{number}: {problem}; row left out", err=True)
    logged = {r.url: r.id for r in corpus.reviews.reviews}
    fresh, seen = [], set()
    for row in parsed.rows:
        if row.url in logged or row.url in seen:
            click.echo(f"{file}:{row.number}: already logged" + (f" as {logged[row.url]}" if row.url in logged else " (twice in this file)") + "; skipped", err=True)
            continue
        seen.add(row.url)
        fresh.append(row)
    if dry_run:
        for row in fresh:
            click.echo(f"would log {row.platform} {row.received.astimezone(corpus.plans.tz):%Y-%m-%d %H:%M} rating {row.rating if row.rating is not None else 'none'} {row.scenario} {row.url}")
        click.echo(f"{len(fresh)} review(s) would be logged; nothing was written (--dry-run).")
        sys.exit(1 if parsed.problems else 0)
    news = [writer.NewReview(r.platform, r.url, r.received, r.rating, r.scenario, r.answered, uid or "", by or "") for r in fresh]
    try:
        written = writer.add_reviews(root, corpus, news)
    except writer.Refused as exc:
        _refused(exc)
    except OSError as exc:
        raise click.ClickException(f"cannot write the log: {exc.strerror or exc}") from None
    answered = sum(1 for r in fresh if r.answered)
    files = sorted({w.rel for w in written})
    click.echo(f"logged {len(written)} review(s)" + (f", {answered} with their reply" if answered else "") + (f" in {', '.join(files)}" if files else "") + ".")
    if written:
        _own_findings(root, today, {w.review_id for w in written})
    if parsed.problems:
        click.echo(f"{len(parsed.problems)} row(s) were left out (listed above); fix them and import again: logged rows are skipped.", err=True)
        sys.exit(1)


@review.command("draft", short_help="Check a reply against the review's text; writes nothing.")
@click.argument("review_id", metavar="ID")
@click.option("--template", "uid", metavar="UID", help="The response template to reply with (default: the one the log records).")
@click.option("--reviewer", default="", metavar="NAME", help="The reviewer's public display name, as the platform shows it.")
@click.option("--review-file", type=click.Path(dir_okay=False, path_type=Path), help="The review's text, pasted into a git-ignored file (default: standard input).")
@click.option("--reply", "reply_file", type=click.Path(dir_okay=False, path_type=Path), help="An edited reply to check instead of the template as it is.")
@root_option
@today_option
def draft(review_id, uid, reviewer, review_file, reply_file, root, today) -> None:
    """Render the reply to review ID and check it against the review's text; writes nothing.

    Paste the public review into standard input (or --review-file). Every
    clinical or personal detail the reply repeats from the review, or adds,
    is reported; so is anything the reply rules find. Exit 1 on errors.

    Example: playbook review draft rv-2027-01-07 --template rb-resp-003 --reviewer "Pat K." < review.txt
    """
    corpus = load_corpus(root)
    item = _review(corpus, review_id)
    uid = uid or item.template
    if not uid:
        raise click.MissingParameter("which template to reply with", param_hint="'--template'", param_type="option")
    template = _template(corpus, uid)
    review_text = _read_private(review_file, root) if review_file else _stdin()
    if not review_text.strip():
        raise click.UsageError("paste the review's text into standard input or --review-file (it is never stored)")
    edited = _read_private(reply_file, root, "--reply") if reply_file else None
    day = resolve_today(today, corpus.plans.as_of)
    result = check_draft(corpus, day, template, review_text, reviewer=reviewer, edited=edited, review=item)
    click.echo(result.reply)
    if result.findings:
        click.echo(render(list(result.findings), "text"), err=True, nl=False)
    if item.is_open and item.negative:
        click.echo(f"{item.id}: {state_on(item, day, corpus.reviews.settings, corpus.plans.tz).text()}.", err=True)
    if result.errors:
        click.echo("Do not post this reply: fix what is listed above (edit a copy and check it with --reply FILE).", err=True)
        sys.exit(1)
    click.echo(f"Nothing to fix. After posting it: playbook review answer {item.id} --template {template.uid}", err=True)


def _stdin() -> str:
    stream = sys.stdin
    if stream.isatty():
        click.echo("Paste the review's text, then press Ctrl-D:", err=True)
    return stream.read(importer.MAX_BYTES)


def _read_private(path: Path, root: Path, option: str = "--review-file") -> str:
    """A local file with review (or reply) text: refused where the build reads, publishes or caches
    (as named or behind a link), warned about if git would keep it."""
    absolute = path.resolve()
    rel = _inside(absolute, root)
    for named in (Path(os.path.abspath(path)), absolute):
        where = _inside(named, root)
        folder = where and next((f for f in build_folders(root) if where.parts[: len(f.split("/"))] == tuple(f.split("/"))), None)
        if folder:
            raise click.BadParameter(f"{path} is inside {folder}/, which the build reads, publishes or caches; keep review text outside it", param_hint=f"'{option}'")
    if rel is not None and not _git_ignored(root, absolute):
        click.echo(f"Warning: git does not ignore {path}; it could be committed. Delete it after use, or add it to .gitignore.", err=True)
    try:
        data = absolute.read_bytes()[: importer.MAX_BYTES]
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from None
    return data.decode("utf-8-sig", errors="replace")


def _inside(path: Path, root: Path) -> Path | None:
    try:
        return path.relative_to(root)
    except ValueError:
        return None


def _git_ignored(root: Path, path: Path) -> bool:
    if not (root / ".git").exists():
        return True  # not a repository: nothing can be committed by accident
    try:
        result = subprocess.run(["git", "-C", str(root), "check-ignore", "-q", str(path)], capture_output=True, timeout=10, check=False, env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"})
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0
