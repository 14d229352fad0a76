"""(f) Each generated package is complete: typed marker, version from the spec, pyproject metadata,
README with both install lines."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import asyncstatus_core
import pytest
from providers import KEYS

from .sdk_support import sdk

REPO_URL = "https://github.com/asyncstatus/asyncstatus"


def dist_dir(key: str) -> Path:
    return sdk(key).provider.client_dir


@pytest.mark.parametrize("key", KEYS)
def test_package_is_marked_typed(key: str) -> None:
    assert (dist_dir(key) / sdk(key).provider.package / "py.typed").is_file()


@pytest.mark.parametrize("key", KEYS)
def test_version_is_the_specs_info_version_then_the_cores(key: str) -> None:
    """`10.2.0.1.0`: the spec's `info.version`, then the MAJOR.MINOR of the core it requires."""
    major, minor, _ = asyncstatus_core.__version__.split(".")
    assert sdk(key).package.__version__ == f"{sdk(key).spec.version}.{major}.{minor}"


@pytest.mark.parametrize("key", KEYS)
def test_public_names_are_exported(key: str) -> None:
    package = sdk(key).package
    for name in ("Client", "AuthenticatedClient", "AuthenticationError", "DEFAULT_BASE_URL", "create_client"):
        assert name in package.__all__
        assert hasattr(package, name)


@pytest.mark.parametrize("key", KEYS)
def test_pyproject_metadata(key: str) -> None:
    project = tomllib.loads((dist_dir(key) / "pyproject.toml").read_text())["project"]
    assert project["name"] == sdk(key).provider.dist
    assert project["version"] == sdk(key).package.__version__
    assert project["requires-python"] == ">=3.11"
    assert project["readme"] == "README.md"
    names = set()
    for requirement in project["dependencies"]:
        match = re.match(r"^([A-Za-z0-9_.-]+)\s*(\[.*\])?\s*(.*)$", requirement)
        assert match, requirement
        assert ">=" in match.group(3), f"{requirement} has no lower bound"
        names.add(match.group(1).lower())
    assert names == {"asyncstatus-core", "httpx"}  # what the modules import (attrs comes with the core)
    major, minor, _ = asyncstatus_core.__version__.split(".")
    assert f"asyncstatus-core>={major}.{minor},<{int(major) + 1}" in project["dependencies"]


@pytest.mark.parametrize("key", KEYS)
def test_readme_has_both_install_lines(key: str) -> None:
    dist = sdk(key).provider.dist
    readme = (dist_dir(key) / "README.md").read_text()
    assert f'"git+{REPO_URL}#subdirectory=core" "git+{REPO_URL}#subdirectory=generated/clients/{dist}"' in readme
    assert f"pip install ./core ./generated/clients/{dist}" in readme
