"""Rules: community (being written)."""
