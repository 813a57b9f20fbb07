"""Round 151: the reader's measure back on its mark, and what the reader can do again (before round 151's sets were read).

Probed after round 149's reply on the reader's eye pressure, in the same kind: a reply glad that a measure of the
reader's is where it should be, or that the reader can do again what a condition had kept from them, says they had it.
reader_conditions read a measure off its mark ("your sugar has been running high") or moved ("su azúcar ya bajó"), not
one back on its mark ("your pressure is finally under control", "que su presión ya esté bajo control") nor one moved
with the reader as its clitic ("ya le bajó el azúcar"); and no capacity regained ("you're breathing easier", "ya camina
sin bastón"). Both are read now (_MEASURE, _REGAINED). A condition in the clause before, or a capacity of anyone's
("so you can hear better while you wait"), passes.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, Orval! Good to know your blood pressure is finally in check.",
        "Thanks for the stars! Your sugars are in a good range now, keep it up.",
        "¡Gracias, don Efrén! Nos da gusto que su presión ya ande normal.",
        "¡Mil gracias! Qué alegría que por fin le bajó la glucosa.",
        "Thanks, Orval! So good to hear you're sleeping better since the spring.",
        "Thank you! Glad you can finally walk without the walker.",
        "¡Gracias! Qué gusto que ya duerme mejor, don Efrén.",
        "¡Gracias por escribir! Qué bueno que por fin puede masticar sin molestias.",
    ],
)
def test_a_reply_glad_of_the_readers_measure_or_regained_capacity_is_an_error(text):
    assert errors("PHI002", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! The lines at the front desk are finally under control.",
        "Thanks! We turned up the lobby speakers so you can hear your name called better.",
        "¡Gracias! Si su presión anda alta, llame a la línea de enfermería.",
        "¡Gracias por la reseña! Ya ve usted que el horario nuevo funciona.",
        "Thanks for the review! As you can see in the photos, the new lobby is brighter.",
    ],
)
def test_a_reply_of_no_measure_of_the_readers_passes(text):
    assert not errors("PHI002", praise(text))


# From round 151's sets (first sight with the readings above): Washington and Idaho (a), Montana and Wyoming (b).
# Missed, and mended:
# - a lost bag in an exam room with a folder that bears a family's last name: "the last name <Surname>", "el apellido
#   <Surname>" give a name as "the name" does (people._NAMED);
# - a star question whose high branch goes to the review site and whose low branch to a suggestion sheet, the score
#   said with "son" ("si son 4 o 5"): "son", "fueron", "sea", "sean" count as "es" and "fue" do (review_reading);
# - a reply asking the reviewer to post again on the review site and their crew, if they had "a not-so-great time", to
#   text a staff member instead: a good word denied or held short is a bad visit (honesty.yml bad_adjectives).
# Clean texts read as leaks, mended:
# - breakfast thanks to "<Surname> Logging" at a safety day with eye exams: a surname and a trade is a family's firm
#   (business_names._surname_trade; the trades of timber, ranch and river towns join the list);
# - a coordinator's tamales "the star of every Christmas party": the feast alone is a holiday, no one's name;
# - a singer who has told in interviews that he quit drinking, who gave a concert's takings for treatment grants "aquí en
#   el condado": "here" before the county, the valley or the town is the place, not care of ours (public_story._AREA).
# Left: a former professional player at our youth camp who "told us" how she grew up with asthma. A story told to us is
# read as confided to the clinic, not as told in public; the camp's audience would need reading first.

_SHOWN = "Lost and found: a canvas tote left in exam room 2 on Monday. Inside is a school folder with the last name Quillfeather-Ames on it."


def test_a_last_name_on_a_lost_folder_is_a_name():
    assert errors("PHI003", post(_SHOWN))


def test_el_apellido_on_a_lost_folder_is_a_name():
    assert errors("PHI003", post("Se quedó una mochila en el consultorio 2. Adentro hay una carpeta con el apellido Quillfeather."))


def test_a_last_name_field_with_no_name_passes():
    assert not errors("PHI003", post("Please bring a photo ID; the last name on your insurance card must match."))


@pytest.mark.parametrize(
    "text",
    [
        "¿Qué tal le fue con nosotros? Si son 4 o 5 estrellitas, aquí tiene el enlace de Google. Si son 3 o menos, mejor mándenos un mensaje privado.",
        "Thanks a ton! Could you paste this review on our Google page as well? And if anyone in your family had a not-so-great visit, have them call Lupe instead of posting.",
    ],
)
def test_a_score_or_a_mood_routed_away_from_the_review_site_is_an_error(text):
    assert errors("FTC004", post(text))


def test_everyone_asked_in_the_same_words_passes():
    assert not errors("FTC004", post("¿Cómo le fue con nosotros? Sea cual sea su experiencia, nos ayuda mucho que la cuente en Google."))


@pytest.mark.parametrize("firm", ["Okonkwo Logging", "Haldane Excavating", "Tervo Construction"])
def test_a_family_firm_thanked_by_surname_and_trade_is_no_person(firm):
    assert not errors("PHI003", post(f"Free blood pressure checks all morning. Coffee and donuts thanks to {firm}!"))


def test_a_family_firm_with_its_founders_care_still_counts():
    assert errors("PHI003", post("Thanks to Okonkwo Logging! Their founder finished his radiation with us this spring."))


def test_the_feast_alone_is_no_name():
    assert not errors("PHI003", post("Meet Ines, our scheduler! Her flan is the star of every Easter potluck, and she answers every call with a smile."))


def test_here_before_the_county_is_no_care_of_ours():
    text = "¡Gracias al cantante Brisco Yanez por su concierto! Brisco cuenta en cada gira que lleva años sin beber, y regaló la taquilla al fondo de rehabilitación aquí en el condado."
    assert not errors("PHI003", post(text))


def test_here_in_a_figures_story_still_places_care_with_us():
    text = "¡Gracias al cantante Brisco Yanez por su concierto! Brisco cuenta en cada gira que lleva años sin beber, y que su rehabilitación la hizo aquí con nosotros."
    assert errors("PHI003", post(text))
