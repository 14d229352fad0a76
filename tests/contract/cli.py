"""The schemathesis CLI as the contract tests run it: over a mock (fuzzing freely) or a live API
(politely, tests/contract/live.py). Its JUnit report and VCR cassette go to build/contract/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from codegen.sdkfacts import request_headers
from contract.live import budget, config_text, live_max_examples, live_options, meaningful_problems, negative_wanted
from specmodel import ROOT, load, spec_path
from targets import Target, known_values

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    # schemathesis' content_type_conformance and response_schema_conformance, except on an empty answer the
    # spec declares with `x-empty-body` (booster's 401); registered by the hooks file below.
    "content_type_conformance_or_declared_empty",
    "response_schema_conformance_or_declared_empty",
    "negative_data_rejection",
    "ignored_auth",
)
HOOKS = ROOT / "scripts" / "mocks" / "schemathesis_checks.py"
SEED = os.environ.get("CONTRACT_SEED", "20261122")
MAX_EXAMPLES = os.environ.get("CONTRACT_MAX_EXAMPLES", "40")
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
REPORTS = ROOT / "build" / "contract"


def accept_header(key: str) -> dict[str, str]:
    """The Accept (and required Content-Type) every operation of the provider sends."""
    spec = load(key)
    merged: dict[str, str] = {}
    for op in spec.operations.values():
        merged.update({k: v for k, v in request_headers(op).items() if k != "Content-Type"})
    return merged


def live_headers(key: str) -> dict[str, str]:
    """accept_header plus a required Content-Type where no operation sends a body (ActivePlatform's
    GETs): without it every live request would be refused with 415 and no success answer checked.
    The mock run leaves it out, as before, and checks the 415."""
    spec = load(key)
    ops = spec.operations.values()
    merged = accept_header(key)
    if not any(op.request_body is not None for op in ops):
        for op in ops:
            merged.update({k: v for k, v in request_headers(op).items() if k == "Content-Type"})
    return merged


def run_schemathesis(
    target: Target,
    report_name: str,
    options: list[str] | None = None,
    config: str | None = None,
    headers: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The CLI over `target`: the mock run's options by default; `options` (the live run's) come after
    them and win; `config` is a schemathesis.toml text (the live run's known ids)."""
    headers = {**(accept_header(target.key) if headers is None else headers), **target.auth_headers()}
    REPORTS.mkdir(parents=True, exist_ok=True)
    config_args: list[str] = []
    if config is not None:
        config_path = REPORTS / f"{report_name}.toml"
        config_path.write_text(config, encoding="utf-8")
        config_args = ["--config-file", str(config_path)]
    cmd = [
        str(SCHEMATHESIS),
        *config_args,
        "run",
        str(spec_path(target.key)),
        "--url",
        target.base_url,
        "--checks",
        ",".join(CHECKS),
        "--mode",
        "all",
        "--seed",
        SEED,
        "--max-examples",
        MAX_EXAMPLES,
        "--no-shrink",
        "--report",
        "junit,vcr",
        "--report-junit-path",
        str(REPORTS / f"{report_name}.xml"),
        "--report-vcr-path",
        str(REPORTS / f"{report_name}.cassette.yaml"),
        *(options or []),
    ]
    for name, value in headers.items():
        cmd += ["--header", f"{name}: {value}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)}
    return subprocess.run(cmd, capture_output=True, text=True, check=False, env=env, timeout=600)


class MissingKnownIds(Exception):
    """The live run needs ids that exist on the API; the message names the variables to set."""


def run_live(
    target: Target, report_name: str, *, rate: str | None = None
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The polite live run against `target`: the CLI's result, and why the run proved too little.
    `rate` replaces the provider's rate, only for tests that point the live plan at a mock."""
    values, missing = known_values(target.key, target.base_url)
    if missing:
        raise MissingKnownIds(f"live contract test for {target.key}: set {', '.join(missing)} (ids that exist there)")
    negative, max_examples = negative_wanted(), live_max_examples()
    print(budget(target.key, max_examples=max_examples, negative=negative).describe())
    options = live_options(target.key, max_examples=max_examples, negative=negative)
    if rate is not None:
        options[options.index("--rate-limit") + 1] = rate
    proc = run_schemathesis(target, report_name, options, config_text(target.key, values), live_headers(target.key))
    cassette = REPORTS / f"{report_name}.cassette.yaml"
    return proc, meaningful_problems(target.key, cassette, target.base_url, negative=negative)
