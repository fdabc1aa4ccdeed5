"""kb stage of sambandh."""
