"""The embedded DuckDB store: one :class:`Store` wraps one connection.

Writes are batched, one transaction per batch, and idempotent: an article is keyed by
its content id, so ingesting the same content twice stores it once. Reads hand back
model objects (:class:`~sambandh.model.Article`, :class:`~sambandh.model.Event`), or plain
tuples from :meth:`Store.sql` for the analytics in ``sambandh.query``.

Example::

    with Store.open("news.duckdb") as store:
        summary = store.add_articles(articles)
        store.counts()["events"]
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from ..errors import E012, E040, E041, E043, E044, E045, E046, E047, E048, StoreError
from ..model import Article, Event, Skipped, Source
from . import clusters, fulltext, migrations
from .convert import ArticleRows, article_from_dict, article_rows, event_from_dict

__all__ = ["DEFAULT_BATCH_SIZE", "LOCK_WAIT_SECONDS", "Store", "WriteSummary", "locked"]

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 200
"""Articles per write transaction: large enough that commits do not dominate, small enough that a
failed batch loses little work and memory stays flat on a long crawl."""

_DOCUMENT_COLUMNS = ("id", "path", "url", "format", "record", "status", "skip_reason", "ingested_at")
_ARTICLE_COLUMNS = ("id", "language", "title", "summary", "published", "authors", "section", "image_url",
                    "image_caption", "headings", "paragraphs", "removed", "related", "extractor", "json")
_SENTENCE_COLUMNS = ("article_id", "id", "paragraph", "start", "end", "text")
_ENTITY_COLUMNS = ("id", "name", "type", "country", "code")
_MENTION_COLUMNS = ("article_id", "entity_id", "sentence", "start", "end", "text", "how")
_EVENT_COLUMNS = ("id", "article_id", "cameo", "root", "label", "plover", "quad_class", "goldstein",
                  "source_entity", "source_name", "source_country", "source_code",
                  "target_entity", "target_name", "target_country", "target_code",
                  "date", "date_precision", "location_name", "location_country", "reported_by", "negated",
                  "modality", "confidence", "sentence", "evidence_start", "evidence_end", "evidence_text")

# A document first recorded as skipped becomes an article when a later run extracts one from it.
_DOCUMENT_CONFLICT = ("ON CONFLICT (id) DO UPDATE SET path = excluded.path, url = excluded.url, "
                      "format = excluded.format, record = excluded.record, status = excluded.status, "
                      "skip_reason = NULL, ingested_at = excluded.ingested_at")
# First writer wins on name and type; a later article may fill a country or code the first lacked.
_ENTITY_CONFLICT = ("ON CONFLICT (id) DO UPDATE SET country = coalesce(entities.country, excluded.country), "
                    "code = coalesce(entities.code, excluded.code)")
_READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT})


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteSummary:
    """What one :meth:`Store.add_articles` call stored."""

    articles: int = 0
    """Articles added."""
    duplicates: int = 0
    """Articles skipped because their id was already stored (or repeated in the input)."""
    sentences: int = 0
    entities: int = 0
    """Entities new to the store; entities already known are not counted."""
    mentions: int = 0
    events: int = 0
    duplicate_events: int = 0
    """Events not added because another article already stored an event with the same id."""
    skipped: int = 0
    """Skipped documents newly recorded (:meth:`Store.add_batch`); those already recorded are not counted."""

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


LOCK_WAIT_SECONDS = 60.0
"""How long a command waits for another process to release the database (an ingest between two
commits, readers before a commit) before it gives up."""
_RETRY_FIRST, _RETRY_MAX = 0.05, 1.0
"""Seconds between attempts to open a locked file: doubling from the first, capped at the max."""


# DuckDB's messages when another connection holds the file: another process has its lock, or this
# process has it open with a different configuration (read-write, for the API's POST /ingest).
_BUSY_MARKS = ("lock", "different configuration")


def locked(err: BaseException) -> bool:
    """Whether a :class:`StoreError` from :meth:`Store.open` means another connection holds the file."""
    cause = err.__cause__
    text = str(cause).lower()
    return isinstance(cause, duckdb.IOException | duckdb.ConnectionException) and any(m in text for m in _BUSY_MARKS)


def _connect(where: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    pause = _RETRY_FIRST
    while True:
        try:
            return duckdb.connect(where, read_only=read_only)
        except duckdb.Error as err:
            failure = StoreError(E012.format(path=where, reason=err))
            failure.__cause__ = err
            if not locked(failure) or time.monotonic() + pause > deadline:
                raise failure from err
        log.debug("waiting for another process to release %s", where)
        time.sleep(pause)
        pause = min(pause * 2, _RETRY_MAX)


class Store:
    """A sambandh database: documents, articles and what the pipeline found in them.

    Use :meth:`Store.open` rather than the constructor. A store is not safe to share between
    threads; open one per thread, or use one at a time.
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, *, path: str, read_only: bool) -> None:
        self._conn: duckdb.DuckDBPyConnection | None = conn
        self._path = path
        self._read_only = read_only
        self._types: dict[str, dict[str, str]] = {}

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, wait: float = 0.0) -> Store:
        """Returns the store at ``path``, created and migrated as needed.

        DuckDB lets one process write a file, or several read it, at a time. ``sambandh ingest``
        holds the file only while it looks ids up or commits a batch, so a reader that waits a
        little (``wait``) gets in between two commits instead of failing.

        Args:
            path: a database file (created if absent, unless ``read_only``), or ``":memory:"``.
            read_only: open without write access; several processes may then read one file. The
                schema must already be current.
            wait: seconds to keep retrying while another process holds the file.

        Raises:
            StoreError: the file could not be opened ([E012]), or was still locked after ``wait``
                seconds (:func:`locked` tells); a migration failed ([E042]); a read-only database
                needs migrating ([E043]); the database is from a newer sambandh ([E044]).
        """
        where = str(path)
        conn = _connect(where, read_only=read_only, wait=wait)
        try:
            known = {m.id for m in migrations.MIGRATIONS}
            unknown = sorted({m.id for m in migrations.applied(conn)} - known)
            if unknown:
                raise StoreError(E044.format(path=where, ids=", ".join(map(str, unknown))))
            if read_only:
                todo = migrations.pending(conn)
                if todo:
                    raise StoreError(E043.format(path=where, count=len(todo),
                                                 names=", ".join(m.name for m in todo)))
            else:
                migrations.apply(conn)
        except duckdb.Error as err:
            conn.close()
            raise StoreError(E012.format(path=where, reason=err)) from err
        except BaseException:
            conn.close()
            raise
        return cls(conn, path=where, read_only=read_only)

    @property
    def path(self) -> str:
        """Where the database lives (``":memory:"`` for an in-memory store)."""
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    def close(self) -> None:
        """Closes the connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else ("read-only" if self._read_only else "open")
        return f"<Store {self._path!r} {state}>"

    @property
    def _db(self) -> duckdb.DuckDBPyConnection:
        if self._conn is None:
            raise StoreError(E046.format(path=self._path))
        return self._conn

    # -- writes --------------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article], *,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> WriteSummary:
        """Stores articles with their sentences, entities, mentions and events; returns what was added.

        Articles are read lazily and written ``batch_size`` at a time, one transaction per batch. An
        article whose id is already stored is skipped and counted in ``duplicates``, so re-ingesting
        the same content adds nothing. Entities are shared between articles: the first article to
        name an entity id sets its name and type.

        Raises:
            StoreError: a batch could not be written ([E040]); that batch is rolled back, earlier
                batches stay stored. A closed store ([E046]); a bad ``batch_size`` ([E047]).
        """
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise StoreError(E047.format(value=batch_size))
        totals = dict.fromkeys(WriteSummary.__dataclass_fields__, 0)
        for batch in _batches(articles, batch_size):
            for key, value in self._write_batch(batch).items():
                totals[key] += value
        summary = WriteSummary(**totals)
        log.info("stored %d articles (%d duplicates, %d events)", summary.articles, summary.duplicates,
                 summary.events)
        return summary

    def add_batch(self, items: Sequence[Article | Skipped]) -> WriteSummary:
        """Stores a run of inputs, articles and skipped documents alike, in one transaction.

        This is the crash-safe unit of ``sambandh ingest``: after a crash the store holds each batch
        wholly or not at all, and since every row is keyed by content, writing the same batch again
        adds nothing. Articles are written as by :meth:`add_articles`; skipped documents as by
        :meth:`add_skipped`.

        Raises:
            StoreError: the batch could not be written ([E040]); nothing of it is stored. A closed
                store ([E046]).
        """
        articles = [item for item in items if isinstance(item, Article)]
        skipped = [item for item in items if isinstance(item, Skipped)]
        return WriteSummary(**self._write_batch(articles, skipped=skipped))

    def refresh_indexes(self, *, rebuild: bool = False) -> dict[str, int]:
        """Brings the derived tables up to date: event clusters and the full-text index.

        Writes keep them current on their own; call this after loading rows by other means, or with
        ``rebuild`` after a change of the clustering rules. Returns how many events were clustered
        and how many articles indexed.

        Raises:
            StoreError: the write failed ([E040]) or the store is closed ([E046]).
        """
        with self._write_transaction():
            return self._refresh_derived(rebuild=rebuild)

    @contextmanager
    def _write_transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction: committed when the block ends, rolled back when it raises.

        Raises:
            StoreError: the write failed ([E040]); nothing of the block is stored.
        """
        db = self._db
        try:
            db.execute("BEGIN TRANSACTION")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        except duckdb.Error as err:
            raise StoreError(E040.format(path=self._path, reason=err)) from err

    def _refresh_derived(self, *, rebuild: bool = False) -> dict[str, int]:
        return {"events": clusters.refresh(self._db, rebuild=rebuild),
                "articles": fulltext.refresh(self._db, rebuild=rebuild)}

    def stored_articles(self, ids: Sequence[str]) -> set[str]:
        """Returns which of these article ids are already stored; a writer need not analyse those again.

        Raises:
            StoreError: the read failed ([E041]) or the store is closed ([E046]).
        """
        try:
            return self._existing("articles", list(ids))
        except duckdb.Error as err:
            raise StoreError(E041.format(path=self._path, reason=err)) from err

    def _write_batch(self, batch: list[Article], *, skipped: Sequence[Skipped] = ()) -> dict[str, int]:
        with self._write_transaction() as db:
            stored = {row[0] for row in db.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [[a.id for a in batch]]).fetchall()}
            fresh: list[ArticleRows] = []
            for article in batch:
                if article.id in stored:
                    continue
                stored.add(article.id)
                fresh.append(article_rows(article))
            counts = self._insert_rows(fresh)
            counts["skipped"] = self._insert_skipped(skipped)
            if fresh:  # clusters and the search index commit with the rows they derive from
                self._refresh_derived()
        counts["duplicates"] = len(batch) - len(fresh)
        return counts

    def _insert_rows(self, fresh: list[ArticleRows]) -> dict[str, int]:
        now = _now()
        documents = [(*r.document, "article", None, now) for r in fresh]
        self._insert("documents", _DOCUMENT_COLUMNS, documents, conflict=_DOCUMENT_CONFLICT)
        self._insert("articles", _ARTICLE_COLUMNS, [r.article for r in fresh])
        sentences = [row for r in fresh for row in r.sentences]
        self._insert("sentences", _SENTENCE_COLUMNS, sentences)
        mentions = [row for r in fresh for row in r.mentions]
        self._insert("mentions", _MENTION_COLUMNS, mentions)

        entities: dict[str, tuple[Any, ...]] = {}
        for row in (row for r in fresh for row in r.entities):
            first = entities.setdefault(row[0], row)
            if first is not row:  # first writer wins on name and type; fill what it lacked
                entities[row[0]] = (*first[:3], first[3] or row[3], first[4] or row[4])
        known = self._existing("entities", list(entities))
        self._insert("entities", _ENTITY_COLUMNS, list(entities.values()), conflict=_ENTITY_CONFLICT)

        events = [row for r in fresh for row in r.events]
        added = self._insert("events", _EVENT_COLUMNS, events, conflict="ON CONFLICT (id) DO NOTHING")
        if added < len(events):
            log.warning("%d events not stored: their ids were already stored by other articles",
                        len(events) - added)
        return {"articles": len(fresh), "sentences": len(sentences), "mentions": len(mentions),
                "entities": len(entities) - len(known), "events": added,
                "duplicate_events": len(events) - added}

    def _existing(self, table: str, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self._db.execute(f"SELECT id FROM {table} WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                [ids]).fetchall()
        return {row[0] for row in rows}

    def _column_types(self, table: str) -> dict[str, str]:
        if table not in self._types:
            rows = self._db.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_catalog = current_database() AND table_schema = current_schema() "
                "AND table_name = ?", [table]).fetchall()
            self._types[table] = dict(rows)
        return self._types[table]

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], *,
                conflict: str = "") -> int:
        """Inserts rows in one statement, each column passed as one list parameter; returns rows added."""
        if not rows:
            return 0
        types = self._column_types(table)
        names = ", ".join(f'"{c}"' for c in columns)
        values = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
        params = [list(column) for column in zip(*rows, strict=True)]
        result = self._db.execute(f"INSERT INTO {table} ({names}) SELECT {values} {conflict}", params)
        row = result.fetchone()
        return int(row[0]) if row else 0

    def _insert_skipped(self, skipped: Sequence[Skipped]) -> int:
        """Records skipped documents not yet recorded (the first of repeated ids wins); returns how many."""
        now = _now()
        rows: dict[str, tuple[Any, ...]] = {}
        for item in skipped:
            source = item.source
            rows.setdefault(item.id, (item.id, source.path, source.url, source.format, source.record,
                                      "skipped", item.reason, now))
        return self._insert("documents", _DOCUMENT_COLUMNS, list(rows.values()),
                            conflict="ON CONFLICT (id) DO NOTHING")

    def add_skipped(self, document_id: str, source: Source, reason: str) -> bool:
        """Records a document that produced no article, and why; returns whether it was new.

        A document already recorded, as an article or as skipped, is left as it is.

        Raises:
            StoreError: the write failed ([E040]) or the store is closed ([E046]).
        """
        with self._write_transaction():
            added = self._insert_skipped([Skipped(id=document_id, source=source, reason=reason)])
        return added > 0

    # -- reads ---------------------------------------------------------------------------------

    def sql(self, query: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[tuple[Any, ...]]:
        """Returns the rows of one read-only query; values go in ``params`` (``?`` or ``$name``).

        This is how ``sambandh.query`` reads the store. Only a single ``SELECT`` (including
        ``WITH ... SELECT``) is accepted.

        Raises:
            StoreError: not a single read query ([E045]); the query failed ([E041]); the store is
                closed ([E046]).
        """
        db = self._db
        try:
            statements = db.extract_statements(query)
            if len(statements) != 1 or statements[0].type not in _READ_STATEMENTS:
                kinds = ", ".join(s.type.name for s in statements) or "no statement"
                raise StoreError(E045.format(kind=kinds))
            return db.execute(query, params).fetchall()
        except duckdb.Error as err:
            raise StoreError(E041.format(path=self._path, reason=err)) from err

    def counts(self) -> dict[str, int]:
        """Returns how many documents, articles, skipped documents, sentences, entities, mentions and
        events are stored."""
        (row,) = self.sql("""
            SELECT (SELECT count(*) FROM documents),
                   (SELECT count(*) FROM articles),
                   (SELECT count(*) FROM documents WHERE status = 'skipped'),
                   (SELECT count(*) FROM sentences),
                   (SELECT count(*) FROM entities),
                   (SELECT count(*) FROM mentions),
                   (SELECT count(*) FROM events)""")
        keys = ("documents", "articles", "skipped", "sentences", "entities", "mentions", "events")
        return dict(zip(keys, row, strict=True))

    def article(self, id: str) -> Article | None:
        """Returns the stored article with this id, exactly as it was added, or ``None``.

        Raises:
            StoreError: the stored JSON cannot be rebuilt ([E048]); the read failed ([E041]).
        """
        rows = self.sql('SELECT "json" FROM articles WHERE id = ?', [id])
        if not rows:
            return None
        try:
            return article_from_dict(json.loads(rows[0][0]))
        except (KeyError, TypeError, ValueError) as err:
            raise StoreError(E048.format(id=id, reason=repr(err))) from err

    def events(self, *, limit: int | None = None, since: date | None = None) -> list[Event]:
        """Returns stored events in date order (oldest first, undated last, then by id).

        Args:
            limit: at most this many events; all when ``None``.
            since: only events dated on or after this day (undated events are then left out).

        Raises:
            StoreError: the read failed ([E041]), or a stored article cannot be rebuilt ([E048]).
        """
        where = "WHERE date >= ?" if since is not None else ""
        params: list[Any] = [since] if since is not None else []
        rows = self.sql(f"SELECT id, article_id FROM events {where} "
                        "ORDER BY date ASC NULLS LAST, id LIMIT ?", [*params, limit])
        if not rows:
            return []
        article_ids = sorted({article_id for _, article_id in rows})
        stored = self.sql("""SELECT id, "json"->'$.events' FROM articles """
                          "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [article_ids])
        by_id: dict[tuple[str, str], dict[str, Any]] = {}
        try:
            for article_id, events_json in stored:
                for data in json.loads(events_json) or ():
                    by_id.setdefault((article_id, data["id"]), data)
            return [event_from_dict(by_id[(article_id, event_id)]) for event_id, article_id in rows]
        except (KeyError, TypeError, ValueError) as err:
            raise StoreError(E048.format(id=", ".join(article_ids), reason=repr(err))) from err
