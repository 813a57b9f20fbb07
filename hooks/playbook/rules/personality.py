"""Rules: personality (being written)."""
