"""Care done well, said of us, as the condition for a review: "if we served you well", "si la atendimos con cariño".

The happy list held "treated you well" and "le atendimos bien"; staff say the same with other verbs and manners, and a
pattern reads those. A hope that we served someone well, followed by an ask of everyone, is not a condition.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post


@pytest.mark.parametrize(
    "text",
    [
        "If we served you well this week, please leave us a review on Google!",
        "If the front desk looked after you kindly, a quick Yelp review means the world.",
        "Si la atendimos con cariño, déjenos su reseña en Google, porfa.",
        "Si te tratamos de maravilla, ¡regálanos tus estrellitas en Facebook!",
        "If our hygienists took good care of you, tell the world in a review.",
    ],
)
def test_care_done_well_as_the_condition_for_a_review_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We hope we served you well. Tell us how we did in a review, good or bad.",
        "Whether or not we served you well, please leave an honest review.",
        "Our volunteers served hot cocoa at the parade. Thank you, Elm Street!",
        "Nuestro equipo la atendió con cariño durante 20 años: ¡feliz jubilación, Marta!",
    ],
)
def test_care_done_well_without_a_condition_passes(text):
    assert not hits("FTC004", post(text))
