from datetime import date

import duckdb
import pytest

from sambandh.errors import StoreError
from sambandh.model import (
    ActorRef,
    Article,
    Entity,
    Event,
    Evidence,
    Image,
    Location,
    Mention,
    Related,
    Sentence,
    Source,
    content_id,
)
from sambandh.store import Store, WriteSummary

HOSTILE = "'; DROP TABLE articles; -- \"quoted\" \\ back\\slash %s {0} ? $1"


def _article(body="रूस के रक्षा मंत्री सर्गेई शोइगु बुधवार को प्योंगयांग पहुंचे।", *, title="शोइगु की यात्रा",
             event_date="2023-07-26", event_id=None):
    """An article written by hand: one paragraph, two sentences, two entities, one event."""
    second = "Shoigu met Kim Jong Un."
    first_end = len(body)
    return Article(
        id=content_id(body + title),
        source=Source(path="pages/shoigu.md", url="https://example.org/shoigu", format="markdown",
                      record="r1"),
        language="hi", title=title, summary="रक्षा मंत्री की यात्रा", published="2023-07-27",
        authors=("लेखक एक", "Writer Two"), section="world",
        image=Image(url="https://example.org/i.jpg", caption="प्योंगयांग में"),
        headings=("यात्रा",), paragraphs=(f"{body} {second}",), removed=("ये भी पढ़ें",),
        related=(Related(title="और खबरें", url="https://example.org/more"), Related(title="no link")),
        sentences=(Sentence(id=0, text=body, paragraph=0, start=0, end=first_end),
                   Sentence(id=1, text=second, paragraph=0, start=first_end + 1,
                            end=first_end + 1 + len(second))),
        entities=(
            Entity(id="Q313029", name="Sergei Shoigu", type="person", country="RUS", code="RUSMIL",
                   names={"hi": ("सर्गेई शोइगु", "शोइगु")},
                   mentions=(Mention(text="सर्गेई शोइगु", sentence=0, start=17, end=29, how="exact",
                                     alias="सर्गेई शोइगु"),
                             Mention(text="Shoigu", sentence=1, start=0, end=6, how="romanised")),
                   role="defence minister"),
            Entity(id="Q423", name="North Korea", type="country", country="PRK", code="PRK",
                   mentions=(Mention(text="प्योंगयांग", sentence=0, start=40, end=50, how="role"),)),
        ),
        events=(Event(id=event_id or content_id(body + "042"), cameo="042", root="04", label="Make a visit",
                      plover="CONSULT", quad_class=1, goldstein=1.9,
                      source=ActorRef(entity="Q313029", name="Sergei Shoigu", country="RUS", code="RUSMIL"),
                      target=ActorRef(entity="Q423", name="North Korea", country="PRK", code="PRK"),
                      date=event_date, date_precision="day", sentence=0,
                      evidence=Evidence(start=0, end=first_end, text=body),
                      location=Location(name="प्योंगयांग", country="PRK"), reported_by=("KCNA",),
                      modality="asserted", confidence=0.82, trigger="पहुंचे"),),
        extractor="rules",
    )


def _bare(body):
    """An article with only text."""
    return Article(id=content_id(body), source=Source(path=None), paragraphs=(body,))


@pytest.fixture
def store():
    with Store.open(":memory:") as opened:
        yield opened


def test_database_counts_empty(store):
    assert store.counts() == {"documents": 0, "articles": 0, "skipped": 0, "sentences": 0,
                              "entities": 0, "mentions": 0, "events": 0}


def test_database_add_articles_counts(store):
    summary = store.add_articles([_article()])
    assert summary == WriteSummary(articles=1, sentences=2, entities=2, mentions=3, events=1)
    assert store.counts() == {"documents": 1, "articles": 1, "skipped": 0, "sentences": 2,
                              "entities": 2, "mentions": 3, "events": 1}


def test_database_readding_same_article_adds_nothing(store):
    store.add_articles([_article()])
    before = store.counts()
    summary = store.add_articles([_article()])
    assert summary == WriteSummary(duplicates=1)
    assert store.counts() == before


def test_database_duplicates_within_one_call_are_stored_once(store):
    summary = store.add_articles([_article(), _article(), _bare("एक"), _bare("एक")], batch_size=3)
    assert (summary.articles, summary.duplicates) == (2, 2)
    assert store.counts()["articles"] == 2


@pytest.mark.parametrize("batch_size", [1, 2, 200])
def test_database_add_articles_accepts_generators_in_batches(store, batch_size):
    articles = (_bare(f"वाक्य {i}") for i in range(5))
    summary = store.add_articles(articles, batch_size=batch_size)
    assert summary.articles == 5
    assert store.counts()["articles"] == 5


@pytest.mark.parametrize("batch_size", [0, -1, True, 1.5])
def test_database_add_articles_rejects_bad_batch_size(store, batch_size):
    with pytest.raises(StoreError, match=r"\[E047\]"):
        store.add_articles([_bare("x")], batch_size=batch_size)


def test_database_article_round_trip(store):
    original = _article()
    store.add_articles([original])
    assert store.article(original.id).to_dict() == original.to_dict()


def test_database_article_round_trip_minimal(store):
    original = _bare("केवल पाठ")
    store.add_articles([original])
    assert store.article(original.id).to_dict() == original.to_dict()


def test_database_article_missing_is_none(store):
    assert store.article("no-such-id") is None


@pytest.mark.parametrize("text", [HOSTILE, "'", '"', "Robert'); DROP TABLE events;--", "नई दिल्ली 'भारत'"])
def test_database_hostile_strings_stored_verbatim(store, text):
    original = _article(body=f"{text} ने कहा।", title=text)
    store.add_articles([original])
    assert store.article(original.id).to_dict() == original.to_dict()
    assert store.sql("SELECT title FROM articles WHERE id = ?", [original.id]) == [(text,)]
    assert store.sql("SELECT evidence_text FROM events") == [(f"{text} ने कहा।",)]
    assert store.counts()["articles"] == 1


def test_database_stores_columns(store):
    original = _article()
    store.add_articles([original])
    row = store.sql("SELECT language, published, authors, image_url, headings, removed, extractor "
                    "FROM articles")
    assert row == [("hi", date(2023, 7, 27), ["लेखक एक", "Writer Two"], "https://example.org/i.jpg",
                    ["यात्रा"], ["ये भी पढ़ें"], "rules")]
    event = store.sql("SELECT source_code, target_country, date, reported_by, location_name FROM events")
    assert event == [("RUSMIL", "PRK", date(2023, 7, 26), ["KCNA"], "प्योंगयांग")]
    assert store.sql("SELECT status FROM documents") == [("article",)]


@pytest.mark.parametrize("value,expected", [("2023-07", date(2023, 7, 1)), ("2023", date(2023, 1, 1)),
                                            ("2023-07-26T10:00:00+05:30", date(2023, 7, 26)),
                                            ("कल", None), (None, None)])
def test_database_event_date_column_from_partial_dates(store, value, expected):
    original = _article(event_date=value)
    store.add_articles([original])
    assert store.sql("SELECT date FROM events") == [(expected,)]
    assert store.events()[0].date == value


def test_database_entities_first_writer_wins(store):
    first = _article()
    renamed = Entity(id="Q423", name="DPRK", type="state", country="PRK", code="PRK")
    second = Article(id="other", source=Source(), entities=(renamed,))
    store.add_articles([first])
    summary = store.add_articles([second])
    assert summary.entities == 0
    assert store.sql("SELECT name, type FROM entities WHERE id = 'Q423'") == [("North Korea", "country")]
    # the article itself keeps what it said
    assert store.article("other").entities[0].name == "DPRK"


def test_database_entities_fill_missing_country(store):
    bare = Entity(id="X", name="X", type="person")
    full = Entity(id="X", name="Y", type="group", country="IND", code="INDOPP")
    store.add_articles([Article(id="a", source=Source(), entities=(bare,))])
    store.add_articles([Article(id="b", source=Source(), entities=(full,))])
    assert store.sql("SELECT name, type, country, code FROM entities") == [("X", "person", "IND", "INDOPP")]


def test_database_event_id_stored_once(store):
    store.add_articles([_article(event_id="same"), _article(body="दूसरा लेख", event_id="same")])
    assert store.counts()["events"] == 1
    assert store.counts()["articles"] == 2


def test_database_events_order_limit_since(store):
    for day in ("2023-07-03", "2023-07-01", None, "2023-07-02"):
        store.add_articles([_article(body=f"घटना {day}", event_date=day)])
    assert [e.date for e in store.events()] == ["2023-07-01", "2023-07-02", "2023-07-03", None]
    assert [e.date for e in store.events(limit=2)] == ["2023-07-01", "2023-07-02"]
    assert [e.date for e in store.events(since=date(2023, 7, 2))] == ["2023-07-02", "2023-07-03"]


def test_database_events_round_trip(store):
    original = _article()
    store.add_articles([original])
    assert [e.to_dict() for e in store.events()] == [e.to_dict() for e in original.events]


def test_database_add_skipped(store):
    source = Source(path="feeds/empty.xml", format="rss")
    assert store.add_skipped("doc1", source, "no main text") is True
    assert store.add_skipped("doc1", source, "no main text") is False
    assert store.counts()["skipped"] == 1
    assert store.counts()["documents"] == 1
    assert store.sql("SELECT path, format, status, skip_reason FROM documents") == [
        ("feeds/empty.xml", "rss", "skipped", "no main text")]


def test_database_skipped_document_becomes_article(store):
    original = _article()
    store.add_skipped(original.id, original.source, "too short")
    store.add_articles([original])
    assert store.sql("SELECT status, skip_reason FROM documents") == [("article", None)]
    assert store.counts()["skipped"] == 0


def test_database_add_skipped_leaves_article_alone(store):
    original = _article()
    store.add_articles([original])
    assert store.add_skipped(original.id, original.source, "later failure") is False
    assert store.sql("SELECT status FROM documents") == [("article",)]


@pytest.mark.parametrize("query", ["DELETE FROM articles", "SELECT 1; DROP TABLE articles",
                                   "INSERT INTO entities VALUES ('a', 'b', 'c', 'd', 'e')", ""])
def test_database_sql_refuses_anything_but_one_read(store, query):
    with pytest.raises(StoreError, match=r"\[E045\]"):
        store.sql(query)
    assert store.counts()["articles"] == 0


def test_database_sql_errors_are_store_errors(store):
    with pytest.raises(StoreError, match=r"\[E041\]") as info:
        store.sql("SELECT * FROM no_such_table")
    assert isinstance(info.value.__cause__, duckdb.Error)


def test_database_sql_named_parameters(store):
    assert store.sql("SELECT $a || $b", {"a": "भा", "b": "रत"}) == [("भारत",)]


def test_database_file_store_reopens_with_same_contents(tmp_path):
    path = tmp_path / "news.duckdb"
    original = _article()
    with Store.open(path) as store:
        store.add_articles([original, _bare("दूसरा")])
        store.add_skipped("skip1", Source(path="x"), "empty")
        counts = store.counts()
    with Store.open(path) as store:
        assert store.counts() == counts
        assert store.article(original.id).to_dict() == original.to_dict()
        assert store.add_articles([original]).duplicates == 1


def test_database_read_only_open_of_existing_file(tmp_path):
    path = tmp_path / "news.duckdb"
    original = _article()
    with Store.open(path) as store:
        store.add_articles([original])
    with Store.open(str(path), read_only=True) as store:
        assert store.read_only
        assert store.counts()["articles"] == 1
        assert store.article(original.id).to_dict() == original.to_dict()
        assert len(store.events()) == 1
        with pytest.raises(StoreError, match=r"\[E040\]") as info:
            store.add_articles([_bare("नया")])
        assert isinstance(info.value.__cause__, duckdb.Error)


def test_database_open_failure_is_store_error(tmp_path):
    with pytest.raises(StoreError, match=r"\[E012\]") as info:
        Store.open(tmp_path / "missing-dir" / "news.duckdb", read_only=True)
    assert isinstance(info.value.__cause__, duckdb.Error)


def test_database_closed_store_raises(tmp_path):
    store = Store.open(":memory:")
    store.close()
    store.close()
    with pytest.raises(StoreError, match=r"\[E046\]"):
        store.counts()


def test_database_write_failure_rolls_back_batch(store, monkeypatch):
    good, bad = _bare("अच्छा"), _bare("बुरा")

    def failing_rows(article):
        if article.id == bad.id:
            raise duckdb.ConversionException("cannot store this")
        return real(article)

    from sambandh.store import database

    real = database.article_rows
    monkeypatch.setattr(database, "article_rows", failing_rows)
    store.add_articles([good])
    with pytest.raises(StoreError, match=r"\[E040\]"):
        store.add_articles([_bare("तीसरा"), bad], batch_size=2)
    assert store.counts()["articles"] == 1
    assert store.counts()["documents"] == 1


def test_database_round_trip_keeps_actor_phrases(tmp_path):
    from sambandh import analyze
    from sambandh.store import Store

    article = analyze("रूस के रक्षा मंत्री सर्गेई शोइगु ने किम जोंग उन से मुलाकात की।", published="2023-07-27")
    assert article.actors
    with Store.open(tmp_path / "a.duckdb") as store:
        store.add_articles([article])
        assert store.article(article.id).to_dict() == article.to_dict()
