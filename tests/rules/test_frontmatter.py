"""FM rules: examples as whole files in a throwaway practice (the parser emits these findings)."""

from __future__ import annotations

from tests.conftest import GOOD_POST, PRACTICE, TEAM, Link, Pipe
from tests.rules.harness import Cases, named

P = "content/posts/2027/01/13-stretch.md"
R = "content/responses/sorry.md"
GOOD_RESPONSE = """\
---
title: General apology
scenario: negative-review
platforms: [google]
status: draft
---
We're sorry to hear this, {{ reviewer }}. Please reach {{ contact.name }} at {{ contact.phone }}.
"""


def edit(old: str, new: str, text: str = GOOD_POST) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def files(post: str | bytes = GOOD_POST, **plans) -> dict:
    result = {P: post}
    result.update({f"plans/{name}.yml": text for name, text in plans.items()})
    return result


# YAML's billion laughs: each alias doubles tenfold the one before.
LAUGHS = '_0: &lol0 "lol"\n' + "".join(f"_{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 10)}]\n" for i in range(1, 10)) + "publish: *lol9"
LONG_POST = GOOD_POST.replace("Snow day? Warm up", "Snow day? " + "Warm up and take breaks. " * 14 + "Warm up")  # about 400 characters: too long for X
_MW = GOOD_POST.replace("test-0001", "{}")

CLEAN = [files(), files(GOOD_POST.replace("\n", "\r\n")), {P: GOOD_POST, R: GOOD_RESPONSE}, files("\ufeff" + GOOD_POST)]

CASES = {
    "FM001": Cases(
        trigger=[
            files(edit("title: Stretch before you shovel", 'title: "Stretch')),
            named("a line indented with a tab.", files(edit("channels: [instagram]", "channels:\n\t- instagram"))),
            files(edit("---\nSnow", "Snow")),
            files(team="people: [\n"),
            named("`publish: *lol9` where each `lolN` repeats the one before ten times.", files(edit("publish: 2027-01-13 12:00", LAUGHS))),
        ],
        clean=CLEAN,
    ),
    "FM002": Cases(
        trigger=[
            named("an empty file.", files("")),
            named("a file whose first line is the post copy.", files("Just the copy, no fields.\n")),
            files("---\n---\nBody\n"),
            {P: GOOD_POST, R: "We're sorry.\n"},
        ],
        clean=[named("a file starting `---`, then `title: ...`, then `---`.", CLEAN[0]), *CLEAN[1:]],
    ),
    "FM003": Cases(
        trigger=[
            named("a post with no `status:` line.", files(edit("status: draft\n", ""))),
            files(edit("title: Stretch before you shovel", "title:")),
            files(edit("status: draft", "status: approved")),
            {P: GOOD_POST, R: edit("scenario: negative-review\n", "", GOOD_RESPONSE)},
            files(edit("author: jlee", "author: jlee\nmedia: [{file: lobby.jpg, alt: Our new lobby with green chairs}]")),
            files(edit("author: jlee", "author: jlee\nmedia:\n  - file: lobby.jpg\n    alt: Our new lobby\n    people:\n")),
        ],
        clean=[*CLEAN, files(edit("author: jlee", "author: jlee\nmedia: [{file: lobby.jpg, alt: Our new lobby with green chairs, people: false}]"))],
    ),
    "FM004": Cases(
        trigger=[
            files(edit("channels:", "chanels:")),
            files(edit("author: jlee", "author: jlee\nmood: sunny")),
            files(practice=PRACTICE + "colour: teal\n"),
            {P: GOOD_POST, R: edit("status: draft", "status: draft\nplatfroms: [yelp]", GOOD_RESPONSE)},
        ],
        clean=CLEAN,
    ),
    "FM005": Cases(  # `status: done` is FM042 now, a source that is no link FM046 (tests/rules/test_frontmatter_codes.py, declared in rules/frontmatter/values.py)
        trigger=[
            files(edit("author: jlee", "author: jlee\nsponsored: maybe")),
            files(edit("channels: [instagram]", "channels: {instagram: true}")),
            named("front matter that is a list of words.", files("---\n- a\n- b\n---\nBody\n")),
            files(practice="- name\n- timezone\n"),
        ],
        clean=CLEAN,
    ),
    "FM006": Cases(
        trigger=[
            files(edit("2027-01-13 12:00", "2027-02-31 12:00")),
            files(edit("2027-01-13 12:00", "next Tuesday")),
            files(edit("2027-01-13 12:00", "2027-01-13")),
            files(campaigns="- {id: c, name: C, from: 2027-13-01, to: 2027-12-31}\n"),
        ],
        clean=CLEAN,
    ),
    "FM007": Cases(
        trigger=[
            files(practice=PRACTICE.replace("America/Chicago", "Central")),
            files(practice=PRACTICE.replace("America/Chicago", "America/Chicgo")),
            files(practice=PRACTICE.replace("America/Chicago", "CST+6")),
        ],
        clean=CLEAN + [files(practice=PRACTICE.replace("America/Chicago", "Europe/Dublin"))],
    ),
    "FM008": Cases(
        trigger=[
            files(edit("author: jlee", "author: jle")),
            files(edit("[instagram]", "[myspace]")),
            files(edit("series: wellness-wednesday", "series: wellness-thursday")),
            files(edit("author: jlee", "author: jlee\nmedia: [{file: a.jpg, alt: Runners, people: true, authorization: AUTH-9}]")),
        ],
        clean=CLEAN,
    ),
    "FM009": Cases(
        trigger=[
            {P: GOOD_POST, "content/posts/2027/01/14-copy.md": GOOD_POST},
            {P: GOOD_POST, R: edit("status: draft", "status: draft\nuid: test-0001", GOOD_RESPONSE)},
            {P: GOOD_POST, "content/posts/2027/02/01-b.md": GOOD_POST.replace("2027-01-13", "2027-02-01")},
            named("a copied post that kept the original's `uid: mw-2027-0007`.", {P: _MW.format("mw-2027-0007"), "content/posts/2027/01/14-copy.md": _MW.format("mw-2027-0007")}),
            named("`uid: MW-2027-0007` beside another file's `uid: mw_2027_0007`.", {P: _MW.format("mw_2027_0007"), "content/posts/2027/01/14-b.md": _MW.format("MW-2027-0007")}),
        ],
        clean=CLEAN + [named("each post with its own uid, as `playbook new` writes it.", {P: GOOD_POST, "content/posts/2027/01/14-b.md": GOOD_POST.replace("test-0001", "test-0002")})],
    ),
    "FM010": Cases(
        trigger=[
            named("a photo renamed to `.md`.", files(b"\x89PNG\r\n\x1a\n\x00\x00")),
            named("a post saved in Windows-1252 with an accented letter.", files(GOOD_POST.encode("cp1252").replace(b"Snow", b"Sn\xf6w"))),
            files("---\ntitle: x\n---\n" + "y" * 1_100_000),
            named("`plans/team.yml` that is a named pipe (`mkfifo plans/team.yml`).", files(team=Pipe())),
        ],
        clean=[*CLEAN, named("the same post saved as UTF-8 (a BOM and CRLF line ends are fine).", files("\ufeff" + GOOD_POST.replace("\n", "\r\n")))],
    ),
    "FM011": Cases(
        trigger=[named("a repository without `plans/practice.yml`.", files(practice=None)), files(team=None), files(practice=None, team=None)],
        clean=[named("a repository with both files.", CLEAN[0]), *CLEAN[1:]],
    ),
    "FM012": Cases(
        trigger=[
            named("`status: draft` and, further down, `status: approved`.", files(edit("status: draft", "status: draft\nstatus: approved"))),
            files(edit("title: Stretch before you shovel", "title: A\ntitle: B")),
            files(team=TEAM + "people: []\n"),
        ],
        clean=[named("one `status:` line.", CLEAN[0]), *CLEAN[1:]],
    ),
    "FM013": Cases(
        trigger=[
            files(edit("author: jlee", "author: jlee\nwaivers: [{rule: FM004}]")),
            files(edit("author: jlee", "author: jlee\nwaivers: [{rule: FM004, reason: ok}]")),
            files(edit("author: jlee", "author: jlee\nwaivers: [{rule: FM004, reason: ''}]")),
        ],
        clean=CLEAN,
    ),
    "FM014": Cases(
        trigger=[
            files(edit("author: jlee", "author: jlee\nwaivers: [{rule: FM014, reason: Nothing to waive in this file}]")),
            files(edit("author: jlee", "author: jlee\nwaivers: [{rule: FM013, reason: Nothing to waive in this file}]")),
            files(edit("author: jlee", "author: jlee\nwaivers: [{rule: FM015, reason: Nothing to waive in this file}]")),
        ],
        clean=[
            *CLEAN,
            named(
                "the same waiver on a post that really is over a limit for a stated reason.",
                files(edit("channels: [instagram]", "channels: [x]", edit("author: jlee", 'author: jlee\nwaivers: [{rule: CH001, reason: "Quotes the recall notice word for word"}]', LONG_POST))),
            ),
        ],
    ),
    "FM015": Cases(
        trigger=[files(edit("author: jlee", f"author: jlee\nwaivers: [{{rule: {code}, reason: The flagged text is a public figure}}]")) for code in ("PHI001", "PHI003", "PHI004")],
        clean=CLEAN
        + [
            files(
                edit(
                    "author: jlee",
                    "author: jlee\napprovals: [{by: mreyes, role: privacy, on: 2027-01-02}]\nwaivers: [{rule: PHI003, reason: The flagged text is a public figure}]",
                )
            )
        ],
    ),
}


CASES["FM017"] = Cases(
    trigger=[
        named("`content/leak.txt` linking to `/etc/passwd`.", {P: GOOD_POST, "content/leak.txt": Link("/etc/passwd")}),
        {P: GOOD_POST, "content/posts/2027/01/14-leak.md": Link("/etc/passwd")},
        named("`content/again` linking to `.` (a loop).", {P: GOOD_POST, "content/again": Link(".")}),
        named("`content/history` linking to `../.git`.", {P: GOOD_POST, "content/history": Link("../.git"), ".git/config": "[core]\n"}),
        files(authorizations=Link("/etc/passwd")),
        {P: GOOD_POST, "content/gone.png": Link("missing.png")},
    ],
    clean=CLEAN
    + [
        named("`content/logo.svg` linking to `../brand/logo.svg` in the repository.", {P: GOOD_POST, "brand/logo.svg": "<svg></svg>\n", "content/logo.svg": Link("../brand/logo.svg")}),
        {P: GOOD_POST, "content/extra/a.txt": "hello\n", "content/more": Link("extra")},
        {"content/posts/2027/01/13-stretch.md": Link("../../../../drafts/stretch.md"), "drafts/stretch.md": GOOD_POST},
    ],
)


def _uid(uid: str, event: bool = False, day: str = "14") -> str:
    text = GOOD_POST.replace("test-0001", uid).replace("2027-01-13", f"2027-01-{day}")
    return edit("author: jlee", "author: jlee\nevent: {name: Winter walk, start: 2027-01-30 09:00, location: Riverside Park}", text) if event else text


# One identity per uid (hooks/playbook/uids.py): case and punctuation fold, events and slots count.
CASES["FM009"] = Cases(
    trigger=CASES["FM009"].trigger
    + [
        {P: GOOD_POST, "content/posts/2027/01/14-b.md": _uid("TEST-0001")},
        {P: GOOD_POST, "content/posts/2027/01/14-b.md": _uid("test_0001")},
        {P: GOOD_POST, R: edit("status: draft", "status: draft\nuid: Test.0001", GOOD_RESPONSE)},
        named("`uid: walk-2027-event` while the post `walk-2027` promotes a community event.", {P: _uid("walk-2027", event=True, day="13"), "content/posts/2027/01/14-b.md": _uid("walk-2027-event")}),
        {P: _uid("walk-2027", event=True, day="13"), "content/posts/2027/01/14-b.md": _uid("Walk_2027.Event")},
        {P: GOOD_POST, "content/posts/2027/01/14-b.md": _uid("slot-wellness-wednesday-20270113")},
    ],
    clean=CASES["FM009"].clean
    + [
        {P: GOOD_POST, "content/posts/2027/01/14-b.md": _uid("test-00010")},
        {P: _uid("walk-2027", day="13"), "content/posts/2027/01/14-b.md": _uid("walk-2027-event")},  # no event: no event uid
        {P: GOOD_POST, "content/posts/2027/01/14-b.md": _uid("slot-no-such-series-20270113")},
    ],
)


_STRETCH = "content/posts/2027/01/13-{}.md"
CASES["FM031"] = Cases(
    trigger=[
        {_STRETCH.format("stretch care"): GOOD_POST},
        {_STRETCH.format("stretch#1"): GOOD_POST},
        {_STRETCH.format("q?a%20"): GOOD_POST},
        {_STRETCH.format("line\nbreak"): GOOD_POST},
        {_STRETCH.format("di\u0301a-de-reyes"): GOOD_POST},
        {"content/posts/2027/01 copy/13-stretch.md": GOOD_POST},
        {P: GOOD_POST, "content/images/team photo.jpg": b"\x89PNG"},
    ],
    clean=[*CLEAN, {_STRETCH.format("stretch_care.v2"): GOOD_POST}, {P: GOOD_POST, "content/images/Team-Photo_2.JPG": b"\x89PNG"}],
)

# The site's identity comes from plans/practice.yml (siteconfig.py); mkdocs.yml saying otherwise is FM040.
_URL_PRACTICE = PRACTICE + "playbook_url: https://playbook.clinic.test/\n"
CASES["FM040"] = Cases(
    trigger=[
        {P: GOOD_POST, "mkdocs.yml": "site_name: Riverside Family Clinic · Social Media Playbook\n"},
        named(
            "`site_url: https://playbook.other-practice.test/` in mkdocs.yml when plans/practice.yml says `playbook_url: https://playbook.clinic.test/`.",
            {P: GOOD_POST, "mkdocs.yml": "site_name: Social Media Playbook\nsite_url: https://playbook.other-practice.test/\n", "plans/practice.yml": _URL_PRACTICE},
        ),
        {P: GOOD_POST, "mkdocs.yml": "site_name: Social Media Playbook\nsite_url: https://playbook.clinic.test/\n"},  # the plans give no address
        {P: GOOD_POST, "mkdocs.yml": "site_name: Social Media Playbook\nsite_description: How another practice plans its posts.\n"},
    ],
    clean=CLEAN
    + [
        {P: GOOD_POST, "mkdocs.yml": "site_name: Social Media Playbook\n"},
        {P: GOOD_POST, "mkdocs.yml": "site_name: Test Clinic · Social Media Playbook\n"},
        named(
            "`site_url` equal to `playbook_url` (with or without the last slash).",
            {P: GOOD_POST, "mkdocs.yml": "site_name: Social Media Playbook\nsite_url: https://playbook.clinic.test\n", "plans/practice.yml": _URL_PRACTICE},
        ),
        {P: GOOD_POST, "mkdocs.yml": "site_name: Social Media Playbook\nsite_description: How Test Clinic plans, writes and checks its social media.\n"},
        {P: GOOD_POST, "mkdocs.yml": "site_name: !ENV [NAME, Social Media Playbook]\nhooks: [x.py]\n"},  # a tag is not a title of its own
    ],
)

# The engine running the checks against the practice's pin (engine_pin.py): FM041.
CASES["FM041"] = Cases(
    trigger=[
        named("`practice-playbook==99.0.0` in requirements.txt while an older version runs the checks.", {P: GOOD_POST, "requirements.txt": "practice-playbook==99.0.0\n"}),
        {P: GOOD_POST, "requirements.txt": "# the engine\nPractice-Playbook == 0.0.1  # pinned\n"},
        named(
            "`practice-playbook @ git+https://github.com/example/practice-playbook@v42.1.0` while an older version runs them.",
            {P: GOOD_POST, "requirements.txt": "practice-playbook @ git+https://github.com/example/practice-playbook@v42.1.0\n"},
        ),
    ],
    clean=[named("a practice without requirements.txt (this repository's sample).", CLEAN[0]), *CLEAN[1:]]
    + [
        named(
            "a requirements.txt that pins the version running the checks.", {P: GOOD_POST, "requirements.txt": f"practice-playbook=={__import__('playbook.engine_pin').engine_pin.running_version()}\n"}
        ),
        {P: GOOD_POST, "requirements.txt": "practice-playbook @ git+https://github.com/example/practice-playbook@3f2a9c1\n"},  # a commit: no version to compare
        {P: GOOD_POST, "requirements.txt": "practice-playbook-extras==9.0\nmkdocs==1.6.1\n"},
    ],
)


# Only Markdown and the pictures and clips posts show may sit under content/: MkDocs copies anything else as it is.
CASES["FM051"] = Cases(
    trigger=[
        named("a note saved as `content/posts/2027/02/notes.txt`.", {P: GOOD_POST, "content/posts/2027/02/notes.txt": "called back about the biopsy\n"}),
        named("a flyer saved as `content/flyer.pdf`.", {P: GOOD_POST, "content/flyer.pdf": b"%PDF-1.4\n"}),
        named("a logo saved as `content/logo.svg`.", {P: GOOD_POST, "content/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'}),
        {P: GOOD_POST, "content/exports/march.csv": "name,mrn\n"},
        {P: GOOD_POST, "content/page.html": "<script>alert(1)</script>"},
        {P: GOOD_POST, "content/posts/2027/02/README": "notes"},
        {P: GOOD_POST, "content/images/finish.jpg.txt": "x"},
        {P: GOOD_POST, "content/posts/2027/02/01-knee-care.md.bak": GOOD_POST},
        {P: GOOD_POST, "content/tools/app.js": "alert(1)"},
        {P: GOOD_POST, "content/docs/Consent.DOCX": b"PK"},
    ],
    clean=[
        *CLEAN,
        named("a photo saved as `content/images/5k-finish.jpg`.", {P: GOOD_POST, "content/images/5k-finish.jpg": b"\xff\xd8\xff"}),
        named("a Finder file `content/posts/.DS_Store`.", {P: GOOD_POST, "content/posts/.DS_Store": b"\x00\x00"}),
        {P: GOOD_POST, "content/images/Team-Photo_2.JPG": b"\x89PNG", "content/clips/warmup.mp4": b"\x00", "content/images/a.webp": b"RIFF"},
        {P: GOOD_POST, "content/.gitkeep": ""},
    ],
)
