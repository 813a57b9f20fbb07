"""Round 20, part H: a full name whose story a slug tells with care (PHI003, slug_stories.py); a family by its surname
and a word for a household ("crew", "bunch", "el clan") with their care (PHI003, families.py); a caption that says
the photo shows our patient (PHI013, pictured.py); a lettered road and a home visit to one patient (PHI009). What
passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import families, pictured, slug_stories
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.unlisted import unlisted_name
from playbook.urlwords import words

from tests.rules.harness import PLANS, hits, post
from tests.rules.test_privacy_people import _rule_steps
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)
KNOWN = Known.of(PLANS)


def _slug(slug: str):
    return post("A story.", path=f"content/posts/2027/03/{slug}.md")


# --- a full name in a story slug -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug",
    [
        "2027-03-westgate-asthma-camp-jaycee-ekwueme-inhaler-story",
        "summer-camp-brayden-okonjo-insulin-pump-journey",
        "park-day-maribel-quintanilla-knee-brace-recovery",
        "campamento-asma-deyanira-arredondo-inhalador-historia",
        "feria-de-salud-yuridia-castellanos-marcapasos-testimonio",
    ],
)
def test_a_full_name_in_a_story_slug_with_care_is_an_error(slug):
    assert hits("PHI003", _slug(slug))


@pytest.mark.parametrize(
    "slug",
    [
        "westgate-asthma-camp-inhaler-tips-story",  # no one's name
        "camp-week-recap-kids-inhaler-story",
        "meet-jordan-lee-our-scheduler-story",  # a team member
        "spring-camp-story-nurses-and-inhaler-tips",
        "sam-patel-marathon-training-story",  # a team member's own story
        "historia-de-la-clinica-westgate-veinte-anos",
    ],
)
def test_story_slugs_without_a_patient_pass(slug):
    assert hits("PHI003", _slug(slug)) == []


@pytest.mark.parametrize(
    ("slug", "flagged"),
    [
        ("westgate-diabetes-camp-maribel-quintanilla-insulin-pump", True),  # a camp for a condition, then someone
        ("asthma-camp-deyanira-arredondo-inhaler-check", True),
    ],
)
def test_a_camp_for_a_condition_names_no_camp(slug, flagged):
    assert bool(hits("PHI003", _slug(slug))) is flagged


def test_a_folders_plural_is_no_given_name():
    assert list(slug_stories.story_slugs("Images. Sala A Recovery Story", KNOWN)) == []
    assert list(slug_stories.story_slugs("Images Sala Recovery Story", KNOWN)) == []


def test_a_name_the_dictionary_holds_counts_only_in_the_strong_frame():
    assert unlisted_name("Jaydrian") and unlisted_name("Jaydrian", spoken=True)  # no list's name, and no plain word
    assert not unlisted_name("Window") and unlisted_name("Window", spoken=True)  # a plain word counts only in the strong frame
    assert not unlisted_name("Inhaler", spoken=True)  # a clinical word stays none
    assert not unlisted_name("CBC") and not unlisted_name("HDL")  # an acronym is no one's name


def test_full_name_story_needs_care_besides_the_name():
    text = words("westgate-camp-jaycee-ekwueme-story")
    assert [p.words for p in slug_stories.story_slugs(text, KNOWN)] == []
    text = words("westgate-camp-jaycee-ekwueme-nebulizer-story")
    assert ("Jaycee", "Ekwueme") in [p.words for p in slug_stories.story_slugs(text, KNOWN)]


@FUZZ
@given(
    st.sampled_from(["{p}-asthma-camp-{g}-{s}-inhaler-story", "{p}-{g}-{s}-insulin-pump-journey", "campamento-{p}-{g}-{s}-inhalador-historia"]),
    st.sampled_from(["Jaycee", "Brayden", "Deyanira", "Yuridia", "Kaylynn", "Maribel"]),
    st.sampled_from(["Ekwueme", "Okonjo", "Quintanilla", "Arredondo", "Abernethy"]),
    st.sampled_from(["westgate", "zillah", "toppenish", "spring"]),
)
def test_story_slug_grid(frame, given_name, surname, place):
    assert hits("PHI003", _slug(frame.format(p=place, g=given_name.lower(), s=surname.lower())))


def test_full_name_story_reading_is_linear():
    unit = "camp-jaycee-ekwueme-the-kids-story-our-team-arredondo-tips-"
    small = steps(slug_stories, lambda: list(slug_stories.story_slugs(words(unit * 30), KNOWN)))
    large = steps(slug_stories, lambda: list(slug_stories.story_slugs(words(unit * 60), KNOWN)))
    assert large < 2.3 * small


# --- a family by its surname and a household word ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Big hugs to the Quintanilla bunch out in Zillah: four cousins got their sports physicals with us Friday.",
        "Shout-out to the Arredondo gang: abuela, two sons and the grandkids all had their flu shots this week!",
        "La tribu Castellanos vino completa a su chequeo anual el sábado.",
        "El clan Arredondo de Toppenish pasó por sus vacunas antes de la escuela.",
    ],
)
def test_a_household_word_after_a_surname_with_care_is_an_error(text):
    assert hits("PHI003", text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the Quintanilla crew at Yakima Roof & Gutter for patching our roof before the rains.",
        "Gracias al clan Arredondo por donar las piñatas para la posada.",
        "The Westgate crew ran our flu shot table all morning. Proud of this team!",  # a place, no surname
        "Our front desk crew got their flu shots on Monday.",
    ],
)
def test_crews_and_donors_without_care_pass(text):
    assert hits("PHI003", text) == []


@FUZZ
@given(
    st.sampled_from(["Shout-out to the {s} {g} from {t}: everyone got their flu shots with us Saturday.", "Los {s} de {t} vinieron a sus chequeos.", "El {g2} {s} vino a vacunarse."]),
    st.sampled_from(["Quintanilla", "Arredondo", "Castellanos", "Villasenor", "Abernethy"]),
    st.sampled_from(["crew", "bunch", "gang", "squad", "tribe"]),
    st.sampled_from(["clan", "tribu", "pandilla"]),
    st.sampled_from(["Zillah", "Toppenish", "Harrah"]),
)
def test_family_group_grid(frame, surname, group, group_es, town):
    assert hits("PHI003", frame.format(s=surname, g=group, g2=group_es, t=town))


def test_family_group_reading_is_linear():
    unit = "the Quintanilla crew and el clan Arredondo fixed the roof. "
    small = steps(families, lambda: list(families.families(unit * 40, KNOWN)))
    large = steps(families, lambda: list(families.families(unit * 80, KNOWN)))
    assert large < 2.3 * small


# --- a caption that shows our patient ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Pictured: our brave 8-year-old patient holding up her shiny new spacer.", True),
        ("En esta foto: nuestro pacientito de 4 años estrenando sus lentes.", True),
        ("Here is one of our patients, all smiles after the cast came off.", True),
        ("In this video, a patient of ours walks the hallway on day two.", True),
        ("Foto de nuestra paciente más valiente el día de su alta.", True),
        ("Pictured: some of our patients at the Saturday walking club.", True),
        ("Pictured: the quiet waiting room we built for patients with sensory needs.", False),
        ("En la foto: la sala de espera nueva para nuestros pacientes más chiquitos.", False),
        ("Here is our patient portal, where you can message the care team.", False),
        ("Here are our patients' favorite stretches for stiff mornings.", False),
        ("Here are our patients at large: everyone is welcome.", False),
        ("Pictured: Dr. Okafor and our nursing team at the health fair.", False),
    ],
)
def test_pictured_patient(text, shown):
    assert bool(pictured.pictured_patient(fold(text).text)) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Pictured: a 9-year-old showing off a shiny new spacer for her inhaler.", True),
        ("En la foto: una nena de 6 años con su yeso morado recién puesto.", True),
        ("In this photo, our brave little 5-year-old after his stitches came out.", True),
        ("Pictured: a 5-year-old's reading nook in the lobby, stocked by volunteers.", False),  # no care
        ("In this video: how to choose a car seat for your 2-year-old.", False),  # "your", no one shown
        ("Pictured: the 100-year-old oak at Harrah Park, where Saturday's walk starts.", False),
    ],
)
def test_a_child_shown_by_age_with_care(text, shown):
    assert bool(pictured.pictured_patient(fold(text).text)) is shown


def test_a_captioned_patient_needs_an_authorization():
    text = "Pictured: our 6-year-old patient with his bright green cast."
    assert hits("PHI013", text)
    assert hits("PHI013", post(text, authorizations=["AUTH-2027-014"])) == []


@FUZZ
@given(
    st.sampled_from(["Pictured:", "In this photo,", "En la foto:", "En esta foto,", "Here is", "Aqui esta"]),
    st.sampled_from(["our", "nuestra", "nuestro", "one of our", "una de nuestras"]),
    st.sampled_from(["", "little ", "7-year-old ", "pequeña "]),
    st.sampled_from(["patient", "paciente", "pacientita"]),
)
def test_caption_grid(frame, opener, modifier, noun):
    if opener.startswith(("one", "una")):
        noun += "s"  # "one of our patients"
    assert hits("PHI013", f"{frame} {opener} {modifier}{noun} with a new cast.")


def test_caption_reading_is_linear():
    unit = "Pictured: our new waiting room for patients. Here is our patient portal. En la foto: la sala para nuestros pacientes. "
    small = steps(pictured, lambda: pictured.pictured_patient(unit * 40))
    large = steps(pictured, lambda: pictured.pictured_patient(unit * 80))
    assert large < 2.3 * small


# --- an address on a lettered road, a home visit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Our nurse went out to 615 Canal D Rd by the Zillah library to check on a housebound patient of ours.", True),
        ("El jueves hicimos una visita domiciliaria en Calle Pino Suárez 48 a un paciente encamado.", True),
        ("Tuesday our team drove to 22 Lateral C Road for a home visit.", True),
        ("Free blood pressure checks Saturday at the Harrah grange hall, 30 Canal D Rd.", False),
        ("Cooling center open at the Toppenish library, 415 W 1st Ave, noon to 8 pm.", False),
        ("Home visits are offered to homebound patients; ask our front desk how to schedule one.", False),
    ],
)
def test_lettered_roads_and_home_visits(text, flagged):
    assert bool(hits("PHI009", text)) is flagged


def test_address_reading_is_linear():
    unit = "Free checks at the grange hall, 30 Canal D Rd, for homebound neighbors. "
    small, large = _rule_steps("PHI009", unit * 20), _rule_steps("PHI009", unit * 40)
    assert large < 2.3 * small
