"""Check a release tag against the package it releases (release.yml runs this before and after the build).

A tag `<dist>-v<version>` releases one package:

- `asyncstatus-core-v<version>` (e.g. `asyncstatus-core-v1.0.0`) releases the core, core/: <version> is
  `__version__` in core/src/asyncstatus_core/__init__.py, and core/CHANGELOG.md has a `## <version>` section.
- `<sdk dist>-v<version>` (e.g. `bol-process-status-client-v10.2.0.1.0`) releases the generated package
  generated/clients/<dist>/ of one of scripts/providers.py's distributions: <version> is, character for
  character, `<spec info.version>.<core major>.<core minor>` (docs/architecture.md, "One runtime, many
  SDKs"; the SDK depends on `asyncstatus-core>=MAJOR.MINOR,<MAJOR+1`), the generated pyproject's version and
  range say the same, and the package's CHANGELOG.md has a section for that version (`make changelog`,
  scripts/spectools/changelog.py).
  The core that range starts at must be on PyPI before the SDK is (release.yml checks; `core` in the output).

(run as `PYTHONPATH=scripts python -m spectools.release_check ...`)

    release_check TAG                   # the tag matches the spec (or the core) and the package
    release_check TAG --github-output   # ... and writes dist, version, project, core to $GITHUB_OUTPUT
    release_check TAG --dists dist/     # dist/ holds exactly that version's wheel and sdist

Exit 0 when everything agrees, 1 with one line per problem (naming file, line and field) when not,
2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import specmodel
from providers import PROVIDERS

ROOT = Path(__file__).resolve().parents[2]
# <dist>-v<version>: the dist is lower-case words joined by '-', the version starts with a digit.
TAG = re.compile(r"(?P<dist>[a-z0-9]+(?:-[a-z0-9]+)*)-v(?P<version>[0-9][0-9A-Za-z.+!-]*)")
CORE_DIST = "asyncstatus-core"
CORE_KEY = "core"  # Release.key of the core (the SDKs' keys are scripts/providers.py's)
CORE_PROJECT = Path("core")
CORE_INIT = CORE_PROJECT / "src" / "asyncstatus_core" / "__init__.py"
CORE_CHANGELOG = CORE_PROJECT / "CHANGELOG.md"
# The one line the core's version is written on (core_version() reads it, for the release checks and make generate).
CORE_VERSION_LINE = re.compile(r'^__version__ = "(?P<version>(?P<major>\d+)\.(?P<minor>\d+)\.\d+)"$')


class ReleaseError(Exception):
    """The tag, the spec, the package or the built files disagree; the message says where."""


@dataclass(frozen=True)
class Release:
    key: str  # provider key (specs/<key>.yaml), or CORE_KEY for the core
    dist: str
    version: str
    project: str  # the folder `python -m build` takes, relative to the repository root
    core: str = ""  # an SDK's lowest core, MAJOR.MINOR of its range (on PyPI before the SDK); "" for the core

    def files(self) -> set[str]:
        """The wheel and sdist names that release this version (PEP 427 and PEP 625: '-' becomes '_')."""
        stem = f"{self.dist.replace('-', '_')}-{self.version}"
        return {f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"}


def spec_version(spec: Path, shown: str | None = None) -> tuple[str, int]:
    """`info.version` of a spec and its line, read through the spec model (which knows the lines)."""
    shown = shown or str(spec)
    model, problems = specmodel.read(spec)
    if model is None:
        first = problems[0]
        raise ReleaseError(f"{shown}:{first.line}: {first.what}")
    line, _ = model.doc.line_col(("info", "version"))
    if not model.version:
        raise ReleaseError(f"{shown}:{line}: info.version: missing")
    return model.version, line


def core_version(root: Path = ROOT) -> tuple[str, tuple[int, int], int]:
    """The core's `__version__` (X.Y.Z), its (major, minor) and the line it is written on."""
    init = root / CORE_INIT
    try:
        lines = init.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ReleaseError(f"{CORE_INIT}: unreadable ({exc.strerror})") from None
    for number, text in enumerate(lines, 1):
        found = CORE_VERSION_LINE.match(text)
        if found:
            return found["version"], (int(found["major"]), int(found["minor"])), number
    raise ReleaseError(f'{CORE_INIT}: no `__version__ = "X.Y.Z"` line: write the core\'s version there')


def core_requirement(major: int, minor: int) -> str:
    """The core range a package generated against core MAJOR.MINOR declares (scripts/codegen/generate.py): at
    least that core, below its next major (semantic versioning: a minor release of the core only adds)."""
    return f"{CORE_DIST}>={major}.{minor},<{major + 1}"


def _tags() -> str:
    return ", ".join([f"{CORE_DIST}-v<version>", *(f"{p.dist}-v<version>" for p in PROVIDERS.values())])


def check_tag(tag: str, root: Path = ROOT) -> Release:
    """The release a tag names, or ReleaseError saying what disagrees."""
    match = TAG.fullmatch(tag)
    if match is None:
        raise ReleaseError(f"tag {tag!r}: expected <dist>-v<version>, one of {_tags()}")
    dist, version = match["dist"], match["version"]
    if dist == CORE_DIST:
        return _check_core(tag, version, root)
    provider = next((p for p in PROVIDERS.values() if p.dist == dist), None)
    if provider is None:
        raise ReleaseError(
            f"tag {tag!r}: {dist!r} is not a package of this repository (scripts/providers.py): {_tags()}"
        )
    spec = root / "specs" / f"{provider.key}.yaml"
    spec_v, spec_line = spec_version(spec, _rel(spec, root))
    core_v, (major, minor), core_line = core_version(root)
    wanted = f"{spec_v}.{major}.{minor}"
    scheme = f"<info.version>.<core major>.<core minor> = {spec_v}.{major}.{minor}"
    problems = []
    if version != wanted:
        if version.startswith(f"{spec_v}."):  # the spec part is right: the core part is not
            problems.append(
                f"{CORE_INIT}:{core_line}: __version__ is {core_v!r}, so {dist} is {wanted!r} ({scheme}) but tag "
                f"{tag!r} says {version!r} (tag {dist}-v{wanted} releases this package; or set the core's "
                "__version__, release the core, and run make generate)"
            )
        else:
            problems.append(
                f"{_rel(spec, root)}:{spec_line}: info.version is {spec_v!r}, so {dist} is {wanted!r} ({scheme}) "
                f"but tag {tag!r} says {version!r} (tag {dist}-v{wanted} releases this spec; or raise info.version "
                "and run make generate)"
            )
    problems += _pyproject_problems(root, dist, wanted, core_requirement(major, minor))
    problems += _changelog_problems(root, provider.key, dist, wanted)
    if problems:
        raise ReleaseError("\n".join(problems))
    project = _rel(root / "generated" / "clients" / dist, root)
    return Release(provider.key, dist, version, project, f"{major}.{minor}")


def _check_core(tag: str, version: str, root: Path) -> Release:
    """`asyncstatus-core-v<version>`: the core's `__version__`, with its section in core/CHANGELOG.md."""
    core_v, _, line = core_version(root)
    problems = []
    if version != core_v:
        problems.append(
            f"{CORE_INIT}:{line}: __version__ is {core_v!r} but tag {tag!r} says {version!r} "
            f"(tag {CORE_DIST}-v{core_v} releases this core; or set __version__ and add its section to "
            f"{CORE_CHANGELOG})"
        )
    try:
        text = (root / CORE_CHANGELOG).read_text(encoding="utf-8")
    except OSError:
        problems.append(f"{CORE_CHANGELOG}: missing: write it, with a `## {core_v}` section saying what changed")
    else:
        if not re.search(rf"^## {re.escape(core_v)}(\s|$)", text, re.M):
            problems.append(
                f"{CORE_CHANGELOG}: no section for {core_v}: add `## {core_v}` above the older ones, saying what "
                "changed for the SDKs and their users (by hand)"
            )
    if problems:
        raise ReleaseError("\n".join(problems))
    return Release(CORE_KEY, CORE_DIST, version, str(CORE_PROJECT))


def _pyproject_problems(root: Path, dist: str, wanted: str, requirement: str) -> list[str]:
    """The generated pyproject must carry the version and the core range the spec and the core give now."""
    pyproject = root / "generated" / "clients" / dist / "pyproject.toml"
    shown = _rel(pyproject, root)
    try:
        text = pyproject.read_text(encoding="utf-8")
        project = tomllib.loads(text)["project"]
        built, dependencies = project["version"], project.get("dependencies", [])
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        return [f"{shown}: project.version unreadable ({exc})"]
    problems = []
    if built != wanted:
        line = _line_of(text, r"^version\s*=")
        problems.append(
            f"{shown}:{line}: project.version is {built!r}, the spec and the core say {wanted!r}: "
            "generated/ is stale (make generate)"
        )
    cores = [d for d in dependencies if re.match(rf"{re.escape(CORE_DIST)}\s*[<>=!~\[;]", d)]
    if [c.replace(" ", "") for c in cores] != [requirement]:
        line = _line_of(text, rf'"{re.escape(CORE_DIST)}')
        problems.append(
            f"{shown}:{line}: project.dependencies require {cores or 'no core'}, the core says {requirement!r}: "
            "generated/ is stale (make generate)"
        )
    return problems


def _line_of(text: str, pattern: str) -> int:
    return next((i for i, line in enumerate(text.splitlines(), 1) if re.search(pattern, line.strip())), 1)


def _changelog_problems(root: Path, key: str, dist: str, version: str) -> list[str]:
    """The package's CHANGELOG.md must have a section for the version released (`## <version>`)."""
    changelog = root / "generated" / "clients" / dist / "CHANGELOG.md"
    try:
        text = changelog.read_text(encoding="utf-8")
    except OSError:
        return [f"{_rel(changelog, root)}: missing: run make changelog PROVIDER={key}, then make generate"]
    if not re.search(rf"^## {re.escape(version)}(\s|$)", text, re.M):
        return [
            f"{_rel(changelog, root)}: no section for {version}: run make changelog PROVIDER={key} "
            "(it writes what make diff-specs finds since the last release), then make generate"
        ]
    return []


def check_dists(release: Release, folder: Path) -> list[Path]:
    """The built files, when `folder` holds exactly this release's wheel and sdist (nothing else goes to PyPI)."""
    found = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    wanted = release.files()
    problems = [f"{folder}: {name} is missing" for name in sorted(wanted - found)]
    problems += [f"{folder}: {name} is not part of {release.dist} {release.version}" for name in sorted(found - wanted)]
    if problems:
        raise ReleaseError("\n".join(problems))
    return sorted(folder / name for name in wanted)


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "tag", help="the git tag, e.g. bol-process-status-client-v10.2.0.1.0 or asyncstatus-core-v1.0.0"
    )
    parser.add_argument("--dists", type=Path, help="folder with the built wheel and sdist to check")
    parser.add_argument(
        "--github-output", action="store_true", help="append dist, version, project, core to $GITHUB_OUTPUT"
    )
    args = parser.parse_args(argv)
    try:
        release = check_tag(args.tag)
        if args.dists is not None:
            check_dists(release, args.dists)
    except ReleaseError as err:
        for line in str(err).splitlines():
            print(f"release_check: {line}", file=sys.stderr)
        return 1
    if release.key == CORE_KEY:
        print(f"release_check: {args.tag}: {CORE_INIT} __version__ {release.version} matches {release.project}")
    else:
        spec = f"specs/{release.key}.yaml"
        print(
            f"release_check: {args.tag}: {spec} info.version on core {release.core} is {release.version}, "
            f"as {release.project} says (needs {CORE_DIST} {release.core}.* on PyPI)"
        )
    if args.dists is not None:
        print(f"release_check: {args.dists}: {', '.join(sorted(release.files()))}")
    if args.github_output:
        output = os.environ.get("GITHUB_OUTPUT")
        if not output:
            print("release_check: --github-output: GITHUB_OUTPUT is not set", file=sys.stderr)
            return 2
        with open(output, "a", encoding="utf-8") as out:
            out.write(f"dist={release.dist}\nversion={release.version}\nproject={release.project}\n")
            out.write(f"core={release.core}\n")  # empty for the core itself
    return 0


if __name__ == "__main__":
    sys.exit(main())
