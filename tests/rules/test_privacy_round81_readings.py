"""Round 81: what a held-back set of small-town posts showed.

- An event's one voice or act (its announcer, its auctioneer, its rodeo clown; "el locutor de la feria"), owned by the
  event's name, singles out one person when their care is told (privacy-described.yml `roles`).
- A town's emergency service by its name ("<Town> Fire & Rescue", "<Town> EMS") is no person's name, even where the
  town is also a given name (privacy-names.yml `place_after`).
- A month named in title case is the calendar's ("proclaiming November as Hospice & Palliative Care Month"), unless
  someone owns it ("her Chemo Month"; event_topics.py).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post


@pytest.mark.parametrize(
    "text",
    [
        "The Cedar Gap Rodeo's own announcer was back in our urgent care Tuesday for stitches.",
        "The Dalhart County Fair's auctioneer finally let us look at that cough of his.",
        "El locutor de la Feria de Zapata se recupera de su cirugía de rodilla con nuestro equipo.",
        "The Boot Hill Stampede's rodeo clown came to our urgent care after a bull stepped on his foot.",
    ],
)
def test_an_events_one_voice_with_their_care_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Cedar Gap Rodeo's announcer read our flu shot reminder between rides. Thank you!",
        "Our booth is next to the auctioneer's stand at the county fair: come get your blood pressure checked.",
    ],
)
def test_an_events_one_voice_without_care_passes(text):
    assert not hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Valentine Fire & Rescue will fit your car seat Saturday while our nurses give flu shots.",
        "Thanks to Marion Fire and Rescue for the CPR and stop-the-bleed class this week.",
        "Florence EMS taught our front desk hands-only CPR, and Mercedes Ambulance brought the dummies.",
    ],
)
def test_a_towns_emergency_service_is_no_persons_name(text):
    assert not hits("PHI003", post(text))


def test_a_given_name_with_care_still_refuses_beside_a_service():
    assert hits("PHI003", post("Valentine Fire & Rescue brought Maria in after her fall, and her wrist is set."))


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Dale Whitcomb signed a proclamation naming this Hospice & Palliative Care Month. Thank you, Mayor!",
        "Commissioner Ana Ybarra read the proclamation for Hospice and Palliative Care Month on the courthouse steps.",
    ],
)
def test_a_month_named_in_title_case_is_the_calendars(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez finished her Chemo Month with us and rang the bell on Friday.",
        "Happy Last Chemo Day, Maria Lopez! Your nurses are so proud.",
    ],
)
def test_a_month_or_day_someone_owns_is_their_care(text):
    assert hits("PHI003", post(text))


# A clinic named for someone in a file's name ("clinica-<given>-<surname>") stays a clinic, unless a day of one person's
# care stands right after the name (twins, a newborn, a discharge: slugs._cared_after), as in held-back final82.
@pytest.mark.parametrize(
    "name",
    ["fiesta_clinica_marisela_galindo_gemelas_34sem.jpg", "clinica-esteban-arriaga-alta-hoy.png", "hospital_nadia_ferris_postop_day2.heic"],
)
def test_a_full_name_after_a_clinic_with_a_day_of_care_refuses(name):
    assert hits("PHI003", pictured(name))


@pytest.mark.parametrize(
    "name",
    ["clinica-esteban-arriaga-vacunas-gratis.jpg", "clinica_rocio_galindo_fachada_nueva.jpg", "posada-en-la-clinica-esteban-arriaga.png"],
)
def test_a_clinic_named_for_someone_with_no_ones_care_passes(name):
    assert not hits("PHI003", pictured(name))
