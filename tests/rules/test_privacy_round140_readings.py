"""Round 140: what a held-back set of Idaho posts and replies showed (after round 139).

No text to refuse was missed. A clean text read as a leak, mended: an author thanked for reading to the families
"con nosotros" in our waiting room, who then told us what inspired her novel. A reading, a song or a game shared
with us is company at an event (privacy-names.yml outings), as a walk or a ribbon cut with us is; care of hers with
us still names her.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a la poeta Araceli Montaño, autora de 'Río de cobre', por leer cuentos junto con nosotros a los pequeños que esperaban turno. ¡Nadie quería que se fuera!",
        "Gracias al cantante Ramiro Ledesma por cantar con nosotros en la posada de la clínica. Nos contó de sus giras por el norte.",
    ],
)
def test_a_figure_who_read_or_sang_with_us_got_no_care(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a la poeta Araceli Montaño por leer con nosotros. Ella se vacunó con nosotros contra la gripe ese mismo día.",
        "Thanks to author Dana Whitfield for reading with us in the waiting room between her chemo sessions with us.",
    ],
)
def test_the_same_figure_with_care_of_ours_is_still_named(text):
    assert errors("PHI003", post(text))
