"""What a link or a file name says, in words, so the privacy rules can read it.

A post publishes more than its copy: the query string and fragment of every link
(`https://own.test/?patient=Jane+Doe&dob=1950-01-02`, on the practice's own site as
much as anywhere), the names of its media files (`jane-doe-mri-2027-01-03.jpg`),
and its own file name, which becomes the page address and the calendar link
(`content/posts/2027/01/04-maria-lopez-knee.md`); its tags are slugs too (`maria-lopez`). Each is decoded into a line of
plain words: percent-encoding undone (twice-encoded too), `+`, `-`, `_` and `.`
read as spaces except between digits (dates and numbers keep their shape),
lower-case words capitalised as a name would be ("maria lopez" is "Maria Lopez"),
joined words split ("MariaLopez", and "KWashington": an initial glued to a surname)
and words mixing letters and digits upper-cased as identifiers are ("xj4429").
A query becomes "key: value; key: value", with keys that hold a person's name
read as "patient", and so are keys ending in "name" that no thing owns ("uname", "displayname").

The path of a link is read only on the practice's own domains and in a path with no
host ("/blog/<slug>", a Markdown link's "](/stories/<slug>)"), whose addresses it chooses itself; another site's path names that site's own pages (and PHI006 refuses
a foreign link whose path reads as one person's page: a personal word, or a given name
and a surname).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .layout import CONTENT_DIR
from .lexicon.names import name_info
from .model import Plans, Post, ResponseTemplate
from .normalize import fold
from .text import DOMAIN, Span, folded_span, host_of, is_own, spans, urls

_SPACES = re.compile(r"(?<!\d)[-.]|[-.](?!\d)|[_+~]")
# "MariaLopez" and "KWashington" (an initial glued to a surname) are two words; "USArmy", "CTScan" stay one, and so does
# a surname's prefix ("DeLoach", "McKinney", "VanHorn": round 149, a chart's file name read "De Loach").
_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Del", "Van", "Von")
_CAMEL = re.compile(r"(?<=[a-z])" + "".join(rf"(?<!(?<![A-Za-z]){p})" for p in _PREFIXES) + r"(?=[A-Z])|(?<=(?<![A-Za-z])[A-Z])(?=[A-Z][a-z])")
_LOWER_WORD = re.compile(r"(?<![\w])[a-z]+(?![\w])")
_CODE_WORD = re.compile(r"(?<![\w])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+(?![\w])")
_DAY_PREFIX = re.compile(r"^\d{1,2}-(?=\D)")
_INNER_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
_FOLDERS = ("posts", "responses")
_DEPTH = 2  # links inside links (`?next=https://...`) are read this deep


@dataclass(frozen=True)
class Published:
    """Decoded words with where they sit, and the address or file name they came from."""

    span: Span
    source: str  # the link or file name as written
    kind: str  # "link", "tag", "media file name" or "file name"


def _decode(text: str) -> str:
    for _ in range(3):  # undo double encoding ("%2520") without looping on a literal "%"
        decoded = unquote(text, errors="replace")
        if decoded == text:
            break
        text = decoded
    return text


_WORD_HYPHEN = re.compile(r"[A-Za-z]-[A-Za-z]")
# A prefix a slug joins to the next word ("post-op", "post-deployment", "pre-op"): kept in small letters, so it ends a run of
# names instead of reading as a place's last word ("<Name> Post", a paper)
_PREFIX_WORD = re.compile(r"(?<![\w'’-])(?:Post|Pre)(?= [A-Z])")
_SURNAME_PREFIXES = frozenset(("Mc", "Mac", "O", "De", "Di", "Da", "Del", "Van", "Von", "La", "Le", "St"))


def _two_units(field: str, after: str) -> bool:
    """Whether two camel-case fields of a file name are two units, a comma between: a whole name ending on a surname,
    then more ("RocioMaldonado_RedHills": a person, then a place, not a place named after her); not given names before
    their surname ("MaryBeth_McDonald")."""
    parts, later = _CAMEL.split(field), _CAMEL.split(after)
    if len(parts) < 2 or len(later) < 2 or later[0] in _SURNAME_PREFIXES:
        return False  # "AnnaMae_McDonald": a surname's prefix opens the next field
    info, next_info = name_info(parts[-1]), name_info(later[0])
    ends_on_surname = info is not None and info.surname and not info.also_word
    return ends_on_surname and (next_info is None or next_info.also_word)  # "RocioMaldonado_RedHills", not "AnnaMae_Donaldson"


def _name_field_next(here: str, after: str) -> bool:
    """A word of letters before a field that opens on a given name in hyphens ("esperanza" before "yadira-hernandez")."""
    if not here.isalpha() or _WORD_HYPHEN.search(after) is None:
        return False
    info = name_info(after.split("-", 1)[0].capitalize())
    return info is not None and info.first


def _fields_read(token: str) -> str:
    """A token's words, a comma after each field of its own: "RocioMaldonado_RedHills" is "Rocio Maldonado, Red Hills";
    "clinica-movil_Juan-Tecum_herida-pie", where "_" parts the fields and "-" the words, is read field by field, a word
    before a given name in hyphens ended too ("clinica_<place>_<given>-<surname>": the place's word is no part of her
    name; a date's hyphens join no words: "2027-03-11_nakamura_stent" reads on)."""
    fields = token.split("_")
    mixed = len(fields) > 2 and "-" in token
    read = []
    for here, after in zip(fields, [*fields[1:], None]):
        ends = after is not None and (_two_units(here, after) or mixed and (_WORD_HYPHEN.search(here) is not None or _name_field_next(here, after)))
        read.append(_CAMEL.sub(" ", _SPACES.sub(" ", here)) + ("," if ends else ""))
    return " ".join(read)


@functools.lru_cache(maxsize=4096)
def words(text: str) -> str:
    """'jane-doe_mri.2027-01-03' -> 'Jane Doe Mri 2027-01-03'; an email address or a domain stays whole."""
    said = []
    for token in fold(text).text.replace("+", " ").split():  # "ma\u200bria" is one word
        if _ADDRESS.fullmatch(token) or DOMAIN.fullmatch(token):
            said.append(token)
            continue
        token = _fields_read(token)
        token = _LOWER_WORD.sub(lambda m: m.group(0).capitalize(), token)
        token = _PREFIX_WORD.sub(lambda m: m.group(0).lower(), token)  # "post-deployment": a prefix, not a paper's "Post"
        said.append(_CODE_WORD.sub(lambda m: m.group(0).upper(), token))
    return " ".join(" ".join(said).split())


# A key ending in "name" names a person ("uname", "username", "displayname", "attendee_name", "tunombre") unless
# its first part is a thing's ("filename", "eventname", "roomname"): a meeting or booking link's joiner is one person.
_NAMED = re.compile(r"(?:name|nombre)$")
_THING_NAMES = frozenset(
    "file host event room group site page team org company clinic practice class program course meeting webinar topic"
    " campaign product app domain server device brand store venue location place city town street title tab layer key"
    " field form list section archivo evento sala grupo sitio pagina equipo clinica curso programa lugar ciudad".split()
)  # fmt: skip


def _person_key(squashed: str, name_keys: frozenset[str]) -> bool:
    if squashed in name_keys:
        return True
    ending = _NAMED.search(squashed)
    return bool(ending) and squashed[: ending.start()] not in _THING_NAMES


def _pairs(text: str, name_keys: frozenset[str], depth: int) -> list[str]:
    found = []
    for part in re.split(r"[&;]", text):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = _decode(key), _decode(value)  # "+" stays: words() reads it as a space
        if not sep:
            key, value = "", key
        squashed = re.sub(r"[^a-z0-9]", "", key.lower())
        label = "patient" if name_keys and _person_key(squashed, name_keys) else " ".join(re.sub(r"[^A-Za-z0-9]+", " ", key).split()).lower()  # "member id"
        inner = []
        for m in _INNER_URL.finditer(value) if depth < _DEPTH else ():  # a link inside a link: its host (for PHI006) and its words
            host = host_of(m.group(0))
            inner += [f"https://{host}" if host else "", link_words(m.group(0), name_keys=name_keys, depth=depth + 1)]
        said = words(_INNER_URL.sub(" ", value))
        if said:
            found.append(f"{label}: {said}" if label else said)
        found.extend(w for w in inner if w)
    return found


@functools.lru_cache(maxsize=4096)
def link_words(url: str, *, with_path: bool = False, name_keys: frozenset[str] = frozenset(), depth: int = 0) -> str:
    """The words in a link's query and fragment (and path, when `with_path`).

    A key in `name_keys` (compared in lower case without separators) holds a person's name: "patient: <value>".
    """
    if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    found = []
    if with_path:
        segments = [words(_decode(s)) for s in parts.path.split("/")]
        found.extend(s for s in segments if s and not s.replace(" ", "").isdigit())
    found.extend(_pairs(parts.query, name_keys, depth))
    if "=" in parts.fragment:
        found.extend(_pairs(parts.fragment.replace(":~:", "&"), name_keys, depth))
    elif parts.fragment:
        found.append(words(_decode(parts.fragment)))
    return "; ".join(f for f in found if f)


@functools.lru_cache(maxsize=4096)
def file_words(path: str) -> str:
    """The words of a file's name and folders: 'content/posts/2027/01/04-maria-lopez-knee.md' -> 'Maria Lopez Knee'."""
    path = path.replace("\\", "/")
    if CONTENT_DIR + "/" in path:
        path = path.split(CONTENT_DIR + "/", 1)[1]
    segments = [s for s in path.split("/") if s]
    if segments and segments[0] in _FOLDERS:
        segments = segments[1:]
    found = []
    for index, segment in enumerate(segments):
        if index == len(segments) - 1:
            segment = segment.rsplit(".", 1)[0] if "." in segment.strip(".") else segment
            segment = _DAY_PREFIX.sub("", segment)
        said = words(_decode(segment))
        if said and not said.replace(" ", "").isdigit():
            found.append(said)
    return ". ".join(found)


# A site-relative link in Markdown ("[her story](/blog/<slug>)"): the practice's own site, whose addresses it chooses.
_RELATIVE_LINK = re.compile(r"\]\((/(?!/)[^)\s]{1,500})\)")


def _own(plans: Plans, url: str) -> bool:
    """Whether the link is on the practice's own site: one of its domains, or a path with no host ("/blog/<slug>")."""
    return url.startswith("/") and not url.startswith("//") or is_own(plans, host_of(url))


def published(item: Post | ResponseTemplate, plans: Plans, name_keys: frozenset[str] = frozenset()) -> Iterator[Published]:
    """Everything an item publishes besides its copy, as folded spans of words."""
    for span in spans(item):
        if span.field.endswith(".file"):
            continue
        for url, offset in [*urls(span.text), *((m.group(1), m.start(1)) for m in _RELATIVE_LINK.finditer(span.text))]:
            said = link_words(url, with_path=_own(plans, url), name_keys=name_keys)
            if said:
                yield Published(folded_span(said, span.line_at(offset), f"{span.field} link"), url, "link")
    for tag in item.tags:  # "maria-lopez" is a tag a reader reads as a name
        said = words(tag)
        if said:
            yield Published(folded_span(said, item.line_of("tags"), "tags"), tag, "tag")
    if isinstance(item, Post):
        links = [(url, item.lines.get(f"sources.{i}", item.line_of("sources")), f"sources[{i + 1}]") for i, url in enumerate(item.sources)]
        if item.news:
            links.append((item.news.url, item.lines.get("news.url", item.news.line or item.line_of("news")), "news.url"))
        if item.event and item.event.url:
            links.append((item.event.url, item.lines.get("event.url", item.event.line or item.line_of("event")), "event.url"))
        for url, line, name in links:
            said = link_words(url, with_path=_own(plans, url), name_keys=name_keys)
            if said:
                yield Published(folded_span(said, line, name), url, "link")
        for index, media in enumerate(item.media, start=1):
            said = file_words(media.file)
            if said:
                yield Published(folded_span(said, media.line or item.line_of("media"), f"media[{index}].file"), media.file, "media file name")
    said = file_words(item.path)
    if said:
        yield Published(folded_span(said, 1, "file name"), item.path, "file name")
