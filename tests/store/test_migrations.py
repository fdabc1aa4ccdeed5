import duckdb
import pytest

from sambandh.errors import StoreError
from sambandh.store import Store, migrations


@pytest.fixture
def conn():
    connection = duckdb.connect(":memory:")
    yield connection
    connection.close()


def _tables(conn):
    return {row[0] for row in conn.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def test_migrations_ids_are_numbered_in_order():
    ids = [m.id for m in migrations.MIGRATIONS]
    assert ids == list(range(1, len(ids) + 1))
    assert len({m.name for m in migrations.MIGRATIONS}) == len(ids)


def test_migrations_new_database_has_all_pending(conn):
    assert migrations.applied(conn) == []
    assert migrations.pending(conn) == list(migrations.MIGRATIONS)


def test_migrations_apply_creates_schema_and_records_it(conn):
    ran = migrations.apply(conn)
    assert ran == list(migrations.MIGRATIONS)
    assert migrations.pending(conn) == []
    recorded = migrations.applied(conn)
    assert [(m.id, m.name) for m in recorded] == [(m.id, m.name) for m in migrations.MIGRATIONS]
    assert recorded[0].applied_at is not None
    assert {"_migrations", "documents", "articles", "sentences", "entities", "mentions",
            "events"} <= _tables(conn)


@pytest.mark.parametrize("index", ["events_date", "events_dyad", "mentions_entity"])
def test_migrations_initial_schema_creates_index(conn, index):
    migrations.apply(conn)
    names = {row[0] for row in conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert index in names


def test_migrations_apply_twice_runs_once(conn):
    migrations.apply(conn)
    assert migrations.apply(conn) == []
    assert conn.execute("SELECT count(*) FROM _migrations").fetchone() == (len(migrations.MIGRATIONS),)


def test_migrations_failed_migration_rolls_back_with_its_record(conn, monkeypatch):
    def broken(c):
        c.execute("CREATE TABLE half_done (x INTEGER)")
        c.execute("SELECT * FROM no_such_table")

    extra = migrations.Migration(id=len(migrations.MIGRATIONS) + 1, name="broken", run=broken)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    with pytest.raises(StoreError, match=r"\[E042\].*broken") as info:
        migrations.apply(conn)
    assert isinstance(info.value.__cause__, duckdb.Error)
    assert "half_done" not in _tables(conn)
    assert [m.id for m in migrations.applied(conn)] == [m.id for m in migrations.MIGRATIONS[:-1]]
    assert [m.name for m in migrations.pending(conn)] == ["broken"]


def test_migrations_store_open_applies_once(tmp_path):
    path = tmp_path / "news.duckdb"
    Store.open(path).close()
    Store.open(path).close()
    with duckdb.connect(str(path)) as conn:
        assert [(m.id, m.name) for m in migrations.applied(conn)] == [(m.id, m.name) for m in migrations.MIGRATIONS]


def test_migrations_store_refuses_newer_database(tmp_path):
    path = tmp_path / "news.duckdb"
    Store.open(path).close()
    with duckdb.connect(str(path)) as conn:
        conn.execute("INSERT INTO _migrations VALUES (999, 'from_the_future', now()::TIMESTAMP)")
    with pytest.raises(StoreError, match=r"\[E044\].*999"):
        Store.open(path)


def test_migrations_read_only_open_refuses_to_migrate(tmp_path):
    path = tmp_path / "old.duckdb"
    duckdb.connect(str(path)).close()  # an empty database file, never migrated
    with pytest.raises(StoreError, match=r"\[E043\].*initial_schema"):
        Store.open(path, read_only=True)
