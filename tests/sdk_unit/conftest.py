"""Make the generated SDK packages importable by name (`import bol_process_status_client`) straight
from generated/clients/<dist>/, without installing them."""

from __future__ import annotations

import sys

from providers import PROVIDERS
from spectools import ROOT

for _provider in PROVIDERS.values():
    _path = str(ROOT / "generated" / "clients" / _provider.dist)
    if _path not in sys.path:
        sys.path.insert(0, _path)
