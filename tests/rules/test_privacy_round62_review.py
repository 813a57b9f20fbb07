"""Round 62's review: a reviewing helper read the round's readings against the code and found ways through them and
false alarms they added; each is a row here.

- A state that sets a rule is the state only with a public reach in the text (an agency, a law, everyone, the state
  placed elsewhere) and nothing of ours, of her care or of a pronoun of one in its sentence; "passed" and "allows" are
  no rule ("<State> passed away", "passed the one-year mark").
- "Le echan ganas" is our staff's effort; "le echamos ganas hasta que pudo caminar" is ours done for the reader.
- A habit of a recipient ("who always ...") that speaks of anyone (him, Mom, the child) is the reader's dealings.
- A shout-out with no "to" greets a given name; the older hails keep their reading (a word hailed with care after
  it is a nickname: "Congrats <Word>! She rang the bell").
- A place-word surname: a person only with one person told after it (a pronoun, an age, a patient, a milestone of
  care, a state of one's health), so a park, a hall or a field that hosts care is the place; an age, an aside, "who"
  or "and his wife" may stand between the pair and its verb.
- A given name that is no word opens no team's name only after a town: a cheer or a fan's word still makes a team.
- A reward owed ("as promised", "as agreed", "como quedamos") is paid for a review only when it is the reader's
  ("your", "su") and a review is named in its sentence or the one before.

A second reviewing helper read those mends and found more, mended with the rows under "second review":

- A bare shout-out's word that is no given name greets no one only when every word is a plain word and no one ("she",
  "his") is told after it: "Shoutout <Kynlee>!! 6 months sober" stays a name.
- A place-word surname's person may be told in the next sentence, by a procedure had ("had a total knee replacement"),
  by being back after care, by care owned ("<Given> Park's chemo"), by an aside between commas, or greeted after "our
  own"; "you" makes no person of a park ("Thank you Jackson Park! You helped us give 300 flu shots").
- A state that sets a rule: its next sentence told of one person with care, or an age, makes it a name; a population
  ("everyone", "adults", "los alumnos ... sus vacunas") is the rule's reach.
- A reward owed is the reader's by "you", "te" or a gift handed over ("a $20 gift card is on its way"), and no one's when
  everyone gets it ("your whole family is welcome", "para toda su comunidad").
- A smile that points with an arrow, a dash or a bar still conditions a review.
- A cheer before a given name alone and a surname is a person ("Go <Marisol> <Reyes>!!"), not a team.
- A recipient's habit about the twins, the little one or a hip is the reader's; her own "she" and "her patients" are hers.
- "Siempre le echa ganas" speaks to the reader (usted) unless a relative "que" or a plural makes it the staff's.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import place_surnames
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Carolina passed away peacefully Sunday after a long fight with ALS. We will miss her laugh in our waiting room.",
        "Dakota passed the one-year mark cancer-free today! The whole infusion team cheered.",
        "Dakota recommends our PT team to everyone after tearing an ACL last spring.",
        "Virginia recommends Dr. Okafor to anyone facing a hip replacement. Both of hers were done here.",
        "Carolina recomienda nuestra terapia física: después de su reemplazo de rodilla ya camina sin bastón.",
        "Carolina recomienda a todas sus amigas hacerse la mamografía después de su diagnóstico de cáncer de mama.",
    ],
)
def test_a_state_s_name_told_as_a_person_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! Le echamos muchas ganas hasta que pudo volver a caminar sin dolor.",
        "Le echamos todas las ganas durante esos tres meses de terapia. ¡Gracias!",
    ],
)
def test_our_own_effort_for_the_reader_still_refuses(text):
    found = hits("PHI001", response(text, scenario="positive-review")) + hits("PHI002", response(text, scenario="positive-review"))
    assert found


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! We shared your note with the whole team, especially Dr. Cantú, who always looked forward to seeing him on Tuesdays.",
        "We shared your review with the team, especially Dr. Cantú, who always said Mom was her favorite patient.",
        "Thanks! We shared this with our staff, particularly Dr. Cantú, who every day asked about Grandma.",
        "¡Gracias! Le pasamos sus palabras al equipo, sobre todo a la Dra. Garza, que siempre le echa ganas con el niño.",
    ],
)
def test_a_recipient_s_habit_that_speaks_of_anyone_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Cantú", "Dra. Garza"))


@pytest.mark.parametrize(
    "text",
    [
        "Congrats Storm! She rang the bell after her last chemo today.",
        "Hey Ocean! Six weeks after the ACL repair and back on the court.",
        "Felicidades Ocean! Hoy terminó sus quimios.",
        "Bravo Storm! His cast came off this morning.",
    ],
)
def test_a_word_hailed_with_care_after_it_is_still_a_name(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hats off Night Shift! You kept the urgent care open through the ice storm.",
        "Shoutout Front Desk! You handled 300 vaccine appointments this week.",
        "Shoutout Class of 2027! Every senior got their meningitis shot.",
    ],
)
def test_a_shout_out_to_a_crew_or_a_column_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jenny Park is officially cancer-free!",
        "Jenny Park celebrated finishing chemo with us today!",
        "Kudos Maria Plaza! One year cancer-free.",
        "Everyone cheer for Dana Lake, who had her ACL repaired here in March and just made varsity!",
        "Dana Lake (our ACL patient from March) just made varsity!",
        "Jenny Park, 8, finished her physical therapy for a broken femur this week.",
        "Tom Hall and his wife came by to thank our oncology team after his last infusion.",
    ],
)
def test_a_place_word_surname_with_one_person_told_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jackson Park had a free blood pressure screening tent all weekend.",
        "Thanks to Jackson Park for hosting our free flu shot clinic!",
        "Jackson Park went pink for breast cancer awareness and had free mammogram sign-ups.",
        "Shoutout to Wilson Hall for letting us run the vaccine clinic there.",
        "Hats off to Wilson Hall residents: 200 flu shots in one afternoon!",
        "Madison Square was full for the health fair; we gave 200 flu shots.",
        "Lincoln Field had our sports physicals day; 140 athletes got cleared.",
        "Harrison Park came out in force for the mammogram van.",
        "Marshall Field finally has a concussion protocol, thanks to our athletic trainers.",
        "Morgan Hall finished its renovation and now has an accessible clinic room for our diabetes education classes.",
        "Austin Lake had the 5K and our team gave first aid for blisters and sprains.",
    ],
)
def test_a_park_a_hall_or_a_field_that_hosts_care_is_the_place(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("unit", ["Jenny Park finished her ", "Jenny Park walked with her ", "Dana Lake, who had her "])
def test_the_place_surname_reading_stays_linear_on_run_on_text(unit):
    assert grows_linearly(place_surnames, lambda count: list(place_surnames.place_surname_people(unit * count + "chemo", Known.of(PLANS))), package=True, small=80)


@pytest.mark.parametrize(
    "text",
    [
        "Let's go Jefferson Hawks! Free ankle taping at our tent before kickoff.",
        "Vamos Xavier Lobos! Nuestro equipo de fisioterapia estará en el partido.",
    ],
)
def test_a_team_cheered_is_still_a_team(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the review! Just like we said, your $20 credit is on your account.",
        "Thanks for the review! As agreed, your next cleaning is 20% off.",
        "¡Gracias por la reseña! Como quedamos, su próxima limpieza tiene 20% de descuento.",
    ],
)
def test_a_reward_owed_to_the_reader_for_a_review_refuses(text):
    assert hits("FTC004", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "As promised, free sports physicals are back this Saturday! Thanks to everyone who left us a review this year; we read every one.",
        "Thank you for the wonderful review! Like we promised in our newsletter, kids' flu shots are free all October.",
        "Thank you for the review! As promised at the town hall, our walk-in flu shots are now free for kids under 18.",
        "¡Gracias por su reseña! Como prometimos en la feria, la consulta de seguimiento del programa de diabetes es gratis para todos.",
        "¡Gracias por sus reseñas! Lo prometido es deuda: este sábado la vacuna contra la influenza es gratis para toda la comunidad.",
    ],
)
def test_a_promise_kept_to_everyone_is_no_reward_for_a_review(text):
    assert hits("FTC004", response(text, scenario="positive-review")) == []


# --- second review -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout Kynlee!! 6 months sober today and we are so proud.",
        "Kudos Brayleigh! She finished her last round of chemo this morning.",
        "Shoutout Kingston! His cast came off today and he is back on the field.",
        "Shoutout Naomyr Castillo!! 90 days clean.",
        "Go Marisol Reyes!! Ring that bell today, all of the 3rd floor cheers you on",
    ],
)
def test_a_bare_shout_out_or_a_cheer_to_a_name_no_list_holds_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Brian Field had a total knee replacement with us in March and is already back on the golf course.",
        "Jenny Park had a hip replacement last month. Now she's hiking again.",
        "Jenny Park is back on the court after ACL surgery.",
        "Megan Hall underwent a double mastectomy here last spring.",
        "Kevin Lake survived a heart attack in our ER.",
        "Jenny Park recovered from a stroke with our rehab team.",
        "Jenny Park's chemo is finally done!",
        "Jenny Park, a retired teacher, beat breast cancer at our clinic.",
        "Jenny Park rang the bell today!",
        "Big congratulations to our own Jenny Park on finishing radiation!",
    ],
)
def test_a_place_word_surname_told_by_a_procedure_an_aside_or_the_next_sentence_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you Jackson Park! You helped us give 300 free flu shots.",
        "Shoutout to Wilson Hall for letting your kids get their sports physicals there!",
        "Taylor Hall is where your flu shot clinic will be this year: second floor, room 210.",
        "Madison Plaza has a new walk-in clinic for you: flu shots, strep tests and physicals.",
        "Lincoln Lake finished its new walking trail, perfect for your knee rehab.",
        "Jackson Park's splash pad reopens Saturday; bring sunscreen.",
    ],
)
def test_a_place_spoken_of_with_you_is_still_the_place(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Virginia recommends Pilates to every friend who will listen. Three months after her heart attack, she is stronger than ever.",
        "Georgia advises all new moms to join a support group. Postpartum depression hit hard after the twins, and therapy with Dr. Okafor helped.",
        "Virginia urges every smoker to get a lung scan: a nodule found at 58 changed everything.",
    ],
)
def test_a_state_s_name_with_one_person_s_care_next_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Georgia recommends a yearly flu shot for everyone from six months up.",
        "Virginia recommends that adults over 50 get the shingles vaccine.",
        "Carolina recomienda la vacuna contra el VPH a partir de los 9 años.",
        "Virginia now requires kindergartners to have two doses of the chickenpox vaccine.",
        "Georgia urges parents to get kids' vaccines done before August.",
        "Georgia recommends that every pregnant patient be tested for syphilis three times, and we can do all three here.",
        "Virginia exige que los alumnos de sexto grado tengan sus vacunas al día.",
        "Since January, Georgia requires all school nurses to stock naloxone.",
        "Georgia recommends a repeat syphilis test at 28 weeks for every pregnant patient.",
    ],
)
def test_a_state_s_rule_for_a_population_is_the_state(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the 5-star review! As promised, a $20 Amazon gift card is on its way.",
        "Thanks for the 5-star review! As promised, here's a $15 gift card for you.",
        "¡Gracias por la reseña! Como te prometimos, te regalamos una tarjeta de $20.",
        "¡Gracias por sus cinco estrellas! Lo prometido es deuda: su tarjeta de regalo de $25 ya va en camino.",
    ],
)
def test_a_gift_owed_for_a_review_refuses(text):
    assert hits("FTC004", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the five stars! As we mentioned on Facebook, your whole family is welcome at our free health fair on Saturday.",
        "Thanks for the great review! As we said last month, your community health fair is back, with free flu shots for everyone.",
        "¡Gracias por su reseña! Como le dijimos en nuestra página, la feria de salud es gratis para toda su comunidad.",
        "Thank you for the review! Like we mentioned in our post, parking in your spot by the east door is now free for everyone.",
    ],
)
def test_what_everyone_gets_is_owed_to_no_one(text):
    assert hits("FTC004", response(text, scenario="positive-review")) == []


@pytest.mark.parametrize(
    "text",
    [
        "😀 ➜ Google reviews: g.page/riverbend/review",
        "😀 ⬇️ Google reviews ⬇️ g.page/riverbend/review",
        "😊 — Google reviews   ☹️ — email feedback@example-ortho.test",
    ],
)
def test_a_smile_that_points_to_a_review_site_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We passed your note to the team, especially Dr. Cantú, who always loved hearing about the twins.",
        "We passed your note to the team, especially Dr. Cantú, who every day asked how the new hip was holding up.",
        "We passed your note to the team, especially Dr. Cantú, who always loved seeing the little one.",
        "¡Qué gusto leer esto! Siempre le echa muchas ganas y por eso salió adelante tan rápido.",
    ],
)
def test_a_habit_or_an_effort_that_speaks_of_the_reader_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Cantú"))


@pytest.mark.parametrize(
    "text",
    [
        "We shared your review with the team, especially Dr. Cantú, who always says she has the best job in the world.",
        "We shared your review with the team, especially Dr. Cantú, who always puts her whole heart into her work.",
        "We shared your review with the team, especially Dr. Cantú, who always goes above and beyond for her patients.",
        "We shared your review with the team, especially Dr. Cantú, who always goes the extra mile for every patient.",
    ],
)
def test_a_recipient_s_own_habit_passes(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Cantú")) == []


@pytest.mark.parametrize(
    "text",
    [
        "What a lovely note! Dr. Espinoza and Lupe were all smiling reading it at lunch.",
        "¡Qué reseña tan bonita! La Dra. Treviño y Ashley la leyeron en la junta y se les salieron las lágrimas.",
    ],
)
def test_staff_moved_while_reading_the_review_pass(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Espinoza", "Lupe", "Dra. Treviño", "Ashley")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorry about the long wait. Dr. Espinoza was grinning reading this.",
        "Lamentamos la espera. La Dra. Treviño lo vio ayer en su cita.",
        "Dr. Espinoza was so happy to see your knee doing well.",
    ],
)
def test_staff_beside_the_reader_s_dealings_still_refuse(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Espinoza", "Dra. Treviño"))
