"""The repository's Markdown pages as pages of `make docs`: README.md (the front door) and every page under docs/,
rendered to HTML with pdoc's Markdown renderer (markdown2 with Pygments, as the Python reference is), so they
need nothing the docs build does not already have. Links between the pages point at their HTML twins; a link
to any other file of the repository points at it on GitHub, since build/docs/ holds only the pages."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from posixpath import normpath

from pdoc.render_helpers import formatter, to_html
from specmodel import ROOT

from spectools.docs_pages import REPO_URL, STYLE

README = ROOT / "README.md"
GUIDES = ROOT / "docs"
# README's "Read more" lines: `- [Title](docs/page.md): what it holds.`
READ_MORE = re.compile(r"^- \[(?P<title>[^\]]+)\]\(docs/(?P<file>[\w-]+\.md)\): (?P<summary>.+)$", re.M)
HREF = re.compile(r'href="(?P<target>[^"#:]*\.md)(?P<anchor>#[^"]*)?"')


@dataclass(frozen=True)
class Guide:
    source: Path
    page: str  # the HTML file in build/docs/
    title: str
    summary: str


def guides() -> list[Guide]:
    """README.md first, then the pages of docs/ in the order README's "Read more" lists them (any it does not
    list after them, by name)."""
    readme = README.read_text(encoding="utf-8")
    listed = {m["file"]: (m["title"], m["summary"]) for m in READ_MORE.finditer(readme)}
    found = [Guide(README, "readme.html", "Start here: the README", "what it is, the two commands, a first run")]
    for name in [*listed, *sorted(p.name for p in GUIDES.glob("*.md") if p.name not in listed)]:
        path = GUIDES / name
        if path.is_file():
            title, summary = listed.get(name, (_first_heading(path), ""))
            found.append(Guide(path, path.with_suffix(".html").name, title, summary))
    return found


def _first_heading(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((line[2:].strip() for line in lines if line.startswith("# ")), path.stem)


def html_href(target: str, source: Path) -> str:
    """Where a Markdown link of `source` points in build/docs/: a guide's HTML page, else the file on GitHub."""
    in_repo = normpath((source.parent.relative_to(ROOT) / target).as_posix())
    if in_repo == "README.md":
        return "readme.html"
    if in_repo.startswith("docs/") and "/" not in in_repo[5:]:
        return in_repo[5:-3] + ".html"
    return f"{REPO_URL}/blob/main/{in_repo}"


def _relink(body: str, source: Path) -> str:
    return HREF.sub(lambda m: f'href="{html_href(m["target"], source)}{m["anchor"] or ""}"', body)


# Code blocks and wide tables stay inside the text column at every width. Code (a fence with a language) wraps its
# long lines (a reader copying the block still gets them whole); a plain block (a diagram, whose columns wrapping
# would scramble) and a table wider than the column scroll inside it, with a scrollbar where they do.
GUIDE_STYLE = """
main.guide { display: block; max-width: 64rem; background: #fff; border: 1px solid var(--line); border-radius: .6rem;
             margin: 1.5rem auto; padding: 1.2rem 1.6rem; min-width: 0; }
.guide pre { white-space: pre; overflow-x: auto; background: #f3f5f9; border: 1px solid var(--line);
             border-radius: .4rem; padding: .7rem .9rem; font-size: .85rem; line-height: 1.45; max-width: 100%; }
.guide .pdoc-code pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow-x: visible; }
/* A styled scrollbar is drawn always, not only while scrolling (an overlay one would leave the block looking cut). */
.guide pre::-webkit-scrollbar, .guide table::-webkit-scrollbar { height: .6rem; }
.guide pre::-webkit-scrollbar-track, .guide table::-webkit-scrollbar-track { background: #e6eaf0; }
.guide pre::-webkit-scrollbar-thumb, .guide table::-webkit-scrollbar-thumb { background: #9aa5b8;
                                                                             border-radius: .3rem; }
.guide :not(pre) > code { font-size: .88em; background: #eef1f6; padding: 0 .25rem; border-radius: .2rem;
                          overflow-wrap: break-word; }
.guide table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; font-size: .9rem; }
.guide th, .guide td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
.guide a { color: var(--accent); }
.guide img { max-width: 100%; height: auto; }
nav.guides { max-width: 64rem; margin: 0 auto; padding: .8rem 1.5rem 0; font-size: .9rem; }
nav.guides a { color: var(--accent); margin-right: .8rem; white-space: nowrap; }
"""


def guide_page(guide: Guide, every: list[Guide]) -> str:
    body = _relink(to_html(guide.source.read_text(encoding="utf-8")), guide.source)
    nav = " ".join(
        f'<a href="{g.page}">{html.escape(g.title)}</a>' for g in [Guide(README, "index.html", "Index", ""), *every]
    )
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>asyncstatus: {html.escape(guide.title)}</title>"
        f"<style>{STYLE}{GUIDE_STYLE}{formatter.get_style_defs('.pdoc-code')}</style></head><body>\n"
        f'<nav class="guides">{nav}</nav>\n<main class="guide">\n{body}\n</main>\n'
        f"<footer>From <code>{html.escape(str(guide.source.relative_to(ROOT)))}</code> by <code>make docs</code>; "
        "works offline.</footer>\n</body></html>\n"
    )
