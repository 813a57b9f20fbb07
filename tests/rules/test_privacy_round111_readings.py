"""Round 111: what sets of Oregon, Idaho, Louisiana and Virginia posts and replies showed.

- A member of a memory group of ours greeted on his birthday: a memory group (a memory cafe, "grupo de memoria")
  is care, as memory care is.
- A fire chief first named in full, then "Chief <Surname>" telling the children about his own cavity: the role's word
  and the surname said again are the figure already let through, read as that mention was.
- A county's emergency office tagged by its letters ("@<County>OEP") in a reshared air notice.
- A member "born and raised" in a town, in his spotlight beside his wife's name: where he grew up, not a birth.
- A state representative's own story, told in her speeches, then "thanks for coming all the way here": a guest's
  visit, not care placed here.
- A poet's memoir read at our luncheon, the thanks that "we" opened ending with an emoji before her story: her story
  is its own sentence, and the memoir's quoted title is no one's name.
- final112 (held back, Maryland and South Dakota): a reply's privacy notice that neither confirms nor denies that anyone
  was a patient; a season "treating you well"; the year's president of a named association, her gout told in the
  next sentence after a short lead ("After that flare in her knee ...") and our help in the one after; an Olympic
  hurdler's own injury, watched on TV; a champion whose title takes two phrases ("campeón mundial de lazo por equipos").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, praise, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Happy 91st to Wendell Okafor, who keeps our Tuesday memory group laughing with his harmonica!",
        "¡Felices 85, don Eusebio Quintanar! Nuestro grupo de memoria no sería lo mismo sin sus adivinanzas.",
        "Lorraine Pettibone turned 90 and brought a pound cake to our memory cafe this morning.",
    ],
)
def test_one_greeted_as_a_member_of_our_memory_group_is_in_our_care(text):
    assert errors("PHI003", post(text))


def test_a_guest_who_will_visit_our_memory_group_is_no_member():
    assert not hits("PHI003", post("Author Priscilla Vandermeer of the county library will read to our memory group next week."))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Fire Chief Osmond Delacroix for the station tour! Chief Delacroix showed the kids how the hoses work.",
        "Gracias a la Concejala Marisela Ibarra Fonte por el recorrido. Concejala Fonte nos contó que de niña le daba miedo el dentista.",
        "Big thanks to Coach Lyle Brannigan for helping at our safety fair. Coach Brannigan told everyone he chipped a tooth in college, which is why he wears a mouthguard now.",
        "Thank you Sheriff Darnell Okonjo and Fire Chief Osmond Delacroix for reading at our library story hour 📚 Chief Delacroix confessed he had three cavities as a boy from all the soda.",
    ],
)
def test_a_figures_role_word_and_surname_said_again_is_the_figure_let_through(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Fire Chief Osmond Delacroix for the station tour! Chief Delacroix is recovering from the knee surgery we did last month.",
        "Big thanks to Coach Lyle Brannigan for helping at our fair. Coach Brannigan had his shoulder repaired by our team in May.",
    ],
)
def test_the_role_word_and_surname_with_our_care_after_are_still_reported(text):
    assert errors("PHI003", post(text))


def test_an_emergency_offices_letters_in_a_reshared_notice_are_an_office():
    text = "Sharing from @TerrebonneOEP: a heat advisory runs until 8 pm. If you have COPD or asthma, stay in the cool and keep your inhaler close."
    assert not hits("PHI003", post(text))


def test_a_given_name_before_an_offices_letters_with_care_is_a_person():
    assert errors("PHI003", post("So proud of @DeniseOEP for finishing her last round of chemo with us!"))


def test_born_and_raised_in_a_members_spotlight_is_no_birth():
    text = "Say hi to Rusty, our X-ray tech! Opelousas born and raised, he learned his Cajun French from his wife Odile."
    assert not hits("PHI003", post(text), plans=with_staff("Rusty"))


def test_a_birth_in_a_members_post_is_still_a_birth():
    text = "Say hi to Rusty, our X-ray tech! His granddaughter Odile was born here on Sunday in our birthing suite."
    assert errors("PHI003", post(text), plans=with_staff("Rusty"))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a la senadora estatal Leontyne Marchetti por su visita. Como ha contado en sus discursos, de niña no había médico en su pueblo. ¡Gracias por venir hasta acá!",
        "Thank you Commissioner Bartholomew Ngata for stopping by. As he has said in many speeches, he grew up two hours from a dentist. Thanks for coming all the way out here!",
    ],
)
def test_thanks_for_coming_here_after_a_figures_public_story_is_a_visit(text):
    assert not hits("PHI003", post(text))


def test_a_figures_surgery_done_here_after_her_public_story_is_still_our_care():
    text = "Thank you Senator Leontyne Marchetti for visiting. She has told in many interviews how she beat breast cancer. Her surgery was done here!"
    assert errors("PHI003", post(text))


def test_a_public_story_after_an_emoji_is_its_own_sentence():
    text = (
        'We loved hosting state poet laureate Henrietta Sorensen-Blaine at our caregiver tea 💛 She read from her memoir "Tending Rowan Cole," '
        "about caring for her wife through Parkinson's, a story she has told in interviews for years."
    )
    assert not hits("PHI003", post(text))


def test_a_public_story_after_an_emoji_that_places_care_with_us_is_still_reported():
    text = "We were thrilled to host poet laureate Henrietta Sorensen-Blaine at our brunch 💛 As she has shared in interviews, our audiologists fitted her hearing aids last spring."
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos su experiencia. Por respeto a todos no comentamos casos en línea ni decimos si una persona fue paciente o no. Le espera {{ contact.name }}: {{ contact.phone }}.",
        "We're sorry to read this. We don't confirm whether anyone is a patient here, but {{ contact.name }} would like to talk: {{ contact.phone }}.",
    ],
)
def test_a_notice_that_neither_confirms_nor_denies_anyone_is_a_patient_confirms_no_one(text):
    assert not hits("PHI001", response(text))


def test_saying_the_reader_is_our_patient_still_confirms():
    assert hits("PHI001", response("Lamentamos la espera. Usted es paciente nuestro desde hace años y merece algo mejor."))


@pytest.mark.parametrize("text", ["Thank you for the lovely words! Hope harvest season is treating you well.", "Thanks so much! Hope retirement's been treating you right."])
def test_a_season_treating_the_reader_well_is_an_idiom(text):
    assert not hits("PHI001", praise(text))


@pytest.mark.parametrize("text", ["Thank you! We loved treating you and your family last spring.", "Thanks! Hope the new knee is treating you well."])
def test_our_treating_the_reader_or_their_new_joint_still_confirms(text):
    assert hits("PHI001", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Good to see the 2021 Jerauld County Quilters' Guild president back at her frame! After that flare of rheumatoid arthritis in her hands she doubted she'd stitch again. With some help from our team, she finished two quilts.",
        "The Sully Buttes Stock Growers president is back on horseback. She had a gout attack in her ankle last month and our nurses got it calmed down.",
        "La presidenta del Club de Jardinería de Gettysburg ya poda sus rosales otra vez gracias a nuestro equipo y su nueva rodilla.",
    ],
)
def test_the_president_of_a_named_association_with_her_care_is_singled_out(text):
    assert hits("PHI011", post(text))


def test_the_president_of_a_named_association_at_our_fair_with_no_care_is_no_one_singled_out():
    text = "The Sully Buttes Stock Growers president spoke at our ranch safety fair. After her talk she handed out pie. With some help from our team, she served 150 slices."
    assert not hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Olympic pole vaulter Marisol Eckhart for visiting our junior athletes! Marisol talked about her broken wrist at the 2022 trials, the fall everyone saw on TV, and how she came back.",
        "Gracias al campeón nacional de monta por equipos Dalton Overgaard por su plática en la biblioteca. Contó cómo se rompió la clavícula en Cheyenne, algo que ya ha dicho en entrevistas.",
    ],
)
def test_an_athlete_introduced_by_a_sport_and_title_telling_their_own_injury_is_a_public_figure(text):
    assert not hits("PHI003", post(text))


def test_an_athlete_whose_injury_we_treated_is_still_named_with_our_care():
    text = "Thanks to Olympic pole vaulter Marisol Eckhart for visiting! Our surgeons pinned her broken wrist last year and she is back in the air."
    assert errors("PHI003", post(text))
