"""Query latency on a synthetic store, ingest rate and database size.

    python bench/query_bench.py [--events 1000000 --articles 100000 --runs 30 --copies 8]

1. Builds, in a temporary folder, a store of ``--articles`` articles and ``--events`` events (ten
   sentences an article, two mentions an event, ~3,000 people across the KB's countries, country
   popularity skewed as in the news) with DuckDB SQL, then clusters the events with the real
   ``sambandh.store.clusters.refresh``. The full-text index is filled by SQL from the synthetic
   words, which are already in folded form, so it holds what ``store.fulltext`` would.
2. Times each query ``--runs`` times over different actors and words, drawn from the busiest
   countries (the slow end), and prints p50/p95 wall-clock milliseconds against the targets.
3. Ingests ``--copies`` copies of ``examples/`` (each copy made unique) through the real pipeline
   and store, single process, and prints articles per second and the size of a store per
   100,000 articles, measured on that real ingest and on the synthetic store.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from sambandh.kb.base import builtin  # noqa: E402
from sambandh.store import Store  # noqa: E402
from sambandh.store import clusters as store_clusters  # noqa: E402

TARGETS_MS = {"dyad timeline": 50, "actor profile": 100, "connections": 500, "search": 200}
"""The issue's p50 targets, for 1,000,000 events and 100,000 articles."""

PEOPLE = 3000
SENTENCES_PER_ARTICLE = 10
WORDS_PER_SENTENCE = 32
TEMPLATES = 100_000
"""Distinct sentences to draw from: enough that articles differ, few enough to build in seconds."""
SKEW = 2.5
"""Country i is drawn as floor(n × random()^SKEW): the busiest few countries take most events."""
FIRST_DAY = date(2022, 1, 1)
DAYS = 4 * 365

# (code, label, quad class, Goldstein); a spread of the CAMEO roots the news uses most.
CAMEO = [("010", "Make statement", 1, 0.0), ("020", "Make an appeal or request", 1, 3.0),
         ("036", "Express intent to meet or negotiate", 1, 4.0), ("040", "Consult", 1, 1.0),
         ("042", "Make a visit", 1, 1.9), ("043", "Host a visit", 1, 2.8), ("046", "Engage in negotiation", 1, 7.0),
         ("051", "Praise or endorse", 1, 3.4), ("057", "Sign formal agreement", 2, 8.0),
         ("072", "Provide military aid", 2, 8.3), ("111", "Criticize or denounce", 3, -2.0),
         ("112", "Accuse", 3, -2.0), ("130", "Threaten", 3, -4.4), ("163", "Impose embargo", 4, -8.0),
         ("173", "Arrest, detain", 4, -5.0), ("190", "Use conventional military force", 4, -10.0)]

# Our own words: a Hindi and English news vocabulary, then synthetic filler words.
_WORDS = ("रूस भारत चीन अमेरिका पाकिस्तान यूक्रेन कोरिया उत्तर राष्ट्रपति प्रधानमंत्री मंत्री रक्षा विदेश "
          "मुलाकात बैठक दौरा समझौता हमला सेना सीमा बातचीत बयान सरकार संसद चुनाव व्यापार शुल्क प्रतिबंध "
          "परमाणु मिसाइल शांति युद्ध सहयोग साझेदारी सम्मेलन राजधानी दिल्ली मॉस्को बीजिंग वॉशिंगटन "
          "president minister talks visit summit border trade tariff sanctions army missile peace war "
          "agreement cooperation election parliament government delegation embassy")
WORDS = _WORDS.split()
VOCABULARY = 20000


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def build(path: Path, *, events: int, articles: int, seed: int = 7) -> dict[str, float]:
    """Creates the synthetic store at ``path``; returns seconds per step."""
    timings: dict[str, float] = {}
    Store.open(path).close()  # the schema, by the real migrations
    kb = builtin()
    countries = sorted(e.country for e in kb.entities.values() if e.type == "country" and e.country)
    conn = duckdb.connect(str(path))
    conn.execute("SELECT setseed(?)", [seed / 100])
    started = time.perf_counter()
    conn.execute("CREATE TEMP TABLE c AS SELECT row_number() OVER () - 1 AS i, iso FROM "
                 "(SELECT unnest(?::VARCHAR[]) AS iso)", [countries])
    conn.execute("CREATE TEMP TABLE cameo AS SELECT row_number() OVER () - 1 AS i, * FROM "
                 "(SELECT unnest(?::VARCHAR[]) AS code, unnest(?::VARCHAR[]) AS label, "
                 "unnest(?::INTEGER[]) AS quad, unnest(?::DOUBLE[]) AS goldstein)",
                 [[c[0] for c in CAMEO], [c[1] for c in CAMEO], [c[2] for c in CAMEO], [c[3] for c in CAMEO]])
    words = WORDS + [f"w{i}" for i in range(VOCABULARY - len(WORDS))]
    conn.execute("CREATE TEMP TABLE v AS SELECT row_number() OVER () - 1 AS i, w FROM "
                 "(SELECT unnest(?::VARCHAR[]) AS w)", [words])
    n_countries = len(countries)
    # actors: the countries, and people spread over them with the same skew
    conn.execute(f"""
        CREATE TEMP TABLE actors AS
        SELECT i, 'sb:country-' || lower(iso) AS id, iso AS name, 'country' AS type, iso AS country,
               iso AS code FROM c
        UNION ALL
        SELECT {n_countries} + p, 'sb:person-' || p, 'Person ' || p, 'person', c.iso,
               c.iso || CASE WHEN p % 3 = 0 THEN 'MIL' ELSE 'GOV' END
        FROM range({PEOPLE}) r(p) JOIN c ON c.i = CAST(floor(pow(hash(p) % 1000000 / 1e6, {SKEW}) * {n_countries})
                                                        AS INTEGER)""")
    conn.execute("INSERT INTO entities SELECT id, name, type, country, code FROM actors")
    # sentences: ten per article, each one of TEMPLATES sentences of words drawn with a Zipf-like skew
    conn.execute(f"""
        CREATE TEMP TABLE templates AS
        SELECT s AS i, string_agg(v.w, ' ' ORDER BY k) AS text
        FROM range({TEMPLATES}) r(s), range({WORDS_PER_SENTENCE}) q(k)
        JOIN v ON v.i = CAST(floor(pow(random(), 3) * {VOCABULARY}) AS INTEGER)
        GROUP BY s""")
    conn.execute(f"""
        INSERT INTO sentences
        SELECT 'a' || (s // {SENTENCES_PER_ARTICLE}), s % {SENTENCES_PER_ARTICLE}, s % {SENTENCES_PER_ARTICLE},
               0, length(t.text), t.text
        FROM range({articles * SENTENCES_PER_ARTICLE}) r(s) JOIN templates t ON t.i = hash(s) % {TEMPLATES}""")
    timings["sentences"] = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute(f"""
        INSERT INTO documents
        SELECT 'a' || a, 'synthetic/' || a || '.md', NULL, 'markdown', NULL, 'article', NULL, TIMESTAMP '2026-01-01'
        FROM range({articles}) r(a)""")
    conn.execute(f"""
        INSERT INTO articles (id, language, title, summary, published, authors, section, image_url, image_caption,
                              headings, paragraphs, removed, related, extractor, "json")
        SELECT 'a' || a, CASE WHEN hash(a) % 10 < 7 THEN 'hi' ELSE 'en' END,
               array_to_string(list_slice(string_split(p[1], ' '), 1, 8), ' '), NULL,
               DATE '{FIRST_DAY}' + CAST(hash(a * 7) % {DAYS} AS INTEGER), [], NULL, NULL, NULL, [], p, [], '[]',
               'markdown-rules', '{{}}'
        FROM (SELECT CAST(substr(article_id, 2) AS BIGINT) AS a, list(text ORDER BY id) AS p
              FROM sentences GROUP BY article_id)""")
    timings["articles"] = time.perf_counter() - started
    started = time.perf_counter()
    per_article = max(events // articles, 1)
    conn.execute(f"""
        CREATE TEMP TABLE raw AS
        SELECT e, e // {per_article} AS a, e % {SENTENCES_PER_ARTICLE} AS sent,
               CAST(floor(pow(random(), {SKEW}) * {n_countries}) AS INTEGER) AS sc,
               CAST(floor(pow(random(), {SKEW}) * {n_countries}) AS INTEGER) AS tc,
               random() < 0.5 AS sperson, random() < 0.3 AS tperson,
               CAST(floor(random() * {len(CAMEO)}) AS INTEGER) AS k,
               CAST(floor(random() * 3) AS INTEGER) AS lag
        FROM range({events}) r(e)""")
    conn.execute(f"""
        CREATE TEMP TABLE ev AS
        SELECT r.e, r.a, r.sent, r.k, r.lag,
               CASE WHEN r.sperson THEN coalesce(sp.id, sc.id) ELSE sc.id END AS s_id,
               CASE WHEN r.tperson THEN coalesce(tp.id, tc.id) ELSE tc.id END AS t_id
        FROM raw r
        JOIN actors sc ON sc.i = r.sc
        JOIN actors tc ON tc.i = (CASE WHEN r.tc = r.sc THEN (r.tc + 1) % {n_countries} ELSE r.tc END)
        LEFT JOIN (SELECT country, list(id) AS ids FROM actors WHERE type = 'person' GROUP BY country) spl
               ON spl.country = sc.country
        LEFT JOIN (SELECT country, list(id) AS ids FROM actors WHERE type = 'person' GROUP BY country) tpl
               ON tpl.country = tc.country
        LEFT JOIN actors sp ON sp.id = spl.ids[1 + CAST(hash(r.e) % greatest(len(spl.ids), 1) AS INTEGER)]
        LEFT JOIN actors tp ON tp.id = tpl.ids[1 + CAST(hash(r.e * 31) % greatest(len(tpl.ids), 1) AS INTEGER)]""")
    conn.execute("""
        INSERT INTO events
        SELECT 'e' || ev.e, 'a' || ev.a, k.code, substr(k.code, 1, 2), k.label, NULL, k.quad, k.goldstein,
               s.id, s.name, s.country, s.code, t.id, t.name, t.country, t.code,
               art.published - ev.lag, 'day', NULL, NULL, [], false, 'asserted', 0.5 + (ev.e % 40) / 100.0,
               ev.sent, 0, 20, 'synthetic evidence'
        FROM ev JOIN cameo k ON k.i = ev.k JOIN actors s ON s.id = ev.s_id JOIN actors t ON t.id = ev.t_id
        JOIN articles art ON art.id = 'a' || ev.a""")
    conn.execute("""
        INSERT INTO mentions
        SELECT article_id, source_entity, sentence, 0, 5, source_name, 'exact' FROM events
        UNION ALL
        SELECT article_id, target_entity, sentence, 6, 11, target_name, 'exact' FROM events""")
    timings["events"] = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("""
        INSERT INTO search_terms
        SELECT term, article_id, count(*) FROM (
            SELECT article_id, unnest(string_split(text, ' ')) AS term FROM sentences)
        GROUP BY term, article_id""")
    conn.execute("""
        INSERT INTO search_docs
        SELECT article_id, sum(tf) FROM search_terms GROUP BY article_id""")
    timings["search index"] = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("BEGIN TRANSACTION")
    store_clusters.refresh(conn)
    conn.execute("COMMIT")
    timings["clusters"] = time.perf_counter() - started
    conn.execute("CHECKPOINT")
    conn.close()
    return timings


def _time(samples: list[Callable[[], Any]]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU: every thread of this process, DuckDB's too)."""
    samples[0]()  # warm the caches once
    wall, cpu = [], []
    for run in samples:
        started, used = time.perf_counter(), time.process_time()
        run()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def measure(path: Path, *, runs: int, seed: int = 11) -> dict[str, tuple[float, float, float]]:
    """Times each query ``runs`` times on the store at ``path``; returns wall p50, wall p95 and CPU p50 (ms)."""
    from sambandh.query.actors import resolve_actor
    from sambandh.query.connections import connections
    from sambandh.query.events import event_clusters
    from sambandh.query.profile import actor_profile
    from sambandh.query.search import search
    from sambandh.query.timeline import dyad_timeline
    from sambandh.query.trending import trending

    rng = random.Random(seed)
    results: dict[str, tuple[float, float, float]] = {}
    with Store.open(path, read_only=True) as store:
        busiest = [row[0] for row in store.sql("""
            SELECT source_country FROM events GROUP BY source_country ORDER BY count(*) DESC LIMIT 20""")]
        people = [row[0] for row in store.sql("""
            SELECT source_entity FROM events WHERE source_entity LIKE 'sb:person-%'
            GROUP BY source_entity ORDER BY count(*) DESC LIMIT 20""")]
        actors = {key: resolve_actor(store, key) for key in busiest + people}

        def pair() -> tuple[Any, Any]:
            a, b = rng.sample(busiest, 2)
            return actors[a], actors[b]

        pairs = [pair() for _ in range(runs)]
        one = [actors[rng.choice(busiest + people)] for _ in range(runs)]
        queries = [" ".join(rng.sample(WORDS, rng.randint(1, 3))) for _ in range(runs)]
        year = [date(2024, 1, 1), date(2024, 12, 31)]
        plan: dict[str, list[Callable[[], Any]]] = {
            "dyad timeline": [lambda p=p: dyad_timeline(store, *p, by="month") for p in pairs],
            "actor profile": [lambda a=a: actor_profile(store, a) for a in one],
            "connections": [lambda p=p: connections(store, *p, since=year[0], until=year[1]) for p in pairs],
            "connections (all dates)": [lambda p=p: connections(store, *p) for p in pairs],
            "search": [lambda q=q: search(store, q) for q in queries],
            "events (a dyad)": [lambda p=p: event_clusters(store, actor=p[0], other=p[1]) for p in pairs],
            "trending dyads": [lambda: trending(store, kind="dyads")] * max(runs // 3, 2),
        }
        for name, samples in plan.items():
            wall, cpu = _time(samples)
            results[name] = (*_percentiles(wall), statistics.median(cpu))
    return results


def ingest(folder: Path, *, copies: int) -> tuple[float, int, int]:
    """Ingests ``copies`` unique copies of examples/ (Markdown and HTML) into a new store; returns seconds,
    articles added and the bytes the store grew by per article."""
    from sambandh.model import Article
    from sambandh.pipeline import Pipeline

    inputs = folder / "inputs"
    for n in range(copies):
        for page in sorted((ROOT / "examples" / "hi").glob("*.md")):
            target = inputs / f"copy{n}" / page.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.read_text("utf-8") + f"\n\nप्रति {n}।\n", encoding="utf-8")
        for page in sorted((ROOT / "examples" / "html").glob("*.html")):
            text = page.read_text("utf-8").replace("</body>", f"<p>Copy {n}.</p></body>")
            (inputs / f"copy{n}" / page.name).write_text(text, encoding="utf-8")
    path = folder / "ingest.duckdb"
    pipeline = Pipeline()
    list(pipeline.run([ROOT / "examples" / "hi" / "kim-putin-vostochny-2023.md"]))  # load models and tables once
    folders = sorted(inputs.iterdir())
    half = len(folders) // 2
    seconds, articles, sizes = 0.0, 0, []
    # two halves, so that the size per article is the second half's growth, free of the fixed cost of
    # a new file (a block per table and index)
    for part in (folders[:half], folders[half:]):
        started = time.perf_counter()
        with Store.open(path) as store:
            written = store.add_articles(a for a in pipeline.run(part) if isinstance(a, Article))
        seconds += time.perf_counter() - started
        articles += written.articles
        with duckdb.connect(str(path)) as conn:
            conn.execute("CHECKPOINT")
        sizes.append((written.articles, path.stat().st_size))
    (_, first), (second_articles, total) = sizes
    return seconds, articles, (total - first) / max(second_articles, 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30, help="Timed runs per query.")
    parser.add_argument("--copies", type=int, default=20, help="Copies of examples/ to ingest; 0 skips it.")
    parser.add_argument("--store", type=Path, default=None,
                        help="Build the synthetic store here and keep it; reuse it when it exists.")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:] if __name__ == "__main__" else [])
    folder = Path(tempfile.mkdtemp(prefix="sambandh-bench-"))
    try:
        print(f"query benchmark: {args.events:,} events, {args.articles:,} articles (synthetic)")
        path = args.store or folder / "synthetic.duckdb"
        if not path.exists():
            started = time.perf_counter()
            steps = build(path, events=args.events, articles=args.articles)
            print(f"  built in {time.perf_counter() - started:.1f}s ("
                  + ", ".join(f"{k} {v:.1f}s" for k, v in steps.items()) + ")")
        size = path.stat().st_size
        print(f"  store {size / 2**20:.0f} MiB, {size / args.articles * 100_000 / 2**20:.0f} MiB per 100,000 articles")
        scale = args.events / 1_000_000
        print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; wall-clock p50/p95, and CPU p50 "
              "(all threads of this process)")
        for name, (p50, p95, cpu) in measure(path, runs=args.runs).items():
            target = TARGETS_MS.get(name)
            verdict = (f"  target p50 < {target} ms: {'ok' if p50 < target else 'MISSED'}"
                       + ("" if scale == 1 else " (target is for 1M events)")) if target else ""
            print(f"  {name:<24} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   cpu {cpu:7.1f} ms{verdict}")
        if args.copies:
            seconds, articles, per_article = ingest(folder, copies=args.copies)
            print(f"  ingest (pipeline + store, one process, models loaded): {articles} articles in {seconds:.1f}s, "
                  f"{articles / seconds:.1f} articles/s; {per_article / 1024:.1f} KiB per article, "
                  f"{per_article * 100_000 / 2**30:.2f} GiB per 100,000 such articles")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
