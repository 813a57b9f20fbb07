"""The social channels the product knows, so typos in plans are caught early."""

KNOWN_CHANNELS = (
    "facebook",
    "instagram",
    "x",
    "linkedin",
    "google-business",
    "threads",
    "bluesky",
    "mastodon",
    "tiktok",
    "youtube",
    "pinterest",
)
