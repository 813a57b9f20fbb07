"""Where a post or a reply template stands: one row per status, and everything else reads it.

`status:` in front matter takes an id. Which statuses need approvals, which may
be copied from the library or exported to a scheduler, which still wait for
someone, what a calendar app shows: all derived from the columns here, so no
module keeps its own list of "approved".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    id: str  # as written in front matter: `status: in-review`
    label: str  # on the site: calendar entries, filters, the post card, the library
    words: str  # in a calendar event's description: what it means for whoever reads it
    prefix: str  # before the title in a calendar app: is this one still waiting for someone?
    ical: str  # the calendar event's STATUS: TENTATIVE, CONFIRMED or CANCELLED
    approved: bool = False  # its approvals are in: front matter must list them; a reply may be copied
    awaiting_approval: bool = False  # written and handed to the approvers: the home page lists it for them
    done: bool = False  # nothing more happens to it: no approval deadline applies
    goes_out: bool = True  # False: it never goes out (cancelled), so no check of its copy matters
    written: bool = True  # False: a note, not copy yet (an idea)


STATUS_TABLE: dict[str, Status] = {
    row.id: row
    for row in (
        Status("idea", "Idea", "idea (not written yet)", "[Idea] ", "TENTATIVE", written=False),
        Status("draft", "Draft", "draft (not approved yet)", "[Draft] ", "TENTATIVE"),
        Status("in-review", "In review", "in review (waiting for approval)", "[Needs approval] ", "TENTATIVE", awaiting_approval=True),
        Status("approved", "Approved", "approved", "", "CONFIRMED", approved=True),
        Status("published", "Published", "published", "", "CONFIRMED", approved=True, done=True),
        Status("cancelled", "Cancelled", "cancelled (it will not go out)", "[Cancelled] ", "CANCELLED", done=True, goes_out=False),
    )
}

STATUSES = tuple(STATUS_TABLE)
APPROVED_STATUSES = tuple(row.id for row in STATUS_TABLE.values() if row.approved)  # approved, published
# Still on their way to approval: what a new file starts as and what `--include-drafts` adds.
PENDING_STATUSES = tuple(row.id for row in STATUS_TABLE.values() if row.goes_out and not row.approved)
AWAITING_APPROVAL = tuple(row.id for row in STATUS_TABLE.values() if row.awaiting_approval)  # in-review
UNFINISHED_STATUSES = tuple(s for s in PENDING_STATUSES if s not in AWAITING_APPROVAL)  # idea, draft: the author's turn
DONE_STATUSES = tuple(row.id for row in STATUS_TABLE.values() if row.done)  # published, cancelled
# Copy that will go out once approved: the checks of its words apply (ideas are notes; cancelled posts never go out).
WRITTEN_STATUSES = tuple(row.id for row in STATUS_TABLE.values() if row.written and row.goes_out)
NEVER_OUT = frozenset(row.id for row in STATUS_TABLE.values() if not row.goes_out)  # cancelled: no slot filled, nothing planned


def label(status: str) -> str:
    row = STATUS_TABLE.get(status)
    return row.label if row else status
