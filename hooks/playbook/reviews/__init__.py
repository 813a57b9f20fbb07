"""The review log: every public review the practice received, and how and when it was answered.

Guideline 2 says every negative review gets a reply, promptly and safely. The log
(`plans/reviews/YYYY-MM.yml`) makes that provable: platform, link, received,
rating, scenario and, once answered, when, with which approved template and by
whom. It never holds the reviewer's name or the review's text: the link leads to
the review where it is public, and nothing private ever enters the repository.

Modules, one concept each:

- model: the typed log (Review, ReviewLog, ReviewSettings) and which reviews are negative
- settings: the `reviews:` block of plans/checks.yml (target, business days, closed days)
- businessdays: counting business days in the practice's timezone, and due days
- loader: plans/reviews/*.yml into a ReviewLog, with located FM findings
- queue: open reviews, oldest first, with their due day (the site's and the feed's API)
- times: response rate and time to respond, for the report
- details: the clinical and personal details a text mentions (reply against review)
- draft: `playbook review draft`, a reply checked against the review's own text
- writer, importer: `playbook review add|answer|import`, which never overwrite
- feed: reviews-due.ics
"""

from .model import Review, ReviewLog, ReviewSettings, is_calm
from .queue import OpenReview, open_reviews

__all__ = ["OpenReview", "Review", "ReviewLog", "ReviewSettings", "is_calm", "open_reviews"]
