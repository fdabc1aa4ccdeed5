# sambandh: the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sambandh.duckdb
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean setup train-ner api-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Ingest the bundled examples into the embedded DuckDB file and print the report.
run: $(STAMP)
	$(BIN)/sambandh ingest examples --db $(DB)
	$(BIN)/sambandh report --db $(DB)

## Install dev dependencies and run the test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/run.py

## Retrain the Hindi name tagger (sambandh/entities/data/ner.crfsuite, ner_vocab.tsv) on ../shared IL-NER train.
train-ner: $(STAMP)
	$(BIN)/python tools/train_ner.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal build *.egg-info

## Fuzz the REST API against its own OpenAPI schema (schemathesis, in process; also part of `make test`).
api-check: $(STAMP)
	$(BIN)/python -m pytest -q tests/api/test_schemathesis.py
