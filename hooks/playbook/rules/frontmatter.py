"""FM: the content model. The parser emits these; here they are declared and documented."""

from __future__ import annotations

from ..findings import Severity
from .registry import declare


@declare("FM001", "invalid-yaml")
def invalid_yaml():
    """Front matter or a plans file that is not valid YAML.

    What it flags:
        YAML the parser cannot read: a tab used for indentation, an unclosed
        quote or bracket, a value on the wrong indentation level, front
        matter whose closing `---` line is missing. The finding points at the
        line where the parser gave up.

    Why:
        MkDocs quietly ignores front matter it cannot parse and publishes the
        page anyway, without its status, approvals or channels. A post whose
        fields are unreadable cannot be checked, so it must not go out.

    Examples:
        Triggers: `title: "Knee care` (the quote is never closed).
        Triggers: a line indented with a tab.
        Passes: `title: "Knee care"`.
    """


@declare("FM002", "missing-front-matter")
def missing_front_matter():
    """A post or response file without front matter.

    What it flags:
        A Markdown file under `content/posts/` or `content/responses/` that is
        empty or does not start with a `---` line followed by its fields.

    Why:
        Without front matter the playbook does not know when the post goes
        out, on which channel, or who approved it; the calendar and every
        check depend on those fields.

    Examples:
        Triggers: a file whose first line is the post copy.
        Triggers: an empty file.
        Passes: a file starting `---`, then `title: ...`, then `---`.
    """


@declare("FM003", "missing-field")
def missing_field():
    """A required field is absent.

    What it flags:
        A post without `title`, `uid`, `publish`, `channels`, `guideline`,
        `status` or `author`; a response without `title`, `scenario`,
        `platforms` or `status`; a plans file without its required keys;
        `approvals` missing on an approved or published item.

    Why:
        Each of these fields drives a check or the calendar. A post without a
        `status` could be scheduled before anyone reviewed it.

    Examples:
        Triggers: a post with no `publish:` line.
        Passes: `publish: 2027-03-02 09:00`.
    """


@declare("FM004", "unknown-field")
def unknown_field():
    """A field the content model does not know, usually a typo.

    What it flags:
        Any key that is not part of the post, response or plans schema. The
        message suggests the closest known field.

    Why:
        A misspelt `aprovals:` or `chanels:` is silently ignored by MkDocs, so
        the item looks approved to a reader while the checks see nothing.

    Examples:
        Triggers: `chanels: [facebook]` (did you mean `channels`?).
        Passes: `channels: [facebook]`.
    """


@declare("FM005", "bad-value")
def bad_value():
    """A field has the wrong type or a value outside its allowed choices.

    What it flags:
        A list where a single value belongs (or the reverse), a mapping where
        text belongs, a `status` or `guideline` that is not one of the allowed
        words, a link that is not an `https://` address, an empty value.

    Why:
        The checks and the calendar read these values; a wrong shape would
        make them guess, and guessing about publication is not safe.

    Examples:
        Triggers: `status: done` (use idea, draft, in-review, approved, published or cancelled).
        Triggers: `channels: facebook` written as a mapping.
        Passes: `status: approved`.
    """


@declare("FM006", "bad-date")
def bad_date():
    """A date or time that does not exist or cannot be read.

    What it flags:
        `publish`, approval, news, event or plans dates that are not in
        `YYYY-MM-DD` (dates) or `YYYY-MM-DD HH:MM` (times) form, or that do
        not exist in the calendar, such as 31 February.

    Why:
        A post with an unreadable date lands nowhere on the calendar, and the
        approval deadline and freshness checks cannot run on it.

    Examples:
        Triggers: `publish: 2027-02-31 09:00`.
        Triggers: `publish: next Tuesday`.
        Passes: `publish: 2027-02-26 09:00`.
    """


@declare("FM007", "bad-timezone")
def bad_timezone():
    """A timezone name that is not in the IANA timezone database.

    What it flags:
        `timezone` in `plans/practice.yml` (or an offset in a date) that is
        not a known zone such as `America/Chicago`.

    Why:
        Every post time is local to the practice. With an unknown zone the
        calendar would show posts at the wrong hour for every subscriber.

    Examples:
        Triggers: `timezone: Central`.
        Triggers: `timezone: America/Chicgo`.
        Passes: `timezone: America/Chicago`.
    """


@declare("FM008", "unknown-reference")
def unknown_reference():
    """A reference to something the plans do not define.

    What it flags:
        A channel not listed in `plans/practice.yml`, an author or approver
        not in `plans/team.yml`, a series, campaign or authorization id that
        its plans file does not contain, a rule code that does not exist.

    Why:
        References tie a post to the people and plans that make it safe: an
        unknown approver means nobody accountable approved it.

    Examples:
        Triggers: `author: jle` when the team has `jlee`.
        Triggers: `channels: [myspace]`.
        Passes: `author: jlee`.
    """


@declare("FM009", "duplicate-uid")
def duplicate_uid():
    """Two files share one `uid`.

    What it flags:
        A `uid` already used by another post or response; both files are named.

    Why:
        The `uid` is the identity of a post in the subscribed calendar. Two
        posts with one uid overwrite each other in every subscriber's
        calendar, usually after a file was copied to start a new post.

    Examples:
        Triggers: a copied post that kept `uid: rb-2027-0007`.
        Passes: each post with its own uid, as `playbook new` writes it.
    """


@declare("FM010", "unreadable-file")
def unreadable_file():
    """A file that is not UTF-8 text, is far too large to be content, or is not a regular file at all.

    What it flags:
        Bytes that are not valid UTF-8, NUL bytes (a binary file saved with a
        `.md` or `.yml` name), files over one megabyte, and a plans file or
        anything under `content/` that is not an ordinary file: a named pipe
        (FIFO), a device, a socket, a folder named like a plans file. Those are
        never opened, and never handed to MkDocs.

    Why:
        A file the checks cannot read cannot be proven free of patient
        information, so the build refuses it rather than skipping it. Reading
        a named pipe waits forever for a writer, and a device never ends: the
        check and the build would hang instead of failing.

    Examples:
        Triggers: a post saved in Windows-1252 with a curly quote.
        Triggers: a photo renamed to `.md`.
        Triggers: `plans/team.yml` that is a named pipe (`mkfifo plans/team.yml`).
        Passes: the same post saved as UTF-8 (a BOM and CRLF line ends are fine).
    """


@declare("FM011", "missing-plans-file")
def missing_plans_file():
    """A required plans file is missing.

    What it flags:
        `plans/practice.yml` or `plans/team.yml` absent from the repository.

    Why:
        The practice's channels, timezone, own domains and team are what every
        other check measures against; without them nothing can be checked.

    Examples:
        Triggers: a repository without `plans/practice.yml`.
        Passes: a repository with both files.
    """


@declare("FM012", "duplicate-key", severity=Severity.ERROR)
def duplicate_key():
    """The same field written twice in one mapping.

    What it flags:
        A key that appears twice in one block of front matter or a plans file.

    Why:
        YAML keeps only the last of the two without a word, so an author who
        adds a second `status:` line may publish a draft by accident.

    Examples:
        Triggers: `status: draft` and, further down, `status: approved`.
        Passes: one `status:` line.
    """


@declare("FM013", "waiver-without-reason")
def waiver_without_reason():
    """A waiver that does not say why the rule does not apply.

    What it flags:
        An entry under `waivers:` with a `rule` but no `reason`, or a reason
        too short to explain anything (under 10 characters).

    Why:
        A waiver switches a check off for one file. The reviewer who approves
        the post, and the privacy officer who audits it later, need to know
        why that was safe.

    Examples:
        Triggers: `waivers: [{rule: PER002}]`.
        Triggers: `waivers: [{rule: PER002, reason: ok}]`.
        Passes: `waivers: [{rule: PER002, reason: "Quotes the exact wording of the recall notice"}]`.
    """


@declare("FM014", "unused-waiver", severity=Severity.WARNING)
def unused_waiver():
    """A waiver that suppresses nothing.

    What it flags:
        A waiver for a rule that raised no finding in this file.

    Why:
        Stale waivers pile up after edits and would silently hide a real
        problem the next time the text changes. Remove them once unneeded.

    Examples:
        Triggers: `waivers: [{rule: CH001, reason: "..."}]` on a post that fits every channel.
        Passes: the same waiver on a post that really is over a limit for a stated reason.
    """


@declare("FM015", "privacy-waiver-unapproved")
def privacy_waiver_unapproved():
    """A privacy (PHI) finding waived without the privacy officer's approval.

    What it flags:
        A waiver of a PHI rule in a file whose `approvals` has no entry by a
        team member in the `privacy` role.

    Why:
        Privacy rules guard against exposing a patient, which carries real
        fines and real harm. Only the privacy officer may decide that a
        flagged name or number is safe, so the waiver only counts once they
        have signed the file off.

    Examples:
        Triggers: `waivers: [{rule: PHI003, reason: "Dr. Seuss is an author"}]` with only a clinical approval.
        Passes: the same waiver plus `approvals: [{by: mreyes, role: privacy, on: 2027-01-05}]`.
    """


@declare("FM031", "unsafe-file-name")
def unsafe_file_name():
    """A file or folder under `content/` whose name would break its web address.

    What it flags:
        Any character in a file or folder name below `content/` other than
        ASCII letters, digits, `-`, `_` and `.`: spaces, `#`, `?`, `%`, line
        breaks and other control characters, letters with accents (which can
        be written two ways in Unicode), symbols. The hint gives a safe name.

    Why:
        A file's name becomes its page's address, the links to it, the search
        index entry and the URL in every calendar feed. `#` or `?` cuts the
        address short, `%` garbles it, a line break corrupts the iCal feed and
        a space or an accent gives one page two spellings. `playbook new`
        never writes such names; a file renamed by hand can.

    Examples:
        Triggers: `content/posts/2027/03/01-knee care.md` (a space).
        Triggers: `content/posts/2027/03/01-q&a#1.md`.
        Triggers: `content/posts/2027/03/01-día-de-reyes.md`.
        Passes: `content/posts/2027/03/01-knee-care.md`.
    """
