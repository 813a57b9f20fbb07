"""Round 54: injuries in everyday words, contest titles, coming to a care group of ours, the reader's own readings and
attendance in a reply.

- injuries.py: a verb of hurt before a body part is care ("chipped his front tooth", "se quebró el brazo"); a verb of
  hurt before no body part ("broke ground", "cut the ribbon", "rolled her eyes") is not.
- crowned.py: a contest crowns one person ("last year's cook-off champ", "campeón del torneo de dominó").
- attends.py: "keeps coming to our grief circle" is care with us; "came to our diabetes walk" is an event.
- reader_values.py: a number the reader measured at, quoted in a reply ("you were at 38", "su azúcar salió en 280").
- attendance.py: the reader's attendance ("you've never missed a Tuesday", "no ha faltado ni una vez") and which of
  our offices someone goes to now.
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import attendance, food_makers, injuries, reader_values
from playbook.rules.privacy.care import care_in

from tests.rules.harness import hits, post, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


def _reply(text: str, scenario: str = "positive-review") -> list:
    return hits("PHI001", response(text, scenario=scenario)) + hits("PHI002", response(text, scenario=scenario))


@pytest.mark.parametrize(
    "text",
    [
        "chipped his front tooth on the monkey bars",
        "knocked out two baby teeth",
        "jammed her thumb at volleyball practice",
        "sliced his palm on a fillet knife",
        "rolled her left ankle on the curb",
        "se quebró el brazo jugando futbol",
        "se le zafó el hombro otra vez",
        "se torció el tobillo derecho en la cancha",
        "se cortó el dedo pelando nopales",
    ],
)
def test_an_injury_in_everyday_words_is_care(text):
    assert care_in(fold(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "broke ground on the new wing",
        "cut the ribbon with both hands",
        "rolled her eyes at the weather",
        "split the bill with the Rotary",
        "tore down the old fence",
        "cortó el pastel de aniversario",
        "rompió la piñata en la posada",
    ],
)
def test_a_verb_of_hurt_before_no_body_part_is_not(text):
    assert not injuries.injury_in(fold(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "Shout-out to Harmon Creek High's starting QB, who chipped a front tooth Friday. We bonded it the next morning!",
        "Remember the pozole cook-off champ from last fall? He has been attending our Tuesday anxiety group since March.",
        "El campeón del torneo de dominó de la plaza ya camina sin bastón tras operarse la cadera con nosotros.",
        "The spelling bee winner from Arbor Ridge Elementary broke her wrist at recess, and our team set it.",
    ],
)
def test_a_title_or_a_role_with_care_refuses(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The spelling bee champ from Arbor Ridge Elementary read to the kids at our book fair!",
        "Congrats to the chili cook-off winner, who beat 40 entries at the Grange hall!",
        "La campeona del concurso de tamales nos regaló una docena para la posada del personal.",
        "The pozole cook-off champ came to our diabetes walk and cheered every runner.",
    ],
)
def test_a_title_with_no_care_passes(text):
    assert hits("PHI011", post(text)) == []


@pytest.mark.parametrize(
    ("text", "scenario"),
    [
        ("We hear you about the mask. With numbers like yours (you were at 41 on the overnight test) the first weeks are hard.", "negative-review"),
        ("Sorry for the mix-up. Your potassium came back 5.9, which is why we called twice.", "negative-review"),
        ("¡Qué gusto! Su azúcar salió en 110 y se nota el esfuerzo.", "positive-review"),
        ("Lamentamos la confusión. Usted llegó con 39 de fiebre y por eso lo pasamos primero.", "negative-review"),
        ("Thank you, and congrats: you've never missed a Thursday since spring!", "positive-review"),
        ("Gracias a usted: en estos tres años no ha faltado ni una vez.", "positive-review"),
        ("¡Mil gracias! Nunca se ha perdido ni una sesión, qué constancia.", "positive-review"),
        ("Thanks! We miss seeing your mom now that she goes to the Eastgate office instead.", "positive-review"),
    ],
)
def test_the_readers_readings_and_attendance_refuse(text, scenario):
    assert _reply(text, scenario)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the 5 stars! We never miss a chance to thank our neighbors.",
        "¡Gracias por sus palabras! No ha faltado quien nos ayude en la colecta.",
        "Thanks for the kind note. Our clinic was at 100% staffing this summer thanks to folks like our new nurses.",
        "Gracias por la reseña; su calificación de 5 estrellas nos alegra el día.",
    ],
)
def test_courtesies_with_numbers_or_misses_pass(text):
    assert _reply(text) == []


@FUZZ
@given(
    st.sampled_from(["you were at", "your sugar came back", "your pressure was", "su azúcar salió en", "tu presión andaba en"]),
    st.sampled_from(["38", "180/95", "7.2", "412"]),
)
def test_a_grid_of_readings_refuses(said, value):
    assert _reply(f"Thank you for writing! {said} {value} last time.")


@FUZZ
@given(st.sampled_from(["You've never missed", "You haven't missed a single", "Never once missed a single"]), st.sampled_from(["appointment", "session", "Tuesday"]))
def test_a_grid_of_attendance_refuses(said, what):
    assert _reply(f"Thank you! {said} {what}.")


@pytest.mark.parametrize(
    ("module", "find", "unit"),
    [
        (injuries, injuries.injury_in, "chipped his broke her se quebro el ankle tooth brazo cut the "),
        (reader_values, lambda t: list(reader_values.reader_values(t)), "you were at your sugar came back su azucar salio en 38 "),
        (attendance, lambda t: list(attendance.attendance(t)), "you never no ha faltado nunca se ha perdido he goes to the office "),
    ],
)
def test_the_readings_stay_linear(module, find, unit):
    assert grows_linearly(module, lambda count: find(unit * count))


@pytest.mark.parametrize(
    "text",
    [
        "Please welcome our new nurse, Teodora, to the Prairie Wind Urology family!",
        "Bienvenida a la familia de Ortopedia: somos parte de la Valle Verde Cardiology family.",
        "Twenty years in the Sandhill Orthopedics family and still smiling.",
    ],
)
def test_a_specialty_before_family_is_a_practice(text):
    assert [f for f in hits("PHI003", post(text)) if "family" in f.message] == []


def test_a_surname_family_with_care_still_refuses():
    assert hits("PHI003", post("We said goodbye to the Petrovics family after their son's surgery."))


@pytest.mark.parametrize(
    "text",
    [
        "Feria el sábado: presión, glucosa, vacuna contra la influenza y pupusas de la señora Eulalia.",
        "Free A1c checks and flu shots, plus brisket from Dolores's and music by the Rivera Trio.",
        "Chequeos de colesterol gratis. Comida de Los Tacos de Chuyito y aguas frescas de doña Refugio.",
        "Bring the kids for sports physicals! Snow cones courtesy of Miss Ottoline.",
    ],
)
def test_the_cook_at_a_fair_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vacunas y tamales de doña Refugio, que ya terminó su quimioterapia con nosotros.",
        "Coffee by Rosa Delgado, who just finished cardiac rehab with our team.",
    ],
)
def test_the_cook_with_care_of_her_own_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Companies can call about account setup: 402-555-0177.", False),
        ("Billing questions: 402-555-0163.", False),
        ("Account: 402-555-0163 is past due.", True),
        ("Member ID 402-555-0163", True),
    ],
)
def test_a_desks_topic_after_a_label_is_its_line(text, refused):
    assert bool(hits("PHI007", post(text))) is refused


def test_the_cook_reading_stays_linear():
    unit = "pupusas de la senora Marta, que tamales from "

    def run(count):
        text = unit * count
        return [food_makers.made_by(text, i, i + 5) for i in range(0, len(text), 40)]

    assert grows_linearly(food_makers, run)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Philippa Granger, who just finished cardiac rehab with our team.",
        "Un aplauso para Ximena Quiroga, que terminó sus terapias con nosotros.",
    ],
)
def test_a_full_name_then_a_relative_clause_of_our_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Tree lighting at the gazebo in Harriet B. Stowe Park, for anyone who has lost someone to cancer.", False),
        ("Flu shots at the Ruth K. Ochoa Library on Saturday.", False),
        ("Maribel T. Quezada finished her chemo with us today!", True),
    ],
)
def test_a_middle_initial_keeps_a_run_to_its_place_word(text, refused):
    assert bool(hits("PHI003", post(text))) is refused


@pytest.mark.parametrize("handle", ["SouthPlainsDPH", "Yavapaihealth", "kerncountyhealth", "saludpublicaNM", "MassDPH"])
def test_an_offices_handle_glued_in_lower_case_is_an_organisation(handle):
    assert hits("PHI003", post(f"Shared from @{handle}: measles exposure sites are posted. Check your vaccine records.")) == []


@pytest.mark.parametrize("handle", ["rosalind_beats_cancer", "mariahealthy"])
def test_a_persons_handle_with_care_still_refuses(handle):
    assert hits("PHI003", post(f"So proud of @{handle}, who finished chemo with us this week!"))


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("¡Gracias! La Dra. Ocampo dice que atender a las familias de aquí es un orgullo. Ya le pasamos su mensaje a todo el equipo.", False),
        ("Gracias. Ya le compartimos sus resultados a todo el equipo.", True),
    ],
)
def test_le_doubling_the_whole_team_is_theirs(text, refused):
    assert bool(hits("PHI001", response(text))) is refused


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Now hiring a front-desk lead! Drop off a résumé at 2215 W. Alder Ave and ask for Hortensia.", False),
        ("Estamos contratando: traiga su currículum a 418 Calle Nogal, segundo piso.", False),
        ("Our patient who lives at 2215 W. Alder Ave loved her visit.", True),
    ],
)
def test_a_job_ads_address_is_the_employers(text, refused):
    assert bool(hits("PHI009", post(text))) is refused


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Presión, glucosa y música de Los Hermanos Quintanilla en la feria.", False),
        ("Flu shots, then bluegrass from The Brothers Lindqvist on the lawn.", False),
        ("Los hermanos Quintanilla terminaron su terapia con nosotros.", True),
    ],
)
def test_a_bands_title_case_name_is_no_family(text, refused):
    assert bool(hits("PHI003", post(text))) is refused


@pytest.mark.parametrize(
    "text",
    [
        # a story repeated from interviews
        'Gracias a la luchadora Xóchitl "La Centella" Ibáñez, que volvió a repetir lo que narra en cada gira: que una prueba de azúcar le salvó la carrera.',
        # the outlet said in the sentence before the telling
        "Did you catch rodeo champ Lorna Vickery's interview on the Sunday news? She told how a mole on her neck turned out to be melanoma.",
        "¿Vieron la entrevista del pitcher Abundio Lira en el noticiero? Él mismo contó que tuvo cálculos en el riñón la temporada pasada.",
        # the public saw it happen, and a guest hosted
        "¡Qué honor tener con nosotros al boxeador Eustaquio Molina! Les habló a los chicos sobre la fractura de mano que todos vimos en su pelea televisada.",
    ],
)
def test_a_public_figures_story_told_in_public_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "¿Vieron la entrevista del pitcher Abundio Lira en el noticiero? Él mismo contó que se operó el codo con nosotros.",
        "Did you catch Lorna Vickery on the Sunday news? She told us her biopsy came back clear.",
        "¡Qué gusto tener con nosotros a don Eustaquio Molina después de su cirugía de rodilla!",
    ],
)
def test_a_story_of_our_care_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Proud to host poet Temperance Albright, whose memoir about her years of bulimia and recovery won the state book prize.", False),
        ("Gracias a la escritora Anunciación Robledo, cuyo libro sobre su lucha contra la depresión se presenta hoy en la biblioteca.", False),
        ("Thanks to Temperance Albright, whose husband finished his radiation with us.", True),
    ],
)
def test_a_work_of_theirs_about_their_health_is_public(text, refused):
    assert bool(hits("PHI003", post(text))) is refused


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Free blood pressure checks Saturday! Sign-ups run by Odalys Prem of the Harlan County Senior Center with nursing students.", False),
        ("Shout-out to the Harlan County senior who broke her wrist at the homecoming game; we set it Friday.", True),
    ],
)
def test_a_role_word_that_opens_a_places_name_is_the_place(text, refused):
    assert bool(hits("PHI011", post(text))) is refused


def test_a_client_number_is_an_identifier():
    assert hits("PHI007", post("Reminder to client #QT-48817: your paperwork for the hearing is signed and at the front desk."))
    assert hits("PHI007", post("Our client services team welcomed 1500 clients this year!")) == []


@pytest.mark.parametrize("given", ["Walt", "Zeke", "Jeff"])
def test_a_short_given_name_in_a_slug_is_someone(given):
    found = [f for code in ("PHI003", "PHI006") for f in hits(code, post(f"Read it here: https://www.example-ortho.test/stories/{given.lower()}-brockmeyer-pacemaker-back-to-fishing"))]
    assert found


@pytest.mark.parametrize("town", ["Othello", "Chaparral", "Lamesa", "Pahokee"])
def test_a_town_the_news_is_announced_to_is_a_place(town):
    assert hits("PHI003", post(f"Big news, {town}! We now take walk-ins for flu shots and blood pressure checks.")) == []
    assert hits("PHI003", post(f"¡Buenas noticias, {town}! Ya aceptamos Medicaid.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Congrats, Eudora! 100 days sober today.",  # a town's name too, but no news is announced to it
        "Good morning, Eudora! So glad your new hip is holding up.",  # news to a town, then care said to her
        "Eudora turned 85 in her hospice room on Sunday.",
    ],
)
def test_a_person_named_like_a_small_town_stays_a_name(text):
    assert hits("PHI003", post(text))


# --- blank_group: one group blanked, the words around it and every offset kept --------------------------------------


def test_blank_group_blanks_one_group_and_keeps_the_rest():
    import re

    from playbook.rules.privacy.common import blank_group

    pattern = re.compile(r"(?:the|el equipo de) (?P<name>[A-Z][\w &]+?)(?: team|$)|(?P<other>x)")
    assert pattern.sub(lambda m: blank_group(m, "name"), "with the Vein & Wound Care team today") == "with the " + " " * len("Vein & Wound Care") + " team today"
    assert pattern.sub(lambda m: blank_group(m, "name"), "x marks") == "x marks"  # the group took no part: the match as it was
    assert blank_group(re.match(r"a(?P<g>b\nc)d", "ab\ncd"), "g") == "a \n d"  # a line's end stays


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab \n", max_size=40))
def test_blank_group_keeps_the_length(text):
    import re

    from playbook.rules.privacy.common import blank_group

    out = re.compile(r"a(?P<g>[b \n]+)a").sub(lambda m: blank_group(m, "g"), text)
    assert len(out) == len(text) and [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
