"""Rules: channel_limits (being written)."""
