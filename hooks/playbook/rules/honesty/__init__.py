"""FTC: honest marketing.

Readers must be able to tell an advertisement from advice, a patient's happy
ending from a promise, and a review from one that was bought or filtered.
Phrase lists (English and Spanish) live in rules/data/honesty.yml.

One module per concern: disclosures of paid posts (FTC001, FTC003), claims
of results (FTC002), and reviews bought or filtered (FTC004, reading the text
in review_reading.py and judging it in review_gating.py).
"""

from . import claims, disclosures, review_gating  # noqa: F401  (importing registers the rules)
