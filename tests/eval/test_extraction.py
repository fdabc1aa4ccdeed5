"""Token scores for extraction, and the benchmark run when ../shared holds it."""

import gzip
import json

import pytest
from tests_support import shared_path

from sambandh.errors import InputError
from sambandh.eval.extraction import evaluate, load_gold, token_scores


def test_extraction_token_scores_count_repeated_words():
    scores = token_scores("the cat and the dog", "the cat")
    assert scores.precision == 1.0
    assert scores.recall == pytest.approx(2 / 5)


def test_extraction_token_scores_keep_devanagari_words_whole():
    scores = token_scores("रूस ने बातचीत की", "रूस ने बात की")
    assert scores.precision == pytest.approx(3 / 4)


def test_extraction_token_scores_of_two_empty_texts():
    assert token_scores("", "").f1 == 1.0
    assert token_scores("some words", "").f1 == 0.0


def test_extraction_evaluate_on_a_gold_folder_we_write(tmp_path):
    (tmp_path / "html").mkdir()
    story = "<p>" + " ".join(["The ministers met in Geneva and agreed to meet again next month."] * 4) + "</p>"
    page = f"<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>{story}</article></body></html>"
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    body = " ".join(["The ministers met in Geneva and agreed to meet again next month."] * 4)
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": body, "url": None}}))
    results = {r.name: r for r in evaluate(tmp_path)}
    assert set(results) == {"sambandh", "trafilatura", "trafilatura-precision"}
    assert results["sambandh"].mean.f1 > 0.9


def test_extraction_gold_folder_without_truth_is_an_error(tmp_path):
    with pytest.raises(InputError, match="E016"):
        list(load_gold(tmp_path))


@pytest.mark.shared
def test_extraction_benchmark_beats_trafilatura_alone():
    results = {r.name: r.mean.f1 for r in evaluate(shared_path("eval/extraction-aeb"))}
    assert results["sambandh"] >= 0.97
    assert results["sambandh"] > results["trafilatura"]
    assert results["sambandh"] > results["trafilatura-precision"]
