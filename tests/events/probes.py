"""For the probe tests: our own Hindi articles with gold triples, scored as ``sambandh eval events`` scores them."""

import json
from pathlib import Path

from sambandh import analyze
from sambandh.eval.events import event_triples

DATA = Path(__file__).parent / "data"
SKIP_ROOTS = frozenset({"01"})  # as in docs/gold: statements are not annotated


def articles(name):
    """The articles of ``data/<name>.jsonl``: id, title, text, published and gold (source, target, root) lists."""
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines() if line.strip()]


def numbered(items, prefix, count):
    """Whether the articles are ``<prefix>01`` to ``<prefix><count>`` in order, each with well-formed gold."""
    return [i["id"] for i in items] == [f"{prefix}{n:02d}" for n in range(1, count + 1)] and all(
        item["gold"] and all(len(g) == 3 and len(g[2]) == 2 for g in item["gold"]) for item in items)


def score(items):
    """F1, precision and recall of the coder's triples over ``items`` (root 01 left out)."""
    tp = fp = fn = 0
    for item in items:
        article = analyze(item["text"], title=item["title"], language="hi", published=item["published"])
        got = {t for t in event_triples(article.events) if t[2] not in SKIP_ROOTS}
        gold = {tuple(g) for g in item["gold"]}
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def of_parity(items, parity):
    """The odd-numbered (``parity`` 1, work) or even-numbered (0) articles."""
    return [item for item in items if int(item["id"][1:]) % 2 == parity]


def half_f1(name, parity):
    """F1 of the odd-numbered (``parity`` 1) or even-numbered (0) articles of ``data/<name>.jsonl``."""
    return score(of_parity(articles(name), parity))[0]
