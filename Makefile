# asyncstatus: every target bootstraps what it needs from python3 and npm alone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
REDOCLY := node_modules/.bin/redocly
SPECS := $(wildcard specs/*.yaml)
PROVIDER ?= bol
PORT ?= 8080
BUILD := build
PYTEST_ARGS ?=
# make bench BENCH_ARGS=--write-readme also puts the figures into README.md
BENCH_ARGS ?=

.PHONY: help setup generate check-generated lint lint-specs lint-code docs test test-fast mock demo bench clean lock

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# --- bootstrap (implicit) ---------------------------------------------------------------------
$(VENV)/.installed: requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(VENV)/.installed node_modules/.installed ## install the pinned tools (done implicitly by every target)

lock: ## re-pin the Python tools after editing requirements.in
	$(PYTHON) -m venv $(BUILD)/uv && $(BUILD)/uv/bin/pip install --quiet uv
	$(BUILD)/uv/bin/uv pip compile --python-version 3.11 --generate-hashes requirements.in -o requirements.lock

# --- generation -------------------------------------------------------------------------------
generate: $(VENV)/.installed ## rebuild generated/ (SDK packages and pydantic models) from specs/
	$(PY) scripts/generate.py

check-generated: $(VENV)/.installed ## fail with a diff when generated/ is stale
	$(PY) scripts/generate.py --check

# --- lint -------------------------------------------------------------------------------------
lint: lint-specs lint-code ## specs (openapi-spec-validator, Redocly recommended) and code (ruff, mypy)

lint-specs: $(VENV)/.installed node_modules/.installed
	$(PY) scripts/lint_specs.py $(SPECS)
	$(REDOCLY) lint --format=stylish $(SPECS)

lint-code: $(VENV)/.installed
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/mypy scripts tests
	$(PY) scripts/typecheck_generated.py

# --- docs -------------------------------------------------------------------------------------
docs: node_modules/.installed $(VENV)/.installed ## HTML API reference per provider into build/docs/
	$(PY) scripts/build_docs.py $(BUILD)/docs

# --- tests ------------------------------------------------------------------------------------
test: lint check-generated docs ## everything CI runs: lint, generated-code check, all tests (JUnit: build/junit.xml)
	$(BIN)/pytest --junitxml=$(BUILD)/junit.xml $(PYTEST_ARGS)

test-fast: $(VENV)/.installed ## the pytest suite only
	$(BIN)/pytest $(PYTEST_ARGS)

# --- running things ---------------------------------------------------------------------------
mock: $(VENV)/.installed ## serve one provider's mock: make mock PROVIDER=bol PORT=8080
	PYTHONPATH=tests:scripts $(PY) -m mocks $(PROVIDER) --port $(PORT)

demo: $(VENV)/.installed ## start the five mocks, wait for processes on each with the SDK waiters, print a summary
	PYTHONPATH=tests:scripts $(PY) scripts/demo.py

bench: $(VENV)/.installed ## SDK against raw httpx, parsing, bulk waiting and generation time on the bol mock
	PYTHONPATH=tests:scripts $(PY) scripts/bench.py $(BENCH_ARGS)

clean: ## remove build output and installed tools
	rm -rf $(BUILD) $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
