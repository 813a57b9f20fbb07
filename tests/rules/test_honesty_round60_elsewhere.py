"""Round 60, FTC004: unhappiness with another practice ("unhappy with your current dentist? skip Yelp and call us",
"¿no está contenta con su pediatra de siempre?") invites a switch; it keeps no review of ours off a site. Found while
probing after round 59 and left then. Unhappiness with us, our visit or a provider of ours stays an unhappy branch.
Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.honesty import review_reading as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Unhappy with your current dentist? Skip Yelp and call us for a second opinion.",
        "Not happy with your old eye doctor? Skip Healthgrades and come meet our optometrists.",
        "¿No está contenta con su pediatra de siempre? Sáltese Yelp y llámenos para una cita de conocernos.",
    ],
)
def test_unhappiness_with_another_practice_passes(text):
    assert hits("FTC004", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Unhappy with your visit? Skip Yelp and call us.",
        "Not happy with your last visit? Skip Yelp and call our manager.",
        "Unhappy with your doctor? Skip Yelp and call our manager.",
        "¿No quedó contento con su consulta? Sáltese Yelp y llame a la gerente.",
    ],
)
def test_unhappiness_with_us_still_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize("unit", ["unhappy with your current dentist ", "con su dentista actual ", "unhappy "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda count: module.Reading(unit * count)._unhappy())
