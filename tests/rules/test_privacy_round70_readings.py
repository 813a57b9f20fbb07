"""Round 70: readings fresh writers' cases showed missing, each written for its kind of text.

- A slug has lost its apostrophes: a given name that is also a word before a surname's possessive
  ("rebuilt-<word-name>-<surname>s-smile") is a name, as "<word-name>-<surname>" is.
- A quoted given name stitched onto someone's gear ('"BUCK" embroidered on the chest') is the wearer's name even when
  it is also a word: needlework names the wearer; a slogan is printed.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import hits, post


@pytest.mark.parametrize(
    "link",
    [
        "https://example-ortho.test/blog/how-we-rebuilt-hank-dufresnes-smile-after-the-crash",
        "https://example-ortho.test/stories/rusty-castellanos-new-knee",
    ],
)
def test_a_word_name_and_a_surnames_possessive_in_a_slug_refuses(link):
    assert hits("PHI003", post(f"Read the story: {link}"))


@pytest.mark.parametrize(
    "link",
    [
        "https://example-ortho.test/blog/how-we-rebuilt-our-front-desk-after-the-flood",
        "https://example-ortho.test/blog/hope-springs-eternal-at-the-fair",
    ],
)
def test_a_slug_of_plain_words_passes(link):
    assert not hits("PHI003", post(f"Read the story: {link}"))


def _alt(alt: str):
    return post("Caption.", media=[Media("images/x.jpg", alt, True, "", None, 14)])


@pytest.mark.parametrize(
    "alt",
    [
        'A miner in a worn work jacket with "BUCK" embroidered on the chest, a bandage on his lower back after his nerve block.',
        'Chamarra con "CHUY" bordado en el pecho; el señor sentado en la camilla con una venda en la rodilla.',
    ],
)
def test_a_quoted_name_stitched_on_gear_in_care_refuses(alt):
    assert hits("PHI003", _alt(alt))


@pytest.mark.parametrize(
    "alt",
    [
        'A roofer in a work jacket with "HOPE" printed on it, getting his blood pressure taken.',
        'A welder with "BUCK" embroidered on his jacket, at the lunch counter of the street fair.',
    ],
)
def test_a_printed_slogan_or_a_stitched_name_with_no_care_passes(alt):
    assert not hits("PHI003", _alt(alt))
