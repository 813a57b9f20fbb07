"""Round 71 (final71, kept back until the end): readings its cases showed missing, each written for its kind of text.

- A slug that tells care ("coach-<given>-<surname>-parkinsons-journey") excuses no community role: the story is theirs.
- A raffle entered with a screenshot, in the sentence after "¿Ya nos dejaste tu reseña ...?", pays for the review.
- "Our patient coordinator", "our patient navigator": a staff job, no patient's story (the job words are
  privacy.yml's person_noun_jobs, the list staff_posts.py reads too).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, with_staff


def test_a_coach_in_a_slug_with_his_condition_refuses():
    assert hits("PHI003", post("Read it here: https://example-ortho.test/stories/coach-wade-hollister-parkinsons-road-ahead"))


def test_a_coach_in_a_slug_of_an_event_passes():
    assert not hits("PHI003", post("Sign up: https://example-ortho.test/events/coach-wade-hollister-youth-camp"))


def test_a_raffle_after_a_question_about_the_review_refuses():
    text = "¿Ya nos dejaste tus 5 estrellas en Google? Mándanos la captura y participas en la rifa de una canasta navideña."
    assert hits("FTC004", post(text))


def test_a_raffle_at_the_town_fair_after_a_thanks_passes():
    assert not hits("FTC004", post("¿Ya nos dejaste tu reseña? ¡Gracias! Este mes también hay rifa de canastas en la feria del pueblo."))


@pytest.mark.parametrize(
    "text",
    [
        "Team news: Odalys, our patient coordinator, marks five years on staff this spring.",
        "Say hi to Ana, our patient navigator, who just finished her master's degree!",
    ],
)
def test_a_patient_coordinator_is_a_staff_job(text):
    assert not hits("PHI013", post(text), plans=with_staff("Odalys", "Ana"))
