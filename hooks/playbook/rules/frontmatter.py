"""FM: the content model. The parser emits these; here they are declared and documented."""

from __future__ import annotations

from .. import horizon
from ..findings import Severity
from .context import Context
from .registry import Hit, declare, rule


@declare("FM001", "invalid-yaml")
def invalid_yaml():
    """Front matter or a plans file that is not valid YAML.

    What it flags:
        YAML the parser cannot read: a tab used for indentation, an unclosed
        quote or bracket, a value on the wrong indentation level, front
        matter whose closing `---` line is missing. The finding points at the
        line where the parser gave up. Also YAML that is valid but hostile:
        aliases (`*name`) that would expand the file to more than 5,000
        characters beyond what is written ("billion laughs"), an alias inside
        what it names, and explicit tags such as `!!timestamp` or `!!binary`
        (only `!!str`, and tags that change nothing, are accepted).

    Why:
        MkDocs quietly ignores front matter it cannot parse and publishes the
        page anyway, without its status, approvals or channels. A post whose
        fields are unreadable cannot be checked, so it must not go out.

    Examples:
        Triggers: `title: "Knee care` (the quote is never closed).
        Triggers: a line indented with a tab.
        Triggers: `publish: *lol9` where each `lolN` repeats the one before ten times.
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
        Triggers: `timezone: Central` in plans/practice.yml.
        Triggers: `timezone: America/Chicgo` in plans/practice.yml.
        Passes: `timezone: America/Chicago` in plans/practice.yml.
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
        Triggers: a post saved in Windows-1252 with an accented letter.
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
        Triggers: `waivers: [{rule: CH001, reason: "Our address is long in every language"}]` (the post fits every channel).
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
        Triggers: `waivers: [{rule: PHI003, reason: "Dr. Seuss is an author, not a patient"}]` with `approvals: [{by: dr-chen, role: clinical, on: 2027-01-05}]` (no privacy approval).
        Passes: `waivers: [{rule: PHI003, reason: "Dr. Seuss is an author, not a patient"}]` with `approvals: [{by: dr-chen, role: clinical, on: 2027-01-05}, {by: pat, role: privacy, on: 2027-01-05}]`.
    """


@declare("FM017", "link-leaves-repository")
def link_leaves_repository():
    """A symbolic link in content/, plans/ or overrides/ that leaves the repository or never ends.

    What it flags:
        A link whose target lies outside the repository (`/etc/passwd`, a
        file in someone's home folder), inside a hidden folder such as `.git`,
        or nowhere (a broken link); a folder link that leads back into a folder
        containing it (a loop); links that multiply a folder beyond what any
        practice needs. The finding names the link; the file behind it is
        never read and never copied into the site.

    Why:
        MkDocs follows links and copies whatever they point at into the
        published site, so one link could publish a private file from the
        machine that builds the site, or the repository's history with
        everything ever deleted from it. A loop makes the build walk forever.
        Links between folders of the repository itself are fine.

    Examples:
        Triggers: `content/leak.txt` linking to `/etc/passwd`.
        Triggers: `content/history` linking to `../.git`.
        Triggers: `content/again` linking to `.` (a loop).
        Passes: `content/logo.svg` linking to `../brand/logo.svg` in the repository.
    """


@declare("FM020", "date-out-of-range")
def date_out_of_range():
    """A date outside the planning horizon, the years 2000 to 2100.

    What it flags:
        Any date the playbook reads (`publish`, `approvals[].on`, `news.date`,
        `event.start` and `event.end`, series `from` and `until`, campaign and
        authorization dates, `as_of` in plans/checks.yml, an `UNTIL` in a
        series' `rrule`) or the `PLAYBOOK_TODAY` environment variable, when it
        lies before 2000-01-01 or after 2100-12-31. The date is ignored (for
        PLAYBOOK_TODAY: the next source of "today" is used).

    Why:
        A year like 9999 or 0001 is a typo, not a plan, and it breaks things
        far from the typo: converting it to the practice timezone overflows,
        and a calendar stretching to it would need thousands of empty month
        pages. Refusing it at the line where it is written points at the fix.

    Examples:
        Triggers: `publish: 9999-12-31 23:59-05:00`.
        Triggers: `approvals: [{by: pat, role: privacy, on: 0001-01-01}]`.
        Triggers: `as_of: 2400-01-01` in plans/checks.yml.
        Passes: `publish: 2027-03-02 09:00`.
    """


@declare("FM021", "local-time-skipped-or-repeated")
def local_time_skipped_or_repeated():
    """A local time that a daylight-saving change skips or repeats.

    What it flags:
        A `publish`, `event.start` or `event.end` written without an offset
        whose wall-clock time does not exist in the practice timezone (it falls
        in the hour the clocks jump over in spring) or exists twice (the hour
        the clocks go back in autumn). The message names the jump, or the two
        instants the time could mean, and how to write the one you mean with an
        offset, such as `2027-11-07 01:30-05:00`.

    Why:
        Left alone, the time is silently moved: 02:30 on the spring-forward
        night becomes 03:30, and 01:30 on the autumn night is read as the first
        of the two. A post goes out an hour off, inside quiet hours or on top of
        another post, and subscribers' calendars disagree with the site.

    Examples:
        Triggers: `publish: 2027-03-14 02:30` (in America/Chicago the clocks jump from 02:00 to 03:00).
        Triggers: `publish: 2027-11-07 01:30` (in America/Chicago it happens twice).
        Passes: `publish: 2027-11-07 01:30-05:00` (the offset says which).
        Passes: `publish: 2027-03-14 03:30`.
    """


@rule("FM022", "too-far-from-today", serves="content-model", severity=Severity.ERROR, scope="post")
def too_far_from_today(post, ctx: Context):
    """A post or its event dated more than ten years after today.

    What it flags:
        A post whose `publish`, or whose `event.start`, lies more than ten
        years after today (the window the calendar, the open slots and the
        feeds expand). Posts more than ten years in the past are history: they
        are not flagged, and the calendar leaves them off.

    Why:
        Nobody plans a social post a decade ahead: `2207` for `2027` is a typo.
        Kept, such a post would stretch the calendar over a decade of empty
        month pages and sit in every subscriber's calendar in the wrong year.

    Examples:
        Triggers: `publish: 2099-01-04 09:00` when today is 2027-01-20.
        Triggers: `event: {name: Fun Run, start: 2090-05-01 08:00, location: Riverside Park, url: "https://maplewoodparks.test/run"}` when today is 2027-01-20.
        Passes: `publish: 2027-03-02 09:00`.
        Passes: `publish: 2036-12-31 09:00` when today is 2027-01-20 (within ten years).
        Passes: `publish: 2010-03-02 09:00` when today is 2027-01-20 (history).
    """
    _, last = horizon.window(ctx.today)
    for name, moment in (("publish", post.publish), ("event", post.event.start if post.event else None)):
        if moment is None or ctx.plans.local(moment).date() <= last:
            continue
        what = "goes out" if name == "publish" else "has its event"
        yield Hit(
            f"This post {what} on {moment.date().isoformat()}, more than {horizon.WINDOW_YEARS} years after today ({ctx.today.isoformat()}); check the year",
            post.line_of(name),
            hint=f"the calendar and the feeds reach {last.isoformat()}",
        )


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
        Triggers: `content/posts/2027/03/01-año-nuevo.md`.
        Passes: `content/posts/2027/03/01-knee-care.md`.
    """


@declare("FM040", "site-identity-outside-plans", severity=Severity.WARNING)
def site_identity_outside_plans():
    """mkdocs.yml names the site or its address differently from plans/practice.yml.

    What it flags:
        In mkdocs.yml, a `site_name` other than the neutral `Social Media
        Playbook` (or the title the build makes from the practice's name), a
        `site_url` other than `playbook_url` in plans/practice.yml, or a
        `site_description` other than the one the build writes. The build
        replaces all three with values made from plans/practice.yml; the
        finding says the file still carries something else.

    Why:
        A practice's name and address belong in one file. A copy of another
        practice's mkdocs.yml keeps that practice's title and address, and its
        subscribe links would send staff to the other practice's calendar.

    Examples:
        Triggers: `site_name: Riverside Family Clinic · Social Media Playbook` in mkdocs.yml (the practice is Maplewood Family Clinic).
        Triggers: `site_url: https://playbook.other-practice.test/` in mkdocs.yml when plans/practice.yml says `playbook_url: https://playbook.clinic.test/`.
        Passes: `site_name: Social Media Playbook` in mkdocs.yml (no `site_url`).
        Passes: `site_url` equal to `playbook_url` (with or without the last slash).
    """


@declare("FM041", "engine-version-differs", severity=Severity.WARNING)
def engine_version_differs():
    """The engine running the checks is not the version the practice pins in requirements.txt.

    What it flags:
        A `practice-playbook==X` line (or a git URL ending in the tag `@vX`)
        in requirements.txt, when the engine running `playbook check` or the
        build reports another version. A pin the engine cannot read a version
        from (a wheel file, a commit) is left alone.

    Why:
        Upgrading a practice is changing that one line; CI installs it. A
        laptop or a pre-commit hook still on the old engine would check posts
        against other rules than CI does, and disagree about what passes.

    Examples:
        Triggers: `practice-playbook==99.0.0` in requirements.txt while an older version runs the checks.
        Triggers: `practice-playbook @ git+https://github.com/example/practice-playbook@v42.1.0` while an older version runs them.
        Passes: a requirements.txt that pins the version running the checks.
        Passes: a practice without requirements.txt (this repository's sample).
    """
