"""Round 48, figures48: false alarms of PHI003 on two kinds of post, and the near misses that must keep refusing.

1. A public figure at our event, named by a public role or a ring name in quotes, telling their own story as they have
   told it on record before ("as he has said in many town halls", "lo que ya ha contado en tantas entrevistas", a column,
   a memoir, a show): a council member or delegate, a state representative, a boxer, a wrestler, a world champion.
   public.py, own_news.py (a story told again after "that"/"how"/"que"/":" is no care of ours; care as a cause, "access to
   care for <workers>", and a relative they cared for are their telling's topic; standing with them is support),
   figure_care.py (our guest at a clinic day), care.py ("vino con nosotros a la Escuela <Name> a regalar ...") and
   wordnames.py (a given name before a nickname in quotes is read whole).
2. Places and shops read as people: a street or a church by "la" and a man's title or by the streets around it
   (street_names.py), a shop by its kind and its name or by its owners' family and trade, a team a fan cheers
   (business_names.py).
The same figure with care of ours told, an ordinary person with a nickname and care, and a person named at a shop with
their care keep refusing. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import business_names, own_news
from playbook.rules.privacy.business_names import business_name
from playbook.rules.privacy.known import Person
from playbook.text import sentence_bounds

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        # a public figure's own story, told on record before
        "Thank you to State Rep. Anselmo Whitfield for speaking at our health fair! Rep. Whitfield, as he has said in many town halls, worked the night shift at the cannery for six years before running for office.",
        "Thank you to State Rep. Anselmo Whitfield for joining our open house! He talked about why access to care for farm workers matters to him.",
        'Huge thanks to Olympic wrestler and Pueblo\'s own Teodora "La Roca" Quintanar for opening our Heart Walk! She reminded the runners, as she did in her memoir, that her mom died of breast cancer at 47 and that she now gets screened every year.',
        "Big thanks to Paralympic swimmer Odalys Ferreira for cutting the ribbon at our new pool therapy wing!",
        'Former welterweight champ Ignacio "Relámpago" Durazo visited our sports-injury clinic at the rec center and repeated what he told ESPN years ago: he broke his jaw in his third pro fight and came back stronger.',
        'World champion boxer Evaristo "El Gallo" Benavídez dropped by our Saturday fitness class and told the kids, like he has said in many interviews, that he nearly quit after losing his first amateur bout.',
        "We were glad to welcome State Rep. Anselmo Whitfield to our family caregiver night. He spoke about the decade he spent caring for his father, as he has written in his monthly column, and about the home-care bill he filed.",
        "Council Member Priscila Okonjo testified at the statehouse for better asthma coverage and, as in her book, told of her own long road with asthma. We stand with her on this bill.",
        "Thank you to Council Delegate Verna Yazzie for speaking at our Heart Day! She talked about her own high blood pressure, the same story she tells every week on her radio show.",
        'Rodeo legend and radio host Casimiro "Cash" Benally fired the starting gun at our Heart Health 5K, and told the runners, same as on his show last fall, how getting his cholesterol checked at 50 saved his life. Thanks, Cash!',
        "Gracias a la concejala Marisol Ugarte por acompañarnos en la feria de útiles. Nos platicó que creció en la calle Nogal y que su abuelita la llevaba a las vacunas en la clínica de la Father Kessler.",
        'El campeón mundial Fermín "El Torito" Valdespino vino con nosotros a la Escuela Juárez a regalar mochilas. A los chamacos les repitió lo que ya ha contado en tantas entrevistas: que se rompió la mano en 2017, que tardó meses en volver y que ahora se venda.',
        "La representante estatal Yolanda Cisneros habló en nuestra cena de aniversario; como ha dicho en muchos discursos, trabajó tres veranos en la empacadora.",
        'Gracias al luchador Baltasar "El Huracán" Robledo por visitar la clínica de lesiones deportivas; les repitió a los jóvenes lo que ya ha contado en tantas entrevistas: que se lastimó la rodilla en 2015.',
        'El pelotero Rubén "Chato" Olivas, que en sus entrevistas ha contado que de chico tuvo asma, será el invitado especial en nuestro consultorio de alergias el sábado.',
        'La campeona mundial Itzel "La Centella" Montaño nos acompañó en la caminata; como ha dicho en su libro, que su papá murió de diabetes y que por eso se checa el azúcar cada año.',
        # streets and churches, shops and teams
        "Cerramos el viernes por el desfile: las calles alrededor de la Candelaria estarán cerradas desde temprano.",
        "The streets around the Guadalupe will be closed Friday morning for the parade, so plan extra time.",
        "Aviso: cerramos el jueves por la procesión; las calles alrededor de la San Judas estarán cerradas desde las 7.",
        "Nos contó que de niña iba a la clínica del condado de la Padre Liborio con su abuela.",
        "Feria de salud el domingo: presión, azúcar y vacunas. Habrá menudo gracias a Mercado El Progreso y juegos para los niños.",
        "Vacunas gratis el sábado. Gracias a Mercado La Esperanza por el agua fresca y a Panadería Santa Rosa por el pan.",
        "Mochilas donadas por Ferretería Hermanos Villaseñor y exámenes de la vista gratis para los niños.",
        "Water bottles courtesy of Okafor Brothers Hardware, and flu shots all morning at the blue tent.",
        "Thanks to Delgado & Sons Plumbing for donating the canopy tents at our vaccine drive!",
        "Happy 8 years to Morgan, our lead scheduler! A die-hard Golden Knights superfan and mom to twin soccer players.",
        "Our billing lead is a huge Sunny Hawks fan and never misses a home game.",
        "Go Golden Knights! Our staff is wearing team colors all week for the playoffs.",
    ],
)
def test_figures_own_stories_places_shops_and_teams_pass(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same figures, with care of ours told
        "Mayor Ellison Pratt had his knee scoped with us last month and he's already back at city hall!",
        "La concejala Marisol Ugarte salió de su cirugía con nosotros y ya está en casa.",
        'Olympic boxer Teodora "La Roca" Quintanar had her shoulder repaired here by our surgeons last spring.',
        'Huge thanks to Olympic wrestler Teodora "La Roca" Quintanar! She reminded the runners, as she did in her memoir, that she got her mammogram here with us last month.',
        "State Rep. Anselmo Whitfield, as he has said in many town halls, had his hernia repaired by Dr. Okafor at our clinic.",
        "State Rep. Anselmo Whitfield talked about why access to care for farm workers matters to him, and he got his colonoscopy here last week.",
        'El campeón mundial Fermín "El Torito" Valdespino vino con nosotros a vacunarse contra la influenza.',
        'El campeón mundial Fermín "El Torito" Valdespino vino con nosotros a la clínica para su chequeo de la rodilla.',
        "La representante estatal Yolanda Cisneros, como ha dicho en muchos discursos, se operó la rodilla aquí con nosotros.",
        'La campeona mundial Itzel "La Centella" Montaño nos acompañó en la caminata; como ha dicho en su libro, que le quitamos la vesícula aquí en 2022.',
        "Gracias a la concejala Marisol Ugarte por acompañarnos. Nos platicó que la semana pasada se vacunó con nosotros contra la influenza.",
        "Council Member Priscila Okonjo spoke about her asthma today. Our team stood with her through every round of her treatment.",
        "Council Delegate Verna Yazzie had her blood pressure checked with us today.",
        'El beisbolista Rubén "Chato" Olivas será el invitado especial en nuestro consultorio de alergias; ya le pusimos su inhalador nuevo.',
        # an ordinary person with a nickname and care
        'Our buddy Genaro "El Güero" Zamudio finished his last dialysis session with us today!',
        'Nuestro vecino Ángel "Pito" Ocasio, que terminó sus quimios con nosotros, cumple años hoy.',
        'Three cheers for Summer "Sunny" Oakes, who finished physical therapy after her hip fracture!',
        # a person at a shop, a family, a woman called "la <Name>", with their care
        "Eustaquio from the hardware store had his cataract surgery here last week.",
        "Don Rigo de la Ferretería Hermanos Tavira ya salió de su operación de cadera con nosotros.",
        "Los hermanos Tavira vinieron a vacunarse el sábado.",
        "Ferretería Hermanos Tavira: a Don Rigo le quitamos la vesícula el martes y ya está en casa.",
        "Thanks to Okafor Brothers Hardware! Their founder finished his radiation with us this spring.",
        "Rosa Wells, our neighbor from the Golden Knights fan club, had her cataract surgery here on Monday.",
        "La Guadalupe ya salió de su cirugía de rodilla, gracias a Dios.",
        'Huge thanks to Tomasa "La Güera" Ybarra from the Okafor Brothers Hardware counter, who finished chemo with us today!',
    ],
)
def test_care_of_ours_a_nicknamed_neighbour_and_a_shopkeeper_with_care_refuse(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["State Rep.", "Council Member", "Olympic boxer", "world champion", "la concejala", "el campeón"]),
    st.sampled_from(["Anselmo Whitfield", 'Ximena "La Chispa" Arreguín', "Odalys Ferreira"]),
    st.sampled_from(["as she has said in many interviews", "like she wrote in her memoir", "same as on her radio show"]),
    st.sampled_from(["she grew up without a family doctor", "she worked nights at the packing plant", "her uncle's stroke changed how she trains"]),
)
def test_a_grid_of_figures_retelling_their_own_story_passes(role, name, record, story):
    text = f"Thank you to {role} {name} for joining our health fair! She told the kids, {record}, that {story}."
    assert hits("PHI003", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["State Rep.", "Council Member", "Olympic boxer", "world champion"]),
    st.sampled_from(["Anselmo Whitfield", 'Ximena "La Chispa" Arreguín', "Odalys Ferreira"]),
    st.sampled_from(["had her knee scoped with us", "got her mammogram here", "had her gallbladder removed by our surgeons"]),
)
def test_a_grid_of_figures_with_our_care_refuses(role, name, care):
    assert hits("PHI003", post(f"Thank you to {role} {name} for joining our health fair! Last spring she {care}."))


@FUZZ
@given(
    st.sampled_from(["Mercado", "Panadería", "Ferretería", "Carnicería", "Tortillería"]),
    st.sampled_from(["Los Altos", "El Progreso", "Hermanos Ocaranza", "Santa Fe", "La Esperanza"]),
)
def test_a_grid_of_shops_by_their_kind_is_no_one(kind, name):
    text = f"Vacunas gratis el sábado. Gracias a {kind} {name} por el agua fresca."
    start = text.index(kind)
    assert business_name(text, Person(start, start + len(kind) + 1 + len(name), (kind, *name.split()), "greeted by name"))
    cared = text + " Su dueño ya terminó sus quimios con nosotros."
    assert not business_name(cared, Person(start, start + len(kind) + 1 + len(name), (kind, *name.split()), "greeted by name"))


@pytest.mark.parametrize(
    "unit",
    [
        "Gracias a Mercado Los Altos y a Ferretería Hermanos Ocaranza. Go Golden Knights fans! ",
        "Okafor Brothers Hardware and Delgado & Sons Plumbing, Brothers Brothers Hardware ",
    ],
)
def test_the_shop_reading_stays_linear(unit):
    def run(text):
        return [business_name(text, Person(i, i + 6, ("Mercado", "Los"), "greeted by name")) for i in range(0, len(text), 97)]

    small = steps(business_names, lambda: run(unit * 20), package=False)
    large = steps(business_names, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small


@pytest.mark.parametrize(
    "unit",
    [
        "She told the crowd, as in her memoir, that she grew up here, that she ran, and that ",
        "Les contó lo que ha dicho en tantas entrevistas: que creció aquí, que corrió y que ",
        "that that that : : que que how ",
    ],
)
def test_a_story_told_again_is_read_in_one_pass(unit):
    def run(text):
        return own_news.blank_told(text, 0, len(text))

    small = steps(own_news, lambda: run(unit * 20), package=False)
    large = steps(own_news, lambda: run(unit * 40), package=False)
    assert large < 2.3 * small
    assert sentence_bounds(unit)  # the units are text, not empty
