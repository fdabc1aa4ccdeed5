"""store stage of sambandh."""
