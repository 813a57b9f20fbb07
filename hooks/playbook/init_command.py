"""`playbook init [DIR]`: the command line around starter/ (questions, flags, an answers file).

Answers come from an answers file (`--from`), then flags, then questions for
whatever is still missing; `--yes` asks nothing and reports what is missing.
Each answer is checked by starter.answers; a wrong one is asked again (or, with
`--yes`, named with its flag). Nothing is written until every answer is good.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from . import engine_pin, starter
from .channels import KNOWN_CHANNELS
from .model import ROLES
from .source import read_source
from .starter.answers import DEFAULT_CHANNELS, DEFAULT_PER_WEEK, Problem, check_one, parse_person
from .yamlload import YamlError, load_yaml

FLAGS = {
    "name": "--name", "website": "--website", "timezone": "--timezone", "playbook_url": "--playbook-url",
    "contact.name": "--contact-name", "contact.phone": "--contact-phone", "contact.email": "--contact-email",
    "channels": "--channels", "posts_per_week": "--posts-per-week", "team": "--person", "engine": "--engine-spec",
}  # fmt: skip
REQUIRED = ("name", "website", "timezone", "contact.name", "contact.phone", "contact.email", "team")
QUESTIONS = {
    "name": "Practice name",
    "website": "Practice website (https://...)",
    "timezone": "Timezone (IANA name, e.g. America/Chicago)",
    "playbook_url": "Where the playbook will be published (https://..., blank if not known yet)",
    "contact.name": "Who takes conversations offline (e.g. Patient Services)",
    "contact.phone": "Their phone number, with country code",
    "contact.email": "Their e-mail address, on the practice's domain",
    "channels": f"Channels, comma-separated ({', '.join(KNOWN_CHANNELS)})",
    "posts_per_week": "Posts a week on each channel",
}


def _local_timezone() -> str:
    """The machine's timezone name, as a default answer ('' when it cannot be told)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if "/" in name:
        return name
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return ""
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""


def _read_file(path: Path) -> dict:
    source = read_source(path)
    if source.text is None:
        raise click.BadParameter(f"{path}: {source.problem}", param_hint="'--from'")
    data, error = load_yaml(source.text)
    if isinstance(error, YamlError):
        raise click.BadParameter(f"{path}:{error.line}: {error.message}", param_hint="'--from'")
    if data is not None and not isinstance(data, dict):
        raise click.BadParameter(f"{path} must hold 'key: value' lines (name, website, timezone, contact, channels, team ...)", param_hint="'--from'")
    return dict(data or {})


def _get(data: dict, key: str):
    if key.startswith("contact."):
        contact = data.get("contact")
        return contact.get(key[8:]) if isinstance(contact, dict) else None
    return data.get(key)


def _set(data: dict, key: str, value) -> None:
    if key.startswith("contact."):
        contact = data.get("contact")
        data["contact"] = {**(contact if isinstance(contact, dict) else {}), key[8:]: value}
    else:
        data[key] = value


def _defaults(key: str):
    return {"timezone": _local_timezone() or None, "channels": ",".join(DEFAULT_CHANNELS), "posts_per_week": str(DEFAULT_PER_WEEK), "playbook_url": ""}.get(key)


def _ask(key: str) -> str:
    """One question, asked again until the answer can be used on its own."""
    default = _defaults(key)
    while True:
        if key == "playbook_url" or default is not None:
            value = click.prompt(QUESTIONS[key], default=default, show_default=bool(default))
        else:
            value = click.prompt(QUESTIONS[key])
        try:
            check_one(key, value)
            return value
        except Problem as problem:
            click.echo(f"{problem.key} {problem.message}", err=True)


def _ask_team() -> list[dict]:
    click.echo(f"The team: everyone who writes or approves posts. Roles: {', '.join(ROLES)}.")
    team: list[dict] = []
    while True:
        number = len(team) + 1
        member_id = click.prompt(f"Person {number}: short id (e.g. kim)")
        name = click.prompt(f"Person {number}: full name")
        roles = click.prompt(f"Person {number}: roles, comma-separated", default="author, privacy, approver" if number == 1 else "author")
        emails = click.prompt(f"Person {number}: the e-mail they commit with (git config user.email; blank to skip)", default="", show_default=False)
        team.append({"id": member_id, "name": name, "roles": roles, "emails": emails or None})
        if not click.confirm("Add another person?", default=False):
            return team


def gather(data: dict, ask: bool) -> starter.Answers:
    """Answers from `data`, asking for what is missing or wrong unless `ask` is False."""
    for key in QUESTIONS:
        if ask and _get(data, key) in (None, ""):
            _set(data, key, _ask(key))
    if ask and not data.get("team"):
        data["team"] = _ask_team()
    missing = [FLAGS[key] for key in REQUIRED if _get(data, key) in (None, "", [])]
    if not ask and missing:
        raise click.UsageError(f"missing answers: {', '.join(missing)} (give them as flags, or in --from answers.yml)")
    while True:
        try:
            return starter.read_answers(data)
        except starter.Problem as problem:
            key = problem.key.split("[", 1)[0] if problem.key.startswith("team") else problem.key
            if not ask or (key not in QUESTIONS and key != "team"):
                flag = FLAGS.get(key)
                raise click.UsageError(f"{problem.key} {problem.message}" + (f" (give it with {flag})" if flag else "")) from None
            click.echo(f"{problem.key} {problem.message}", err=True)
            if key == "team":
                data["team"] = _ask_team()
            else:
                _set(data, key, _ask(key))


@click.command("init", short_help="Start a new practice's playbook in a folder.")
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", help="The practice's name.")
@click.option("--website", help="The practice's website, https://...")
@click.option("--timezone", help="IANA timezone name, e.g. America/Chicago.")
@click.option("--playbook-url", help="Where the playbook site will be published (optional).")
@click.option("--contact-name", help="Who takes conversations offline, e.g. Patient Services.")
@click.option("--contact-phone", help="Their phone number, with country code.")
@click.option("--contact-email", help="Their e-mail address, on the practice's domain.")
@click.option("--channels", help=f"Comma-separated: {', '.join(KNOWN_CHANNELS)}.")
@click.option("--posts-per-week", help=f"Posts a week on each channel (default {DEFAULT_PER_WEEK}).")
@click.option("--person", "people", multiple=True, metavar="ID:NAME:ROLES[:EMAILS]", help="A team member: id, full name, roles and (optional) git e-mails, separated by ':'; lists by ','. Repeatable.")
@click.option(
    "--from", "answers_file", type=click.Path(dir_okay=False, exists=True, path_type=Path), help="Read the answers from a YAML file (same keys as plans/practice.yml, plus team and posts_per_week)."
)
@click.option("--yes", "-y", is_flag=True, help="Ask nothing: take the flags, the answers file and the defaults.")
@click.option("--force", is_flag=True, help="Write into a folder that already holds files (replacing the practice files init writes).")
@click.option("--sample", is_flag=True, help="Write the fictional sample practice instead, to try things out.")
@click.option(
    "--engine-spec", envvar=engine_pin.ENV_VAR, help=f"The pip requirement to pin (default: the engine running init, by its version or the git URL and tag it came from; also ${engine_pin.ENV_VAR})."
)
def init_command(folder, name, website, timezone, playbook_url, contact_name, contact_phone, contact_email, channels, posts_per_week, people, answers_file, yes, force, sample, engine_spec) -> None:
    """Write a new practice into FOLDER (default: here): plans, site configuration, guideline and
    home pages, starter reply templates, CI workflow and pre-commit hook, with this engine pinned.

    Asks for the practice's name, website, timezone, contact route, channels and team, or
    takes them from flags and --from answers.yml (with --yes, nothing is asked). Refuses a
    folder that already holds files unless --force. `mkdocs build --strict` passes on the
    result at once.

    \b
    Example:
      playbook init my-practice --yes --name "Lakeside Pediatrics" \\
        --website https://www.lakeside-peds.org --timezone America/Denver \\
        --contact-name "Front Desk" --contact-phone "+1 312 555 0199" \\
        --contact-email hello@lakeside-peds.org --channels facebook,instagram \\
        --person "kim:Kim Alvarez:author,privacy,approver:kim@lakeside-peds.org"
    """
    example = "--channels facebook --guideline personality --author jlee"
    try:
        if sample:
            written = starter.create_sample(folder, force=force, engine=engine_spec or "")
        else:
            starter.check_target(folder.absolute(), force)  # before any question: nothing to answer for
            data = _read_file(answers_file) if answers_file else {}
            flags = {"name": name, "website": website, "timezone": timezone, "playbook_url": playbook_url, "contact.name": contact_name,
                     "contact.phone": contact_phone, "contact.email": contact_email, "channels": channels, "posts_per_week": posts_per_week, "engine": engine_spec}  # fmt: skip
            for key, value in flags.items():
                if value is not None:
                    _set(data, key, value)
            if people:
                try:
                    data["team"] = [parse_person(person) for person in people]
                except starter.Problem as problem:
                    raise click.BadParameter(problem.message, param_hint="'--person'") from None
            answers = gather(data, ask=not yes)
            written = starter.create(folder, answers, force=force)
            example = f"--channels {','.join(answers.channels)} --guideline personality --author {answers.team[0].id}"

    except starter.NotEmpty as exc:
        raise click.ClickException(str(exc)) from None
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {exc.filename or folder}: {exc.strerror or exc}") from None
    click.echo(f"Wrote {len(written.files)} files in {written.root} (engine: {written.engine}).")
    for note in written.notes:
        click.echo(f"Note: {note}", err=True)
    where = "" if written.root == Path.cwd().absolute() else f"cd {folder} && "
    click.echo("Next:")
    click.echo(f"  {where}python3 -m venv .venv && .venv/bin/pip install -r requirements.txt")
    click.echo(f'  .venv/bin/playbook new post "A first post" --date YYYY-MM-DD {example}')
    click.echo("  .venv/bin/mkdocs serve    # preview; .venv/bin/mkdocs build --strict builds the site as CI does")
    click.echo('  git init && git add . && git commit -m "Start our playbook"    # then push to GitHub (see README.md)')
