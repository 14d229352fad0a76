"""`make changelog PROVIDER=<key>`: write the section of the coming release into specs/changelog/<key>.md,
from what `make diff-specs` finds between the last release and the working tree.

The section is headed by the package's version, `<info.version>.<core major>.<core minor>` (spec 10.2.0 on
core 1.0 is 10.2.0.1.0: scripts/codegen/generate.py sdk_version()), says the core range the package needs,
and lists the spec's changes that break SDK users, then the others, as scripts/spectools/diff_specs.py
classifies Optic's diff. The base is the last release tag of the package (`<dist>-v<version>`, highest
version) or `--base REF`; `--old FILE` compares with a spec file instead. A new provider's first section (no
tag, no section yet) needs no base: it lists the spec as new. `make generate` copies the file
into the package as CHANGELOG.md, and scripts/spectools/release_check.py refuses a tag whose version has no
section there. The text under a section is meant to be edited by hand after it is written (what a change
means for users); the tool never rewrites an existing section. Sections written before the core (headed by
the spec's version alone, when that was the package's version) are read as they are: they stay below, and
their versions sort below the new ones.

Exit 0 when the section was written, 1 when the version already has one (bump info.version, or the core,
first), 2 when the base, the core's version or the diff tool cannot be used.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import tempfile
from pathlib import Path

from providers import PROVIDERS

from spectools.diff_specs import ROOT, Change, DiffError, Report, diff_files, git
from spectools.release_check import CORE_INIT, ReleaseError, core_requirement, core_version, spec_version

CHANGELOGS = ROOT / "specs" / "changelog"
HEADING = re.compile(r"^## (?P<version>\S+)", re.M)


def changelog_path(key: str, root: Path = ROOT) -> Path:
    return root / "specs" / "changelog" / f"{key}.md"


def versions(text: str) -> list[str]:
    """The versions a changelog has sections for, newest (top) first: package versions
    (`<info.version>.<core major>.<core minor>`), and below them the spec versions of sections written before
    the core."""
    return [m["version"] for m in HEADING.finditer(text)]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def last_release(key: str, root: Path = ROOT) -> str | None:
    """The package's highest release tag here, if any."""
    dist = PROVIDERS[key].dist
    tags = git(root, "tag", "--list", f"{dist}-v*").stdout.split()
    return max(tags, key=lambda tag: _version_key(tag.removeprefix(f"{dist}-v")), default=None)


def _lines(changes: list[Change]) -> list[str]:
    return [f"- {c.where}: {c.what}" for c in sorted(changes, key=lambda c: (c.where, c.what))]


def package_version(spec_version: str, core: tuple[int, int]) -> str:
    """The package's version: the spec's `info.version`, then the core's MAJOR.MINOR its range starts at."""
    return f"{spec_version}.{core[0]}.{core[1]}"


def section(report: Report, since: str, today: datetime.date, core: tuple[int, int]) -> str:
    """The changelog section of `report`'s head version on core MAJOR.MINOR `core`."""
    out = [
        f"## {package_version(report.head_version or '', core)} ({today.isoformat()})",
        "",
        f"Spec {report.head_version}; needs `{core_requirement(*core)}` (core/CHANGELOG.md).",
        "",
        f"Changes to `specs/{report.key}.yaml` since {since}:",
        "",
    ]
    if not report.changes:
        out += ["- No change to the API: descriptions, examples or tooling only." if report.edited else "- None.", ""]
        return "\n".join(out)
    breaking = [c for c in report.changes if c.breaking]
    if breaking:
        out += ["### Breaking for SDK users", "", *_lines(breaking), ""]
    rest = [c for c in report.changes if not c.breaking]
    if rest:
        out += ["### Other changes", "", *_lines(rest), ""]
    return "\n".join(out)


def header(key: str) -> str:
    dist = PROVIDERS[key].dist
    return (
        f"# Changelog of {dist}\n\n"
        "The SDK's version is the spec's `info.version` followed by the MAJOR.MINOR of the asyncstatus-core it "
        "needs at least (10.2.0.1.0: spec 10.2.0 on core 1.0; sections from before the core carry the spec's "
        f"version alone). Each section is written at release by `make changelog PROVIDER={key}` from `make "
        f"diff-specs` (what changed in `specs/{key}.yaml` since the last release, and "
        "what of it breaks SDK users), then edited by hand where a change needs words.\n"
    )


def insert(text: str, new_section: str, key: str) -> str:
    """`text` (a changelog, possibly empty) with `new_section` above the newest section."""
    if not text.strip():
        return header(key) + "\n" + new_section
    first = HEADING.search(text)
    if first is None:
        return text.rstrip("\n") + "\n\n" + new_section
    return text[: first.start()] + new_section + "\n" + text[first.start() :]


def base_spec(key: str, base: str, folder: Path, root: Path = ROOT) -> Path | None:
    """specs/<key>.yaml at `base`, written into `folder`; None when the spec did not exist there."""
    shown = git(root, "show", f"{base}:specs/{key}.yaml")
    if shown.returncode != 0:
        if git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
            raise DiffError(f"{base} is not a commit here (in a shallow clone: git fetch --tags)")
        return None
    path = folder / f"{key}@{base.replace('/', '_')}.yaml"
    path.write_text(shown.stdout, encoding="utf-8")
    return path


def main(argv: list[str] | None = None, root: Path = ROOT, today: datetime.date | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make changelog", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("provider", choices=sorted(PROVIDERS))
    parser.add_argument("--base", help="git ref to compare with (default: the last release tag)")
    parser.add_argument("--old", type=Path, help="a spec file to compare with instead of a git ref")
    args = parser.parse_args(argv)
    key = args.provider
    path = changelog_path(key, root)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    spec = root / "specs" / f"{key}.yaml"
    try:
        _, core, _ = core_version(root)
        head, _ = spec_version(spec, f"specs/{key}.yaml")
    except ReleaseError as exc:
        print(f"make changelog: {exc}", file=sys.stderr)
        return 2
    version = package_version(head, core)
    if version in versions(text):  # said before the diff, which takes seconds
        print(
            f"make changelog: {path.relative_to(root)} already has a section for {version}: raise info.version "
            f"in specs/{key}.yaml (or the core's __version__ in {CORE_INIT}) for the next release, or edit that "
            "section by hand",
            file=sys.stderr,
        )
        return 1
    try:
        with tempfile.TemporaryDirectory(prefix="asyncstatus-changelog-") as tmp:
            if args.old is not None:
                old, since = args.old, f"`{args.old.name}`"
            else:
                base = args.base or last_release(key, root)
                if base is None and not versions(text):
                    # A new provider: no release and no section yet, so its first section starts from nothing.
                    old, since = None, "nothing (its first release)"
                elif base is None:
                    print(
                        f"make changelog: {PROVIDERS[key].dist} has no release tag yet: name the base, "
                        "BASE=<ref> (e.g. the commit of the last published version)",
                        file=sys.stderr,
                    )
                    return 2
                else:
                    old, since = base_spec(key, base, Path(tmp), root), f"`{base}`"
            report = diff_files(key, old, spec)
    except DiffError as exc:
        print(f"make changelog: {exc}", file=sys.stderr)
        return 2
    path.parent.mkdir(parents=True, exist_ok=True)
    written = insert(text, section(report, since, today or datetime.date.today(), core), key)
    path.write_text(written, encoding="utf-8")
    print(f"make changelog: wrote {version} into {path.relative_to(root)}; run make generate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
