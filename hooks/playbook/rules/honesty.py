"""Rules: honesty (being written)."""
