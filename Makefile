# sambandh: the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sambandh.duckdb
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean setup

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

clean:
	rm -rf $(VENV) $(DB) $(DB).wal build *.egg-info
