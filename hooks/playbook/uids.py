"""What a uid becomes outside its file, and when two uids are one identity.

A post's uid is the iCal UID of its calendar entry; its community event gets
`<uid>-event`, an open series slot `slot-<series>-<YYYYMMDD>`; a reply's uid
becomes a DOM id in the response library (lower case, punctuation folded to
'-'). Calendar clients do not agree on whether UIDs are case-sensitive
(Outlook folds case), so two uids are the same identity when their `key`s
match: `RB-2027.01` and `rb-2027-01` overwrite each other somewhere.
"""

from __future__ import annotations

import datetime as dt
import re

_FOLD = re.compile(r"[^a-z0-9]+")


def key(uid: str) -> str:
    """The identity a uid keeps everywhere it is used: lower case, runs of punctuation as one '-'."""
    return _FOLD.sub("-", uid.lower()).strip("-")


def event_uid(uid: str) -> str:
    """UID (before '@domain') of the community event a post promotes."""
    return f"{uid}-event"


def slot_uid(series_id: str, day: dt.date) -> str:
    """UID (before '@domain') of an open series slot on `day`."""
    return f"slot-{series_id}-{day:%Y%m%d}"


def slot_pattern(series_ids) -> re.Pattern:
    """Keys that an open slot of one of these series could take."""
    names = "|".join(sorted((re.escape(key(s)) for s in series_ids), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^slot-(?:{names})-\d{{8}}$")
