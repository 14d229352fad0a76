"""The provider registry: the one place a provider is named. Each entry gives the names its SDK is published
under (their operations are in `SURFACE`, scripts/spectools/lint_specs.py) and the prefix of the environment
variables that hold its live credentials; everything else derives from `specs/<key>.yaml`. Users' code
imports these names: keep them stable. API facts do not belong here."""

from __future__ import annotations

import importlib.util
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from specmodel import Problem

ROOT = Path(__file__).resolve().parent.parent
CLIENTS_DIR = ROOT / "generated" / "clients"
# asyncstatus-core's source: the runtime every generated package imports (core/README.md).
CORE_SRC = ROOT / "core" / "src"
SPECS_DIR = ROOT / "specs"
# Set to 1 (noxfile.py does) to test the packages installed from the wheels instead of the source tree.
USE_INSTALLED_ENV = "ASYNCSTATUS_USE_INSTALLED"


@dataclass(frozen=True)
class Provider:
    key: str
    dist: str  # distribution name: pip install <dist>
    package: str  # import package
    env_prefix: str  # <PREFIX>_BASE_URL and the credential variables below

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    @property
    def client_dir(self) -> Path:
        """generated/clients/<dist>: the package's project folder (what `pip install` takes)."""
        return CLIENTS_DIR / self.dist

    @property
    def pythonpath(self) -> str:
        """A PYTHONPATH under which the package imports from the source tree, as installing it (and the core
        it depends on) would make it: for a subprocess such as `python -m <package>`."""
        return os.pathsep.join([str(self.client_dir), str(CORE_SRC)])


PROVIDERS: dict[str, Provider] = {
    p.key: p
    for p in (
        Provider("mykaarma", "mykaarma-async-process-client", "mykaarma_async_process_client", "MYKAARMA"),
        Provider(
            "activeplatform",
            "activeplatform-async-task-client",
            "activeplatform_async_task_client",
            "ACTIVEPLATFORM",
        ),
        Provider(
            "realtimeregister",
            "realtimeregister-process-client",
            "realtimeregister_process_client",
            "REALTIMEREGISTER",
        ),
        Provider("bol", "bol-process-status-client", "bol_process_status_client", "BOL"),
        Provider("booster", "booster-task-client", "booster_task_client", "BOOSTER"),
    )
}

KEYS: tuple[str, ...] = tuple(PROVIDERS)


def registry_problems() -> list[Problem]:
    """A spec in specs/ without an entry here, or an entry without its spec: either is a problem that says
    what to add."""
    problems: list[Problem] = []
    here = Path(__file__).resolve()
    shown = str(here.relative_to(ROOT))
    for path in sorted(SPECS_DIR.glob("*.yaml")):
        if path.stem not in PROVIDERS:
            key = path.stem
            problems.append(
                Problem(
                    f"specs/{path.name}",
                    1,
                    1,
                    f"provider {key!r} is not registered",
                    f'add Provider("{key}", "{key}-status-client", "{key.replace("-", "_")}_status_client", '
                    f'"{key.upper().replace("-", "_")}") to PROVIDERS in {shown}',
                )
            )
    lines = here.read_text().splitlines()
    for key in PROVIDERS:
        if not (SPECS_DIR / f"{key}.yaml").is_file():
            line = next((i for i, text in enumerate(lines, 1) if f'"{key}"' in text), 1)
            problems.append(
                Problem(shown, line, 1, f"provider {key!r} has no spec", f"write specs/{key}.yaml or remove the entry")
            )
    return problems


def use_generated_clients() -> None:
    """Make every generated package importable from the source tree, as installing it would; with
    ASYNCSTATUS_USE_INSTALLED=1, check instead that each is installed in this interpreter's site-packages."""
    if os.environ.get(USE_INSTALLED_ENV) == "1":
        require_installed_clients()
        return
    for path in [str(CORE_SRC)] + [str(provider.client_dir) for provider in PROVIDERS.values()]:
        if path not in sys.path:
            sys.path.append(path)


def require_installed_clients() -> dict[str, Path]:
    """Where each package is imported from; raises unless that is this interpreter's site-packages, so a
    test run meant for the wheels cannot silently test generated/clients/ (or another install) instead."""
    site = Path(sysconfig.get_path("purelib")).resolve()
    found: dict[str, Path] = {}
    for provider in PROVIDERS.values():
        spec = importlib.util.find_spec(provider.package)
        origin = Path(spec.origin).resolve() if spec is not None and spec.origin else None
        if origin is None or not origin.is_relative_to(site):
            raise ImportError(
                f"{USE_INSTALLED_ENV}=1: {provider.package} must be imported from {site} (pip install its wheel, "
                f"scripts/buildtools/build_wheels.py builds it), but it is {origin or 'not installed'}"
            )
        found[provider.package] = origin
    return found
