from datetime import date

import pytest
from query.newsroom import newsroom
from tests_support import shared_path

from sambandh.query.connections import connections


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


def test_connections_direct_link_comes_first_with_evidence(store):
    found = connections(store, "North Korea", "चीन")
    direct = found.paths[0]
    assert direct.nodes == ("PRK", "CHN")
    (hop,) = direct.hops
    assert (hop.events, hop.mentions, hop.articles) == (1, 2, 2)
    assert hop.evidence[0].evidence.sentence.startswith("चीन")


def test_connections_two_hop_path_through_a_third_actor(store):
    found = connections(store, "China", "Russia")
    vias = [p for p in found.paths if len(p.nodes) == 3]
    assert vias[0].nodes == ("CHN", "PRK", "RUS")
    assert vias[0].gap_days == 0  # both delegations arrived the same day
    first, second = vias[0].hops
    assert (first.source, first.target, second.source, second.target) == ("CHN", "PRK", "PRK", "RUS")
    assert first.evidence and second.evidence
    # the direct link (Putin praises Xi) scores 1; the same-week path through North Korea half of min(1, 2)
    assert found.paths[0].nodes == ("CHN", "RUS")


def test_connections_context_and_shared_articles(store):
    found = connections(store, "North Korea", "China")
    assert any(c.evidence.source_name == "Russia" for c in found.context)
    assert [a.article_id for a in found.articles] == ["art3", "art1"]
    assert "चीन" in found.articles[0].sentence


def test_connections_window(store):
    found = connections(store, "China", "Russia", since=date(2024, 1, 1))
    assert [p.nodes for p in found.paths] == [("CHN", "RUS")]
    assert connections(store, "India", "China").paths == ()


def test_connections_person_to_country(store):
    found = connections(store, "Putin", "चीन")
    assert found.paths[0].nodes == ("RUS", "CHN")
    assert found.paths[0].hops[0].evidence[0].evidence.source_name == "Vladimir Putin"


def test_connections_rows_are_flat(store):
    rows = connections(store, "China", "Russia").rows()
    assert {r["path"] for r in rows} == {1, 2}
    assert all(not isinstance(v, dict | list) for r in rows for v in r.values())


@pytest.mark.slow
def test_connections_seed_and_examples_explain_the_link(tmp_path):
    from pathlib import Path

    from sambandh.model import Article
    from sambandh.pipeline import Pipeline
    from sambandh.store import Store

    seed = shared_path("seeds/000_9cdd1d268ee3f9b1.txt")
    examples = Path(__file__).resolve().parents[2] / "examples"
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add_articles(a for a in Pipeline().run([examples, seed]) if isinstance(a, Article))
        found = connections(store, "North Korea", "China")
        direct = found.paths[0]
        assert direct.nodes == ("PRK", "CHN")
        assert all(c.evidence.sentence for c in direct.hops[0].evidence)
        sentences = [c.evidence.sentence for c in direct.hops[0].evidence] + [a.sentence for a in found.articles]
        assert any("चीनी प्रतिनिधिमंडल" in (s or "") for s in sentences)
        assert any(len(p.nodes) == 3 and p.nodes[1] == "RUS" for p in found.paths)
