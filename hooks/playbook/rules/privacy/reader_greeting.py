"""NEG006: a reply template that greets its reader by a name typed into it, not {{ reviewer }}.

A guideline-2 rule (it serves "negatives"), kept beside PHI003 because it reads names as PHI003 does and takes
from it the one kind of name that is the template's flaw rather than a disclosure: rule families do not import
each other.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...findings import Severity
from ...model import ResponseTemplate
from ..context import Context
from ..registry import Hit, rule
from .named_people import people_named, reader_greeted


@rule("NEG006", "reader-named-in-template", serves="negatives", severity=Severity.ERROR, scope="response")
def reader_named_in_template(template: ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A template that greets its reader by a name typed into it.

    What it flags:
        A response template that greets someone by one name of its own
        ("Thanks so much, Nilda!", "Hi JB,", "¡Gracias, Lupita!") where it
        should say `{{ reviewer }}`. A full name or a title with a surname
        ("Hi Marcus Delgado", "Thank you, Mr. Nguyen"), and a name in a
        reply that tells of care ("Hi Brenda, glad the new brace fits"),
        stay privacy errors, PHI003.

    Why:
        A template answers every reviewer of its scenario: a name typed
        into it greets the next reviewer by someone else's name, and the
        repository keeps a reviewer's name it never needed. `{{ reviewer }}`
        puts in each reader's own public name when the reply is sent. The
        name alone discloses nothing the reviewer did not post, so this is
        the reply's flaw, not a privacy one; a full name can tell who hides
        behind a nickname, so that one is.

    Examples:
        Triggers: `Thank you so much, Nilda! Your kind words made our week.`
        Triggers: `¡Gracias, Lupita! Nos alegra mucho leer esto.`
        Passes: `Thank you so much, {{ reviewer }}! Your kind words made our week.`
        Passes: `We're grateful you took a moment to write! It made our day.`
    """
    for text, person in people_named(template, ctx):
        if reader_greeted(template, text, person):
            shown = text.span.show(person.start, person.end)
            yield text.hit(
                person.start,
                f"Greet the reader as {{{{ reviewer }}}}, not '{shown}': a template answers every reviewer of its scenario",
                "Write {{ reviewer }} where the name is: each reply is sent with its own reader's public name.",
            )
