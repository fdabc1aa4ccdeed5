"""Entity linking: mentions/s and sentences/s on one core, and the memory of the loaded knowledge base.

Articles are the real Hindi news of ../shared/corpora/bbc-hindi when present (the first 300), else
examples/. Sentences are split beforehand, so the time is the linker's alone.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from sambandh.entities.linker import link_entities
from sambandh.kb.base import builtin
from sambandh.model import Article
from sambandh.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpora" / "bbc-hindi" / "articles.jsonl"
LIMIT = 300
ROUNDS = 2
_MEMORY = """
import tracemalloc
tracemalloc.start()
from sambandh.kb.base import builtin
from sambandh.entities.matcher import matcher_for
kb = builtin()
after_kb = tracemalloc.get_traced_memory()[0]
matcher_for(kb)
print(after_kb, tracemalloc.get_traced_memory()[0])
"""


def _articles() -> tuple[str, list[Article]]:
    source = BBC if BBC.is_file() else ROOT / "examples"
    pipeline = Pipeline(disable=("entities", "events"))
    articles = []
    for item in pipeline.run([source]):
        if isinstance(item, Article):
            articles.append(replace(item, entities=(), actors=()))
        if len(articles) >= LIMIT:
            break
    label = f"{len(articles)} BBC Hindi articles" if source == BBC else f"{len(articles)} example articles"
    return label, articles


def main() -> None:
    label, articles = _articles()
    kb = builtin()
    link_entities(articles[0], kb=kb)  # build the matcher
    sentences = sum(len(a.sentences) for a in articles) * ROUNDS
    mentions = 0
    started = time.process_time()
    for _ in range(ROUNDS):
        for article in articles:
            linked = link_entities(article, kb=kb)
            mentions += sum(len(entity.mentions) for entity in linked.entities)
    seconds = time.process_time() - started
    print(f"entity linking, one core, {ROUNDS} rounds of {label}:")
    print(f"  {mentions} mentions in {sentences} sentences, {seconds:.2f} s CPU: "
          f"{mentions / seconds:.0f} mentions/s, {sentences / seconds:.0f} sentences/s per core")
    out = subprocess.run([sys.executable, "-c", _MEMORY], capture_output=True, text=True, check=True).stdout.split()
    kb_bytes, with_matcher = int(out[0]), int(out[1])
    print(f"knowledge base in memory: {kb_bytes / 1e6:.1f} MB; with the alias matcher: {with_matcher / 1e6:.1f} MB "
          f"({len(kb.entities)} entities, {len(kb.aliases)} aliases, {len(kb.roles)} roles)")


if __name__ == "__main__":
    main()
