"""Load generated/models/<key>.py (datamodel-code-generator output) as a module."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


@cache
def load_models(key: str) -> ModuleType:
    path = ROOT / "generated" / "models" / f"{key}.py"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `make generate`")
    name = f"asyncstatus_models_{key}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves forward references through sys.modules
    spec.loader.exec_module(module)
    return module
