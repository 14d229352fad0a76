"""The live contract run: what it sends to a provider's production (or demo) API, and at most how much.

The mock run fuzzes freely (negative data, 40 examples an operation, no pause). A provider would not
tolerate that, and it proves little: random ids never exist, so no success answer is ever checked. A
live run is therefore:

- polite: `--rate-limit` below the provider's documented limit (scripts/targets.py LIVE_RATES), one
  worker, a bounded number of examples, positive data only unless CONTRACT_NEGATIVE=1, and only
  the fuzzing phase (the examples and coverage phases send a number of requests that depends on the
  spec, and spec example ids that belong to nobody);
- meaningful: every id parameter is drawn from values that exist (scripts/targets.py KNOWN_VALUES:
  BOL_KNOWN_IDS, ...), bound with schemathesis dictionaries, and the run fails unless every
  operation that declares a success answer got one (`meaningful_problems`).

Run `python -m contract.live` (PYTHONPATH=tests:scripts) to print the request budget per provider."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from codegen.sdkfacts import security, waiter
from providers import KEYS as PROVIDERS
from schemathesis.engine.run.probes import PROBES
from specmodel import load
from targets import LIVE_RATES, bindings

DEFAULT_MAX_EXAMPLES = 10  # per operation; CONTRACT_LIVE_MAX_EXAMPLES overrides
NEGATIVE_VARIABLE = "CONTRACT_NEGATIVE"
MAX_EXAMPLES_VARIABLE = "CONTRACT_LIVE_MAX_EXAMPLES"


def negative_wanted(env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return env.get(NEGATIVE_VARIABLE, "").strip().lower() in {"1", "true", "yes"}


def live_max_examples(env: Mapping[str, str] | None = None) -> int:
    env = os.environ if env is None else env
    raw = env.get(MAX_EXAMPLES_VARIABLE, "").strip() or str(DEFAULT_MAX_EXAMPLES)
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{MAX_EXAMPLES_VARIABLE}={raw!r}: give a whole number of at least 1")
    return int(raw)


@dataclass(frozen=True)
class Budget:
    """The most requests one live run sends to a provider, and what they are."""

    key: str
    operations: int
    max_examples: int
    modes: int  # 1 (positive) or 2 (positive and negative)
    auth_probes: int  # ignored_auth: one request without and one with invalid credentials per operation
    capability_probes: int  # schemathesis' probes of the server before the run
    replays: int  # hypothesis runs a failing case once more to report it, one per operation at most
    token: int  # bol: the OAuth2 token request (to the token URL)

    @property
    def generated(self) -> int:
        return self.operations * self.max_examples * self.modes

    @property
    def total(self) -> int:
        return self.generated + self.auth_probes + self.capability_probes + self.replays + self.token

    def seconds(self) -> float:
        """How long the run takes at least at the provider's rate."""
        return self.total / LIVE_RATES[self.key].per_second

    def describe(self) -> str:
        rate = LIVE_RATES[self.key]
        return (
            f"{self.key}: at most {self.total} requests at {rate.rate} (~{self.seconds():.0f} s): "
            f"{self.operations} operations x {self.max_examples} examples x {self.modes} mode(s) = {self.generated}, "
            f"+ {self.auth_probes} auth probes, {self.capability_probes} capability probes, "
            f"{self.replays} failure replays, {self.token} token request(s); rate basis: {rate.basis}"
        )


def read_only(key: str) -> list[str]:
    """The operations a live run may send: reads (GET, HEAD) and the status query the spec's x-async-status
    names as its bulk read (bol's POST of ids). A live run never creates, changes or deletes anything on
    the user's account (bol's push subscriptions are operations of the same spec)."""
    spec = load(key)
    facts = waiter(spec)
    bulk = facts["bulk"]["operation_id"] if facts and facts.get("bulk") else None
    return [op_id for op_id, op in spec.operations.items() if op.method.upper() in ("GET", "HEAD") or op_id == bulk]


def budget(key: str, *, max_examples: int, negative: bool) -> Budget:
    spec = load(key)
    ops = len(read_only(key))
    # ignored_auth sends its probes once per operation per run (schemathesis keeps a set of
    # operations already confirmed), one without credentials plus one per security parameter.
    return Budget(
        key=key,
        operations=ops,
        max_examples=max_examples,
        modes=2 if negative else 1,
        auth_probes=2 * ops,
        capability_probes=len(PROBES),
        replays=ops,
        token=1 if security(spec).kind == "client_credentials" else 0,
    )


def _toml_value(value: str | int) -> str:
    # JSON string escapes are valid TOML basic strings; integers are written as integers.
    return str(value) if isinstance(value, int) else json.dumps(value)


def config_text(key: str, values: dict[str, list[tuple[str, ...]]]) -> str:
    """A schemathesis.toml binding every id parameter to the values that exist (probability 1)."""
    lines = ["# written by tests/contract/live.py for the live run; ids only, no credentials", ""]
    bound = bindings(key, values)
    names = {param: f"known-{i}" for i, param in enumerate(sorted(bound))}
    for param in sorted(bound):
        lines += [f"[dictionaries.{names[param]}]", "values = [" + ", ".join(map(_toml_value, bound[param])) + "]", ""]
    lines.append("[parameters]")
    for param in sorted(bound):
        lines.append(f'{json.dumps(param)} = {{ dictionary = "{names[param]}", probability = 1.0 }}')
    return "\n".join(lines) + "\n"


def live_options(key: str, *, max_examples: int, negative: bool) -> list[str]:
    """The schemathesis `run` options that make a live run polite (see the module docstring)."""
    allowed = set(read_only(key))
    excluded = [
        arg for op_id in load(key).operations if op_id not in allowed for arg in ("--exclude-operation-id", op_id)
    ]
    return [
        *excluded,
        "--rate-limit",
        LIVE_RATES[key].rate,
        "--workers",
        "1",
        "--mode",
        "all" if negative else "positive",
        "--max-examples",
        str(max_examples),
        "--phases",
        "fuzzing",
        "--no-shrink",
    ]


def cassette_interactions(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: list[dict[str, Any]] = data.get("http_interactions") or []
    return found


def _operation_of(key: str, method: str, url: str, base_url: str) -> str | None:
    """The operationId a request went to, by method and path template (ids are single segments)."""
    path = url.split("?", 1)[0][len(base_url.rstrip("/")) :] or "/"
    for op_id, op in load(key).operations.items():
        template = op.path.strip("/").split("/")
        parts = path.strip("/").split("/")
        same_shape = op.method.upper() == method.upper() and len(template) == len(parts)
        if same_shape and all(t.startswith("{") or t == p for t, p in zip(template, parts, strict=True)):
            return op_id
    return None


def meaningful_problems(key: str, cassette: Path, base_url: str, *, negative: bool) -> list[str]:
    """Why the recorded run proves less than it should: an operation that declares a success answer
    never got one (the known ids do not exist there), or negative data sent when not asked for."""
    problems: list[str] = []
    answered: dict[str, set[int]] = {}
    for interaction in cassette_interactions(cassette):
        mode = (interaction.get("generation") or {}).get("mode")
        if mode == "negative" and not negative:
            problems.append(f"negative data sent without {NEGATIVE_VARIABLE}=1: {interaction['request']['uri']}")
        request, response = interaction["request"], interaction.get("response") or {}
        op_id = _operation_of(key, request["method"], request["uri"], base_url)
        if op_id and response:
            answered.setdefault(op_id, set()).add(int(response["status"]["code"]))
    allowed = set(read_only(key))
    for op_id, op in load(key).operations.items():
        if op_id not in allowed:
            continue  # never sent live (`read_only`)
        declared = [s for s in op.responses if s.startswith("2")]
        got = answered.get(op_id, set())
        if declared and not any(200 <= s < 300 for s in got):
            problems.append(
                f"{op_id}: no success answer in the live run (answers {sorted(got) or 'none'}): "
                "do the known ids exist on this API?"
            )
    return problems


def main() -> None:
    """Print the request budget of a live run for every provider (docs/contract-tests.md)."""
    max_examples = live_max_examples()
    negative = negative_wanted()
    for key in PROVIDERS:
        print(budget(key, max_examples=max_examples, negative=negative).describe())


if __name__ == "__main__":
    main()
