"""Blind probes, third set: 8 Hindi world-politics articles of our own (2023-2025 events), scored as the eval
scores.

The articles and their gold triples (source country, target country, CAMEO root; root 01 skipped as in docs/gold)
are in ``data/hindi_probes_2026c.jsonl``, written before the coder was run on them, on events the first two sets do
not cover. All eight are *blind*: only their score is looked at, never the coder's output on them.
"""

import json
from pathlib import Path

from sambandh import analyze
from sambandh.eval.events import event_triples

PROBES = Path(__file__).parent / "data" / "hindi_probes_2026c.jsonl"
SKIP_ROOTS = {"01"}


def _articles():
    return [json.loads(line) for line in PROBES.read_text("utf-8").splitlines() if line.strip()]


def _score():
    tp = fp = fn = 0
    for item in _articles():
        article = analyze(item["text"], title=item["title"], language="hi", published=item["published"])
        got = {t for t in event_triples(article.events) if t[2] not in SKIP_ROOTS}
        gold = {tuple(g) for g in item["gold"]}
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def test_probe_file_is_eight_articles_with_gold():
    items = _articles()
    assert [i["id"] for i in items] == [f"Q{n:02d}" for n in range(1, 9)]
    for item in items:
        assert item["gold"] and all(len(g) == 3 and len(g[2]) == 2 for g in item["gold"]), item["id"]


def test_blind_probes_f1_floor():
    assert _score()[0] >= 0.64  # 0.667 (P .780, R .582) before this round's rules, 0.667 after; never tuned on
