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

## Retrain the Hindi name taggers (sambandh/entities/data/ner.crfsuite, ner_vocab.tsv, ner_context.*) on ../shared
## IL-NER train. Fine-tuning the contextual tagger's e5 layers needs torch (CPU), at training time only: it is
## installed into the venv from TORCH_WHEEL when that file exists; else install it yourself (see tools/finetune_ner.py).
TORCH_WHEEL ?= /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
train-ner: $(STAMP)
	@$(BIN)/python -c "import torch" 2>/dev/null || { \
	  if [ -f "$(TORCH_WHEEL)" ]; then $(BIN)/pip install --quiet "$(TORCH_WHEEL)"; \
	  else echo "train-ner needs torch (CPU) to fine-tune the contextual tagger; install it with:" \
	    "$(BIN)/pip install torch --index-url https://download.pytorch.org/whl/cpu"; exit 1; fi; }
	$(BIN)/python tools/train_ner.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal build *.egg-info

## Fuzz the REST API against its own OpenAPI schema (schemathesis, in process; also part of `make test`).
api-check: $(STAMP)
	$(BIN)/python -m pytest -q tests/api/test_schemathesis.py
