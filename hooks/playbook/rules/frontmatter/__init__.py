"""FM: the content model. The parser emits these; here they are declared and documented.

One module per concern: files and their YAML, fields, values the parser refused, dates and
times, waivers, and the build's setup.
"""

from . import dates, fields, files, site_setup, values, waivers  # noqa: F401  (importing registers the rules)
