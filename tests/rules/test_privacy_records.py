"""Record-style names, plates under their regional names and the keeper of the only shop on a road, fuzzed.

The example tables live in test_privacy.py; here hypothesis writes the kinds the way staff do (a band
read out in an alt text, a camera-roll file name, a plate under a regional label, a shout-out to the one
who runs the only shop on a road) and checks the near-misses beside them pass. Every name is made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import _rule_steps
from tests.rules.work import steps

FUZZ = settings(max_examples=50, deadline=None)
_SURNAMES = st.sampled_from(["Montoya", "Halvorsen", "Pruitt", "Garza", "Rivera", "Kowalczyk", "Villalobos"])
_INITIAL = st.sampled_from(list("ABDGJLMRT"))


def _alt(text: str, people: bool = False) -> object:
    return post("A photo from the clinic.", media=[Media("images/a.jpg", text, people, "", None, 14)])


def _file(name: str) -> object:
    return post("A photo from the clinic.", media=[Media(f"images/{name}", "A bright waiting room", False, "", None, 14)])


@FUZZ
@given(
    surname=_SURNAMES,
    initial=_INITIAL,
    thing=st.sampled_from(["the hospital band reads", "a wristband that says", "the chart on the door shows", "la pulsera dice", "se lee en la pulsera"]),
    dot=st.sampled_from(["", "."]),
)
def test_fuzz_a_record_style_name_read_off_a_band(surname, initial, thing, dot):
    text = f"Close-up of a small wrist; {thing} {surname.upper()}, {initial}{dot} above a cut-off barcode"
    found = hits("PHI003", _alt(text))
    assert found and f"{surname.upper()}, {initial}" in found[0].message, text
    assert hits("PHI012", _alt(text)), text  # marked `people: false`, yet a name is shown


@FUZZ
@given(word=st.sampled_from(["EXIT", "SALIDA", "ROOM", "WASH", "CLOSED", "SALINE"]), initial=_INITIAL, thing=st.sampled_from(["the sign reads", "the poster says", "the bag reads", "el cartel dice"]))
def test_fuzz_a_sign_or_a_product_read_out_names_no_one(word, initial, thing):
    assert hits("PHI003", _alt(f"A hallway; {thing} {word}, {initial} wing to the left")) == []


@FUZZ
@given(
    surname=_SURNAMES,
    initial=_INITIAL,
    care=st.sampled_from(["trigger-finger_postop", "knee-scope_day2", "bunionectomy_pod1", "cataract_followup", "colonoscopia", "herida_alta"]),
    sep=st.sampled_from(["_", "-"]),
    lead=st.sampled_from(["IMG_2207_", "DSC0192_", ""]),
)
def test_fuzz_a_surname_and_an_initial_beside_care_in_a_file_name(surname, initial, care, sep, lead):
    name = f"{lead}{surname.lower()}{sep}{initial}{sep}{care}.jpg"
    found = hits("PHI003", _file(name))
    assert found and f"{surname} {initial}" in found[0].message, name


@FUZZ
@given(
    owner=st.sampled_from(["vitamin", "hepatitis", "plan", "group", "type", "room", "wing", "grupo", "sala"]),
    letter=st.sampled_from(list("ABCDK")),
    rest=st.sampled_from(["postop_tips", "vaccine_day2", "surgery_center", "recovery_tour", "options"]),
)
def test_fuzz_a_letter_that_belongs_to_a_word_is_no_initial(owner, letter, rest):
    assert hits("PHI003", _file(f"{owner}_{letter.lower()}_{rest}.png")) == []


@FUZZ
@given(
    label=st.sampled_from(["tablilla", "placas", "matrícula", "patente", "plate #", "number plate"]),
    plate=st.sampled_from(["JKL-539", "IXZ 204", "4821 KLM", "AB 123 CD", "8FJR221"]),
)
def test_fuzz_a_plate_under_its_regional_name(label, plate):
    found = hits("PHI007", f"Al dueño del carro gris con {label} {plate}: dejó las luces prendidas.")
    assert found and plate in found[0].message, (label, plate)


@FUZZ
@given(model=st.sampled_from(["modelo 4410-B", "talla 2", "ref. PX-2210", "de 20 cm"]))
def test_fuzz_a_splint_is_no_plate(model):
    assert [f for f in hits("PHI007", f"Le pusimos una tablilla de aluminio {model} en el dedo.") if "plate" in f.message] == []


_KEEPERS = st.sampled_from(["the fella who owns", "the guy who owns", "the lady who works at", "the man who runs"])
_SHOPS = st.sampled_from(["tire & muffler shop out on Quarry Rd", "feed store on Route 9", "hardware store on Elm Street", "gas station out on Hwy 40"])


@FUZZ
@given(keeper=_KEEPERS, shop=_SHOPS, device=st.sampled_from(["those hearing aids you picked up suit you well", "your new glasses suit you", "that knee brace looks good on you"]))
def test_fuzz_the_keeper_of_the_only_shop_told_of_their_device(keeper, shop, device):
    who = f"{keeper} the only {shop}"
    found = hits("PHI011", f"Shoutout to {who}: {device}!")
    assert found and who.split(" out ")[0].split(" on ")[0] in found[0].message


@FUZZ
@given(keeper=_KEEPERS, shop=_SHOPS, line=st.sampled_from(["thanks for the coffee, you rock", "you make the best pie in town", "thanks for donating glasses to our vision drive, you rock"]))
def test_fuzz_the_keeper_of_the_only_shop_without_care_passes(keeper, shop, line):
    assert hits("PHI011", f"Shoutout to {keeper} the only {shop}: {line}!") == []


def test_record_names_and_keepers_work_grows_linearly():
    """Near-misses of every kind here, doubled: the work doubles (bounded windows, no nested quantifiers)."""
    unit = "The sign reads EXIT, B wing. GARZA, the only shop the guy who runs the only the only store on; your those glasses. tablilla de aluminio 4410-B. "
    for code in ("PHI003", "PHI007", "PHI011"):
        small, large = _rule_steps(code, unit * 20), _rule_steps(code, unit * 40)
        assert large < 2.3 * small, code


def test_labelled_numbers_among_many_readings_stay_linear():
    """Each labelled number is looked up among the text's blood-pressure readings by bisection: doubling a text
    of labels and readings doubles the work (a scan of every reading per label would quadruple it)."""
    from playbook.rules.privacy import number_labels

    unit = "Chart no. 55012. Reading 150-169/95-104. "
    small = steps(number_labels, lambda: list(number_labels.labelled(unit * 40, True)), package=False)
    large = steps(number_labels, lambda: list(number_labels.labelled(unit * 80, True)), package=False)
    assert list(number_labels.labelled(unit, True)), "the unit must hold a labelled number, or the test measures nothing"
    assert large < 2.3 * small
