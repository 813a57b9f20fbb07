"""Round 47, replies47: a review reply that discloses the reader's dealings or care in two ways once missed (PHI001).
(1) Who came with the patient or brought them in, said with a modal, an infinitive or a gerund (reader_dealings.py:
"grandpa could ride along with her", "qué bueno que su cuñado pudo acompañarla", "gracias a su vecina por traerlo").
(2) The reader's own symptom explained against a step of care or the time since it (reader_ailments.py: "the itching
you mention two days after the patch test", "lo que sientes a los diez días del procedimiento"). General education,
anyone's welcome, conditions, courtesies and invitations pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import reader_ailments as ailments_module
from playbook.rules.privacy import reader_dealings as dealings_module
from playbook.rules.privacy.reader_ailments import reader_ailments
from playbook.rules.privacy.reader_dealings import dealings

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


def _privacy(text: str) -> list:
    return hits("PHI001", response(text)) + hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        # who came with or brought the patient, sharing no content word with the corpus cases
        "So sweet that grandma could ride along with him.",
        "Lovely that grandpa got to tag along with the little one!",
        "Great that her husband was able to come in with her.",
        "Thanks to your neighbor for driving her over.",
        "Glad your brother-in-law could sit with him during the wait.",
        "Grandpa coming along with her every time means so much to us.",
        "Qué bueno que su cuñado pudo acompañarla.",
        "Qué lindo que el abuelito alcanzó a venir con ella.",
        "Que bien que alcanzó a venir su nuera con usted.",
        "Gracias a su vecina por traerlo.",
        "Me alegra que su tía haya podido venir con el nene.",
        # the reader's own symptom against a step of care or the time since it
        "The itching you mention two days after the patch test is common.",
        "That stiffness you describe ten days out from the scope is expected.",
        "The swelling you noticed after the shot should go down soon.",
        "The twinges you're describing at day 4 are part of healing.",
        "El ardor que nos cuenta a la semana de la limpieza es normal.",
        "El dolor que describe tres días después de la extracción es esperado.",
        "La molestia que siente después de la vacuna pasa en unos días.",
        "Lo que sientes a los diez días del procedimiento es parte de sanar.",
    ],
)
def test_the_readers_companion_or_timed_symptom_refuses(text):
    assert _privacy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most people feel sore for a few days after an injection; call us with any question.",
        "Es normal sentir molestias unos días después de una cirugía; llámenos si tiene preguntas.",
        "Soreness for a day or two after any vaccine is common and usually mild.",
        "If you feel sore after the shot, call us at {{ contact.phone }}.",
        "Si siente molestias después de la vacuna, llámenos.",
        "The frustration you describe is not what we want for anyone.",
        "Lo que nos cuenta es importante; por favor llámenos al {{ contact.phone }}.",
        "Family members can always come with patients to any visit.",
        "Los familiares pueden acompañar a los pacientes en la sala de espera.",
        "Puede venir acompañado de un familiar si lo desea.",
        "If grandma can come with her, that is always welcome.",
        "Anyone can bring a friend or relative along to an appointment.",
        "Thanks to our volunteers for bringing snacks to the health fair!",
        "Gracias a nuestras promotoras por acompañarnos en la feria.",
        "Thanks for bringing such kindness to our page!",
        "Thank you for taking the time to write; we'd love to hear more at {{ contact.phone }}.",
    ],
)
def test_general_education_welcomes_and_courtesies_pass(text):
    assert _privacy(text) == []


@FUZZ
@given(
    st.sampled_from(["grandma", "your neighbor", "her sister", "su cuñada", "la abuelita", "su vecino"]),
    st.sampled_from(["could come with her", "was able to bring him in", "pudo acompañarla", "pudo traerlo"]),
)
def test_a_grid_of_companions_refuses(who, did):
    assert list(dealings(f"Qué bueno / so glad that {who} {did}."))


@FUZZ
@given(
    st.sampled_from(["The ache you mention", "That tightness you're describing", "El ardor que siente", "Lo que nos cuenta"]),
    st.sampled_from(["three days after the draw", "a week out from the scope", "a los cinco días de la cirugía", "después de la vacuna"]),
)
def test_a_grid_of_timed_symptoms_refuses(felt, since):
    assert list(reader_ailments(f"{felt} {since} is expected."))


@pytest.mark.parametrize(
    "unit",
    [
        "The ache you mention three days after the draw. Grandma could come with her. The the you feel. ",
        "Su cuñado pudo acompañarla. Lo que siente después de la vacuna. Family can come with patients. ",
    ],
)
def test_the_readings_stay_linear(unit):
    for module, read in ((dealings_module, dealings), (ailments_module, reader_ailments)):
        small = steps(module, lambda read=read: list(read(unit * 20)), package=False)
        large = steps(module, lambda read=read: list(read(unit * 40)), package=False)
        assert large < 2.3 * small
