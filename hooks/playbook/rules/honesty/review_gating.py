"""FTC004: reviews bought or filtered: a reward for a review, a request for top ratings, or asking only happy people.

The text is read once (review_reading.py); each scheme below looks for itself in that reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...bilingual import fold, gate, looks_spanish, negated, pattern, phrases
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...text import clip, prose, tokens, where
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .charges_removed import removed_charges
from .favours import favours
from .gifts_brought import gifts_brought
from .kept_off import NOT_THERE, POSTING, SUPPRESS, kept_off, steered
from .owed_rewards import owed_at
from .review_reading import HAPPY, INCLUSIVE, SOCIAL, STAR_WORD, STARS, UNHAPPY, Reading, within

_WORDS = wordlist("honesty")

_TOP = lazyre.compile(rf"(?<![\w-])(?:5|five|cinco)[\s-]*(?:{STAR_WORD}(?![\w-])|[⭐★])|(?:[⭐★]\s*){{4}}[⭐★]", re.IGNORECASE)
_BELOW = lazyre.compile(r"(?:less\s+than|fewer\s+than|under|below|menos\s+de|not\s+a|no\s+(?:fue\s+)?(?:una?\s+)?(?:experiencia\s+de\s+)?)\s*$", re.IGNORECASE)
# The top of a scale read out whole: "from 1 to 5 stars", "⭐ to ⭐⭐⭐⭐⭐", "del 1 al 5": every score, no top one asked for.
_SCALE_FROM = lazyre.compile(r"(?:(?<![\w-])(?:[01]|one|uno|una)|[⭐★]\ufe0f?)\s*(?:to|through|thru|-|–|al?)\s*$", re.IGNORECASE)
_REWARD = lazyre.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['rewards'])})(?![\w-])"
    r"|\$\s?\d[\d,.]*|(?<![\w-])(?:save|ahorra|ahorre)\s+\d+\s?%|\d+\s?(?:%|percent|por\s*ciento)\s*(?:off|discount|de\s+descuento|descuento)"
    r"|'s\s+on\s+us(?![\w-])",
    re.IGNORECASE,
)
_RAFFLE = pattern(_WORDS["raffles"])
_OFFER = pattern(_WORDS["offer_cues"])
_EXCHANGE = pattern(_WORDS["exchanges"])
_THANK_YOU_OFFER = pattern(_WORDS["thank_you_offers"])
_LINK = pattern(_WORDS["review_links"])
_WANT = pattern(_WORDS["rating_wants"])
_WANT_AFTER = pattern(_WORDS["rating_wants_after"])
_READER = pattern(_WORDS["reader_words"])
_PRIVATE = pattern(_WORDS["private_routes"])
# "Only ask patients who seem happy", "solo entreguen la tarjeta a los pacientes satisfechos".
_SELECTIVE = lazyre.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['selective'])}"
    rf"|(?:only|just|solo|unicamente)\s+(?:[\w'-]+\s+){{0,2}}?(?:{phrases(_WORDS['asking_verbs'])})"
    rf"|(?:only|solo|unicamente)\s+(?:to|a)\s+(?:the\s+|los\s+|las\s+)?(?:[\w-]+\s+)?(?:{phrases(_WORDS['people_nouns'])}))(?![\w-])",
    re.IGNORECASE,
)
# Reviews wanted by their tone only: "Only the nice ones, now", "solo las buenas, eh", "just positive reviews, please"; the
# tone word ends the phrase or qualifies a review ("only good care" is no review). "Not just the good ones" asks for all.
_TONE_ONLY = lazyre.compile(
    r"(?<![\w-])(?:only|just|solo|solamente|nada\s+mas|unicamente)\s+(?:(?:the|your|las|los|sus|tus|unas|unos)\s+)?"
    rf"(?:{phrases(_WORDS['review_tones'])})(?:\s+(?:{phrases(_WORDS['toned_nouns'])})(?![\w-])|\s*(?=[,.;:!?)—–]|\s-\s|$))",
    re.IGNORECASE,
)
# "9-10 gets the review link", "si nos ponen 9 o 10": a high score on a 10-point survey.
_HIGH_SCORE = lazyre.compile(rf"(?<![\w-])(?:9|10)\s*(?:-|–|to|or|o|a|y|/)\s*10(?![\w-])|(?<![\w-])(?:4|5)\s*(?:-|–|or|o|to|a|y)\s*5\s*{STAR_WORD}", re.IGNORECASE)
# A score threshold ("4+", "9 or higher", "9 o más", "de 4 para arriba", "at least 9"), where the sentence speaks of scoring ("scored us 4+", not "kids 4+").
_THRESHOLD = lazyre.compile(
    r"(?<![\w$.,/:#%-])(?:[3-9]|10)(?:\s*\+(?!\d)|\s+(?:or|o)\s+(?:higher|more|above|better|greater|up|mas|mejor|arriba|superior)(?![\w-])"
    r"|\s+(?:and|y)\s+(?:up|above|mas|arriba)(?![\w-])|\s+(?:para\s+arriba|en\s+adelante)(?![\w-]))"
    r"|(?<![\w-])(?:at\s+least|al\s+menos|por\s+lo\s+menos|minimo\s+(?:de\s+)?|higher\s+than|above|over|mayor\s+(?:a|de|que)|mas\s+de)\s+(?:a\s+|un\s+)?(?:[3-9])(?![\w.,-])",
    re.IGNORECASE,
)
_SCORING = lazyre.compile(
    r"(?<![\w-])(?:rat(?:e|ed|es|ing|ings)|scor\w*|survey\w*|nps|stars?|estrell\w*|califi\w*|puntu\w*|puntaje\w*|encuesta\w*|out\s+of\s+(?:5|10)"
    r"|gave\s+us|give\s+us|nos\s+(?:dio|dieron|da|dan|pone|ponen|puso|pusieron))(?![\w-])",
    re.IGNORECASE,
)
# The low end of a score split into ranges: "0 a 8", "1-6", "0 to 8", "1 through 3 stars" (a range from the bottom).
_LOW_RANGE = lazyre.compile(r"(?<![\w.,/:-])[01]\s*(?:-|–|to|a|al|through|thru|hasta)\s*[1-8](?![\w%]|[.,/:-]\d|\s*%)", re.IGNORECASE)
_PUBLIC_LINK = pattern(_WORDS["public_routes"])
# What a privacy request tells people not to post: "don't post health details in a review" is fine.
_DETAILS = pattern(_WORDS["privacy_objects"])
# Every incentive or gate names a review, a rating, a review site or posting (or star emoji, checked apart).
_REVIEW_GATE = gate(
    _WORDS["review_nouns"],
    _WORDS["feedback_nouns"],
    _WORDS["review_sites"],
    _WORDS["social_sites"],
    _WORDS["review_verbs"],
    _WORDS["posting_words"],
    ["star", "stars", "estrella", "estrellas", "estrellita", "estrellitas", "10"],
)
# What points from a smile to where it sends people: "😊 → Google", "😀 = review us", "🙂: Yelp", "😀 ⬇️ Google", "😊 — Google"
_POINTS_ON = lazyre.compile(r"\s*(?:→|->|=>|=|:|➡️?|➜|➔|⮕|⬇️?|↓|👉|👇|⇒|[—–-]|\||>|\d)")
_REACH = 150  # characters from a condition ("Loved your visit?") to what it leads to ("Leave us a review")
_FUNNEL_REACH = 400  # characters between the happy and the unhappy branch of a funnel


def _live(sentence: str, matches) -> list[re.Match]:
    """Matches not denied just before them ("we never offer discounts", "no ofrecemos nada")."""
    return [m for m in matches if not negated(sentence, m.start())]


def _incentive(reading: Reading, original: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each sentence that pays for a review."""
    text = reading.offers_text
    for index, (begin, end) in enumerate(reading.sentences):
        sentence = text[begin:end]
        rewards = sorted(_live(sentence, [*_REWARD.finditer(sentence), *removed_charges(sentence), *gifts_brought(sentence)]), key=re.Match.start)
        asks = reading.in_sentence(reading.asks, begin, end)
        mentions = [m for m in reading.in_sentence(reading.mentions, begin, end) if not reading.thanked(m[0])]
        hit = None
        if rewards and asks:
            hit = min(rewards[0].start() + begin, asks[0][0])
        if hit is None and rewards and mentions:  # "5 stars and get 10% off", "post a review and your copay is waived"
            cue = _live(sentence, _OFFER.finditer(sentence)) or _READER.search(sentence)
            hit = mentions[0][0] if cue else None
        if hit is None and rewards:
            for link in _LINK.finditer(sentence):
                if any(link.end() + begin <= m[0] <= link.end() + begin + 25 for m in mentions):
                    hit = min(rewards[0].start(), link.start()) + begin
                    break
        if hit is None:
            for exchange in _live(sentence, _EXCHANGE.finditer(sentence)):
                if any(exchange.end() + begin <= m[0] <= exchange.end() + begin + 40 for m in reading.in_sentence(reading.mentions, begin, end)):
                    hit = exchange.start() + begin
                    break
        asked_before = index > 0 and _posted_question(reading, *reading.sentences[index - 1])  # "¿Ya nos dejaste tu reseña? ... entras a la rifa"
        if hit is None and (asks or asked_before or any(not negated(text, m[0], 3) for m in mentions)):  # "no hace falta reseña" asks for none; "entre quienes nos califiquen" asks
            raffle = next(iter(_live(sentence, _RAFFLE.finditer(sentence))), None)
            hit = raffle.start() + begin if raffle else None
        if hit is None and rewards and len(sentence) <= 200:
            offered = bool(_live(sentence, _OFFER.finditer(sentence))) or sentence.rstrip().endswith("?")  # "Want a free latte?"
            thanking = bool(_THANK_YOU_OFFER.search(sentence))
            for other in (index - 1, index, index + 1):
                if not 0 <= other < len(reading.sentences):
                    continue
                near = reading.sentences[other]
                cued = offered or bool(_live(text[near[0] : near[1]], _OFFER.finditer(text[near[0] : near[1]])))  # "We're giving away a bike! To enter, rate us."
                if (cued and other != index and reading.in_sentence(reading.asks, *near)) or (thanking and reading.in_sentence(reading.mentions, *near)):
                    hit = rewards[0].start() + begin
                    break
                if cued and other == index - 1 and _posted_question(reading, *near):  # "Posted a 5-star review? Show it and get a free tote"
                    hit = rewards[0].start() + begin
                    break
        edited = False
        if hit is None and rewards:  # "Gave us 2 stars? Update it and we'll mail you a free mug": paid to change a review
            near = [reading.sentences[other] for other in (index - 1, index, index + 1) if 0 <= other < len(reading.sentences)]
            edited = any(reading.in_sentence(reading.edits, *span) for span in near)
            hit = rewards[0].start() + begin if edited else None
        if hit is None and rewards:  # "Five stars, thank you! As promised, a $20 credit waits on your account" (owed_rewards.py)
            near = [reading.sentences[other] for other in (index - 1, index) if 0 <= other < len(reading.sentences)]
            owed = owed_at(sentence, any(reading.in_sentence(reading.mentions, *span) for span in near))
            hit = None if owed is None else owed + begin
        placed = _live(sentence, favours(sentence)) if hit is None else []
        if placed:  # a place in line for a review asked in its sentence, or for one changed or taken down: "le damos prioridad si borra la reseña"
            near = [reading.sentences[other] for other in (index - 1, index, index + 1) if 0 <= other < len(reading.sentences)]
            edited = any(reading.in_sentence(reading.edits, *span) for span in near)
            hit = placed[0].start() + begin if edited or asks else None
        if hit is not None:
            rated = ", least of all for a rating" if STARS.search(sentence) else ""
            rated = ", nor for changing or removing one" if edited else rated
            yield hit, f"Remove the reward in '{clip(original[begin:end], 70)}'<where>: nothing of value may be offered for a review{rated}"


def _rating_requests(reading: Reading, original: str) -> Iterator[tuple[int, str]]:
    """'Leave us 5 stars', 'we'd love a five-star review', 'califícanos con 5 estrellas'."""
    text = reading.text
    for top in _TOP.finditer(text):
        if reading.thanked(top.start()) or _BELOW.search(text[max(0, top.start() - 40) : top.start()]) or _SCALE_FROM.search(text, max(0, top.start() - 12), top.start()):
            continue
        begin, end = reading.sentence_of(top.start())
        sentence = text[begin:end]
        if negated(sentence, top.start() - begin, 3):
            continue
        asked = any(a[0] - 40 <= top.start() <= a[1] + 30 for a in reading.in_sentence(reading.asks, begin, end))
        wanted = any(top.start() - 60 <= w.end() + begin <= top.start() for w in _live(sentence, _WANT.finditer(sentence)))
        wanted = wanted or bool(_WANT_AFTER.search(text, top.end(), min(end, top.end() + 60)))  # "a 5-star review would mean the world"
        if asked or wanted:
            yield top.start(), f"Ask for an honest review, not for a top rating<where>: '{clip(original[begin:end], 70)}'"


def _public_target(reading: Reading, start: int, stop: int) -> int | None:
    """Where, between `start` and `stop`, the text points at a public review (an ask, a site, a review link)."""
    spots = [a[0] for a in within(reading.asks, start, stop)] + [m[0] for m in within(reading.mentions, start, stop)]
    spots += [m.start() for p in (SOCIAL, _PUBLIC_LINK) for m in p.finditer(reading.text, start, stop)]
    return min(spots) if spots else None


def _happy_asks(reading: Reading) -> Iterator[tuple[int, int]]:
    """(start, end) of each happy condition followed by a request for a review ("Loved it? Review us")."""
    text = reading.text
    for start, stop in reading.happy:
        mentions = within(reading.mentions, stop, stop + _REACH + 1)
        if (start, stop) in reading.smiles and not _POINTS_ON.match(text, stop):
            mentions = []  # a smile in a thanks ("Thank you! 😊 Reviews like yours make our day") conditions nothing: it needs an ask
        ask = next(iter(within(reading.asks, stop, stop + _REACH + 1) + mentions), None)
        if ask and not INCLUSIVE.search(text, ask[0], min(len(text), ask[1] + 60)):
            yield start, ask[1]


def _diversions(reading: Reading) -> Iterator[tuple[int, int]]:
    """(start, end) of each request that unhappy people come to the practice instead of (or before) posting."""
    text = reading.text
    posting = bool(reading.mentions) or bool(POSTING.search(text)) or bool(NOT_THERE.search(text))
    for start, stop in reading.unhappy:
        private = _PRIVATE.search(text, stop, stop + _REACH)
        suppress = kept_off(text, stop, stop + _REACH)
        public = _public_target(reading, stop, private.start()) if private else None
        if not private and suppress and steered(suppress):  # "if not, come find me, not the internet": kept off the site is route enough
            private = suppress
        if posting and private and suppress and (public is None or suppress.start() < public):  # "Skip the review and call us"
            yield start, max(private.end(), suppress.end())
    # Without an unhappy word: "Before you leave a review, call us", "please don't post a bad review",
    # "before posting anything negative online, call the front desk".
    for match in SUPPRESS.finditer(text):
        mention = next(iter(within(reading.mentions, match.start(), match.end() + 41)), None)
        about_posting = bool(POSTING.search(match.group(0)))
        end = mention[1] if mention else match.end() + 40
        if (mention is None and not about_posting) or _DETAILS.search(text, match.end(), end) or negated(text, match.start(), 2):
            continue
        if _PRIVATE.search(text, max(0, match.start() - _REACH), min(len(text), end + _REACH)):
            yield match.start(), min(len(text), end)


def _public_low(reading: Reading, low_stop: int, highs: list[tuple[int, int]]) -> bool:
    """The unhappy branch is sent to the review site too, not kept private: "¿Algo que mejorar? Díganos también en
    Google", "Something we could improve? Tell us on Yelp as well" (a site in the sentence of its route, no "not on")."""
    text = reading.text
    route = _PRIVATE.search(text, low_stop, low_stop + _REACH)
    stop = reading.sentence_of(route.start())[1] if route else low_stop + _REACH
    spots = [a[0] for a in within(reading.asks, low_stop, stop)] + [m[0] for m in within(reading.mentions, low_stop, stop)]
    public = min(spots + [m.start() for m in SOCIAL.finditer(text, low_stop, stop)], default=None)  # a site, not a bare link (a private form has one)
    if public is None or within(highs, low_stop, public):
        return False
    return not kept_off(text, low_stop, public + 1)


def _funnels(reading: Reading) -> Iterator[int]:
    """Offsets of happy or high-score branches sent to a review site while low ones go to a private route."""
    text = reading.text
    highs = sorted([m.span() for m in _HIGH_SCORE.finditer(text)] + reading.happy + reading.routed_high + list(_thresholds(reading)))
    for start, stop in highs:
        if _public_target(reading, stop, stop + _REACH) is None:
            continue
        lows = sorted(reading.unhappy + [m.span() for m in _LOW_RANGE.finditer(text, stop, start + _FUNNEL_REACH + 1)])
        for low_start, low_stop in within(lows, stop, start + _FUNNEL_REACH + 1):
            private = _PRIVATE.search(text, low_stop, low_stop + _REACH)
            public = _public_target(reading, low_stop, private.start()) if private else None
            skipped = public is not None and kept_off(text, low_stop, public + 1)  # "Rough visit? Skip Google and email us"
            if private and (public is None or skipped) and not _public_low(reading, low_stop, highs):
                yield start
                break


# A sentence that opens on a condition: "If you liked us, ...", "Si le hemos fallado, ...".
_OPENS_IF = lazyre.compile(r"\W{0,6}(?:if|should|when|whenever|si|cuando)\s", re.IGNORECASE)


def _contrasted(reading: Reading) -> Iterator[int]:
    """Offsets of two conditions side by side, whatever words they use ("If we've been a help to you, review us on
    Facebook! If we have fallen short, come see us first"): the first leads to a public review, the next to a private
    route kept ahead of posting. The pairing is the gate, so the reader's experience may be said in words nobody listed."""
    text = reading.text
    branches = list(_branches(reading))
    for index, (begin, start, end) in enumerate(branches):
        if _public_target(reading, start, end) is None or INCLUSIVE.search(text, begin, end):
            continue
        for other_begin, other_start, other_end in branches[index + 1 : index + 3]:
            if other_begin < end:
                continue  # a question's branch takes in the next sentence: the other branch starts after it
            if other_begin - begin > _FUNNEL_REACH:
                break
            private, suppress = _PRIVATE.search(text, other_start, other_end), kept_off(text, other_start, other_end)
            if (private or (suppress and steered(suppress))) and suppress and not negated(text, suppress.start(), 2):
                public = _public_target(reading, other_start, suppress.start())
                if public is None:
                    yield begin
                    break


_QUESTION_END = lazyre.compile(r"\?[\s\W]*$")


def _branches(reading: Reading) -> Iterator[tuple[int, int, int]]:
    """(begin, start, end) of each condition and what it leads to: a sentence that opens on "if" ("If we helped, ..."),
    or a question and the sentence after it ("Did we brighten your week? Tell Google!", "¿Algo le molestó? No lo suba")."""
    text, sentences = reading.text, reading.sentences
    for index, (begin, end) in enumerate(sentences):
        opened = _OPENS_IF.match(text, begin)
        if opened:
            yield begin, opened.end(), end
        elif index + 1 < len(sentences) and _QUESTION_END.search(text[begin:end]):
            yield begin, end, sentences[index + 1][1]


def _thresholds(reading: Reading) -> Iterator[tuple[int, int]]:
    """Spans of score thresholds ("4+", "9 o más") in sentences that speak of a score or a survey."""
    text, scored = reading.text, {}
    for match in _THRESHOLD.finditer(text):
        sentence = reading.sentence_of(match.start())
        if sentence not in scored:  # each sentence searched once, however many thresholds it holds
            scored[sentence] = bool(_SCORING.search(text, *sentence))
        if scored[sentence]:
            yield match.span()


def _selective(reading: Reading) -> Iterator[tuple[int, int]]:
    """Staff told to ask only some people: 'only ask patients who seem happy', 'don't give the card to anyone who complained'."""
    if not reading.mentions:
        return
    text = reading.text
    for begin, end in reading.sentences:
        selective = _SELECTIVE.search(text, begin, end)
        if selective and any(p.search(text, selective.start(), end) for p in (HAPPY, UNHAPPY, _HIGH_SCORE)):  # "only to those who answer 9 or 10"
            yield begin, end
        elif selective and UNHAPPY.search(text, begin, selective.start()):  # "if someone looks upset, don't hand them the card"
            yield begin, end
        elif selective and _SCORING.search(text, begin, end) and _THRESHOLD.search(text, selective.start(), end):  # "only to those who scored us 4+"
            yield begin, end


def _gating(reading: Reading, original: str) -> tuple[int, str] | None:
    """The one gating problem of a text (offset, message), or None; the clearest description wins."""
    happy = list(_happy_asks(reading))
    diverted = list(_diversions(reading))
    funnel = next(_funnels(reading), None)
    contrast = next(_contrasted(reading), None) if funnel is None else None  # shown where a branch's words are, if read
    if funnel is not None or contrast is not None or (happy and diverted):
        at = min(([funnel] if funnel is not None else []) + [h[0] for h in happy] + [d[0] for d in diverted], default=contrast)
        return at, "Invite everyone to review in the same words<where>: this sends happy people to the review site and unhappy ones to a private channel"
    only_happy = [h for h in happy if not any(_public_low(reading, low[1], happy) for low in within(reading.unhappy, h[1], h[0] + _FUNNEL_REACH + 1))]
    if only_happy:  # a happy ask whose unhappy branch goes to the same site asks everyone
        start, end = only_happy[0]
        return start, f"Ask everyone for a review, not only happy people<where>: '{clip(original[reading.sentence_of(start)[0] : end], 70)}'"
    if diverted:
        start, end = diverted[0]
        return start, f"Don't steer unhappy people away from reviewing<where>: '{clip(original[start:end], 70)}'; offer the private route to anyone, without asking them not to post"
    selective = next(_selective(reading), None)
    if selective:
        return selective[0], f"Ask everyone for a review, not only people who seem happy<where>: '{clip(original[selective[0] : selective[1]], 70)}'"
    toned = next((m for m in _TONE_ONLY.finditer(reading.text) if reading.mentions and not negated(reading.text, m.start(), 2)), None)
    if toned:
        return toned.start(), f"Welcome every review, good or bad, not only the good ones<where>: '{clip(original[toned.start() : toned.end()], 70)}'"
    return next(_rating_requests(reading, original), None)


@rule("FTC004", "review-incentive-or-gating", serves="honest-marketing", severity=Severity.ERROR, scope="document")
def review_incentive_or_gating(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A post or reply that pays for reviews, asks for top ratings, or asks only happy people.

    What it flags:
        In posts and response templates alike, in every text field (body,
        title, each variant, alt texts, event name and place), in English or
        Spanish:

        - anything of value offered for a review or a rating: a discount, a
          credit, a gift card, a raffle entry, a free treatment, a coffee, a gift in kind ("we'll drop off a pie", "les llevamos una canasta de pan dulce")
          ("leave us a review and get 10% off", "a gift card in exchange for
          your review", "sorteo entre quienes dejen una reseña", a name put in
          the hat for a prize ("su nombre en la tómbola"), "trae tu
          reseña impresa y te damos un cupón", "déjanos tus estrellitas y
          participa por una limpieza facial", "for a chance to win"), a draw
          among those who review, the verb as Spanish writes it ("rifamos una
          pantalla entre todos los que nos dejen reseña", "sorteamos una
          cafetera entre quienes nos califiquen", "we're raffling off a TV
          among everyone who leaves a review"), and a reward offered right
          after a question whether the reader posted a review, in either
          language or both ("Left us a review? Show it at the desk and grab
          a free tote", "¿Nos dejaste 5 estrellas? Muéstralo y llévate ..."), and a
          reward near a request to change or remove a review already posted,
          the FTC's rule on reviews (16 CFR 465.4) counting a paid rating
          change as a bought review ("Gave us 2 stars? Update it and grab a
          free mug", "si nos dejó 1 estrellita, ¿la puede cambiar? Le
          regalamos una gorra", "¿ya le subió las estrellas a su reseña? pase
          por su taza de regalo"), a price cut said as a verb included ("if you
          revise your review, we'll take the visit off your bill", "si modifica
          su reseña, le descontamos la consulta"), money handed back ("we'll
          refund the fee if you update your review", "le perdonamos el saldo si
          cambia su comentario", the reader's post or comment being their
          review), a charge taken away ("we dropped the late fee; could you
          update your review?", "le anulamos la multa"), or a rating moved up to a
          top score for it ("move it up to five and get $20 off", "si la cambia
          a cinco estrellas le damos un termo"; "moves to 5 days a week" is no score),
          or a place in line given for a review asked or for one changed or taken
          down ("le damos prioridad si borra la reseña", "delete it and we'll move you
          up on the waiting list", "an earlier appointment", "le adelantamos su cita");
        - asking for a top rating rather than an honest review ("leave us 5
          stars", "rate us 5⭐", "califícanos con 5 estrellas" or "estrellitas");
        - review gating: asking only people who are happy ("loved your visit?
          leave us a review", "si quedó contento, déjenos su reseña"), telling
          unhappy people to come to the practice first or instead of posting,
          or to hold the review ("not happy? don't leave a review yet, call
          us", "no deje su reseña todavía") (the threshold they fall short of said with them: "a 5-star visit? Google,
          please. Anything less than 5 stars? Email our manager", "¿Menos de 5
          estrellas? Escríbanos primero"), or to pass the site by ("less than 5
          stars? Skip Google and call our director", "sáltese Google"; "skip Google
          and call us about your symptoms" is advice to anyone and passes, and
          so does unhappiness with another practice: "unhappy with your current
          dentist? Skip Yelp and call us"),
          the answers of a yes/no question routed ("If yes, a Facebook review!
          If no, fill out the paper card", "si la respuesta es sí ... si es no, la
          tarjeta de comentarios"), "every review" entered in a drawing,
          or a funnel that sends high scores to the review site and low ones
          to a private channel, in words or in numbers and arrows ("4 or 5 →
          our Google link; 1–3 → our advocate calls you", "9-10: Yelp; 0-6:
          a call from the manager", "4 o 5 ➡️ enlace; 1 a 3 ➡️ le llamamos",
          each branch on its own line or bullet with any arrow: "9 o 10 👉 enlace", "1-8 --> a call",
          "8s and 9s get our Yelp link, the rest go to the office manager's inbox",
          "los 9 y 10 reciben la liga; lo demás, al correo de la gerente"),
          or in conditions ("if you answer 4 or 5 we send our Yelp link; if you
          answer 1 to 3 the manager calls you", "si nos da 9 o 10 le llega la liga;
          si contesta del 0 al 6, le llamamos"), or in a text survey's replies
          ("reply with a 5 or a 4 and we text our Google link; 1-3 and the manager calls",
          "responda 4 o 5 y le llega la liga; 1 a 3 y le llamamos"), the answer
          in any tense and the scores in words ("if you answered four or five ...;
          one, two or three, we'll call", "si respondió 4 o 5 ...; si respondió
          1, 2 o 3, le llamará"), or a visit that felt well looked after sent to
          the site and a bad one to a private message ("si te has sentido bien
          atendido, reseña en Facebook; si algo te molestó, mándanos DM, no en
          Facebook"),
          or in two conditions side by side in any words, the first to a review
          site and the next to the desk before anything is posted ("if we've been a
          blessing, review us on Facebook; if we've fallen short, see us at the front
          desk first", or kept off the site with no route named: "if we didn't, come
          find me, not the internet", "antes de publicar"; a question and the sentence after it count as a condition,
          and asking the reader not to post it is kept from posting: "Something
          bother you? Please don't put it online; take it to Ms. Ames"; the top score
          denied and told to a member by name: "if it's not a 5, tell <Name> first
          instead of posting"), or a score
          said as an order ("rate us lower -> the manager's inbox, nobody else sees
          it"), or a score split into ranges, the top to the site and the bottom
          ("0 a 8", "1-6", a neutral face) to a private route,
          or in formal words ("if our program has made a difference, we would
          be honored by a review; should you have any concerns, write to our
          Quality Office rather than posting", "si le ha ayudado ...; si tiene
          alguna inquietud, escriba a ... en lugar de publicarla"),
          or with the visit's quality or a top score as the condition ("if
          your exam went great, post on Google; if anything bothered you,
          call us first", "si cree que merecemos cinco estrellitas ...; si
          no, escríbanos"), or a top rating or a happy visit given as the
          reason to post it ("because you rated us five stars, could you post
          that on Yelp?", "ya que quedó contento, ¿nos deja una reseña?"),
          the low branch left without a number ("for a 9
          or 10, our Google link; if it's lower, write back", "si es menor,
          responda aquí"), or the review request sent only to those above a score
          ("only to patients who scored us 4+", "9 or higher", "de 4 para
          arriba" on the survey), or to those who give the top of any scale
          (a 4 or a 5, a 9 or 10, an A, 👍, the top box, "excelente")
          with no low branch written ("if you'd score us a 9 or 10, we'd love a
          Google review", "si nos califica con 9 o 10 ...", "Gave us five stars on
          the survey? Put that on Google"; "9 to 10 am" is a clock), or the review card handed only to those who
          leave smiling, or kept from upset ones ("hand the review card only to
          folks who left smiling", "si un paciente se ve molesto, no le den la
          tarjeta de reseñas"), or only the good reviews wanted ("Only the nice
          ones, now", "solo las buenas, eh"; "not just the good ones" asks for all).

        A denied offer passes ("we never offer discounts for reviews", a
        giveaway where "no hace falta reseña", a draw among the kids who get
        their shots), and so
        do thanks for a review already written, an invitation that includes
        everyone ("good or bad, we read every review"), an unhappy branch sent
        to the same review site ("¿algo que mejorar? díganos también en Google"),
        and a private route offered to anyone. Word lists are in rules/data/honesty.yml.
        (Formerly NEG005.)

    Why:
        The FTC's rule on consumer reviews forbids buying reviews that take a
        side and suppressing negative ones, and review sites remove filtered or
        paid reviews and can penalise the business. Reviews bought with a
        reward, or filtered so only praise gets through, mislead the people who
        rely on them to choose a clinician. Ask everyone, in the same words,
        and answer the unhappy ones in public with care.

    Examples:
        Triggers: `Post a review on Yelp and get a free smoothie at our front desk!`
        Triggers: `Enjoyed your appointment? Rate us 5 stars on Google.`
        Triggers: `Got a complaint? Message us first, before you post anything online.`
        Triggers: `Comparte tu reseña y recibe un cupón de $10 para tu próxima visita.`
        Triggers: `¿Le gustó la atención? Califíquenos en Google.`
        Passes: `We read every review, good or bad, and we never offer rewards for reviews.`
        Passes: `Thank you for the kind words, {{ reviewer }}! We're glad you stopped by.`
        Passes: `Buena o mala, su opinión nos ayuda. Déjenos una reseña si lo desea.`
    """
    if getattr(item, "status", "") == "cancelled":
        return
    for span in prose(item):
        if not _REVIEW_GATE.open(tokens(fold(span.text))) and "⭐" not in span.text and "★" not in span.text:
            continue
        reading = Reading(span.text)
        found = dict(_incentive(reading, span.text))  # one per sentence: each offer is its own problem
        gate = _gating(reading, span.text)  # one per text: a gate is one scheme, however many sentences it takes
        if gate and not any(reading.sentence_of(at) == reading.sentence_of(gate[0]) for at in found):
            found[gate[0]] = gate[1]
        hint = "e.g. 'Leemos todas las reseñas, buenas o no tan buenas.'" if looks_spanish(span.text) else "e.g. 'We read every review, good or not so good.'"
        for at, message in sorted(found.items()):
            yield Hit(message.replace("<where>", where(span)), *span.position(at), hint=hint)


def _posted_question(reading: Reading, begin: int, end: int) -> bool:
    """A question whether the reader has posted a review ("Posted a 5-star review on Yelp?", "¿Nos dejaste 5
    estrellas?"): the condition of a reward offered in the next sentence, in whatever language that one is."""
    return reading.text[begin:end].rstrip().endswith("?") and any(not reading.thanked(m[0]) for m in reading.in_sentence(reading.mentions, begin, end))
