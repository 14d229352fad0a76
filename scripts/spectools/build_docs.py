"""`make docs`: the guides (README.md and every page of docs/, scripts/spectools/docs_guides.py), per provider an
API reference page (Redoc) that starts with a quick start and shows each status operation's lifecycle as a table,
a Python reference per SDK (pdoc), and a styled index that links them all,
into an uncommitted build folder. Every page works from file:// with no network: Redoc's standalone script
(from the pinned npm package) is copied beside the pages, and a page that would load a script, style, font
or image from elsewhere fails the build."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from providers import CORE_SRC
from providers import KEYS as PROVIDERS
from providers import PROVIDERS as DISTS
from specmodel import ROOT, load

from spectools.docs_guides import guide_page, guides
from spectools.docs_pages import index_page, lifecycle_markdown, quick_start_markdown

# Redoc 2 (pinned in package.json): one long page with #anchors, which works from file://. Redoc 3, which
# @redocly/cli's build-docs uses, routes by path (history.pushState), and from file:// every link leaves the page.
REDOC_BUNDLE = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
REDOC_OPTIONS = {"expandResponses": "200", "hideDownloadButton": True, "jsonSampleExpandLevel": 3}
# The one thing the bundle fetches from elsewhere: the Redocly logo beside "API docs by" in the sidebar. The copy
# beside the pages shows an empty image instead (Redoc hides the logo when it fails to load, but the request
# would still be made).
REDOC_LOGO = '"https://cdn.redoc.ly/redoc/logo-mini.svg"'
LOCAL_LOGO = '"data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 width=%271%27 height=%271%27/%3E"'
# Redoc's Markdown code blocks (the quick start's) scroll sideways behind a scrollbar that shows only while
# scrolling, so at 1,400 px a reader saw them cut off beside the empty sample panel: they wrap in their column.
# The id outranks the styled-components rules Redoc injects after this style.
REDOC_STYLE = (
    "#redoc .redoc-markdown pre, #redoc .redoc-markdown pre code { white-space: pre-wrap; overflow-wrap: anywhere; }"
)
PDOC = Path(sys.executable).with_name("pdoc")
PDOC_THEME = Path(__file__).with_name("pdoc_theme")  # custom.css: long names wrap in a narrow window
# What a page may not load from elsewhere: scripts, styles, images, fonts, module imports, preloads.
REMOTE_LOAD = re.compile(
    r"""<(?:script|img|link|source|iframe)\b[^>]*\b(?:src|href)=["']https?://|@import\s+(?:url\()?["']?https?://"""
    r"""|\bfrom\s*["']https?://|\bimport\(\s*["']https?://""",
    re.I,
)


def docs_spec(key: str) -> dict[str, Any]:
    """The spec as the page shows it: a quick start on top of the description (the sourcing notes follow
    under their own heading), and a lifecycle table in each status operation's description."""
    model = load(key)
    spec = copy.deepcopy(dict(model.raw))
    info = spec["info"]
    info["description"] = (
        quick_start_markdown(key, model)
        + "\n\n# Sources and evidence\n\n"
        + str(info.get("description", "")).strip()
        + "\n"
    )
    op = model.status_operation
    if op is not None:
        node = spec["paths"][op.path][op.method]
        node["description"] = op.description.rstrip() + "\n\n" + lifecycle_markdown(model, op)
    return spec


def reference_page(key: str) -> str:
    """One provider's page: the spec (with the docs additions) embedded as JSON and rendered by Redoc's
    standalone bundle, a classic script beside the page (a module script would not load from file://)."""
    spec = docs_spec(key)
    data = json.dumps(spec, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    title = str(spec["info"]["title"]).replace("<", "&lt;").replace("&", "&amp;")
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>body {{ margin: 0; }}\n{REDOC_STYLE}</style></head><body>\n"
        f'<div id="redoc"></div>\n<script src="{REDOC_BUNDLE.name}"></script>\n'
        f"<script>\nRedoc.init({data}, {json.dumps(REDOC_OPTIONS)}, document.getElementById('redoc'));\n</script>\n"
        "</body></html>\n"
    )


def build_reference(key: str, out: Path) -> str | None:
    """build/docs/<key>.html; None when it worked, else what went wrong."""
    page = reference_page(key)
    remote = REMOTE_LOAD.search(page)
    if remote:
        start = max(0, remote.start() - 80)
        return f"{key}.html would load from the network: ...{page[start : remote.end() + 80]}..."
    (out / f"{key}.html").write_text(page, encoding="utf-8")
    return None


def public_modules() -> list[str]:
    """Every public module of the generated packages and of asyncstatus-core, which they run on (pdoc leaves
    out submodules a package's `__all__` does not name, and the packages' `__all__` names their API, not their
    modules)."""
    names: list[str] = []
    for folder, package in [(CORE_SRC, "asyncstatus_core"), *((d.client_dir, d.package) for d in DISTS.values())]:
        root = folder / package
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if not any(part.startswith("_") for part in parts):
                names.append(".".join(parts))
    return names


def build_python_reference(out: Path) -> str | None:
    """build/docs/python/: pdoc's reference of the five generated packages (one site, one search index)."""
    target = out / "python"
    shutil.rmtree(target, ignore_errors=True)
    paths = os.pathsep.join([str(CORE_SRC), *(str(p.client_dir) for p in DISTS.values())])
    env = {**os.environ, "PYTHONPATH": paths + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(
        [str(PDOC), "--no-show-source", "-t", str(PDOC_THEME), "-o", str(target), *public_modules()],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if proc.returncode != 0:
        return f"pdoc failed:\n{proc.stdout}{proc.stderr}"
    for page in target.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        remote = REMOTE_LOAD.search(text)
        if remote:
            return f"{page.relative_to(out)} loads from the network: {text[remote.start() : remote.end() + 80]}"
    return None


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "build/docs").resolve()
    out.mkdir(parents=True, exist_ok=True)
    if not REDOC_BUNDLE.is_file():
        print(f"{REDOC_BUNDLE} is missing: run `npm ci` (make docs does)", file=sys.stderr)
        return 1
    bundle = REDOC_BUNDLE.read_text(encoding="utf-8")
    if bundle.count(REDOC_LOGO) != 1:
        print(f"{REDOC_BUNDLE}: expected its logo URL {REDOC_LOGO} once; update build_docs.py", file=sys.stderr)
        return 1
    (out / REDOC_BUNDLE.name).write_text(bundle.replace(REDOC_LOGO, LOCAL_LOGO), encoding="utf-8")
    for key in PROVIDERS:
        problem = build_reference(key, out)
        if problem:
            print(problem, file=sys.stderr)
            return 1
    problem = build_python_reference(out)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    every = guides()
    for guide in every:
        page = guide_page(guide, every)
        remote = REMOTE_LOAD.search(page)
        if remote:
            print(f"{guide.page} ({guide.source.name}) would load from the network: {remote.group(0)}", file=sys.stderr)
            return 1
        (out / guide.page).write_text(page, encoding="utf-8")
    # The guides' pictures (docs/img/, e.g. the polling bench's chart) beside the pages that show them.
    shutil.rmtree(out / "img", ignore_errors=True)
    if (ROOT / "docs" / "img").is_dir():
        shutil.copytree(ROOT / "docs" / "img", out / "img")
    (out / "index.html").write_text(index_page([(g.page, g.title, g.summary) for g in every]), encoding="utf-8")
    print(f"wrote {len(every)} guides, {len(PROVIDERS)} API references, the Python reference and index.html to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
