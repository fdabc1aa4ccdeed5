"""The store: sambandh's embedded DuckDB database, its schema migrations, batched writes and reads."""

from .database import Store, WriteSummary, locked

__all__ = ["Store", "WriteSummary", "locked"]
