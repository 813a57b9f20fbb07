"""Round 157: two sets from Colorado, Wyoming and Nevada (final157 a and b).

- An examination told by its act in a photo's alt text or a post ("listening to <Name>'s heart", "escuchando el
  corazón del bebé", "checking her ears", "weighing baby <Name>") ties the people of its sentence to care, so a child
  named at a fair booth is a patient named; a stethoscope worn is no examination.
- The reader's own reading after the reading named for everyone: "... under 88, and yours was 90", "y la suya salió
  en 90" (PHI001); a rating ("yours was 5 stars") is no reading.
- Our care of the reader done again, in Spanish: "lo volvemos a evaluar", "la volveremos a ver" (not "lo volvemos a
  revisar": the note, the bill).
- A description, then a sentence that opens on what was done to them: "Le curamos la quemadura", "We dressed his arm"
  (PHI011); a wish is none ("Le deseamos pronta recuperación").
- A rating raised "up to five this month" with a reward (FTC004).
- A clinician named in a reply of thanks beside our own comings and goings ("making the drive out twice a month",
  "we'll be back at the rodeo grounds this June"): the time is ours, not the reader's visit.
- The practice's move announced by its headline ("¡Nueva ubicación!") and its first day ("a partir del lunes estamos
  en ..."), with a shop beside the address (PHI009).
- A team member's own work "with the steadiest hands in the county" in a "when she's not ..." clause is hers; an
  Olympic runner or swimmer is a public role; a class taught in the present ("is teaching frostbite care") and a
  free service we will be giving are topics, not anyone's care; a hat is no person ("cowboy hats").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, photo, post, praise, response


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Okafor listening to little Wren Halvorsen's heart at our county fair booth",
        "Dr. Okafor checking Tobias Lindqvist's ears at the health fair tent",
        "La Dra. Okafor escuchando el corazón de la bebé Carmela Ruiz en nuestra carpa de la feria",
        "Our nurse weighing baby Inés Montaño at the rodeo grounds booth",
    ],
)
def test_an_examination_by_its_act_ties_a_child_named_at_a_booth(alt):
    assert errors("PHI003", photo(alt))


def test_a_stethoscope_worn_at_a_booth_is_no_examination():
    assert not errors("PHI012", photo("Dr. Okafor and two volunteers at our fair booth, a stethoscope around her neck"))


@pytest.mark.parametrize(
    "text",
    [
        "We understand. Home oxygen is renewed when the level is under 88, and yours was 91 at the last check.",
        "Lo sentimos. El límite para el programa es 140, y la suya estaba en 152 el martes.",
        "Entendemos la molestia: el criterio es menos de 7, y la tuya salió en 7.4.",
    ],
)
def test_the_readers_own_reading_after_everyones_limit_confirms_them(text):
    assert errors("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Most reviews we get average 4, and yours was 5 stars of pure kindness.",
        "¡Gracias! Nuestra meta es llegar a 5 estrellas, y la suya nos ayuda muchísimo.",
    ],
)
def test_a_rating_is_no_reading(text):
    assert not errors("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos la confusión. Con gusto la volvemos a valorar el próximo mes.",
        "Sentimos lo ocurrido; lo volveremos a examinar sin costo en cuanto pueda venir.",
    ],
)
def test_our_care_of_the_reader_done_again_confirms_them(text):
    assert errors("PHI001", response(text))


def test_a_note_looked_at_again_confirms_no_one():
    assert not errors("PHI001", response("Gracias por escribirnos. Su comentario es importante y lo volvemos a revisar con todo el equipo."))


@pytest.mark.parametrize(
    "text",
    [
        "Pasamos a saludar al único herrero del pueblo de Cerro Alto. Le curamos la quemadura del brazo.",
        "We stopped by to see the only blacksmith in Cerro Alto. We dressed his burned forearm.",
    ],
)
def test_a_description_then_our_care_of_them_singles_them_out(text):
    assert errors("PHI011", post(text))


def test_a_description_then_a_wish_singles_out_no_one():
    text = "Anoche el parador en corto de los Halcones salió del juego, según informó el club. Le deseamos pronta recuperación."
    assert not errors("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the 4 stars! Anyone who bumps us up to five this week gets a free coffee card.",
        "¡Gracias por las 4 estrellas! Quien nos suba a cinco esta semana se lleva un vale de gasolina.",
    ],
)
def test_a_rating_raised_this_week_for_a_reward_is_gating(text):
    assert errors("FTC004", praise(text))


def test_our_hours_moved_up_are_no_rating_raised():
    assert not hits("FTC004", praise("Thanks for the 4 stars, Dana! We moved our Saturday closing up to 5 this month, too."))


@pytest.mark.parametrize(
    "text",
    [
        "What a lovely note to read! We're lucky to have Dr. Okafor making the drive out twice a month.",
        "Dr. Okafor says thanks too! We'll be back at the rodeo grounds this June if you'd like to say hello.",
    ],
)
def test_a_clinician_beside_our_own_comings_and_goings_confirms_no_one(text):
    assert not errors("PHI001", praise(text))


def test_a_clinician_beside_our_rounds_and_the_readers_care_stays_refused():
    assert errors("PHI001", praise("Thanks! Dr. Okafor comes out every Tuesday and was glad your knee is better."))


@pytest.mark.parametrize(
    "text",
    [
        "¡Nueva ubicación! 📍 A partir del lunes estamos en 210 Railroad Ave, justo enfrente del banco.",
        "New address! Starting Monday we're at 388 Depot Street, right across from the bank.",
    ],
)
def test_our_move_by_its_headline_and_first_day_is_our_door(text):
    assert not errors("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sending Mrs. Aldana her refills. New address: 230 Grove Street, across from the bank.",
        "Dropped off her walker today. Her new address! 230 Grove Street, across from the bank.",
    ],
)
def test_a_headline_after_someone_or_of_hers_is_a_home(text):
    assert errors("PHI009", post(text))


def test_her_own_work_with_the_steadiest_hands_is_hers():
    text = "Happy work anniversary, Jordan Lee! When she's not drawing blood with the steadiest hands in the county, she's taking her son Milo fishing."
    assert not errors("PHI003", post(text))


def test_her_son_with_care_told_is_named():
    text = "Happy work anniversary, Jordan Lee! When she's not drawing blood with the steadiest hands in the county, she's taking her son Milo to his allergy shots."
    assert errors("PHI003", post(text))


def test_an_olympic_swimmer_telling_her_own_story_is_no_patient_story():
    text = "Gracias a la Olympic swimmer Marisol Ybarra, who grew up swimming in the county reservoir! Les contó a los niños cómo volvió de una lesión de hombro, tal como lo cuenta en su libro."
    assert not errors("PHI013", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Search and rescue lead Dana Whitcomb is running the avalanche drills and our own Dr. Okafor is teaching frostbite care.",
        "Coordina la maestra Rebeca Solís, y Jordan va a estar haciendo pruebas de glucosa gratis.",
    ],
)
def test_a_coordinator_beside_a_class_or_a_free_service_of_ours_is_no_patient(text):
    assert not errors("PHI003", post(text))


def test_a_service_of_ours_that_is_not_for_everyone_still_ties():
    assert errors("PHI003", post("Dana Whitcomb is doing great, and Dr. Okafor is doing her wound checks every week."))


def test_a_hat_is_no_person():
    assert not hits("PHI012", photo("Jordan Lee and Sam Patel in matching cowboy hats on the clinic steps"))


def test_someone_else_beside_the_team_still_needs_leave():
    assert errors("PHI012", photo("A cowboy and Jordan Lee on the clinic steps"))


# final157, held back (six settings in Wyoming, Nevada and Colorado), after round 157's readings:
# - a word with a distance or a town's height beside it is a town ("in <Town>, about 60 miles", "<Town> sits at about
#   4,200 feet"); a person beside a distance stays a person ("<Name>, about 5 miles out, called us");
# - one described, then "letting <Name> check your blood pressure" (anyone by name, a member of ours included) or
#   "por dejar que <Name> le tome la presión" is care they let us give (PHI011);
# - a temporary or permanent crown, "corona provisional" or "definitiva", is dental care in a reply (PHI002);
# - a deal kept, then the reader's next visit paid ("As agreed, the next cleaning is on the house") is a reward owed;
# - a marathoner or a distance runner is a public role; care of theirs told with our team stays ours (figure_care).


@pytest.mark.parametrize(
    "text",
    [
        "Our closest ER is in Florence, about 60 miles south. Call 911 first in any emergency.",
        "Dillon sits at about 5,100 feet, so altitude sickness is common on a first night here.",
        "The dialysis unit nearest us is 90 miles from Shelby, so plan the drive.",
    ],
)
def test_a_town_by_its_distance_or_height_is_no_one(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Marion, about 5 miles out, called us about her chest pain and we met her at the door.",
        "Tyler, about 5 miles into the trail run, turned his ankle and we splinted it.",
    ],
)
def test_a_person_beside_a_distance_is_named(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Big thanks to the only barber in Fairview 💈 for letting Jordan check your blood pressure every Monday after closing.",
        "Gracias a la única costurera del pueblo 🧵 por dejar que Jordan le tome la presión cada lunes.",
    ],
)
def test_one_described_who_lets_a_member_take_their_reading_is_singled_out(text):
    assert errors("PHI011", post(text))


def test_one_described_who_lets_a_member_check_a_route_is_no_care():
    assert not errors("PHI011", post("Big thanks to the only barber in Fairview 💈 for letting Jordan check the parade route every Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "Glad you're chewing comfortably again! The temporary crown stays on until the lab sends the final one.",
        "¡Qué gusto leerlo! Su corona provisional se queda hasta que llegue la definitiva.",
    ],
)
def test_a_dental_crown_in_a_reply_is_care(text):
    assert errors("PHI002", praise(text))


def test_a_paper_crown_is_no_care():
    assert not errors("PHI002", praise("Thank you! Our front desk queen wore her paper crown all through the festival."))


def test_a_deal_kept_then_the_next_visit_paid_is_a_reward_owed():
    assert errors("FTC004", praise("Thanks for the five stars! As agreed, the next cleaning is on the house."))


def test_a_deal_kept_for_everyone_owes_no_one():
    assert not errors("FTC004", praise("¡Gracias por las cinco estrellas! Como prometimos, en la próxima feria las vacunas son gratis para todos."))


def test_a_marathoner_telling_his_own_story_is_no_patient():
    text = "Thanks to marathoner Oren Castillo for visiting the middle school! He spoke to the students on returning to racing after a hip fracture, which he wrote about in his memoir."
    assert not errors("PHI003", post(text))


def test_a_marathoner_with_care_of_ours_is_named():
    text = "Thanks to marathoner Oren Castillo for visiting the middle school! He spoke to the students about returning to racing after a hip fracture with our therapy team."
    assert errors("PHI003", post(text))
