"""Round 49, notes49: three kinds, each in sentences of our own (every name, street and town here is invented).

1. PHI009 false alarm: the practice's own new premises in a move or opening post ("We moved! Find us at <number>
   <street>, Suite 4, across from the bakery", "¡Nos cambiamos! Ahora estamos en ..., segundo piso") (moved_in.py). A
   household's address, a delivery, a visit moved, a family that lives there and a home-visit route still refuse.
2. PHI003 false alarm: an agency's handle glossed by its name right after it, in brackets or after a dash
   ("@<handle> (<County> Public Health)", "según @<handle> (Secretaría de Salud de <State>)") (glossed_handles.py). A
   person's handle glossed by her name or her job, a titled handle and a gloss with care still refuse.
3. PHI003 miss: a member of our day centre or group named by a nickname or a title and a given name after a role that
   reads as a public one ("our checkers champ, Don <Name>", "nuestra campeona de lotería, Doña <Name>"), with a
   condition told in everyday words ("his memory plays tricks on him", "ya no ve bien", "walks with a cane since his
   fall") (everyday_symptoms.py, public.health_next_to). A champion's own story told to reporters, a member with no
   condition and health education still pass.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import everyday_symptoms, glossed_handles, moved_in
from playbook.rules.privacy.known import Person
from playbook.text import sentence_bounds

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


# --- 1. PHI009: our own new premises ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "WE MOVED 🦷 Starting Tuesday, Sonrisa Bonita is at 4410 W. Ramsey Ave, Suite 3, across from the car wash. Same phone, same smiles!",
        "We've moved! Find us now at 907 N. Alder Blvd, 2nd floor, right above the pharmacy. Parking is free in the back lot.",
        "Now open at 2280 Carver Pkwy, Suite 118! Same-week eye exams and frames for every budget.",
        "Big news, friends: we're now at 55 Tollgate Rd, Suite 9, next to the public library. Same number as always.",
        "We moved upstairs! The infusion team is now on the third floor, Suite 302, 180 Grayling St. Elevators are by the lobby.",
        "¡Nos cambiamos! Ahora estamos en 3125 E. Pecan Blvd, Suite 7, frente a la panadería El Trigal. Mismo teléfono.",
        "📦 ¡Nos mudamos! Desde el lunes nos encuentran en 1901 S. Cedar Ave, segundo piso, al lado del banco.",
        "¡Nos mudamos! A partir del 3 de mayo la clínica de pies estará en 612 W. Mesquite St, Suite 12, a dos cuadras del Mercado Central.",
        "Nuestra nueva clínica ya abrió: estaremos en 7740 N. Loma Dr, Local 5, junto a la gasolinera de la esquina.",
        "🚚 We moved! Nos cambiamos a 820 W. Canyon Rd, Suite C, aquí mismo en Alcalde, a una cuadra de la iglesia.",
        "Our new location is open: 3390 Juniper Way, Suite 210, across the street from the post office.",
        "Grand opening this Saturday at 1450 Ridgeview Dr, Suite 4, next to Dollar Barn. Ribbon cutting at 10!",
    ],
)
def test_our_own_new_premises_pass(text):
    assert hits("PHI009", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "We dropped the walker at 1820 W. Ramsey Ave, Suite B for Mrs. Tolliver this morning.",
        "We moved her visit to 4410 W. Ramsey Ave, across from the car wash.",
        "We moved! Mrs. Tolliver now lives at 907 N. Alder Blvd, Suite 2, next to the bakery.",
        "¡Nos mudamos! La familia que vive en 3125 E. Pecan Blvd, Suite 7, frente a la panadería, nos invitó a comer.",
        "We moved! The Okonkwo family lives at 55 Tollgate Rd, Unit 9, next to the library.",
        "Route for today's home visits: 2280 Carver Pkwy, Suite 118, then 14 Birch Ln.",
        "¡Nos cambiamos! Le llevamos el concentrador a 1901 S. Cedar Ave, Suite B, al lado del Banco Azteca.",
        "Now open at 612 W. Mesquite St, Suite 12: our patient Ramona finished her wound care there.",
        "We're at 7740 N. Loma Dr, Suite 5 today dropping off insulin for a homebound patient.",
        "Our patient on 1420 Maple Avenue is back on her bike.",
        "¡Nos cambiamos! Don Evaristo nos espera en 820 W. Canyon Rd, Suite C, al lado del banco.",
    ],
)
def test_a_household_a_delivery_or_a_visit_still_refuses(text):
    assert hits("PHI009", post(text))


@FUZZ
@given(
    st.sampled_from(["We moved!", "We've moved.", "¡Nos mudamos!", "¡Nos cambiamos!", "Now open!"]),
    st.sampled_from(["Find us at", "Ahora estamos en", "Nos encuentran en", "We're now at"]),
    st.sampled_from(["3125 E. Pecan Blvd", "907 N. Alder Blvd", "55 Tollgate Rd", "1901 S. Cedar Ave"]),
    st.sampled_from([", Suite 7.", ", 2nd floor.", ", segundo piso.", ", across from the bakery.", ", al lado del banco."]),
)
def test_a_grid_of_moves_passes(opening, where, street, unit):
    assert hits("PHI009", post(f"{opening} {where} {street}{unit} Same phone, same team.")) == []


@FUZZ
@given(
    st.sampled_from(["We moved!", "¡Nos mudamos!", "Now open!"]),
    st.sampled_from(["Mrs. Tolliver lives at", "La familia Rangel vive en", "We dropped her oxygen at", "Le dejamos la andadera en"]),
    st.sampled_from(["3125 E. Pecan Blvd", "907 N. Alder Blvd", "55 Tollgate Rd"]),
    st.sampled_from([", Suite B.", ", across from the car wash.", ", next to Dollar Barn."]),
)
def test_a_grid_of_households_refuses(opening, who, street, unit):
    assert hits("PHI009", post(f"{opening} {who} {street}{unit}"))


def test_the_move_reading_stays_linear():
    unit = "We moved! Nos cambiamos a 820 W. Canyon Rd, Suite C, next to the bakery, la clinica de pies estara en "

    def read(n):
        body = fold(unit * n).text
        bounds = sentence_bounds(body)
        addresses = list(re.finditer(r"820 W\. Canyon Rd", body))
        return lambda: [moved_in.own_move(body, bounds, 0, len(body), match) for match in addresses[:3]]

    small = steps(moved_in, read(20), package=False)
    large = steps(moved_in, read(40), package=False)
    assert large < 2.3 * small


# --- 2. PHI003: an agency's handle glossed by its name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sharing from @kerncophd (Kern County Public Health) and the CDC: cooling centers open until 9 tonight.",
        "Reposting @tchd_tx - Tarrant County Department of Public Health: mosquito spraying Thursday night.",
        "Según @saludbcs (Secretaría de Salud de Baja California Sur), hay casos de dengue en la zona; usen repelente.",
        "Compartimos de @ssnl (Secretaría de Salud de Nuevo León): campaña de vacunación gratuita este sábado.",
        "Heads up from @mchdpa (Monroe County Health Department): free flu shots at the fairgrounds Saturday.",
        "Via @ocphealth — Orange County Public Health Agency: boil-water notice lifted for Lakeview.",
        "From @nmdoh_alerts (New Mexico Department of Health): smoke advisory through Friday for the southern counties.",
        "Aviso de @imssbc (Instituto Mexicano del Seguro Social en Baja California): nuevos horarios de vacunación.",
        "Please read this recall from @ochca (OC Health Care Agency): certain teething tablets are not safe for babies.",
        "Información de @minsalpr (Departamento de Salud de Puerto Rico): las vacunas de influenza ya llegaron.",
        "Per @cabrillohd (Cabrillo Health District), the clinic on 4th Street closes early Monday.",
    ],
)
def test_an_agency_handle_glossed_by_its_name_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Congrats to @rosyruns (Rosy Alvarez) on her first 10K!",
        "Sharing from @tomasito (Health Department nurse): flu shots Friday.",
        "Congrats to @mariasalud (Maria Lopez de Salud Publica) on her new job!",
        "Follow @DraLinares (Secretaría de Salud) for tips on dengue.",
        "Thanks @kerncophd (Kern County Public Health) for cheering on @jaydenruns, who finished chemo with us today!",
        "Big hugs to @coach_dre23 (Andre Bell), back on the field after his knee surgery with us.",
        "Welcome back @lupe.moreno - Lupe had her gallbladder out here last month!",
    ],
)
def test_a_persons_handle_still_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Sharing from", "Reposting", "Según", "Compartimos de", "Via"]),
    st.sampled_from(["@kerncophd", "@saludbcs", "@mchdpa", "@hd_cabrillo"]),
    st.sampled_from(
        [
            " (Kern County Public Health)",
            " (Secretaría de Salud de Sonora)",
            " - Monroe County Health Department",
            " — Cabrillo Health District",
            " (Departamento de Salud de Puerto Rico)",
        ]
    ),
    st.sampled_from([": cooling centers open today.", ": vacunas gratis el sábado.", ", boil-water notice lifted."]),
)
def test_a_grid_of_glossed_agencies_passes(cited, handle, gloss, notice):
    assert hits("PHI003", post(f"{cited} {handle}{gloss}{notice}")) == []


@FUZZ
@given(
    st.sampled_from(["@rosyruns", "@tomasito", "@lupe.moreno"]),
    st.sampled_from([" (Rosy Alvarez)", " (Health Department nurse)", " - Lupe Moreno", " (Tomas Rey, County Health)"]),
)
def test_a_grid_of_persons_glossed_refuses(handle, gloss):
    assert hits("PHI003", post(f"Congrats to {handle}{gloss} on finishing physical therapy with us!"))


def test_the_gloss_reading_stays_linear():
    def read(n):
        text = fold("Sharing from @kerncophd (Kern County Public Health Department of the State of " + "Salud de " * n + "Sonora).").text
        person = Person(13, 23, ("@kerncophd",), glossed_handles.HANDLE)
        return lambda: [glossed_handles.glossed_handle(text, person) for _ in range(5)]

    small = steps(glossed_handles, read(200), package=False)
    large = steps(glossed_handles, read(400), package=False)
    assert large < 2.3 * small


# --- 3. PHI003: a member named with a condition in everyday words -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Happy Father's Day to our Thursday checkers champ, Don Evaristo! Even when his memory plays tricks on him, he still beats the whole room.",
        "¡Felicidades a nuestra campeona de lotería, Doña Licha! Ya casi no escucha, pero siempre grita ¡lotería! primero.",
        "Nuestro campeón de dominó, Don Chuy, ya no oye bien, pero nadie le gana los jueves.",
        "Our Wednesday chess champ, Mr. Ray, walks with a cane since his fall and still wins every match.",
        "Happy birthday to our checkers champion, Mr. Ray! His hands shake these days, but his moves are as steady as ever.",
        "Meet our lotería champion, Don Beto! His eyes are not what they used to be, but his luck still is.",
        "Nuestra estrella del coro, Doña Licha, ya casi no escucha, pero canta más fuerte que nadie.",
        "Our chess champ Ray Dunmore forgets names now, but never an opening.",
        "¡Feliz cumpleaños a nuestro campeón del bingo, Don Chema! Aunque la memoria le falla, nunca pierde un cartón.",
        "Shout-out to our karaoke star, Miss Odessa! She can't see the lyrics well anymore, so she sings them from memory.",
        "Our dance floor legend, Mr. Clarence, gets confused in the afternoons, but the cha-cha always brings him back.",
        "Nuestra campeona de tejido, Doña Rufina, camina con andadera desde su caída, pero ya terminó otra cobija.",
        "Our Friday bingo champ, Miss Pearl! Her memory is failing, and she still calls out every number first.",
    ],
)
def test_a_member_named_with_her_condition_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our Wednesday chess champ, Mr. Ray, still beats us all.",
        "Our bingo champ, Mr. Ray, cheered on the Cowboys with us.",
        "Memory can play tricks on all of us as we age. Join our free brain-health talk on Tuesday.",
        "Si usted ya no ve bien de cerca, venga a su examen de la vista; no necesita cita.",
        "Kids who can't see the board well often struggle in class. Back-to-school eye exams are $25 this month.",
        "World champion boxer Kiko Lara visited our senior center; his memory plays tricks on him, he told reporters, since his last fight.",
        "Happy birthday to our volunteer driver, Don Evaristo! He has driven our van for ten years.",
        "Nuestra campeona de lotería, Doña Licha, nunca olvida los nombres de los nietos de nadie.",
        "Nuestra campeona de lotería, Doña Licha, ya no ve la hora de que llegue el bingo del viernes.",
    ],
)
def test_no_condition_education_or_a_figures_own_story_passes(text):
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["our Tuesday dominoes champ, Don Evaristo", "nuestra campeona de lotería, Doña Licha", "our bingo champion, Mr. Ray"]),
    st.sampled_from(
        [
            "His memory plays tricks on him",
            "Ya no ve bien",
            "Her hands shake these days",
            "She walks with a cane since her fall",
            "La memoria le falla",
            "He can't hear well anymore",
        ]
    ),
)
def test_a_grid_of_members_with_conditions_refuses(member, symptom):
    assert hits("PHI003", post(f"Happy birthday to {member}! {symptom}, but nobody beats the champ."))


@FUZZ
@given(
    st.sampled_from(["our Tuesday dominoes champ, Don Evaristo", "nuestra campeona de lotería, Doña Licha", "our bingo champion, Mr. Ray"]),
    st.sampled_from(["Nobody beats the champ", "Siempre gana", "Cake at three in the lounge", "She never misses a game"]),
)
def test_a_grid_of_members_with_no_condition_passes(member, news):
    assert hits("PHI003", post(f"Happy birthday to {member}! {news}.")) == []


def test_the_symptom_reading_stays_linear():
    unit = "her memory is what it is, ya no ve la hora, you can't see why, she never forgets a birthday, "

    def read(n):
        text = fold(unit * n).text
        bounds = sentence_bounds(text)
        return lambda: everyday_symptoms.symptom_after(text, list(bounds), 0)

    small = steps(everyday_symptoms, read(20), package=False)
    large = steps(everyday_symptoms, read(40), package=False)
    assert large < 2.3 * small
