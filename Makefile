# Two entry points: `make demo` and `make test`. Both create the virtual
# environment on first use, so a fresh clone needs nothing but Python 3.11.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test lint venv clean bench schema fuzz

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 not found as '$(PYTHON)'; run: make PYTHON=/path/to/python3.11 ..."; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m orgmodel.demo

# The gate first: ruff (lint) and mypy --strict over the package, benchmarks and tests; then the tests.
test: $(DEVSTAMP) lint
	$(BIN)/python -m pytest

lint: $(DEVSTAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/mypy tests

# Paired, interleaved benchmarks against their floors; exits 1 naming every missed target.
bench: $(STAMP)
	PYTHON=$(PYTHON) $(BIN)/python benchmarks/run_all.py

# Not part of `make test` (20,000 cases with rendering take about half an hour); the seed is printed.
N    ?= 2000
SEED ?=
JOBS ?= 2
fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py -n $(N) -j $(JOBS) $(if $(SEED),--seed $(SEED))

schema: $(STAMP)
	$(BIN)/orgmodel schema -o schema/orgmodel.schema.json

clean:
	rm -rf $(VENV)
