"""scale stage of sambandh."""
