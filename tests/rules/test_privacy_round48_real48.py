"""Round 48, real48: false alarms on real public-health posts a practice reshares (PHI006, PHI003).

An agency's safety video linked by its video address ("youtu.be/<id>", "youtube.com/watch?v=<id>") in a post that names no
one is a warning, as a shortened link is (short_links.video_link_refused); it stays an error in a reply, beside one
person, and where the post tells of care or calls the video a story. A state's full name and an office's letters
("@OhioEPA") are a state office's handle (notice_handles._state_office). Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.findings import Severity
from playbook.rules.privacy.notice_handles import _state_office

from tests.rules.harness import findings, hits, post, response

FUZZ = settings(max_examples=25, deadline=None)


def _severities(item) -> list[Severity]:
    return [f.severity for f in findings("PHI006", item)]


@pytest.mark.parametrize(
    "text",
    [
        "Heat kills more people than any other weather. Learn the warning signs: https://youtu.be/Hq3kT9zLw0p",
        "Nunca maneje por calles inundadas. Vea el video: https://www.youtube.com/watch?v=Zx81KqpL2m0 #TemporadaDeHuracanes",
        "Five steps to a safer car seat, from the highway safety office: https://youtube.com/shorts/Ab12Cd34Ef5",
    ],
)
def test_an_agency_video_in_a_post_naming_no_one_is_a_warning(text):
    assert _severities(post(text)) == [Severity.WARNING]


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks after his hip replacement, look at him dance! https://youtu.be/Qw12Er34Ty5",
        "Watch an inspiring recovery at our rehab gym: https://www.youtube.com/watch?v=Rt56Yu78Io9",
        "Conozca la historia de una de nuestras pacientes: https://youtu.be/Lp09Ok87Ij6",
        "A un año de su cirugía ya corre otra vez: https://youtu.be/Mn34Bv56Cx7",
    ],
)
def test_a_video_beside_care_or_a_story_stays_an_error(text):
    assert Severity.ERROR in _severities(post(text))


def test_a_video_in_a_reply_stays_an_error():
    assert Severity.ERROR in _severities(response("Thank you for the kind words! Here is our tour: https://youtu.be/Gh12Jk34Lm5"))


def test_an_account_s_own_video_is_judged_by_its_account():
    assert Severity.ERROR in _severities(post("Bailando otra vez: https://www.tiktok.com/@rosy.baila88/video/7301"))


@pytest.mark.parametrize("handle", ["OhioEPA", "NewMexicoDOH", "GeorgiaDPH", "LouisianaPFH", "NewYorkDOH"])
def test_a_state_and_an_office_s_letters_are_an_office(handle):
    assert _state_office(handle)


@pytest.mark.parametrize("handle", ["TexasMJ", "TexasJohn", "MariaEPA", "CarolinaABC", "LouisianaBOB", "Ohio"])
def test_a_person_or_a_word_is_no_state_office(handle):
    assert not _state_office(handle)


def test_a_state_office_handle_closing_a_notice_passes():
    text = "Most unplanned pregnancies begin without a plan for birth control. Read the state survey: https://familyhealth.example/report @IowaDPH"
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["Stay safe in the heat.", "Prepare now for storm season.", "Protéjase del humo."]),
    st.sampled_from(["https://youtu.be/Ab12Cd34Ef5", "https://www.youtube.com/watch?v=Zx81KqpL2m0"]),
    st.sampled_from(["", " #BeReady", " via @NWS"]),
)
def test_a_grid_of_agency_videos_warns(lead, link, tail):
    assert _severities(post(f"{lead} Watch: {link}{tail}")) == [Severity.WARNING]


def test_many_video_links_read_the_text_once(monkeypatch):
    """The care and story reading runs once per text, not once per link (a post of many links stays linear)."""
    from playbook.rules.privacy import short_links

    calls = []
    monkeypatch.setattr(short_links, "cared_for", lambda text, start, end: calls.append(len(text)) or False)
    short_links._tells_of_someone.cache_clear()
    text = "Stay cool this week. " + " ".join(f"https://youtu.be/v{n:05d}" for n in range(60))
    item = post(text)
    for at in range(21, len(text), 27):
        short_links.video_link_refused(item, lambda: False, text, at)
    assert len(calls) == 1
