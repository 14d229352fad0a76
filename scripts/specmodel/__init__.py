"""The spec model: each `specs/<key>.yaml` loaded once into a typed, immutable, checked view.

`load(key)` is what every tool reads (generator, lint, docs, mocks, tests): a `Spec` whose every
`$ref` resolved at load, or `SpecProblems` listing each problem as `specs/<key>.yaml:LINE:COL: what;
what to do`. `check_file(path)` adds the OpenAPI 3.1 structural check and the registry check, for
`make lint` and `make generate`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from . import checks
from .build import Builder
from .document import Document, Problem, SpecProblems
from .validate import errors, validator
from .view import (
    HTTP_METHODS,
    LIFECYCLE_LISTS,
    AsyncStatus,
    Example,
    Header,
    MediaType,
    NotFoundAnswer,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    SecurityScheme,
    Server,
    Spec,
)

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs"

__all__ = [
    "HTTP_METHODS",
    "LIFECYCLE_LISTS",
    "ROOT",
    "SPECS_DIR",
    "AsyncStatus",
    "Example",
    "Header",
    "MediaType",
    "NotFoundAnswer",
    "Operation",
    "Parameter",
    "Problem",
    "RequestBody",
    "Response",
    "Schema",
    "SecurityScheme",
    "Server",
    "Spec",
    "SpecProblems",
    "check_file",
    "errors",
    "load",
    "load_file",
    "read",
    "shown",
    "spec_path",
    "validator",
]


def spec_path(key: str) -> Path:
    return SPECS_DIR / f"{key}.yaml"


def shown(path: Path) -> str:
    """A path as messages print it: relative to the checkout when inside it."""
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def read(path: Path, key: str | None = None) -> tuple[Spec | None, list[Problem]]:
    """The view of a spec file as far as it can be built, and every problem found, in line order (None
    when the file cannot be parsed at all)."""
    try:
        doc = Document.read(path, shown(path))
    except SpecProblems as exc:
        return None, list(exc.problems)
    spec = Builder(key or path.stem, doc).build()
    checks.check(spec)
    return spec, sorted(set(doc.problems), key=lambda p: (p.line, p.column, p.what))


def load_file(path: Path, key: str | None = None) -> Spec:
    """Read, build and check one spec file; SpecProblems with every problem found."""
    spec, problems = read(path, key)
    if spec is None or problems:
        raise SpecProblems(problems)
    return spec


@cache
def load(key: str) -> Spec:
    """The checked view of `specs/<key>.yaml` (read once per process)."""
    return load_file(spec_path(key), key)


def check_file(path: Path) -> list[Problem]:
    """Every problem of a spec file: the model's own checks, then openapi-spec-validator's OpenAPI 3.1
    schema (run only once every `$ref` resolves: it cannot report a dangling one with its place)."""
    _, problems = read(path)
    if any("$ref" in p.what for p in problems):
        return problems
    try:
        doc = Document.read(path, shown(path))
    except SpecProblems as exc:
        return list(exc.problems)
    from openapi_spec_validator import OpenAPIV31SpecValidator

    for error in OpenAPIV31SpecValidator(doc.data).iter_errors():
        where = tuple(error.absolute_path)
        at = "/".join(map(str, where)) or "(root)"
        doc.problem(where, f"not valid OpenAPI 3.1 at {at}: {error.message}")
    seen = {(p.line, p.what) for p in problems}
    problems.extend(p for p in doc.problems if (p.line, p.what) not in seen)
    return sorted(problems, key=lambda p: (p.line, p.column))
