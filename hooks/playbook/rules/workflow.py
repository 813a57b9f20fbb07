"""Rules: workflow (being written)."""
