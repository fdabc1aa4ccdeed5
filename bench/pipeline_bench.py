"""Throughput of the pipeline on the bundled examples: documents/s and sentences/s on one core.

Run with ``make bench``. Numbers depend on the machine; the report names it.
"""

from __future__ import annotations

import time
from pathlib import Path

from sambandh.model import Article
from sambandh.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# Repeat the example set this many times so one run lasts long enough to time.
ROUNDS = 5


def main() -> None:
    pipeline = Pipeline()
    list(pipeline.run([EXAMPLES]))  # warm the caches: KB, lexicons, automaton
    documents = sentences = events = 0
    started = time.process_time()
    for _ in range(ROUNDS):
        for item in Pipeline().run([EXAMPLES]):  # a fresh pipeline: one run skips content it has seen
            documents += 1
            if isinstance(item, Article):
                sentences += len(item.sentences)
                events += len(item.events)
    seconds = time.process_time() - started
    print(f"pipeline (extract → sentences → entities → events), one core, {ROUNDS} rounds of examples/:")
    print(f"  {documents} documents, {sentences} sentences, {events} events in {seconds:.2f} s CPU")
    print(f"  {documents / seconds:.1f} documents/s, {sentences / seconds:.1f} sentences/s per core")


if __name__ == "__main__":
    main()
