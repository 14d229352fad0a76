"""Every page of `make docs` (run before pytest by `make test`), opened from file:// in headless Chromium with
the network refused: what a reader sees. Each API reference shows its quick start first, every operation,
every response, the lifecycle table of its status operation, and a search that finds operations; the index
links every reference; the Python reference renders and its search finds the waiters. No page may ask for
anything outside build/docs/ or raise a script error."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from codegen.sdkfacts import LIFECYCLE_NAMES
from providers import KEYS as PROVIDERS
from providers import PROVIDERS as DISTS
from specmodel import ROOT, Operation, Spec, load

DOCS = ROOT / "build" / "docs"
CHROMIUM = Path(os.environ.get("CHROMIUM") or "/usr/bin/chromium")  # the Makefile exports it
READER = Path(__file__).with_name("read_pages.mjs")

pytestmark = [
    pytest.mark.skipif(not (DOCS / "index.html").exists(), reason="run `make docs` first (make test does)"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs a Chromium at {CHROMIUM} (make test installs Debian's)"),
    pytest.mark.skipif(shutil.which("node") is None, reason="needs node (playwright-core drives Chromium)"),
]


def read_pages(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    proc = subprocess.run(
        ["node", str(READER)],
        input=json.dumps(tasks),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"read_pages.mjs failed:\n{proc.stderr[-3000:]}"
    pages: list[dict[str, Any]] = json.loads(proc.stdout)
    return pages


def plain(text: str) -> str:
    """Text as compared: markdown's code and emphasis marks dropped, whitespace runs made one space."""
    return " ".join(re.sub(r"[`*]", "", text).split())


def status_operation(spec: Spec) -> Operation:
    op = spec.status_operation
    assert op is not None, f"{spec.key}: no status operation"
    return op


@cache
def reference_pages() -> dict[str, dict[str, Any]]:
    tasks = [
        {
            "url": (DOCS / f"{key}.html").as_uri(),
            "kind": "redoc",
            "search": status_operation(load(key)).summary,
        }
        for key in PROVIDERS
    ]
    return dict(zip(PROVIDERS, read_pages(tasks), strict=True))


def test_no_page_loads_anything_from_the_network() -> None:
    """Every HTML file under build/docs, the 100-odd pdoc pages included: no request leaves file://, no
    script error."""
    pages = sorted(DOCS.rglob("*.html"))
    assert len(pages) > len(PROVIDERS) + 10
    seen = read_pages([{"url": p.as_uri(), "kind": "plain"} for p in pages])
    for page in seen:
        assert page["blocked"] == [], f"{page['url']} asked the network for {page['blocked']}"
        assert page["errors"] == [], f"{page['url']}: {page['errors']}"
        assert page["text"].strip(), f"{page['url']} shows nothing"


@pytest.mark.parametrize("key", PROVIDERS)
def test_reference_starts_with_a_quick_start(key: str) -> None:
    page = reference_pages()[key]
    assert page["blocked"] == [] and page["errors"] == []
    headings = page["headings"]
    assert headings.index("Quick start") < headings.index("Sources and evidence"), headings
    text = page["text"]
    dist = DISTS[key]
    for needle in ("pip install", dist.dist, f"from {dist.package} import create_client_from_env", "wait_until_done("):
        assert needle in text, f"{key}.html: the quick start lacks {needle!r}"
    assert f"python/{dist.package}.html" in page["links"]


@pytest.mark.parametrize("key", PROVIDERS)
def test_reference_shows_every_operation_and_response(key: str) -> None:
    page = reference_pages()[key]
    spec = load(key)
    text = plain(page["text"])
    for op_id, op in spec.operations.items():
        assert op.summary in page["headings"], f"{key}.html: no section for {op_id}"
        for status, response in op.responses.items():
            first_line = plain(response.description.strip().splitlines()[0])
            assert f"{status} {first_line}" in text, (
                f"{key}.html: {op_id} does not show its {status} answer ({first_line!r})"
            )


@pytest.mark.parametrize("key", PROVIDERS)
def test_reference_shows_the_lifecycle_table(key: str) -> None:
    page = reference_pages()[key]
    ext = status_operation(load(key)).async_status
    assert ext is not None
    [table] = [t for t in page["tables"] if t and t[0][:4] == ["status value", "Lifecycle", "terminal", "success"]]
    expected = [
        [
            str(value),
            LIFECYCLE_NAMES[phase],
            "no" if phase in ("pending", "running") else "yes",
            "yes" if phase == "succeeded" else "no",
        ]
        for phase in LIFECYCLE_NAMES
        for value in ext.lifecycle.get(phase, ())
    ]
    assert [row[:4] for row in table[1:-1]] == expected
    assert table[-1][:2] == ["any other value", "UNKNOWN"]
    [answers] = [t for t in page["tables"] if t and t[0] == ["answer", "what it means"]]
    meanings = {row[0]: row[1] for row in answers[1:]}
    assert ("expired" in meanings["404"]) == (ext.not_found == "expired")
    for rule in ext.not_found_answers:
        assert any(answer.startswith(str(rule.status)) for answer in meanings), f"{key}: {rule} not in the table"


@pytest.mark.parametrize("key", PROVIDERS)
def test_reference_search_finds_the_status_operation(key: str) -> None:
    page = reference_pages()[key]
    summary = status_operation(load(key)).summary
    assert page["search"] and summary in page["search"], f"{key}.html: searching {summary!r} found {page['search']}"


def test_index_links_every_reference() -> None:
    [page] = read_pages([{"url": (DOCS / "index.html").as_uri(), "kind": "plain"}])
    assert page["blocked"] == [] and page["errors"] == []
    for key in PROVIDERS:
        dist = DISTS[key]
        assert load(key).title in page["headings"]
        for href in (f"{key}.html", f"python/{dist.package}.html"):
            assert href in page["links"], f"index.html does not link {href}"
            assert (DOCS / href).is_file(), f"index.html links {href}, which make docs did not write"


def test_python_reference_search_finds_the_waiters() -> None:
    tasks = [
        {"url": (DOCS / "python" / f"{d.package}.html").as_uri(), "kind": "pdoc", "search": "wait_until_done"}
        for d in DISTS.values()
    ]
    for dist, page in zip(DISTS.values(), read_pages(tasks), strict=True):
        assert "create_client_from_env" in page["text"], f"{dist.package}.html does not document create_client_from_env"
        [found] = page["search"]
        assert "search results for 'wait_until_done'" in found and f"{dist.package}.waiters.wait_until_done" in found
