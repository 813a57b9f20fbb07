"""Round 155: two sets from Nevada, Colorado and Utah (final155 a and b).

- New dentures told in Spanish as "dentadura nueva" (or "placa dental") are care, as "dentures" and "dentadura
  postiza" were: a title and a name beside them is a patient's. "La dentadura" alone is the teeth anyone has.
- A clinician named in a reply as everyone's contact on the line the reply gives: the one who reads what comes in
  on it, or the one the reader is put through to. "Will follow up" is then the contact's promise, not the reader's
  follow-up visit ("your follow-up" still is); the reader's past or records in the sentence keep the name refused.
- A household named by both its surnames ("los <Surname> <Surname>"), and one back with us ("otra vez en la clínica").
- A clinician glad of the review in a reply of thanks: "hope to see you around town" is a set turn, no visit, and a
  "le" after "a la Dra. <Name>" is hers ("A la Dra. <Name> le encantó leer su comentario"), not the reader's.
- Round 156 (final156, held back): an event's name in quotes after its word ('la caminata "<Title>"') is the
  event's, not anyone's care, when a public figure walked it with us (PHI003), nor a description of anyone (PHI011).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, praise, response


@pytest.mark.parametrize(
    "text",
    [
        "¡Felicidades a don Chema por su dentadura nueva! Ya anda comiendo chicharrón otra vez.",
        "Qué gusto ver a la señora Lupe tan sonriente con su placa dental recién puesta.",
    ],
)
def test_new_dentures_in_spanish_are_care_beside_a_name(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "La dentadura de los niños cambia entre los seis y los doce años: revise que cepillen dos veces al día.",
        "Cuide su dentadura: el hilo dental cada noche evita muchas caries.",
    ],
)
def test_the_teeth_anyone_has_are_no_care(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry to read this. Please call our office line at 555-0142; Dr. Haskell reads those messages herself and will follow up.",
        "Lamentamos leer esto. Llame al 555-0142 y Noemí le comunica con la Dra. Treviño.",
        "This isn't what we want for anyone. Call us at 555-0199 and we'll put you through to Dr. Haskell.",
        "Sentimos mucho su experiencia. Escríbanos o llame al 555-0142: el Dr. Ibarra lee personalmente todos los recados.",
    ],
)
def test_a_clinician_reached_on_the_line_confirms_no_one(text):
    assert not errors("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Please call our office line at 555-0142; Dr. Haskell reads those messages herself and remembers your visit.",
        "Call us at 555-0199 and we'll put you through to Dr. Haskell to go over your results.",
        "We're sorry. Please call 555-0142: Dr. Haskell reads those messages herself and asked about your follow-up.",
        "Llame al 555-0142 y Noemí le comunica con la Dra. Treviño otra vez.",
    ],
)
def test_a_clinician_on_the_line_with_the_readers_past_or_no_line_stays_refused(text):
    assert errors("PHI001", response(text))


# A clinician in a reply of thanks: "see you around town" is a set turn, no visit; a "le" after "a la Dra. <Name>"
# doubles her, not the reader ("A la Dra. <Name> le encantó leer su comentario").


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a million! Dr. Haskell and Noemí were all smiles over this. See you around town!",
        "¡Mil gracias! Al Dr. Ibarra le encantó leer sus palabras y todo el equipo le manda un abrazo.",
        "¡Qué bonito mensaje! A nuestra Dra. Treviño le encantó leerlo y le manda saludos.",
    ],
)
def test_a_clinician_glad_of_the_review_in_a_reply_of_thanks_confirms_no_one(text):
    assert not errors("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Dr. Haskell was so glad to see you back in March. Hope to see you around town!",
        "¡Gracias! A la Dra. Treviño le encantó atenderla otra vez.",
    ],
)
def test_a_clinician_who_met_the_reader_stays_refused_in_a_reply_of_thanks(text):
    assert errors("PHI001", praise(text))


# A household by both its surnames, back with us: "los <Surname> <Surname> otra vez en la clínica", care in the next sentence.


@pytest.mark.parametrize(
    "text",
    [
        "¡Los Ocampo Ibarra otra vez en la clínica! Esta vez el abuelo con la muñeca y la nieta con la rodilla.",
        "The Whitfields back at the clinic again! Dad sprained his ankle and the twins had their physicals.",
    ],
)
def test_a_household_by_both_surnames_back_with_us_is_named(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a los Ocampo Ibarra por las mochilas para la escuela: ¡qué generosidad!",
        "Los Angeles Azules sonaron toda la tarde en la feria de salud del sábado.",
        "Back at the clinic again this Saturday: free blood pressure checks from 9 to noon.",
    ],
)
def test_donors_a_band_or_our_own_hours_name_no_household(text):
    assert not errors("PHI003", post(text))


# Round 156 (final156, held back): an event's name in quotes after its word ('la caminata "<Name of the walk>"') names the
# walk, not anyone's care, when a public figure walked it with us; care of theirs told outside the title is still theirs.


@pytest.mark.parametrize(
    "text",
    [
        'La regidora Dalia Ferrán, de Cortez, se sumó a la caminata "Juntos contra la Diabetes" y recorrió la ruta con nosotros. ¡Gracias!',
        'Commissioner Abe Lindqvist joined the walk "Steps Against Heart Disease" and did the full loop with us on Sunday.',
    ],
)
def test_a_figure_on_a_walk_named_for_a_condition_is_not_cared_for(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        'La regidora Dalia Ferrán se sumó a la caminata "Juntos contra la Diabetes" con nosotros, ya recuperada de su cirugía de rodilla aquí.',
        'Commissioner Abe Lindqvist joined the walk "Steps Against Heart Disease" with us, six weeks after his bypass at our hospital.',
    ],
)
def test_a_figure_on_such_a_walk_with_care_of_ours_is_named(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        'El alcalde de Cortez se animó a la caminata "Juntos contra la Diabetes" y recorrió las dos millas con nosotros. ¡Gracias, alcalde!',
        'The county sheriff joined our walk "Steps Against Heart Disease" and covered all three miles with us on Sunday. Thanks, Sheriff!',
    ],
)
def test_an_office_on_a_walk_named_for_a_condition_is_no_one_singled_out(text):
    assert not errors("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        'El alcalde de Cortez se animó a la caminata "Juntos contra la Diabetes" con nosotros, tres meses después de su bypass en nuestra clínica.',
        'The county sheriff joined our walk "Steps Against Heart Disease" with us, two months after our surgeons placed his stent.',
    ],
)
def test_an_office_on_such_a_walk_with_care_of_ours_is_singled_out(text):
    assert errors("PHI011", post(text))
