"""Round 60, PHI011: care of ours said before the one a role at a named place singles out, that person its object
("our nurses splinted the lunch lady at Oak Grove Elementary", "le pusimos suero al velador de la planta Delphi"), tells
their care as surely as care said after the description did ("... le pusimos suero").

Found while probing the gap session 35 left ("a treatment given to a described person"): the reading after the
description knew "we gave him" and "le pusimos" with a clinical word after them, but not the description as the verb's
object, nor drips and stitches in words the clinical lexicon files elsewhere ("suero", "fluids", "puntadas"). A verb that
gives with nothing of care ("gave ... a tour", "le dimos las gracias") and hospitality ("treated ... to breakfast") pass.
"""

from __future__ import annotations

import re

import pytest
from playbook.rules.privacy import done_to as module

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Our nurses splinted the lunch lady at Oak Grove Elementary after her fall Tuesday.",
        "We gave the bus driver on the Route 4 loop some IV fluids this morning.",
        "Our team patched up the night janitor at Riverside Middle School after a ladder slip.",
        "We started the pastor of Grace Chapel on a new inhaler yesterday.",
        "Le pusimos suero al velador de la planta Delphi el domingo.",
        "Vacunamos a la cocinera de la primaria Hidalgo contra la influenza.",
        "Al cartero de la colonia Las Palmas le dimos unas puntadas en la mano.",
        "A la maestra de segundo de la escuela Morelos le pusimos suero ayer.",
        "We treated the crossing guard at Pine Street Elementary for a sprained wrist.",
    ],
)
def test_care_of_ours_given_to_one_described_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We gave the lunch lady at Oak Grove Elementary a bouquet for twenty years of service.",
        "We treated the crossing guard at Pine Street Elementary to breakfast on her last day.",
        "Le dimos las gracias a la maestra de segundo de la escuela Morelos por invitarnos.",
        "We invited the pastor of Grace Chapel to open our health fair with a blessing.",
        "Our team thanked the bus driver on the Route 4 loop for getting the kids to the fair.",
    ],
)
def test_giving_with_no_care_passes(text):
    assert hits("PHI011", post(text)) == []


def test_the_verb_may_be_split_from_its_object_only_by_a_few_words():
    """A care verb three clauses back is no care of the one described: the look before is a short window."""
    far = "We stitched up a cut at the fair, handed out water, sang, danced and met lots of neighbors, and then the lunch lady at Oak Grove Elementary spoke."
    assert hits("PHI011", post(far)) == []


@pytest.mark.parametrize("unit", ["we gave the ", "le pusimos suero a ", "stitched up "])
def test_the_reading_stays_linear(unit):
    def run(count):
        body = unit * count + "the lunch lady at Oak Grove Elementary"
        return module.done_before(body, 0, re.search(r"the lunch lady[^,]*$", body), len(body))

    assert grows_linearly(module, run)
