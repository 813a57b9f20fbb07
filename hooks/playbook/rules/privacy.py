"""Rules: privacy (being written)."""
