"""Round 83: what a set of Gulf Coast, Carolina and inland-Northwest posts showed.

- Given names popular since the 1990 Census that are also a town's name ("Hudson", "Brooklyn", "Easton", "Addison")
  were left out of the name lists, so a child so named passed in a file's name. The SSA's list now adds them as a place
  first, as "Kenya" is: alone the place, a person where a surname or care makes them one (build_lexicon.py).
- An office's handle with a city's name after its letters stays an office's where the city is such a name ("@NWSMemphis").
- A heritage ("Chinese-American", "mexico-americana") ends a run of name words and is never one ("the <Town>
  Chinese-American Neighbors Association").
- A given name after a preposition of place and "the" is a place when a verb, a time or a joiner follows it, not only a
  stop ("haze over the Sierra is thick today"; article_places.py); "to the <Name> who ..." is still someone.
- Folding the sets in moved the story model's weights, and a staff cheer whose husband "had his bypass surgery with us"
  (round 52's row) fell just under its threshold: no hand reading had it. A relative known by whose they are ("her
  husband", "<Name>'s son", "su esposo"), with their own care placed with us in that sentence or the next one that opens
  on them, now singles them out (PHI011, kin_care.py); a relative invited to come does not.
- Spanish drops the subject: after a public figure, a next sentence that opens on a reflexive verb ("Se recupera muy
  bien de su operación con nuestro equipo") goes on about them, as "He ..." does (public.py); an impersonal one ("Se
  ofrecen ...") is no one's.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.findings import Severity
from playbook.rules.privacy import kin_care

from tests.rules.harness import hits, pictured, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "name",
    [
        "first-checkup_Hudson-Lyle_age4_sticker-chart.jpg",
        "easton_mcbride_cast_off_day.jpg",
        "addison-truett-6mo-checkup.png",
        "brooklyn_harrell_tubes_surgery_recovery.heic",
    ],
)
def test_a_child_with_a_towns_given_name_in_a_file_name_refuses(name):
    assert hits("PHI003", pictured(name))


@pytest.mark.parametrize(
    "text",
    [
        "Brooklyn kids get free flu shots at the library on Saturday.",
        "Our Hudson office closes early on Friday for the holiday.",
        "Heading to Memphis for the pediatric nursing conference next week!",
        "Flights to London and Phoenix are cheaper than ever, but pack your inhaler.",
    ],
)
def test_a_towns_given_name_alone_is_the_town(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hudson Pace was so brave at his first dental visit today!",
        "Congrats to Kennedy Larue on getting her braces off this morning.",
    ],
)
def test_a_towns_given_name_with_a_surname_and_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bitter cold on the way (@NWSMemphis): keep hearing aid batteries indoors.",
        "Flood watch tonight per @NWSBrooklyn, so check on older neighbors.",
    ],
)
def test_an_offices_handle_with_its_citys_name_passes(text):
    assert not hits("PHI003", post(text))


def test_a_given_name_in_an_offices_handle_still_refuses():
    assert hits("PHI003", post("Bitter cold on the way (@NWSMaria): keep hearing aid batteries indoors."))


@pytest.mark.parametrize(
    "text",
    [
        "Free mole checks this Saturday with the Brooklyn Chinese-American Neighbors Association.",
        "Blood pressure checks after Mass with the Hudson Mexican-American Parents Club.",
    ],
)
def test_a_heritage_after_a_towns_name_is_no_surname(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wildfire smoke drifting over the Sierra this week: anyone with asthma or COPD should keep a rescue inhaler close.",
        "Snow is piling up across the Sierra this week; if you have COPD, keep your rescue inhaler in the car.",
        "Hiking the Savannah river trail after your knee rehab? Bring water and go slow.",
    ],
)
def test_a_given_name_after_in_the_with_a_verb_or_a_time_is_a_place(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Big thanks to the Sierra who brought her little brother in for his stitches on Friday.",
        "Shout-out to the Maria from the tortilleria, back on her feet after her hip surgery with us!",
    ],
)
def test_a_given_name_after_to_the_with_a_describing_clause_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Cheers to our receptionist Lorna for ten years! Her dad finished his cardiac rehab with us last spring.",
        "Happy retirement, Coach Pruitt! His grandson had his broken wrist set at our clinic on Tuesday, just in time for the parade.",
        "La maestra Ofelia nos visitó. Su esposo se operó de la cadera con nosotros en marzo y ya camina solito.",
        "Go team Ruthie! Her little brother was at the finish line. He had his tonsils out with us last month.",
    ],
)
def test_a_relative_by_whose_they_are_with_our_care_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bring your dad, and bring her husband too: flu shots with us all day Saturday.",
        "Her husband cheered at the finish line with a sign that said GO MOM. Our nurses handed out water.",
        "His daughter can get her sports physical with us before practice starts.",
        "Traiga a su esposo a vacunarse con nosotros este sábado.",
    ],
)
def test_a_relative_invited_or_with_no_care_passes(text):
    assert not hits("PHI011", post(text))


def test_the_relatives_reading_stays_linear():
    assert grows_linearly(kin_care, lambda n: hits("PHI011", post("Her husband was there. He had his knee scoped with us, and his son cheered. " * n)))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a la regidora Marisol Ybarra por venir a la feria. Se recupera muy bien de su operación de rodilla con nuestro equipo.",
        "Un saludo al comisionado Efraín Tello, que cortó el listón. Se operó de la vesícula con nosotros en agosto.",
    ],
)
def test_a_figures_care_told_without_a_subject_refuses(text):
    assert [hit for hit in hits("PHI003", post(text)) if hit.severity is not Severity.WARNING]  # the rule's own severity: an error


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a la regidora Marisol Ybarra por venir a la feria. Se aceptan pacientes nuevos con nuestro equipo todo el mes.",
        "Un saludo al comisionado Efraín Tello, que cortó el listón. Se aceptan citas sin cita previa con nosotros los sábados.",
    ],
)
def test_an_impersonal_sentence_after_a_figure_passes(text):
    assert all(hit.severity is Severity.WARNING for hit in hits("PHI003", post(text)))  # a figure named at most: no care of theirs
