"""FM: values the parser refused (choices, ranges, forms, ids, addresses, protected rules, thresholds), and FM018.

FM005 once covered every value the parser refused. It now means one thing (a
value of the wrong type or shape); the other meanings have codes of their own,
declared here: a word outside its choices (FM042), a number out of range
(FM043), text not in its form (FM044), an id used twice (FM045), a web address
the field cannot use (FM046), a protected rule relaxed (FM047), a threshold the
rule cannot use (FM048), a review logged in the wrong file (FM049). FM018 says
mkdocs.yml builds the site from a folder the checks do not read.
"""

from __future__ import annotations

from ..registry import declare


@declare("FM018", "docs-dir-not-content")
def docs_dir_not_content():
    """mkdocs.yml builds the site from another folder than `content/`, the one the checks read.

    What it flags:
        A `docs_dir` in mkdocs.yml that names any folder but `content` (such
        as `docs`), or a mkdocs.yml without `docs_dir` (MkDocs then builds from
        `docs/`). The finding sits on the `docs_dir` line, and `mkdocs build`
        and `mkdocs serve` stop before MkDocs reads a page.

    Why:
        The checks read posts and replies from `content/`. A site built from
        another folder would publish every page in it unchecked, patient
        names included, while `playbook check` reports that all is well
        because `content/` is empty.

    Examples:
        Triggers: `docs_dir: docs` in mkdocs.yml, with the posts in `content/`.
        Triggers: a mkdocs.yml without a `docs_dir` line.
        Passes: `docs_dir: content` in mkdocs.yml.
        Passes: `docs_dir: ./content/` in mkdocs.yml.
        Passes: a practice without mkdocs.yml (`playbook check` alone).
    """


@declare("FM042", "value-not-allowed")
def value_not_allowed():
    """A word that is not one of the field's allowed choices.

    What it flags:
        A `status`, `guideline`, `scenario`, `platform` or other field with a
        fixed list of words, given a word outside that list; an entry of such
        a list (`roles`, `open_days`) outside it; a severity in
        plans/checks.yml other than error, warning or info. The hint names the
        closest allowed word, or lists them.

    Why:
        The checks and the calendar branch on these words. A `status: done`
        would leave the post neither approved nor waiting for anyone, and no
        check would know which rules apply to it.

    Examples:
        Triggers: `status: done` (use idea, draft, in-review, approved, published or cancelled).
        Triggers: `guideline: expertise`.
        Triggers: a person with `roles: [author, editor]` in plans/team.yml.
        Passes: `status: approved`.
    """


@declare("FM043", "number-out-of-range")
def number_out_of_range():
    """A number outside the range its field allows.

    What it flags:
        A count, a number of days or hours, a share or a rating below its
        minimum or above its maximum, a fraction where a whole number belongs,
        or a number that is not finite (`.nan`, `.inf`); a list longer than
        the field allows (`reviews.closed`). The message gives the range; the
        default value is used instead.

    Why:
        A cadence of infinitely many posts a week, a planning horizon of a
        billion days or a rating of 6 stars is a typo. Kept, it would make
        every gap check pass, or make the calendar try to draw centuries.

    Examples:
        Triggers: `channels: {facebook: {per_week: .inf}}` in plans/cadence.yml.
        Triggers: `planning_horizon_days: 99999999999` in plans/cadence.yml.
        Triggers: `rating: 6` in the review log.
        Passes: `channels: {facebook: {per_week: 3}}` in plans/cadence.yml.
    """


@declare("FM044", "malformed-text")
def malformed_text():
    """Text that is not in the form its field requires.

    What it flags:
        A `uid` or review id that is not 3 to 64 letters, digits, `.`, `_`
        or `-`; a waiver `rule` that is not a rule code; an `emails` entry
        that is not an e-mail address; a `github` handle that is not a GitHub
        user or `org/team`; a `mix` target not written like `>=0.25`; an
        `rrule` a series cannot use (more than daily, an hour of its own, a
        count beyond reason).

    Why:
        These values become calendar identities, proofs of who approved a
        file, and schedules. Guessing what a malformed one meant could merge
        two posts, credit the wrong person or fill the calendar with a slot
        every minute.

    Examples:
        Triggers: `uid: my post` (a space).
        Triggers: `waivers: [{rule: Readability score, reason: "Quotes a recall notice"}]` (neither a code nor an alias).
        Triggers: a series with `rrule: "FREQ=HOURLY"` in plans/series.yml.
        Passes: `uid: rb-2027-0007`.
    """


@declare("FM045", "duplicate-id")
def duplicate_id():
    """An id used twice in one plans list, or one review logged twice.

    What it flags:
        Two team members, series, campaigns or authorizations with the same
        `id`; two reviews in the review log with the same id, or with the same
        `url` (the same review logged twice). Post and reply uids have their
        own code, FM009.

    Why:
        Everything that refers to an id (an author, a post's series, a
        photo's authorization, an answer to a review) would find one of the
        two and ignore the other, so a check could pass against the wrong
        entry.

    Examples:
        Triggers: two people with the same `id:` in plans/team.yml.
        Triggers: two campaigns with the same `id:`.
        Triggers: the same review `url` in two entries of plans/reviews/2027-01.yml.
        Passes: every id written once.
    """


@declare("FM046", "bad-web-address")
def bad_web_address():
    """A web address that is not a full https:// address, or one this field cannot use.

    What it flags:
        A `sources` entry, a `news.url`, an `event.url` or a review's `url`
        that is not a complete `https://` (or `http://`) address; a
        `playbook_url` with a query or unusual characters, or on a domain that
        is neither the practice's own nor a static host such as github.io.

    Why:
        These addresses are printed as links on the site and in the calendar
        feeds, and `playbook_url` is where every subscribe link points. A
        half-written address leads nowhere, and a playbook address on another
        practice's domain would send staff to that practice's calendar.

    Examples:
        Triggers: `sources: [cdc dot gov]`.
        Triggers: `news: {url: www.example.test/story, date: 2027-01-10}` (no https://).
        Triggers: `playbook_url: https://playbook.other-practice.test/` in plans/practice.yml (the practice is on example-clinic.test).
        Passes: `sources: [https://www.cdc.gov/falls/]`.
    """


@declare("FM047", "protected-rule-relaxed")
def protected_rule_relaxed():
    """plans/checks.yml or a waiver tries to switch off or soften a privacy or security rule.

    What it flags:
        A PHI or SEC code, or one the parser gives for a file it cannot read
        (FM001, FM002, FM010), or a prefix reaching one (`P`, `PH`, `FM`),
        under `rules: ignore:`; a `rules: severity:` entry that makes one of
        them milder than its default; a waiver of a SEC rule in a file.

    Why:
        Privacy rules keep patients' information off a public page; one
        practice-wide switch would silence them for every file at once. A
        false alarm is waived in its own file, with a reason and the privacy
        officer's approval. Security rules keep markup out of the site, and
        markup is never safe to publish, so they cannot be waived at all.
        A post the parser cannot read was never checked: it is never
        published, and whatever this block says its findings stay errors.

    Examples:
        Triggers: `rules: {ignore: [PHI003]}` in plans/checks.yml.
        Triggers: `rules: {severity: {PHI: warning}}` in plans/checks.yml.
        Triggers: `rules: {ignore: [FM001]}` in plans/checks.yml.
        Triggers: `waivers: [{rule: SEC002, reason: "The embed is from our own site"}]`.
        Passes: `rules: {severity: {PHI004: error}}` in plans/checks.yml (stricter is fine).
    """


@declare("FM048", "bad-threshold")
def bad_threshold():
    """A rule threshold in plans/checks.yml that the rule cannot use.

    What it flags:
        Under `rules: thresholds:`, a value outside the range of its kind
        (days within a year, hours within a week, a reading grade up to 30),
        a value of another type than the default (text where a number
        belongs), or a value the rule itself refuses (an unknown region for
        PHI004). The rule keeps its default.

    Why:
        A threshold tunes a check for one practice. A typo such as
        `max_gap_days: 99999` would switch the check off without anyone
        deciding to, and a nonsense value must never weaken a privacy check.

    Examples:
        Triggers: `rules: {thresholds: {CON004: {min_hours_apart: 10000000000000}}}` in plans/checks.yml.
        Triggers: `rules: {thresholds: {PER002: {max_grade: .nan}}}` in plans/checks.yml.
        Triggers: `rules: {thresholds: {PER002: {max_grade: "ten"}}}` in plans/checks.yml.
        Passes: `rules: {thresholds: {PER002: {max_grade: 10.0}}}` in plans/checks.yml.
    """


@declare("FM049", "review-in-wrong-file")
def review_in_wrong_file():
    """A review log file not named for a month, or a review in another month's file.

    What it flags:
        A file in plans/reviews/ whose name is not `YYYY-MM.yml`; a review
        whose `received` date (in the practice's timezone) falls in another
        month than the file it is written in.

    Why:
        The log is one file per month so that reviews are found, counted and
        reported month by month; a review filed in the wrong month is missed
        by the monthly response rates and by anyone looking for it.

    Examples:
        Triggers: a review log named `plans/reviews/january.yml`.
        Triggers: an entry with `received: 2027-02-04 09:00` in plans/reviews/2027-01.yml.
        Passes: an entry with `received: 2027-01-04 09:00` in plans/reviews/2027-01.yml.
    """
