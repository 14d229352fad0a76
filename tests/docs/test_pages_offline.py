"""Every page of `make docs` (run before pytest by `make test`), opened from file:// in headless Chromium with
the network refused: what a reader sees. Every page renders (more than a "Loading" placeholder). Each API
reference shows its quick start first, every operation, every response, the lifecycle table of its status
operation, and a search that finds operations; the index links every reference and every guide (README.md and
docs/*.md); the Python reference renders and its search finds the waiters. Code blocks stay inside their column
at 1,400 and 800 pixels (screenshots in build/docs-shots/). No page may ask for anything outside build/docs/ or
raise a script error."""

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
from spectools.docs_guides import guides

DOCS = ROOT / "build" / "docs"
CHROMIUM = Path(os.environ.get("CHROMIUM") or "/usr/bin/chromium")  # the Makefile exports it
READER = Path(__file__).with_name("read_pages.mjs")
SHOTS = ROOT / "build" / "docs-shots"
WIDTHS = [1400, 800]  # a laptop's browser window, and a narrow one (a window beside an editor, a tablet)

pytestmark = [
    pytest.mark.skipif(not (DOCS / "index.html").exists(), reason="run `make docs` first (make test does)"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"needs a Chromium at {CHROMIUM} (make test installs Debian's)"),
    pytest.mark.skipif(shutil.which("node") is None, reason="needs node (playwright-core drives Chromium)"),
]


def read_pages(tasks: list[dict[str, Any]], render_ms: int | None = None) -> list[dict[str, Any]]:
    env = {**os.environ, **({"RENDER_MS": str(render_ms)} if render_ms else {})}
    proc = subprocess.run(
        ["node", str(READER)],
        input=json.dumps(tasks),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
        env=env,
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


def _layout_pages() -> list[str]:
    """The pages whose code blocks are measured: the index, the guides, the API references, the Python reference
    of each package and of bol's waiters."""
    python = [f"python/{d.package}.html" for d in DISTS.values()] + ["python/bol_process_status_client/waiters.html"]
    return ["index.html", *(g.page for g in guides()), *(f"{key}.html" for key in PROVIDERS), *python]


@cache
def every_page() -> dict[str, dict[str, Any]]:
    """Every HTML file under build/docs, read once in one Chromium (by its path under build/docs): the API
    references as Redoc pages searched for their status operation, the packages' Python references searched for
    the waiters, the pages of `_layout_pages` laid out at each of WIDTHS with screenshots. (Read once: each page
    read again for each test took the module 84 s, most of it Chromium rendering the same pages.)"""
    SHOTS.mkdir(parents=True, exist_ok=True)
    measured = set(_layout_pages())
    searched = {f"python/{d.package}.html" for d in DISTS.values()}
    names = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.html"))
    tasks: list[dict[str, Any]] = []
    for name in names:
        task: dict[str, Any] = {"url": (DOCS / name).as_uri(), "kind": "plain"}
        if name[:-5] in PROVIDERS:
            task |= {"kind": "redoc", "search": status_operation(load(name[:-5])).summary}
        elif name in searched:
            task |= {"kind": "pdoc", "search": "wait_until_done"}
        if name in measured:
            task |= {"widths": WIDTHS, "shots": str(SHOTS), "name": name.removesuffix(".html").replace("/", "-")}
        tasks.append(task)
    return dict(zip(names, read_pages(tasks), strict=True))


def reference_pages() -> dict[str, dict[str, Any]]:
    return {key: every_page()[f"{key}.html"] for key in PROVIDERS}


def test_no_page_loads_anything_from_the_network() -> None:
    """Every HTML file under build/docs, the 100-odd pdoc pages included: no request leaves file://, no
    script error."""
    seen = every_page()
    assert len(seen) > len(PROVIDERS) + 10
    for page in seen.values():
        assert page["rendered"], f"{page['url']} shows only {page['text'].strip()[:80]!r}"
        assert page["blocked"] == [], f"{page['url']} asked the network for {page['blocked']}"
        assert page["errors"] == [], f"{page['url']}: {page['errors']}"
        assert page["text"].strip(), f"{page['url']} shows nothing"


@pytest.mark.parametrize("key", PROVIDERS)
def test_reference_starts_with_a_quick_start(key: str) -> None:
    page = reference_pages()[key]
    assert page["rendered"] and page["blocked"] == [] and page["errors"] == []
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
    page = every_page()["index.html"]
    assert page["blocked"] == [] and page["errors"] == []
    for key in PROVIDERS:
        dist = DISTS[key]
        assert load(key).title in page["headings"]
        for href in (f"{key}.html", f"python/{dist.package}.html"):
            assert href in page["links"], f"index.html does not link {href}"
            assert (DOCS / href).is_file(), f"index.html links {href}, which make docs did not write"


def test_python_reference_search_finds_the_waiters() -> None:
    for dist in DISTS.values():
        page = every_page()[f"python/{dist.package}.html"]
        assert "create_client_from_env" in page["text"], f"{dist.package}.html does not document create_client_from_env"
        [found] = page["search"]
        assert "search results for 'wait_until_done'" in found and f"{dist.package}.waiters.wait_until_done" in found


def test_reader_waits_for_a_page_to_render(tmp_path: Path) -> None:
    """A page whose script replaces "Loading ..." is read once it has; a page that never gets past it is reported
    as not rendered (and fails the tests above), not read as a page that says "Loading"."""
    late = tmp_path / "late.html"
    late.write_text(
        "<!doctype html><body><p id=t>Loading ...</p>"
        "<script>setTimeout(() => { document.getElementById('t').textContent = 'Ready: the reference'; }, 700)"
        "</script></body>"
    )
    stuck = tmp_path / "stuck.html"
    stuck.write_text("<!doctype html><body><div>Loading ...</div></body>")
    seen = read_pages([{"url": p.as_uri(), "kind": "plain"} for p in (late, stuck)], render_ms=3000)
    assert (seen[0]["rendered"], seen[0]["text"].strip()) == (True, "Ready: the reference")
    assert (seen[1]["rendered"], seen[1]["text"].strip()) == (False, "Loading ...")


def test_guides_are_linked_from_the_index_and_render() -> None:
    """README.md and every page of docs/ are pages of their own, linked from the index, with their code blocks."""
    every = guides()
    assert {g.source.name for g in every} >= {"README.md", *(p.name for p in (ROOT / "docs").glob("*.md"))}
    index = every_page()["index.html"]
    assert "`" not in index["text"], "index.html shows Markdown's backticks"
    for guide in every:
        page = every_page()[guide.page]
        assert guide.page in index["links"], f"index.html does not link {guide.page} ({guide.source.name})"
        assert page["rendered"] and page["blocked"] == [] and page["errors"] == [], page["url"]
        source = guide.source.read_text(encoding="utf-8")
        title = next(line[2:].strip() for line in source.splitlines() if line.startswith("# "))
        assert plain(title) in page["headings"], f"{guide.page}: no heading {title!r}"
        assert "```" not in page["text"], f"{guide.page}: a code fence shows as text"
        for href in page["links"]:
            target = href.split("#")[0]
            if target and not href.startswith("http"):
                assert (DOCS / target).is_file(), f"{guide.page} links {href}, which make docs did not write"


def test_code_blocks_stay_in_their_column() -> None:
    """At 1,400 and 800 pixels no code block of the guides, the index, an API reference or the Python reference of a
    package (and of bol's waiters) is cut off sideways: its
    text wraps inside its column, or (a diagram) it scrolls there behind a scrollbar that shows; no page scrolls
    sideways. The screenshots are in build/docs-shots/."""
    pages = _layout_pages()
    blocks = 0
    for name in pages:
        page = every_page()[name]
        assert page["rendered"], f"{name} shows only {page['text'].strip()[:80]!r}"
        for layout in page["layouts"]:
            width = layout["width"]
            assert layout["pageWidth"] <= width, f"{name} at {width}px scrolls sideways ({layout['pageWidth']}px)"
            for block in layout["blocks"]:
                blocks += 1
                fits = block["scrollWidth"] <= block["clientWidth"] + 1
                scrolls = block["overflowX"] in ("auto", "scroll") and block["scrollbar"] > 0
                assert (fits or scrolls) and block["right"] <= width, (
                    f"{name} at {width}px: a code block is cut off sideways ({block['scrollWidth']}px of text in "
                    f"{block['clientWidth']}px, ending at {block['right']}px, no scrollbar shown): {block['text']!r}"
                )
            assert all(Path(shot).is_file() for shot in layout["shots"]) and layout["shots"]
    assert blocks > len(pages), "hardly any code block was measured"
