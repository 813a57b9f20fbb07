"""PHI016 story-by-its-words: a post whose words weigh like one patient's story (story_words.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...findings import Severity
from ...model import Post
from ...text import sentence_bounds, sentence_of
from ..context import Context
from ..registry import Hit, rule
from .common import publish_date, texts
from .figure_stories import figures_untold
from .known import Known
from .media import authorization_problem
from .staff_story import members_story
from .story_words import story_cues

_CUES_SHOWN = 3
_SPACE = re.compile(r"\s*")


@rule("PHI016", "story-by-its-words", serves="privacy", severity=Severity.ERROR, scope="post")
def story_by_its_words(post: Post, ctx: Context) -> Iterator[Hit]:
    """A post whose words, taken together, read like one patient's story, with no valid signed authorization.

    What it flags:
        A post's body whose words and pairs of words
        weigh, summed, above the threshold: each carries a weight learned
        from the labelled posts of the evaluation corpus (stories of one
        patient against clean posts, scripts/build_story_model.py), and the
        threshold lets at most 1 clean corpus post in 500 through. It reads
        what the other privacy rules have no shape for: someone everyone
        knows pointed at by their team, their shop or their street, with
        their care, birth or recovery told ("the woman who runs the
        laundromat on Fifth finished her last infusion; last spring she came
        in pale"). The
        finding points at the sentence that holds the heaviest words, and names them. A post with a valid signed
        authorization (its `authorizations:` or a media item's) passes, as
        for PHI013, and so does a team member's own news when no one else is
        spoken of (a spotlight, a birthday: staff_story.py).

    Why:
        Staff keep finding new ways to single out a patient, and every
        hand-written reading only knows the ways someone thought of. The
        words of such a post still differ from those of health education,
        events and staff news, in English and in Spanish. A weight is not a
        reason: when the post is about no patient (a staff member's own
        news, a public figure's), reword it or waive PHI016 in the file with
        a reason, which the privacy role approves. A public figure's own story, told in public before (public_story.py:
        "Country singer <Name> told the crowd at his show that ..."), is set aside before the words are weighed.

    Examples:
        Triggers: `So proud of the fella who runs the bait shop by the levee! Six months ago he could barely walk in here, and today he rang the bell here when his chemo ended. We love you!`
        Triggers: `¡Felicidades a la señora de los elotes de la plaza! Hace seis meses llegó aquí sin poder caminar y hoy tocó la campana después de su última quimio. ¡La queremos mucho!`
        Passes: `Flu shots are here! Walk in Monday to Friday, 8 to 5, no appointment needed. Most plans cover them at no cost.`
        Passes: `Happy 10th anniversary to our front desk lead! She knows every family by name and keeps the coffee coming.`
    """
    for text in texts(post, body_only=True):  # an alt text is short: PHI012 reads what a photo shows
        read = story_cues(text.text)
        if read is None:
            continue
        told = figures_untold(text.text)
        if told != text.text and story_cues(told) is None:
            continue  # the weight was a public figure's own story, told in public before (public_story.py)
        cues = read[1]
        if _authorized(post, ctx) or members_story(text.text, Known.of(ctx.plans), cues[0][1][0]):
            return  # signed for, or a team member's own news (staff_story.py)
        shown = ", ".join(f"'{text.span.show(*span)}'" for _, span in cues[:_CUES_SHOWN])
        start = _SPACE.match(text.text, sentence_of(sentence_bounds(text.text), cues[0][1][0])[0]).end()  # its first word
        yield text.hit(
            start,
            f"This reads like one patient's story by its words (the heaviest: {shown})",
            "If it is about a patient, record their signed authorization in plans/authorizations.yml and list it under the post's "
            "`authorizations:`, or rewrite it as general information; if it is about no patient, waive PHI016 in this file with a reason.",
        )
        return


def _authorized(post: Post, ctx: Context) -> bool:
    publish = publish_date(post, ctx.plans)
    return any(not authorization_problem(ctx.plans, auth_id, publish) for auth_id in post.authorization_ids())
