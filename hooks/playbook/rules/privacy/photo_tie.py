"""Whether a photo of people is tied to care: without a tie, PHI012 warns of a missing authorization instead of refusing.

HIPAA's authorization is a patient's. A photo of Rotary volunteers handing out water at a 5K, of the team at a parade
with their children, of a mayor cutting a ribbon, shows people but no one's care; the register cannot hold an
authorization for them, and the build should not stop. The coordinator still sees a warning: a volunteer may be a
patient too. A photo is tied, and a missing authorization stays an error, when its alt text
- tells of care or of our dealings with someone (care_tie.care_tie: a care word, a vaccination, a wound, a milestone),
  shows someone's body part or what only care puts on them (alt_bodies: "the forearm of a dockworker", "in gowns");
- says someone is a patient or a client ("a patient", "paciente", "our client");
- places them in our rooms of care (an exam room, the waiting room, the lobby, the front desk, "consultorio", "sala de
  espera", a treatment table, a hospital bed);
- shows a before and an after;
or when the post's text is a patient's story by its shape (a testimonial, "one of our patients": care_tie's shapes).
A team's own name ("the Vein & Wound Care team") and an observance ("for World Kidney Day") are read as names, not care.
One scan of each pattern over two short texts: linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...normalize import fold
from .alt_bodies import shown_body, worn_care
from .care_tie import care_tie, names_no_patient, shape_tie
from .common import blank_group
from .event_topics import blank_events

_IN_CARE = lazyre.compile(
    r"(?<![\w-])(?:patients?|pacientes?|clients?|clientes?|exam(?:ining)?[ \t]+(?:room|table)s?|waiting[ \t]+rooms?|lobby|front[ \t]+desk"
    r"|check-?in|treatment[ \t]+(?:room|table|chair)s?|hospital[ \t]+beds?|recovery[ \t]+room|infusion[ \t]+chairs?|dental[ \t]+chairs?"
    r"|consultorios?|sala[ \t]+de[ \t]+(?:espera|examen|recuperacion|tratamiento)|recepcion|camilla|cama[ \t]+de[ \t]+hospital"
    r"|before[ \t]+(?:and|&|\+|/)[ \t]+after|antes[ \t]+(?:y|/)[ \t]+despues"
    # care done to someone in the picture: "le toma la presion a un senor", "taking a man's blood pressure", "re-wrapping the
    # bandaged hand", "fitting a nasal mask on", "con su monitor Holter puesto"
    r"|(?:le|les)[ \t]+(?:toma|tomaba|mide|checa|revisa|pone|aplica|cura|limpia|venda|inyecta|ajusta|quita|saca|coloca)\w{0,4}"
    r"|(?:taking|checking|measuring|tomando|midiendo|checando)[ \t]+(?:[\w'-]+[ \t]+){0,3}?(?:blood[ \t]+pressure|pressure|pulse|temperature|glucose|sugar|vitals|presion|glucosa|azucar|pulso)"
    r"|(?:re-?)?bandag\w{0,4}|vendad[oa]s?|vendando\w{0,3}|(?:re-?)?stitch\w{0,4}|sutur\w{0,4}|splint\w{0,4}|ferula|monitor(?:es)?|holter|cpap|mask[ \t]+on|mascarilla[ \t]+(?:de|en)"
    # someone's own clinicians: "with his nurses", "con sus enfermeras", "her surgeon" (a team's own photo says "our")
    r"|(?:his|her|their|su|sus)[ \t]+(?:[\w'-]+[ \t]+)?(?:nurses?|doctors?|surgeons?|therapists?|care[ \t]+team|enfermer[oa]s?|doctor(?:es|as?)?|medic[oa]s?|cirujan[oa]s?|terapeutas?)"
    r"|nebuliz\w{0,4}|inhaler|inhalador|puntos[ \t]+en|(?:screening|check(?:ing)?)[ \t]+(?:of|on|for)[ \t]+(?:a|an|his|her|their)[ \t])(?![\w-])",
    re.IGNORECASE,
)


# A photo of a group in public: the team, volunteers, a parade, a race, a booth, a ribbon cut.
_GROUP = lazyre.compile(
    r"(?<![\w-])(?:(?:our|the|whole|entire|nuestro|el|todo[ \t]+el)[ \t]+(?:[\w'&-]+[ \t]+){0,4}?(?:team|staff|crew|equipo|personal)|(?:team|group|staff)[ \t]+photo|foto[ \t]+(?:del[ \t]+equipo|grupal|de[ \t]+grupo)"
    r"|volunteers?|voluntari[oa]s?|parade|desfile|5k|10k|walk(?![ \t]+tests?)|caminata|race|carrera|marathon|maraton"
    r"|booth|stand|carpa|tent|ribbon|liston|rotary|lions[ \t]+club|kiwanis|scouts?|festival|fiesta|feria|fair|tournament|torneo|trophy|trofeo)(?![\w-])",
    re.IGNORECASE,
)


# A team's own name, capitalised before its noun ("the Vein & Wound Care team", "our Breathe Easy Kids crew", "el equipo de
# Corazón Sano"): the practice's or the program's words, no one's care
_TEAM_NAME = lazyre.compile(
    r"(?<![\w'’-])(?:(?i:our|the|whole|entire)[ \t]+(?P<name>(?:(?:[A-Z][\w'’-]*|&)[ \t]+){1,6})(?i:team|staff|crew)"
    r"|(?i:equipo|personal)[ \t]+(?i:de|del)[ \t]+(?P<es>(?:[A-Z][\w'’-]*)(?:[ \t]+(?:[A-Z][\w'’-]*|&|de|del|y))*))(?![\w'’-])"
)


def _without_team_names(alt: str) -> str:
    return _TEAM_NAME.sub(lambda match: blank_group(match, "name" if match.group("name") else "es"), alt)


def photo_untied(alt: str, body: str) -> bool:
    """Whether a photo whose alt text is `alt`, in a post whose text is `body`, shows a group in public and nothing
    that ties anyone in it to care (module docstring)."""
    folded = fold(alt)
    if not (_GROUP.search(folded.text) or names_no_patient(alt)):
        return False
    read = blank_events(_without_team_names(folded.text))  # "the Liver Care team ... for World Kidney Day": names, no one's care
    return not (care_tie(read) or _IN_CARE.search(folded.text) or shown_body(folded.text) or worn_care(folded.text) or shape_tie(body))
