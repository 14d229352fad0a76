"""Check a release tag against the package it releases (release.yml runs this before and after the build).

A tag `<dist>-v<version>` (e.g. `bol-process-status-client-v10.1.0`) releases the generated package
generated/clients/<dist>/. It is refused unless <dist> is one of scripts/providers.py's distributions and
<version> is, character for character, the spec's `info.version` and the generated pyproject's version
(the SDK's version is the spec's: README "Using an SDK"), and the package's CHANGELOG.md has a section for
that version (`make changelog`, scripts/spectools/changelog.py).

(run as `PYTHONPATH=scripts python -m spectools.release_check ...`)

    release_check TAG                   # the tag matches the spec and the package
    release_check TAG --github-output   # ... and writes dist, version, project to $GITHUB_OUTPUT
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


class ReleaseError(Exception):
    """The tag, the spec, the package or the built files disagree; the message says where."""


@dataclass(frozen=True)
class Release:
    key: str  # provider key: specs/<key>.yaml
    dist: str
    version: str
    project: str  # the folder `python -m build` takes, relative to the repository root

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


def check_tag(tag: str, root: Path = ROOT) -> Release:
    """The release a tag names, or ReleaseError saying what disagrees."""
    match = TAG.fullmatch(tag)
    dists = ", ".join(f"{p.dist}-v<version>" for p in PROVIDERS.values())
    if match is None:
        raise ReleaseError(f"tag {tag!r}: expected <dist>-v<version>, one of {dists}")
    dist, version = match["dist"], match["version"]
    provider = next((p for p in PROVIDERS.values() if p.dist == dist), None)
    if provider is None:
        raise ReleaseError(f"tag {tag!r}: {dist!r} is not a package of this repository (scripts/providers.py): {dists}")
    spec = root / "specs" / f"{provider.key}.yaml"
    wanted, line = spec_version(spec, _rel(spec, root))
    problems = []
    if version != wanted:
        problems.append(
            f"{_rel(spec, root)}:{line}: info.version is {wanted!r} but tag {tag!r} says {version!r} "
            f"(tag {dist}-v{wanted} releases this spec; or raise info.version and run make generate)"
        )
    pyproject = root / "generated" / "clients" / dist / "pyproject.toml"
    try:
        built = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise ReleaseError(f"{_rel(pyproject, root)}: project.version unreadable ({exc})") from None
    if built != wanted:
        problems.append(
            f"{_rel(pyproject, root)}: project.version is {built!r}, the spec says {wanted!r}: "
            "generated/ is stale (make generate)"
        )
    problems += _changelog_problems(root, provider.key, dist, wanted)
    if problems:
        raise ReleaseError("\n".join(problems))
    return Release(provider.key, dist, version, _rel(root / "generated" / "clients" / dist, root))


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
    parser.add_argument("tag", help="the git tag, e.g. bol-process-status-client-v10.1.0")
    parser.add_argument("--dists", type=Path, help="folder with the built wheel and sdist to check")
    parser.add_argument("--github-output", action="store_true", help="append dist, version, project to $GITHUB_OUTPUT")
    args = parser.parse_args(argv)
    try:
        release = check_tag(args.tag)
        if args.dists is not None:
            check_dists(release, args.dists)
    except ReleaseError as err:
        for line in str(err).splitlines():
            print(f"release_check: {line}", file=sys.stderr)
        return 1
    spec = f"specs/{release.key}.yaml"
    print(f"release_check: {args.tag}: {spec} info.version {release.version} matches {release.project}")
    if args.dists is not None:
        print(f"release_check: {args.dists}: {', '.join(sorted(release.files()))}")
    if args.github_output:
        output = os.environ.get("GITHUB_OUTPUT")
        if not output:
            print("release_check: --github-output: GITHUB_OUTPUT is not set", file=sys.stderr)
            return 2
        with open(output, "a", encoding="utf-8") as out:
            out.write(f"dist={release.dist}\nversion={release.version}\nproject={release.project}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
