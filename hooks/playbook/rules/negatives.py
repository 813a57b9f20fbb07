"""Rules: negatives (being written)."""
