"""People without a title (PHI003), descriptions (PHI011) and photos of people (PHI012): where a finding lands,
what excuses a name, and that the finders stay linear and never crash on odd text.

Every name, place and person here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy.people import Known, named, people

from tests.rules.harness import PLANS, hits, post, response, with_staff
from tests.rules.work import steps

KNOWN = Known.of(PLANS)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Cheers for little Anouk, who walked the hallway today!", "little Anouk"),
        ("Cast off at last for 6-year-old Bastien.", "6-year-old Bastien"),
        ("Gracias a doña Eulalia por los buñuelos.", "doña Eulalia"),
        ("The Vandersloot family came in for flu shots.", "The Vandersloot family"),
        ("“Back on the trail.” — Oskar, meniscus repair", "Oskar"),
        ("Board: Rm 4 - K. Abernethy - R knee scope", "K. Abernethy"),
    ],
)
def test_phi003_points_at_the_words_that_name(text, words):
    (found,) = hits("PHI003", post(text, body_line=12))
    assert found.line == 12
    assert found.column == text.index(words) + 1
    assert f"'{words}'" in found.message


def test_phi003_finds_the_name_on_its_own_line():
    body = "A good week at the clinic.\n\nSo proud of you, Wendeline! Last week of cardiac rehab DONE."
    (found,) = hits("PHI003", post(body, body_line=20))
    assert (found.line, found.column) == (22, len("So proud of you, ") + 1)


def test_phi003_quotes_the_name_as_written_in_capitals():
    (found,) = hits("PHI003", post('Scan printout labelled "BABY TREMBLAY 22 WKS" on the board.'))
    assert "'BABY TREMBLAY'" in found.message


@pytest.mark.parametrize(
    "text",
    [
        "Sophie (7) rocked her allergy shots today!",
        "¡Felicidades a Ximena Lozano por terminar sus terapias!",
        "Love you Ezekiel!! Best rehab graduate ever.",
    ],
)
def test_phi003_a_patient_or_child_is_never_excused_by_the_team_list_when_named_by_kin_or_age(text):
    assert hits("PHI003", text)


def test_phi003_team_members_pass_with_their_first_name_alone():
    assert hits("PHI003", "Thanks, Jordan and Sam, for running the water table!") == []


def test_phi003_public_figure_passes_until_the_post_guesses_or_claims_care():
    fair = "Quarterback Dario Vallone will miss two weeks, the team announced. Here's how ankle sprains heal in general."
    guess = "Quarterback Dario Vallone probably tore his ACL on that plant. Classic mechanism."
    ours = "Honored to care for Senator Ilse Brandvold during her recovery."
    assert hits("PHI003", fair) == []
    assert hits("PHI003", guess) and hits("PHI003", ours)


def test_phi003_handles_are_judged_by_what_they_name():
    assert hits("PHI003", "Thanks @MillbrookGazette and @county_parks_official for the coverage!") == []
    (found,) = hits("PHI003", "Thanks @kayla.runs.fast for the kind words!")
    assert "@kayla.runs.fast" in found.message


def test_phi003_a_reply_greeting_an_unknown_name_is_refused():
    assert hits("PHI003", response("Hola Anacleto, lamentamos mucho la espera. Llame al {{ contact.phone }}."))


def test_phi011_points_at_the_description():
    text = "Good news. The bus driver on the Route 9 loop came in for his back."
    (found,) = hits("PHI011", post(text, body_line=5))
    assert found.column == text.index("The bus driver") + 1


def test_phi012_names_the_words_that_show_a_person():
    media = Media("images/rehab.jpg", "Older woman in a blue sweater doing band pulls", False, "", None, 17)
    (found,) = hits("PHI012", post("Rehab day.", media=[media]))
    assert found.line == 17
    assert "'woman'" in found.message and "people: false" in found.message


def test_phi012_missing_people_with_a_person_in_the_alt_is_refused():
    media = Media("images/board.jpg", "Doña Refugio walking between the parallel bars", None, "", None, 17)
    (found,) = hits("PHI012", post("Therapy.", media=[media]))
    assert "does not say whether it shows people" in found.message


# --- fuzzing and linear work ---------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Maria", "the", "Okafor", "family", "little", "Mateo", "Sra.", "dona", "(7)", ", 7,", "7-year-old", "Love you",
        "Congrats,", "!", "—", "- ", "T.", "#23", "@jo_runs", "Dr.", "88 Shore Dr.", "Lincoln", "Elementary", "BABY",
        "HOLLIS", "la familia", "Pena", "de 6 anos", "came in", "his back", "Senator", "probably", "surgery", "\n",
        "Día", "José", "Núñez", "'s", "La", "Palma", "é", "\u200b", "’", "  ",
    ]
)  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.text(max_size=40))
def test_people_never_crash_and_stay_inside_the_text(pieces, noise):
    text = " ".join(pieces) + noise
    for person in people(text, KNOWN):
        assert 0 <= person.start < person.end <= len(text)
    list(named(text, KNOWN, reply=True))


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="Aa Bb.,!'-()7#@\n", max_size=300))
def test_people_on_punctuation_soup(text):
    for person in people(text, KNOWN):
        assert 0 <= person.start < person.end <= len(text)


def _steps(text: str) -> int:
    """Work done on a text: lines executed in the people module."""
    from playbook.rules.privacy import people as people_module

    return steps(people_module, lambda: list(named(text, KNOWN)), package=False)


def test_people_work_grows_linearly():
    unit = "Congrats to little Anouk (7) and the Vandersloot family! Senator Ilse Brandvold probably needs surgery. "
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small


# --- a given name that is also a word or a date, made a name by what follows it (PHI003) ---------------------

_WORD_GIVEN = ["April", "June", "Julio", "Abril", "Rosa", "Dolores", "Faith", "Pilar", "Mercedes", "Victoria", "Amparo", "Angel"]
_SURNAMES = ["Castellanos", "Benitez", "Quintanilla", "Ibarra", "Kowalski", "Zamarripa", "Arriaga"]
_TIES = [" ", " R. ", " T. ", " de ", " de la ", " del "]


def _in_field(text: str, field: str):
    if field == "alt":
        return post("A photo.", media=[Media("images/a.jpg", text, False, "", None, 14)])
    if field == "title":
        return post("A note from the clinic.", title=text)
    return post(text)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(_WORD_GIVEN),
    st.sampled_from(_TIES),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["Thanks to {} for the cookies.", "{} finished physical therapy this week.", "Monitor showing the chest X-ray of {}", "Felicidades a {} por su graduación."]),
    st.sampled_from(["body", "alt", "title"]),
)
def test_phi003_a_word_that_is_a_given_name_before_a_surname_names_someone(given_name, tie, surname, frame, field):
    name = f"{given_name}{tie}{surname}"
    found = hits("PHI003", _in_field(frame.format(name), field))
    assert found and any(f"'{given_name}" in h.message for h in found), name


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["April", "June", "Julio", "Abril", "Rosa", "Hope", "Grace", "Dolores", "May", "Will"]),
    st.sampled_from([" 2027", " 15", " Street Church", " Park", " de 2027", ", we open", " and July", " de cabeza", " Fest", " is here"]),
    st.sampled_from(["body", "alt", "title"]),
)
def test_phi003_a_word_that_is_a_given_name_passes_with_nothing_that_makes_it_one(word, rest, field):
    assert hits("PHI003", _in_field(f"See you in {word}{rest} for free blood pressure checks.", field)) == []


# --- a person narrowed by a role at a named place, with their care (PHI011) ------------------------------------

_ROLES_EN = ["the crossing guard", "the lunch lady", "the only female firefighter", "the night custodian", "the barista", "the mail carrier"]
_PLACES_EN = ["at Linden Elementary", "on the Route 9 loop", "at Station 4", "at Bean Scene Coffee", "on Harbor Road"]
_CARE_EN = ["came in for her back", "finished his ACL rehab with us", "is back at work after her hip replacement with our team"]
_NO_CARE_EN = ["spoke at our diabetes awareness breakfast", "shared her tips on asthma at our booth", "handed out water at our 5K"]
_ROLES_ES = ["la maestra de kínder", "el chofer", "la cajera", "el señor que atiende la panadería", "la única partera"]
_PLACES_ES = ["de la escuela Benito Juárez", "de la ruta 14", "del Súper Ahorro", "de la tortillería La Palma", "del pueblo"]
_CARE_ES = ["vino por su diabetes", "nos visitó por su pérdida auditiva", "terminó su rehabilitación de rodilla con nosotros"]
_NO_CARE_ES = ["habló en nuestra feria de salud sobre la diabetes", "nos regaló pan para la caminata", "dio una charla sobre vacunas"]


@settings(max_examples=100, deadline=None)
@given(st.booleans(), st.integers(0, 5), st.integers(0, 4), st.integers(0, 2))
def test_phi011_a_role_at_a_named_place_with_their_care_is_refused(spanish, role, place, care):
    if spanish:
        text = f"{_ROLES_ES[role % 5].capitalize()} {_PLACES_ES[place]} {_CARE_ES[care]}."
    else:
        text = f"{_ROLES_EN[role].capitalize()} {_PLACES_EN[place]} {_CARE_EN[care]}."
    (found,) = hits("PHI011", post(text, body_line=3))
    assert found.column == 1, text


@settings(max_examples=100, deadline=None)
@given(st.booleans(), st.integers(0, 5), st.integers(0, 4), st.integers(0, 2))
def test_phi011_a_role_at_a_place_without_their_care_passes(spanish, role, place, activity):
    if spanish:
        text = f"{_ROLES_ES[role % 5].capitalize()} {_PLACES_ES[place]} {_NO_CARE_ES[activity]}."
    else:
        text = f"{_ROLES_EN[role].capitalize()} {_PLACES_EN[place]} {_NO_CARE_EN[activity]}."
    assert hits("PHI011", text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["A woman in her 40s", "A teacher at any school", "A student at your school", "Una mujer en edad fértil", "Un maestro en cualquier escuela"]),
    st.sampled_from(["should ask about her first mammogram.", "can get his flu shot with us on Saturday.", "puede pedir su vacuna en la clínica."]),
)
def test_phi011_a_person_with_no_role_or_a_place_that_names_none_passes(person, rest):
    assert hits("PHI011", f"{person} {rest}") == []


# --- names as slugs write them (PHI003) -------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["nadia", "lucia", "tobias", "ximena", "gabriella", "marcos"]),
    st.sampled_from(["{n}s-last-dialysis-session", "celebrating-{n}s-first-steps-after-hip-surgery", "{n}-knee-replacement-day", "before_after_lipo_K{N}", "{n}s-chemo-graduation"]),
    st.sampled_from(["path", "media"]),
)
def test_phi003_a_name_in_a_slug_with_their_care(name, slug, where):
    slug = slug.format(n=name, N="Washington") if "{N}" in slug else slug.format(n=name)
    item = post("Notes.", path=f"content/posts/2027/02/14-{slug}.md") if where == "path" else post("Notes.", media=[Media(f"images/{slug}.jpg", "A bright room", False, "", None, 14)])
    assert hits("PHI003", item), slug


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            "jumping-jacks-for-knee-health",
            "consejos-de-salud-para-el-invierno",
            "vitamin-d-and-bone-health",
            "hepatitis-b-shots",
            "que-esperar-de-tu-cirugia-de-cadera",
            "james-river-5k-knee-tips",
            "CTScan-what-to-expect",
            "mothers-day-mammograms",
        ]
    ),
    st.sampled_from(["path", "media"]),
)
def test_phi003_a_slug_of_a_plain_topic_passes(slug, where):
    item = post("Notes.", path=f"content/posts/2027/02/14-{slug}.md") if where == "path" else post("Notes.", media=[Media(f"images/{slug}.jpg", "A bright room", False, "", None, 14)])
    assert hits("PHI003", item) == [], slug


def _rule_steps(code: str, text: str) -> int:
    """Work one rule does on a text: lines executed in the privacy package while it runs."""
    from playbook.rules.privacy import names as names_module

    return steps(names_module, lambda: hits(code, post(text)))


def assert_linear(code: str, unit: str, times: int = 15) -> None:
    """Doubling a text of `unit` repeated about doubles one rule's work (2.3x at most; a rescan per match is 4x)."""
    small, large = _rule_steps(code, unit * times), _rule_steps(code, unit * 2 * times)
    assert large < 2.3 * small, f"{code}: {small} lines for {times} units, {large} for {2 * times}"


def test_phi011_work_grows_linearly():
    """Descriptions are read in bounded windows: doubling a text of near-misses doubles the work."""
    unit = "The crossing guard at Linden Elementary waved. The the a an our town's only teacher who runs the shop on Elm. La maestra de kinder de la escuela Juarez de la de la. She came in. "
    small, large = _rule_steps("PHI011", unit * 20), _rule_steps("PHI011", unit * 40)
    assert large < 2.3 * small


# --- known by a nickname, a pet form, a diminutive or a family title, with their care (PHI003) ------------------

_KNOWN_AS = [
    "el Tata Lencho",
    "la Güela Chayo",
    "Nachito",
    "Lupita",
    "Pilarcita",
    "Carlitos",
    "don Chente",
    "la abuelita Tencha",
    "Grandma Jo",
    "Meemaw Dot",
    "Big Dre",
    "Uncle Sal",
    "Papa Joe",
    "nuestra paciente favorita Chayito",
    "our patient of the month Theo",
]
_CARE_AFTER = ["ya terminó sus terapias de lenguaje", "ya camina sin bastón después de su cirugía de cadera", "finished cardiac rehab today", "is three years cancer-free", "got his new hearing aids"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_KNOWN_AS), st.sampled_from(_CARE_AFTER), st.sampled_from(["{n} {c}.", "¡Felicidades a {n}, que {c}!", "Big news: {n} {c}!"]))
def test_phi003_a_nickname_a_diminutive_or_a_family_title_with_their_care(name, care, frame):
    text = frame.format(n=name, c=care)
    text = text[0].upper() + text[1:]
    found = hits("PHI003", text)
    assert found, text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Un ratito", "Un cafecito", "Las palomitas", "Su carita", "Poquito a poquito", "Tu angelito", "Los abuelitos", "Ahorita"]),
    st.sampled_from(["y la presión alta: lo que dice la ciencia.", "después de las vacunas de los 2 meses.", "antes de su cita de control."]),
)
def test_phi003_everyday_diminutives_name_no_one(word, rest):
    assert hits("PHI003", f"{word} {rest}") == [], word
    assert hits("PHI003", f"Consejos: {word.title()} {rest}") == [], word


# --- a first name that is also a word, with where they work or live and their care (PHI003) ----------------------

_WORD_NAMES = ["June", "Faith", "Hope", "Summer", "Rosa", "Pilar", "Amparo", "Luz", "Angel", "Mercedes", "Dolores", "Abril"]
_WHERE = [
    "from the Corner Loaf bakery on Elm",
    "at Hillside Hardware",
    ", the barber on Main Street,",
    " who runs the yoga studio on Birch Ave",
    ", la de la papelería frente a la primaria,",
    ", la del puesto de jugos del mercado Hidalgo,",
    ", el de la taquería de la avenida Juárez,",
]
_MILESTONE = ["is officially in remission", "finished her last round of radiation", "is six months sober", "ya terminó sus quimioterapias", "ya está libre de cáncer", "got that hernia fixed"]
_NOT_CARE = ["brought muffins for our flu shot volunteers", "will talk about diabetes at our booth", "nos regaló agua para la caminata", "donated paint for our waiting room"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_WORD_NAMES), st.sampled_from(_WHERE), st.sampled_from(_MILESTONE))
def test_phi003_a_word_like_name_with_their_workplace_and_a_milestone_of_their_care(name, where, milestone):
    text = f"{name}{where if where[0] in ', ' else ' ' + where} {milestone}.".replace(",,", ",")
    found = hits("PHI003", text) + hits("PHI011", text)
    assert found, text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_WORD_NAMES), st.sampled_from(_WHERE), st.sampled_from(_NOT_CARE))
def test_phi003_a_word_like_name_with_a_workplace_and_no_care_of_theirs_passes(name, where, activity):
    text = f"{name}{where if where[0] in ', ' else ' ' + where} {activity}."
    assert [h for h in hits("PHI003", text) if f"'{name}'" in h.message] == [], text


# --- a role at a named place and a milestone of their care, said without "his" or "her" (PHI011) --------------------

_ROLE_PLACES = [
    "The crossing guard at Maple & 2nd",
    "The night janitor at Linden High",
    "The only vet in Cedar Hollow",
    "The barista at Bean Scene on 5th",
    "La única dentista de Valle Verde",
    "El cartero de la ruta 14",
    "La maestra de tercero de la primaria Hidalgo",
]
_OWN = [
    "beat breast cancer this year",
    "is six months sober",
    "finally got that hernia fixed",
    "had hip surgery last week",
    "ya está libre de cáncer",
    "ya terminó sus quimioterapias",
    "rang the bell after chemo",
]
_NOT_OWN = [
    "had coffee ready for our flu shot volunteers",
    "got the new shingles vaccine in stock",
    "finished a CPR instructor course",
    "got a grant for our asthma program",
    "nos regaló agua para la caminata contra la diabetes",
]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_ROLE_PLACES), st.sampled_from(_OWN))
def test_phi011_a_role_at_a_place_and_a_milestone_of_their_care(described, milestone):
    text = f"Good news! {described} {milestone}."
    (found,) = hits("PHI011", post(text, body_line=4))
    assert found.column == len("Good news! ") + 1, text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ROLE_PLACES), st.sampled_from(_NOT_OWN))
def test_phi011_a_role_at_a_place_with_a_verb_of_care_that_is_no_care_of_theirs_passes(described, activity):
    assert hits("PHI011", f"{described} {activity}.") == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["POV: you're the lunch lady at Oak Hill Elementary and", "POV: you are the mail carrier on Route 6 and", "POV: eres la cajera del Súper Ahorro y"]),
    st.sampled_from(["your new hearing aids finally work", "you just beat prostate cancer", "por fin te operaron la rodilla"]),
    st.booleans(),
)
def test_phi011_a_pov_post_speaks_of_the_one_described_as_you(pov, care, with_care):
    text = f"{pov} {care}." if with_care else f"{pov} it is 20 degrees out. Wear layers!"
    assert bool(hits("PHI011", text)) == with_care, text


# --- days, answers and a team member's own nickname are no one to refuse (PHI003) ----------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            "Jueves Santo",
            "Viernes Santo",
            "Sábado de Gloria",
            "Domingo de Ramos",
            "Día de la Candelaria",
            "Día de San Judas",
            "Día de la Virgen de Guadalupe",
            "Good Friday",
            "Semana Santa",
            "Día de los Muertos",
        ]
    ),
    st.sampled_from(["Cerramos el {h}.", "Horario del {h}: de 9 a 1.", "Closed on {h}; back Monday for flu shots.", "¡Feliz {h} de parte de la clínica!"]),
)
def test_phi003_a_holiday_names_a_day(holiday, frame):
    assert hits("PHI003", frame.format(h=holiday)) == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Sí", "Claro", "Ojo", "Ánimo", "Perfecto", "Listo", "Bueno", "Absolutely", "Yes"]), st.sampled_from(["¡Hola! ", "Hola. ", "Hi! ", ""]))
def test_phi003_an_answer_opening_a_reply_greets_no_one(word, greeting):
    reply = response(f"{greeting}{word}, abrimos los sábados de 9 a 1:30. Para dudas, llame al {{{{ contact.phone }}}}.")
    assert hits("PHI003", reply) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            ('Marisol Tapia, "Mari" para todos,', "Mari"),
            ('Roberto "Beto" Garza', "Beto"),
            ("Katherine Wong (Kat)", "Kat"),
            ("Guadalupe Salas, mejor conocida como Lupita,", "Lupita"),
            ('Wendell Price, aka "Dell",', "Dell"),
        ]
    ),
    st.sampled_from(["¡Gracias, {a}!", "Thanks, {a}!", "Say hi to {a} on Monday."]),
)
def test_phi003_a_nickname_given_to_a_team_member_named_in_full_is_theirs(named_as, closing):
    full, alias = named_as
    plans = with_staff("Marisol Tapia", "Roberto Garza", "Katherine Wong", "Guadalupe Salas", "Wendell Price")
    text = f"20 years with us! {full} runs our front desk. {closing.format(a=alias)}"
    assert hits("PHI003", text, plans=plans) == [], text
    if closing != "Say hi to {a} on Monday.":  # without the member on the team, the nickname is somebody else's
        assert hits("PHI003", f"Front desk news. {closing.format(a=alias)} Glad your chemo is done.", plans=with_staff("Dana Smith")), alias


# --- names in slugs: a word-like given name and a surname's possessive, a diminutive (PHI003) ---------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["may-abernathys-{c}", "june-castellanos-{c}", "faith-adebayos-{c}", "chayito-{c}", "nachito-{c}", "tata-lencho-{c}", "nana-dots-{c}"]),
    st.sampled_from(["mastectomy-recovery", "ultimo-dia-de-quimio", "first-hearing-aids", "cancer-free-party"]),
)
def test_phi003_a_slug_of_a_word_like_name_or_a_pet_name_with_their_care(slug, care):
    assert hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug.format(c=care)}.md")), slug


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "june-flu-shots",
            "may-is-stroke-awareness-month",
            "semana-santa-horario",
            "viernes-santo-cerrado",
            "grandma-approved-balance-exercises",
            "carita-feliz-vacunas",
            "palomitas-y-presion-arterial",
            "summer-knee-injuries",
            "dia-de-la-candelaria-vacunas",
        ]
    )
)
def test_phi003_a_slug_of_a_season_or_a_day_passes(slug):
    assert hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug}.md")) == [], slug


def test_people_work_grows_linearly_on_this_rounds_shapes():
    unit = (
        "June from the Corner Loaf bakery on Elm got had beat finished. Pilar, la de la tienda de la esquina, ya termino. "
        'El Tata Lencho y Nachito, Dia de la Candelaria, Viernes Santo. Hola! Si, claro. Marisol Tapia, "Mari" para todos. '
    )
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small


def test_phi011_work_grows_linearly_on_milestones():
    unit = "The crossing guard at Maple & 2nd got had beat finished the the. La de la tienda de la esquina ya termino. POV: you're the barista at Bean Scene and your "
    small, large = _rule_steps("PHI011", unit * 20), _rule_steps("PHI011", unit * 40)
    assert large < 2.3 * small


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            ("Francisco Lara", "Paco"),
            ("Jesús Ortega", "Chuy"),
            ("Concepción Ríos", "Conchita"),
            ("Margaret Hale", "Peggy"),
            ("William Ortiz", "Coach Billy"),
            ("Rosario Pineda", "Tía Charo"),
            ("Guillermo Vega", "Memito"),
        ]
    ),
    st.sampled_from(["{a} has kept our front desk going for 12 years. ¡Gracias, {n}!", "Meet {a}! Everyone calls this one {n}. Thanks, {n}!"]),
)
def test_phi003_a_pet_form_of_a_team_members_given_name_is_theirs(member, frame):
    full, pet = member
    plans = with_staff(full)
    assert hits("PHI003", frame.format(a=full, n=pet), plans=plans) == [], pet
    assert hits("PHI003", f"¡Felicidades, {pet}! Ya terminaste tu rehabilitación.", plans=with_staff("Dana Smith")), pet


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(['the kids call him "Captain Band-Aid"', 'los peques le dicen "la Doctora Risas"', 'everyone knows her as "Doc Sunshine"']))
def test_phi003_a_nickname_a_staff_spotlight_gives_by_name_is_the_members(called):
    text = f"Ten years with us! Dr. Ilse Marten, our pediatrician, and {called}. Thanks, {called.split(chr(34))[1].split()[-1]}!"
    assert hits("PHI003", text, plans=with_staff("Dr. Ilse Marten")) == [], text


# --- round 7: word-like names in wishes and Spanish order, public figures we cared for, guesses, signatures --------

_WORDLIKE = ["Summer", "Luz", "Joy", "Milagros", "Esperanza", "Dolores", "Estrella", "Hope", "Faith", "Rosa", "Cielo", "Gloria"]
_WISHES = [  # (wish, their care) in one language
    ("Happy 6th birthday to {n}", "our bravest little asthma warrior, who hasn't needed the nebulizer all winter!"),
    ("Three cheers for {n}", "who finished physical therapy after her hip fracture!"),
    ("¡Feliz cumpleaños a {n}", "que ya no necesita el inhalador!"),
    ("¡Muchas felicidades, {n}", "que ya camina sin andadera después de la cirugía!"),
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_WORDLIKE), st.sampled_from(_WISHES))
def test_phi003_a_wish_to_a_word_like_name_with_their_care(name, wish):
    text = f"{wish[0].format(n=name)}, {wish[1]}"
    assert hits("PHI003", text) + hits("PHI011", text), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_WORDLIKE), st.sampled_from(["June is Men's Health Month", "Ever had a calf cramp?", "Hope you can join us", "Summer hours start Monday"]))
def test_phi003_a_word_like_name_as_a_word_in_a_wish_passes(name, opener):
    text = f"{opener}. Happy {name.lower()} to all of you! Flu shots are in: walk in any weekday."
    assert hits("PHI003", text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["se despidió de nosotros", "terminó su tratamiento", "nos visitó por última vez", "recibió el alta"]),
    st.sampled_from(["Rocío", "Dolores", "Luz", "Amparo", "Milagros"]),
    st.sampled_from(["después de 18 meses de ortodoncia", "tras su cirugía de rodilla", "después de las quimios", "luego de su fisioterapia"]),
)
def test_phi003_a_name_after_its_verb_in_spanish_with_their_care(verb, name, care):
    text = f"Hoy {verb} {name} {care}. ¡Te vamos a extrañar!"
    assert hits("PHI003", text) + hits("PHI011", text), text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            "Thanks to Mayor Ellison, who rolled up a sleeve for a flu shot at our clinic!",
            "Councilwoman Ibarra came in for her checkup with us today. Thanks for setting an example!",
            "¡Gracias al alcalde Quiroga, que se vacunó con nosotros esta mañana!",
            "La presidenta municipal Garduño se hizo su chequeo en nuestra clínica. ¡Gracias por el ejemplo!",
            "Coach Dabrowski finally let us fix that shoulder. Welcome back to the sideline, Coach!",
        ]
    )
)
def test_phi003_a_public_figure_we_cared_for_is_named(text):
    assert hits("PHI003", text) + hits("PHI011", text), text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Mayor Ellison", "el alcalde Quiroga", "Senator Vance", "la gobernadora Ibarra"]),
    st.sampled_from(["cut the ribbon at our new wing", "spoke at the county health fair", "inauguró la feria de salud", "visitó el parque nuevo"]),
)
def test_phi003_a_public_figure_with_no_care_of_theirs_passes(figure, act):
    assert hits("PHI003", f"Thank you, {figure}, who {act} this morning.") == []


_PLAYER_GUESSES = {  # one language per text: a player or student singled out by team and position, then a guess
    "en": (
        ["the Otters' center fielder", "the Comets' starting goalie", "the Ashford High wrestling captain"],
        ["that's a textbook hamstring tear", "that looks like a torn ACL to us", "probably a broken collarbone"],
        "Did you see {p} go down on Sunday? From the replay, {g}.",
    ),
    "es": (
        ["el portero de los Halcones", "la capitana del equipo de voleibol de la prepa Morelos", "el pícher de los Toros"],
        ["seguro es una fractura de escafoides", "eso es un desgarro de menisco", "parece una luxación de hombro"],
        "¿Vieron cómo cayó {p} el domingo? Por la repetición, {g}.",
    ),
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_PLAYER_GUESSES)).flatmap(lambda lang: st.tuples(st.just(lang), st.sampled_from(_PLAYER_GUESSES[lang][0]), st.sampled_from(_PLAYER_GUESSES[lang][1]))))
def test_a_guess_at_an_identifiable_players_injury_is_refused(drawn):
    lang, player, guess = drawn
    text = _PLAYER_GUESSES[lang][2].format(p=player, g=guess)
    assert hits("PHI011", text) + hits("EXP004", text) + hits("PHI003", text), text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Gloria T., Maple Heights", "Luz M., Pilsen", "Rosa G., Ponce", "Hope D., Bend", "Dolores R."]))
def test_phi003_a_testimonial_signed_with_a_name_an_initial_and_a_town(signature):
    text = f'"I could not climb stairs before my knee replacement. Now I hike again." — {signature}'
    assert hits("PHI003", text), text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["five five five, three one seven, six two nine four", "nine one seven, four four two, one one zero six", "cinco cinco cinco, dos uno cuatro, ocho ocho tres cero"]),
    st.sampled_from(["We tried you at {p} but the mailbox is full.", "Te marcamos al {p} y no contestaste."]),
)
def test_phi004_a_phone_number_spelled_in_words(phone, frame):
    text = frame.format(p=phone)
    assert hits("PHI004", text), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "Count with me: one two three four five six seven eight!",
            "Uno, dos, tres, cuatro, cinco, seis, siete: ¡a estirar!",
            "Cartridges with lot numbers ending in 2093 or 2094 are recalled; see the FDA notice.",
        ]
    )
)
def test_counting_and_recall_lots_are_no_identifiers(text):
    assert hits("PHI004", text) == [] and hits("PHI007", text) == [], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["¡Viva México!", "¡Viva Puerto Rico!", "¡Que viva Colombia!", "Viva la Virgen de Guadalupe"]),
    st.sampled_from(["Felices fiestas patrias.", "Disfruten el pozole con moderación.", ""]),
)
def test_phi003_a_patriotic_cry_names_no_one(cry, rest):
    assert hits("PHI003", f"{cry} {rest}".strip()) == []


def test_round_seven_work_grows_linearly():
    unit = "Happy birthday to Summer, our brave warrior! Hoy se despidió Rocío tras su cirugía. Mayor Ellison se vacunó con nosotros. — Gloria T., Maple Heights. five five five three one seven. "
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small


# --- round 8: the kinds above in general: relative clauses and wishes, care said with an article, teams --------

_MONTH_LIKE = ["Summer", "June", "April", "May", "August", "Abril", "Julio", "Autumn", "Winter"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(_MONTH_LIKE + ["Hope", "Joy", "Luz", "Esperanza"]),
    st.sampled_from(
        [
            ("Hooray for {n}", "who finished chemo today!"),
            ("Shout out to {n}", "who is walking again after her knee replacement!"),
            ("Big hug to {n}", "who beat leukemia this year!"),
            ("¡Un aplauso para {n}", "que terminó sus quimios!"),
            ("¡Felicidades, {n}", "que ya salió del hospital después de su cirugía!"),
            ("¡Gracias a {n}", "que nos trajo tamales después de su última quimio!"),
        ]
    ),
)
def test_phi003_a_word_like_name_with_a_relative_clause_of_their_care(name, wish):
    text = f"{wish[0].format(n=name)}, {wish[1]}"
    assert hits("PHI003", text) + hits("PHI011", text), text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Summer", "June", "April", "May", "August", "Autumn", "Winter"]),  # in English, "Abril" greeted is a girl
    st.sampled_from(
        [
            "Hello {n}, who's ready for their sports physical? Book online.",
            "Welcome {n}, who else is getting their flu shot this week?",
            "Cheers to {n}, which means sunscreen after every swim.",
            "La {n}, que trae golpes de calor, pide agua y sombra después de la cirugía.",
            "Happy birthday to all our {n} babies! Flu shots are in.",
        ]
    ),
)
def test_phi003_a_month_or_season_with_a_clause_or_a_wish_is_no_one(name, frame):
    text = frame.format(n=name)
    assert hits("PHI003", text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Happy 9th birthday to {n}!", "Happy birthday, {n}!", "¡Feliz cumpleaños a {n}!"]),
    st.sampled_from(_MONTH_LIKE),
    st.sampled_from(["Two years cancer-free this month.", "So glad the new inhaler is working.", "Ya sin muletas después de la fractura."]),
)
def test_phi003_a_birthday_wish_to_a_months_name_in_a_text_of_care(wish, name, care):
    text = f"{wish.format(n=name)} {care}"
    assert hits("PHI003", text), text


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["se despidió de nosotros", "recibió el alta", "nos dijo adiós", "salió caminando", "se fue a casa"]),
    st.sampled_from(["Soledad", "Consuelo", "Rocío", "Amparo", "Milagros"]),
    st.sampled_from(["después de las quimios", "tras las terapias", "luego de la diálisis", "con la rodilla operada", "con el brazo enyesado", "tras la última sesión de radioterapia"]),
)
def test_phi003_colloquial_care_after_a_name_in_spanish_order(verb, name, care):
    text = f"Hoy {verb} {name} {care}."
    assert hits("PHI003", text) + hits("PHI011", text), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "Después de las quimios es normal sentir cansancio: escríbenos.",
            "Cuidados de la rodilla operada: charla gratuita el jueves.",
            "After the chemo, rest and hydrate; call us with questions.",
            "Book your follow-up visit after the surgery.",
            "Los dolores tras las terapias pasan en unos días.",
        ]
    )
)
def test_care_said_to_anyone_names_no_one(text):
    assert hits("PHI003", text) == [] and hits("PHI011", text) == [], text


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(
        [
            "la capitana del equipo de voleibol de la prepa Juárez",
            "el portero del equipo de fútbol de la secundaria 12",
            "la abanderada de la escolta de la primaria Hidalgo",
            "el pitcher del equipo de béisbol de la preparatoria Morelos",
            "the goalie on the varsity team at Central High",
            "the Westfield High volleyball captain",
            "the Lakeview High drum major",
            "the captain of the Riverside High swim team",
        ]
    ),
    st.sampled_from(
        [
            ("Did you see {p} go down on Friday? Has to be a torn ACL.", "en"),
            ("{P} finished her ACL rehab with us this week!", "en"),
            ("¿Vieron a {p} el sábado? Seguro es un esguince de tobillo.", "es"),
            ("{P} ya terminó su rehabilitación de rodilla con nosotros.", "es"),
        ]
    ),
)
def test_phi011_one_player_or_student_by_team_and_position_with_their_care(player, frame):
    spanish = player.split()[0] in ("la", "el")
    if spanish != (frame[1] == "es"):
        return  # one language per text
    text = frame[0].format(p=player, P=player[0].upper() + player[1:])
    assert hits("PHI011", text) + hits("PHI003", text), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "The Central High softball team got their sports physicals with us this week.",
            "La capitana del equipo de voleibol de la prepa Juárez nos ayudó en la feria de salud.",
            "Did you see the Lakeview High drum major lead the parade? What a show!",
            "El equipo de voleibol de la prepa Juárez ganó el torneo. ¡Felicidades!",
            "The captain of the Riverside High swim team spoke at our concussion awareness night.",
        ]
    )
)
def test_phi011_a_team_or_a_position_without_care_passes(text):
    assert hits("PHI011", text) == [], text


def test_round_eight_work_grows_linearly():
    unit = (
        "Hooray for May, who finished chemo today! Happy birthday to April! Hoy se despidió Rocío después de las quimios "
        "con la rodilla operada. ¿Vieron a la capitana del equipo de voleibol de la prepa Juárez? Seguro es un esguince. "
    )
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small


# --- round 9: a name spoken to about what we hand them, names on labels, bare boxes, places read as titles -------


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["Wade", "Faith", "Ivy", "Joy", "Grace", "Rocky", "Luz", "Rosa", "Paz", "Amparo", "Nolan", "Dottie"]),
    st.sampled_from(["", "Hi ", "Hola ", "Good news, "]),
    st.sampled_from(
        [
            "your new insoles came in this morning.",
            "your hearing aids are ready at the front desk!",
            "your custom night guard came in today.",
            "tus lentes nuevos ya llegaron, pásate cuando gustes.",
            "su aparato auditivo ya está listo en recepción.",
            "tu guarda oclusal ya está lista.",
            "your lab results are in the portal.",
        ]
    ),
)
def test_phi003_a_name_spoken_to_about_what_we_hand_them(name, hello, care):
    text = f"{hello}{name}, {care}"
    (found,) = hits("PHI003", text)
    assert name in found.message.split("'")[1], (text, found.message)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Friends", "Seniors", "Parents", "Team", "Summer", "Winter", "Mamás", "Vecinos"]),
    st.sampled_from(["your flu shots are here!", "your kids' flu shot clinic is Saturday.", "your order of cards is ready.", "sus vacunas de temporada ya llegaron."]),
)
def test_phi003_a_crowd_a_season_or_a_word_spoken_to_is_no_one(word, rest):
    text = f"{word}, {rest}"
    assert hits("PHI003", text) == [], text


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["ZHOU_L", "OKAFOR_R", "SHAH_K", "GUTIERREZ_A", "Brannigan, T.", "IBARRA M"]),
    st.sampled_from([" / ", " ", " | ", " - ", ", DOB "]),
    st.sampled_from(["05-30-1982", "1979-02-03", "14/09/1979", "3.7.1990"]),
    st.sampled_from(["Photo of the freezer tag {l}, crop it?", "Alt: tube marked {l} on the rack", "Foto: el frasco dice {l} en la tapa."]),
)
def test_phi003_a_name_and_a_date_on_a_label(name, sep, date, frame):
    text = frame.format(l=f"{name}{sep}{date}")
    found = hits("PHI003", text)
    assert found and name.split("_")[0].split(",")[0].split()[0] in found[0].message, text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Lot A", "Room B", "Table C", "Walk A", "Clinic Day 3"]),
    st.sampled_from([" / ", " ", ", "]),
    st.sampled_from(["03-11-2027", "2027-01-04"]),
)
def test_phi003_a_word_a_letter_and_a_date_is_no_label(word, sep, date):
    text = f"{word}{sep}{date} for the volunteers."
    assert hits("PHI003", text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Box", "Apartado", "Casilla"]),
    st.integers(min_value=1, max_value=99999),
    st.sampled_from(
        [
            "Your new brace shipped to the post office, {b}.",
            "We mailed the refill to {b}, Juntura.",
            "Le enviamos la receta por correo al {b}.",
            "Sus lentes van al {b}, en Tlacotalpan.",
        ]
    ),
)
def test_phi009_a_bare_box_in_the_mail(word, number, frame):
    text = frame.format(b=f"{word} {number}")
    (found,) = hits("PHI009", text)
    assert f"'{word} {number}'" in found.message, text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Box", "Apartado"]),
    st.integers(min_value=1, max_value=40),
    st.sampled_from(["Check {b} on the intake form.", "{b} of the form asks for your insurance.", "Lea el {b} del reglamento antes de firmar."]),
)
def test_phi009_a_box_of_a_form_is_no_address(word, number, frame):
    text = frame.format(b=f"{word} {number}")
    assert hits("PHI009", text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["", "N ", "S. ", "NW ", "W ", "E. "]),
    st.sampled_from(["Alder", "Birchwood Park", "Lake Shore", "3rd"]),
    st.sampled_from(["Free parking.", "Bring water.", "Strollers welcome.", "Open daily."]),
)
def test_phi003_dr_after_a_street_is_drive(number, way, street, rest):
    text = f"Walk with us at {number} {way}{street} Dr. {rest}"
    assert hits("PHI003", text) == [], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Dixon", "Wolf", "Bear Tooth", "Cedar", "Eagle", "Marcy"]),
    st.sampled_from(["Pass", "Canyon", "Peak", "Creek", "Ridge", "Falls"]),
)
def test_phi003_a_pass_a_canyon_or_a_peak_is_a_place(name, place):
    text = f"Snow day: the road over {name} {place} is closed, so we open at 11."
    assert hits("PHI003", text) == [], text


def test_round_nine_work_grows_linearly():
    unit = (
        "Wade, your new insoles went out by mail to Box 52. Label: ZHOU_L / 05-30-1982, the tray labeled "
        "K.D. Ostrander. Walk at 1301 N Alder Dr. Free parking past Bear Tooth Pass. Luz, tus lentes ya llegaron. "
    )
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small


# --- round 10: nicknames said before whose they are, courtesy before a pet form, word-like names as subjects,
# --- dedications and a relative's title; council members and ring names (PHI003) ------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([("Paul Ito", "Sunshine"), ("Marta Gil", "Chispita"), ("Leonor Ruiz", "Nonis"), ("Dana Cole", "Doc")]),
    st.sampled_from(
        [
            "Happy birthday to our {n}! That's what the kids call our nurse {m}, who has given shots here for ten years. Love you, {n}!",
            "¡Feliz cumpleaños a nuestra {n}! 🎉 Así le dicen todos a la recepcionista {m}. ¡Te queremos, {n}!",
            "¡Gracias, {n}! Como le decimos con cariño a la enfermera {m}, nadie pone vacunas como tú.",
        ]
    ),
)
def test_phi003_a_nickname_said_first_then_whose_it_is_is_the_members(member, frame):
    full, nick = member
    text = frame.format(n=nick, m=full)
    assert hits("PHI003", text, plans=with_staff(full)) == [], text
    # a nickname of no one on the team, with someone's care, still counts
    assert hits("PHI003", f"¡Feliz cumpleaños, {nick}! Ya terminaste tus quimios.", plans=with_staff(full)), nick


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([("Eduardo Ramos", "Lalo"), ("Guadalupe Reyes", "Lupe"), ("Rosario Méndez", "Chayo"), ("Ignacio Beltrán", "Nacho")]),
    st.sampled_from(["Don", "Doña", "don", "doña"]),
)
def test_phi003_courtesy_before_a_pet_form_of_a_members_given_name_is_theirs(member, courtesy):
    full, pet = member
    text = f"Hoy se jubila {courtesy} {pet}: {full} estuvo 25 años con nosotros. ¡Buen viaje, {courtesy} {pet}!"
    assert hits("PHI003", text, plans=with_staff(full)) == [], text
    assert hits("PHI003", f"{courtesy} {pet} vino por su rodilla.", plans=with_staff("Dana Smith")), pet


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Summer", "Hope", "Faith", "Winter", "Misty", "Sunny", "Autumn", "Joy"]),
    st.sampled_from(
        [
            "{n} is back on the court! Six weeks after that ACL repair she is already sprinting.",
            "{n} is out of the sling at last. Three weeks after his shoulder surgery he threw a ball today.",
            "{n} walked out without the crutches today, and she says the knee feels great after PT.",
        ]
    ),
)
def test_phi003_a_word_like_name_as_the_subject_of_their_care(name, frame):
    text = frame.format(n=name)
    assert hits("PHI003", text), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Spring is here", "May is Stroke Awareness Month", "June was a busy month", "Hope is a powerful medicine", "Summer started early"]))
def test_phi003_a_season_or_a_virtue_opening_a_sentence_passes(opener):
    text = f"{opener}! After surgery, she or he should ask our nurses before hiking."
    assert hits("PHI003", text) == [], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Sunny", "Misty", "Cielo", "Stormy"]),
    st.sampled_from(
        [
            ("To {n}, the bus driver on route 9:", "thanks for bringing your three kids in for their school checkups!"),
            ("A {n}, la chofer del camión escolar de la ruta 4,", "¡gracias por traer a tus hijos a sus vacunas!"),
        ]
    ),
)
def test_phi003_a_post_dedicated_to_a_word_like_name_with_their_childrens_care(name, frame):
    text = f"{frame[0].format(n=name)} {frame[1]}"
    assert hits("PHI003", text), text
    assert hits("PHI003", f"{frame[0].format(n=name)} ¡gracias por el café de los viernes!") == [], name


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Grandma Autumn", "Grandpa August", "Nana May", "abuelo Domingo", "Tío Julio", "Aunt April"]),
    st.sampled_from(["Happy birthday to {n}! Tuesdays are never the same without that smile at his or her blood pressure check.", "¡Feliz cumpleaños a {n}! Nunca falta a su control de presión."]),
)
def test_phi003_a_relatives_title_before_a_month_like_name_with_their_routine_test(name, frame):
    text = frame.format(n=name)
    assert hits("PHI003", text), text
    assert hits("PHI003", f"{name}'s pie recipe won the bake-off again!") == [], name


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["la concejal", "la concejala", "el regidor", "Alderwoman", "council member", "al concejal"]),
    st.sampled_from(["Rebeca Quintero", "Ramón Ibarra"]),
)
def test_phi003_a_council_member_by_title_is_a_public_figure(title, name):
    text = f"Gracias a {title} {name} por recibirnos en la feria del barrio."
    assert hits("PHI003", text) == [], text
    assert hits("PHI003", f"Gracias a {title} {name}, que se vacunó con nosotros hoy."), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(['al boxeador tapatío Rogelio "El Trueno" Cárdenas', 'the Tucson-born boxer Julio "El Rayo" Mena', 'a la luchadora regia Karla "La Centella" Ibarra']),
)
def test_phi003_an_athlete_with_a_ring_name_by_sport_and_demonym_is_a_public_figure(athlete):
    text = f"Mucha suerte {athlete} en su combate del domingo!"
    assert hits("PHI003", text) == [], text


def test_round_ten_work_grows_linearly():
    unit = (
        "Sunshine! That's what the kids call our nurse Paul Ito. Joy is back on her bike after she got surgery. "
        "A Misty, la chofer del camión 7, gracias por traer a tus hijos a sus vacunas. Grandpa August, his blood sugar check. "
    )
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small


# --- a former job and the named hollow one lives up, with their care (PHI011) -------------------------------------

_RETIRED = ["the retired lineman", "our old quarry foreman", "the retired logger", "a retired welder"]
_UP = ["up Possum Hollow", "way out Cold Spring Road", "down Turkey Creek", "up on Bitter Lick Fork"]
_LET_US_CARE = ["finally let us stitch up that shin wound", "let us dress that leg ulcer at last", "finally let us treat that foot wound"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_RETIRED), st.sampled_from(_UP), st.sampled_from(_LET_US_CARE), st.booleans())
def test_phi011_a_former_job_up_a_named_hollow_with_care_they_let_us_give(who, where, care, nod):
    text = f"Big thanks to {who} {where} who {care}." + (" You know who you are!" if nod else "")
    assert hits("PHI011", post(text)), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_RETIRED), st.sampled_from(_UP), st.sampled_from(["brought pie to this flu shot clinic", "let us clean up the trail after the storm", "helped us set up the health fair"]))
def test_phi011_a_former_job_up_a_named_hollow_with_no_care_of_theirs_passes(who, where, deed):
    text = f"Big thanks to {who} {where} who {deed}. You know who you are!"
    assert not hits("PHI011", post(text)), text


def test_phi011_hollows_and_nods_work_grows_linearly():
    """A named hollow, a "let us" and a nod are read in bounded windows: doubling near-misses doubles the work."""
    unit = "The retired lineman up Possum Hollow let us clean the the trail. You know who you are. That this his Sulphur Creek way out Fork. "
    small, large = _rule_steps("PHI011", unit * 20), _rule_steps("PHI011", unit * 40)
    assert large < 2.3 * small


def test_whether_a_text_speaks_of_care_is_read_once_however_many_names_ask(monkeypatch):
    """Each congratulated name, word-like name and signature asks whether the text speaks of care: the whole-text
    scan runs once per text, not once per name (which would make a text of many names quadratic)."""
    from playbook.rules.privacy import care

    scans = 0
    real = care.care_in

    def counted(*args, **kwargs):
        nonlocal scans
        if len(args) == 1 and not kwargs:  # the whole-text form mentions_care uses
            scans += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(care, "care_in", counted)
    unit = "Congrats to Coach Rena Oduya on the league title! Happy birthday to April! Felicidades a Don Abel Quiroz por el primer premio. "
    for copies in (3, 30):
        care.mentions_care.cache_clear()
        scans = 0
        hits("PHI003", unit * copies)
        assert scans <= 2, (copies, scans)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("advice for people who had both doses", False),
        ("Anyone who feels dizzy should sit down", False),
        ("para los adultos: seniors who live alone", False),
        ("the referee who fell last week", True),
        ("Read how she walked again", True),
        ("Storms tonight: Don’t cross flooded roads", False),  # a contraction, not the title "Don"
        ("Don't wait for the rash to spread", False),
        ("Don Beto's story of his new knee", True),
    ],
)
def test_who_after_many_is_no_one_in_particular(text, one):
    from playbook.rules.privacy.names import ONE_PERSON

    assert (ONE_PERSON.search(text) is not None) is one
