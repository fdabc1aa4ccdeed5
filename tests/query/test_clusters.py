import pytest
from query.newsroom import newsroom

from sambandh.store.clusters import _cluster


@pytest.fixture
def store():
    with newsroom() as opened:
        yield opened


def _members(store):
    return dict(store.sql("SELECT event_id, cluster FROM event_facts"))


def test_clusters_group_reports_of_one_visit(store):
    members = _members(store)
    assert members["e1-0"] == members["e2-0"]  # Russia → North Korea, Shoigu → Pyongyang: one visit
    assert members["e1-1"] == members["e3-0"]  # China → North Korea, two days apart
    assert members["e5-0"] == members["e6-0"]  # India → Pakistan, reported twice
    assert members["e1-0"] != members["e1-1"]


def test_clusters_count_mentions_and_articles(store):
    rows = store.sql("SELECT source_node, target_node, cameo, mentions, articles FROM event_clusters "
                     "WHERE mentions > 1 ORDER BY source_node")
    assert rows == [("CHN", "PRK", "042", 2, 2), ("IND", "PAK", "190", 2, 2), ("RUS", "PRK", "042", 2, 2)]
    assert store.sql("SELECT count(*) FROM event_clusters") == [(6,)]


def test_clusters_ids_do_not_depend_on_arrival_order():
    from query.newsroom import ARTICLES

    from sambandh.store import Store

    with newsroom() as first, Store.open(":memory:") as second:
        for article in reversed(ARTICLES):
            second.add_articles([article])
        assert _members(first) == _members(second)
        assert first.sql("SELECT * FROM event_clusters ORDER BY id") == \
            second.sql("SELECT * FROM event_clusters ORDER BY id")


def test_clusters_rebuild_gives_the_same_clusters(store):
    before = store.sql("SELECT * FROM event_clusters ORDER BY id")
    done = store.refresh_indexes(rebuild=True)
    assert done["events"] == 9
    assert store.sql("SELECT * FROM event_clusters ORDER BY id") == before
    assert store.refresh_indexes() == {"events": 0, "articles": 0}


@pytest.mark.parametrize("days,expected", [(2, 1), (3, 1), (4, 2)])
def test_clusters_date_window(days, expected):
    from datetime import date, timedelta

    first = date(2023, 7, 24)
    rows = [(f"e{i}", f"a{i}", first + timedelta(days=i * days), None, None, 1, 1.9, 0.5, "RUS", "PRK", "042",
             False, None, None) for i in range(2)]
    assert len(_cluster(rows)) == expected


def test_clusters_keep_different_people_apart():
    from datetime import date

    day = date(2023, 7, 26)
    rows = [("e1", "a1", day, "Q56226", "Q313029", 1, 1.0, 0.5, "PRK", "RUS", "040", False, "Q56226", "Q313029"),
            ("e2", "a2", day, "Q56226", "Q7747", 1, 1.0, 0.5, "PRK", "RUS", "040", False, "Q56226", "Q7747"),
            ("e3", "a3", day, "sb:country-prk", "Q7747", 1, 1.0, 0.5, "PRK", "RUS", "040", False, None, "Q7747")]
    clusters = _cluster(rows)
    assert [[m[0] for m in c.members] for c in clusters] == [["e1"], ["e2", "e3"]]


def test_clusters_ids_match_between_sql_and_python(store):
    from sambandh.store.clusters import cluster_id, cluster_number

    rows = store.sql("SELECT id, num, source_node, target_node, cameo, negated, event_id FROM event_clusters")
    for id_, num, source, target, cameo, negated, _ in rows:
        assert id_ == cluster_id(num)
        anchors = store.sql("SELECT event_id FROM event_facts WHERE cluster = ? ORDER BY date, event_id", [num])
        assert num == cluster_number(source, target, cameo, negated, anchors[0][0])


def test_clusters_facts_cover_every_event(store):
    assert store.sql("SELECT count(*) FROM event_facts") == store.sql("SELECT count(*) FROM events")


def test_clusters_and_index_fill_when_an_old_store_is_upgraded(tmp_path, monkeypatch):
    from query.newsroom import ARTICLES

    from sambandh.query.search import search
    from sambandh.store import Store, migrations

    path = tmp_path / "old.duckdb"
    everything = migrations.MIGRATIONS
    monkeypatch.setattr(migrations, "MIGRATIONS", everything[:1])
    with Store.open(path) as old:
        monkeypatch.setattr(Store, "_refresh_derived", lambda self, **kw: {})  # a writer from before clusters
        old.add_articles(ARTICLES)
    monkeypatch.undo()
    with Store.open(path) as upgraded:
        assert upgraded.sql("SELECT count(*) FROM event_facts") == [(9,)]
        assert search(upgraded, "हिंदी").total == 1


def test_clusters_unknown_actors_are_no_graph_node():
    from sambandh.model import ActorRef, Article, Event, Evidence, Sentence, Source
    from sambandh.store import Store

    text = "अज्ञात हमलावरों ने भारत में हमला किया।"
    unknown = ActorRef(entity=None, name="unknown", country=None, code="---UAF")
    india = ActorRef(entity="sb:country-ind", name="India", country="IND", code="IND")
    event = Event(id="u1", cameo="190", root="19", label="Use conventional military force", plover=None,
                  quad_class=4, goldstein=-10.0, source=unknown, target=india, date="2025-05-01",
                  date_precision="day", sentence=0, evidence=Evidence(start=0, end=len(text), text=text))
    article = Article(id="u", source=Source(path="u.md"), language="hi", title="हमला", published="2025-05-01",
                      paragraphs=(text,), sentences=(Sentence(id=0, text=text, paragraph=0, start=0, end=len(text)),),
                      events=(event,))
    with Store.open(":memory:") as store:
        store.add_articles([article])
        assert store.sql("SELECT source_node, target_node FROM event_facts") == [("", "IND")]
