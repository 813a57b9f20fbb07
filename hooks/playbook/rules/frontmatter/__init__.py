"""FM: the content model. The parser emits these; here they are declared and documented.

One module per concern: files and their YAML, fields and their values, dates and times,
waivers, and the build's setup. More FM codes are declared in rules/frontmatter_codes.py.
"""

from . import dates, fields, files, site_setup, waivers  # noqa: F401  (importing registers the rules)
