"""eval stage of sambandh."""
