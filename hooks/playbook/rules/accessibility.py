"""A11Y: accessibility. Posts that people using screen readers, or watching with
the sound off, can follow.

Word lists (redundant alt openings, placeholder alt text, the words used to
split lowercase hashtags) are in rules/data/accessibility.yml.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import regex

from .. import lazyre
from ..findings import Severity
from ..limits import is_emoji
from ..model import Post
from ..text import clip, copies, hashtags, named, phrase_pattern
from ..wordlists import wordlist
from .context import Context
from .registry import Hit, rule

_GRAPHEME = regex.compile(r"\X")
_WORD = lazyre.compile(r"\S+")
_LETTER_CHUNKS = regex.compile(r"\p{L}+|[^\p{L}]+")
_FILE_NAME = lazyre.compile(
    r"^[\w\-. ]+\.(?:jpe?g|png|gif|webp|heic|heif|tiff?|bmp|svg|mp4|mov|m4v|webm|avi)$|^(?:img|dsc|dscn|dscf|pxl|mvimg|vid|video|photo|image|screenshot|screen shot)[ _-]?\d[\d_ -]*$",
    re.IGNORECASE,
)
_SMALL_CAPS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwxyz"))
# Enclosed letters without a compatibility decomposition: squared, negative circled, negative squared.
_ENCLOSED_BLOCKS = (0x1F130, 0x1F150, 0x1F170)
_ORDINAL_INDICATORS = {"\u00aa", "\u00ba"}  # ª and º are ordinary Spanish and Portuguese typography


@functools.cache
def _data() -> dict:
    lists = wordlist("accessibility")
    return {
        "openings": phrase_pattern(lists["alt_redundant_openings"]),
        "placeholders": {p.lower() for p in lists["alt_placeholders"]},
        "words": frozenset(w.lower() for w in lists["words"] if w.isalpha()),
    }


def _media_line(post: Post, media) -> int:
    return media.line or post.line_of("media")


# ----------------------------------------------------------------- alt text


def _alt_problem(media) -> str:
    """Why this media item's alt text counts as missing, or '' when it does not."""
    alt = " ".join(media.alt.split())
    if not alt:
        return "has no alt text"
    name = media.file.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    if alt.lower() in {name.lower(), stem.lower()} or _FILE_NAME.match(alt):
        return f"has its file name ('{alt}') as alt text"
    if alt.lower().strip(" .:!-") in _data()["placeholders"]:
        return f"has placeholder alt text ('{alt}')"
    return ""


@rule("A11Y001", "missing-alt-text", serves="accessibility", severity=Severity.ERROR, scope="post")
def missing_alt_text(post, ctx: Context):
    """An image or video without a real text description.

    What it flags:
        A `media` entry whose `alt` is missing or empty, is only the file name
        (`IMG_2041.jpg`, `knee-brace.png`, the file's own name without its
        extension), or is a placeholder such as "image", "photo", "TBD" or
        "alt text".

    Why:
        People who use a screen reader hear the alt text instead of seeing
        the picture. Without it they hear "image" or a file name and miss what
        the post is about. Most channels let you paste alt text when you
        upload; the playbook keeps it with the post so it is never forgotten.

    Examples:
        Triggers: `media: [{file: images/5k-finish.jpg, people: false}]` (no alt).
        Triggers: `media: [{file: images/IMG_2041.jpg, alt: "IMG_2041.jpg", people: false}]`.
        Triggers: `media: [{file: images/finish.jpg, alt: "photo", people: false}]`.
        Passes: `media: [{file: images/finish.jpg, alt: "Volunteers in blue shirts hand out water at the finish line", people: true, authorization: AUTH-2027-014}]`.
        Passes: `media: [{file: images/flu-chart.png, people: false, alt: "Bar chart: flu shots given each week in January, rising from 40 to 95"}]`.
    """
    for media in post.media:
        problem = _alt_problem(media)
        if problem:
            yield Hit(
                f"'{media.file}' {problem}: describe what it shows in `alt` (who or what, doing what, where)",
                _media_line(post, media),
                hint="e.g. 'Volunteers in blue shirts hand out water at the finish line'",
            )


@rule("A11Y002", "alt-text-says-image-of", serves="accessibility", severity=Severity.WARNING, scope="post")
def alt_text_says_image_of(post, ctx: Context):
    """Alt text that opens with "image of", "photo of" or a similar phrase.

    What it flags:
        Alt text that starts by saying it is an image: "Image of ...",
        "Picture of ...", "Photo of ...", "Graphic of ...", "Video of ...".

    Why:
        Screen readers already announce that an element is an image, so the
        listener hears "image, image of ..." and waits longer for the point.
        Start with what matters: the people, the action, the place.

    Examples:
        Triggers: `media: [{file: images/water.jpg, alt: "Image of volunteers handing out water", people: true, authorization: AUTH-2027-014}]`.
        Triggers: `media: [{file: images/door.jpg, alt: "Photo of Dr. Chen at the clinic door", people: true, authorization: AUTH-2027-014}]`.
        Passes: `media: [{file: images/water.jpg, alt: "Volunteers in blue shirts hand out water at the finish line", people: true, authorization: AUTH-2027-014}]`.
        Passes: `media: [{file: images/booking.png, people: false, alt: "Screenshot of the online booking page with the Book button circled"}]`.
        Passes: `media: [{file: images/stairs.jpg, alt: "Photographer's view from the top of the stadium stairs at dawn", people: false}]`.
    """
    openings = _data()["openings"]
    for media in post.media:
        alt = media.alt.strip()
        match = openings.match(alt)
        if match and not _alt_problem(media):
            rest = alt[match.end() :].strip(" :,-")
            suggestion = f"'{rest[:1].upper()}{rest[1:60]}'" if rest else "what it shows"
            yield Hit(
                f"Drop '{match.group(0)}' from the alt text of '{media.file}': screen readers already say it is an image; start with {suggestion}",
                _media_line(post, media),
            )


@rule("A11Y003", "video-without-captions", serves="accessibility", severity=Severity.ERROR, scope="post")
def video_without_captions(post, ctx: Context):
    """A video without captions.

    What it flags:
        A `media` entry that is a video (`.mp4`, `.mov`, `.m4v`, `.webm`,
        `.avi`) unless it says `captions: true`. A missing `captions` field
        counts as no captions.

    Why:
        Deaf and hard-of-hearing people need captions to follow a video, and
        most people scroll social feeds with the sound off. Captions burned
        into the video or uploaded as a caption file both count; say so with
        `captions: true` once they are done.

    Examples:
        Triggers: `media: [{file: videos/desk-stretch.mp4, alt: "A nurse shows a seated neck stretch", people: false}]`.
        Triggers: `media: [{file: videos/knee-tips.mov, alt: "Knee exercises on a mat", people: false, captions: false}]`.
        Passes: `media: [{file: videos/desk-stretch.mp4, alt: "A nurse shows a seated neck stretch", people: false, captions: true}]`.
        Passes: `media: [{file: images/finish-line.jpg, alt: "The finish line banner at dawn", people: false}]` (not a video).
    """
    for media in post.media:
        if media.is_video and media.captions is not True:
            yield Hit(
                f"Add captions to the video '{media.file}', then set `captions: true`",
                _media_line(post, media),
                hint="burned-in captions or an uploaded caption file both count",
            )


# ----------------------------------------------------------------- hashtags


def _segment(chunk: str, words: frozenset) -> list[str] | None:
    """Split a lowercase run of letters into the fewest known words, or None."""
    n = len(chunk)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 24), end):
            piece = chunk[start:end]
            prior = best[start]
            if prior is None or piece not in words or (len(piece) == 1 and piece != "a"):
                continue
            if best[end] is None or len(prior) + 1 < len(best[end]):
                best[end] = prior + [piece]
    return best[n]


def _camel_case(tag: str, max_lower_len: int) -> str | None:
    """None when the hashtag is fine; else the suggested CamelCase form ('' when no suggestion)."""
    if any(c.isupper() for c in tag) or not any(c.islower() for c in tag):
        return None
    words = _data()["words"]
    multi_word = False
    suggestion, complete = [], True
    for chunk in _LETTER_CHUNKS.findall(tag):
        if not chunk[0].isalpha():
            suggestion.append(chunk)
            continue
        pieces = [chunk] if chunk in words else _segment(chunk, words)
        if pieces is None:
            complete = False
            continue
        # Two or more real words (three letters or more): 'heart-be-at' is an accident, 'back-to-school' is not.
        multi_word = multi_word or sum(len(p) >= 3 for p in pieces) >= 2
        suggestion.extend(p.capitalize() for p in pieces)
    if not multi_word and len(tag) <= max_lower_len:
        return None
    if tag in words:
        return None
    return "".join(suggestion) if complete else ""


@rule(
    "A11Y004",
    "lowercase-multiword-hashtag",
    serves="accessibility",
    severity=Severity.WARNING,
    scope="post",
    thresholds={"max_lower_len": 10},
)
def lowercase_multiword_hashtag(post, ctx: Context):
    """A hashtag of several words written all in lowercase.

    What it flags:
        A hashtag with no capital letter that either splits into known words,
        at least two of them three letters or longer (`#kneepain`,
        `#wellnesswednesday`, `#backtoschool`), or is longer than
        `max_lower_len` characters. A single known word (`#running`,
        `#physiotherapy`) passes, and so does any tag with a capital letter.
        The words come from a short English list that ships with the
        playbook (rules/data/accessibility.yml).

        Thresholds: `max_lower_len` (default 10), the longest all-lowercase
        hashtag accepted when it does not split into known words.

    Why:
        Screen readers cannot tell where the words of `#wellnesswednesday`
        begin, so they mumble it as one long word or spell it out letter by
        letter. Capitalising each word (`#WellnessWednesday`, "camel case")
        lets them read it properly and makes it easier to read for everyone.

    Examples:
        Triggers: `Small habits, big payoff. #wellnesswednesday`.
        Triggers: `#kneepain after a run? Try these stretches.`.
        Triggers: `#maplewoodstrong` (too long to read as one word).
        Passes: `Small habits, big payoff. #WellnessWednesday`.
        Passes: `Out for a jog? #running`.
        Passes: `Happy National Nurses Week! #NursesWeek`.
    """
    max_len = ctx.limit("A11Y004", "max_lower_len")
    seen: set[str] = set()
    for span in copies(post, raw=True):
        for tag, offset in hashtags(span.text):
            if tag.lower() in seen:
                continue
            camel = _camel_case(tag, max_len)
            if camel is None:
                continue
            seen.add(tag.lower())
            better = f" (#{camel})" if camel else ""
            yield Hit(
                f"Capitalise each word of '#{tag}'{better} so screen readers can read it",
                *span.position(offset),
                hint="capital letters do not change how the hashtag matches",
            )


# -------------------------------------------------------------------- emoji


@rule(
    "A11Y005",
    "emoji-wall",
    serves="accessibility",
    severity=Severity.WARNING,
    scope="post",
    thresholds={"max_emoji": 5, "max_run": 3},
)
def emoji_wall(post, ctx: Context):
    """Too many emoji in a post, or too many in a row.

    What it flags:
        Copy (the body or a channel variant) with more than `max_emoji` emoji
        in total, or a run of more than `max_run` emoji next to each other
        (spaces between them do not break the run). An emoji with a skin tone,
        a family or a flag counts once.

        Thresholds: `max_emoji` (default 5) and `max_run` (default 3).

    Why:
        Screen readers read every emoji aloud by its full name: "party popper,
        party popper, red heart, flexed biceps medium skin tone...". A row of
        them buries the message; one or two chosen well add warmth without the
        noise.

    Examples:
        Triggers: `Race day! 🎉🎉🎉🎉 See you at the finish.`.
        Triggers: `Stretch 🧘 Walk 🚶 Hydrate 💧 Sleep 😴 Smile 😀 Repeat 🔁`.
        Passes: `Snow day? Warm up before you shovel. ❄️`.
        Passes: `Thank you, volunteers! 🎉💙`.
        Passes: `Snow day? Warm up before you shovel.` (no emoji).
    """
    max_emoji = ctx.limit("A11Y005", "max_emoji")
    max_run = ctx.limit("A11Y005", "max_run")
    for span in copies(post, raw=True):
        total, run, run_start, run_reported = 0, 0, 0, False
        first_over = None
        last = None
        for start, end in _emoji_clusters(span.text):
            if last is not None and start > last and not span.text[last:start].isspace():
                run = 0  # something other than white space between two emoji ends the run
            last = end
            total += 1
            if total == max_emoji + 1:
                first_over = start
            if run == 0:
                run_start = start
            run += 1
            if run == max_run + 1 and not run_reported:
                run_reported = True
                yield Hit(
                    f"{named(span).capitalize()} has more than {max_run} emoji in a row; keep one or two so screen readers do not read out a long list",
                    *span.position(run_start),
                )
        if first_over is not None:
            yield Hit(
                f"{named(span).capitalize()} has {total} emoji; keep it to {max_emoji} or fewer, since screen readers read each one aloud by name",
                *span.position(first_over),
            )


# Where grapheme clusters holding a non-ASCII character can be: each run of such characters with the
# one character either side (a base before combining marks, "e\u0301", "1\ufe0f\u20e3"; a character after
# a prepended mark), runs one ASCII character apart joined. Between two ASCII characters (but CR LF)
# a cluster always ends, so segmenting each zone alone gives the clusters the whole text has there.
_NON_ASCII_ZONE = lazyre.compile(r"[\x00-\x7f]?(?:[^\x00-\x7f]+[\x00-\x7f]?)+")


def _emoji_clusters(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every grapheme cluster of `text` that shows as an emoji; a lone ASCII character is never one."""
    if text.isascii():
        return
    for zone in _NON_ASCII_ZONE.finditer(text):
        for match in _GRAPHEME.finditer(zone.group(0)):
            cluster = match.group(0)
            if not cluster.isascii() and is_emoji(cluster):  # (a keycap "1️⃣" is not ASCII)
                yield zone.start() + match.start(), zone.start() + match.end()


# ------------------------------------------------------------ fancy letters


def _plain_letter(ch: str) -> str | None:
    """The plain letter or digit a 'fancy' Unicode character imitates, or None."""
    if ch.isascii() or ch in _ORDINAL_INDICATORS:
        return None
    if ch in _SMALL_CAPS:
        return _SMALL_CAPS[ch]
    code = ord(ch)
    for base in _ENCLOSED_BLOCKS:
        if base <= code < base + 26:
            return chr(ord("A") + code - base)
    plain = unicodedata.normalize("NFKC", ch)
    if len(plain) == 3 and plain[0] == "(" and plain[2] == ")" and plain[1].isascii() and plain[1].isalpha():
        return plain[1]  # parenthesised letters such as ⒜
    if len(plain) != 1 or not plain.isascii():
        return None
    if plain.isalpha():
        return plain
    # Digits: only the styled sets (mathematical and fullwidth); ² and ① are ordinary.
    if plain.isdigit() and (0x1D7CE <= code <= 0x1D7FF or 0xFF10 <= code <= 0xFF19):
        return plain
    return None


def _fancy_plain(word: str) -> str | None:
    """The word with its fancy letters made plain, or None when it has none."""
    if word.isascii():  # every fancy letter lies outside ASCII
        return None
    out, changed = [], False
    for cluster in _GRAPHEME.findall(word):
        if is_emoji(cluster):
            out.append(cluster)
            continue
        for ch in cluster:
            plain = _plain_letter(ch)
            changed = changed or plain is not None
            out.append(plain if plain is not None else ch)
    return "".join(out) if changed else None


@rule("A11Y006", "fancy-unicode-letters", serves="accessibility", severity=Severity.ERROR, scope="post")
def fancy_unicode_letters(post, ctx: Context):
    """Decorative Unicode letters used as a font.

    What it flags:
        Bold, italic, script, double-struck or monospace letters from the
        Mathematical Alphanumeric Symbols block (𝗙𝗥𝗘𝗘, 𝘯𝘰𝘸, 𝓒𝓪𝓻𝓮), fullwidth
        letters (ＦＲＥＥ), circled, parenthesised and squared letters (Ⓕⓡⓔⓔ,
        🄵🅁🄴🄴), small-capital look-alikes (ꜰʀᴇᴇ) and superscript letters (ᵗʰ)
        in the post copy, its channel variants or its alt text. Emoji such as
        🅿️ (parking) are not letters and pass.

    Why:
        These characters only look like letters. A screen reader reads them
        one by one as "mathematical bold capital F..." or skips them, search
        and hashtags do not match them, and some devices show empty boxes.
        Use plain text; channels that support bold have their own formatting.

    Examples:
        Triggers: `𝗙𝗥𝗘𝗘 flu shots this Saturday`.
        Triggers: `Join our ʀᴜɴ ᴄʟᴜʙ on Thursdays`.
        Triggers: `Ⓗⓐⓟⓟⓨ Friday from the front desk`.
        Passes: `FREE flu shots this Saturday`.
        Passes: `Free parking 🅿️ behind the clinic`.
        Passes: `The café is open; 1ª edición in Spanish; 25 m² of floor space`.
    """
    for span in copies(post, alt=True, raw=True):
        run: list[tuple[str, str, int]] = []  # (original, plain, offset) of consecutive fancy words
        for match in _WORD.finditer(span.text):
            plain = _fancy_plain(match.group(0))
            if plain is None:
                if run:
                    yield _fancy_hit(span, run)
                    run = []
                continue
            run.append((match.group(0), plain, match.start()))
        if run:
            yield _fancy_hit(span, run)


def _fancy_hit(span, run: list[tuple[str, str, int]]) -> Hit:
    original = " ".join(item[0] for item in run)
    plain = " ".join(item[1] for item in run)
    return Hit(
        f"Replace '{clip(original, 40)}' in {named(span)} with plain text ('{clip(plain, 40)}'): screen readers spell out or skip fancy Unicode letters",
        *span.position(run[0][2]),
    )
