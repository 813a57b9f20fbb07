"""A public figure thanked for a part at our event, then cheered for a care of theirs: "... and for crushing his PT goals!".

Their role lets a name through while no care of theirs is told; a cheer on "his"/"her"/"su" care further on in the same
sentence tells one we know of and they never made public. Their own telling ("who has talked openly about ...") and a
relative's care after the possessive ("her book on caring for her mother") are read elsewhere.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to singer Kai Pena for performing at our 5K, and for crushing his PT goals!",
        "Gracias a la cantante Lupita Arce por cantar en la kermés, ¡y felicidades por terminar su terapia!",
        "Big thanks to Councilwoman Rhea Oduya for cutting the ribbon, and congrats on her last chemo round!",
    ],
)
def test_a_figures_care_cheered_in_their_sentence_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to singer Kai Pena for performing at our 5K and for bringing his whole family!",
        "Gracias a la cantante Lupita Arce por cantar en la kermés y por compartir su talento.",
        "Thanks to Mayor Dan Ruiz for opening our health fair and for his support of the new wellness center.",
        "Proud of author Mia Lund for her new book on caring for her mother through dementia!",
    ],
)
def test_a_figure_cheered_for_no_care_of_theirs_passes(text):
    assert not hits("PHI003", post(text))
