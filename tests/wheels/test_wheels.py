"""Every generated client builds as a wheel that installs (with its dependencies from PyPI) into a
fresh virtual environment and imports there with the spec's version. One shared venv for all five."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from buildtools.build_wheels import build_wheels
from providers import PROVIDERS
from specmodel import load

pytestmark = pytest.mark.packaging

CHECK = """
import importlib, importlib.metadata, json, sys
found = {}
for package, dist in json.loads(sys.argv[1]).items():
    module = importlib.import_module(package)
    found[package] = {
        "version": module.__version__,
        "metadata": importlib.metadata.version(dist),
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


def test_wheels_install_and_import_in_a_fresh_venv(tmp_path: Path) -> None:
    built = build_wheels(tmp_path / "wheels")  # raises unless one wheel per package, named with its spec version
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]

    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    run([*pip, "--python", str(python), "install", *map(str, built)])

    expected = {p.package: p.dist for p in PROVIDERS.values()}
    found = json.loads(run([str(python), "-c", CHECK, json.dumps(expected)], cwd=tmp_path))
    for key, provider in PROVIDERS.items():
        version = load(key).version
        info = found[provider.package]
        assert info["version"] == info["metadata"] == version
        assert info["create_client"] is True
        assert info["typed"] is True
        assert info["tracker_schema"] >= 1
        assert str(env) in info["file"]  # imported from the venv, not the checkout
