"""The schema, as numbered migrations applied in order and recorded in the database.

Each migration is a named function; :func:`apply` runs every pending one in its own
transaction together with its row in ``_migrations``, so a database is never left half
migrated. Released migrations are never edited: a schema change is a new function
appended to :data:`MIGRATIONS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from ..errors import E042, StoreError
from . import clusters, fulltext

__all__ = ["MIGRATIONS", "AppliedMigration", "Migration", "applied", "apply", "pending"]

log = logging.getLogger(__name__)

_TABLE = "_migrations"


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """One schema change: its number, its name, and the function that makes it."""

    id: int
    name: str
    run: Callable[[duckdb.DuckDBPyConnection], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class AppliedMigration:
    """A row of ``_migrations``: which migration ran, and when (UTC)."""

    id: int
    name: str
    applied_at: datetime


def _initial_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Documents, articles, sentences, entities, mentions and events, with the indexes queries need."""
    conn.execute("""
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            path VARCHAR,
            url VARCHAR,
            format VARCHAR,
            record VARCHAR,
            status VARCHAR NOT NULL,
            skip_reason VARCHAR,
            ingested_at TIMESTAMP NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            language VARCHAR,
            title VARCHAR,
            summary VARCHAR,
            published DATE,
            authors VARCHAR[],
            section VARCHAR,
            image_url VARCHAR,
            image_caption VARCHAR,
            headings VARCHAR[],
            paragraphs VARCHAR[],
            removed VARCHAR[],
            related JSON,
            extractor VARCHAR,
            "json" JSON NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE sentences (
            article_id VARCHAR NOT NULL,
            id INTEGER NOT NULL,
            paragraph INTEGER,
            start INTEGER,
            "end" INTEGER,
            text VARCHAR
        )""")
    conn.execute("""
        CREATE TABLE entities (
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            type VARCHAR,
            country VARCHAR,
            code VARCHAR
        )""")
    conn.execute("""
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            entity_id VARCHAR NOT NULL,
            sentence INTEGER,
            start INTEGER,
            "end" INTEGER,
            text VARCHAR,
            how VARCHAR
        )""")
    conn.execute("""
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            cameo VARCHAR NOT NULL,
            root VARCHAR,
            label VARCHAR,
            plover VARCHAR,
            quad_class INTEGER,
            goldstein DOUBLE,
            source_entity VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            source_code VARCHAR,
            target_entity VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            target_code VARCHAR,
            date DATE,
            date_precision VARCHAR,
            location_name VARCHAR,
            location_country VARCHAR,
            reported_by VARCHAR[],
            negated BOOLEAN,
            modality VARCHAR,
            confidence DOUBLE,
            sentence INTEGER,
            evidence_start INTEGER,
            evidence_end INTEGER,
            evidence_text VARCHAR
        )""")
    conn.execute("CREATE INDEX events_date ON events (date)")
    conn.execute("CREATE INDEX events_dyad ON events (source_country, target_country)")
    conn.execute("CREATE INDEX mentions_entity ON mentions (entity_id)")


def _clusters_and_search(conn: duckdb.DuckDBPyConnection) -> None:
    """Event clusters and event facts (one row per real-world event and per report), and the full-text index.

    All are derived from the tables of migration 1 and kept current by ``Store.refresh_indexes``.
    ``event_facts`` repeats the columns of ``events`` that queries filter and group on, with each
    report's cluster and graph nodes, so that a query scans one narrow table and joins nothing.
    """
    conn.execute("""
        CREATE TABLE event_clusters (
            id VARCHAR NOT NULL,
            num UBIGINT NOT NULL,
            source_node VARCHAR,
            target_node VARCHAR,
            cameo VARCHAR NOT NULL,
            negated BOOLEAN NOT NULL,
            quad_class INTEGER,
            goldstein DOUBLE,
            first DATE,
            last DATE,
            mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            event_id VARCHAR NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE event_facts (
            event_id VARCHAR NOT NULL,
            cluster UBIGINT NOT NULL,
            article_id VARCHAR NOT NULL,
            date DATE,
            cameo VARCHAR NOT NULL,
            root VARCHAR,
            quad_class INTEGER,
            goldstein DOUBLE,
            confidence DOUBLE,
            source_entity VARCHAR,
            source_country VARCHAR,
            source_code VARCHAR,
            source_node VARCHAR NOT NULL,
            target_entity VARCHAR,
            target_country VARCHAR,
            target_code VARCHAR,
            target_node VARCHAR NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE search_docs (
            article_id VARCHAR NOT NULL,
            length INTEGER NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE search_terms (
            term VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            tf INTEGER NOT NULL
        )""")
    conn.execute("CREATE INDEX search_terms_term ON search_terms (term)")
    conn.execute("CREATE INDEX sentences_article ON sentences (article_id)")  # evidence sentences by article
    # a store written before this migration gets its clusters and index now, not at its next write
    clusters.refresh(conn)
    fulltext.refresh(conn)


def _search_entity_names(conn: duckdb.DuckDBPyConnection) -> None:
    """The search index again, now with the names of each article's entities in every script."""
    fulltext.refresh(conn, rebuild=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(id=1, name="initial_schema", run=_initial_schema),
    Migration(id=2, name="clusters_and_search", run=_clusters_and_search),
    Migration(id=3, name="search_entity_names", run=_search_entity_names),
)
"""Every migration, in the order it is applied. Append only; never edit a released one."""


def _has_table(conn: duckdb.DuckDBPyConnection) -> bool:
    rows = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = current_schema() AND table_name = ?", [_TABLE]).fetchone()
    return bool(rows and rows[0])


def _where(conn: duckdb.DuckDBPyConnection) -> str:
    row = conn.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return row[0] if row and row[0] else ":memory:"


def applied(conn: duckdb.DuckDBPyConnection) -> list[AppliedMigration]:
    """Returns the migrations recorded in the database, by id; empty for a new database."""
    if not _has_table(conn):
        return []
    rows = conn.execute(f"SELECT id, name, applied_at FROM {_TABLE} ORDER BY id").fetchall()
    return [AppliedMigration(id=i, name=name, applied_at=at) for i, name, at in rows]


def pending(conn: duckdb.DuckDBPyConnection) -> list[Migration]:
    """Returns the migrations of :data:`MIGRATIONS` not yet recorded in the database, in order."""
    done = {m.id for m in applied(conn)}
    return [m for m in MIGRATIONS if m.id not in done]


def apply(conn: duckdb.DuckDBPyConnection) -> list[Migration]:
    """Runs every pending migration, each in one transaction with its record.

    Returns:
        The migrations that ran, in order; empty when the schema was up to date.

    Raises:
        StoreError: a migration failed ([E042]); it was rolled back, and those before it stay applied.
    """
    conn.execute(f"CREATE TABLE IF NOT EXISTS {_TABLE} "
                 "(id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    ran: list[Migration] = []
    for migration in pending(conn):
        conn.execute("BEGIN TRANSACTION")
        try:
            migration.run(conn)
            conn.execute(f"INSERT INTO {_TABLE} (id, name, applied_at) VALUES (?, ?, ?)",
                         [migration.id, migration.name, datetime.now(UTC).replace(tzinfo=None)])
            conn.execute("COMMIT")
        except duckdb.Error as err:
            conn.execute("ROLLBACK")
            raise StoreError(E042.format(id=migration.id, name=migration.name, path=_where(conn),
                                         reason=err)) from err
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("applied migration %d (%s)", migration.id, migration.name)
        ran.append(migration)
    return ran
