"""events stage of sambandh."""
