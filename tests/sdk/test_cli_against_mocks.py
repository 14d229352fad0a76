"""`python -m <package> wait` as a user runs it: a subprocess with the documented environment variables
pointing at a running mock, processes created through the mock's admin API. Exit codes, `--json`,
the progress lines on stderr, and secrets kept out of both streams."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from codegen.sdkfacts import cli, security, waiter
from mocks.server import RunningMock
from providers import PROVIDERS
from specmodel import load
from targets import mock_credentials

FAST = ("--interval", "0.05")


def facts(key: str) -> dict[str, Any]:
    found = cli(load(key))
    assert found is not None
    return found


def variables(running: RunningMock, *, wrong: bool = False) -> dict[str, str]:
    """The documented variables for the mock: <PREFIX>_BASE_URL and the credentials (wrong ones if asked)."""
    key = running.mock.key
    provider = PROVIDERS[key]
    creds = mock_credentials(key, running.mock.creds)
    sec = security(load(key))
    env = {provider.base_url_env: running.base_url}
    for c in sec.credentials:
        env[f"{provider.env_prefix}_{c.env_suffix}"] = ("wrong-" if wrong and c.secret else "") + creds[c.name]
    if sec.kind == "client_credentials":
        env[f"{provider.env_prefix}_TOKEN_URL"] = running.origin + "/token"
    return env


def secrets(running: RunningMock) -> list[str]:
    key = running.mock.key
    creds = mock_credentials(key, running.mock.creds)
    return [creds[c.name] for c in security(load(key)).credentials if c.secret]


class Run:
    """One started `python -m <package> wait ...`; `done()` waits for it and checks no secret leaked."""

    def __init__(
        self, running: RunningMock, args: tuple[str, ...], env: dict[str, str] | None, ids: Sequence[str] = ()
    ) -> None:
        provider = PROVIDERS[running.mock.key]
        base = {k: v for k, v in os.environ.items() if not k.startswith(provider.env_prefix + "_")}
        base["PYTHONPATH"] = provider.pythonpath
        self.secrets = secrets(running)
        self.args = [sys.executable, "-m", provider.package, "wait", *args]
        self.proc = subprocess.Popen(
            self.args,
            env={**base, **(variables(running) if env is None else env)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.result: subprocess.CompletedProcess[str] | None = None
        self.ids = list(ids)

    def done(self, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        if self.result is None:
            try:
                out, err = self.proc.communicate(timeout=timeout)
            finally:
                if self.proc.poll() is None:
                    self.proc.kill()
                    self.proc.communicate()
            self.result = subprocess.CompletedProcess(self.args, self.proc.returncode, out, err)
            for secret in self.secrets:
                assert secret not in out and secret not in err
        return self.result


def run_cli(running: RunningMock, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return Run(running, args, env).done()


def create(running: RunningMock, final: str, steps: int = 2) -> tuple[str, list[str]]:
    """A new process: its id and the options for the other parameters (--reseller-id ...)."""
    with running.admin() as admin:
        answer = admin.post("/processes", json={"final_status": final, "steps": steps})
    assert answer.status_code == 201, answer.text
    params = answer.json()["params"]
    found = facts(running.mock.key)
    options = [arg for p in found["options"] for arg in (p["flag"], str(params[p["wire"]]))]
    return str(params[found["id"]["wire"]]), options


def final_of(running: RunningMock, lifecycle: str) -> str:
    """A status value of the provider with this lifecycle (e.g. succeeded -> COMPLETED)."""
    facts_ = waiter(load(running.mock.key))
    assert facts_ is not None
    return next(str(value) for value, state in facts_["values"].items() if state == lifecycle)


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    document = json.loads(proc.stdout)
    assert set(document) == {"results"}
    found: list[dict[str, Any]] = document["results"]
    return found


@pytest.fixture(scope="module")
def scenarios(running: RunningMock) -> Iterator[dict[str, Run]]:
    """Every scenario of one provider started at once (each takes a subprocess and up to a second)."""
    ok = final_of(running, "SUCCEEDED")
    bad = final_of(running, "FAILED")
    success, options = create(running, ok)
    failure, _ = create(running, bad)
    slow, _ = create(running, ok, steps=10_000)
    mixed = [create(running, ok)[0], create(running, bad)[0], create(running, ok, steps=10_000)[0]]
    auth, _ = create(running, ok)
    unknown = "9" * max(len(success), 9) if success.isdigit() else str(uuid.uuid4())
    names = credential_variables(running.mock.key)
    runs = {
        "success": Run(running, (success, *options, *FAST, "--json"), None, [success]),
        "failure": Run(running, (failure, *options, *FAST, "--json", "--quiet"), None),
        "timeout": Run(running, (slow, *options, *FAST, "--timeout", "1", "--json"), None, [slow]),
        # 3 s: the deadline now cuts the request in flight, so on a loaded machine 1 s could end the quick
        # ones too; the 10,000-step one still times out
        "mixed": Run(running, (*mixed, *options, *FAST, "--timeout", "3", "--json"), None, mixed),
        "unknown": Run(running, (unknown, *options, *FAST, "--json"), None, [unknown]),
        "wrong-credentials": Run(running, (auth, *options, *FAST, "--json"), variables(running, wrong=True)),
        "missing-one": Run(
            running, (success, *options), {k: v for k, v in variables(running).items() if k != names[-1]}
        ),
        "missing-all": Run(running, (success, *options), {}),
    }
    yield runs
    for run in runs.values():
        run.done()


def credential_variables(key: str) -> list[str]:
    provider = PROVIDERS[key]
    return [f"{provider.env_prefix}_{c.env_suffix}" for c in security(load(key)).credentials]


def test_success_exits_0_with_json(running: RunningMock, scenarios: dict[str, Run]) -> None:
    final = final_of(running, "SUCCEEDED")
    [ident] = scenarios["success"].ids
    proc = scenarios["success"].done()
    assert proc.returncode == 0, proc.stderr
    [result] = results(proc)
    assert result["id"] == ident
    assert result["lifecycle"] == "succeeded"
    assert result["status"] == final
    assert isinstance(result["answer"], dict) and final in json.dumps(result["answer"])
    assert ident in proc.stderr and "succeeded" in proc.stderr  # the progress lines (not a terminal)


def test_failure_exits_1(scenarios: dict[str, Run]) -> None:
    proc = scenarios["failure"].done()
    assert proc.returncode == 1, proc.stderr
    assert [r["lifecycle"] for r in results(proc)] == ["failed"]
    assert proc.stderr == ""  # --quiet


def test_timeout_exits_3(scenarios: dict[str, Run]) -> None:
    proc = scenarios["timeout"].done()
    assert proc.returncode == 3, proc.stderr
    [result] = results(proc)
    assert result["lifecycle"] == "timeout" and "1s" in result["error"]


def unknown_id_outcome(key: str) -> tuple[str, int, str]:
    """(lifecycle, exit code, status in the message) of a wait for an id that does not exist, as the spec says:
    a `not-found-answers` answer or a 404 is not-found (`not-found: expired`: expired), exit 5; where the spec
    documents neither, the provider's 400 cannot be told from a malformed request: error, exit 1."""
    from specmodel import load

    op = load(key).status_operation
    assert op is not None and op.async_status is not None
    ext = op.async_status
    if ext.not_found_answers:
        return "not-found", 5, str(ext.not_found_answers[0].status)
    if "404" in op.responses:
        return ("expired" if ext.not_found == "expired" else "not-found"), 5, "404"
    return "error", 1, "400"


def test_unknown_id_exits_5_or_as_documented(running: RunningMock, scenarios: dict[str, Run]) -> None:
    """A 404 ends the wait as not-found (bol: expired), exit 5, and so does Realtime Register's 400
    `ObjectDoesNotExist` (x-async-status not-found-answers). myKaarma answers an unknown process with a
    400 the waiter cannot tell from a malformed request: error, exit 1."""
    proc = scenarios["unknown"].done()
    [result] = results(proc)
    assert result["id"] == scenarios["unknown"].ids[0]
    expected = unknown_id_outcome(running.mock.key)
    assert (result["lifecycle"], proc.returncode) == expected[:2], proc.stderr
    assert expected[2] in result["error"]


def test_wrong_credentials_exit_6(running: RunningMock, scenarios: dict[str, Run]) -> None:
    proc = scenarios["wrong-credentials"].done()
    assert proc.returncode == 6, proc.stderr
    assert [r["lifecycle"] for r in results(proc)] == ["auth-refused"]
    wrong = variables(running, wrong=True)
    for name in credential_variables(running.mock.key):
        if wrong[name].startswith("wrong-"):
            assert wrong[name] not in proc.stdout + proc.stderr


def test_missing_variables_exit_2_naming_them(running: RunningMock, scenarios: dict[str, Run]) -> None:
    names = credential_variables(running.mock.key)
    proc = scenarios["missing-one"].done()
    assert proc.returncode == 2
    assert f"missing environment variable: {names[-1]} " in proc.stderr and proc.stdout == ""
    proc = scenarios["missing-all"].done()
    assert proc.returncode == 2
    assert all(name in proc.stderr for name in names) and proc.stdout == ""


def test_mixed_outcomes_take_the_highest_priority(scenarios: dict[str, Run]) -> None:
    proc = scenarios["mixed"].done()
    assert proc.returncode == 1, proc.stderr  # failed beats timeout
    ok, bad, slow = scenarios["mixed"].ids
    assert [(r["id"], r["lifecycle"]) for r in results(proc)] == [(ok, "succeeded"), (bad, "failed"), (slow, "timeout")]


def test_needs_action_exits_4() -> None:
    from mocks.server import serve

    with serve("realtimeregister") as running:
        ident, options = create(running, "SUSPENDED")
        done, _ = create(running, "COMPLETED")
        proc = run_cli(running, ident, done, *options, *FAST, "--json")
    assert proc.returncode == 4, proc.stderr
    assert [r["lifecycle"] for r in results(proc)] == ["needs-action", "succeeded"]


def test_bol_many_ids_through_the_bulk_waiter() -> None:
    from mocks.server import serve

    with serve("bol") as running:
        ids = [create(running, final)[0] for final in ("SUCCESS", "SUCCESS", "FAILURE", "SUCCESS")]
        # The mock issues UUID-style ids, the form of bol's live answers (corpus S9): the CLI takes them as given.
        assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", i) for i in ids)
        proc = run_cli(running, *ids, *FAST, "--json")
        assert proc.returncode == 1, proc.stderr
        assert [(r["id"], r["lifecycle"], r["status"]) for r in results(proc)] == [
            (ids[0], "succeeded", "SUCCESS"),
            (ids[1], "succeeded", "SUCCESS"),
            (ids[2], "failed", "FAILURE"),
            (ids[3], "succeeded", "SUCCESS"),
        ]
        ok = [create(running, "SUCCESS")[0] for _ in range(3)]
        proc = run_cli(running, *ok, "999999999", *FAST, "--json")
        assert proc.returncode == 5, proc.stderr
        assert [r["lifecycle"] for r in results(proc)] == ["succeeded"] * 3 + ["expired"]


def test_bad_id_is_a_usage_error() -> None:
    provider = PROVIDERS["realtimeregister"]
    proc = subprocess.run(
        [sys.executable, "-m", provider.package, "wait", "not-a-number"],
        env={**os.environ, "PYTHONPATH": provider.pythonpath},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2
    assert "not-a-number" in proc.stderr


@pytest.mark.parametrize("key", ["bol", "activeplatform"])
def test_help_documents_exit_codes_and_variables(key: str) -> None:
    provider = PROVIDERS[key]
    proc = subprocess.run(
        [sys.executable, "-m", provider.package, "wait", "--help"],
        env={**os.environ, "PYTHONPATH": provider.pythonpath},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 0
    for text in ("exit codes:", "6  the credentials were refused", provider.base_url_env, "--timeout", "--json"):
        assert text in proc.stdout
    for c in security(load(key)).credentials:
        assert f"{provider.env_prefix}_{c.env_suffix}" in proc.stdout
    for p in facts(key)["options"]:
        assert p["flag"] in proc.stdout
