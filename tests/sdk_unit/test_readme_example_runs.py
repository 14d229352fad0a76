"""(f) The python example of each package README runs as written against the default base URL
(mocked with respx) and prints the typed answer."""

from __future__ import annotations

import re

import httpx
import pytest
import respx
from sdkfacts import security, snake_case
from spectools import PROVIDERS as KEYS

from .sdk_support import TOKEN_ANSWER, operation_cases, sdk
from .test_package_completeness import dist_dir


def python_block(key: str) -> str:
    readme = (dist_dir(key) / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(blocks) == 1
    return str(blocks[0])


@pytest.mark.parametrize("key", KEYS)
def test_readme_example_runs(key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    s = sdk(key)
    code = python_block(key)
    env_names = re.findall(r'os\.environ\["([A-Z0-9_]+)"\]', code)
    assert env_names, "the example reads its credentials from the environment"
    for name in env_names:
        monkeypatch.setenv(name, f"{name.lower()}-from-env")
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
    assert printed.startswith("200 ")
    assert f"{success.model_name}(" in printed
