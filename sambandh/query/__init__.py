"""query stage of sambandh."""
