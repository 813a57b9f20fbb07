"""Round 48, staff48: a staff post that names a team member's own family or pet (PHI003 false alarms).

A birthday, an anniversary, a retirement, a graduation, a new baby or a welcome tells of the member's own people in forms
that still fired (staff_posts.staff_own): "tu nieto <Name>"/"your grandson <Name>" when the post speaks to the member by
name, the second of a pair after an article ("su esposa <Name> y la bebe <Name>"), a relative by a few words and a comma
("su nieta recien nacida, <Name>"), the member's standing as a parent ("papa orgulloso de <Name> y <Name>", "proud mom of
<Name> and <Name>"), her leave told in the sentence after her name, and the care words of her own job in a "when he's not
..." clause. A pet told with a breed or a clause before its name ("un perrito chihuahua que se llama <Name>", "a rescue pup
we named <Name>") is no person (named_places.named_thing). Care of ours told of the relative, a patient's family, a
relative in a post about no member, someone else's parent ("the proud mom of <Name>") and a person called a pet in a story
of care still refuse. Every name here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import named_places
from playbook.rules.privacy import staff_posts as module
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.people import people
from playbook.rules.privacy.staff_posts import staff_own

from tests.rules.harness import PLANS, TEAM, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
_MEMBERS = (
    "Marcela Ibarra",
    "Dr. Warren Pettigrew",
    "Graciela Montoya",
    "Harold Jefferies",
    "Rubén",
    "Shanice Porter",
    "Lorena Vásquez",
    "Teodoro Salas",
    "Dr. Imani Carter",
    "Perla Ochoa",
    "Osvaldo Treviño",
    "Dr. Felipe Arce",
    "Brenda Quill",
    "Kofi",
    "Destiny",
    "Carlos",
    "Patrice",
    "Ray",
    "Marco",
)
STAFF = dataclasses.replace(PLANS, team={**TEAM, **{f"m{i}": Person(f"m{i}", name, ("author", "clinical")) for i, name in enumerate(_MEMBERS)}})


@pytest.mark.parametrize(
    "text",
    [
        # the member's job in a "when ... not" clause is no care of the relative
        "Happy 15th work anniversary to Dr. Warren Pettigrew! When he's not reading echocardiograms, you'll find him in the bleachers at his daughter Maisie's lacrosse games.",
        "¡Feliz cumpleaños a nuestra Marcela Ibarra! Cuando no está agendando citas, anda gritando en la liga de béisbol por su hijo Emiliano. ¡Te queremos!",
        # spoken to the member: "tu"/"your"
        "Hoy se jubila Graciela Montoya tras 22 años en la farmacia. Graciela, gracias por cada café. Tu nieta Ximena dice que ya vas a ir a todos sus recitales.",
        "After 30 years at our lab bench, Harold Jefferies is retiring! Harold, we'll miss your puns. Your grandson Tucker has already planned your first fishing trip.",
        "Despedimos a Osvaldo Treviño, nuestro chofer. Osvaldo, tu esposa Maribel ya tiene una lista de pendientes en la casa para ti 😂",
        # the second of a pair after an article
        "¡Felicidades a Rubén, nuestro asistente dental, que ya es papá! Su esposa Daniela y la bebé Renata descansan en casa.",
        # a relative by a few words and a comma, or by the member's standing
        "¡Feliz aniversario a Perla Ochoa, 8 años en recepción! Este verano celebra con su nieta recién nacida, Luciana. ¡Felicidades, Perla!",
        "¡Felicidades a Teodoro Salas por sus 10 años con nosotros! Teo es orgulloso abuelo de Regina y Santiago, y el mejor parrillero del barrio.",
        "¡Feliz cumpleaños, Dr. Felipe Arce! Nuestro tapatío favorito, fan de las Chivas y papá orgulloso de Ximena y Bruno.",
        "Happy birthday, Dr. Imani Carter! Our favorite pediatric dentist, marathon runner, and proud mom of Zuri and Malik. Cupcakes at 3!",
        # her leave told in the sentence after her name
        "Welcome back, Brenda Quill!! Our scheduling wizard is home from maternity leave and brought photos of baby Colt for everyone.",
        # pets
        "¡Bienvenida Lorena Vásquez a optometría! Lorena es de Oxnard y tiene un perrito chihuahua que se llama Chiquis que la acompaña a todos lados.",
        "Meet Shanice Porter, our new PT aide! She grew up in Macon and shares her couch with a rescue pup we named Biscuit at the last staff party.",
        "Felicidades a Perla Ochoa por su graduación. Perla vive con una gatita negra que se llama Pimienta.",
        # a count of children, a partner, "whose", "he and wife", a leave in the sentence before, pets listed
        "Welcome our new MA, Destiny! Destiny has two boys, Jayden and Elijah, and a cat named Pickles.",
        "Meet Carlos, our X-ray tech. He lives in Pasadena with his partner, Eli, and their two cats, Frida and Diego.",
        "Congrats to Nurse Patrice, whose daughter Imani just got into Spelman!",
        "Happy 20 years, Ray! He and wife Donna just bought an RV and a pup named Rusty to ride shotgun.",
        "Welcome back from paternity leave, Marco! Baby Luca is already running the house.",
    ],
)
def test_a_members_own_family_or_pet_passes(text):
    assert hits("PHI003", post(text), plans=STAFF) == []


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz cumpleaños a nuestra Marcela Ibarra! Su hijo Emiliano tuvo su cirugía de amígdalas aquí la semana pasada.",
        "Happy anniversary to Dr. Warren Pettigrew! His grandson Tucker was our youngest patient this week and got his first cast.",
        "¡Felicidades a Rubén, que ya es papá! La bebé Renata tuvo su primera consulta con nosotros y está muy sana.",
        "Congrats to Kofi from billing, a brand-new dad! The new baby Nia had her first checkup with us on Tuesday.",
        "Hoy se jubila Graciela Montoya. Graciela, tu nieta Ximena dice que ya no le duele el brazo desde que la atendimos en urgencias.",
        "Big thanks to the Delacroix family for the lovely card! We were glad to help with their mom's knee scope.",
        "Tu nieto Santiago dice que ya se siente mejor después de su tratamiento con nosotros.",
        "Your grandson Tucker says hi! He got his stitches out with us on Monday.",
        "Happy birthday, Dr. Imani Carter! Your son Leo had his first filling with us today and was so brave.",
        "Happy birthday, Dr. Imani Carter! Thanks also to the proud mom of Malik, who finished his braces with us this week.",
        "Happy birthday, Marcela Ibarra! When she's not scheduling appointments, her son Leo gets his allergy shots here every Tuesday.",
        "Welcome back, Brenda Quill! She brought pictures of baby Colt, who spent two weeks in our NICU after his surgery.",
        "¡Felicidades a Rubén! Su esposa Daniela y el paciente Mateo bailaron juntos en la posada.",
        "Felicidades a Teodoro Salas, orgulloso abuelo de Regina, a quien le operamos la rodilla el mes pasado.",
        "Feliz aniversario a Perla Ochoa. Su nieta recién nacida, Luciana, pasó una semana en nuestra unidad de cuidados intensivos.",
        "A dog lover named Ava got her cast off today and is ready to walk her pups again!",
        "Nuestra pequeña paciente, una gatita que se llama Sofi, terminó hoy su quimioterapia.",
        "Congrats to Nurse Patrice, whose daughter Imani had her appendix out here on Monday!",
        "Happy 20 years, Ray! He and wife Donna both had cataract surgery with Dr. Lin this spring.",
        "Welcome our new MA, Destiny! Destiny has two boys, Jayden and Elijah, who both get their asthma care with us.",
        "A mom came in today with two boys, Jayden and Elijah, for their school physicals.",
        "Meet Carlos, our X-ray tech. His partner, Eli, had his knee replaced here last fall.",
        "Our bravest patients this month, two kittens at heart, Frida and Diego, finished their chemo!",
        "Welcome back from paternity leave, Marco! Baby Luca just had his first checkup with our pediatric team.",
    ],
)
def test_care_a_patients_family_or_no_member_still_refuses(text):
    assert hits("PHI003", post(text), plans=STAFF)


@FUZZ
@given(
    st.sampled_from(["Osvaldo", "Graciela", "Harold"]),
    st.sampled_from(["tu nieta", "tu esposa", "your grandson", "your wife", "tus hijos, Leo y"]),
    st.sampled_from(["Priscilla", "Anselmo", "Marisa", "Joaquin"]),
    st.sampled_from(["ya te tiene lista la hamaca", "says the boat is ready", "dice que ya era hora"]),
)
def test_a_grid_of_relatives_spoken_to_the_member_passes(member, kin, name, deed):
    text = f"Hoy se jubila {member} después de muchos años. {member}, gracias por todo. {kin[0].upper()}{kin[1:]} {name} {deed}."
    assert hits("PHI003", post(text), plans=STAFF) == []


@FUZZ
@given(
    st.sampled_from(["tu nieta", "your wife", "su hijo"]),
    st.sampled_from(["Priscilla", "Anselmo", "Marisa"]),
    st.sampled_from(["had a filling with us today", "se operó aquí de la rodilla", "finished chemo in our clinic"]),
)
def test_a_grid_of_relatives_with_care_refuses(kin, name, care):
    text = f"Hoy se jubila Osvaldo Treviño. Osvaldo, gracias por todo. {kin[0].upper()}{kin[1:]} {name} {care}."
    assert hits("PHI003", post(text), plans=STAFF)


def test_the_reading_stays_linear():
    known = Known.of(STAFF)
    unit = "Osvaldo, gracias. Tu nieta Ximena y la bebe Renata, papa orgulloso de Leo y Mateo. Cuando no esta agendando citas. "

    def read(n):
        text = unit * n
        found = sorted(people(text, known), key=lambda p: (p.start, -p.end))
        return lambda: staff_own(text, known, found)

    small_run, large_run = read(20), read(40)
    small = steps(module, small_run, package=False)
    large = steps(module, large_run, package=False)
    assert large < 2.3 * small


def test_the_pet_reading_stays_linear():
    def read(n):
        unit = "un perrito criollo que se llama Tango y "
        text = unit * n
        return [named_places.named_thing(text, i) for i in range(unit.index("Tango"), len(text), len(unit))]

    small = steps(named_places, lambda: read(20), package=False)
    large = steps(named_places, lambda: read(40), package=False)
    assert large < 2.3 * small
