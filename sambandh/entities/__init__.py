"""entities stage of sambandh."""
