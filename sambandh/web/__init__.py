"""web stage of sambandh."""
