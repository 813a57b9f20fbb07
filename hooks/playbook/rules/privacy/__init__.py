"""PHI: privacy. Nothing that could identify a patient, or confirm that someone is one, is published.

HIPAA counts far more than a name as identifying: contact details, record and
account numbers, dates tied to a person, street addresses, ages over 89 and
anything that makes one person stand out. Replies to reviews carry a further
risk: saying anything about the reviewer's care confirms they are a patient.

The rules here err on the side of flagging. A false alarm costs an author a
minute; a missed one costs a patient their privacy and the practice a fine.
When a flagged text is truly safe (a partner's public address, an official's
name), the file waives the rule with a reason, and the waiver only counts once
someone in the privacy role has approved the file.

Phrase lists live in rules/data/privacy.yml. Response templates are Jinja: the
placeholders (`{{ reviewer }}`, `{{ contact.phone }}` ...) are blanked before
any rule looks at the text, so they never count as names or numbers.

Every rule reads folded text (normalize.fold): invisible characters dropped,
look-alike letters and digits of other scripts, fullwidth and mathematical forms
read as the plain ones, accents set aside. Quotes in messages are cut from the
author's own text. Besides the copy, the rules read what an item publishes in its
links and file names, decoded into words (urlwords.published).
"""

# Identifiers by kind: numbers (by shape or label), dates of care, addresses, ages over 89. Replies to
# reviews are read for their stance (stance.py) by PHI001 (confirms.py) and PHI002 (clinical_detail.py).
from . import addresses, ages, clinical_detail, confirms, contact, dates, invisible, links, media, names, numbers, story_reading  # noqa: F401  (importing registers the rules)
