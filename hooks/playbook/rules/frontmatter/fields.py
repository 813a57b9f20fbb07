"""FM: front-matter fields that are missing, unknown, of the wrong type, or name what does not exist."""

from __future__ import annotations

from ..registry import declare


@declare("FM003", "missing-field")
def missing_field():
    """A required field is absent.

    What it flags:
        A post without `title`, `uid`, `publish`, `channels`, `guideline`,
        `status` or `author`; a response without `title`, `scenario`,
        `platforms` or `status`; a plans file without its required keys;
        `approvals` missing on an approved or published item; a `media` item
        without `people: true` or `people: false`.

    Why:
        Each of these fields drives a check or the calendar. A post without a
        `status` could be scheduled before anyone reviewed it, and a photo
        whose `people` is left out could be a patient's face that no one
        asked an authorization for.

    Examples:
        Triggers: a post with no `status:` line.
        Triggers: `media: [{file: lobby.jpg, alt: Our new lobby}]` (no `people`).
        Passes: `publish: 2027-03-02 09:00`.
        Passes: `media: [{file: lobby.jpg, alt: Our new lobby, people: false}]`.
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


@declare("FM005", "wrong-type")
def wrong_type():
    """A value of the wrong type or shape.

    What it flags:
        A list where a single value belongs (or the reverse), a mapping where
        text belongs, text where a number or true/false belongs, a list entry
        that is not text or not a mapping, front matter or a plans file that
        is a list or a sentence instead of `key: value` lines.

        Earlier engines reported other refused values as FM005 too; they now
        have codes of their own: a word outside its choices (FM042), a
        number out of range (FM043), text not in its form (FM044), an id used
        twice (FM045), a bad web address (FM046), a protected rule relaxed
        (FM047), a bad threshold (FM048) and a review in the wrong log file
        (FM049). A `rules:` entry in plans/checks.yml that names FM005 (to
        ignore it or change its severity) no longer reaches those; name the
        new code too.

    Why:
        The checks and the calendar read these values; a wrong shape would
        make them guess, and guessing about publication is not safe.

    Examples:
        Triggers: `channels: {instagram: true}` (a mapping where a list belongs).
        Triggers: `sponsored: maybe` (text where true or false belongs).
        Triggers: front matter that is a list of words.
        Passes: `channels: [instagram]`.
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
        Triggers: `author: alx` (the team has `alex`).
        Triggers: `channels: [myspace]`.
        Passes: `author: alex`.
    """


@declare("FM009", "duplicate-uid")
def duplicate_uid():
    """Two files share one `uid`, or one identity the uid becomes.

    What it flags:
        A `uid` already used by another post or response; a uid that differs
        from another only in case or punctuation (`RB-2027.7` and
        `rb-2027-7`); a uid equal to the calendar id of another post's
        community event (`<uid>-event`) or of an open series slot
        (`slot-<series>-<YYYYMMDD>`). Both files are named.

    Why:
        The `uid` is the identity of a post in the subscribed calendar and of
        a reply on the library page. Two entries with one identity overwrite
        each other in every subscriber's calendar (some calendar apps ignore
        case), and one reply's copy button would copy the other reply. It
        usually happens after a file was copied to start a new one.

    Examples:
        Triggers: a copied post that kept the original's `uid: mw-2027-0007`.
        Triggers: `uid: MW-2027-0007` beside another file's `uid: mw_2027_0007`.
        Triggers: `uid: walk-2027-event` while the post `walk-2027` promotes a community event.
        Passes: each post with its own uid, as `playbook new` writes it.
    """
