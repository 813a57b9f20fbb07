"""Round 159: two sets from New Mexico and Wyoming (final159 a and b).

- A clinician who reads each complaint ("lee personalmente cada queja"): "cada" alone before the noun makes her the one
  who reads what comes in, as "every" did.
- A gazetteer town after a journey's verb and "to" is a town ("es un gusto poder venir a <Town> cada quince días",
  "we drive out to <Town> twice a month"); with care after it, or owning something, it stays a name ("drove out to
  <Name> for his wound check", "<Name>'s house").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise, response


def test_a_clinician_who_reads_each_complaint_is_everyones_contact():
    text = "Gracias por decirnos esto; de verdad lo sentimos. La Dra. Okafor lee personalmente cada queja. Le rogamos que se comunique con la recepción al 555-0142 para que ella misma le llame."
    assert not any("Okafor" in hit.message for hit in errors("PHI001", response(text)))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por sus palabras! Para nuestro equipo es un gusto venir a Tyler cada quince días.",
        "Thank you so much! We love the drive out to Tyler twice a month.",
    ],
)
def test_a_town_after_a_journeys_verb_is_no_one(text):
    assert not errors("PHI003", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Drove out to Tyler for his wound check this morning, and he is healing well.",
        "We came to Tyler's house to check his stitches.",
    ],
)
def test_a_name_after_a_journey_with_care_or_a_house_is_named(text):
    assert errors("PHI003", post(text))


# final159, held back (six settings in New Mexico), after round 159's readings:
# - "nos vemos" out and about ("¡Nos vemos en las pistas!", "en el pueblo", "por ahí") is a goodbye, not a visit; "nos
#   vemos en su próxima cita" still confirms;
# - a town's name before its yearly event's word ("<Town> Fiesta", "<Town> Days") names the event, with no care near.


def test_see_you_out_and_about_is_a_goodbye():
    assert not errors("PHI001", praise("¡Gracias por escribir! Brent ya leyó su comentario y le encantó. ¡Nos vemos en las pistas este invierno!"))


def test_see_you_at_your_next_visit_confirms():
    assert errors("PHI001", praise("¡Qué bonito comentario! Nos vemos en su próxima cita."))


def test_a_towns_yearly_event_is_no_one():
    assert not errors("PHI003", post("What a crowd at our tent during Floyd Fiesta this weekend, talking telehealth with neighbors!"))


def test_a_name_like_an_event_with_care_is_named():
    assert errors("PHI003", post("Congrats to Sam Fair on finishing her chemo with us!"))
