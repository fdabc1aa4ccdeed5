"""text stage of sambandh."""
