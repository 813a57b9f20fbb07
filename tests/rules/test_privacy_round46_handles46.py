"""Round 46, handles46: a public agency's or programme's handle cited in a reshared notice (notice_handles.py, PHI003):
an office spelled of its field (air, weather, alerts, salud, gobierno, ayuntamiento ...) glued to its place or its
letters, cited as a heat, smoke, flood, water or vaccine notice's source. A person's handle, a handle with someone's
care and a handle thanked in a post about one person's care still refuse. Every handle and place here is invented or
shares no word with the corpus cases.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import notice_handles as module
from playbook.rules.privacy.known import Person
from playbook.rules.privacy.notice_handles import notice_handle

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Reposting @PimaAirQuality: ozone is high this afternoon, so keep recess short and carry water.",
        "Per @KernWeather, triple-digit heat returns Thursday. Check on older neighbors.",
        "Smoke advisory through Sunday via @SacMetroAir. Close the windows and set the AC to recirculate.",
        "Follow the @ToledoAlerts guidance and boil tap water for one minute until further notice.",
        "@TulareFloodWatch says the levee road is closed; our office is open regular hours.",
        "Según @GobiernoJalisco, la campaña de vacunación contra el sarampión sigue esta semana.",
        "Compartimos de @AyuntamientoSalamanca: cortes de agua el martes en la zona centro.",
        "Alerta de calor de @ClimaCoahuila: hasta 42 grados el fin de semana. Tome agua y busque sombra.",
        "Alert from @MBARD_Air: unhealthy air in the valley today. If you have asthma, keep your inhaler handy.",
        "Vía @ProteccionCivilNL: se esperan lluvias fuertes. Si tiene diabetes, guarde su insulina en un lugar fresco.",
    ],
)
def test_an_agency_handle_cited_in_a_notice_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Congrats @maria.runs on finishing chemo! We are so proud of you.",
        "Gracias @coach_dre23 por confiar en nosotros para tu cirugía de rodilla.",
        "Congrats @KernWeather on finishing chemo with us this week!",
        "Thank you @LuisaAirFit for coming in today for your knee injection, see you next month!",
        "Per @maria.runs, the heat index hits 105 on Thursday.",
        "Thanks @ToledoAlerts for the visit! We set her broken wrist and she is healing well.",
        "Shout out to @brisa_swims, who finished her physical therapy with us.",
        "Consejos de @AirNow para días de humo.",  # plain words, no place nor letters, no government link
    ],
)
def test_a_persons_handle_or_a_handle_with_care_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Reposting @{h}:", "Per @{h},", "Según @{h},", "Compartimos de @{h}:", "Via @{h}:"]),
    st.sampled_from(["YumaAirQuality", "CoconinoWeather", "GobiernoCoahuila", "OroValleyAlerts", "saludpublicanm"]),
    st.sampled_from(["smoke is heavy today; stay inside.", "se esperan 44 grados el sábado.", "boil water until Friday."]),
)
def test_a_grid_of_cited_agency_handles_passes(frame, handle, rest):
    text = frame.format(h=handle) + " " + rest
    start = text.index("@")
    person = Person(start, start + 1 + len(handle), ("@" + handle,), "a social handle", public=False)
    assert notice_handle(text, person)


def test_the_reading_stays_linear():
    unit = "Per @KernWeather, heat returns. Thanks @ToledoAlerts! "

    def run(text):
        return [notice_handle(text, Person(i, i + 12, ("@KernWeather",), "a social handle", public=False)) for i in range(4, len(text), len(unit))]

    small = steps(module, lambda: run(unit * 20), package=False)
    large = steps(module, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small
