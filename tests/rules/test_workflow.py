"""WF: workflow. Today is 2027-01-20 (harness.TODAY); the practice is in America/Chicago."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.rules.harness import CADENCE, PLANS, Cases, approval, hits, named, post, response

REPLY = "Thank you for telling us. We are sorry the wait was long. Please call Patient Relations so we can help."
UTC = dt.UTC


def planned(status: str, publish: str, **fields):
    return post("Warm up for five minutes before a winter run. Your knees will thank you.", status=status, publish=publish, **fields)


def signed(status: str, publish: str, *approvals, **fields):
    return planned(status, publish, approvals=tuple(approvals) or (approval("tbrooks", "approver", "2027-01-10"),), **fields)


CASES = {
    "WF001": Cases(
        trigger=[
            planned("draft", "2027-01-22 10:00"),
            planned("in-review", "2027-01-20 18:00"),  # goes out today
            planned("idea", "2027-01-23 09:00"),  # approvals due today
            planned("draft", "2027-01-21 07:30"),
            planned("in-review", dt.datetime(2027, 1, 24, 0, 30, tzinfo=UTC)),  # 23 January, 18:30 in Chicago
        ],
        clean=[
            signed("approved", "2027-01-22 10:00"),
            planned("draft", "2027-02-15 10:00"),
            planned("cancelled", "2027-01-21 10:00"),
            planned("draft", "2027-01-24 10:00"),  # approvals due tomorrow
            planned("draft", "2027-01-10 10:00"),  # already past: WF006's concern
            signed("published", "2027-01-18 10:00"),
        ],
    ),
    "WF002": Cases(
        trigger=[
            signed("approved", "2027-02-01 10:00", approval("jlee", "clinical", "2027-01-12")),
            signed("approved", "2027-02-01 10:00", approval("tbrooks", "privacy", "2027-01-12")),
            signed("approved", "2027-02-01 10:00", approval("dr-okafor", "author", "2027-01-12")),
            response(REPLY, status="approved", approvals=(approval("tbrooks", "approver", "2027-01-12"),)),
            response(REPLY, status="published", approvals=(approval("dr-okafor", "clinical", "2027-01-12"),)),
            response(REPLY, status="approved", approvals=(approval("spatel", "privacy", "2027-01-12"),)),
        ],
        clean=[
            signed("approved", "2027-02-01 10:00", approval("dr-okafor", "clinical", "2027-01-12")),
            signed("approved", "2027-02-01 10:00", approval("tbrooks", "approver", "2027-01-12")),
            response(REPLY, status="approved", approvals=(approval("mreyes", "privacy", "2027-01-12"),)),
            response(REPLY, status="draft"),
            response(REPLY, status="in-review", approvals=(approval("tbrooks", "approver", "2027-01-12"),)),
            signed("approved", "2027-02-01 10:00", approval("ghost", "clinical", "2027-01-12")),  # unknown person: FM008's concern
            signed("published", "2027-01-18 10:00", approval("dr-okafor", "clinical", "2027-01-12"), approval("mreyes", "privacy", "2027-01-12")),
        ],
    ),
    "WF003": Cases(
        trigger=[
            signed("published", "2027-02-01 10:00"),
            signed("published", "2027-01-21 08:00"),
            signed("published", dt.datetime(2027, 1, 21, 15, 0, tzinfo=UTC)),  # 09:00 on the 21st in Chicago
        ],
        clean=[
            signed("published", "2027-01-18 10:00"),
            signed("published", "2027-01-20 18:00"),  # later today: the checks know the day, not the hour
            signed("approved", "2027-02-01 10:00"),
            signed("published", dt.datetime(2027, 1, 21, 3, 0, tzinfo=UTC)),  # still the 20th in Chicago
            planned("draft", "2027-02-01 10:00"),
        ],
    ),
    "WF004": Cases(
        trigger=[
            signed("published", "2027-01-12 10:00", approval("dr-okafor", "clinical", "2027-01-14")),
            signed("approved", "2027-02-01 10:00", approval("tbrooks", "approver", "2027-12-10")),  # year typo
            response(REPLY, status="approved", approvals=(approval("mreyes", "privacy", "2027-03-01"),)),
            signed("published", "2027-01-15 09:00", approval("mreyes", "privacy", "2027-01-10"), approval("tbrooks", "approver", "2027-01-16")),
        ],
        clean=[
            signed("approved", "2027-02-01 10:00", approval("dr-okafor", "clinical", "2027-01-15")),
            signed("published", "2027-01-15 10:00", approval("tbrooks", "approver", "2027-01-15")),  # same day
            response(REPLY, status="approved", approvals=(approval("mreyes", "privacy", "2027-01-12"),)),
            signed("approved", "2027-01-20 17:00", approval("tbrooks", "approver", "2027-01-20")),  # approved today
            planned("draft", "2027-02-01 10:00"),
        ],
    ),
    "WF005": Cases(
        trigger=[
            signed("approved", "2027-02-01 10:00", approval("dr-okafor", "clinical", "2027-01-10"), author="dr-okafor"),
            signed("published", "2027-01-15 10:00", approval("tbrooks", "approver", "2027-01-10"), author="tbrooks"),
            signed("approved", "2027-02-01 10:00", approval("mreyes", "privacy", "2027-01-10"), approval("mreyes", "approver", "2027-01-11"), author="mreyes"),
        ],
        clean=[
            signed("approved", "2027-02-01 10:00", approval("tbrooks", "approver", "2027-01-10"), author="jlee"),
            signed("approved", "2027-02-01 10:00", approval("dr-okafor", "clinical", "2027-01-10"), approval("tbrooks", "approver", "2027-01-10"), author="dr-okafor"),
            planned("draft", "2027-02-01 10:00", author="dr-okafor", approvals=(approval("dr-okafor", "clinical", "2027-01-10"),)),
            signed("published", "2027-01-15 10:00", approval("mreyes", "privacy", "2027-01-10"), author="spatel"),
        ],
    ),
    "WF006": Cases(
        trigger=[
            signed("approved", "2027-01-15 10:00"),
            planned("draft", "2027-01-19 18:00"),
            planned("in-review", "2027-01-02 09:00"),
            planned("idea", dt.datetime(2027, 1, 20, 5, 0, tzinfo=UTC)),  # 23:00 on the 19th in Chicago
        ],
        clean=[
            signed("published", "2027-01-15 10:00"),
            planned("cancelled", "2027-01-15 10:00"),
            signed("approved", "2027-01-20 18:00"),  # later today
            planned("draft", "2027-02-10 10:00"),
            signed("approved", "2027-01-28 10:00"),
        ],
    ),
}


# ----------------------------------------------------------------- focused


def test_wf001_message_and_line():
    [hit] = hits("WF001", planned("draft", "2027-01-22 10:00", lines={"status": 7}))
    assert hit.line == 7
    assert "2027-01-22" in hit.message and "in 2 days" in hit.message and "3 days" in hit.message and "'draft'" in hit.message


def test_wf001_lead_time_comes_from_the_plans():
    plans = replace(PLANS, cadence=replace(CADENCE, approval_lead_days=10))
    example = planned("draft", "2027-01-28 10:00")
    assert not hits("WF001", example)
    assert hits("WF001", example, plans=plans)


def test_wf001_threshold_overrides_the_plans():
    assert hits("WF001", planned("draft", "2027-01-26 10:00"), thresholds={"lead_days": 7})
    assert not hits("WF001", planned("draft", "2027-01-22 10:00"), thresholds={"lead_days": 0})
    assert hits("WF001", planned("draft", "2027-01-20 10:00"), thresholds={"lead_days": 0})


def test_wf001_reads_the_injected_today():
    example = planned("draft", "2027-01-22 10:00")
    assert not hits("WF001", example, today=dt.date(2027, 1, 10))


def test_wf002_points_at_the_approval():
    bad = approval("jlee", "clinical", "2027-01-12")
    example = signed("approved", "2027-02-01 10:00", replace(bad, line=12))
    [hit] = hits("WF002", example)
    assert hit.line == 12 and "Jordan Lee" in hit.message and "clinical" in hit.message


def test_wf002_response_without_privacy_approval_message():
    [hit] = hits("WF002", response(REPLY, status="approved", approvals=(approval("tbrooks", "approver", "2027-01-12"),)))
    assert "privacy" in hit.message


def test_wf002_author_role_is_not_an_approval():
    [hit] = hits("WF002", signed("approved", "2027-02-01 10:00", approval("jlee", "author", "2027-01-12")))
    assert "not an approving role" in hit.message


def test_wf003_message():
    [hit] = hits("WF003", signed("published", "2027-02-01 10:00", lines={"status": 6}))
    assert hit.line == 6 and "2027-02-01" in hit.message and "approved" in hit.message


def test_wf004_one_finding_per_bad_approval():
    example = signed("published", "2027-01-12 10:00", approval("dr-okafor", "clinical", "2027-01-14"), approval("tbrooks", "approver", "2027-02-14"))
    found = hits("WF004", example)
    assert len(found) == 2
    assert "after the post went out" in found[0].message and "after today" in found[1].message


def test_wf006_message():
    [hit] = hits("WF006", signed("approved", "2027-01-15 10:00"))
    assert "2027-01-15" in hit.message and "published" in hit.message and "cancelled" in hit.message


# WF007 is emitted where waivers are applied, so its examples are whole files in a throwaway
# practice (no git there: nothing can be proven). tests/test_approval_provenance.py covers git.
def _waived(approvals: str, waiver: str = "{rule: PHI003, reason: The name is a public figure from the news}") -> dict:
    from tests.conftest import GOOD_POST

    return {"content/posts/2027/01/13-stretch.md": GOOD_POST.replace("author: jlee\n", f"author: jlee\napprovals:\n{approvals}waivers: [{waiver}]\n")}


CASES["WF007"] = Cases(
    trigger=[
        named("the same approval, typed in and not committed yet.", _waived('  - {by: mreyes, role: privacy, "on": 2027-01-02}\n')),
        _waived('  - by: mreyes\n    role: privacy\n    "on": 2027-01-02\n'),
        _waived('  - {by: dr-okafor, role: clinical, "on": 2027-01-02}\n  - {by: mreyes, role: privacy, "on": 2027-01-03}\n', "{rule: PHI001, reason: Quotes a public health notice}"),
    ],
    clean=[
        _waived('  - {by: dr-okafor, role: clinical, "on": 2027-01-02}\n'),  # FM015's case: no privacy approval to prove
        named(
            "a privacy approval in a file without privacy waivers (nothing depends on it).",
            _waived('  - {by: mreyes, role: privacy, "on": 2027-01-02}\n', "{rule: PER002, reason: Quotes the recall notice word for word}"),
        ),
        _waived('  - {by: jlee, role: privacy, "on": 2027-01-02}\n'),  # not in the privacy role: WF002's case
        _waived('  - {by: mreyes, role: privacy, "on": 2027-01-02}\n', "{rule: PHI003, reason: ok}"),  # no reason: FM013's case
    ],
)


def _codeowners_now(files: dict) -> str:
    """What `playbook codeowners` writes for a throwaway practice holding `files`."""
    import tempfile
    from pathlib import Path

    from playbook import codeowners
    from playbook.corpus import load_corpus

    from tests.conftest import make_project

    with tempfile.TemporaryDirectory() as folder:
        return codeowners.render(load_corpus(make_project(Path(folder), files)))


def _owners_file(text: str, files: dict | None = None) -> dict:
    from tests.conftest import GOOD_POST

    return {"content/posts/2027/01/13-stretch.md": GOOD_POST, **(files or {}), ".github/CODEOWNERS": text}


def _team_without_handle() -> str:
    from tests.conftest import TEAM

    return TEAM.replace(", github: morgan-reyes", "")


_WAIVED_PER = _waived("", "{rule: PER002, reason: Quotes the recall notice word for word}")
CASES["WF008"] = Cases(
    trigger=[
        named("a post adds `waivers: [{rule: PER002, reason: ...}]` and CODEOWNERS does not list it.", _owners_file(_codeowners_now({}), _WAIVED_PER)),  # the post gained a waiver since
        named("CODEOWNERS names another handle than the privacy officer's `github:` in plans/team.yml.", _owners_file(_codeowners_now({}).replace("@morgan-reyes", "@someone-else"))),
        {**_owners_file(_codeowners_now({})), "plans/team.yml": _team_without_handle()},
    ],
    clean=[
        named("CODEOWNERS as `playbook codeowners` just wrote it.", _owners_file(_codeowners_now(_WAIVED_PER), _WAIVED_PER)),
        _owners_file(_codeowners_now({})),
        _owners_file("* @someone\n", _WAIVED_PER),  # written by hand: not ours
        named("a repository without `.github/CODEOWNERS`.", {"content/posts/2027/01/13-stretch.md": _WAIVED_PER["content/posts/2027/01/13-stretch.md"]}),  # no CODEOWNERS at all
    ],
)
