"""A public voice or face of local media, with care of theirs told beside it (PHI011).

No name is needed when the post says who the listeners or viewers know: "the voice of the 6 a.m. traffic report on
<Station> was in our chair Tuesday", "you know her as the weekend anchor on Channel 9 - she just finished her last
radiation session with us", "la voz del programa de la manana de Radio <Name> ya salio de su cirugia". The town
has one such voice; with one person's care in the same sentence or the next, the post discloses theirs.
The same voice at an event of ours with no care of their own ("the morning voice of <Station> will emcee our health
fair", "la voz de Radio <Name> transmitira en vivo desde nuestra feria") passes, and so do a show as a topic and
news the voice made public ("conto al aire que ya lo operaron de la vesicula").
Every repeat is bounded, one scan for the voice and a bounded look at two sentences: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import phrase_pattern, sentence_bounds
from ...wordlists import wordlist
from . import care, openings

_DESC = wordlist("privacy-described")

# One known by their voice or face on the air: "the voice of", "the weekend anchor", "la voz del programa", "el locutor"
_WHO = (
    r"(?i:voice|face|host|co-host|cohost|anchor|anchorman|anchorwoman|dj|deejay|disc[ \t]+jockey|weatherman|weatherwoman|weather[ \t]+girl"
    r"|weather[ \t]+guy|meteorologist|newscaster|broadcaster|announcer|radio[ \t]+personality|tv[ \t]+personality|sportscaster"
    r"|voz|cara|rostro|locutor|locutora|conductor|conductora|presentador|presentadora|meteorologo|meteorologa|comentarista)"
)
# A station or a channel by its name: "Channel 9", "Canal 40", "Radio Sabrosa", "KXRT", "WKLQ 101.5", "La Ley 96.7 FM",
# "Telemundo 40", "<Name> FM", "<Name> Public Radio"
_CAP = r"[A-Z][A-Za-z'’]*[A-Za-z]"
_STATION = (
    r"(?:(?i:channel|canal|radio|estacion|emisora)[ \t]+(?:\d{1,3}(?!\d)|[A-Z][\w'’-]*)"
    r"|(?<![\w-])[KW][A-Z]{2,3}(?:-(?:FM|AM|TV|LP))?(?![\w-])"
    r"|(?i:telemundo|univision|unimas|azteca|estrella[ \t]+tv|npr|pbs|abc|nbc|cbs|fox)(?![\w-])"
    rf"|{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:\d{{2,3}}(?:\.\d)?[ \t]+)?(?:FM|AM|TV|Radio|News|Public[ \t]+Radio)(?![\w-]))"
)
_ONE_OF = r"(?<![\w-])(?i:the|our|your|their|a|an|la|el|su|nuestr[oa]|this|that|este|esta)[ \t]+(?:[\w'’.-]+[ \t]+){0,3}?"
# the voice, then what they are on (a show: "of the 6 a.m. traffic report"), then the station; bounded: linear
_VOICE = lazyre.compile(rf"{_ONE_OF}{_WHO}(?![\w'’-])[^!?\n]{{0,60}}?(?<![\w-])(?i:on|at|of|from|for|de|del|en)[ \t]+(?:(?i:the|la|el)[ \t]+)?{_STATION}")
# A chair of ours they sat in ("was in our chair", "en nuestro sillon"): a dental or an eye practice's care
_CHAIR = lazyre.compile(r"(?<![\w-])(?i:in[ \t]+our[ \t]+(?:dental[ \t]+|exam[ \t]+)?chairs?|en[ \t]+nuestr[oa]s?[ \t]+(?:sillon|sillones|silla|sillas))(?![\w-])")
_ONE = lazyre.compile(r"(?<![\w'’-])(?i:he|she|his|him|her|ella|el|su)(?:['’](?i:s|d|ll))?(?![\w'’-])")
_NOT_OWN = phrase_pattern((*_DESC["topics"], *_DESC["events"], *_DESC["not_own_care"]))  # "shared her tips on asthma": a topic


# Their work at ours: a segment filmed, an interview, a live show ("filmed a segment at our clinic about flu shots")
_ON_AIR = lazyre.compile(
    r"(?<![\w-])(?i:film\w*|segment|interview\w*|story|stories|report(?:ed|ing)?|broadcast\w*|live[ \t]+from|on[ \t]+air|entrevista\w*|reportaje|"
    r"transmit\w*|en[ \t]+vivo|grab\w*|segmento|nota)(?![\w-])"
)


def _told(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] tells of one person's care: ours of them, their own, or a chair of ours they sat in."""
    if care.cared_for(body, start, end) or care.own_care(body, start, end) or _CHAIR.search(body, start, end):
        return True
    return care.care_in(body, start, end) and _ONE.search(body, start, end) is not None and not _NOT_OWN.search(body, start, end)


def voices(body: str) -> Iterator[re.Match]:
    """Each voice or face of a named station or channel with one person's care in its sentence or the next."""
    bounds = None
    for match in _VOICE.finditer(body):
        bounds = bounds or sentence_bounds(body)
        at = bisect.bisect_right(bounds, match.start()) - 1
        start, end = bounds[at], bounds[min(len(bounds) - 1, at + 2)]
        if openings.hosted(body, bounds, match, bounds[at], bounds[at + 1]) and not _told(body, match.end(), end):
            continue  # "the morning voice of <Station> will emcee our health fair": the event they put on
        if care.REPORTED_VERB.search(body, start, end) and not _CHAIR.search(body, start, end):
            continue  # "el comentarista de Radio <Name> anuncio en su programa que tiene piedras": news they made public
        on_air = _ON_AIR.search(body, start, end) and not _CHAIR.search(body, start, end) and not _ONE.search(body, start, end)
        if _told(body, start, end) and not on_air:  # "filmed a segment at our clinic about flu shots": their work, a topic
            yield match
