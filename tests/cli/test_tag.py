"""`sambandh tag --conll` and `sambandh eval ner`, on files we write."""

import json

from click.testing import CliRunner

from sambandh.cli import main

CONLL = "रूस\tO\nके\tO\nराष्ट्रपति\tO\nव्लादिमीर\tO\nपुतिन\tO\nने\tO\nकहा\tO\n\n\nयह\tO\nठीक\tO\nहै\tO\n"
GOLD = "रूस\tB-LOC\nके\tO\nराष्ट्रपति\tO\nव्लादिमीर\tB-PER\nपुतिन\tI-PER\nने\tO\nकहा\tO\n\nयह\tO\nठीक\tO\nहै\tO\n"


def _sentences(output):
    return [block.splitlines() for block in output.strip("\n").split("\n\n")]


def test_cli_tag_keeps_sentences_and_tokens(tmp_path):
    source = tmp_path / "tokens.conll"
    source.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", "--conll", str(source)])
    assert result.exit_code == 0, result.output
    sentences = _sentences(result.output)
    assert [len(s) for s in sentences] == [7, 3]
    rows = [line.split("\t") for line in sentences[0]]
    assert [token for token, _ in rows] == ["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "कहा"]
    assert rows[0][1] == "B-LOC"
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for _, tag in rows)


def test_cli_tag_reads_standard_input():
    result = CliRunner().invoke(main, ["tag", "--conll", "-"], input="भारत\nऔर\nचीन\n")
    assert result.exit_code == 0, result.output
    assert len(_sentences(result.output)[0]) == 3


def test_cli_eval_ner_scores_the_tagger(tmp_path):
    gold = tmp_path / "gold.conll"
    gold.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", "--gold", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) >= {"PER", "LOC", "ORG", "all"}
    assert scores["all"]["gold"] == 2


def test_cli_eval_ner_scores_a_predicted_file(tmp_path):
    gold = tmp_path / "gold.conll"
    gold.write_text(GOLD, encoding="utf-8")
    predicted = tmp_path / "predicted.tsv"
    predicted.write_text(GOLD.replace("I-PER", "O"), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", "--gold", str(gold), "--predicted", str(predicted)])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("all"))
    assert line.split()[1:4] == ["2", "2", "1"]


def test_cli_tag_fast_skips_the_contextual_tagger(tmp_path, monkeypatch):
    from sambandh.entities import contextual

    def refuse(*args, **kwargs):
        raise AssertionError("--fast must not load the encoder")

    monkeypatch.setattr(contextual.ContextModel, "load", refuse)
    source = tmp_path / "tokens.conll"
    source.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", "--fast", "--conll", str(source)])
    assert result.exit_code == 0, result.output
    assert _sentences(result.output)[0][0] == "रूस\tB-LOC"
