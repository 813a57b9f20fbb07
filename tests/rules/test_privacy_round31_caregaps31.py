"""Round 31, a part of someone's body taken out (removed_parts.py, read by care.own_care and care.received_care):
"we took out his gallbladder", "le sacamos el apéndice", told of one person (a titled neighbour or a public figure
named in the sentence before is not excused), while a lesson on the surgery, a joke ("pulled his leg") and the trash
taken out pass. And a disease's stage beside a survivor's word in a link (path_names.py). Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import path_names as path_names_module
from playbook.rules.privacy import removed_parts
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.path_names import path_names
from playbook.rules.privacy.removed_parts import removed_by_us, removed_part

from tests.rules.harness import PLANS, hits
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Last winter we took out her gallbladder.", True),
        ("The surgeons removed his left kidney in May.", True),
        ("We took his tonsils out before camp.", True),
        ("Our dentist pulled her wisdom teeth on Monday.", True),
        ("Le sacamos el apéndice el lunes.", True),
        ("En mayo le extirpamos la tiroides.", True),
        ("Le tuvimos que quitar la vesícula.", True),
        ("When we take out the gallbladder, people heal fast.", False),
        ("Cuando le quitamos la vesícula, usted descansa.", False),
        ("How is your appendix removed? Ask us.", False),
        ("He pulled his leg about the score.", False),
        ("We took out the trash after the fair.", False),
        ("Ya quitamos el cargo de su cuenta.", False),
        ("We took the tonsils class together.", False),
    ],
)
def test_removed_part_reads_the_shape(text, read):
    assert (removed_part(text, 0, len(text)) is not None) is read


def test_removed_by_us_reads_the_spanish_verb():
    said = "Le sacamos el apéndice."
    assert removed_by_us(removed_part(said, 0, len(said)))
    said = "Le sacaron el apéndice en otro hospital."
    assert not removed_by_us(removed_part(said, 0, len(said)))


@pytest.mark.parametrize(
    "text",
    [
        "Councilwoman Petra Haldane cuts the ribbon Monday. Back in June we took out her gallbladder.",
        "Coach Brody Achterberg ran the clinic today. Our team removed his spleen in the fall.",
        "El pastor Anselmo Quirós bendice la feria. En enero le sacamos un riñón.",
        "Novelist Imke Sorensen reads at noon; we took her thyroid out last spring.",
        "La maestra Rocío Albarrán dirige el coro hoy. Le quitamos las amígdalas hace un mes.",
    ],
)
def test_a_named_person_with_a_part_we_removed_stays_named(text):
    assert hits("PHI003", text)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Brody Achterberg ran the clinic today. Our volunteers took out the trash after.",
        "Novelist Imke Sorensen reads at noon. If we remove a gallbladder, you go home that day.",
        "El pastor Anselmo Quirós bendice la feria. Luego le sacamos las sillas del salón.",
    ],
)
def test_a_named_person_beside_a_lesson_or_a_chore_passes(text):
    assert hits("PHI003", text) == []


@FUZZ
@given(
    st.sampled_from(["Coach {n} leads the parade today.", "Pastor {n} opens the fair.", "El entrenador {n} abre la temporada.", "La escritora {n} firma libros hoy."]),
    st.sampled_from(["Odalys Brennick", "Tobiah Marchetti", "Lucero Vanterpool", "Wendell Okafor"]),
    st.sampled_from(["We took out his gallbladder in June.", "Last fall we removed her thyroid.", "Le sacamos el apéndice en abril.", "En marzo le extirpamos la vesícula."]),
)
def test_frames_by_names_by_removals(frame, name, removal):
    assert hits("PHI003", frame.format(n=name) + " " + removal)


def _removal_steps(text: str) -> int:
    return steps(removed_parts, lambda: removed_part(text, 0, len(text)), package=False)


@pytest.mark.parametrize(
    "unit",
    [
        "we took out the his her a the took out removed le sacamos la el ",
        "when we removed the knee and took the leg out, le quitamos el brazo. ",
    ],
)
def test_removed_part_grows_linearly(unit):
    small, large = _removal_steps(unit * 20), _removal_steps(unit * 40)
    assert large < 2.3 * small, (small, large)


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("Spring Stories Ottilie Brannagh Stage 2 Survivor 2027", True),
        ("Blog Meet Corvina Lathwell Stage Iv Warrior", True),
        ("Historias Ximena Urtubey Estadio 3 Sobreviviente", True),
        ("Fall Fest Stage 2 Lineup Ottilie Brannagh", False),
        ("Blog Ottilie Brannagh Stage 2 Rehearsal Notes", False),
    ],
)
def test_a_stage_beside_a_survivor_word_is_care_in_a_link(words, named):
    assert bool(list(path_names(words, Known.of(PLANS)))) is named


@FUZZ
@given(
    st.sampled_from(["Stories {n} Stage 2 Survivor", "Meet {n} Stage Iii Fighter", "Historias {n} Estadio 1 Guerrera"]),
    st.sampled_from(["Ottilie Brannagh", "Corvina Lathwell", "Ximena Urtubey", "Brisenda Marquoll"]),
)
def test_stage_frames_by_names(frame, name):
    assert list(path_names(frame.format(n=name), Known.of(PLANS)))


def test_path_names_grows_linearly_with_stages():
    unit = "Stage 2 Lineup Stage Iv Fest Survivor Week "
    run = lambda text: steps(path_names_module, lambda: list(path_names(text, Known.of(PLANS))), package=False)  # noqa: E731
    small, large = run(unit * 20), run(unit * 40)
    assert large < 2.3 * small, (small, large)
