"""Round 93: what a set of Maine, Ohio, Tennessee and Alabama posts showed.

- A post addressed to the only one of a trade in town ("A la única <trade> de todo <Town>: ¡qué orgullo verte ...!")
  told her care to "you" in the words after the address, and PHI011 read the care only in a third person's sentence
  or after "your": an address to the one described makes the care after it theirs (names._DEDICATED).
- Quitting tobacco with our patches was no care ("dejar el cigarro", "nicotine patches"); a sea-urchin diver no trade.
- A former pro who "has spoken nationally" about his own addiction told it in no public way the reader knew of.
- The review passed on "to him and to <Name> at the front desk": a pronoun was no recipient.
- "Cuando uno está preocupado por sus hijos": the impersonal "uno" makes the children anyone's, not the reader's.
- "Su review", as US Spanish says it, was no name for the review.

Round 94 (held back, read after the readings above):
- A slug's "post-deployment" or "post-op" read as a paper's "Post" closing a name ("<Name> Post"), so the name before it
  was a place's (urlwords keeps such a prefix in small letters).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, praise, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "To the only barber in our county: so proud of you for finishing chemo this spring!",
        "A la única partera del pueblo: ¡qué orgullo verte terminar tu tratamiento!",
        "To the only welder in Bristol County: we are cheering you on as you quit smoking with our nicotine patches.",
    ],
)
def test_care_told_to_the_one_addressed_by_a_unique_trade_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "To our county's only crossing guard: happy retirement, and thank you for thirty years of safe mornings!",
        "A la única partera del pueblo: ¡gracias por tantos años de servicio! Nos vemos en la feria.",
    ],
)
def test_an_address_to_a_unique_trade_with_no_care_stays(text):
    assert not hits("PHI011", post(text))


def test_quitting_tobacco_with_us_is_care_beside_a_name():
    assert errors("PHI003", post("Big congrats to Rosalind Pardo for quitting smoking with our nicotine patches!"))


def test_a_former_pro_who_spoke_nationally_about_his_own_recovery_is_a_public_figure():
    text = "Our keynote this fall: NFL veteran Dorian Whitlock, who has spoken nationally about the addiction that began after his shoulder surgery."
    assert not errors("PHI003", post(text)) and not hits("PHI013", post(text))


def test_a_former_pros_care_with_us_still_refuses():
    assert errors("PHI003", post("NFL veteran Dorian Whitlock came in Tuesday for his shoulder surgery follow-up."))


def test_the_review_passed_to_a_pronoun_and_a_member_is_a_courtesy():
    text = "Aww, thanks so much! Your kind words go to her and to Kenzie at the front desk."
    assert not hits("PHI001", praise(text), plans=with_staff("Kenzie Rowe"))


def test_a_relative_then_a_pronoun_recipient_still_refuses():
    text = "Your daughter was so brave at her shots! We'll pass your kind words to her and to Kenzie."
    assert hits("PHI001", praise(text), plans=with_staff("Kenzie Rowe"))


def test_anyones_children_after_an_impersonal_uno_are_no_relative():
    text = "Entendemos lo difícil que es esperar cuando uno tiene a sus hijos con fiebre. Llame a {{ contact.name }} al {{ contact.phone }}."
    assert not hits("PHI001", response(text))


def test_the_readers_children_still_refuse():
    assert hits("PHI001", response("Sentimos mucho la espera con sus hijos el martes. Llame a {{ contact.name }}."))


def test_su_review_is_the_review_read_by_our_staff():
    text = "¡Mil gracias! Kenzie y la Dra. Ruiz leyeron su review y se pusieron felices."
    assert not hits("PHI001", praise(text), plans=with_staff("Kenzie Rowe", "Dra. Inés Ruiz"))


@pytest.mark.parametrize("slug", ["welcome-back-sgt-dorian-whitlock-post-deployment-hearing-test", "dorian-whitlock-post-op-visit"])
def test_a_name_before_a_slugs_post_prefix_is_someone(slug):
    assert hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug}.md"))


def test_a_papers_post_in_a_slug_is_still_a_place():
    assert not hits("PHI003", post("Notes.", path="content/posts/2027/02/14-as-seen-in-the-washington-post.md"))
