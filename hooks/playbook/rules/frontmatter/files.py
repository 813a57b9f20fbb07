"""FM: files that cannot be read as the model expects: bad YAML, no front matter, a missing plans file, a name or a link that breaks."""

from __future__ import annotations

from ...findings import Severity
from ..registry import declare


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


@declare("FM051", "unpublishable-file")
def unpublishable_file():
    """A file under `content/` that is neither Markdown nor a picture or a clip.

    What it flags:
        Any file below `content/` other than a Markdown page (`.md`) or a
        picture or video a post can show (`.jpg`, `.jpeg`, `.png`, `.gif`,
        `.webp`, `.avif`, `.heic`, `.mp4`, `.m4v`, `.mov`, `.webm`): notes
        (`.txt`), exports (`.csv`, `.xlsx`), documents (`.pdf`, `.docx`),
        web files (`.html`, `.svg`, `.js`) and files without a type. The
        file is left out of the site, and `mkdocs build` stops. Hidden
        files (`.DS_Store`, `.gitkeep`) pass: MkDocs never publishes them.

    Why:
        MkDocs copies every file in its folder to the site as it is. The
        checks read posts, replies and the alt text of pictures; a note or a
        spreadsheet dropped beside them would be published with whatever
        names and record numbers it holds, and an HTML or SVG file could run
        script under the practice's address.

    Examples:
        Triggers: a note saved as `content/posts/2027/02/notes.txt`.
        Triggers: a flyer saved as `content/flyer.pdf`.
        Triggers: a logo saved as `content/logo.svg`.
        Passes: `content/posts/2027/02/14-heart-month.md`.
        Passes: a photo saved as `content/images/5k-finish.jpg`.
        Passes: a Finder file `content/posts/.DS_Store`.
    """
