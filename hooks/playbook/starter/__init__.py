"""`playbook init`: write a new practice of one's own from a few answers.

A practice holds its content, plans, pages and one pinned requirement on the
engine (requirements.txt); its `hooks/` keeps only the one-line file that
imports the installed MkDocs glue, and its CI workflow and pre-commit hook
install the pinned engine. Nothing of the sample practice is copied: the
pages are the engine's own starter text, and the practice's name and contact
route are written once, in plans/practice.yml, which pages and replies read
through placeholders.

Every answer is checked first (answers.py), the starter configuration is
chosen from the team and the rhythm (policy.py), and files are rendered from
`files/` with values escaped for YAML. Nothing is written into a folder that
already holds files unless `force` is given, and then only the files named in
the manifest are replaced.
"""

from __future__ import annotations

import functools
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .. import engine_pin
from ..files import write_atomically
from ..guidelines import GUIDELINES
from ..scaffold import DEFAULT_ARCHETYPES, quoted, yaml_value
from .answers import Answers, Problem, read_answers
from .policy import choose

__all__ = ["Answers", "NotEmpty", "Problem", "create", "create_sample", "manifest", "read_answers", "sample_folder"]

# target path in the practice -> template in files/ (".j2" ones are rendered with the answers)
MANIFEST = {
    ".gitignore": "gitignore.txt",
    "README.md": "README.md.j2",
    "requirements.txt": "requirements.txt.j2",
    ".pre-commit-config.yaml": "pre-commit-config.yaml.j2",
    ".github/workflows/playbook.yml": "workflow.yml",
    "hooks/playbook_mkdocs.py": "playbook_mkdocs.py.txt",
    "mkdocs.yml": "mkdocs.yml",
    "plans/practice.yml": "practice.yml.j2",
    "plans/team.yml": "team.yml.j2",
    "plans/cadence.yml": "cadence.yml.j2",
    "plans/series.yml": "series.yml",
    "plans/campaigns.yml": "campaigns.yml",
    "plans/authorizations.yml": "authorizations.yml",
    "plans/checks.yml": "checks.yml.j2",
    "content/index.md": "index.md",
    **{f"content/guidelines/{name}.md": f"guidelines/{name}.md" for name in (*GUIDELINES, "privacy")},
    **{f"content/responses/{name}.md": f"responses/{name}.md" for name in (
        "negative-review", "wait-time", "billing-question", "medical-question-in-comments", "privacy-worry", "positive-review")},
}  # fmt: skip
ARCHETYPES = {"plans/archetypes/post.md": "post", "plans/archetypes/response.md": "response"}
# What `--sample` copies from the sample practice; the rest comes from the manifest (pin, CI, glue).
SAMPLE_PARTS = ("mkdocs.yml", "content", "plans")
IGNORED_ENTRIES = (".git",)  # a fresh `git init` folder still counts as empty


class NotEmpty(FileExistsError):
    """The target folder already holds files; nothing was written."""


@dataclass(frozen=True)
class Written:
    root: Path
    files: tuple[str, ...]  # relative paths, in writing order
    engine: str  # the pinned requirement
    notes: tuple[str, ...] = ()  # gaps the new practice should know about


def manifest() -> tuple[str, ...]:
    return (*MANIFEST, *ARCHETYPES)


def _files():
    return resources.files(__package__) / "files"


@functools.lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, autoescape=False)
    env.filters["yaml"] = yaml_value
    env.filters["quoted"] = quoted
    return env


def _render(template: str, values: dict) -> str:
    text = (_files() / template).read_text(encoding="utf-8")
    return _environment().from_string(text).render(**values) if template.endswith(".j2") else text


def check_target(root: Path, force: bool) -> None:
    """Refuse a folder that holds anything (but .git) unless `force`; refuse a file in the way always."""
    if root.exists() and not root.is_dir():
        raise NotEmpty(f"{root} is a file, not a folder")
    if force or not root.exists():
        return
    present = sorted(entry.name for entry in root.iterdir() if entry.name not in IGNORED_ENTRIES)
    if present:
        listed = ", ".join(present[:5]) + (" ..." if len(present) > 5 else "")
        raise NotEmpty(f"{root} is not empty ({listed}); nothing was written. Choose an empty folder, or add --force to write the practice's files into it")


def _write_all(root: Path, texts: dict[str, str]) -> tuple[str, ...]:
    for rel, text in texts.items():
        target = root / rel
        if target.is_dir() or target.is_symlink():
            raise NotEmpty(f"{target} is in the way (a folder or a link); nothing more was written")
        write_atomically(target, text)
    return tuple(texts)


def infrastructure(engine: str) -> dict[str, str]:
    """The files every practice shares whatever its content: pin, CI, pre-commit, glue, .gitignore."""
    return {rel: _render(MANIFEST[rel], {"engine": engine}) for rel in (".gitignore", "requirements.txt", ".pre-commit-config.yaml", ".github/workflows/playbook.yml", "hooks/playbook_mkdocs.py")}


def create(root: Path | str, answers: Answers, force: bool = False) -> Written:
    """Write a new practice into `root` (created when missing); raise NotEmpty before writing anything."""
    root = Path(root).absolute()
    check_target(root, force)
    engine = engine_pin.requirement(answers.engine)
    values = {"a": answers, "s": choose(answers), "engine": engine}
    texts = {rel: _render(template, values) for rel, template in MANIFEST.items()}
    texts.update({rel: DEFAULT_ARCHETYPES[kind] for rel, kind in ARCHETYPES.items()})
    root.mkdir(parents=True, exist_ok=True)
    return Written(root, _write_all(root, texts), engine, tuple(answers.warnings()))


def sample_folder() -> Path | None:
    """The sample practice: shipped inside the package (wheel), or this source checkout (editable install)."""
    shipped = Path(str(_files())).parent / "sample"
    checkout = Path(__file__).resolve().parents[3]
    for folder in (shipped, checkout):
        if (folder / "plans" / "practice.yml").is_file() and (folder / "content").is_dir() and (folder / "mkdocs.yml").is_file():
            return folder
    return None


def create_sample(root: Path | str, force: bool = False, engine: str = "") -> Written:
    """Write the fictional sample practice (to try things out), with this engine pinned."""
    root = Path(root).absolute()
    source = sample_folder()
    if source is None:
        raise FileNotFoundError("this installation of the engine does not include the sample practice; clone the engine's repository instead")
    check_target(root, force)
    pin = engine_pin.requirement(engine)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for part in SAMPLE_PARTS:
        path = source / part
        if path.is_dir():
            shutil.copytree(path, root / part, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", ".*"))
            written += sorted(p.relative_to(root).as_posix() for p in (root / part).rglob("*") if p.is_file())
        else:
            shutil.copy2(path, root / part)
            written.append(part)
    written += _write_all(root, infrastructure(pin))
    return Written(root, tuple(written), pin)
