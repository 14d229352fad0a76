"""(f) The python example of each package README runs as written against the default base URL (mocked with
respx, on the spec's own examples) and prints the typed answer. tests/sdk/test_readme_blocks.py runs the same
blocks against the running mocks."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
import respx
from codegen.sdkfacts import security, snake_case
from providers import KEYS

from .sdk_support import TOKEN_ANSWER, operation_cases, sdk
from .test_package_completeness import dist_dir


def python_blocks(key: str) -> list[str]:
    readme = (dist_dir(key) / "README.md").read_text()
    return [str(b) for b in re.findall(r"```python\n(.*?)```", readme, flags=re.S)]


def python_block(key: str) -> str:
    """The first example: one call of the status operation."""
    blocks = python_blocks(key)
    assert len(blocks) == 2  # the call, then "Wait for a process to finish"
    return blocks[0]


@pytest.mark.parametrize("key", KEYS)
def test_readme_example_runs(key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    s = sdk(key)
    code = python_block(key)
    assert "create_client_from_env()" in code, "the example reads its credentials from the environment"
    set_credentials(s, monkeypatch)
    imported = re.search(rf"from {s.provider.package}\.api\.\w+ import (\w+)", code)
    assert imported, "the example imports an operation module"
    function = imported.group(1)
    [case] = [c for c in operation_cases() if c.key == key and snake_case(c.operation_id) == function]
    success = case.success()
    with respx.mock(assert_all_called=True) as router:
        if security(s.spec).kind == "client_credentials":
            router.post(security(s.spec).token_url).respond(200, json=TOKEN_ANSWER)
        api = router.route(url__startswith=s.package.DEFAULT_BASE_URL + "/").mock(
            return_value=httpx.Response(200, json=success.value, headers={"Content-Type": success.media_type})
        )
        exec(compile(code, f"{s.provider.dist}/README.md", "exec"), {"__name__": "__readme__"})
    assert api.call_count == 1
    printed = capsys.readouterr().out
    assert printed == f"200 {success.model_name}\n"


@pytest.mark.parametrize("key", KEYS)
def test_readme_waiting_example_runs(
    key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    s = sdk(key)
    code = python_blocks(key)[1]
    assert "wait_until_done(" in code
    set_credentials(s, monkeypatch)
    waiters = s.submodule("waiters")
    status_op = next(c for c in operation_cases() if c.key == key and c.op.async_status is not None)
    assert status_op.op.async_status is not None
    ext = {name: list(values) for name, values in status_op.op.async_status.lifecycle.items()}

    # A pending answer first, then a succeeded one: the example waits through both.
    def first(values: list[str]) -> Any:
        examples = status_op.success_examples()
        return next((e for e in examples if waiters.dig(e.value, waiters.STATUS_POINTER) in values), None)

    answers = [a for a in (first(ext["pending"] + ext["running"]), first(ext["succeeded"])) if a is not None]
    assert len(answers) == 2, "the spec needs a pending and a succeeded example of its status operation"
    monkeypatch.setattr(waiters.PollPolicy, "__init__", _fast_policy(waiters.PollPolicy.__init__))
    with respx.mock(assert_all_called=True) as router:
        if security(s.spec).kind == "client_credentials":
            router.post(security(s.spec).token_url).respond(200, json=TOKEN_ANSWER)
        api = router.route(url__startswith=s.package.DEFAULT_BASE_URL + "/").mock(
            side_effect=[httpx.Response(200, json=a.value, headers={"Content-Type": a.media_type}) for a in answers]
        )
        exec(compile(code, f"{s.provider.dist}/README.md", "exec"), {"__name__": "__readme__"})
    assert api.call_count == 2
    assert capsys.readouterr().out.startswith("Lifecycle.SUCCEEDED ")


def set_credentials(s: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The package's credential variables set, its URL variables unset: the example goes to the default URL."""
    for keyword, name in s.submodule("auth").ENVIRONMENT.items():
        if keyword.endswith("_url"):
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, f"{name.lower()}-from-env")


def _fast_policy(original: Any) -> Any:
    """PollPolicy with a 10 ms first delay, so the example's one retry does not take a second."""

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", 0.01)
        original(self, *args, **kwargs)

    return init
