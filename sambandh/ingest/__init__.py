"""ingest stage of sambandh."""
