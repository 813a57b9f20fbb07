"""PHI006 and PHI015: links that can lead to one person's page, and links to sites nobody has vetted yet."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import urlsplit

from ... import lazyre
from ...findings import Severity
from ...lexicon import names as lexicon_names
from ...model import Plans, Post, ResponseTemplate
from ...text import DOMAIN, URL, alternation, domain_matches, host_of, is_trusted, sentence_bounds, sentence_of, urls
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .care import care_in
from .common import Ranges, blank, texts
from .greeted_words import plain_word
from .known import Known, is_org_handle
from .languages_listed import language_listed
from .one_person import ONE_PERSON
from .places import is_state
from .short_links import is_video, names_someone, shortened_link_refused, video_link_refused
from .surname_first import surname_first
from .vocabulary import PARTICLES, is_first_name, is_surname

# --- PHI006 foreign-link -------------------------------------------------------------------------------

IDS = wordlist("privacy-identifiers")
_PUBLIC_HEALTH = tuple(IDS["public_health_domains"])
_GOVERNMENT = lazyre.compile(r"(?:^|\.)(?:gov|mil|int|(?:gov|gob|gouv|govt|go)\.[a-z]{2}|nhs\.uk|nhs\.scot|gc\.ca|canada\.ca|europa\.eu)$")
_PERSONAL_HOSTS = tuple(IDS["personal_hosts"])
_PERSONAL_PATH = frozenset(w.lower() for w in IDS["personal_link_words"])
_PERSONAL_HOST_PART = lazyre.compile(alternation(IDS["personal_host_parts"]), re.IGNORECASE)
_PATH_WORD = lazyre.compile(r"[~@]|[a-z0-9]+(?:-[a-z0-9]+)?", re.IGNORECASE)
_BEFORE_LINK = 120  # how far before a link its sentence is read for a person ("Read how Marcus beat ...: https://...")


def public_health(host: str) -> bool:
    """A public-health authority: a government host by its suffix (.gov, .gob.mx, .gc.ca, .nhs.uk ...) or a listed agency."""
    host = host.lower().rstrip(".")
    return bool(_GOVERNMENT.search(host)) or domain_matches(host, _PUBLIC_HEALTH)


def _core(domain: str) -> str:
    """The name a domain registers: 'cdc' for www.cdc.gov, 'riverbend5k' for riverbend5k.test, 'bbc' for bbc.co.uk."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "gob", "gov", "ac", "edu"):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _look_alike(host: str, known: tuple[str, ...]) -> str:
    """The trusted domain `host` imitates ("cdc.gov.lookalike.example", "riverbend5k.example"), or ''."""
    for domain in known:
        if f".{domain}." in f".{host}." or _core(host) == _core(domain):
            return domain
    return ""


_CAUSE_PARTS = frozenset(w.lower() for w in IDS["cause_host_parts"])


def _plain_label(label: str) -> bool:
    """Whether a domain's label is plain words and places run together, no given name ("donatelifetexas": donate + life
    + texas); split by the most pieces, each 2 to 14 letters: linear in the label's length."""
    if not label.isalpha() or len(label) > 63:
        return False
    ok = [True] + [False] * len(label)  # ok[i]: label[:i] splits into words
    for i in range(2, len(label) + 1):
        ok[i] = any(ok[i - size] and _plain_piece(label[i - size : i]) for size in range(2, min(i, 14) + 1))
    if not ok[len(label)]:
        return False
    back = [False] * len(label) + [True]  # back[j]: label[j:] splits into words
    for j in range(len(label) - 2, -1, -1):
        back[j] = any(back[j + size] and _plain_piece(label[j : j + size]) for size in range(2, min(len(label) - j, 14) + 1))
    # a given name that is one piece of some split is a name, however else the letters split ("donateformaria": form + aria)
    return not any(ok[i] and back[i + size] and _given(label[i : i + size]) for i in range(len(label)) for size in range(4, min(len(label) - i, 12) + 1))


def _plain_piece(piece: str) -> bool:
    return len(piece) >= 3 and plain_word(piece.capitalize()) or is_state(piece) or piece in ("to", "de", "el", "la", "of")


def _given(piece: str) -> bool:
    return is_first_name(piece.capitalize()) and not plain_word(piece.capitalize()) and not is_state(piece)


def _personal_part(url: str, host: str, known: Known | None = None) -> str:
    """A host part or path word saying the page is about one person ('fundraiser', 'stories', '~jane'), or ''; a cause's
    word in a domain of plain words and places is a campaign's site ("donatelifetexas.org"), not a person's."""
    part = _PERSONAL_HOST_PART.search(host)
    if part:
        label = next(label for label in host.split(".") if part.group(0).lower() in label.lower())
        if not (part.group(0).lower() in _CAUSE_PARTS and _plain_label(label.lower())):
            return label
    path = urlsplit(url if "://" in url else "https://" + url).path if "/" in url else ""
    for word in _PATH_WORD.findall(path):
        if word.lower() in _PERSONAL_PATH or word in "~@":
            return word
    return _path_name(path, known)


_PATH_LETTERS = lazyre.compile(r"[a-z]+", re.IGNORECASE)
# A name that names a place, a body or a day, not a person's page: "/escuela-miguel-hidalgo", "/ronald-mcdonald-house",
# "/thomas-jefferson-branch", "/martin-luther-king-day", "/san-juan-de-dios", "/lopez-park" (round 60 review).
_PLACE_BEFORE = frozenset(
    ("escuela", "colegio", "parque", "calle", "avenida", "san", "santa", "saint", "st", "fort", "mount", "mt", "lake", "port", "villa", "hospital", "plaza", "primaria", "secundaria", "prepa")
)
_PLACE_AFTER = frozenset((
    "house", "school", "park", "branch", "library", "center", "centre", "foundation", "elementary", "middle", "high", "hospital",
    "street", "st", "avenue", "ave", "blvd", "boulevard", "road", "rd", "drive", "way", "king", "college", "university",
    "stadium", "field", "hall", "academy", "institute", "clinic", "chapter", "award", "awards", "scholarship", "lecture",
    "trail", "bridge", "plaza", "building", "auditorium", "arena", "gym", "pavilion", "campus", "room", "wing", "day",
))  # fmt: skip
# ... unless the path asks for one person all the same: "/maria-garcia-house-fund", "/ayuda-para-<name>-community".
_PERSONAL_CAUSE = frozenset(("fund", "fundraiser", "donate", "donation", "donations", "help", "ayuda", "ayudemos", "memorial", "recovery", "story", "journey", "gofund"))
_COUNTED_DAY = lazyre.compile(r"(?i:day)[-_ ]?\d+(?![a-z])")  # "<name>-day-12": a day of her care, not a holiday


def _word_surname(word: str) -> bool:
    """A surname the name lists hold that is also an everyday word ("brock", "hill")."""
    info = lexicon_names.name_info(word.capitalize())
    return info is not None and info.surname


def _path_name(path: str, known: Known | None = None) -> str:
    """A given name then a surname in one segment of another site's path ("/ayuda-para-don-ramon-ortega", "/help-maria-garcia-walk"):
    its page is about one person, whatever the host is called (round 60: a fundraiser on a host no list knew). A name that
    names a place, a body or a day (_PLACE_BEFORE, _PLACE_AFTER) and a team member's own name pass."""
    for segment in path.split("/")[:16]:
        words = [w.lower() for w in _PATH_LETTERS.findall(segment)[:32]]
        cared: bool | None = None  # whether the segment names care, read once: a surname that is also a word needs it
        for i, (given, surname) in enumerate(zip(words, words[1:])):
            info = None if _given(given) or is_state(given) else lexicon_names.name_info(given.capitalize())
            plain_given = info is not None and info.first and info.also_word  # "earl", "hope"
            if surname in PARTICLES or not (plain_given or _given(given)):
                continue
            surnamed = is_surname(surname.capitalize()) and not plain_word(surname.capitalize())
            if plain_given or not surnamed:
                if not (surnamed if plain_given else _word_surname(surname)):
                    continue
                cared = care_in(" ".join(words)) if cared is None else cared
                if not cared and not (plain_given and not _PERSONAL_CAUSE.isdisjoint(words)):
                    continue  # a surname that is a word too ("Brock", "Hill") is a name beside care: "/help-<given>-brock-beat-leukemia";
                    # a given name that is a word too, before a surname no word shares, beside care or a cause: "/help-<earl>-<surname>-recover"
            after = words[i + 2] if i + 2 < len(words) else ""
            placed = i > 0 and words[i - 1] in _PLACE_BEFORE or after in _PLACE_AFTER and not (after == "day" and _COUNTED_DAY.search(segment))
            if placed and _PERSONAL_CAUSE.isdisjoint(words[i + 2 : i + 5]):  # "<name>-house-fund" asks for her; "journey-<name>-park" names a park
                continue
            if known is not None and known.is_team((given.capitalize(), surname.capitalize())):
                continue
            return f"{given} {surname}"
        at = surname_first(words, known)  # "/uploads/Kessler_Dana_DOT_physical_results.pdf": filed last name first
        if at >= 0:
            return f"{words[at]} {words[at + 1]}"
    return ""


_SHORTENERS = tuple(IDS["link_shorteners"])
_SHORTENED = "it hides where it leads, so the check cannot tell whether that page is about one person"
_SOCIAL_HOSTS = tuple(IDS["social_hosts"])
_VIDEO = "a video there can show anyone, and the link does not say whose it is: link the organisation's own channel"
_WRAPPERS = tuple(IDS["platform_wrappers"])
# The account a social link opens: facebook.com/CountyHealth, youtube.com/@StateHealthDept, x.com/CDCgov/status/1.
_ACCOUNT = lazyre.compile(r"/(?:(?:c|user|channel|company|in|pg)/)?@?([A-Za-z0-9_.-]{2,60})(?=[/?#]|$)")
_NOT_ACCOUNTS = frozenset(
    [
        "watch",
        "shorts",
        "reel",
        "reels",
        "p",
        "share",
        "video",
        "videos",
        "photo",
        "photos",
        "story",
        "stories",
        "groups",
        "events",
        "hashtag",
        "search",
        "explore",
        "profile.php",
        "permalink.php",
        "story.php",
        "sharer",
        "i",
    ]
)


def _social_account(url: str) -> str:
    """The account a social-site link opens ('' when the link opens a video, a post or a search instead)."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    if parts.hostname and parts.hostname.endswith("youtu.be"):
        return ""  # youtu.be/<id>: the path is a video's id, never an account
    path = parts.path
    match = _ACCOUNT.match(path)
    return "" if match is None or match.group(1).lower() in _NOT_ACCOUNTS else match.group(1)


def _link_problem(url: str, host: str, plans: Plans, is_reply: bool) -> str:
    """Why a link that is neither the practice's own nor trusted can identify someone ('' when it cannot)."""
    if domain_matches(host, _WRAPPERS):
        return ""  # what a copied post already shows; vetted (PHI015) unless its sentence is about a person
    if domain_matches(host, _PERSONAL_HOSTS):
        return "pages there belong to one person (a fundraiser, a profile, a blog, shared files or photos)"
    if domain_matches(host, _SHORTENERS):
        return _SHORTENED
    if domain_matches(host, _SOCIAL_HOSTS):
        account = _social_account(url)
        if account and (is_org_handle(account) or Known.of(plans).is_own_handle(account)):
            return ""  # an agency's, a campaign's or the practice's own account, judged like its @handle
        if not account and is_video(url, host):
            return _VIDEO  # whose video the link does not say (an account's own video is judged by its account)
        return "pages there are people's profiles, posts and videos: link the organisation's own account or site"
    known = (*plans.practice.domains, *plans.practice.trusted_domains, *_PUBLIC_HEALTH)
    imitated = _look_alike(host, known)
    if imitated:
        return f"it looks like '{imitated}' but is another site"
    part = _personal_part(url, host, Known.of(plans))
    if part:
        return f"it reads as a page about one person ('{part}')"
    if is_reply:
        return "a reply may only send the reader to the practice's own or trusted sites"
    return ""


@rule("PHI006", "foreign-link", serves="privacy", severity=Severity.ERROR, scope="document")
def foreign_link(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A link that can lead to one person's page, or that imitates a trusted site.

    What it flags:
        URLs ("https://...", "www...") and bare domains ("gofundme.com") in
        the texts of a post or response (body, title, variants, alt text,
        event name and place), and links hidden in any link's query
        (`?next=https://fundraiser.example/...`), that are not the
        practice's own `domains`, its `trusted_domains` (plans/practice.yml)
        or a public-health authority (trusted by default: government hosts
        such as .gov, .gob.mx, .gc.ca, .nhs.uk, and agencies such as who.int
        and paho.org) — when the link can lead to one person: a host whose
        pages belong to people (fundraisers, personal blogs, file and photo
        shares, webmail), a social site's profile, post or video (an
        organisation's own account there is judged like its @handle and
        passes: "facebook.com/CountyHealthDept", "youtube.com/@StateCancerNetwork"),
        a link shortener, which hides where it leads (the finding asks for
        the full address; "bit.ly", "tinyurl.com", "on.fb.me"; government shorteners are .gov hosts.
        In a post that names no one outside the team it is a warning, shown
        but not stopping the build, as agencies' posts carry one in nearly
        every notice a practice reshares; it stays an error in a reply, in
        a post that names a person outside the team in any of its texts,
        and when the link's sentence points at one person: "she", "his",
        "our patient", "Mrs. ..."; short_links.py); a video on a social
        site whose link does not say whose it is ("youtu.be/<id>",
        "youtube.com/watch?v=<id>") is treated alike, and stays an error
        too where the post tells of someone's care or calls it a story or a
        recovery; the wrappers
        a social site writes into a copied post, t.co and pic.twitter.com,
        are PHI015's to vet unless their sentence is about a person); a host or path that
        reads as a person's page ("fundraiser.example", "/stories/jenny",
        "/~jane", "photoshare.example", a given name and a surname in the
        path: "/ayuda-para-don-ramon-ortega", a given name that is also a word
        too beside care or a cause: "/help-<earl>-<surname>-recover"; a cause's word in a domain of plain
        words and places, no given name, is a campaign's site and passes:
        "donatelifetexas.org"); a link in the same sentence as a
        person ("Read her story at jennyruns.example.com"; a given name in a
        list of languages is a language: "in Hmong, Karen and Spanish at");
        any such link in
        a reply, which routes the reader only to the practice's own channels.
        A link that imitates a trusted one ("cdc.gov.lookalike.example",
        "maplewood5k.example" beside a trusted maplewood5k.test) is flagged
        everywhere, however disguised. An organisation's page shared in a
        post (a partner's event, a news article credited, the Red Cross)
        passes. Front-matter links (`sources`, `news.url`, `event.url`) are
        vetted by the families that own those fields.

    Why:
        A link can identify a patient as surely as a name: a fundraiser page,
        a personal blog, a profile on a social network, a shared folder of
        photos. A look-alike of a trusted site is a trap for the readers.
        Public-health agencies and partners' pages point at no one. A short
        link in an agency's notice hides nothing about a patient when the
        post names no one, so it is shown to be expanded rather than refused;
        where a reply or a named person could lead to someone's page, it is refused.

    Examples:
        Triggers: `Support Jenny's recovery: https://fundraiser.example/jenny`
        Triggers: `Read her story at jennyruns.example.com`
        Triggers: `Read how she beat it: https://bit.ly/3herStory`
        Triggers: `Flu shots Saturday at the library, details: https://bit.ly/3FluSat`
        Triggers: `Watch her first steps after surgery: https://youtu.be/a1B2c3`
        Passes: `Read more at https://www.cdc.gov/flu/`
        Passes: `Drop in any weekday, or reserve a slot at redcross.org.`
    """
    named = functools.cache(lambda: names_someone(item, ctx))  # one reading of the item's names, however many short links
    for text, start, host, why in _outside_links(item, ctx.plans):
        if why:
            if why == _SHORTENED:
                found = text.hit(start, f"Replace the shortened link '{host}' with the full address: {why}", "Open the short link, copy the address it lands on, and paste that instead.")
                yield found if shortened_link_refused(item, named, text.text, start) else replace(found, severity=Severity.WARNING)
                continue
            if why == _VIDEO:
                found = text.hit(start, f"Link the channel, not the video on '{host}': {why}", "Open the video, find the agency's or partner's channel, and link that page instead.")
                yield found if video_link_refused(item, named, text.text, start) else replace(found, severity=Severity.WARNING)
                continue
            yield text.hit(
                start,
                f"Remove the link to '{host}': {why}",
                f"If it is a source the practice vets and trusts, add '{_bare(host)}' under trusted_domains in plans/practice.yml; links to a person's page or fundraiser never belong in a post.",
            )


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def _outside_links(item: Post | ResponseTemplate, plans: Plans) -> Iterator[tuple]:
    """(text, offset, host, why) for each link outside the practice's own, trusted and public-health sites.

    `why` says how the link can lead to one person; it is empty for an organisation's page
    that nobody has vetted yet (PHI015 asks for that, PHI006 refuses the rest).
    """
    is_reply = isinstance(item, ResponseTemplate)
    for text in texts(item, plans):
        taken = Ranges()
        found: list[tuple[int, int, str, str]] = []
        for url, offset in urls(text.text):
            found.append((offset, offset + len(url), host_of(url), url))
        for match in DOMAIN.finditer(text.text):
            found.append((match.start(), match.end(), match.group(0).lower(), match.group(0)))
        bounds = None
        for start, end, host, url in sorted(found, key=lambda f: (f[0], -f[1])):
            if not taken.claim(start, end) or not host or is_trusted(plans, host) or public_health(host):
                continue
            why = _link_problem(url, host, plans, is_reply)
            if not why:
                bounds = bounds or sentence_bounds(text.text)
                first, last = sentence_of(bounds, start, _BEFORE_LINK)
                person = _one_person(blank(text.text[first:last], URL))
                if person:
                    why = f"its sentence is about a person ('{person.group(0)}'), and the page can be their story"
            yield text, start, host, why


def _one_person(sentence: str) -> re.Match | None:
    """The first word of `sentence` that points at one person; a given name that is an item of a list of languages
    ("Information in Somali, Hmong, Karen and Spanish") names a language, not a person."""
    for person in ONE_PERSON.finditer(sentence):
        if not (person.group(0)[:1].isupper() and language_listed(sentence, person.start())):
            return person
    return None


@rule("PHI015", "unvetted-link", serves="privacy", severity=Severity.WARNING, scope="document")
def unvetted_link(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A link to a site nobody has vetted yet: not the practice's own, not trusted, not a public-health authority.

    What it flags:
        URLs and bare domains in the texts of a post (body, title, variants,
        alt text, event name and place) whose site is not in `domains` or
        `trusted_domains` (plans/practice.yml) and not a public-health
        authority, when nothing about the link points at one person (that is
        PHI006, an error). The links X writes into a post copied from it
        (t.co, pic.twitter.com) are asked to be expanded: they open what the
        copied post shows, but the check cannot read where. A partner's event page, a local newspaper, a
        sponsor's shop. As a warning it stops `mkdocs build --strict`, so CI
        publishes nothing until someone has looked.

    Why:
        The privacy officer vets the sites a practice sends people to: an
        organisation's page today can be a patient's story tomorrow, and a
        typo can land on someone else's site. Once vetted, the site goes in
        `trusted_domains` and every later post may link to it.

    Examples:
        Triggers: `Sign up for the river walk at https://millcreekparks.example/walk`
        Passes: `Read more at https://www.cdc.gov/flu/`
        Passes: `Pick a time online: https://www.example-clinic.test/appointments`
    """
    for text, start, host, why in _outside_links(item, ctx.plans):
        if not why and domain_matches(host, _WRAPPERS):
            yield text.hit(
                start,
                f"Check the link '{host}': the site wrapped it when the post was copied, so the check cannot read where it leads",
                "Open it, copy the address it lands on (the agency's page or picture), and paste that instead.",
            )
        elif not why:
            yield text.hit(
                start,
                f"Check the link to '{host}': no one has vetted this site yet",
                f"If the privacy officer agrees it points at no one, add '{_bare(host)}' under trusted_domains in plans/practice.yml.",
            )
