"""PHI016: a post read as one patient's story by the weight of its words (story_words.py, story_reading.py).

The weights are counted from the labelled corpus by scripts/build_story_model.py; the committed file must be the
corpus's (so a corpus change rebuilds it), the reading stays linear, and a finding points at the heaviest words.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.normalize import fold
from playbook.rules.privacy import story_words
from playbook.rules.privacy.story_words import features, model, score, story_cues

from tests.conftest import REPO
from tests.rules.harness import findings, post
from tests.rules.work import steps

STORY = "So proud of the fella who runs the bait shop by the levee! Six months ago he could barely walk in here, and today he rang the bell here when his chemo ended. We love you!"


def test_the_weights_are_the_corpus_s():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_story_model.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_threshold_and_weights_are_read():
    weights, threshold = model()
    assert len(weights) > 5000 and 0 < threshold < 100


def test_features_are_words_and_pairs_with_their_first_span():
    found = features("Rang the bell, rang it!")
    assert found["rang"] == (0, 4) and found["rang the"] == (0, 8) and found["bell rang"] == (9, 19)


def test_a_finding_points_at_the_heaviest_words_and_names_them():
    [finding] = findings("PHI016", post(STORY))
    assert finding.code == "PHI016" and "heaviest" in finding.message
    total, cues = story_cues(fold(STORY).text)
    before = STORY[: cues[0][1][0]]
    sentence = max(before.rfind("! "), before.rfind(". ")) + 2 if ("! " in before or ". " in before) else 0
    assert finding.column == 1 + sentence and cues[0][0] in finding.message.lower()  # the start of the heaviest words' sentence


def test_a_valid_authorization_lets_the_story_through():
    assert findings("PHI016", post(STORY, authorizations=["AUTH-2027-014"])) == []


def test_only_the_body_is_read():
    assert findings("PHI016", post("A photo from the clinic.", media=[Media("images/a.jpg", STORY, True, "", None, 14)])) == []
    assert findings("PHI016", post("Walk-in flu shots all week.", title=STORY)) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_scored_the_same_twice_and_spans_stay_inside(text):
    folded = fold(text).text
    assert score(folded) == score(folded)
    for word, (start, end) in features(folded).items():
        assert 0 <= start < end <= len(folded) and word.split()[0] in folded[start:end].lower()


def test_the_reading_stays_linear():
    text = fold(STORY + " ").text * 10
    one, two = (steps(story_words, lambda t=t: story_cues(t)) for t in (text, text * 2))
    assert two <= 2.6 * one


def test_the_build_leaves_held_back_sets_out(tmp_path):
    """On a corpus of two files, not the real one: loading the real corpus twice more costs the suite seconds
    (that the real corpus writes the committed file, --check above shows)."""
    spec = importlib.util.spec_from_file_location("build_story_model", REPO / "scripts" / "build_story_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    case = "- {id: x-%d, label: %s, kind: %s, text: '%s'}\n"
    (tmp_path / "final1-a.yml").write_text(case % (1, "clean", "clean-event", "Walk with us on Saturday.") + case % (2, "leak", "post-person", "He rang the bell today."), encoding="utf-8")
    (tmp_path / "final2-a.yml").write_text(case % (3, "leak", "post-person", "She beat it, six months on."), encoding="utf-8")
    every = module.labelled_posts(tmp_path)
    assert [story for story, _ in every] == [False, True, True]
    assert module.labelled_posts(tmp_path, ("final2",)) == every[:2]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["rang", "the", "bell", "our", "he", "walked", "in", "la", "senora", "1", "'em"]), max_size=40))
def test_the_quick_score_is_the_sum_over_features(words):
    text = " ".join(words)
    weights = model()[0]
    assert abs(score(text) - sum(weights.get(f, 0.0) for f in features(text))) < 1e-9


def test_a_score_is_the_same_whatever_the_hash_seed():
    """The features are sets, whose order moves with PYTHONHASHSEED: the sum must not (a post scored at the threshold
    was refused in one run and passed in the next)."""
    code = "from playbook.rules.privacy.story_words import score; print(repr(score(" + repr(STORY + " " + STORY.upper()) + ")))"
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    seen = {
        subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": str(seed)}, capture_output=True, text=True, check=True).stdout for seed in (0, 1)
    }  # hash randomisation off, then on
    assert len(seen) == 1, seen
