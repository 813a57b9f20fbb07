"""Round 49: two ways a named patient slipped through (PHI003), found while round 49 tested its own near misses.

A bare full name that "says" or "shares" its own care ("<Name> says her chemo is done") was read as a public figure
reporting news: now a name needs a source of theirs ("<Name>'s camp says"), an article before it (a paper: "The <Town>
Sentinel reports") or news made public in more than a bare "says" (to reporters, on air, on a podcast; public.py). And
a name after a place word in lower case ("en la clínica <Given> <Surname> recibió su vacuna") was read as the place's
name; the subject of a verb of its own care is someone at the place (vocabulary._care_subject). Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import vocabulary
from playbook.rules.privacy.vocabulary import CAP_WORD, is_place

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Odalys Ferrante says her last round of chemo is behind her!",
        "Big news: Teodoro Villalba shares that his new hip feels great.",
        "Renata Solís dice que ya terminó sus quimios y está lista para bailar.",
        "En la clínica Maribel Quiroga recibió su vacuna contra el tétanos.",
        "En el consultorio Esteban Ugarte ya terminó sus terapias del hombro.",
    ],
)
def test_a_name_telling_its_own_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Courier reports that flu cases doubled this month across the county.",
        "Star guard Tomasa Lindqvist told reporters she sprained her ankle in Friday's game.",
        "Nos vemos en el parque Benito Juárez el sábado para la feria de vacunas.",
        "En la escuela Benito Juárez se vacunaron 200 niños el martes.",
        "En la Clínica Rosa Parks recibimos vacunas para toda la familia.",
    ],
)
def test_a_paper_a_figure_s_news_or_a_place_passes(text):
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Odalys Ferrante", "Teodoro Villalba", "Renata Solís"]),
    st.sampled_from(["says", "shares that", "dice que", "cuenta que"]),
    st.sampled_from(["her chemo is done", "his new knee is holding up", "ya terminó sus terapias"]),
)
def test_a_grid_of_names_telling_their_care_refuses(name, says, care):
    assert hits("PHI003", post(f"{name} {says} {care}!"))


@pytest.mark.parametrize("unit", ["en la clinica Ana Ruiz recibio su vacuna, ", "en el parque Benito Juarez "])
def test_the_place_reading_stays_linear(unit):
    text = unit * 40

    def run(n: int):
        return lambda: [is_place(text[: len(unit) * n], match.start()) for match in CAP_WORD.finditer(text[: len(unit) * n])]

    assert steps(vocabulary, run(40), package=False) < 2.3 * steps(vocabulary, run(20), package=False)
