"""Rules: expert (being written)."""
