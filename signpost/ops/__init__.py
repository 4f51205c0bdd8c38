"""Running signpost: the stack supervisor, the per-client rate limits and the allowed-origins
setting (each read in one place by every server)."""
