"""The generated SDKs against their running mocks. Packages are imported from generated/clients/ (as
`pip install` of them would provide)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from spectools import ROOT

for _provider in PROVIDERS.values():
    _path = str(ROOT / "generated" / "clients" / _provider.dist)
    if _path not in sys.path:
        sys.path.append(_path)


@pytest.fixture(scope="module", params=list(PROVIDERS))
def running(request: pytest.FixtureRequest) -> Iterator[RunningMock]:
    with serve(request.param) as mock:
        yield mock
