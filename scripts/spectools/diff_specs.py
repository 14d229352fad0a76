"""`make diff-specs`: report the changes of each specs/<key>.yaml since a base commit that break SDK users.

The structural diff is Optic's (`optic diff --json`, pinned in package.json): it resolves `$ref`s, pairs
operations, parameters, responses and schema properties between the two versions and gives each change
with its before and after. Optic's own verdict is not used: it judges wire compatibility for hand-written
clients, while our SDKs keep unknown enum values and fields (a response enum value *added* breaks nobody)
but expose every name and member as Python API (a response enum value *removed*, a parameter renamed or an
operationId changed breaks code that uses it). So the classification below is ours, over Optic's changes.

Base: `--base REF` (`make diff-specs BASE=...`); else the merge-base of HEAD with `main` (or `origin/main`,
as in a CI clone); on main itself, HEAD when specs/ has uncommitted edits, else HEAD~ (the last commit).
Exit 0 when nothing breaks, 1 on a breaking change (0 with ALLOW_BREAKING=1, or when info.version's major,
the provider's API major, changed), 2 when the base or the tool cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import specmodel
from specmodel import Spec

ROOT = Path(__file__).resolve().parents[2]
OPTIC = Path(os.environ.get("OPTIC", ROOT / "node_modules" / ".bin" / "optic"))
# Formats that change the Python type openapi-python-client gives a string (datetime, date, UUID, File).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})


class DiffError(Exception):
    """The base cannot be resolved, a spec cannot be read, or the diff tool failed; the message says which."""


@dataclass(frozen=True)
class Change:
    breaking: bool
    where: str  # "GET /x/{id} (getX) response 200"
    what: str  # "status: enum value removed: FAILED"

    def line(self) -> str:
        return f"  {'BREAKING' if self.breaking else 'changed '}  {self.where}: {self.what}"


@dataclass
class Report:
    key: str
    base_version: str | None
    head_version: str | None
    changes: list[Change] = field(default_factory=list)
    edited: bool = False  # the file differs (perhaps only in info or descriptions Optic does not report)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def new_major(self) -> bool:
        """A new provider API major (10.x -> 11.0.0) is expected to break; it does not fail the run."""
        major = [v.split(".")[0] for v in (self.base_version, self.head_version) if v]
        return len(major) == 2 and major[0] != major[1]


# --- classification of Optic's changelog ----------------------------------------------------------------------


def _types(value: Any) -> set[str] | None:
    if value is None:
        return None  # no `type`: any value
    return {value} if isinstance(value, str) else {str(t) for t in value}


def _fields(attr: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(field, before, after) for the facets we judge. Optic gives either `{key: "/schema/type", before: "string"}`
    or `{key: "/schema/properties/x", before: {"type": ..., "enum": ...}}` with only the facets that changed."""
    before, after = attr.get("before"), attr.get("after")
    last = attr.get("key", "").rsplit("/", 1)[-1]
    if not isinstance(before, dict) and not isinstance(after, dict):
        if last in ("required", "type", "enum", "format"):
            yield last, before, after
        return
    b = before if isinstance(before, dict) else {}
    a = after if isinstance(after, dict) else {}
    if "schema" in b or "schema" in a:  # the body's root schema: judge its own top-level facets only
        b, a = b.get("schema") or {}, a.get("schema") or {}
    for name in ("required", "type", "enum", "format"):
        if name in b or name in a:
            yield name, b.get(name), a.get(name)


def judge(facet: str, before: Any, after: Any, *, request: bool) -> str | None:
    """Why a changed facet breaks SDK users, or None. `request`: the value is sent by the SDK, else received."""
    if facet == "required":
        if request and after is True and before is not True:
            return "now required"
        if not request and before is True and after is not True:
            return "no longer required (reads may give UNSET)"
    elif facet == "type":
        old, new = _types(before), _types(after)
        if request and new is not None and (old is None or not old <= new):
            return f"type {_type_text(old)} -> {_type_text(new)}"
        if not request and old is not None and (new is None or not new <= old):
            return f"type {_type_text(old)} -> {_type_text(new)}"
    elif facet == "enum":
        if before is None:  # an enum where any value went: the SDK's type narrows for what it sends
            return "now restricted to an enum" if request else None
        if after is None:  # the SDK's enum class is gone (responses), values widen (requests: fine)
            return None if request else "enum removed (its SDK enum class goes)"
        removed = [v for v in before if v not in after]
        # Added values break nobody: requests widen, and the SDKs keep unknown response values as sent.
        if removed:
            return f"enum value{'s' if len(removed) > 1 else ''} removed: {', '.join(map(str, removed))}"
    elif facet == "format" and before != after and (before in TYPED_FORMATS or after in TYPED_FORMATS):
        return f"format {before or 'none'} -> {after or 'none'} (changes the SDK's Python type)"
    return None


def _pointer(key: str) -> str:
    """/schema/properties/steps/items/properties/state -> steps[].state"""
    parts = [p for p in key.split("/") if p][1:] if key.startswith("/schema") else [p for p in key.split("/") if p]
    out = ""
    i = 0
    while i < len(parts):
        if parts[i] == "properties" and i + 1 < len(parts):
            out += ("." if out else "") + parts[i + 1]
            i += 2
        else:
            out += "[]" if parts[i] == "items" else f"/{parts[i]}"
            i += 1
    return out or "body"


def _describe(attr: dict[str, Any]) -> str:
    before, after = attr.get("before"), attr.get("after")
    if isinstance(before, dict) and isinstance(after, dict) and set(before) == set(after) == {"enum"}:
        added = [v for v in after["enum"] or () if v not in (before["enum"] or ())]
        if added:
            return f"enum values added (the SDKs keep unknown ones): {', '.join(map(str, added))}"
    if isinstance(before, dict) or isinstance(after, dict):
        names = sorted(set(before or {}) | set(after or {}))
        if "schema" in names and len(names) == 1:
            names = sorted(set((before or {}).get("schema") or {}) | set((after or {}).get("schema") or {}))
        return f"{', '.join(names)} changed" if names else "changed"
    return f"{_short(before)} -> {_short(after)}"


def _short(value: Any) -> str:
    text = " ".join(repr(value).split())
    return text if len(text) <= 60 else text[:57] + "..."


def _type_text(types: set[str] | None) -> str:
    return "|".join(sorted(types)) if types else "any"


def _body_changes(where: str, attrs: list[dict[str, Any]], *, request: bool) -> Iterator[Change]:
    for attr in attrs:
        name, change = _pointer(attr.get("key", "")), attr.get("change")
        if change == "removed":
            yield Change(True, where, f"{name} removed")
        elif change == "added":
            required = isinstance(attr.get("after"), dict) and attr["after"].get("required") is True
            yield Change(request and required, where, f"{name} added{' (required)' if required else ''}")
        else:
            reasons = [r for f, b, a in _fields(attr) if (r := judge(f, b, a, request=request))]
            yield Change(bool(reasons), where, f"{name}: {'; '.join(reasons) if reasons else _describe(attr)}")


def classify(changelog: dict[str, Any], op_ids: dict[str, str] | None = None) -> list[Change]:
    """SDK-user verdicts for Optic's `diff --json` changelog; `op_ids` maps "GET /path" to an operationId."""
    out: list[Change] = []
    for op in changelog.get("operations", []):
        name = op["name"]
        where = f"{name} ({op_ids[name]})" if op_ids and name in op_ids else name
        if op["change"] in ("added", "removed"):
            out.append(Change(op["change"] == "removed", where, f"operation {op['change']}"))
            continue
        for attr in op.get("attributes", []):
            key = attr.get("key", "")
            # operationId names the SDK function, the first tag its module: renaming either breaks imports.
            renamed = key == "/operationId" or key.startswith("/tags")
            out.append(Change(renamed, where, f"{key.lstrip('/')}: {_describe(attr)}"))
        for param in op.get("parameters", []):
            pwhere = f"{where} {param['name']}"
            if param["change"] == "removed":  # a keyword argument of the SDK function goes (or is renamed)
                out.append(Change(True, pwhere, "removed"))
            elif param["change"] == "added":
                after: dict[str, Any] = next((a["after"] for a in param.get("attributes", []) if a.get("after")), {})
                required = after.get("required") is True
                out.append(Change(required, pwhere, f"added{' (required)' if required else ''}"))
            else:
                for attr in param.get("attributes", []):
                    reasons = [r for f, b, a in _fields(attr) if (r := judge(f, b, a, request=True))]
                    facet = attr.get("key", "").lstrip("/") or "definition"
                    out.append(Change(bool(reasons), pwhere, f"{facet}: {'; '.join(reasons) or _describe(attr)}"))
        body = op.get("requestBody")
        if body:
            out.extend(_container_changes(f"{where} request body", body, request=True))
        for response in op.get("responses", []):
            rwhere = f"{where} {response['name']}"
            if response["change"] == "removed":  # its typed model leaves the `.parsed` union
                out.append(Change(True, rwhere, "removed"))
            elif response["change"] == "added":
                out.append(Change(False, rwhere, "added"))
            else:
                out.extend(_container_changes(rwhere, response, request=False))
    # The same change often shows once per media type (bol: retailer and advertiser): say it once.
    return list(dict.fromkeys(out))


def _container_changes(where: str, node: dict[str, Any], *, request: bool) -> Iterator[Change]:
    if node.get("change") in ("added", "removed"):
        breaking = node["change"] == "removed" or request
        yield Change(breaking, where, node["change"])
        return
    for attr in node.get("attributes", []):
        yield Change(False, where, f"{attr.get('key', '').lstrip('/') or 'description'}: {_describe(attr)}")
    for media in node.get("contentTypes", []):
        if media["change"] == "removed":
            yield Change(True, where, f"media type {media['name']} removed")
        elif media["change"] == "added":
            yield Change(False, where, f"media type {media['name']} added")
        else:
            yield from _body_changes(where, media.get("attributes", []), request=request)


# --- running it --------------------------------------------------------------------------------------------------


def git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def _resolves(root: Path, ref: str) -> bool:
    return git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode == 0


def resolve_base(root: Path, base: str | None) -> tuple[str, str]:
    """(commit, how it was chosen)."""
    if git(root, "rev-parse", "--git-dir").returncode != 0:
        raise DiffError(f"{root} is not a git checkout: give the specs to compare with --files OLD NEW")
    if base:
        if not _resolves(root, base):
            raise DiffError(f"BASE={base} is not a commit here (in a shallow CI clone: git fetch origin {base})")
        return git(root, "rev-parse", f"{base}^{{commit}}").stdout.strip(), base
    main = next((ref for ref in ("main", "origin/main") if _resolves(root, ref)), None)
    if main is None:
        raise DiffError("no `main` or `origin/main` here: `git fetch origin main`, or name the base: BASE=<ref>")
    head = git(root, "rev-parse", "HEAD").stdout.strip()
    main_commit = git(root, "rev-parse", main).stdout.strip()
    if git(root, "rev-parse", "--abbrev-ref", "HEAD").stdout.strip() != "main":
        merge_base = git(root, "merge-base", "HEAD", main)
        if merge_base.returncode == 0:
            return merge_base.stdout.strip(), f"merge-base with {main}"
        return main_commit, f"{main} (no merge-base: shallow clone?)"
    if git(root, "status", "--porcelain", "--", "specs").stdout.strip():
        return head, "HEAD (uncommitted spec edits on main)"
    if not _resolves(root, "HEAD~"):
        raise DiffError("on main's first commit: nothing to compare with; name the base: BASE=<ref>")
    return git(root, "rev-parse", "HEAD~").stdout.strip(), "HEAD~ (on main)"


def _load(path: Path) -> Spec:
    """The spec model's view of one side of the diff. The base side was accepted when it was committed,
    so a problem the model finds there now (a rule added since) does not stop the diff; a file the model
    cannot read at all does."""
    spec, problems = specmodel.read(path)
    if spec is None:
        raise DiffError("\n".join(map(str, problems)))
    return spec


def _op_ids(*specs: Spec) -> dict[str, str]:
    ids: dict[str, str] = {}
    for spec in specs:
        for op in spec.operations.values():
            ids.setdefault(f"{op.method.upper()} {op.path}", op.operation_id)
    return ids


def run_optic(old: Path, new: Path) -> dict[str, Any]:
    if not OPTIC.exists():
        raise DiffError(f"{OPTIC} is missing: run `make setup` (npm ci installs @useoptic/optic from package.json)")
    # Telemetry off (Optic otherwise reports usage and crashes); HOME for its config file stays as it is.
    env = {**os.environ, "OPTIC_TELEMETRY_LEVEL": "off"}
    proc = subprocess.run(
        [str(OPTIC), "diff", str(old), str(new), "--json"], capture_output=True, text=True, env=env, check=False
    )
    # Exit 1 is Optic's own wire-compatibility ruleset failing: we judge the changes ourselves.
    try:
        changelog = json.loads(proc.stdout) if proc.returncode in (0, 1) else None
    except json.JSONDecodeError:
        changelog = None
    if not isinstance(changelog, dict):
        detail = (proc.stderr or proc.stdout).strip()[-2000:]
        raise DiffError(f"optic diff {old.name} {new.name} failed (exit {proc.returncode}):\n{detail}")
    return changelog


def diff_files(key: str, old: Path | None, new: Path | None) -> Report:
    """The report for one spec; None for a side where the spec does not exist."""
    old_spec, new_spec = (_load(p) if p else None for p in (old, new))
    base_version, head_version = (s.version or None if s else None for s in (old_spec, new_spec))
    report = Report(key, base_version, head_version)
    if old is None or new is None or old_spec is None or new_spec is None:
        gone = new is None
        report.changes.append(Change(gone, f"specs/{key}.yaml", "removed: its SDK goes" if gone else "new spec"))
        return report
    if old.read_bytes() == new.read_bytes():
        return report
    report.edited = True
    report.changes = classify(run_optic(old, new), _op_ids(new_spec, old_spec))
    return report


def diff_against(root: Path, commit: str) -> list[Report]:
    listed = git(root, "ls-tree", "--name-only", commit, "specs/")
    if listed.returncode != 0:
        raise DiffError(f"git ls-tree {commit} specs/ failed: {listed.stderr.strip()}")
    base_keys = {Path(p).stem for p in listed.stdout.split() if p.endswith(".yaml")}
    head_keys = {p.stem for p in (root / "specs").glob("*.yaml")}
    with tempfile.TemporaryDirectory(prefix="asyncstatus-diff-specs-") as tmp:
        jobs: list[tuple[str, Path | None, Path | None]] = []
        for key in sorted(base_keys | head_keys):
            old: Path | None = None
            if key in base_keys:
                # Named after the spec so that Optic's and our messages say which file.
                old = Path(tmp) / f"{key}@{commit[:10]}.yaml"
                shown = git(root, "show", f"{commit}:specs/{key}.yaml")
                if shown.returncode != 0:
                    raise DiffError(f"git show {commit}:specs/{key}.yaml failed: {shown.stderr.strip()}")
                old.write_text(shown.stdout, encoding="utf-8")
            jobs.append((key, old, root / "specs" / f"{key}.yaml" if key in head_keys else None))
        # Optic takes ~1.5 s a spec, mostly Node start-up: run them side by side.
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            return list(pool.map(lambda job: diff_files(*job), jobs))


def _non_breaking_lines(changes: list[Change], verbose: bool) -> list[str]:
    """All of them with --verbose; else one line per kind of change (one schema edit shows in every response)."""
    if verbose:
        return [c.line() for c in sorted(changes, key=lambda c: (c.where, c.what))]
    places: dict[str, list[str]] = {}
    for c in changes:
        places.setdefault(c.what, []).append(c.where)
    return [
        f"  changed   {where[0]}: {what}" if len(where) == 1 else f"  changed   {what} (in {len(where)} places)"
        for what, where in sorted(places.items())
    ]


def render(reports: list[Report], allow_breaking: bool, verbose: bool = False) -> tuple[str, int]:
    lines: list[str] = []
    failing: list[str] = []
    for r in reports:
        versions = (
            f"{r.base_version}"
            if r.base_version == r.head_version
            else f"new {r.head_version}"
            if r.base_version is None
            else f"{r.base_version} -> {r.head_version}"
        )
        if not r.changes:
            lines.append(f"{r.key:<18} {versions:<18} {'no API change' if r.edited else 'unchanged'}")
            continue
        n_break = len(r.breaking)
        lines.append(f"{r.key:<18} {versions:<18} {n_break} breaking, {len(r.changes) - n_break} non-breaking")
        lines.extend(c.line() for c in sorted(r.breaking, key=lambda c: (c.where, c.what)))
        lines.extend(_non_breaking_lines([c for c in r.changes if not c.breaking], verbose))
        if r.base_version == r.head_version and r.base_version is not None:
            lines.append("  note: info.version unchanged: a released change bumps the spec revision (x.N.0)")
        if n_break and r.new_major:
            lines.append("  note: new provider API major: breaking changes are expected and do not fail")
        elif n_break:
            failing.append(r.key)
    if failing and allow_breaking:
        lines.append(f"breaking changes for SDK users in {', '.join(failing)}: allowed by ALLOW_BREAKING=1")
        return "\n".join(lines), 0
    if failing:
        lines.append(
            f"breaking changes for SDK users in {', '.join(failing)}: if intended, bump the spec revision, "
            "list the BREAKING lines in the release notes and run with ALLOW_BREAKING=1"
        )
        return "\n".join(lines), 1
    return "\n".join(lines), 0


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base", default=os.environ.get("BASE") or None, help="git ref to compare with")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every non-breaking change")
    parser.add_argument("--files", nargs=2, type=Path, metavar=("OLD", "NEW"), help="compare two spec files")
    args = parser.parse_args(argv)
    allow = os.environ.get("ALLOW_BREAKING", "") not in ("", "0")
    try:
        if args.files:
            old, new = args.files
            reports = [diff_files(new.stem, old, new)]
            print(f"diff-specs: {new} against {old}")
        else:
            commit, how = resolve_base(root, args.base)
            print(f"diff-specs: specs/ against {commit[:10]} ({how})")
            reports = diff_against(root, commit)
    except DiffError as exc:
        print(f"diff-specs: {exc}", file=sys.stderr)
        return 2
    text, code = render(reports, allow, args.verbose)
    print(text)
    return code


if __name__ == "__main__":
    sys.exit(main())
