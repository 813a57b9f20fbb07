"""Round 40, words40: words that can be names read as a language or an order's patron. A given name that is an item
of a list of languages feeding a link names a language, not a person whose story the link can tell (PHI006, links.py);
a society, guild or sodality named for a saint ("the Legion of Mary", "la Cofradía de San José") names an
organisation (PHI003, orders.py). What passes, what stays an error, and that each reading stays linear. Every name
here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.links import _one_person
from playbook.rules.privacy.orders import order_named

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Leaflets in Dari, Karen, Amharic and English at ", None),
        ("Folletos en mam, karen, quiché y español en ", None),
        ("Watch Karen and our Tigrinya interpreter at ", "Karen"),
        ("Hear how she did it at ", "she"),
    ],
)
def test_one_person_skips_a_language_in_a_list(sentence, person):
    found = _one_person(sentence)
    assert (found.group(0) if found else None) == person


def test_a_list_of_languages_before_a_link_passes():
    assert hits("PHI006", "Printable sheets in Dinka, Karen, Swahili and French: https://sheets.example.org/naps") == []
    assert hits("PHI006", "Hojas en mam, karen, quiché y español: https://hojas.example.org/siesta") == []


def test_a_person_beside_a_link_still_refuses():
    assert hits("PHI006", "See how Karen beat her lymphoma: https://stories.example.org/k")
    assert hits("PHI006", "Karen and our Nepali interpreter on her new kidney: https://stories.example.org/k")


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Our booth sits by the Legion of Mary on Sunday.", "Mary", True),
        ("Gracias a la Legión de María por el atole.", "María", True),
        ("Tamales from the Sodality of Saint Bridget are back.", "Bridget", True),
        ("Legion of Mary helped.", "Mary", False),  # a sentence's start says nothing
        ("Tamales from the Guild of Saint Bridget, who had surgery with us.", "Bridget", False),
    ],
)
def test_order_named_reads_the_group_word(text, word, named):
    assert order_named(text, text.index(word)) is named


@FUZZ
@given(
    frame=st.sampled_from(
        [
            "Coffee after Mass is served by the {group} of {name} this week.",
            "La mesa de la {group} de {name} estará junto a la clínica móvil.",
        ]
    ),
    group=st.sampled_from(["Legion", "Guild", "Society", "Sodality", "Legión", "Cofradía", "Hermandad"]),
    name=st.sampled_from(["Mary", "María", "Santa Inés", "Saint Lucy", "San Benito"]),
)
def test_fuzz_orders_pass(frame, group, name):
    assert hits("PHI003", frame.format(group=group, name=name)) == []


@FUZZ
@given(
    languages=st.permutations(["Karen", "Somali", "Hmong", "Oromo"]),
    frame=st.sampled_from(["Handouts in {items}: https://handouts.example.org/heat", "Guías en {items}: https://guias.example.org/calor"]),
)
def test_fuzz_language_lists_pass(languages, frame):
    items = ", ".join(languages[:-1]) + " and " + languages[-1]
    assert hits("PHI006", frame.format(items=items)) == []


def test_language_link_reading_is_linear():
    assert_linear("PHI006", "Sheets in Karen, Hmong, Oromo and Somali at https://sheets.example.org/a. ")


def test_order_reading_is_linear():
    assert_linear("PHI003", "Pie sale by the Legion of Mary and the Guild of Saint Lucy. ")
