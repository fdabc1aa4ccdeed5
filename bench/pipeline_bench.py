"""Throughput of the pipeline on the bundled examples: documents/s and sentences/s on one core.

Run with ``make bench``. Numbers depend on the machine; the report names it.
"""

from __future__ import annotations

import cProfile
import dataclasses
import pstats
import time
from collections import Counter
from pathlib import Path

from sambandh.model import Article
from sambandh.pipeline import Pipeline, Stage

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# Repeat the example set this many times so one run lasts long enough to time.
ROUNDS = 5
# Functions listed in the profile: those with the most time of their own.
PROFILE_TOP = 8


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
    print_profile()


def print_profile() -> None:
    """Where the time goes: CPU seconds per stage (reading and extraction are the rest), then the functions
    with the most time of their own under cProfile (Python's built-ins left out)."""
    spent: Counter[str] = Counter()
    started = time.process_time()
    for _ in range(ROUNDS):
        pipeline = Pipeline()
        pipeline.stages = tuple(_timed(stage, spent) for stage in pipeline.stages)
        list(pipeline.run([EXAMPLES]))
    total = time.process_time() - started
    spent["read + extract"] = total - sum(spent.values())
    print("  time by stage: " + ", ".join(f"{name} {seconds / total:.0%}" for name, seconds in spent.most_common()))
    profile = cProfile.Profile()
    profile.runcall(lambda: list(Pipeline().run([EXAMPLES])))
    stats = pstats.Stats(profile)
    ours = [item for item in stats.stats.items() if item[0][0] != "~"]  # type: ignore[attr-defined]  # no built-ins
    own = sorted(ours, key=lambda item: -item[1][2])[:PROFILE_TOP]
    whole = sum(entry[2] for entry in stats.stats.values())  # type: ignore[attr-defined]
    print("  most own time: " + ", ".join(
        f"{Path(file).stem}.{function} {entry[2] / whole:.0%}" for (file, _, function), entry in own))


def _timed(stage: Stage, spent: Counter[str]) -> Stage:
    def run(article: Article, **kwargs: object) -> Article:
        started = time.process_time()
        try:
            return stage.function(article, **kwargs)
        finally:
            spent[stage.name] += time.process_time() - started
    return dataclasses.replace(stage, function=run)


if __name__ == "__main__":
    main()
