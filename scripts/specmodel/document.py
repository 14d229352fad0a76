"""The raw YAML document of one spec: its parsed data, where each node sits in the text, and the one
place `$ref`s are followed. Everything above this module reads the typed view (`view.py`).

Hand-written because no OpenAPI library here keeps YAML line numbers: openapi-spec-validator and
openapi-python-client both work on the parsed dict, so they cannot say `specs/<key>.yaml:LINE:COL`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Where = tuple[str | int, ...]  # a JSON Pointer into the document, as its parts

try:  # libyaml is an order of magnitude faster; pure Python is the fallback, with the same results
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a spec, where it is and what to do about it."""

    file: str
    line: int
    column: int
    what: str
    todo: str = ""

    def __str__(self) -> str:
        tail = f"; {self.todo}" if self.todo else ""
        return f"{self.file}:{self.line}:{self.column}: {self.what}{tail}"


class SpecProblems(Exception):
    """A spec that cannot be used; `problems` holds every one found, in document order."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(map(str, self.problems)))


def pointer(where: Where) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in where)


def parts(ref: str) -> Where:
    """`#/components/schemas/X` -> ('components', 'schemas', 'X')."""
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")) if ref != "#" else ()


@dataclass
class Document:
    path: Path
    shown: str  # the path as messages print it (relative to the checkout when inside it)
    text: str
    data: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    _root: yaml.Node | None = field(default=None, repr=False)

    @classmethod
    def read(cls, path: Path, shown: str) -> Document:
        """Parse the file; a problem that stops all further reading raises SpecProblems at once."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SpecProblems([Problem(shown, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
        except UnicodeDecodeError as exc:
            raise SpecProblems([Problem(shown, 1, 1, f"not UTF-8 text ({exc.reason})", "save it as UTF-8")]) from None
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            raise SpecProblems(
                [Problem(shown, line, col, f"invalid YAML: {exc.problem}", "fix the syntax at this place")]
            ) from None
        except yaml.YAMLError as exc:
            raise SpecProblems([Problem(shown, 1, 1, f"invalid YAML: {exc}")]) from None
        if not isinstance(data, dict):
            raise SpecProblems(
                [Problem(shown, 1, 1, f"the top level is a {type(data).__name__}", "a spec is a mapping")]
            )
        return cls(path, shown, text, data)

    def line_col(self, where: Where) -> tuple[int, int]:
        """Line and column of the node at `where`, or of its nearest existing parent."""
        if self._root is None:
            self._root = yaml.compose(self.text, Loader=yaml.SafeLoader)
        node = self._root
        key: yaml.Node | None = None  # the key of the last mapping entry on the way
        for part in where:
            if isinstance(node, yaml.MappingNode):
                match = [(k, v) for k, v in node.value if k.value == str(part)]
                if not match:
                    node = key  # a missing entry: point at the line of its parent's key
                    break
                key, node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
            else:
                break
        if node is None:
            return 1, 1
        return node.start_mark.line + 1, node.start_mark.column + 1

    def problem(self, where: Where, what: str, todo: str = "") -> None:
        line, col = self.line_col(where)
        self.problems.append(Problem(self.shown, line, col, what, todo))

    def at(self, where: Where) -> Any:
        """The node at `where`; KeyError when there is none."""
        node: Any = self.data
        for part in where:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise KeyError(pointer(where))
        return node

    def follow(self, node: Any, where: Where) -> tuple[Any, Where, str | None]:
        """Follow `$ref`s from `node` (found at `where`) to what they name: (target, its place, the last
        component name on the way, e.g. 'ProcessStatus'). A dangling or foreign `$ref` is recorded as a
        problem at the `$ref` and gives (None, where, None)."""
        seen: set[str] = set()
        name: str | None = None
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            ref_at = (*where, "$ref")
            if not isinstance(ref, str) or not ref.startswith("#"):
                self.problem(ref_at, f"$ref {ref!r} is not a local reference", "use '#/components/...'")
                return None, where, None
            if ref in seen:
                self.problem(ref_at, f"$ref {ref!r} refers to itself", "point it at a definition")
                return None, where, None
            seen.add(ref)
            target_at = parts(ref)
            try:
                node = self.at(target_at)
            except KeyError:
                self.problem(ref_at, f"$ref {ref!r} points to nothing", self._suggest(target_at))
                return None, where, None
            where = target_at
            if len(target_at) == 3 and target_at[0] == "components":
                name = str(target_at[2])
        return node, where, name

    def _suggest(self, target: Where) -> str:
        import difflib

        parent: Any
        try:
            parent = self.at(target[:-1])
        except KeyError:
            return f"{pointer(target[:-1])} does not exist either"
        if isinstance(parent, dict):
            close = difflib.get_close_matches(str(target[-1]), [str(k) for k in parent], n=1)
            if close:
                return f"did you mean {pointer((*target[:-1], close[0]))!r}?"
            return f"{pointer(target[:-1])} holds {', '.join(sorted(map(str, parent))) or 'nothing'}"
        return "point it at an existing definition"
