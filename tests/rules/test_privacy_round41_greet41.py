"""Round 41 (greet41): a person a role cleared is the same person when greeted or named again by a part of that name (a
given name, the last word of a quoted nickname of several words), even when no finder listed the full name; a role word
that covers names joined by "and"/"y" ("volunteer translators <Name> and <Name>"); a three-word name a public role
introduced is read whole, not as a pair with care we gave. Care of ours told of them keeps them named. Names invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the made-up sentences of the shape (EN/ES): a figure introduced by a role, then greeted by a part of the name
        ("(Fictional) Olympic swimmer and Riverside High alum Tobias Wrenfield visited the library to sign books. Thanks, Tobias, for inspiring the teens!", False),
        ('La (ficticia) cantante Yadira "La Palomita" Cuevas habló en su programa de televisión sobre su tiroides. ¡Gracias, Palomita, por hablar del tema!', False),
        ("Retired goalkeeper Anselm Trevick coached a free clinic at the park on Saturday. The kids loved it. Thank you, Anselm!", False),
        ('El boxeador Ramiro "El Cometa" Zaldívar visitó la feria del barrio y firmó guantes. ¡Gracias, Cometa!', False),
        ("Flu shots at the mosque on Friday after prayers, with volunteer translators Yusra and Bilal helping families fill out forms.", False),
        ("Vacunas gratis en la plaza el domingo; las intérpretes voluntarias Xóchitl y Marisa ayudarán en náhuatl y español.", False),
        ("Poet Lucinda Mae Harrowgate will sign copies of her essays on grief at the bookstore Friday at 7 p.m. Our hospice nurses will bring brochures.", False),
        ("La escritora Itzel María Quenallata presentará su libro sobre cuidar a su padre con párkinson el sábado a las 5 p.m. Nuestro equipo de trabajo social estará allí.", False),
        # care of ours told of them: they stay named
        ("Retired goalkeeper Anselm Trevick came in for his hip replacement and our team took great care of him. Thank you, Anselm!", True),
        ("Olympic swimmer Tobias Wrenfield had his shoulder repaired here last spring. Thanks, Tobias!", True),
        ("Volunteer translator Yusra came in for her own mammogram and we found a lump.", True),
        ("Novelist Lucinda Mae Harrowgate had her cataract surgery with our team last week.", True),
        ("La escritora Itzel María Quenallata se operó la rodilla con nosotros el mes pasado.", True),
    ],
)
def test_a_cleared_person_greeted_again(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@FUZZ
@given(
    st.sampled_from(
        [
            "Retired {r} {n} {s} led a free clinic at the park on Saturday. Thank you, {n}!",
            "El {r} {n} {s} firmó autógrafos en la feria del barrio. ¡Gracias, {n}!",
        ]
    ),
    st.sampled_from(["goalkeeper", "boxer", "boxeador", "cantante"]),
    st.sampled_from(["Anselm", "Ramiro", "Tobias", "Yadira"]),
    st.sampled_from(["Trevick", "Zaldívar", "Wrenfield"]),
)
def test_figure_greeted_again_passes(frame, r, n, s):
    assert hits("PHI003", frame.format(r=r, n=n, s=s)) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "Retired {r} {n} {s} had his knee replaced by our surgeons. Thank you, {n}!",
            "El {r} {n} {s} se operó la mano con nosotros. ¡Gracias, {n}!",
        ]
    ),
    st.sampled_from(["goalkeeper", "boxer", "boxeador"]),
    st.sampled_from(["Anselm", "Ramiro", "Tobias"]),
    st.sampled_from(["Trevick", "Wrenfield"]),
)
def test_figure_with_our_care_greeted_stays_named(frame, r, n, s):
    assert hits("PHI003", frame.format(r=r, n=n, s=s))


def test_greet41_readings_stay_linear():
    assert_linear("PHI003", "Retired goalkeeper Anselm Trevick led a clinic. Thank you, Anselm! Poet Lucinda Mae Harrowgate reads at 7 p.m. Our nurses will be there. ")
