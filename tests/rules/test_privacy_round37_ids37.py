"""Round 37 (ids37): identifiers that passed. A device's serial with its code over a line break, a name written on a
pill box's tape or a bottle's label (quoted with a surname), an address where care equipment is brought to one house,
a file name joining a name with time in recovery, and an alt text of someone else's body in care beside our named
clinician. Clean neighbours of each stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import alt_bodies, file_births, number_labels

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a serial, lot or número de serie whose code sits on the next line
        ("Left on a chair in the lobby: a cochlear processor, grey, SN\nX4471TQ9. Please call us to claim it.", True),
        ("Someone forgot an insulin pump at the front desk, serial number:\n  MMP-55102-K. Ask for Renata.", True),
        ("Olvidaron un glucómetro en la sala, número de serie\nGL-90317 en la parte de atrás.", True),
        ("Se quedó un aparato auditivo en el baño, no. de serie\n7720QX41, color café.", True),
        ("A left-ear processor turned up in exam room 3, S/N\n(QQ5518820). Come grab it.", True),
        # a line break before an ordinary word or a year stays no identifier
        ("Our new hearing aids come in a serial\nrelease this spring.", False),
        ("Lot\n2027 parking opens Monday.", False),
    ],
)
def test_a_serial_over_a_line_break(text, flagged):
    assert bool(hits("PHI007", text)) is flagged


def _alt(alt: str, people: bool = False):
    return post("New photo.", media=[Media("a.jpg", alt, people, "", None, 14)])


@pytest.mark.parametrize(
    ("alt", "flagged"),
    [
        ("A seven-day pillbox with 'Oszkar Lindqvist - AM/PM' on a strip of tape, next to a cane.", True),
        ("An amber pill bottle with 'Wenona Draxler' on the label beside a glass of water.", True),
        ("A hospital wristband printed 'Thadeus Brannigan' resting on a pillow.", True),
        ("Un pastillero con 'Yesenia Cordovez - mañana y noche' escrito en cinta, junto a la andadera.", True),
        ("Frasco de pastillas con la etiqueta 'Aurelio Bastidas' sobre la mesa de la cocina.", True),
        # a quoted title of a class or a cheer beside care objects stays clean
        ("A display shelf labeled 'Healthy Hearts - Spring Class' beside a walker.", False),
        ("Un cartel que dice 'Salud Para Todos' junto a una silla de ruedas.", False),
    ],
)
def test_a_name_written_on_a_care_object(alt, flagged):
    assert bool(hits("PHI012", _alt(alt))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Crew heads-up: the supplier brings the hospital bed to 2719 N. Pinecrest Ln tomorrow, 9 to 11. Gate code is on the board.", True),
        ("Oxygen concentrator and a bedside commode going out to 88 Sagebrush Ct this afternoon; family will meet the driver.", True),
        ("Hoy a las 3 llevan la cama de hospital a 512 Mesquite Rd; la familia deja abierta la reja.", True),
        ("El tanque de oxígeno llega mañana a 1440 Coral Way, por favor avisen a la familia.", True),
        # a hospital named as a venue with its address stays a public place
        ("Our new hospital wing opens at 900 Harbor Blvd on Monday.", False),
        ("Free balance checks at the Oakdale Library, 12 Vine St, this Friday.", False),
    ],
)
def test_care_equipment_brought_to_a_house(text, flagged):
    assert bool(hits("PHI009", text)) is flagged


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("mo_and_Pao_Her_9mo_sober_Southside.jpg", True),
        ("Chue_Her_6meses_limpio_ficha_Eastgate.png", True),
        ("Zorvek_Tamu_2yr_clean_keytag.jpg", True),
        ("Quillon_Drez_18months_sober_medallion_Westview.jpeg", True),
        ("Iñaki_Berrocal_1ano_sobrio_medalla.png", True),
        # a count and an event with no one's name, or a name with a count and no recovery
        ("staff_10yr_anniversary_Eastgate.jpg", False),
        ("group_5K_2027_volunteers.jpg", False),
        ("Thank_Her_2027_event.jpg", False),
    ],
)
def test_a_file_name_joining_a_name_and_time_in_recovery(name, flagged):
    item = post("New photo.", media=[Media(name, "A photo of a key tag on a table", False, "", None, 14)])
    assert bool(hits("PHI003", item)) is flagged


@pytest.mark.parametrize(
    ("alt", "flagged"),
    [
        ("Roofer in a hard hat rolling his left shoulder with our physical therapist Sam Patel at the worksite clinic", True),
        ("Lineman in a reflective vest bending his wrist with our nurse Jordan Lee by the truck", True),
        ("Welder with goggles pushed up, turning her neck slowly with our Sam Patel beside the forge", True),
        ("Vaquero con sombrero flexionando la rodilla con nuestro enfermero Sam Patel junto al corral", True),
        # only the team, or a how-to with no one else
        ("Sam Patel stretching her lower back with our PT Jordan Lee in the staff gym", False),
        ("Our nurse Sam Patel stretching her hamstrings with our PT Jordan Lee before the 5K", False),
        ("Stretching the lower back with our PT Jordan Lee: a how-to video", False),
    ],
)
def test_someone_in_care_beside_our_named_clinician(alt, flagged):
    assert bool(hits("PHI012", _alt(alt, people=True))) is flagged


@FUZZ
@given(
    st.sampled_from(["Drover", "Beekeeper", "Jornalera", "Ferryman", "Stonemason"]),
    st.sampled_from(["twisting his torso", "raising her arm", "flexing the ankle", "estirando la espalda"]),
    st.sampled_from(["with our nurse Jordan Lee", "with our PA Sam Patel", "con nuestra enfermera Jordan Lee"]),
)
def test_fuzz_someone_else_in_care_beside_the_team(who, act, beside):
    alt = f"{who} in a wide hat {act} {beside} at the field clinic"
    assert hits("PHI012", _alt(alt, people=True))


@FUZZ
@given(
    st.sampled_from(["Ulla Brenneck", "Tavo Quiroga", "Nkem Adebayo", "Fen Ly"]),
    st.sampled_from(["1yr_clean", "90days_sober", "6meses_limpia", "2yrs_chip"]),
    st.sampled_from(["Frogtown", "Eastgate", "coin", "ficha"]),
)
def test_fuzz_recovery_file_names(name, span, tail):
    slug = f"{name.replace(' ', '_')}_{span}_{tail}.jpg"
    item = post("New photo.", media=[Media(slug, "A photo of a table", False, "", None, 14)])
    assert hits("PHI003", item), slug


def test_recovery_needs_a_count_and_a_word():
    assert file_births._filed(" 1YR Clean Coin Frogtown")
    assert not file_births._filed(" Clean Coin Frogtown")
    assert not file_births._filed(" 10YR Anniversary")


def test_cared_beside_staff_reads_the_one_before_the_verb():
    assert alt_bodies.cared_beside_staff("Drover stretching his back with our nurse")
    assert alt_bodies.cared_beside_staff("              stretching his back with our nurse") is None
    assert alt_bodies.cared_beside_staff("Our nurse stretching his back with our PA") is None


def test_serial_search_stays_linear():
    unit = "Found one aid, serial\nQX7719K, ask us. Lot\nwords here. "
    small = steps(number_labels, lambda: list(number_labels.labelled(unit * 20, True)))
    large = steps(number_labels, lambda: list(number_labels.labelled(unit * 40, True)))
    assert large < 2.3 * small


def test_cared_beside_staff_stays_linear():
    unit = "our nurse bending his wrist with our nurse and the PA stretching the knee with our PA "
    small = steps(alt_bodies, lambda: alt_bodies.cared_beside_staff(unit * 20 + "x"))
    large = steps(alt_bodies, lambda: alt_bodies.cared_beside_staff(unit * 40 + "x"))
    assert large < 2.3 * small


def test_filed_names_stay_linear():
    assert_linear("PHI003", "Pao Her 1yr clean coin and Tou Vang 9mo sober ficha. ")
