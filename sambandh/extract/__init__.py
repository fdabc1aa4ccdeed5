"""extract stage of sambandh."""
