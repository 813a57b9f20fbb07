"""Rules: consistency (being written)."""
