import io
import json
from datetime import date

import pytest

from sambandh.datafiles import load_table
from sambandh.errors import StoreError
from sambandh.model import ActorRef, Article, Event, Evidence, Location, Sentence, Source, content_id
from sambandh.store import Store
from sambandh.store.export import EXPORTERS, GDELT_COLUMNS, export, gdelt_record

NAME_WITH_TABS = "Name\twith\ttabs\nand a newline"


def _event(key, *, cameo, root, plover, quad, goldstein, source, target, day, sentence=0, location=None):
    text = f"evidence {key}"
    return Event(id=content_id(key)[:16], cameo=cameo, root=root, label=f"label {cameo}", plover=plover,
                 quad_class=quad, goldstein=goldstein, source=source, target=target, date=day,
                 date_precision="day" if day else "published", sentence=sentence,
                 evidence=Evidence(start=0, end=len(text), text=text), location=location,
                 reported_by=("KCNA",), confidence=0.8)


RUS_MIL = ActorRef(entity="Q313029", name="Sergei Shoigu", country="RUS", code="RUSMIL")
PRK = ActorRef(entity="sb:country-prk", name="North Korea", country="PRK", code="PRK")
UN = ActorRef(entity="Q1065", name="United Nations", country=None, code="IGOUNO")
HAMAS = ActorRef(entity="Q123", name=NAME_WITH_TABS, country="PSE", code="PSEREBHMS")
RSS = ActorRef(entity="Q456", name="RSS", country="IND", code="INDHIN")


def _article(key, events, *, published="2023-07-27", url="https://example.org/a", paragraphs=2):
    paras = tuple(f"Paragraph {i} of {key}." for i in range(paragraphs))
    return Article(id=content_id(key), source=Source(path=f"pages/{key}.md", url=url, format="markdown"),
                   language="hi", title=f"Title {key}", published=published, paragraphs=paras,
                   sentences=tuple(Sentence(id=i, text=p, paragraph=i, start=0, end=len(p))
                                   for i, p in enumerate(paras)),
                   events=tuple(events))


ARTICLES = (
    _article("visit", [
        _event("visit-042", cameo="042", root="04", plover="CONSULT", quad=1, goldstein=1.9, source=RUS_MIL,
               target=PRK, day="2023-07-26", location=Location(name="Pyongyang", country="PRK")),
        _event("visit-010", cameo="010", root="01", plover=None, quad=1, goldstein=0.0, source=RUS_MIL,
               target=None, day="2023-07-26", sentence=1),
    ]),
    _article("un", [
        _event("un-112", cameo="1123", root="11", plover="ACCUSE", quad=3, goldstein=-2.0, source=UN,
               target=HAMAS, day="2015-02-18"),
        _event("un-rss", cameo="173", root="17", plover="COERCE", quad=4, goldstein=-5.0, source=RSS, target=UN,
               day=None),
    ], published="2015-02-19", url=None),
    _article("undated", [
        _event("undated-040", cameo="040", root="04", plover="CONSULT", quad=1, goldstein=1.0, source=PRK,
               target=RUS_MIL, day=None),
    ], published=None),
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "export.duckdb") as store:
        store.add_articles(ARTICLES)
        yield store


def _text(store, fmt, **kwargs):
    out = io.StringIO()
    summary = export(store, fmt, out, **kwargs)
    return summary, out.getvalue()


@pytest.mark.parametrize("count", [61])
def test_export_gdelt_columns_are_gdelt_2_events(count):
    assert len(GDELT_COLUMNS) == count == len(set(GDELT_COLUMNS))
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_export_gdelt_writes_61_tab_separated_columns_without_header(store, batch_size):
    summary, text = _text(store, "gdelt", batch_size=batch_size)
    lines = text.splitlines()
    assert summary.rows == len(lines) == 4
    assert summary.skipped == {"undated": 1}  # neither an event date nor a publication date
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert not lines[0].startswith("GLOBALEVENTID")


def test_export_gdelt_fills_dates_actors_and_codes(store):
    _, text = _text(store, "gdelt")
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in text.splitlines()]
    accuse = next(r for r in rows if r["EventCode"] == "1123")
    assert (accuse["SQLDATE"], accuse["MonthYear"], accuse["Year"], accuse["FractionDate"]) == (
        "20150218", "201502", "2015", "2015.1315")
    assert (accuse["EventBaseCode"], accuse["EventRootCode"], accuse["QuadClass"]) == ("112", "11", "3")
    assert (accuse["Actor1Code"], accuse["Actor1Type1Code"], accuse["Actor1KnownGroupCode"]) == (
        "IGOUNO", "IGO", "UNO")
    assert (accuse["Actor2CountryCode"], accuse["Actor2Type1Code"], accuse["Actor2KnownGroupCode"]) == (
        "PSE", "REB", "HMS")
    assert accuse["Actor2Name"] == "NAME WITH TABS AND A NEWLINE"
    assert accuse["SOURCEURL"] == "pages/un.md"
    assert accuse["NumArticles"] == "1" and accuse["AvgTone"] == ""
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert (visit["Actor1CountryCode"], visit["Actor1Type1Code"], visit["IsRootEvent"]) == ("RUS", "MIL", "1")
    assert (visit["ActionGeo_Type"], visit["ActionGeo_FullName"]) == ("4", "Pyongyang")
    assert visit["SOURCEURL"] == "https://example.org/a"
    assert len(visit["DATEADDED"]) == 14
    rss = next(r for r in rows if r["EventCode"] == "173")
    assert rss["SQLDATE"] == "20150219"  # no event date: the publication date stands in
    assert (rss["Actor1Religion1Code"], rss["Actor1Type1Code"]) == ("HIN", "")
    second_paragraph = next(r for r in rows if r["EventCode"] == "010")
    assert second_paragraph["IsRootEvent"] == "0"


def test_export_gdelt_event_ids_are_stable_integers(store):
    first = [line.split("\t")[0] for line in _text(store, "gdelt")[1].splitlines()]
    again = [line.split("\t")[0] for line in _text(store, "gdelt")[1].splitlines()]
    assert first == again and all(value.isdigit() for value in first) and len(set(first)) == len(first)


def test_export_gdelt_leaves_out_events_with_no_date_at_all(tmp_path):
    with Store.open(tmp_path / "undated.duckdb") as store:
        store.add_articles([_article("nothing", [_event("x", cameo="040", root="04", plover="CONSULT", quad=1,
                                                         goldstein=1.0, source=PRK, target=None, day=None)],
                                     published=None)])
        summary, text = _text(store, "gdelt")
    assert (summary.rows, summary.skipped, text) == (0, {"undated": 1}, "")


def test_gdelt_record_of_an_undated_row_is_none():
    assert gdelt_record({"date": None, "published": None}) is None


def test_export_plover_records_have_plover_fields(store):
    summary, text = _text(store, "plover")
    records = [json.loads(line) for line in text.splitlines()]
    assert summary.rows == len(records) == 4
    assert summary.skipped == {"no-plover-type": 1}  # CAMEO 010: PLOVER dropped statements
    visit = next(r for r in records if r["sambandh"]["cameo"] == "042")
    assert visit["event"] == "CONSULT"
    assert visit["date"] == "2023-07-26"
    assert visit["source"] == [{"actorText": "Sergei Shoigu", "code": "RUS", "sector": "MIL",
                                "cameoCode": "RUSMIL", "entity": "Q313029"}]
    assert visit["target"][0]["code"] == "PRK"
    assert (visit["mode"], visit["context"], visit["text"]) == ("", "", "Paragraph 0 of visit.")
    assert visit["sambandh"]["location"] == {"name": "Pyongyang", "country": "PRK"}
    un = next(r for r in records if r["sambandh"]["cameo"] == "1123")
    assert un["source"][0]["code"] == "IGO" and un["source"][0]["sector"] == "UNO"


def test_export_plover_uses_the_given_cameo_table(store):
    summary, text = _text(store, "plover", plover=lambda code: "CUSTOM")
    assert summary.rows == 5
    assert {json.loads(line)["event"] for line in text.splitlines()} == {"CUSTOM"}


def test_export_jsonl_round_trips_the_contract(store):
    summary, text = _text(store, "jsonl", batch_size=2)
    stored = {json.loads(line)["id"]: json.loads(line) for line in text.splitlines()}
    assert summary.rows == 3
    assert stored == {a.id: a.to_dict() for a in ARTICLES}


@pytest.mark.parametrize("since,until,expected", [
    (date(2023, 1, 1), None, {"042", "010"}),
    (None, date(2016, 1, 1), {"1123"}),
    (date(2030, 1, 1), None, set()),
])
def test_export_filters_events_by_date(store, since, until, expected):
    _, text = _text(store, "gdelt", since=since, until=until)
    assert {line.split("\t")[26] for line in text.splitlines()} == expected


def test_export_parquet_writes_one_row_per_event(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    with path.open("wb") as out:
        summary = export(store, "parquet", out, batch_size=2)
    table = pq.read_table(path)
    assert summary.rows == table.num_rows == 5
    assert {"id", "cameo", "source_code", "date", "sentence_text", "url"} <= set(table.column_names)
    assert sorted(table.column("cameo").to_pylist()) == ["010", "040", "042", "1123", "173"]


@pytest.mark.parametrize("fmt", ["csv", "GDELT", "", "'; DROP TABLE events; --"])
def test_export_unknown_format_lists_known(store, fmt):
    with pytest.raises(StoreError, match=r"E013.*gdelt, jsonl, parquet, plover"):
        export(store, fmt, io.StringIO())


@pytest.mark.parametrize("batch_size", [0, -1, True, "10"])
def test_export_bad_batch_size_is_an_error(store, batch_size):
    with pytest.raises(StoreError, match="E047"):
        export(store, "gdelt", io.StringIO(), batch_size=batch_size)


def test_export_registry_names_every_format():
    assert set(EXPORTERS) == {"gdelt", "plover", "parquet", "jsonl"}


def test_export_actor_tags_data_file_is_well_formed():
    rows = load_table("sambandh.store", "cameo_actor_tags")
    tags = [row["tag"] for row in rows]
    assert len(tags) == len(set(tags))
    assert all(len(tag) == 3 and tag.isascii() and tag.isupper() for tag in tags)
    assert {row["kind"] for row in rows} == {"type", "religion"}
    assert all(row["name"] for row in rows)


@pytest.mark.parametrize("root,quad", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4),
                                       ("20", 4), ("21", None), ("00", None), ("", None)])
def test_export_gdelt_quad_class_follows_the_root(root, quad):
    from sambandh.store.export import _gdelt_quad_class

    assert _gdelt_quad_class(root) == quad


# GDELT 2.0's numeric columns and their types (as in GDELT's BigQuery table); the rest are text.
GDELT_NUMERIC = {"GLOBALEVENTID": "BIGINT", "SQLDATE": "INTEGER", "MonthYear": "INTEGER", "Year": "INTEGER",
                 "FractionDate": "DOUBLE", "IsRootEvent": "INTEGER", "QuadClass": "INTEGER",
                 "GoldsteinScale": "DOUBLE", "NumMentions": "INTEGER", "NumSources": "INTEGER",
                 "NumArticles": "INTEGER", "AvgTone": "DOUBLE", "Actor1Geo_Type": "INTEGER",
                 "Actor2Geo_Type": "INTEGER", "ActionGeo_Type": "INTEGER", "Actor1Geo_Lat": "DOUBLE",
                 "Actor1Geo_Long": "DOUBLE", "Actor2Geo_Lat": "DOUBLE", "Actor2Geo_Long": "DOUBLE",
                 "ActionGeo_Lat": "DOUBLE", "ActionGeo_Long": "DOUBLE", "DATEADDED": "BIGINT"}


def test_export_gdelt_loads_with_gdelt_column_types(store, tmp_path):
    import duckdb

    path = tmp_path / "events.export.CSV"
    with path.open("w", encoding="utf-8") as out:
        export(store, "gdelt", out)
    columns = {name: GDELT_NUMERIC.get(name, "VARCHAR") for name in GDELT_COLUMNS}
    rows = duckdb.sql(f"SELECT SQLDATE, QuadClass, GoldsteinScale, EventCode FROM read_csv('{path}', delim='\\t', "
                      f"header=false, quote='', escape='', columns={columns!r}) ORDER BY SQLDATE, EventCode").fetchall()
    assert rows[0] == (20150218, 3, -2.0, "1123")
    assert len(rows) == 4
