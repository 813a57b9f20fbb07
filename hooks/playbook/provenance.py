"""Proof that an approval written in a file was written by the approver: git blame against plans/team.yml.

Anyone can type `{by: mreyes, role: privacy, on: ...}` into their own post. An
approval is proven when git shows that every line recording it was last
changed by a commit whose author e-mail is one of that person's `emails` in
plans/team.yml. Lines not yet committed, files outside git, and lines whose
commit lies beyond a shallow clone's horizon prove nothing.

Git is asked as little as possible and in a way a pull request cannot bend:
one `git blame --porcelain` per file (only the approvals' lines), one `git log`
for the authors of all the commits found. Blame's own author e-mail is not
used, because blame applies the repository's `.mailmap`, which a pull request
could edit to give its author the privacy officer's address; `%ae` reads the
commit as written. Replace refs and blame's ignore-revs file are switched off.

An e-mail in a commit is what its author typed into `git config`, not a
signature: the proof stops a careless or hurried author, and branch protection
with CODEOWNERS review (see `playbook codeowners`) stops the rest.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .model import Approval, Person

UNCOMMITTED = "0" * 40
GIT = ("git", "--no-replace-objects", "-c", "blame.ignoreRevsFile=", "-c", "log.showSignature=false", "-c", "log.mailmap=false")
TIMEOUT = 60


def ci_requested(env: Mapping[str, str] = os.environ) -> bool:
    """`PLAYBOOK_CI=1` (our CI script) or `CI=true` (GitHub Actions, GitLab and most others)."""
    return env.get("PLAYBOOK_CI", "") == "1" or env.get("CI", "").strip().lower() == "true"


@dataclass(frozen=True)
class Claim:
    """An approval that unlocks something, so it must be proven."""

    path: str  # relative to the repository root
    approval: Approval
    person: Person | None


@dataclass(frozen=True)
class Proofs:
    """Why each claim is unproven ("" when proven), and whether unproven claims are enforced."""

    reasons: Mapping[tuple[str, int], str] = field(default_factory=dict)  # (path, approval line) -> reason
    enforced: bool = False  # CI with the full history: unproven claims are errors and unlock nothing

    def reason(self, path: str, approval: Approval) -> str:
        return self.reasons.get((path, approval.line), "not checked")


@dataclass(frozen=True)
class Origin:
    commit: str
    boundary: bool  # the oldest commit blame could reach: in a shallow clone, not who wrote the line


def _git(root: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run([*GIT, "-C", str(root), *args], input=stdin, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None


def parse_blame(output: str) -> dict[int, Origin]:
    """Final line number -> origin, from `git blame --porcelain`."""
    origins: dict[int, Origin] = {}
    boundary: set[str] = set()
    current: tuple[str, int] | None = None
    for line in output.split("\n"):
        if line.startswith("\t"):
            if current is not None:
                commit, number = current
                origins[number] = Origin(commit, commit in boundary)
            current = None
            continue
        parts = line.split(" ")
        if len(parts) >= 3 and len(parts[0]) == 40 and parts[1].isdigit() and parts[2].isdigit():
            current = (parts[0], int(parts[2]))
        elif line == "boundary" and current is not None:
            boundary.add(current[0])
    return origins


def parse_authors(output: str) -> dict[str, str]:
    """Commit -> author e-mail (lower case), from `git log --format=%H%x00%ae%x00`."""
    fields = output.split("\x00")
    return {fields[i].strip(): fields[i + 1].strip().lower() for i in range(0, len(fields) - 1, 2)}


def _ranges(approvals: Iterable[Approval]) -> list[str]:
    return [f"-L{a.line},{max(a.line, a.last_line)}" for a in approvals]


def prove(root: Path | str, claims: Iterable[Claim], env: Mapping[str, str] = os.environ) -> Proofs:
    """Check every claim against git; see the module docstring."""
    claims = [c for c in claims if c.approval.line > 0]
    if not claims:
        return Proofs({}, False)
    root = Path(root)
    shallow = _git(root, "rev-parse", "--is-shallow-repository")
    if shallow is None or shallow.returncode != 0:
        reason = "there is no git history here to prove who wrote it (commit it, and check in a clone of the repository)"
        return Proofs({(c.path, c.approval.line): reason for c in claims}, False)
    is_shallow = shallow.stdout.strip() == "true"
    by_path: dict[str, list[Claim]] = {}
    for claim in claims:
        by_path.setdefault(claim.path, []).append(claim)
    blamed: dict[str, dict[int, Origin] | str] = {}
    for path, mine in by_path.items():
        result = _git(root, "blame", "--porcelain", *_ranges(c.approval for c in mine), "--", path)
        if result is None or result.returncode != 0:
            error = (result.stderr if result else "").strip().splitlines()
            untracked = any("no such path" in e for e in error)
            blamed[path] = "the file is not committed yet" if untracked else f"git blame failed ({error[-1] if error else 'no answer'})"
        else:
            blamed[path] = parse_blame(result.stdout)
    commits = sorted({o.commit for origins in blamed.values() if isinstance(origins, dict) for o in origins.values()} - {UNCOMMITTED})
    authors: dict[str, str] = {}
    if commits:
        log = _git(root, "log", "--no-walk=unsorted", "--stdin", "--format=%H%x00%ae%x00", stdin="\n".join(commits) + "\n")
        if log is not None and log.returncode == 0:
            authors = parse_authors(log.stdout)
    reasons = {(c.path, c.approval.line): _judge(c, blamed[c.path], authors, is_shallow) for c in claims}
    return Proofs(reasons, ci_requested(env) and not is_shallow)


def _judge(claim: Claim, origins: dict[int, Origin] | str, authors: dict[str, str], shallow: bool) -> str:
    """ "" when every line of the approval was committed by the approver; else the first reason why not."""
    if isinstance(origins, str):
        return origins
    person = claim.person
    if person is None:
        return f"'{claim.approval.by}' is not in plans/team.yml"
    if not person.emails:
        return f"plans/team.yml lists no git e-mails for {person.id} (add `emails: [...]` to their entry)"
    approval = claim.approval
    for number in range(approval.line, max(approval.line, approval.last_line) + 1):
        origin = origins.get(number)
        if origin is None or origin.commit == UNCOMMITTED:
            return f"line {number} is not committed yet"
        if origin.boundary and shallow:
            return f"line {number} comes from beyond this shallow clone's history (fetch the full history: fetch-depth: 0)"
        email = authors.get(origin.commit)
        if email is None:
            return f"git could not name the author of commit {origin.commit[:12]}"
        if email not in person.emails:
            return f"line {number} was committed by {email} (commit {origin.commit[:12]}), not by {person.id}"
    return ""
