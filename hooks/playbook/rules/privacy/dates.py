"""PHI008 date-tied-to-person: a date of someone's care, birth or death (English and Spanish)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...findings import Severity
from ...model import Post, ResponseTemplate
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from ...wordlists import wordlist
from ..context import Context
from ..registry import Hit, rule
from .birth_notes import birth_notes
from .common import CLINICAL, DASHES, WORDS, folded, texts
from .dated_cases import dated_cases
from .initial_dates import initialled_dates
from .initial_visits import initialled_visits
from .known import Known
from .pictured_dates import care_label, pictured
from .visit_times import timed_care, told_visits

IDS = wordlist("privacy-identifiers")

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_MES = r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)"  # folded: no accents
_MONTH_ABBR = r"(?i:jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sept?|set|oct|nov|dec|dic)"
_SLASH = r"[/\u2044\u2215]"
_DATE = lazyre.compile(
    rf"(?<![\w/.-])(?:"
    rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?!\d|:\d)(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:o|ro|ero)?[ \t]+(?i:de)[ \t]+{_MES}(?:[ \t]+(?i:de|del)[ \t]+\d{{4}})?"  # "18 de julio (de 2027)"
    rf"|{_MES}[ \t]+\d{{1,2}}(?!\d|:\d)(?:,?[ \t]+(?:(?i:de)[ \t]+)?\d{{4}})?"  # "julio 18, 2027"
    rf"|\d{{1,2}}(?:[.{DASHES}]?{_MONTH_ABBR}\.?(?:[.{DASHES}]?\d{{2}}(?:\d{{2}})?)?|[ \t]+{_MONTH_ABBR}\.?[ \t]+\d{{4}})"  # "04may", "18-jul-2027"
    rf"|(?P<m>\d{{1,2}}){_SLASH}(?P<d>\d{{1,2}})(?:{_SLASH}\d{{2}}(?:\d{{2}})?)?"
    rf"|(?P<m2>\d{{1,2}})[.{DASHES}](?P<d2>\d{{1,2}})[.{DASHES}](?:\d{{4}}|\d{{2}}(?![.{DASHES}]?\d))"
    rf"|\d{{4}}[{DASHES}]\d{{2}}[{DASHES}]\d{{2}}(?:T\d{{1,2}}(?::\d{{2}}){{0,2}})?"
    rf"|(?i:the)[ \t]+\d{{1,2}}(?:st|nd|rd|th)(?![ \t]+(?:of[ \t]+)?(?:{_MONTH}|(?i:century|time|grade|floor|place|anniversary|birthday)))"  # "your visit on the 3rd"
    rf"|(?i:el[ \t]+dia)[ \t]+\d{{1,2}}(?!\d|:\d)"
    rf")(?![\w/]|[.-]\d)"
)
_PRONOUNS = r"(?i:her|his|my)"  # not "their": "families can move their appointments before Dec. 24" is no one in particular
_DATE_EVENTS = phrase_pattern((*WORDS["date_person_events"], *folded(IDS["date_person_events_more"])))
# A baby's arrival: "Baby Olivia arrived 1/22", "la bebé Sofía nació el 3 de mayo", "su princesa llegó el 22 de enero".
_DATE_BIRTH = lazyre.compile(
    r"(?<![\w-])(?:(?i:baby|newborn|bebe|bebita|bebito|little[ \t]+(?:one|man|lady)|bundle[ \t]+of[ \t]+joy)"
    # a pet name for a baby, once someone's: "su princesa", "our little prince", "their new angelito"
    r"|(?i:our|her|his|their|su|sus|nuestr[oa]|tu)[ \t]+(?:(?i:new|little|nuev[oa])[ \t]+)?"
    r"(?i:princess|prince|princesa|princesita|principe|principito|nena|nene|chiquita|chiquito|angelito|angelita))"
    r"(?![\w-])[^.!?\n]{0,40}?(?<![\w-])(?i:arrived|born|debut|llego|nacio)(?![\w-])"
)
_DATE_INJURY = lazyre.compile(rf"(?<![\w-])(?i:{alternation(WORDS['date_person_injury_verbs'])})\s+{_PRONOUNS}(?![\w-])")
_NOUNS = alternation(WORDS["date_person_nouns"])
_MODIFIERS = alternation(WORDS["care_modifiers"])
_DATE_WORDS = r"(?:[\d/.-]+(?:st|nd|rd|th)?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?"  # "your 11/02 appointment", "her March 3 surgery"
_TOPIC_AFTER = r"(?![ \t-]+(?i:tips|demos?|class|classes|education|vans?|events?|nights?|days?|supplies|crew|schedule|stations?|kits?|lessons?|workshops?|fair|booth|table))"
_DATE_POSSESSIVE = lazyre.compile(rf"(?<![\w-])(?:{_PRONOUNS}|(?i:patient)['’]s|[A-Z][a-z]+['’]s)\s+{_DATE_WORDS}(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-]){_TOPIC_AFTER}")
_DATE_POSSESSIVE_REPLY = lazyre.compile(
    rf"(?<![\w-])(?i:your)\s+{_DATE_WORDS}(?:(?i:{_MODIFIERS})[\s-]+){{0,2}}(?i:{_NOUNS})(?![\w-])"
    rf"|(?<![\w-])(?i:su|sus|tu|tus)\s+(?:(?i:ultim[oa]|proxim[oa]|primer[oa]?|pasad[oa]|anterior|siguiente)\s+)?"
    rf"(?i:{alternation(folded(IDS['date_reply_nouns_es']))})(?![\w-])"
)
_DATE_HAD = lazyre.compile(
    rf"(?<![\w-])(?:had|underwent)\s+(?:(?:a|an|her|his|my)\s+)?"
    rf"(?:(?:{_MODIFIERS})[\s-]+){{0,2}}(?:{alternation(WORDS['date_person_had'])})(?![\w-])",
    re.IGNORECASE,
)
# A birthplace ("born in <Town>", "nacida en <Town>") and a date said as a start ("starting", "a partir del"): a newcomer's
# first day, not her birth's
_BIRTHPLACE = lazyre.compile(r"(?i:born|nacid[oa]|nacio)[ \t]+(?i:in|en)[ \t]+[A-Z]")
_STARTS = lazyre.compile(r"(?<![\w-])(?i:starting|beginning|effective|as[ \t]+of|a[ \t]+partir[ \t]+del?|desde[ \t]+el)[ \t]*$")
_DATE_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*WORDS['date_person_before'], *folded(IDS['date_person_before_es'])))})(?:\s+(?:on|el))?\s*:?\s*$")
_DATE_FILE_WORDS = phrase_pattern(folded(IDS["date_file_words"]))
_DATE_KEYS = tuple(re.sub(r"[^a-z0-9]", "", k.lower()) for k in folded(IDS["date_keys"]))
_DOB = lazyre.compile(r"(?<![\w.])(?:DOB|D\.O\.B\.?)(?![\w])")


def _valid_date(match: re.Match) -> bool:
    """A numeric date reads as month/day or day/month ("23/09/2027"): either must be a real day."""
    for first_key, second_key in (("m", "d"), ("m2", "d2")):
        if match.group(first_key):
            first, second = int(match.group(first_key)), int(match.group(second_key))
            return 1 <= first <= 12 and 1 <= second <= 31 or 1 <= second <= 12 and 1 <= first <= 31
    return True


def _date_key(body: str, date: re.Match) -> str:
    """In a link's words ("dob: 1950-01-02; fecha nac: 12-03-1990"), the key of a date's value when it names a person's date."""
    key_start = body.rfind("; ", 0, date.start()) + 2 if "; " in body[: date.start()] else 0
    key, sep, _ = body[key_start : date.start()].partition(": ")
    squashed = re.sub(r"[^a-z0-9]", "", key.lower())
    return key if sep and squashed.startswith(_DATE_KEYS) else ""


@rule("PHI008", "date-tied-to-person", serves="privacy", severity=Severity.ERROR, scope="document")
def date_tied_to_person(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A specific date tied to a person's care, birth or death.

    What it flags:
        A date in English or Spanish ("March 3", "Feb. 14th", "2/14",
        "01/05/2027", "18/07/2027", "2027-01-05", "3 March", "18 de julio",
        "04may", and in a reply "the 3rd") in the same sentence as words that
        make it about one person: "was seen", "was admitted", "born",
        "diagnosed", "passed away", "underwent", "gave birth", "nació",
        "fue operada", "fecha de nacimiento", "fecha de servicio"; an injury
        verb with a pronoun ("tore his"); care someone had ("had hip
        surgery", "had an MRI"); a care word after her, his, my or a name
        ("her surgery", "Maria's appointment", and in a reply "your visit",
        "su cita"); or a label right before it ("admitted 01/05/2027", "DOB:
        4/2/1950", "nació el 23/09/2027"). "DOB" is flagged on its own. In a
        link or a file name, a clinical word or a word about a person's birth
        or stay ties a date too (`jane-doe-mri-2027-01-03.jpg`,
        `smith-twins-postop-2027-05-12.mp4`), and so does a query key
        (`?dob=1950-01-02`, `&fecha_nac=12-03-1990`, `?appt=2027-03-09`).
        A date labelled as the day of someone's surgery or treatment in a before-and-after post or the caption
        of a photo ("Before -> after. Surgery date 3/4/2027") is flagged too.
        Initials with the day or hour of one visit of theirs are flagged too
        ("J.M. ... his 9:40 visit on 6/2", "la Sra. R.G. ... su cita
        del martes a las 9"); not a time or a degree ("8 A.M.", "J.D."), nor a
        timetable ("appointments at 8:15 on Saturdays"). Initials beside any
        date in their clause are flagged too, with no visit word: a tag or a
        cover ('"K.D. - 3/9 rehab wk 2"', bare capitals on a label: '"LB -
        9/30"'), a cheer ("Congrats to R.S., who had her baby Aug 3", "a
        L.Q.V., que el 2 de mayo ..."); staff named as staff ("our nurse,
        K.T., starts 3/1") and abbreviations ("U.S.", "D.C.", "B.P.") pass. So are initials or a
        name with a birth date as offices shorten it ("para R.T. (nac.
        3/5/2016)", "K.L., b. 4/4/1961", "D.S. - f. nac.: 14/02/2008"); a
        cohort ("born after 1/1/1965") has no one before the label. One person or family
        told by the day or hour they came is flagged too, even in a friendly
        lost-and-found ("the lady who came in March 9 at 10:40 left her scarf",
        "la familia que vino el jueves a las 3"); a crowd at an event passes.
        So is one sitting of care told by its hour or date with something
        left or found, or spoken to its patient ("found after the 7 am
        dosing on 10/14: a set of keys", "a la señora del turno de las 11:40
        del 9 de junio"); a timetable ("dosing 6:30-10 am") passes.
        So is a case written with an age and a sex and the day or hour the
        patient was seen ("41F, fall from a ladder, seen in the ER 5/2 at
        22:15", "varón de 67 años, atendido el 14/09").
        Dates of events, campaigns and deadlines pass, and so does a newcomer's first day beside where she was born
        ("born in <Town>, she joins us starting <date>").

    Why:
        HIPAA treats every part of a date except the year as an identifier
        when it belongs to a person: the day of a visit, a surgery, an
        admission, a birth. Combined with a small town and a condition, a
        date is often enough to know who is meant.

    Examples:
        Triggers: `She was seen on March 3 and was back running by May.`
        Triggers: `¡Bienvenido Mateo! Nació el 23/09/2027 a las 6:15 am.`
        Triggers: `Thanks to D.F.R. for the pastries he brought to his 10:40 appointment on 4/9!`
        Passes: `The Maplewood Winter 5K is on Saturday, Feb 13.`
    """
    is_response = isinstance(item, ResponseTemplate)
    contexts = [_DATE_EVENTS, _DATE_BIRTH, _DATE_INJURY, _DATE_HAD, _DATE_POSSESSIVE] + ([_DATE_POSSESSIVE_REPLY] if is_response else [])
    message = "Remove the date '{date}' or what ties it to a person ('{why}'): the date of someone's care, birth or death identifies them"
    hint = "Dates of public events are fine; the day someone was seen, operated on, admitted or born is not. Say 'this winter' or leave the time out."
    known = Known.of(ctx.plans)
    for text in texts(item, ctx.plans, links=False):
        body = text.text
        for match in _DOB.finditer(body):
            yield text.hit(match.start(), f"Remove '{text.show(match)}': a date of birth identifies a person", hint)
        noted = set()
        for who, when in birth_notes(body, _DATE):  # "Aviso a <R.T.> (nac. 3/5/2016)", "<K.L.>, b. 4/4/1961"
            noted.add(when.start())
            yield text.hit(who.start(), f"Remove the birth date '{text.show(when)}' beside '{text.show(who).rstrip(' (,:')}': a date of birth identifies a person", hint)
        for initial, when in initialled_visits(body):  # "<J.M.>'s 9:40 visit on 6/2", "la Sra. <R.G.> ... su cita del martes"
            noted.add(initial.start())
            yield text.hit(
                initial.start(), f"Remove the initials '{text.show(initial)}' or the time of their visit ('{text.show(when)}'): initials with a visit's day or hour identify a patient", hint
            )
        for initial, when in initialled_dates(body, _DATE, _valid_date, known.is_team):  # 'the tag says "<K.D.> 3/9"', "Congrats to <R.S.>, who ... Aug 3"
            if initial.start() not in noted:
                yield text.hit(initial.start(), f"Remove the initials '{text.show(initial)}' or the date beside them ('{text.show(when)}'): initials with a date tie one person to their care", hint)
        for who, when in told_visits(body, _DATE):  # "the couple who stopped by on 6/14 around noon"
            yield text.hit(who.start(), f"Remove the day or hour of the visit ('{text.show(when)}') or who came ('{text.show(who)}'): a visit's date tied to a person identifies them", hint)
        for who, when in timed_care(body, _DATE):  # "to whoever left a scarf after the 8:15 infusion on 3/6"
            yield text.hit(who.start(), f"Remove the day or hour of the care ('{text.show(when)}') or what ties it to one patient ('{text.show(who)}'): one sitting's time identifies them", hint)
        for who, when in dated_cases(body, _DATE):  # "Case of the week. 41F, fall from a ladder, seen in the ER 5/2 at 22:15"
            yield text.hit(
                who.start(), f"Remove the day or hour of the visit ('{text.show(when)}') or the age and sex ('{text.show(who)}'): a case's age, sex and visit day identify one patient", hint
            )
        dates = [m for m in _DATE.finditer(body) if _valid_date(m)]
        if not dates:
            continue
        bounds = sentence_bounds(body)
        in_link = text.where.startswith("the link")
        shown = not text.where and pictured(body)  # a before and after, "this pic": one person's result
        for date in dates:
            if date.start() in noted:
                continue  # reported above with whose birth date it is
            label = care_label(body, date) if shown else None
            if label:  # "Before -> after. Surgery date 3/4/2027": the day of the pictured person's care
                yield text.hit(date.start(), message.format(date=text.show(date), why=text.show(label).rstrip(" :")), hint)
                continue
            before = _DATE_BEFORE.search(body, max(0, date.start() - 40), date.start())
            if before and not _DOB.fullmatch(before.group(0).split(":")[0].strip()):
                yield text.hit(date.start(), message.format(date=text.show(date), why=text.show(before).rstrip(" :")), hint)
                continue
            if before:  # "DOB 4/2/1950": already reported above
                continue
            key = _date_key(body, date) if in_link else ""
            if key:
                yield text.hit(date.start(), message.format(date=text.show(date), why=key), hint)
                continue
            start, end = sentence_of(bounds, date.start())
            for pattern in contexts if not text.where else (*contexts, CLINICAL, _DATE_FILE_WORDS):  # a file name "...-mri-2027-01-03"
                why = pattern.search(body, start, end)
                if why and _BIRTHPLACE.match(body, why.start()) and _STARTS.search(body, max(0, date.start() - 24), date.start()):
                    continue  # "Médica nacida en <Town>, atiende a partir del <date>": a birthplace, and the day she starts
                if why:
                    yield text.hit(date.start(), message.format(date=text.show(date), why=text.show(why)), hint)
                    break
