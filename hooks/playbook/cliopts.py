"""Options every `playbook` command shares (--root, --today): one module, so subcommand groups
such as `playbook review` use them without importing the top-level command (a cycle)."""

from __future__ import annotations

from pathlib import Path

import click

from .clock import ENV_VAR, parse_day


def find_root(start: Path) -> Path:
    """The nearest folder at or above `start` that holds a practice (plans/ or mkdocs.yml)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "plans").is_dir() or (folder / "mkdocs.yml").is_file():
            return folder
    return start


def day_option_value(ctx, param, value):
    """A click callback: a YYYY-MM-DD option as a date, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _root(ctx, param, value: Path | None) -> Path:
    root = (value or find_root(Path.cwd())).resolve()
    if not (root / "plans").is_dir():
        raise click.ClickException(f"not a Practice Playbook repository (no plans/practice.yml): run `playbook init` to start one, or run this command inside a practice (looked in {root})")
    return root


root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    callback=_root,
    help="Practice repository (default: found from the current folder).",
)
today_option = click.option("--today", callback=day_option_value, metavar="YYYY-MM-DD", help=f"Treat this day as today (also ${ENV_VAR}).")
