"""The REST API, endpoint by endpoint: shapes, filters, paging, errors, the token, the body limit."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest
from fastapi.testclient import TestClient

from sambandh.api import create_app

HOSTILE = ["'", '"', "' OR '1'='1", "1; DROP TABLE events; --", "Robert'); DROP TABLE articles;--",
           "%' UNION SELECT * FROM documents --", "\\", "$1", "?"]
HUGE = ["99999999999999999999999999", "-1", "1e9", "NaN", "0x10"]
BAD_DAYS = ["2023-02-30", "2023-13-01", "yesterday", "20230726", "2023-7-1", "9999-99-99", "'; --",
            "2023-07-26T00:00:00"]
HINDI = "भारत के विदेश मंत्री एस जयशंकर ने मंगलवार को मॉस्को में रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की।"


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["ok"] is False and body["status"] == status and body["error"]
    return body["error"]


# -- articles -----------------------------------------------------------------------------------


def test_api_articles_lists_stored_articles_newest_first(client):
    page = client.get("/articles", params={"limit": 5}).json()
    assert page["total"] >= 5 and len(page["items"]) == 5
    assert page["next_offset"] == 5
    dates = [item["published"] for item in page["items"] if item["published"]]
    assert dates == sorted(dates, reverse=True)
    first = page["items"][0]
    assert first["links"]["self"] == f"/articles/{first['id']}"


def test_api_articles_pages_cover_every_article_once(client):
    total = client.get("/articles", params={"limit": 1}).json()["total"]
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/articles", params={"limit": 4, "offset": offset}).json()
        seen += [item["id"] for item in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == total


def test_api_article_is_the_contract(client):
    first = client.get("/articles", params={"limit": 1}).json()["items"][0]
    article = client.get(f"/articles/{first['id']}").json()
    assert article["id"] == first["id"]
    assert {"sentences", "entities", "events", "paragraphs", "source"} <= set(article)


@pytest.mark.parametrize("language", ["hi", "en"])
def test_api_articles_filter_by_language(client, language):
    items = client.get("/articles", params={"language": language, "limit": 200}).json()["items"]
    assert items and {item["language"] for item in items} == {language}


def test_api_articles_filter_by_actor_and_dates(client):
    everything = client.get("/articles", params={"limit": 200}).json()["total"]
    russia = client.get("/articles", params={"actor": "RUS", "limit": 200}).json()
    assert 0 < russia["total"] < everything
    window = client.get("/articles", params={"since": "2023-01-01", "until": "2023-12-31"}).json()
    assert all("2023-01-01" <= item["published"] <= "2023-12-31" for item in window["items"])


@pytest.mark.parametrize("article_id", ["0" * 40, "f" * 40])
def test_api_unknown_article_is_404(client, article_id):
    assert article_id in _error(client.get(f"/articles/{article_id}"), 404)


@pytest.mark.parametrize("article_id", ["abc", "' OR 1=1 --", "0" * 41, "G" * 40, "%00"])
def test_api_malformed_article_id_is_422(client, article_id):
    _error(client.get(f"/articles/{article_id}"), 422)


# -- events -------------------------------------------------------------------------------------


def test_api_events_carry_the_contract_and_their_sentence(client):
    page = client.get("/events", params={"limit": 3}).json()
    assert page["total"] > 3 and len(page["items"]) == 3
    event = page["items"][0]
    assert {"cameo", "source", "target", "evidence", "article_id", "sentence_text"} <= set(event)
    assert event["evidence"]["text"] in event["sentence_text"]


@pytest.mark.parametrize("params,check", [
    ({"cameo": "04"}, lambda e: e["cameo"].startswith("04")),
    ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
    ({"actor": "PRK"}, lambda e: "PRK" in (e["source"]["country"], (e["target"] or {}).get("country"))),
    ({"since": "2025-01-01"}, lambda e: e["date"] >= "2025-01-01"),
    ({"until": "2023-12-31"}, lambda e: e["date"] <= "2023-12-31"),
])
def test_api_events_filters(client, params, check):
    items = client.get("/events", params={**params, "limit": 200}).json()["items"]
    assert items and all(check(e) for e in items)


def test_api_events_of_one_article(client):
    first = client.get("/events", params={"limit": 1}).json()["items"][0]
    items = client.get("/events", params={"article": first["article_id"], "limit": 200}).json()["items"]
    assert items and {e["article_id"] for e in items} == {first["article_id"]}


# -- hostile input ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_api_hostile_actor_is_rejected_cleanly(client, value):
    _error(client.get("/events", params={"actor": value}), 422)
    _error(client.get("/articles", params={"actor": value}), 422)


@pytest.mark.parametrize("value", ["sb:country-rus'--", "RUS OR 1=1"])
def test_api_sql_in_filters_never_reaches_sql(client, value):
    _error(client.get("/events", params={"actor": value}), 422)


@pytest.mark.parametrize("name", ["limit", "offset"])
@pytest.mark.parametrize("value", HUGE)
def test_api_huge_numbers_are_422(client, name, value):
    assert name in _error(client.get("/events", params={name: value}), 422)


@pytest.mark.parametrize("value", BAD_DAYS)
@pytest.mark.parametrize("path", ["/events", "/articles"])
def test_api_bad_dates_are_422(client, path, value):
    assert "since" in _error(client.get(path, params={"since": value}), 422)


@pytest.mark.parametrize("params", [{"cameo": "4"}, {"cameo": "04'"}, {"quad_class": 5}, {"plover": "consult"},
                                    {"article": "' OR 1=1"}, {"language": "fr"}])
def test_api_bad_filters_are_422(client, params):
    path = "/articles" if "language" in params else "/events"
    _error(client.get(path, params=params), 422)


def test_api_store_survives_hostile_queries(client, api_db):
    before = client.get("/events", params={"limit": 1}).json()["total"]
    for value in HOSTILE:
        client.get("/events", params={"actor": value})
        client.get(f"/articles/{value}")
    assert client.get("/events", params={"limit": 1}).json()["total"] == before


def test_api_unknown_path_and_method_are_json(client):
    assert "/nowhere" in _error(client.get("/nowhere"), 404)
    assert "DELETE" in _error(client.delete("/events"), 405)


# -- analyze ------------------------------------------------------------------------------------


def test_api_analyze_returns_the_contract(client):
    response = client.post("/analyze", json={"text": HINDI, "published": "2024-12-18"})
    assert response.status_code == 200, response.text
    article = response.json()
    assert article["language"] == "hi"
    assert {"S. Jaishankar", "Sergey Lavrov"} <= {e["name"] for e in article["entities"]}
    event = article["events"][0]
    assert (event["source"]["name"], event["target"]["name"], event["date"]) == (
        "S. Jaishankar", "Sergey Lavrov", "2024-12-17")


def test_api_analyze_html(client):
    html = f"<html><head><title>Visit</title></head><body><article><p>{HINDI}</p></article></body></html>"
    response = client.post("/analyze", json={"html": html, "published": "2024-12-18", "events": False})
    assert response.status_code == 200, response.text
    assert response.json()["events"] == []


def test_api_analyze_furniture_only_is_a_skipped_record(client):
    body = client.post("/analyze", json={"text": "ये भी पढ़ें"}).json()
    assert body["skipped"] == "empty"


@pytest.mark.parametrize("body", [{}, {"text": HINDI, "html": "<p>x</p>"}, {"text": ""}, {"text": None},
                                  {"text": HINDI, "published": "2024-02-30"}, {"text": HINDI, "language": "fr"},
                                  {"text": HINDI, "fetch": True}, {"url": "https://example.org/page"}, [], "text"])
def test_api_analyze_bad_bodies_are_422(client, body):
    _error(client.post("/analyze", json=body), 422)


def test_api_analyze_is_not_json_is_422(client):
    _error(client.post("/analyze", content=b"not json{", headers={"content-type": "application/json"}), 422)


def test_api_analyze_never_fetches_the_url(client):
    # Sockets are blocked in tests: a fetch would fail the request; the URL only dates the article.
    response = client.post("/analyze", json={"text": HINDI, "url": "https://example.org/2024/12/18/visit"})
    assert response.status_code == 200, response.text


def test_api_body_above_the_limit_is_413(tmp_path, pipeline):
    small = TestClient(create_app(tmp_path / "s.duckdb", max_body_bytes=2000, pipeline=pipeline))
    assert "limit of 2000" in _error(small.post("/analyze", json={"text": "क" * 1000}), 413)
    assert small.post("/analyze", json={"text": HINDI}).status_code == 200


def test_api_body_above_the_limit_without_length_is_413(tmp_path, pipeline):
    small = TestClient(create_app(tmp_path / "s.duckdb", max_body_bytes=2000, pipeline=pipeline))

    def chunks():
        for _ in range(10):
            yield b'{"text": "' + b"a" * 500

    _error(small.post("/analyze", content=chunks(), headers={"content-type": "application/json"}), 413)


# -- ingest -------------------------------------------------------------------------------------


def test_api_ingest_without_a_configured_token_is_refused(client):
    assert "disabled" in _error(client.post("/ingest", json={"documents": [{"text": HINDI}]}), 403)


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Bearer ", "Basic dGVzdA==", "test-token-0123456789"])
def test_api_ingest_needs_the_token(write_client, header):
    headers = {"Authorization": header} if header is not None else {}
    response = write_client.post("/ingest", json={"documents": [{"text": HINDI}]}, headers=headers)
    _error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_api_ingest_stores_and_is_idempotent(write_client, api_token):
    headers = {"Authorization": f"Bearer {api_token}"}
    body = {"documents": [{"text": HINDI, "published": "2024-12-18"}, {"text": "ये भी पढ़ें"}]}
    first = write_client.post("/ingest", json=body, headers=headers)
    assert first.status_code == 200, first.text
    result = first.json()
    assert result["stored"]["articles"] == 1 and result["skipped"][0]["skipped"] == "empty"
    again = write_client.post("/ingest", json=body, headers=headers).json()
    assert again["stored"]["articles"] == 0 and again["stored"]["duplicates"] == 1
    article = write_client.get(f"/articles/{result['ids'][0]}")
    assert article.status_code == 200 and article.json()["published"] == "2024-12-18"


def test_api_ingest_batch_is_bounded(write_client, api_token):
    body = {"documents": [{"text": f"{HINDI} {n}"} for n in range(51)]}
    _error(write_client.post("/ingest", json=body, headers={"Authorization": f"Bearer {api_token}"}), 422)


# -- a busy store -------------------------------------------------------------------------------


def test_api_reads_while_another_connection_writes_are_503(tmp_path, pipeline):
    path = tmp_path / "busy.duckdb"
    app = create_app(path, pipeline=pipeline, lock_wait=0.2)
    writer = duckdb.connect(str(path))  # as an ingest holds it: read-write
    try:
        response = TestClient(app).get("/events")
        assert "busy" in _error(response, 503)
        assert response.headers["retry-after"]
    finally:
        writer.close()
    assert TestClient(app).get("/events").status_code == 200


def test_api_reads_while_another_process_ingests_are_503(tmp_path, pipeline):
    path = tmp_path / "busy.duckdb"
    app = create_app(path, pipeline=pipeline, lock_wait=0.2)
    holder = subprocess.Popen(  # another process holding the file read-write, as `sambandh ingest` does
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('open', flush=True); "
                               "sys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert "busy" in _error(TestClient(app).get("/articles"), 503)
    finally:
        holder.communicate("\n", timeout=30)
    assert TestClient(app).get("/articles").status_code == 200


def test_api_read_waits_for_a_writer_that_lets_go_between_batches(tmp_path, pipeline):
    path = tmp_path / "busy.duckdb"
    app = create_app(path, pipeline=pipeline, lock_wait=20)
    holder = subprocess.Popen(  # holds the file read-write for a moment, as an ingest commit does
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); "
                               "time.sleep(1); c.close()", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert TestClient(app).get("/articles").status_code == 200
    finally:
        holder.wait(timeout=30)


def test_api_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/analyze", "/ingest", "/articles", "/articles/{article_id}", "/events"} <= set(paths)
    assert paths["/ingest"]["post"]["security"] == [{"HTTPBearer": []}]


# -- relations ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name,key", [("Russia", "RUS"), ("उत्तर कोरिया", "PRK"), ("PRK", "PRK")])
def test_api_actor_profile_by_any_name(client, name, key):
    response = client.get(f"/actors/{name}")
    assert response.status_code == 200, response.text
    assert response.json()["actor"]["key"] == key


@pytest.mark.parametrize("name", ["nobody-at-all", "' OR 1=1 --", "RUS'; DROP TABLE events; --"])
def test_api_unknown_actor_is_404(client, name):
    assert "E071" in _error(client.get(f"/actors/{name}"), 404)


def test_api_actor_list(client):
    items = client.get("/actors", params={"limit": 3}).json()["items"]
    assert len(items) == 3 and items[0]["events"] >= items[-1]["events"]


def test_api_dyad_timeline(client):
    response = client.get("/dyads/Russia/North Korea", params={"by": "year"})
    assert response.status_code == 200, response.text
    assert (response.json()["a"]["key"], response.json()["b"]["key"]) == ("RUS", "PRK")
    _error(client.get("/dyads/RUS/PRK", params={"by": "fortnight"}), 422)


def test_api_connections(client):
    response = client.get("/connections", params={"a": "China", "b": "Russia"})
    assert response.status_code == 200, response.text
    _error(client.get("/connections", params={"a": "China"}), 422)


@pytest.mark.parametrize("kind", ["actors", "dyads"])
def test_api_trending(client, kind):
    assert client.get("/trending", params={"kind": kind}).json()["kind"] == kind


@pytest.mark.parametrize("params", [{"until": "0001-01-01"}, {"until": "0001-01-05", "baseline_days": 3650}])
def test_api_trending_at_the_start_of_the_calendar_clamps_the_baseline(client, params):
    found = client.get("/trending", params=params)
    assert found.status_code == 200
    assert found.json()["baseline"]["since"] == "0001-01-01"


def test_api_search(client):
    found = client.get("/search", params={"q": "रूस"}).json()
    assert found["total"] > 0 and found["hits"]
    assert client.get("/search", params={"q": "  ® "}).json()["total"] == 0
    assert client.get("/search", params={"q": "' OR 1=1; DROP TABLE articles; --"}).status_code == 200


def test_api_store_failure_is_500_without_paths_or_sql(tmp_path, pipeline):
    from sambandh.api.deps import get_store
    from sambandh.store import Store

    app = create_app(tmp_path / "s.duckdb", pipeline=pipeline)
    closed = Store.open(tmp_path / "s.duckdb", read_only=True)
    closed.close()
    app.dependency_overrides[get_store] = lambda: closed
    response = TestClient(app).get("/events")
    reason = _error(response, 500)
    assert "[E046]" in reason and str(tmp_path) not in reason


def test_api_error_messages_have_unique_codes_matching_their_names():
    import re

    from sambandh.api import errors

    messages = {name: value for name, value in vars(errors).items() if re.fullmatch(r"A\d+", name)}
    assert messages
    for name, message in messages.items():
        assert message.startswith(f"[{name}] "), name
