"""No way around the privacy checks: disguised leaks, leaks in links and file names, weakened thresholds.

Every leak is tried in every disguise a hostile or careless author could use
(invisible characters, look-alike letters of other scripts, fullwidth and
mathematical forms, combining and precomposed accents, no-break spaces, other
hyphens and dashes, other digits) and in every text a post publishes; the rule
must still flag it, on the same line, pointing at the same character. Then the
same for random disguises (hypothesis), for links and file names, and the
legitimate texts that must pass. Every person, number and address is made up.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from playbook.check import check_project
from playbook.model import Event, Media, Person
from playbook.normalize import INVISIBLE, fold, look_alikes
from playbook.rules import all_rules
from playbook.urlwords import file_words, link_words

from tests.conftest import GOOD_POST, make_project
from tests.rules.harness import PLANS, Cases, at, hits, post, response

BODY_LINE, TITLE_LINE, ALT_LINE, VARIANT_LINE, REPLY_LINE = 10, 3, 14, 16, 8
LEAD = "Race day recap.\n\n"  # the leak sits two lines into the body


# --- disguises: each rewrites one character of the key at a time, so offsets can be followed ---------------


def _twins() -> tuple[dict[str, str], dict[str, str]]:
    """Latin letter / digit -> one look-alike of another script (Cyrillic or Greek first), from the same table the fold uses."""
    letters: dict[str, str] = {}
    digits: dict[str, str] = {}
    for ch, (letter, digit) in sorted(look_alikes().items(), key=lambda kv: (not unicodedata.name(kv[0], "").startswith(("CYRILLIC", "GREEK")), kv[0])):
        if unicodedata.normalize("NFKC", ch) != ch or unicodedata.name(ch, "").startswith("LATIN"):
            continue  # fullwidth and mathematical forms are disguises of their own; Latin variants fold anyway
        if letter:
            letters.setdefault(letter, ch)
        if digit:
            digits.setdefault(digit, ch)
    return letters, digits


LETTER_TWINS, DIGIT_TWINS = _twins()
ACCENTS = dict(zip("aeiounAEIOUN", "áéíóúñÁÉÍÓÚÑ"))
ARABIC_DIGITS = {str(d): chr(0x0660 + d) for d in range(10)}


def _twin(ch: str) -> str:
    return DIGIT_TWINS.get(ch, ch) if ch.isdigit() else LETTER_TWINS.get(ch, ch)


def _fullwidth(ch: str) -> str:
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


def _math_bold(ch: str) -> str:
    if "A" <= ch <= "Z":
        return chr(0x1D400 + ord(ch) - ord("A"))
    if "a" <= ch <= "z":
        return chr(0x1D41A + ord(ch) - ord("a"))
    if ch.isdigit():
        return chr(0x1D7CE + int(ch))
    return ch


def _inside(mark: str):
    """Put `mark` after every character but the last of each word."""
    return lambda i, ch, key: ch + mark if ch.isalnum() and i + 1 < len(key) and key[i + 1].isalnum() else ch


DISGUISES = {
    "zero-width space": _inside("\u200b"),
    "zero-width non-joiner": _inside("\u200c"),
    "zero-width joiner": _inside("\u200d"),
    "word joiner": _inside("\u2060"),
    "soft hyphen": _inside("\u00ad"),
    "byte-order mark": _inside("\ufeff"),
    "left-to-right mark": _inside("\u200e"),
    "right-to-left override": _inside("\u202e"),
    "variation selector": _inside("\ufe0f"),
    "tag character": _inside("\U000e0041"),
    "Hangul filler": _inside("\u3164"),
    "look-alike letters": lambda i, ch, key: _twin(ch) if i % 2 == 0 else ch,
    "look-alike word": lambda i, ch, key: _twin(ch),
    "fullwidth": lambda i, ch, key: _fullwidth(ch),
    "mathematical bold": lambda i, ch, key: _math_bold(ch),
    "combining marks": lambda i, ch, key: ch + "\u0301\u0323" if ch.isalnum() else ch,
    "precomposed accents": lambda i, ch, key: ACCENTS.get(ch, ch),
    "no-break spaces": lambda i, ch, key: "\u00a0" if ch == " " else ch,
    "thin spaces": lambda i, ch, key: "\u2009" if ch == " " else ch,
    "unicode hyphens": lambda i, ch, key: ("\u2013" if key[i - 1 : i].isdigit() and key[i + 1 : i + 2].isdigit() else "\u2010") if ch == "-" else ch,
    "minus signs": lambda i, ch, key: "\u2212" if ch == "-" else ch,
    "Arabic-Indic digits": lambda i, ch, key: ARABIC_DIGITS.get(ch, ch),
}


def disguise(text: str, key: str, name: str) -> tuple[str, callable]:
    """`text` with `key` disguised, and a map from offsets in `text` to offsets in the result."""
    start = text.index(key)
    pieces = [DISGUISES[name](i, ch, key) for i, ch in enumerate(key)]
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    changed = text[:start] + "".join(pieces) + text[start + len(key) :]
    delta = starts[-1] - len(key)

    def moved(offset: int) -> int:
        if offset < start:
            return offset
        if offset >= start + len(key):
            return offset + delta
        return start + starts[offset - start]

    return changed, moved


# --- the leaks: one per rule (two for PHI007), and the words a disguise hides ----------------------------------


@dataclass(frozen=True)
class Leak:
    code: str
    sentence: str
    key: str
    reply_only: bool = False
    post_only: bool = False
    body_only: bool = False


LEAKS = [
    Leak("PHI001", "Our records show you missed two appointments.", "Our records show", reply_only=True),
    Leak("PHI002", "Physical therapy after an ACL repair often takes months.", "ACL repair", reply_only=True),
    Leak("PHI003", "Congratulations to Maria Lopez on finishing the 5K!", "Maria Lopez"),
    Leak("PHI003", "Big cheers to our patient Kevin today!", "patient Kevin"),
    Leak("PHI004", "Text Dana at 312-555-0147 to set up a time.", "312-555-0147"),
    Leak("PHI005", "Send your photos to jenny.runs@mailbox.test today.", "jenny.runs@mailbox.test"),
    Leak("PHI006", "Read her story at jennyruns.example.com today.", "jennyruns.example.com"),
    Leak("PHI007", "We found MRN 448812 in the scheduling notes.", "MRN 448812"),
    Leak("PHI007", "Her Social Security number is 123-45-6789.", "123-45-6789"),
    Leak("PHI008", "Her surgery on 2/14 went smoothly.", "surgery on 2/14"),
    Leak("PHI009", "Our patient on 1420 Maple Avenue is back on her bike.", "1420 Maple Avenue"),
    Leak("PHI010", "Our oldest walker, a 93-year-old grandmother, led the pack.", "93-year-old"),
    Leak("PHI011", "Congratulations to the parents of our first triplets in Riverbend!", "first triplets"),
    Leak("PHI013", "One of our patients ran her first 5K after her knee surgery.", "One of our patients", post_only=True),
    Leak(
        "PHI016",
        "Our favorite crossing guard walked out of here today after his last round of radiation. Six months ago he could barely stand, and now he is back at his corner. We love you!",
        "walked out of here today after his last round",
        body_only=True,
    ),
]
FIELDS = ("body", "title", "alt", "variant", "reply")


def _item(leak: Leak, field: str, text: str):
    """A post or reply carrying `text` in `field`, and the line the finding must point at."""
    if field == "reply":
        return response(LEAD + text), REPLY_LINE + 2
    if field == "body":
        return post(LEAD + text), BODY_LINE + 2
    if field == "title":
        return post("Warm up before you run.", title=text, lines={"title": TITLE_LINE}), TITLE_LINE
    if field == "alt":
        return post("Warm up before you run.", media=[Media("images/finish.jpg", text, False, "", None, ALT_LINE)]), ALT_LINE
    return post("Warm up before you run.", variants={"x": text}, lines={"variants.x": VARIANT_LINE}), VARIANT_LINE


def _applies(leak: Leak, field: str) -> bool:
    if leak.body_only:  # PHI016 weighs a post's body only
        return field == "body"
    return (field == "reply") if leak.reply_only else not (leak.post_only and field == "reply")


def _cases():
    for leak in LEAKS:
        for field in FIELDS:
            if not _applies(leak, field):
                continue
            for name in DISGUISES:
                changed, _ = disguise(leak.sentence, leak.key, name)
                if changed != leak.sentence:
                    yield pytest.param(leak, field, name, id=f"{leak.code}-{leak.key[:12]}-{field}-{name}")


@pytest.mark.parametrize("leak, field, name", list(_cases()))
def test_a_disguised_leak_is_still_found_where_it_is(leak, field, name):
    base_item, line = _item(leak, field, leak.sentence)
    (base, *_) = hits(leak.code, base_item)
    changed, moved = disguise(leak.sentence, leak.key, name)
    item, _ = _item(leak, field, changed)
    found = hits(leak.code, item)
    assert found, f"{leak.code} missed {changed!r}"
    assert found[0].line == line == base.line
    if base.column:  # the column points at the same character of the author's own line
        assert found[0].column == moved(base.column - 1) + 1, (changed, found[0].column)


def test_every_rule_that_reads_text_is_tried():
    text_rules = {r.code for r in all_rules() if r.family == "PHI"} - {"PHI012", "PHI014", "PHI015"}  # PHI015 vets sites, it finds no disclosure
    assert {leak.code for leak in LEAKS} == text_rules


@pytest.mark.parametrize("name", sorted(DISGUISES))
def test_every_disguise_changes_some_leak(name):
    assert any(disguise(leak.sentence, leak.key, name)[0] != leak.sentence for leak in LEAKS)


def test_quotes_show_what_the_author_wrote():
    (found,) = hits("PHI003", "Big thanks to José Ramírez for the cookies.")
    assert "'José Ramírez'" in found.message
    (found,) = hits("PHI003", "Big thanks to Mаria Lоpez for the cookies.")  # Cyrillic а and о
    assert "'Mаria Lоpez'" in found.message
    (found,) = hits("PHI007", "We found MRN 44\u200b88\u200b12 in the notes.")
    assert "'MRN 448812'" in found.message  # the invisible characters are left out of the quote


def test_a_phone_number_disguised_past_the_region_default():
    assert hits("PHI004", "Text Dana at ３１２－５５５－０１４７.")  # fullwidth digits and hyphens
    assert hits("PHI004", "Text Dana at 312/555/0147.")
    assert hits("PHI004", "Text Dana at 312 ‒ 555 ‒ 0147.")  # figure dashes


@pytest.mark.parametrize("text", ["Her SSN is 123 45 6789.", "Her SSN is 123.45.6789.", "Her SSN is 123/45/6789.", "Her number: 123 – 45 – 6789."])
def test_social_security_numbers_however_grouped(text):
    assert hits("PHI007", text)


@pytest.mark.parametrize("text", ["MRN 44.88.12 was in the notes.", "MRN 44 88 12 was in the notes.", "Account #55-82-1 is closed."])
def test_record_numbers_however_grouped(text):
    assert hits("PHI007", text)


# --- random disguises (hypothesis) ------------------------------------------------------------------------------

HIDDEN = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u00ad",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202d",
    "\u202e",
    "\u2066",
    "\ufe0f",
    "\ufe0e",
    "\U000e0020",
    "\u180e",
    "\u034f",
    "\u3164",
    "\u115f",
]
MARKS = ["\u0301", "\u0300", "\u0308", "\u0323", "\u0338", "\u20dd", "\u0489"]
CASES_FOR_FUZZ = [(leak, field) for leak in LEAKS for field in FIELDS if _applies(leak, field)]


def _scramble(text: str, draws) -> str:
    chars = list(text)
    for kind, where, pick in draws:
        index = where % (len(chars) + 1)
        if kind == "hide":
            chars.insert(index, HIDDEN[pick % len(HIDDEN)])
            continue
        index = min(index, len(chars) - 1)
        ch = chars[index]
        if not (len(ch) == 1 and ch.isascii() and ch.isalnum()):
            continue
        if kind == "twin":
            chars[index] = _twin(ch)
        elif kind == "mark":
            chars[index] = ch + MARKS[pick % len(MARKS)]
        elif kind == "wide":
            chars[index] = (_fullwidth, _math_bold)[pick % 2](ch)
    return "".join(chars)


DRAWS = st.lists(st.tuples(st.sampled_from(["hide", "twin", "mark", "wide"]), st.integers(0, 200), st.integers(0, 50)), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.sampled_from(CASES_FOR_FUZZ), draws=DRAWS)
def test_random_disguises_never_remove_the_finding(case, draws):
    leak, field = case
    base_item, line = _item(leak, field, leak.sentence)
    item, _ = _item(leak, field, _scramble(leak.sentence, draws))
    found = hits(leak.code, item)
    assert found, f"{leak.code} missed {_scramble(leak.sentence, draws)!r}"
    assert {h.line for h in found} == {h.line for h in hits(leak.code, base_item)} == {line}


@settings(max_examples=100, deadline=None)
@given(case=st.sampled_from(CASES_FOR_FUZZ), where=st.integers(0, 200), pick=st.integers(0, 50))
def test_any_hidden_character_is_reported_on_its_line(case, where, pick):
    leak, field = case
    text = _scramble(leak.sentence, [("hide", where, pick)])
    item, line = _item(leak, field, text)
    found = hits("PHI014", item)
    assert [h.line for h in found] == [line]
    assert f"U+{ord(HIDDEN[pick % len(HIDDEN)]):04X}" in found[0].message


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
@example("\u00bc\u0300")  # "¼" and a grave accent: NFKC's "1⁄4" ends in a plain digit, so the mark goes at once
@example("\u208b")  # a subscript minus: NFKC's "−" is a hyphen the fold maps on, in one pass
def test_folding_keeps_lines_and_maps_back_in_order(text):
    folded = fold(text)
    assert folded.text.count("\n") == text.count("\n")
    origins = [folded.origin(i) for i in range(len(folded.text) + 1)]
    assert origins == sorted(origins) and origins[-1] == len(text) and all(0 <= o <= len(text) for o in origins)
    assert fold(folded.text).text == folded.text  # folding twice changes nothing more


def test_ascii_text_is_not_copied():
    text = "Plain copy, 312-555-0147."
    assert fold(text).text is text and not fold(text).changed


def test_every_format_character_is_folded_away():
    formats = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert fold("a" + "".join(formats) + "b").text == "ab"
    invisible = [c for c in formats if INVISIBLE.match(c)]
    assert "\u200b" in invisible and "\u00ad" in invisible and "\u0600" not in invisible  # an Arabic number sign draws a sign


# --- what must pass: other scripts, accents, emoji, units --------------------------------------------------------

PHI_CODES = [r.code for r in all_rules() if r.family == "PHI"]
TEAM = {**PLANS.team, "dr-nunez": Person("dr-nunez", "Dr. José Núñez", ("clinical",))}
CLEAN = [
    "¡Feliz Año Nuevo! Los niños y sus familias son bienvenidos a la caminata del sábado por la mañana.",
    "Gracias, señora, por su paciencia. Nuestro equipo le ayudará con mucho gusto.",
    "Dr. José Núñez says a warm-up matters. Dr. Núñez (Dr. Nunez to spell-checkers) leads Saturday's stretch.",
    "Vitamin B12: adults need about 2.4 µg a day (2.4 μg, not mg). Ask Dr. Okafor if you take metformin.",
    "β-blockers and TNF-α inhibitors are common heart and joint medicines; NF-κB is a protein.",
    "Our team 👩‍⚕️👨🏽‍⚕️ cheers every finisher 🏳️‍🌈 ❤️ 1️⃣ #️⃣ 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f 👍🏾 ☕️",
    "Persian: می‌خواهم. Hindi: क्‍ष. Hebrew: שלום\u200f 2027. Japanese: 葛\U000e0100城 walk.",
    "Naïve café owners in Zürich and São Paulo love the Smørrebrød 5K — see you on the trail…",
    "Mile 3–4 is flat; the 10–12 a.m. slot is open. Temperature: −5 °C.",
]


@pytest.mark.parametrize("code", PHI_CODES)
@pytest.mark.parametrize("text", CLEAN, ids=[t[:24] for t in CLEAN])
def test_legitimate_text_passes(code, text):
    plans = replace(PLANS, team=TEAM)
    assert hits(code, post(text), plans=plans) == [], code
    if "Dr." not in text and "blockers" not in text:  # a reply names no clinician and no medicine (PHI001, PHI002)
        assert hits(code, response(text), plans=plans) == [], code


@pytest.mark.parametrize("text", ["José Ramírez", "niño", "señora", "Zürich", "μg", "спасибо", "Ηλίας", "東京"])
def test_accents_and_other_scripts_read_as_themselves(text):
    folded = fold(text)
    assert folded.show(0, len(folded.text)) == text
    assert fold(f"{text}, {text}").text == f"{folded.text}, {folded.text}"


def test_fold_keeps_real_words_of_other_scripts():
    assert fold("спасибо").text == "спасибо" and fold("5 μg").text == "5 μg"
    assert fold("Jаne").text == "Jane" and fold("Јое").text == "Joe"  # mixed, and all look-alikes
    assert fold("José Ramírez").text == "Jose Ramirez"  # matched without accents, quoted with them


def test_an_accented_event_address_covers_itself():
    event = Event("Spring Walk", at("2027-04-10 09:00"), None, "1200 Peñasco Road", "https://riverbendparks.test/walk", 12)
    assert hits("PHI009", post("Park at 1200 Penasco Road, or at 1200 Pen\u0303asco Road.", event=event)) == []


# --- links and file names --------------------------------------------------------------------------------------

OWN = "https://www.example-ortho.test/book"
TRUSTED = "https://www.cdc.gov/falls/"
URL_LEAKS = [
    ("PHI003", "?patient=Jane+Doe"),
    ("PHI003", "?first_name=maria&last_name=lopez"),
    ("PHI003", "?patient=Jane%2520Doe"),  # encoded twice
    ("PHI003", "#name=maria-lopez"),
    ("PHI003", "#:~:text=Maria%20Lopez"),
    ("PHI003", "?next=https%3A%2F%2Fwww.example-ortho.test%2F%3Fname%3DJane%2BDoe"),
    ("PHI003", "?patient=J%E2%80%8Bane+D%D0%BEe"),  # a zero-width space and a Cyrillic о, percent-encoded
    ("PHI004", "?phone=312-555-0147"),
    ("PHI005", "?email=jane%40mail.test"),
    ("PHI006", "?next=https%3A%2F%2Ffundraiser.example%2Fjane"),
    ("PHI007", "?mrn=448812"),
    ("PHI007", "?ssn=123-45-6789"),
    ("PHI008", "?dob=1950-01-02"),
    ("PHI009", "?addr=1420+Maple+Avenue"),
    ("PHI010", "?age=94"),
]
SOURCE_LINE, NEWS_LINE, EVENT_LINE = 21, 23, 25


def _carrying(url: str, field: str):
    """A post (or reply) that publishes `url` in `field`, and the line a finding must point at."""
    if field == "sources":
        return post("Read more.", sources=("https://www.cdc.gov/", url), lines={"sources": 20, "sources.0": 20, "sources.1": SOURCE_LINE}), SOURCE_LINE
    if field == "news.url":
        return post("In the news.", news=replace_news(url), lines={"news": 22, "news.url": NEWS_LINE}), NEWS_LINE
    if field == "event.url":
        event = Event("Winter 5K", at("2027-02-13 08:00"), None, "Riverside Park", url, 24)
        return post("Sign up!", event=event, lines={"event": 24, "event.url": EVENT_LINE}), EVENT_LINE
    if field == "body":
        return post(f"{LEAD}Sign up at {url} today."), BODY_LINE + 2
    if field == "alt":
        return post("Hi!", media=[Media("images/a.jpg", f"A poster for {url}", False, "", None, ALT_LINE)]), ALT_LINE
    return response(f"{LEAD}Book at {url} any time."), REPLY_LINE + 2


def replace_news(url: str):
    import datetime as dt

    from playbook.model import News

    return News(url, dt.date(2027, 1, 28), 22)


@pytest.mark.parametrize("field", ["sources", "news.url", "event.url", "body", "alt", "reply"])
@pytest.mark.parametrize("host", [OWN, TRUSTED], ids=["own", "trusted"])
@pytest.mark.parametrize("code, tail", URL_LEAKS, ids=[f"{c}-{t[:22]}" for c, t in URL_LEAKS])
def test_patient_details_in_a_link_are_found_at_its_line(code, tail, host, field):
    item, line = _carrying(host + tail, field)
    found = hits(code, item)
    assert found, f"{code} missed {host + tail} in {field}"
    assert {h.line for h in found} == {line}
    assert "(in the link '" in found[0].message


FILE_LEAKS = [
    ("PHI003", "images/jane-doe-mri-2027-01-03.jpg"),
    ("PHI008", "images/jane-doe-mri-2027-01-03.jpg"),
    ("PHI003", "images/MariaLopez_knee.png"),
    ("PHI003", "images/maria%20lopez.jpg"),
    ("PHI004", "images/call-312-555-0147.png"),
    ("PHI007", "scans/mrn-448812.jpg"),
    ("PHI010", "images/our-93-year-old-walker.jpg"),
    ("PHI003", "images/ma\u200bria-lo\u200bpez.jpg"),
]


@pytest.mark.parametrize("code, name", FILE_LEAKS)
def test_patient_details_in_a_media_file_name(code, name):
    found = hits(code, post("Race day!", media=[Media(name, "Runners at the finish", False, "", None, ALT_LINE)]))
    assert [h.line for h in found] == [ALT_LINE]
    assert "(in the media file name '" in found[0].message and "rename the file" in found[0].message


@pytest.mark.parametrize(
    "code, path",
    [
        ("PHI003", "content/posts/2027/01/04-maria-lopez-knee.md"),
        ("PHI003", "content/posts/2027/01/04-thanks-kevin-brown.md"),
        ("PHI010", "content/posts/2027/01/04-our-93-year-old-runner.md"),
        ("PHI011", "content/posts/2027/01/04-our-first-triplets.md"),
        ("PHI013", "content/posts/2027/01/04-patient-story-knee.md"),
        ("PHI004", "content/posts/2027/01/04-call-312-555-0147.md"),
        ("PHI003", "content/responses/reply-to-maria-lopez.md"),
    ],
)
def test_patient_details_in_the_file_name_are_found_at_line_1(code, path):
    item = response("Thank you, {{ reviewer }}.", path=path) if "/responses/" in path else post("Warm up first.", path=path)
    found = hits(code, item)
    assert [h.line for h in found] == [1]
    if code != "PHI013":
        assert "the file name 'content/" in found[0].message and "page and calendar address" in found[0].message
    else:
        assert "in the file name" in found[0].message


@pytest.mark.parametrize("code, tag", [("PHI003", "maria-lopez"), ("PHI003", "MariaLopez"), ("PHI010", "93-year-old"), ("PHI011", "our_first_triplets")])
def test_patient_details_in_a_tag(code, tag):
    found = hits(code, post("Warm up first.", tags=("winter", tag), lines={"tags": 9}))
    assert [h.line for h in found] == [9] and f"(in the tag '{tag}')" in found[0].message


@pytest.mark.parametrize(
    "url",
    [
        "https://www.cdc.gov/falls/?utm_source=facebook&utm_medium=social&utm_campaign=winter-5k",
        "https://riverbend5k.test/winter-5k#register",
        "https://www.cdc.gov/maria-lopez-story/",  # another site's path names its own page (a foreign one is PHI006's)
        "https://www.example-ortho.test/services/knee-care?lang=es#faq",
        "https://orthoinfo.aaos.org/en/diseases--conditions/sprained-ankle/",
    ],
)
def test_ordinary_links_pass(url):
    for field in ("sources", "body", "event.url"):
        item, _ = _carrying(url, field)
        assert [h.message for code in PHI_CODES for h in hits(code, item)] == []


@pytest.mark.parametrize(
    "path, media",
    [
        ("content/posts/2027/01/21-thank-you-youth-coaches.md", "images/youth-league-gym.jpg"),
        ("content/posts/2027/02/12-heartbeat-answer-5k-eve.md", "images/5k-recap.jpg"),
        ("content/posts/2027/02/18-winter-5k-recap.md", "videos/desk-stretch.mp4"),
        ("content/posts/2027/03/25-spring-clean-up-walk.md", "images/IMG_20270325_0915.jpg"),
    ],
)
def test_ordinary_file_names_pass(path, media):
    item = post("Warm up first.", path=path, media=[Media(media, "A trail in snow", False, "", None, ALT_LINE)])
    assert [h.message for code in PHI_CODES for h in hits(code, item)] == []


def test_decoding_a_link_and_a_file_name():
    assert link_words("https://own.test/?pt_name=Jane+Doe&dob=1950-01-02", name_keys=frozenset({"ptname"})) == "patient: Jane Doe; dob: 1950-01-02"
    assert link_words("https://x.test/a/b?q=a%2520b#frag") == "q: A B; Frag"
    assert link_words("https://x.test/jane-doe/") == ""  # a path is read only on the practice's own domains
    assert link_words("https://x.test/jane-doe/", with_path=True) == "Jane Doe"
    assert file_words("content/posts/2027/01/04-maria-lopez-knee.md") == "Maria Lopez Knee"
    assert file_words("images/jane-doe-mri-2027-01-03.jpg") == "Images. Jane Doe Mri 2027-01-03"
    # an initial glued to a surname is two words; runs of capitals stay one ("CTScan", "USArmy")
    assert file_words("before_after_KWashington_2024-03-02.png") == "Before After K Washington 2024-03-02"
    assert file_words("CTScan-USArmy-iPhone.png") == "CTScan USArmy I Phone"


def test_link_words_survive_hostile_addresses():
    for url in ["https://[::1", "https://x.test/?%zz=%", "https://x.test/?" + "a=%25" * 2000, "http://" + "%" * 500]:
        assert isinstance(link_words(url), str)


# --- plans/checks.yml cannot weaken a privacy rule ---------------------------------------------------------------

PHONE_POST = GOOD_POST.replace("Snow day?", "Text Dana at 312-555-0147. Snow day?")


@pytest.mark.parametrize("region", ["XX", "ZZ", "USA", "''", "001", "1"])
def test_an_unknown_region_is_reported_and_phones_are_still_found(tmp_path, region):
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": PHONE_POST}, {"checks.yml": f"as_of: 2027-01-05\nrules:\n  thresholds:\n    PHI004: {{region: {region}}}\n"})
    report = check_project(root)
    config = [f for f in report.findings if f.path == "plans/checks.yml"]
    assert [(f.code, f.line) for f in config] == [("FM048", 4)], config
    assert "PHI004 keeps 'US'" in config[0].message or "must be like" in config[0].message
    assert any(f.code == "PHI004" and "312-555-0147" in f.message for f in report.findings)


def test_another_region_adds_its_numbers_and_keeps_the_default(tmp_path):
    body = PHONE_POST.replace("Snow day?", "Or ring Leeds on 0113 496 0123. Snow day?")
    root = make_project(tmp_path, {"content/posts/2027/01/13-stretch.md": body}, {"checks.yml": "as_of: 2027-01-05\nrules:\n  thresholds: {PHI004: {region: gb}}\n"})
    report = check_project(root)
    assert not [f for f in report.findings if f.path == "plans/checks.yml"]
    phones = [f.message for f in report.findings if f.code == "PHI004"]
    assert any("312-555-0147" in m for m in phones) and any("0113 496 0123" in m for m in phones)


def test_a_bad_region_given_to_the_rule_directly_still_detects():
    assert hits("PHI004", "Text Dana at 312-555-0147.", thresholds={"region": "XX"})
    assert hits("PHI004", "Text Dana at 312-555-0147.", thresholds={"region": ""})


def test_every_privacy_threshold_is_validated():
    for rule in all_rules():
        if rule.family == "PHI":
            assert set(rule.thresholds) <= set(rule.threshold_checks), f"{rule.code}: a threshold nobody validates could switch detection off"


# --- PHI014: the rule's own table ----------------------------------------------------------------------------------

CASES = {
    "PHI014": Cases(
        trigger=[
            "Congrats to Ja\u200bne Doe on her first 5K!",
            "Call 312\u2060-555-0147 for a ride.",
            "Physical the\u00adrapy starts Monday.",
            "See you at the park \u202eevil\u202c tonight.",
            "Warm up\ufe0f first, then stretch.",
            "Join us\u200d for the walk.",
            post("Warm up first.", title="Winter \u200bwalk", lines={"title": 3}),
            post("Warm up first.", media=[Media("images/a.jpg", "A run\u2060ner at the line", False, "", None, 14)]),
            post("Warm up first.", variants={"x": "Short \ufeffcopy"}),
            post("Warm up first.", tags=("winter\u200bwalk",)),
            post("Warm up first.", sources=("https://www.cdc.gov/fa\u200blls/",)),
            post("Warm up first.", path="content/posts/2027/01/04-winter\u200b-walk.md"),
            response("Thank you, {{ reviewer }}. Please call {{ contact.phone }}.\u200b"),
        ],
        clean=[
            "Our team 👩‍⚕️ says thank you ❤️",
            "Rainbow run 🏳️‍🌈 and a family of four 👨‍👩‍👧‍👦!",
            "Press 1️⃣ for bookings, #️⃣ for the front desk.",
            "Go Scotland 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f and Wales 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f!",
            "Thumbs up 👍🏽 and coffee ☕️ after the walk.",
            "Persian: می‌خواهم, Sinhala: ශ්‍රී.",
            "Hebrew: שלום\u200f 2027.",
            "José Ramírez, niño, señora: plain Spanish, no hidden characters.",
            "Ｆｕｌｌｗｉｄｔｈ and 𝐛𝐨𝐥𝐝 letters are visible (A11Y006 asks for plain ones).",
        ],
    ),
}


def test_phi014_names_the_character_and_points_at_it():
    (found,) = hits("PHI014", post("Race day!\nCongrats to Ja\u200bne Doe!", body_line=12))
    assert (found.line, found.column) == (13, 15)
    assert found.message.startswith("Remove the invisible character U+200B (zero width space) from 'Ja[U+200B]ne'")
    (title,) = hits("PHI014", post("Hi!", title="Winter\u200b\u2060walk", lines={"title": 3}))
    assert "U+200B (zero width space), U+2060 (word joiner)" in title.message and "in the title" in title.message


def test_phi014_one_finding_per_word_and_linear():
    found = hits("PHI014", "J\u200bo\u200bh\u200bn and M\u200bary")
    assert len(found) == 2
    hostile = ("x\u200b" * 20000 + " ") * 5
    assert len(hits("PHI014", hostile)) == 5


def test_a_whole_project_reports_links_and_file_names_at_their_lines(tmp_path):
    leaky = GOOD_POST.replace(
        "series: wellness-wednesday\n",
        "series: wellness-wednesday\n"
        "sources:\n"
        "  - https://www.cdc.gov/falls/\n"
        "  - https://www.cdc.gov/falls/?patient=Jane+Doe&dob=1950-01-02\n"
        'news: {url: "https://www.cdc.gov/news/?mrn=448812", date: 2027-01-12}\n'
        "media:\n"
        "  - file: images/jane-doe-mri-2027-01-03.jpg\n"
        "    alt: A knee scan on a light box\n",
    )
    root = make_project(tmp_path, {"content/posts/2027/01/13-maria-lopez-knee.md": leaky})
    found = {(f.code, f.line) for f in check_project(root).findings if f.code.startswith("PHI")}
    # line 12: the second source; 13: news; 15: the media item; 1: the file name
    assert found == {("PHI003", 12), ("PHI008", 12), ("PHI007", 13), ("PHI003", 15), ("PHI008", 15), ("PHI003", 1)}
