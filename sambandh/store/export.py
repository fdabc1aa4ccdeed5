"""Exports of a store: GDELT 2.0 event TSV, PLOVER JSON Lines, Parquet, and the contract as JSON Lines.

Every writer streams: one query per export, its rows fetched ``batch_size`` at a time and each batch
written before the next is fetched, so memory stays flat and time linear however large the store.
Writers sit in :data:`EXPORTERS`, keyed by format name.

- ``gdelt``: the 61 columns of a GDELT 2.0 Events record, in GDELT's order, tab-separated, no header
  (see :data:`GDELT_COLUMNS` and :func:`gdelt_record` for how each column is filled).
- ``plover``: one PLOVER event record per line, with the field names of the PLOVER gold-standard
  records (``id``, ``date``, ``source``, ``target``, ``event``, ``eventText``, ``mode``, ``context``,
  ``text``, ...); CAMEO 01 and 02 events, which PLOVER dropped, are left out and counted.
- ``parquet``: the events table with the article's title, date and source, one row per event
  (needs the ``parquet`` extra: ``pip install 'sambandh[parquet]'``).
- ``jsonl``: every stored article as the JSON contract of ``sambandh analyze --format jsonl``.

Example::

    with Store.open("news.duckdb", read_only=True) as store, open("events.tsv", "w") as out:
        summary = export(store, "gdelt", out)
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

import duckdb

from ..datafiles import load_table
from ..errors import E013, E041, E047, E049, StoreError
from .database import Store

__all__ = [
    "DEFAULT_EXPORT_BATCH",
    "EXPORTERS",
    "GDELT_COLUMNS",
    "ExportSummary",
    "export",
    "gdelt_record",
    "plover_record",
]

log = logging.getLogger(__name__)

DEFAULT_EXPORT_BATCH = 1000
"""Rows fetched from the store at a time: a batch of events with their evidence is a few hundred KB."""

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
"""The 61 columns of a GDELT 2.0 Events record (GDELT Event Codebook V2.0), in file order."""

# GDELT geography types (codebook): 1 a country, 4 a place in a country outside the US.
_GEO_COUNTRY = 1
_GEO_WORLD_CITY = 4
# GDELT's QuadClass by CAMEO root: the last root of each class (01-05 verbal cooperation, 06-08 material
# cooperation, 09-13 verbal conflict, 14-20 material conflict). Mapped from the root, as
# events/data/README.md asks of exporters, not copied from our quad_class.
_GDELT_QUAD_LAST_ROOT = ((5, 1), (8, 2), (13, 3), (20, 4))
# GDELT's FractionDate is YYYY + ((month - 1) * 30 + day) / 365, to four places (2015-02-18 → 2015.1315).
_FRACTION_MONTH_DAYS = 30
_FRACTION_YEAR_DAYS = 365

# One row per event with what every event export needs, in the order of _EVENT_FIELDS.
_EVENT_SELECT = """
    SELECT e.id, e.article_id, e.cameo, e.root, e.label, e.plover, e.quad_class, e.goldstein,
           e.source_entity, e.source_name, e.source_country, e.source_code,
           e.target_entity, e.target_name, e.target_country, e.target_code,
           e.date, e.date_precision, e.location_name, e.location_country, e.reported_by, e.negated,
           e.modality, e.confidence, e.sentence, e.evidence_start, e.evidence_end, e.evidence_text,
           s.text, s.paragraph, a.title, a.published, a.language, d.url, d.path, d.ingested_at,
           (lc.name IS NOT NULL) AS location_is_country
    FROM events e
    LEFT JOIN articles a ON a.id = e.article_id
    LEFT JOIN documents d ON d.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.id = e.sentence
    LEFT JOIN (SELECT country, min(name) AS name FROM entities WHERE type = 'country' GROUP BY country) lc
           ON lc.country = e.location_country AND lc.name = e.location_name
    WHERE (?::DATE IS NULL OR e.date >= ?::DATE) AND (?::DATE IS NULL OR e.date <= ?::DATE)
    ORDER BY e.id
"""

_EVENT_FIELDS = (
    "id", "article_id", "cameo", "root", "label", "plover", "quad_class", "goldstein",
    "source_entity", "source_name", "source_country", "source_code",
    "target_entity", "target_name", "target_country", "target_code",
    "date", "date_precision", "location_name", "location_country", "reported_by", "negated",
    "modality", "confidence", "sentence", "evidence_start", "evidence_end", "evidence_text",
    "sentence_text", "paragraph", "title", "published", "language", "url", "path", "ingested_at",
    "location_is_country",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportSummary:
    """What one export wrote, and what it left out and why."""

    format: str
    rows: int = 0
    skipped: Mapping[str, int] = field(default_factory=dict)
    """Reasons (``undated``, ``no-plover-type``) and how many records each left out."""

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "rows": self.rows, "skipped": dict(sorted(self.skipped.items()))}


PloverLookup = Callable[[str], str | None]
"""The PLOVER type of a CAMEO code; ``None`` where PLOVER has none (CAMEO 01 and 02)."""


def _stream(store: Store, query: str, params: list[Any], batch_size: int) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of one query, ``batch_size`` at a time, from a single streaming execution.

    One execution keeps an export linear in the size of the store (paging with LIMIT would scan and
    join the tables again for every page); DuckDB streams the rows, so memory stays flat.
    """
    # The connection is the store's own: this module is part of the store and owns its SQL.
    db = store._db
    try:
        cursor = db.cursor()
        try:
            result = cursor.execute(query, params)
            while rows := result.fetchmany(batch_size):
                yield rows
        finally:
            cursor.close()
    except duckdb.Error as err:
        raise StoreError(E041.format(path=store.path, reason=err)) from err


def _event_batches(store: Store, *, batch_size: int, since: date | None,
                   until: date | None) -> Iterator[list[dict[str, Any]]]:
    for rows in _stream(store, _EVENT_SELECT, [since, since, until, until], batch_size):
        yield [dict(zip(_EVENT_FIELDS, row, strict=True)) for row in rows]


def _article_batches(store: Store, *, batch_size: int, since: date | None,
                     until: date | None) -> Iterator[list[tuple[str, str]]]:
    yield from _stream(store, """
        SELECT id, "json" FROM articles
        WHERE (?::DATE IS NULL OR published >= ?::DATE) AND (?::DATE IS NULL OR published <= ?::DATE)
        ORDER BY id""", [since, since, until, until], batch_size)


# -- GDELT ------------------------------------------------------------------------------------


@functools.cache
def _actor_tags() -> Mapping[str, str]:
    return {row["tag"]: row["kind"] for row in load_table("sambandh.store", "cameo_actor_tags")}


def _split_actor_code(code: str | None, country: str | None) -> dict[str, str]:
    """GDELT's actor fields from a CAMEO actor code: ``PSEREBHMS`` → country PSE, type REB, group HMS."""
    out = {"KnownGroupCode": "", "EthnicCode": "", "Religion1Code": "", "Religion2Code": "",
           "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    if not code:
        return out
    rest = code[len(country):] if country and code.startswith(country) else code
    tags = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    known = _actor_tags()
    types = [t for t in tags if known.get(t) == "type"]
    religions = [t for t in tags if known.get(t) == "religion"]
    others = [t for t in tags if t not in known]
    for number, tag in enumerate(types[:3], start=1):
        out[f"Type{number}Code"] = tag
    for number, tag in enumerate(religions[:2], start=1):
        out[f"Religion{number}Code"] = tag
    if others and tags[-1] == others[-1]:
        out["KnownGroupCode"] = others[-1]
    return out


def _gdelt_quad_class(root: str) -> int | None:
    if not root.isdigit():
        return None
    number = int(root)
    return next((quad for last, quad in _GDELT_QUAD_LAST_ROOT if 1 <= number <= last), None)


def _global_event_id(event_id: str) -> int:
    # GDELT ids are integers: the first 60 bits of the sha1 of our id, stable across runs.
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _clean(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return " ".join(text.split()) if any(c in text for c in "\t\n\r") else text


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def gdelt_record(row: Mapping[str, Any]) -> list[str] | None:
    """The 61 GDELT 2.0 columns of one event row, or ``None`` when the event has no date.

    Filled from what sambandh knows: the date (the event's, which falls back to the publication date),
    the actor codes split into GDELT's country, type, religion and known-group fields, the CAMEO event
    code with its base (3 digits) and root, GDELT's quad class of the root, the Goldstein score, NumMentions, NumSources
    and NumArticles of 1 (each row is one article's report), IsRootEvent 1 when the evidence is in the
    first paragraph, the action's place name, DATEADDED from the ingest time and SOURCEURL from the
    article's URL (or its path). Left empty, as GDELT leaves unknown values: ethnic codes, AvgTone (no
    tone is computed), latitude, longitude, feature ids, ADM codes and the geographic country codes,
    which GDELT gives in FIPS 10-4, a table sambandh does not ship.
    """
    day = _day(row["date"]) or _day(row["published"])
    if day is None:
        return None
    actor1 = _split_actor_code(row["source_code"], row["source_country"])
    actor2 = _split_actor_code(row["target_code"], row["target_country"])
    cameo = row["cameo"] or ""
    root = row["root"] or cameo[:2]
    fraction = day.year + ((day.month - 1) * _FRACTION_MONTH_DAYS + day.day) / _FRACTION_YEAR_DAYS
    added = row["ingested_at"]
    location = row["location_name"]
    action_geo_type = (_GEO_COUNTRY if row["location_is_country"] else _GEO_WORLD_CITY) if location else 0
    values: dict[str, Any] = {
        "GLOBALEVENTID": _global_event_id(row["id"]),
        "SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year,
        "FractionDate": f"{fraction:.4f}",
        "Actor1Code": row["source_code"], "Actor1Name": (row["source_name"] or "").upper(),
        "Actor1CountryCode": row["source_country"],
        **{f"Actor1{key}": value for key, value in actor1.items()},
        "Actor2Code": row["target_code"], "Actor2Name": (row["target_name"] or "").upper(),
        "Actor2CountryCode": row["target_country"],
        **{f"Actor2{key}": value for key, value in actor2.items()},
        "IsRootEvent": 1 if row["paragraph"] == 0 else 0,
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": root,
        "QuadClass": _gdelt_quad_class(root), "GoldsteinScale": row["goldstein"],
        "NumMentions": 1, "NumSources": 1, "NumArticles": 1, "AvgTone": None,
        "Actor1Geo_Type": 0, "Actor2Geo_Type": 0,
        "ActionGeo_Type": action_geo_type, "ActionGeo_FullName": location,
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else None,
        "SOURCEURL": row["url"] or row["path"],
    }
    return [_clean(values.get(column)) for column in GDELT_COLUMNS]


def _write_gdelt(store: Store, out: IO[str], *, batch_size: int, since: date | None, until: date | None,
                 plover: PloverLookup | None) -> ExportSummary:
    rows, skipped = 0, Counter[str]()
    for batch in _event_batches(store, batch_size=batch_size, since=since, until=until):
        lines = []
        for row in batch:
            record = gdelt_record(row)
            if record is None:
                skipped["undated"] += 1
                continue
            lines.append("\t".join(record) + "\n")
        out.write("".join(lines))
        rows += len(lines)
    return ExportSummary(format="gdelt", rows=rows, skipped=dict(skipped))


# -- PLOVER -----------------------------------------------------------------------------------


def _plover_actor(name: str | None, code: str | None, country: str | None,
                  entity: str | None) -> dict[str, Any]:
    actor: dict[str, Any] = {"actorText": name or ""}
    prefix = country if country and code and code.startswith(country) else (code or "")[:3]
    actor["code"] = country or prefix
    rest = (code or "")[len(prefix):]
    if rest:
        actor["sector"] = rest[:3]
    if code:
        actor["cameoCode"] = code
    if entity:
        actor["entity"] = entity
    return actor


def plover_record(row: Mapping[str, Any], *, plover: PloverLookup | None = None) -> dict[str, Any] | None:
    """One event as a PLOVER record, or ``None`` when its CAMEO code has no PLOVER type.

    The field names are those of PLOVER's gold-standard records: ``id``, ``date``, ``source`` and
    ``target`` (lists of ``{"actorText", "code", "sector"}``; ``code`` is the country, ``sector`` the
    CAMEO sector tag), ``event`` (the PLOVER type), ``eventText`` (the evidence span: source,
    predicate and target), ``mode`` and ``context`` (empty: sambandh does not code them yet), ``text`` (the
    evidence sentence), ``language``, ``publication`` (the article's URL or path) and ``coder``.
    What PLOVER has no field for is kept under ``sambandh``: the CAMEO code, Goldstein score,
    negation, modality, confidence, who reported it, the place, the article id and evidence offsets.

    Args:
        row: an event row of the export query.
        plover: maps a CAMEO code to its PLOVER type (the pinned table of ``sambandh.events``); the
            type stored with the event when ``None``.
    """
    event_type = plover(row["cameo"]) if plover is not None else row["plover"]
    if not event_type:
        return None
    day = _day(row["date"]) or _day(row["published"])
    record: dict[str, Any] = {
        "id": row["id"],
        "date": day.isoformat() if day else None,
        "source": [_plover_actor(row["source_name"], row["source_code"], row["source_country"],
                                 row["source_entity"])],
    }
    if row["target_name"] is not None or row["target_code"] is not None:
        record["target"] = [_plover_actor(row["target_name"], row["target_code"], row["target_country"],
                                          row["target_entity"])]
    added = row["ingested_at"]
    record.update({
        "event": event_type,
        "eventText": row["evidence_text"] or "",
        "mode": "",
        "context": "",
        "text": row["sentence_text"] or row["evidence_text"] or "",
        "language": row["language"],
        "publication": row["url"] or row["path"],
        "coder": "sambandh",
        "dateCoded": added.date().isoformat() if isinstance(added, datetime) else None,
        "sambandh": {
            "cameo": row["cameo"], "label": row["label"], "goldstein": row["goldstein"],
            "quad_class": row["quad_class"], "negated": row["negated"], "modality": row["modality"],
            "confidence": row["confidence"], "reported_by": list(row["reported_by"] or ()),
            "date_precision": row["date_precision"],
            "location": ({"name": row["location_name"], "country": row["location_country"]}
                         if row["location_name"] else None),
            "article": row["article_id"], "sentence": row["sentence"],
            "evidence": {"start": row["evidence_start"], "end": row["evidence_end"],
                         "text": row["evidence_text"]},
        },
    })
    return record


def _write_plover(store: Store, out: IO[str], *, batch_size: int, since: date | None, until: date | None,
                  plover: PloverLookup | None) -> ExportSummary:
    rows, skipped = 0, Counter[str]()
    for batch in _event_batches(store, batch_size=batch_size, since=since, until=until):
        lines = []
        for row in batch:
            record = plover_record(row, plover=plover)
            if record is None:
                skipped["no-plover-type"] += 1
                continue
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        out.write("".join(lines))
        rows += len(lines)
    return ExportSummary(format="plover", rows=rows, skipped=dict(skipped))


# -- JSON Lines -------------------------------------------------------------------------------


def _write_jsonl(store: Store, out: IO[str], *, batch_size: int, since: date | None, until: date | None,
                 plover: PloverLookup | None) -> ExportSummary:
    rows = 0
    for batch in _article_batches(store, batch_size=batch_size, since=since, until=until):
        # The stored JSON is Article.to_dict(); re-dumped so each record is exactly one line.
        out.write("".join(json.dumps(json.loads(data), ensure_ascii=False) + "\n" for _, data in batch))
        rows += len(batch)
    return ExportSummary(format="jsonl", rows=rows)


# -- Parquet ----------------------------------------------------------------------------------

_PARQUET_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("article_id", "string"), ("cameo", "string"), ("root", "string"), ("label", "string"),
    ("plover", "string"), ("quad_class", "int32"), ("goldstein", "float64"),
    ("source_entity", "string"), ("source_name", "string"), ("source_country", "string"),
    ("source_code", "string"), ("target_entity", "string"), ("target_name", "string"),
    ("target_country", "string"), ("target_code", "string"), ("date", "date32"), ("date_precision", "string"),
    ("location_name", "string"), ("location_country", "string"), ("reported_by", "list<string>"),
    ("negated", "bool"), ("modality", "string"), ("confidence", "float64"), ("sentence", "int32"),
    ("evidence_start", "int32"), ("evidence_end", "int32"), ("evidence_text", "string"),
    ("sentence_text", "string"), ("title", "string"), ("published", "date32"), ("language", "string"),
    ("url", "string"), ("path", "string"),
)
"""Columns of the Parquet export, one row per event, with their Arrow types."""


def _arrow_schema(pa: Any) -> Any:
    kinds = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(), "date32": pa.date32(),
             "bool": pa.bool_(), "list<string>": pa.list_(pa.string())}
    return pa.schema([pa.field(name, kinds[kind]) for name, kind in _PARQUET_FIELDS])


def _write_parquet(store: Store, out: IO[bytes], *, batch_size: int, since: date | None, until: date | None,
                   plover: PloverLookup | None) -> ExportSummary:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise StoreError(E049) from err
    schema = _arrow_schema(pa)
    names = [name for name, _ in _PARQUET_FIELDS]
    rows = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in _event_batches(store, batch_size=batch_size, since=since, until=until):
            if plover is not None:
                batch = [{**row, "plover": plover(row["cameo"])} for row in batch]
            columns = {name: [row[name] for row in batch] for name in names}
            writer.write_batch(pa.RecordBatch.from_pydict(columns, schema=schema))
            rows += len(batch)
    return ExportSummary(format="parquet", rows=rows)



Writer = Callable[..., ExportSummary]

EXPORTERS: Mapping[str, Writer] = {
    "gdelt": _write_gdelt,
    "plover": _write_plover,
    "parquet": _write_parquet,
    "jsonl": _write_jsonl,
}
"""Export writers by format name."""

BINARY_FORMATS = frozenset({"parquet"})
"""Formats written to a binary file; the others are UTF-8 text."""


def export(store: Store, fmt: str, out: IO[Any], *, batch_size: int = DEFAULT_EXPORT_BATCH,
           since: date | None = None, until: date | None = None,
           plover: PloverLookup | None = None) -> ExportSummary:
    """Writes the store's events (or, for ``jsonl``, its articles) to ``out``; returns what was written.

    Args:
        store: the store to read, typically opened read-only.
        fmt: ``gdelt``, ``plover``, ``parquet`` or ``jsonl`` (see :data:`EXPORTERS`).
        out: a text stream, or a binary file for ``parquet``.
        batch_size: rows read per query.
        since: only events (articles for ``jsonl``: their publication date) on or after this day.
        until: only those on or before this day.
        plover: maps a CAMEO code to its PLOVER type; the stored type when ``None``.

    Raises:
        StoreError: an unknown format ([E013]); pyarrow missing for ``parquet``; a bad ``batch_size``
            ([E047]); a read failed ([E041]).
    """
    writer = EXPORTERS.get(fmt)
    if writer is None:
        raise StoreError(E013.format(fmt=fmt, known=", ".join(sorted(EXPORTERS))))
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise StoreError(E047.format(value=batch_size))
    summary = writer(store, out, batch_size=batch_size, since=since, until=until, plover=plover)
    log.info("exported %d %s records (%s skipped)", summary.rows, fmt, sum(summary.skipped.values()))
    return summary

