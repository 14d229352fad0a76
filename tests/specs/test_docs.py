"""`make docs` (run before pytest by `make test`): one page per provider naming every operation, and an index."""

from __future__ import annotations

import pytest
from providers import KEYS
from specmodel import ROOT, load

DOCS = ROOT / "build" / "docs"


@pytest.mark.skipif(not (DOCS / "index.html").exists(), reason="run `make docs` first (make test does)")
@pytest.mark.parametrize("key", KEYS)
def test_reference_page_names_every_operation(key: str) -> None:
    page = (DOCS / f"{key}.html").read_text(encoding="utf-8")
    for op_id, op in load(key).operations.items():
        assert op_id in page, f"{key}.html does not mention {op_id}"
        assert op.summary in page
    assert f'href="{key}.html"' in (DOCS / "index.html").read_text(encoding="utf-8")
