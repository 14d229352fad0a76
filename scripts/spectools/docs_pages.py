"""The text `make docs` adds to the specs' own (scripts/spectools/build_docs.py): a provider's quick start, the
lifecycle table of a status operation (from `x-async-status`), and the index page (the guides, then the
providers). The quick start's code is the package README's (install, a client from the environment, wait), so
tests/docs runs it against the mock."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from codegen.sdkfacts import LIFECYCLE_NAMES, example_argument, security, snake_case, waiter
from providers import KEYS as PROVIDERS
from providers import PROVIDERS as DISTS
from specmodel import Operation, Spec, load

REPO_URL = "https://github.com/asyncstatus/asyncstatus"
# Per lifecycle list of `x-async-status`: terminal (the waiters stop) and success.
PHASES = {
    "pending": (False, False, "accepted, not started"),
    "running": (False, False, "in progress"),
    "succeeded": (True, True, "finished, succeeded"),
    "failed": (True, False, "finished, failed"),
    "cancelled": (True, False, "finished, cancelled"),
    "needs-action": (True, False, "stopped until someone acts"),
}


def status_operation(spec: Spec) -> Operation | None:
    return spec.status_operation


def wait_arguments(spec: Spec) -> dict[str, Any]:
    """The waiter's keyword arguments with the spec's example values (the package README's example ids)."""
    op = status_operation(spec)
    if op is None:
        return {}
    return {snake_case(p.name): example_argument(p) for p in op.required_inputs}


def first_succeeded(spec: Spec) -> str:
    ext = spec.async_status
    values = ext.lifecycle.get("succeeded", ()) if ext else ()
    return str(values[0]) if values else ""


def quick_start_markdown(key: str, spec: Spec) -> str:
    dist = DISTS[key]
    creds = security(spec).credentials
    variables = " ".join(f"{dist.env_prefix}_{c.env_suffix}=..." for c in creds)
    facts = waiter(spec)
    lines = [
        "# Quick start",
        "",
        "[All five APIs and the Python reference](index.html).",
        "",
        f"Install the Python SDK `{dist.dist}` (import `{dist.package}`):",
        "",
        "```sh",
        f'pip install "git+{REPO_URL}#subdirectory=generated/clients/{dist.dist}"',
        f"export {variables}   # `make mock PROVIDER={key}` prints the lines that reach the mock",
        "```",
        "",
    ]
    if facts is None:
        return "\n".join(lines)
    args = ", ".join(f"{name}={value!r}" for name, value in wait_arguments(spec).items())
    status_attr = ".".join(snake_case(p) for p in facts["pointer"])
    lines += [
        "Create a client from those variables and wait for a process to finish:",
        "",
        "```python",
        f"from {dist.package} import create_client_from_env",
        f"from {dist.package}.waiters import lifecycle, wait_until_done",
        "",
        "with create_client_from_env() as client:",
        f"    final = wait_until_done(client=client, {args}, timeout=300)",
        f"print(lifecycle(final), final.{status_attr})  # on the mock prints: Lifecycle.SUCCEEDED "
        f"{first_succeeded(spec)}",
        "```",
        "",
        f"`wait_until_done` polls `{facts['operation_id']}` with backoff, honours `Retry-After` and returns the final "
        "answer whatever the outcome; the lifecycle table of that operation (below) says what each status means. "
        f"The Python reference of every module is in [the SDK reference](python/{dist.package}.html).",
        "",
    ]
    return "\n".join(lines)


def _not_found_text(mode: str) -> str:
    if mode == "expired":
        return (
            "the status record expired (the provider retires finished statuses): stop polling; the waiters "
            "raise `ProcessNotFound` with `expired=True`"
        )
    return "no such process (a wrong id, or another account's): the waiters raise `ProcessNotFound`"


def lifecycle_markdown(spec: Spec, op: Operation) -> str:
    """The lifecycle table of a status operation: every value of `x-async-status`, then what a 404 and the
    other not-found answers mean."""
    ext = op.async_status
    assert ext is not None
    rows = [
        "## Lifecycle",
        "",
        f"The status is at `/{'/'.join(ext.status)}` in the 200 answer (from `x-async-status`; the SDK's "
        "`waiters.lifecycle()` gives the `Lifecycle`).",
        "",
        "| status value | Lifecycle | terminal | success | meaning |",
        "|---|---|---|---|---|",
    ]
    for phase, (terminal, success, meaning) in PHASES.items():
        for value in ext.lifecycle.get(phase, ()):
            rows.append(
                f"| `{value}` | {LIFECYCLE_NAMES[phase]} | {'yes' if terminal else 'no'} | "
                f"{'yes' if success else 'no'} | {meaning} |"
            )
    rows.append("| any other value | UNKNOWN | no | no | a value the spec does not list: kept as sent, polled on |")
    rows += ["", "| answer | what it means |", "|---|---|"]
    mode = ext.not_found
    rows.append(f"| `404` | {_not_found_text(mode)} |")
    for rule in ext.not_found_answers:
        values = ", ".join(f"`{v}`" for v in rule.values)
        field = "/" + "/".join(rule.field)
        rows.append(f"| `{rule.status}` with `{field}` = {values} | the same as a 404: {_not_found_text(mode)} |")
    if ext.bulk is not None:
        rows.append(
            f"| an id missing from `{ext.bulk}`'s answer | its record expired or never existed: the bulk waiter "
            "reports it as not found |"
        )
    return "\n".join(rows) + "\n"


STYLE = """
:root { --ink: #1d2433; --muted: #5b6478; --line: #dde2ea; --accent: #0b57d0; --bg: #f6f8fb; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--bg); }
header { background: var(--ink); color: #fff; padding: 2rem 1.5rem 1.5rem; }
header h1 { margin: 0 0 .3rem; font-size: 1.8rem; }
header p { margin: 0; color: #c9d1e0; max-width: 60rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; display: grid; gap: 1.2rem;
       grid-template-columns: repeat(auto-fill, minmax(21rem, 1fr)); }
section.card { background: #fff; border: 1px solid var(--line); border-radius: .6rem; padding: 1.1rem 1.2rem; }
.card h2 { margin: 0; font-size: 1.15rem; }
.card .meta { color: var(--muted); font-size: .85rem; margin: .2rem 0 .6rem; }
.card ul { padding-left: 1.1rem; margin: .4rem 0; }
.card code { font-size: .85rem; background: #eef1f6; padding: 0 .25rem; border-radius: .2rem; }
.links { display: flex; gap: .6rem; margin-top: .8rem; flex-wrap: wrap; }
.links a { text-decoration: none; color: #fff; background: var(--accent); padding: .35rem .7rem; border-radius: .4rem;
           font-size: .9rem; }
.links a.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0 0; padding: 0; list-style: none; }
.chips li { font-size: .75rem; padding: .1rem .45rem; border-radius: 1rem; border: 1px solid var(--line); }
.chips .PENDING, .chips .RUNNING { background: #fff7e0; }
.chips .SUCCEEDED { background: #e3f6e8; }
.chips .FAILED, .chips .CANCELLED { background: #fde7e7; }
.chips .NEEDS_ACTION { background: #ece7fd; }
section.guides { grid-column: 1 / -1; }
.guides li { margin: .2rem 0; }
.guides code { font-size: .85rem; background: #eef1f6; padding: 0 .25rem; border-radius: .2rem; }
footer { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem 2rem; color: var(--muted); font-size: .85rem; }
"""


def _card(key: str) -> str:
    spec = load(key)
    dist = DISTS[key]
    ops = "".join(
        f"<li><code>{html.escape(op_id)}</code> {html.escape(op.summary)}</li>" for op_id, op in spec.operations.items()
    )
    ext = spec.async_status
    chips = ""
    if ext is not None:
        chips = (
            '<ul class="chips" title="status values and their Lifecycle">'
            + "".join(
                f'<li class="{LIFECYCLE_NAMES[phase]}">{html.escape(str(v))}: {LIFECYCLE_NAMES[phase]}</li>'
                for phase in PHASES
                for v in ext.lifecycle.get(phase, ())
            )
            + "</ul>"
        )
    return (
        f'<section class="card" id="{key}"><h2>{html.escape(spec.title)}</h2>'
        f'<p class="meta">v{html.escape(spec.version)} · <code>specs/{key}.yaml</code> · '
        f"<code>pip install {html.escape(dist.dist)}</code></p>"
        f"<ul>{ops}</ul>{chips}"
        f'<p class="links"><a href="{key}.html">API reference</a>'
        f'<a class="secondary" href="python/{dist.package}.html">Python reference</a></p></section>'
    )


def _inline_code(markdown: str) -> str:
    """A one-line Markdown summary as HTML: escaped, its `code` spans as <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(markdown))


def index_page(guides: Sequence[tuple[str, str, str]] = ()) -> str:
    """The index: the guides (page, title, what it holds: README.md and docs/*.md), then a card per provider."""
    cards = "\n".join(_card(key) for key in PROVIDERS)
    listed = "".join(
        f'<li><a href="{html.escape(page)}">{html.escape(title)}</a>{": " * bool(summary)}{_inline_code(summary)}</li>'
        for page, title, summary in guides
    )
    section = f'<section class="card guides" id="guides"><h2>Guides</h2><ul>{listed}</ul></section>\n' if guides else ""
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>asyncstatus: API and SDK reference</title><style>{STYLE}</style></head><body>\n"
        "<header><h1>asyncstatus: API and SDK reference</h1><p>Five vendors' “status of an asynchronous "
        "process” APIs: an OpenAPI 3.1 contract and a generated Python SDK each. The guides explain the SDKs, "
        "the mocks and the tests; every API reference starts with a quick start and shows its status lifecycle; "
        "the Python reference covers every SDK module.</p>"
        f"</header>\n<main>\n{section}{cards}\n</main>\n"
        "<footer>Built by <code>make docs</code> from <code>README.md</code>, <code>docs/</code>, <code>specs/</code> "
        "and <code>generated/clients/</code>; works offline.</footer>\n</body></html>\n"
    )
