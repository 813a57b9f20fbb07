"""Identifiers by shape and by context (PHI004-PHI010): where a finding lands, links and file names, and fuzzing.

The example tables live in test_privacy.py (one table per rule); this module
checks what a table cannot: that a finding points at the words that disclose
(line and column in the author's own text, accents and all), that a link's
query keys and a file's name are read, and, with hypothesis, that every shape
a generator can write is found while counts, years, venues and group ages are
not. Every person, number and address here is made up.
"""

from __future__ import annotations

import dataclasses
import string

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy.links import public_health

from tests.rules.harness import PLANS, findings, hits, post, response

BODY_LINE = 10
FUZZ = settings(max_examples=60, deadline=None)


def _at(text: str, words: str) -> tuple[int, int]:
    """(line, column) of `words` in a post body starting at BODY_LINE, as an editor shows them."""
    before = text[: text.index(words)]
    return BODY_LINE + before.count("\n"), len(before) - (before.rfind("\n") + 1) + 1


# --- a finding points at the words that disclose -------------------------------------------------------------


@pytest.mark.parametrize(
    "code, text, words",
    [
        ("PHI004", "Gracias.\nLe marcamos al +52 81 1844 2093 ayer.", "+52 81 1844 2093"),
        ("PHI004", "Sorry!\nWe tried 0161 496 0327 twice.", "0161 496 0327"),
        ("PHI005", "Hola.\nEscríbale a rosy.v77 arroba hotmail punto com.", "rosy.v77 arroba hotmail punto com"),
        ("PHI006", "Great day!\nDonate: https://gofundme.com/f/help-the-lopez-family", "https://gofundme.com"),
        ("PHI007", "Hola Edgar.\nSu número de expediente es 0092-4471.", "número de expediente"),
        ("PHI007", "Update:\nEvery login came from 73.162.44.19 last week.", "73.162.44.19"),
        ("PHI007", "Draft:\nMedicare had 3HK7-RW2-TD58 on file.", "3HK7-RW2-TD58"),
        ("PHI007", "PSA!\nWhoever drives the Camry, plate 7KXM492, please move it.", "plate 7KXM492"),
        ("PHI008", "¡Bienvenido!\nEl pequeño Mateo nació el 23/09/2027 a las 6:15 am.", "23/09/2027"),
        ("PHI009", "Aviso.\nDoña Rosa vive en Calle Hidalgo 415, Col. Centro.", "Calle Hidalgo 415"),
        ("PHI010", "¡Felicidades!\nDoña Refugio cumple 99 años hoy.", "cumple 99 años"),
    ],
)
def test_the_finding_points_at_the_disclosing_words(code, text, words):
    found = hits(code, post(text))
    assert found, f"{code} missed {text!r}"
    assert (found[0].line, found[0].column) == _at(text, words)
    assert words.split()[0].removeprefix("https://") in found[0].message  # quoted as written, accents kept


def test_a_reply_finding_points_at_its_line():
    (found,) = hits("PHI007", response("Gracias por su paciencia.\n\nSu póliza de Molina (ID 88201934755) está activa."))
    assert found.line == 8 + 2 and "póliza" in found.message


# --- links and file names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, url",
    [
        ("PHI007", "https://billing.example-ortho.test/pay?acct=A-77120-3"),
        ("PHI007", "https://billing.example-ortho.test/pay?ssn4=7719"),
        ("PHI007", "https://portal.example-ortho.test/lab?accession=A22-448193"),
        ("PHI007", "https://www.example-ortho.test/ok?expediente=0092-4471"),
        ("PHI008", "https://citas.example-ortho.test/confirmar?fecha_nac=12-03-1990"),
        ("PHI008", "https://portal.example-ortho.test/confirm?appt=2027-03-09T14%3A30"),
        ("PHI008", "https://forms.example-ortho.test/intake?edd=2027-09-14"),
        ("PHI003", "https://www.example-ortho.test/testimonios?paciente=guadalupe-trevino"),
        ("PHI003", "https://citas.example-ortho.test/c?nombre=Marisela%20Ochoa%20Ruiz"),
    ],
)
def test_link_keys_say_what_their_values_are(code, url):
    found = hits(code, post(f"Sign up at {url} today."))
    assert found and "(in the link '" in found[0].message


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-ortho.test/events?date=2027-02-13&utm_campaign=winter-5k",
        "https://www.example-ortho.test/blog?page=2027&group=3",
        "https://www.example-ortho.test/classes?plan=2027-2028",
    ],
)
def test_ordinary_link_keys_pass(url):
    item = post(f"Details at {url}.")
    assert [h.message for code in ("PHI007", "PHI008") for h in hits(code, item)] == []


@pytest.mark.parametrize(
    "code, name",
    [
        ("PHI007", "resultado_VIH_expediente_0092-4471.pdf"),
        ("PHI007", "pt_43817_hollis_ultrasound_20wk.jpg"),
        ("PHI007", "xray_PORTER_JAMES_MRN00482915_L-hip.png"),
        ("PHI008", "bebe_santiago_nacimiento_04may.jpeg"),
        ("PHI008", "2027-08-03 garcia-triplets-ear-tubes-followup.mp4"),
        ("PHI010", "felicidades-don-aurelio-95-anos.jpg"),
    ],
)
def test_media_file_names_are_read(code, name):
    found = hits(code, post("Race day!", media=[Media(name, "Runners at the finish", False, "", None, 14)]))
    assert [h.line for h in found][:1] == [14] and "(in the media file name '" in found[0].message


@pytest.mark.parametrize("name", ["flu-clinic-2027-10-01.jpg", "IMG_20271001_101500.jpg", "DSC04412.jpg", "walk-2027-02-13-group.jpg"])
def test_ordinary_media_file_names_pass(name):
    item = post("Race day!", media=[Media(name, "Runners at the finish", False, "", None, 14)])
    assert [h.message for code in ("PHI004", "PHI007", "PHI008", "PHI010") for h in hits(code, item)] == []


# --- links: people's pages, look-alikes, public health ----------------------------------------------------------


@pytest.mark.parametrize("host", ["www.cdc.gov", "salud.gob.mx", "www.sanidad.gob.es", "www.canada.ca", "www.nhs.uk", "www.who.int", "paho.org", "health.mil"])
def test_public_health_authorities_are_trusted_by_default(host):
    assert public_health(host)
    assert hits("PHI006", post(f"More at https://{host}/topic today.")) == []
    assert hits("PHI006", response(f"Good information: https://{host}/topic")) == []


@pytest.mark.parametrize("host", ["gov.lookalike.example", "cdcgov.example", "mygov.example.com", "govt.example"])
def test_government_by_suffix_only(host):
    assert not public_health(host)


def test_a_look_alike_of_a_public_health_site_is_refused():
    (found,) = hits("PHI006", post("Read more at https://cdc.gov.health-news.example/flu"))
    assert "looks like 'cdc.gov'" in found.message


# --- fuzz: every shape a generator writes is found ---------------------------------------------------------------

_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_digit = st.sampled_from("0123456789")
_letter = st.sampled_from(_MBI_LETTERS)
_either = st.sampled_from(_MBI_LETTERS + "0123456789")


@st.composite
def mbis(draw) -> str:
    """A Medicare Beneficiary Identifier in the CMS layout, written with dashes, spaces or nothing between its groups."""
    chars = [
        draw(st.sampled_from("123456789")), draw(_letter), draw(_either), draw(_digit),
        draw(_letter), draw(_either), draw(_digit), draw(_letter), draw(_letter), draw(_digit), draw(_digit),
    ]  # fmt: skip
    code = "".join(chars)
    if draw(st.booleans()):
        code = code.lower() if draw(st.booleans()) else code
    sep = draw(st.sampled_from(["-", " ", ""]))
    return f"{code[:4]}{sep}{code[4:7]}{sep}{code[7:]}"


CARRIERS = [
    "Medicare had {} on file, so we resent the claim.",
    "Su número quedó como {} en el sistema.",
    "Card check: {}.",
    "Draft caption (blur this!): {} on the card.",
]


@FUZZ
@given(code=mbis(), carrier=st.sampled_from(CARRIERS), reply=st.booleans())
def test_every_medicare_number_is_found(code, carrier, reply):
    text = carrier.format(code)
    found = hits("PHI007", response(text) if reply else post(text))
    assert found and code in found[0].message


@FUZZ
@given(
    groups=st.tuples(st.integers(1, 899), st.integers(1, 99), st.integers(1, 9999)),
    sep=st.sampled_from(["-", " ", ".", "/", " - ", "–"]),
    label=st.sampled_from(["Her SSN is", "SSN:", "El número de seguro social es", "The card read", "Número:"]),
)
def test_every_social_security_number_is_found(groups, sep, label):
    number = sep.join(f"{n:0{w}d}" for n, w in zip(groups, (3, 2, 4)))
    assert hits("PHI007", post(f"{label} {number}, please check."))


@FUZZ
@given(
    # No exchange of the North American plan starts with 0 or 1: "(809) 123-4567" is no number anyone has
    # (phonenumbers rightly refuses it for the Dominican Republic's plan), so the exchange starts with 2-9.
    digits=st.builds(lambda first, rest: first + rest, st.sampled_from("23456789"), st.text(alphabet="0123456789", min_size=6, max_size=6)),
    area=st.integers(201, 989).filter(lambda a: a not in (800, 888, 877, 866, 855, 844, 833)),  # toll-free: organisations' lines
    layout=st.sampled_from(["({a}) {e}-{n}", "{a}.{e}.{n}", "{a} {e} {n}", "+1 {a}-{e}-{n}", "1-{a}-{e}-{n}", "{a}{e}{n}"]),
    carrier=st.sampled_from(["Text Dana at {} tonight.", "Le marcamos al {} tres veces.", "Her cell: {}"]),
)
def test_every_us_and_mexican_number_is_found(digits, area, layout, carrier):
    number = layout.format(a=area, e=digits[:3], n=digits[3:])
    # Some plan members keep toll-free lines inside a geographic code (Trinidad's 868-800-...): an
    # organisation's line, passed on purpose like 800 numbers, so it is no personal number to find.
    assume(phonenumbers.number_type(phonenumbers.parse(f"+1{area}{digits}")) != phonenumbers.PhoneNumberType.TOLL_FREE)
    assert hits("PHI004", post(carrier.format(number)))


def test_a_toll_free_line_inside_a_geographic_code_is_an_organisations():
    assert not hits("PHI004", post("Text Dana at (868) 800-0000 tonight."))  # Trinidad and Tobago's toll-free range
    assert hits("PHI004", post("Text Dana at (868) 812-3456 tonight."))


@FUZZ
@given(
    digits=st.text(alphabet="0123456789", min_size=8, max_size=8),
    first=st.sampled_from("6789"),
    layout=st.sampled_from(["{f}{a} {b} {c} {d}", "{f}{a}{b} {c}{d}", "+34 {f}{a} {b} {c} {d}", "0{f}{a} {b}{c} {d}"]),
)
def test_every_spanish_and_trunk_zero_number_is_found(digits, first, layout):
    a, b, c, d = digits[:2], digits[2:4], digits[4:6], digits[6:]
    national = layout.format(f=first, a=a, b=b, c=c, d=d).removeprefix("+34 ").replace(" ", "")
    assume(not national.startswith(("800", "900", "0800", "0808")))  # freephone lines are organisations' (PHI004 lets them pass)
    assert hits("PHI004", response(f"Llámele al {layout.format(f=first, a=a, b=b, c=c, d=d)}, por favor."))


LABELS = [
    "member ID", "policy number", "subscriber ID", "claim #", "MRN", "chart no.", "account #", "acct no.",
    "número de expediente", "número de póliza", "número de afiliado", "póliza", "historia clínica", "folio",
    "serial", "número de serie", "lote", "ticket #",
]  # fmt: skip
FILLERS = ["", "es ", "is ", "de Molina ", "on file: ", "de su bomba es ", "(", "with Aetna "]


@FUZZ
@given(
    label=st.sampled_from(LABELS),
    filler=st.sampled_from(FILLERS),
    head=st.text(alphabet=string.ascii_uppercase, min_size=0, max_size=3),
    body=st.text(alphabet="0123456789", min_size=4, max_size=10),
    tail=st.sampled_from(["", "-01", "-B", "X"]),
)
def test_every_labelled_number_is_found(label, filler, head, body, tail):
    number = f"{head}{body}{tail}"
    if head == "" and tail in ("", "-01") and body.startswith(("19", "20")) and len(body) == 4:
        number = body + "7" + tail  # a bare year or a span of years ('2019-20') is not an identifier, by design
    if filler == "de su bomba es " and number.isdigit() and len(number) < 6:
        number = "A" + number  # past ordinary words, only a code that cannot be a count is read as the label's
    found = hits("PHI007", response(f"Su {label} {filler}{number} ya quedó."))
    assert found, f"missed {label} {filler}{number}"


@FUZZ
@given(age=st.integers(90, 119), template=st.sampled_from([
    "Mrs. Odom turned {} this week!", "Happy {}th birthday, Mr. Diaz!", "Our walker, a {}-year-old grandmother, led the pack.",
    "¡Doña Chayo cumple {} años hoy!", "Don Lalo, a sus {} años, sigue caminando.", "La abuelita Chonita de {} años vino hoy.",
    "Hoy Don Fermín cumplió {} años.", "She is {} years young and still gardening.",
]))  # fmt: skip
def test_every_age_over_89_about_a_person_is_found(age, template):
    assert hits("PHI010", post(template.format(age)))


# --- fuzz: counts, years, venues and group ages are not identifiers -----------------------------------------

CLEAN_TEMPLATES = [
    "We gave out {n} toothbrushes and saw {m} kids in {year}.",
    "Group {d} meets at {h}:{mm} in Room {room}.",
    "Aim for {n} steps a day; {p}% of adults don't.",
    "La campaña es del {d} al {d2} de octubre, de {h} a {h2}.",
    "Más de {n} familias atendidas desde {year}.",
    "The {year}-{year2} season starts in {mes}; {m} runners signed up.",
    "Our policy since {year}: every call returned within {d} hours.",
    "Ages {age} and older should get the vaccine each year.",
    "Las personas de {age} años o más necesitan revisar su vista.",
    "Our clinic turns {age} this year!",
    "Join us at Riverside Park ({n} River Rd, north pavilion) on Saturday.",
    "Vacunación en el Centro Comunitario, Av. Hidalgo {n}, este sábado.",
    "Free screenings at Fire Station {d}, {n} Harbor Blvd.",
]


@FUZZ
@given(
    template=st.sampled_from(CLEAN_TEMPLATES),
    n=st.integers(2, 99999),
    m=st.integers(2, 999),
    d=st.integers(1, 28),
    d2=st.integers(1, 28),
    h=st.integers(1, 12),
    h2=st.integers(1, 12),
    mm=st.sampled_from(["00", "15", "30", "45"]),
    room=st.integers(1, 450),
    p=st.integers(1, 99),
    year=st.integers(1950, 2030),
    age=st.integers(40, 120),
    mes=st.sampled_from(["March", "octubre", "May"]),
)
def test_counts_years_venues_and_group_ages_pass(template, n, m, d, d2, h, h2, mm, room, p, year, age, mes):
    text = template.format(n=n, m=m, d=d, d2=d2, h=h, h2=h2, mm=mm, room=room, p=p, year=year, year2=year + 1, age=age, mes=mes)
    item = post(text)
    found = [h.message for code in ("PHI004", "PHI007", "PHI008", "PHI009", "PHI010") for h in hits(code, item)]
    assert found == [], text


STREETS = ["Maple Avenue", "Elm St", "Larkspur Lane", "Orchard Rd", "Whitmore Ave", "Cedar Ct"]


@FUZZ
@given(number=st.integers(1, 9999), street=st.sampled_from(STREETS), venue=st.sampled_from([
    "Join us at Lincoln Elementary, {a}, for free flu shots.", "Our new office at {a} opens Monday.",
    "Blood drive in the parking lot at {a}.", "Taller gratuito en la Biblioteca Central ({a}).",
]), home=st.sampled_from([
    "Mrs. Lopez lives at {a} and brought cookies.", "We mailed the statement to {a}, the address on file.",
    "Thanks to the neighbors at {a} for the driveway!", "Le mandamos la factura a su casa en {a}.",
]))  # fmt: skip
def test_an_address_is_a_home_or_a_place_by_its_sentence(number, street, venue, home):
    address = f"{number} {street}"
    assert hits("PHI009", post(venue.format(a=address))) == []
    found = hits("PHI009", post(home.format(a=address)))
    assert found and address in found[0].message


# --- PHI004: toll-free numbers are organisations' lines -------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SEPARATORS = ["-", ".", " "]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["800", "888", "877", "866", "855", "844", "833"]),
    st.sampled_from(["212", "312", "415", "713", "305", "602"]),
    st.integers(200, 999),
    st.integers(0, 9999),
    st.sampled_from(_SEPARATORS),
    st.sampled_from(["Call the national helpline at {}, 24/7.", "Línea gratuita de ayuda: {}.", "Free help: {} or dial 988."]),
)
def test_toll_free_numbers_pass_and_personal_numbers_do_not(toll_free, area, exchange, line, sep, sentence):
    number = f"{exchange}{sep}{line:04d}"
    assert hits("PHI004", sentence.format(f"1{sep}{toll_free}{sep}{number}")) == []
    assert len(hits("PHI004", sentence.format(f"({area}) {number}"))) == 1


def test_a_line_the_practice_owns_besides_its_contact_route_may_appear():
    """`phones:` in practice.yml: a second office's or the billing line passes, in digits or read aloud; any other number is refused."""
    owned = dataclasses.replace(PLANS, practice=dataclasses.replace(PLANS.practice, phones=("+1 312 555 0107",)))
    text = "Questions about a bill? Our billing office is at (312) 555-0107."
    assert [f.code for f in findings("PHI004", post(text))] == ["PHI004"]
    assert findings("PHI004", post(text), plans=owned) == []
    other = "Questions about a bill? Call Dana at (312) 555-0199."
    assert [f.code for f in findings("PHI004", post(other), plans=owned)] == ["PHI004"]


def test_an_international_number_no_plan_accepts_is_still_a_number():
    """'+', a country code and 11 to 15 digits in groups: Mexico's old mobile '1' ('+52 1 ...') is no longer in the
    plan, and staff still paste it; the practice's own line written so passes."""
    text = "Le marcamos a su celular, +52 1 664 903 2218, y no contestó."
    assert [f.code for f in findings("PHI004", response(text))] == ["PHI004"]
    owned = dataclasses.replace(PLANS, practice=dataclasses.replace(PLANS.practice, phones=("+52 1 664 903 2218",)))
    assert findings("PHI004", response(text), plans=owned) == []
    assert hits("PHI004", "Dosis: +1 2 3 tabletas.") == []  # too few digits for a number


def test_reading_international_numbers_stays_linear():
    from playbook.rules.privacy import contact

    from tests.rules.work import steps

    def work(n: int) -> int:
        text = "+52 1 664 903 2218 y +1 2 " * n
        return steps(contact, lambda: contact._trunk_numbers(text), package=False)

    assert work(80) < 2.4 * work(40)
