"""The core and every generated client build as wheels that install into one fresh virtual environment and
import there with their versions: the core from the wheel built here (it is not on PyPI: pip gets it from
the built wheels, `--find-links`, never from an index), the SDKs' other dependencies from PyPI.

Each SDK is tested against the lowest core its range allows: its declared `asyncstatus-core` range admits
the core built, and starts at that core's MAJOR.MINOR."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from buildtools.build_wheels import build_wheels, sdk_version, wheel_name
from packaging.requirements import Requirement
from packaging.version import Version
from providers import PROVIDERS
from spectools.release_check import CORE_DIST, core_version

pytestmark = pytest.mark.packaging

CHECK = """
import importlib, importlib.metadata, json, sys
found = {}
core = importlib.import_module("asyncstatus_core")
found["asyncstatus_core"] = {
    "version": core.__version__,
    "metadata": importlib.metadata.version("asyncstatus-core"),
    "file": core.__file__,
    "typed": any(str(f).endswith("py.typed") for f in importlib.metadata.files("asyncstatus-core") or []),
}
for package, dist in json.loads(sys.argv[1]).items():
    module = importlib.import_module(package)
    found[package] = {
        "version": module.__version__,
        "metadata": importlib.metadata.version(dist),
        "requires": importlib.metadata.requires(dist) or [],
        "create_client": callable(module.create_client),
        "file": module.__file__,
        "typed": any(str(f).endswith("py.typed") for f in importlib.metadata.files(dist) or []),
    }
    # The tracker's SQL migrations are package data: a store opened from the wheel has its schema.
    store = importlib.import_module("asyncstatus_core.track_store").open_store("sqlite:///:memory:")
    found[package]["tracker_schema"] = store.schema_version()
    store.close()
print(json.dumps(found))
"""


def run(cmd: list[str], cwd: Path | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False, timeout=240)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def core_range(requires: list[str]) -> Requirement:
    """The one `asyncstatus-core` requirement of an SDK (its extras' requirements aside)."""
    found = [Requirement(r) for r in requires]
    [core] = [r for r in found if r.name == CORE_DIST and r.marker is None]
    return core


def test_wheels_install_and_import_in_a_fresh_venv(tmp_path: Path) -> None:
    built = build_wheels(tmp_path / "wheels")  # raises unless the core's wheel and one per SDK, named by version
    core, (major, minor), _ = core_version()
    assert built[0].name == wheel_name(CORE_DIST, core)  # the core first
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]

    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    # The core wheel named explicitly (that one, whatever an index holds) and findable among the built wheels.
    run([*pip, "--python", str(python), "install", "--find-links", str(tmp_path / "wheels"), *map(str, built)])
    run([*pip, "--python", str(python), "check"])

    expected = {p.package: p.dist for p in PROVIDERS.values()}
    found = json.loads(run([str(python), "-c", CHECK, json.dumps(expected)], cwd=tmp_path))
    installed_core = found["asyncstatus_core"]
    assert installed_core["version"] == installed_core["metadata"] == core
    assert installed_core["typed"] is True and str(env) in installed_core["file"]
    for key, provider in PROVIDERS.items():
        info = found[provider.package]
        assert info["version"] == info["metadata"] == sdk_version(key)
        assert info["version"].endswith(f".{major}.{minor}")
        assert info["create_client"] is True
        assert info["typed"] is True
        assert info["tracker_schema"] >= 1
        assert str(env) in info["file"]  # imported from the venv, not the checkout

        # The SDK's range admits the core built, and that core is the lowest the range allows (MAJOR.MINOR):
        # the range starts at it, so no older MAJOR.MINOR is admitted and this test is the oldest case.
        wanted = core_range(info["requires"]).specifier
        assert wanted.contains(core), f"{provider.dist}: {wanted} does not admit the core built, {core}"
        lower = [s for s in wanted if s.operator == ">="]
        assert [Version(s.version) for s in lower] == [Version(f"{major}.{minor}")], f"{provider.dist}: {wanted}"
        older = f"{major}.{minor - 1}.99" if minor else f"{major - 1}.99.99"
        assert not wanted.contains(older), f"{provider.dist}: {wanted} admits {older}, older than the core tested"
        assert not wanted.contains(f"{major + 1}.0.0"), f"{provider.dist}: {wanted} admits the next major"

    # The console scripts the wheels declare: each SDK's command, and the core's `asyncstatus`, which finds
    # every installed SDK through the "asyncstatus.providers" entry points and tracks their processes.
    bin_dir = env / "bin"
    for provider in PROVIDERS.values():
        shown = run([str(bin_dir / provider.dist), "--version"], cwd=tmp_path)
        assert shown.split()[-1] == sdk_version(provider.key)
    listed = run([str(bin_dir / "asyncstatus"), "providers"], cwd=tmp_path)
    assert [line.split("\t")[0] for line in listed.splitlines()] == sorted(PROVIDERS)
    track_with_the_installed_command(bin_dir, tmp_path)


def track_with_the_installed_command(bin_dir: Path, tmp_path: Path) -> None:
    """`asyncstatus track add bol ...` then `asyncstatus track run --until-idle` against the bol mock, from the
    installed wheels alone: the README's multi-provider commands as a user runs them."""
    from mocks.server import serve
    from sdk.test_cli_against_mocks import variables

    with serve("bol") as bol:
        env = {**os.environ, **variables(bol), "ASYNCSTATUS_STORE": f"sqlite:///{tmp_path / 'track.db'}"}
        env.pop("PYTHONPATH", None)
        for args in (["track", "add", "bol", "1234567"], ["track", "run", "--until-idle", "--interval", "0.05"]):
            proc = subprocess.run(
                [str(bin_dir / "asyncstatus"), *args], env=env, capture_output=True, text=True, timeout=120, check=False
            )
            assert proc.returncode == 0, f"asyncstatus {' '.join(args)}: {proc.stderr}"
        proc = subprocess.run(
            [str(bin_dir / "asyncstatus"), "track", "outcomes", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        [outcome] = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
        assert (outcome["id"], outcome["lifecycle"]) == ("1234567", "succeeded")
