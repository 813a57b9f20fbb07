"""Round 52, kin52: staff spotlights that name a team member's own family, pets and nicknames pass; a patient stays refused.

A birthday or a milestone post tells of the member's people and animals: her husband and kids behind a sign in
capitals ("GO MOM GO", "¡VAMOS TÍA!"), a baby welcomed after she became a grandmother, her dogs greeted in the photo or
named after her standing as their "dog mom", the nickname the team gives her in quotes; a public figure's nickname
between given name and surname is his; a class called "Tai chi" or "Qi Gong" is no one. The same shapes stay refused
when care is told of the relative or the pet's name is a child's, or when the one named is not on the team. Every name
here is invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import activities, chants, newborns, pet_owners, staff_story
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, TEAM, hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
STAFF = replace(
    PLANS,
    team={
        **TEAM,
        "dwhit": Person("dwhit", "Dana Whitfield", ("author",)),
        "gpar": Person("gpar", "Gloria Paredes", ("author",)),
        "iquin": Person("iquin", "Iris Quintana", ("author",)),
        "yolm": Person("yolm", "Yesenia Olmos", ("author",)),
        "mvilla": Person("mvilla", "Marcos Villa", ("author",)),
        "thale": Person("thale", "Tamsin Hale", ("author",)),
        "fross": Person("fross", "Fausto Rosales", ("author",)),
        "tbrandt": Person("tbrandt", "Tyler Brandt", ("author",)),
    },
)
_CODES = ("PHI003", "PHI011", "PHI013", "PHI016")


def _refused(text: str) -> list:
    return [hit for code in _CODES for hit in hits(code, post(text), plans=STAFF)]


@pytest.mark.parametrize(
    "text",
    [
        # her family behind a cheer in capitals
        "Big shoutout to our MA Dana, who ran her first marathon in Boise! Her husband Rob and their girls held a 'GO MOM GO' sign at mile 22.",
        "Our MA Dana finished the Fargo half! Her wife Paula was waiting at mile 10 with a ¡VAMOS DANA! poster.",
        "Dana crossed the line in 4:51 and her grandkids yelled GO GRANDMA GO from the curb!",
        "¡Nuestra asistente Dana terminó su primer maratón! Sus sobrinos gritaban ¡VAMOS TÍA! en la meta.",
        "Dana hit her 10K goal! Her boys made a banner: WE LOVE YOU MOM.",
        # a baby welcomed after her new standing
        "Meet Gloria! Nineteen years at our check-in desk, and as of Sunday a first-time grandma. Say hello to baby Mateo 💕",
        "¡Nuestra Gloria es abuela! Bienvenido al mundo, bebé Mateo 💙",
        "Big news from check-in: Gloria became a grandma last night! Welcome, little Mateo!",
        "¡Felicidades a Gloria, abuela por primera vez! Bienvenida, pequeña Sofía.",
        "Our tech Marcos is a dad again! Welcome, baby Luca, and congrats to big brother Enzo.",
        # her own family tied by a possessive
        "Shoutout to our MA Dana, who just finished her first Ironman in Tempe! Her husband and their boys cheered at the last mile.",
        "Fausto Rosales has been our counselor for 12 years! Off the clock he and his wife are raising three grandkids. He'll tell you he's 9 years sober.",
        "¡Felicidades a nuestra recepcionista Yesenia! Ella y su esposo Ramiro cumplen 25 años de casados este sábado.",
        "Yesenia está feliz: su nieta Valentina nació el martes y ya manda en la casa.",
        "Meet Dana's crew: husband Rob, kids Ava and Leo, and Bruno the beagle.",
        "Dana y su familia: esposo Rob e hijas Ava y Sofi, listos para la posada.",
        "Happy Mother's Day to our Dana and her three kiddos, Ava, Leo and Sofi!",
        "Dana is a proud abuela! Welcome to the familia, baby Mateo 💙",
        "Happy birthday to Tyler, our trainer! Off the field at Omaha Northwest, he is usually fishing with his sons, Hayes and Brooks.",
        "Dana swam, biked and ran 140 miles in Coeur d'Alene on Sunday! Her husband Rob and their girls cheered at the last mile.",
        # her pets
        "Happy birthday to our sonographer Iris! Gym rat and proud dog mom, say hi to Bruno and Lola in the photo 🐶",
        "¡Feliz cumple a nuestra tech Iris! La mejor dog mom, saluden a Toby y Lola en la foto 🐶🐶",
        "Feliz cumpleaños, Iris 🎂 Mamá perruna de Toby y Lola.",
        "Feliz cumple, Iris! Mamá de Toby, su chihuahua, y de Lola, su gata.",
        "Iris and her perrhijos Toby y Lola say hola 🐾",
        "Meet Iris's fur babies: Bruno and Lola!",
        "Iris walks Bruno, her rescue pit, every morning before clinic.",
        "Happy birthday Iris! Say hi to Toby and Lola, her two pugs 🐶🐶",
        "Marcos, nuestro técnico, papá perruno de Rocky y Max.",
        # a nickname in quotes: the member's, or a public figure's
        '12 YEARS of Tamsin!!! Our medical assistant (a.k.a. "Tam-Tam" here) still brings donuts every Friday.',
        'Meet Tamsin, our scheduler of 9 years, better known as "Mama T." She knows every parking trick downtown.',
        'Former Packers lineman Ed "Big Ed" Novotny talked to 80 kids about tackling with their heads up.',
        'Gracias al exbeisbolista Ramón "Big Papi" Ordaz por visitarnos en la feria.',
        # a class or a game, not a name
        "Ways to prevent falls:\n- Tai chi or chair yoga twice a week\n- Get your eyes checked every year",
        "Clases gratis en el centro: Zumba los martes, Bingo los viernes y Tai chi los sábados.",
        "Qi Gong and Tai Chi classes start in March at the senior center.",
        "Try Tai Chi: it helps balance and lowers the risk of falling.",
        "Ping Pong tournament at the rec center on Friday!",
        "Join our Nia dance class for seniors on Thursdays.",
    ],
)
def test_the_members_own_family_pets_nicknames_and_classes_pass(text):
    assert _refused(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # care told of the relative
        "Our MA Dana ran her first marathon! Her husband Rob had his bypass here in May and was at mile 22 with a GO MOM GO sign.",
        "Gloria is a grandma! Welcome to the world, baby Mateo, delivered here last night by our midwives.",
        "Gloria is a new grandma! Baby Mateo came in for his two-month shots today.",
        "¡Nuestra Gloria es abuela! El bebé Mateo nació aquí en nuestra sala de partos.",
        "Yesenia nos contó que su nieta Valentina ya terminó sus quimios con nosotros.",
        "Shoutout to our MA Dana, who just ran her first marathon! Her husband was at the last mile. He had his bypass surgery with us in May.",
        "Meet Dana's crew: husband Rob, who had his knee replaced here, and kids Ava and Leo.",
        # the one before is not the member
        "Our patient Rosa is a new grandma! Welcome to the world, baby Mateo!",
        "Gloria says congrats to our patient Rosa, a grandma herself! Welcome, baby Mateo!",
        "Welcome to the world, baby Mateo! Seven pounds even, born in our birth center.",
        # a name on a sign by a bed of care
        "A sign that says GO MATEO GO hangs on his hospital bed after surgery.",
        "WE LOVE YOU GRANDPA JOE! Get well soon, we are praying for your recovery after the bypass.",
        # a pet's shape around a child or a patient
        "Say hi to Toby and Lola in the photo! Both finished physical therapy with us this week 🐶",
        "Feliz cumple, Iris! Lola, la gatita de la casa, terminó su quimio con nosotros.",
        "Maria, our dog walker, had her knee replaced here last week.",
        "Meet Toby and Lola, our newest patients!",
        "Saluden a Toby y Lola, que hoy terminaron su terapia con nosotros 🐶",
        # a nickname or a class beside a patient
        'Our patient Ed "Big Ed" Novotny had both neck surgeries with Dr. Okafor.',
        "Tai had his knee scoped here last week and is back at work.",
        "Congrats to @zumba.with.rosa on hitting 28 weeks! See you at next week's prenatal visit.",
        "Tai chi with Marisol every Thursday: she finished her rehab with us last spring!",
    ],
)
def test_care_or_someone_not_on_the_team_still_refuses(text):
    assert _refused(text)


@FUZZ
@given(
    st.sampled_from(["GO MOM GO", "¡VAMOS MAMÁ!", "RUN MOMMY RUN", "GO NANA GO", "WE LOVE YOU TÍA"]),
    st.sampled_from(["Her husband Rob", "Su esposo Rob", "Her kids", "Sus hijos"]),
)
def test_a_grid_of_cheers_in_capitals_passes(cheer, family):
    assert hits("PHI003", post(f"Our MA Dana finished her first half marathon! {family} held a '{cheer}' sign at the finish."), plans=STAFF) == []


@FUZZ
@given(
    st.sampled_from(["is a grandma", "became a first-time grandpa", "es abuela", "se estrenó como abuela", "is a dad again"]),
    st.sampled_from(["Welcome, baby Mateo!", "Bienvenido al mundo, bebé Mateo.", "Say hello to little Mateo!"]),
    st.sampled_from(["", " He was delivered here by our midwife.", " Nació aquí en nuestra clínica.", " He came in for his shots today."]),
)
def test_a_grid_of_newborns_passes_without_care_and_refuses_with_it(standing, welcome, care):
    found = hits("PHI003", post(f"Big news: Gloria {standing}! {welcome}{care}"), plans=STAFF)
    assert bool(found) is bool(care)


@FUZZ
@given(
    st.sampled_from(["dog mom to", "cat dad of", "mamá perruna de", "papá gatuno de", "fur mama to"]),
    st.sampled_from(["Bruno and Lola", "Toby y Max", "Rocky, Bella and Max"]),
)
def test_a_grid_of_pet_parents_passes(standing, pets):
    assert hits("PHI003", post(f"Happy birthday Iris! Proud {standing} {pets}."), plans=STAFF) == []


def test_the_helpers_read_what_they_say():
    assert chants.title_case_run("GO MOM GO") == "GO MOM GO"
    assert chants.title_case_run("GO MATEO GO") == "GO Mateo GO"
    assert chants.title_case_run("BABY HOLLIS") == "Baby Hollis"
    assert activities.spans("Tai chi y Qi Gong")[0] == [0, 10]
    born, plain = "Gloria is a grandma! Welcome, baby Mateo", "Gloria works at the desk. Welcome, baby Mateo"
    assert newborns.new_standing(born, 0, born.index("baby"), True)
    assert not newborns.new_standing(plain, 0, plain.index("baby"), True)
    pets, kids = "Feliz cumple! Mama perruna de Toby y Lola.", "Feliz cumple! Mama de Toby y Lola."
    assert pet_owners.pet_around(pets, pets.index("Lola"))
    assert not pet_owners.pet_around(kids, kids.index("Lola"))


@pytest.mark.parametrize(
    ("module", "unit"),
    [
        (pet_owners, "Happy birthday Iris! Dog mom to Bruno, Lola, Max and Toby, say hi to Coco 🐶 Lola, her pug, naps. "),
        (newborns, "Gloria is a grandma! Welcome, baby Mateo. Es abuela por primera vez: bebé Sofía. "),
        (activities, "Tai chi, Qi Gong, Ping Pong y Zumba Gold con Marisol. Nia class. "),
        (chants, "GO MOM GO ¡VAMOS TIA! WE LOVE YOU GRANDPA JOE RUN MOMMY RUN. "),
    ],
)
def test_the_reading_stays_linear(module, unit):
    def run(count):
        return hits("PHI003", post(unit * count), plans=STAFF)

    assert grows_linearly(module, run)


def test_the_members_own_kin_is_read_in_linear_time():
    """PHI016 reads staff_story only when a post weighs like a story: asked here directly."""
    unit = "Shoutout to Dana, who ran a marathon! Her husband and their boys cheered. Su esposo le hizo el pastel. "
    known = Known.of(STAFF)
    assert staff_story.members_story(unit, known, 0)
    assert grows_linearly(staff_story, lambda count: staff_story.members_story(unit * count, known, 0))
