"""api stage of sambandh."""
