"""`make generate`: specs/*.yaml -> generated/clients/<dist>/ (openapi-python-client) and
generated/models/<key>.py (datamodel-code-generator).

Everything is written into a scratch folder first and swapped into place only when every provider
succeeded, so a failure leaves the committed `generated/` untouched. The output depends only on the
specs and the generator inputs in scripts/codegen/ (no timestamps, sorted tables), so two runs on any
machine give the same bytes; `--check` regenerates into a scratch folder and diffs against `generated/`.

A plain run is skipped when nothing it reads has changed since the last one: build/generate.stamp (untracked)
holds a hash of the inputs (specs, generator code and templates, requirements.lock, the Python version) and
one of the generated/ tree, so a hand edit of generated/ is regenerated over too. `--force` ignores the stamp;
`--check` never reads it.
"""

from __future__ import annotations

import argparse
import difflib
import fcntl
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
import yaml
from providers import PROVIDERS, Provider
from sdkfacts import (
    cli,
    csv_answers,
    default_base_url,
    example_argument,
    paged_listings,
    request_headers,
    security,
    snake_case,
    waiter,
)
from spectools import PROVIDERS as KEYS
from spectools import ROOT, SpecError, load_spec, operations, spec_path

CODEGEN = ROOT / "scripts" / "codegen"
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent
# The runtime modules copied verbatim into every package (hand-written, tested in tests/sdk_unit).
RUNTIME = sorted((CODEGEN / "runtime").glob("*.py"))
STAMP = ROOT / "build" / "generate.stamp"
# What the output depends on, relative to the checkout (globs). The tools' versions come in through the lock.
INPUTS = (
    "specs/*.yaml",
    "specs/changelog/*.md",
    "scripts/codegen/**/*",
    "scripts/generate.py",
    "scripts/sdkfacts.py",
    "scripts/spectools.py",
    "scripts/providers.py",
    "requirements.lock",
)
CACHES = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")


class GenerationError(Exception):
    pass


def run(cmd: list[str], *, what: str, cwd: Path | None = None) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{what} failed (exit {proc.returncode}):\n{output.strip()}")
    return output


def write_config(provider: Provider, folder: Path) -> Path:
    """The committed per-provider generator config, plus the package names from providers.py."""
    config: dict[str, Any] = yaml.safe_load((CODEGEN / "config" / f"{provider.key}.yaml").read_text()) or {}
    config.update(project_name_override=provider.dist, package_name_override=provider.package, post_hooks=[])
    path = folder / f"{provider.key}-config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=True))
    return path


def render(template: str, **context: Any) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(CODEGEN / "extra"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pyrepr"] = repr
    env.filters["snake"] = snake_case
    env.filters["tuple_repr"] = lambda items: repr(tuple(items))
    env.filters["format_columns"] = lambda model: f"{model}_COLUMNS"
    return env.get_template(template).render(**context)


def client_facts(key: str, spec: dict[str, Any], provider: Provider) -> dict[str, Any]:
    ops = operations(spec)
    headers = {snake_case(op_id): request_headers(spec, op) for op_id, op in sorted(ops.items())}
    # The README example shows the status operation (the one with x-async-status) where there is one.
    first_id, first = sorted(
        ops.items(), key=lambda kv: ("x-async-status" not in kv[1].node, kv[1].path, kv[1].method)
    )[0]
    example_args = {
        snake_case(p["name"]): example_argument(spec, p)
        for p in first.parameters(spec)
        if p.get("required") and p["in"] in ("path", "query")
    }
    tag = first.node["tags"][0]
    return {
        "key": key,
        "provider": provider,
        "spec": spec,
        "title": spec["info"]["title"],
        "version": spec["info"]["version"],
        "description": spec["info"].get("description", ""),
        "docs_url": spec.get("externalDocs", {}).get("url", ""),
        "headers": headers,
        "security": security(spec),
        "waiter": waiter(spec),
        "csv": csv_answers(spec),
        "cli": cli(spec),
        "pages": paged_listings(spec),
        "base_url": default_base_url(spec),
        "example_module": snake_case(tag),
        "example_operation": snake_case(first_id),
        "example_args": example_args,
        "repo_url": "https://github.com/asyncstatus/asyncstatus",
    }


def generate_client(key: str, scratch: Path) -> None:
    provider = PROVIDERS[key]
    spec = load_spec(key)
    out = scratch / "clients" / provider.dist
    config = write_config(provider, scratch)
    run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_path(key)),
            "--config",
            str(config),
            "--custom-template-path",
            str(CODEGEN / "templates"),
            "--meta",
            "pdm",
            "--output-path",
            str(out),
            "--overwrite",
        ],
        what=f"openapi-python-client for specs/{key}.yaml",
    )
    package = out / provider.package
    for module in RUNTIME:
        shutil.copyfile(module, package / module.name)
    facts = client_facts(key, spec, provider)
    # Modules rendered from the spec: extra/package/<name>.jinja -> <package>/<name>, extra/dist/<name>.jinja
    # -> <dist>/<name>. A template that renders to nothing (a feature the spec does not use) writes no file.
    for folder, target in (("package", package), ("dist", out)):
        for template in sorted((CODEGEN / "extra" / folder).glob("*.jinja")):
            text = render(f"{folder}/{template.name}", **facts)
            if text.strip():
                (target / template.name.removesuffix(".jinja")).write_text(text)
    # The package's changelog, written at release by `make changelog` (scripts/changelog.py).
    changelog = ROOT / "specs" / "changelog" / f"{key}.md"
    if changelog.is_file():
        shutil.copyfile(changelog, out / "CHANGELOG.md")
    (out / ".gitignore").unlink(missing_ok=True)


def generate_models(key: str, scratch: Path) -> None:
    out = scratch / "models"
    out.mkdir(parents=True, exist_ok=True)
    run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            f"specs/{key}.yaml",
            "--input-file-type",
            "openapi",
            "--output",
            str(out / f"{key}.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--use-annotated",
            "--field-constraints",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-double-quotes",
            "--disable-timestamp",
            "--enum-field-as-literal",
            "none",
            "--allow-extra-fields",
            "--capitalise-enum-members",
            "--custom-file-header",
            f"# Generated from specs/{key}.yaml by datamodel-code-generator (make generate). Do not edit.",
        ],
        cwd=ROOT,
        what=f"datamodel-codegen for specs/{key}.yaml",
    )


def format_tree(folder: Path) -> None:
    ruff = str(BIN / "ruff")
    common = ["--no-cache", "--config", str(CODEGEN / "ruff.toml")]
    run([ruff, "check", "--fix-only", "--quiet", *common, str(folder)], what="ruff check --fix")
    run([ruff, "format", *common, str(folder)], what="ruff format")


def generate(target: Path) -> None:
    # One generation at a time per checkout: the swap below must not interleave with another run's.
    lock_path = ROOT / "build" / ".generate.lock"
    lock_path.parent.mkdir(exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _generate(target)


def _generate(target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="asyncstatus-gen-") as tmp:
        scratch = Path(tmp) / "generated"
        scratch.mkdir()
        for key in KEYS:
            generate_client(key, scratch)
            generate_models(key, scratch)
        for stray in scratch.glob("*-config.yaml"):
            stray.unlink()
        format_tree(scratch)
        (scratch / "README.md").write_text(render("generated_README.md.jinja", keys=KEYS, providers=PROVIDERS))
        # Swap in whole: the old tree stays until the new one is complete.
        if target.exists():
            old = target.with_name(target.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
            shutil.move(str(scratch), str(target))
            shutil.rmtree(old)
        else:
            shutil.move(str(scratch), str(target))


def _digest(files: list[Path], base: Path, extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for path in sorted(files):
        data = path.read_bytes()
        # Name and length first, so that moving bytes between files changes the hash.
        h.update(f"\0{path.relative_to(base).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def _files(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.is_file() and not any(part in CACHES for part in p.parts)]


def inputs_digest(root: Path) -> str:
    """A hash of everything generation reads under `root`, and of the Python that runs it."""
    files = {p for pattern in INPUTS for p in _files(list(root.glob(pattern)))}
    return _digest(list(files), root, extra=f"python {sys.version_info.major}.{sys.version_info.minor}")


def tree_digest(folder: Path) -> str:
    """A hash of a generated tree (caches left out); empty string when the folder does not exist."""
    return _digest(_files(list(folder.rglob("*"))), folder) if folder.is_dir() else ""


def read_stamp(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}  # no stamp yet, or a broken one: generate
    return data if isinstance(data, dict) else {}


def up_to_date(root: Path, target: Path, stamp: Path) -> bool:
    saved = read_stamp(stamp)
    return bool(saved) and saved == {"inputs": inputs_digest(root), "generated": tree_digest(target)}


def write_stamp(root: Path, target: Path, stamp: Path) -> None:
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"inputs": inputs_digest(root), "generated": tree_digest(target)}) + "\n")


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diffs for every file that differs between two trees."""
    lines: list[str] = []
    cmp = filecmp.dircmp(expected, actual, ignore=list(CACHES))
    stack = [(cmp, Path("."))]
    while stack:
        node, rel = stack.pop()
        for name in sorted(node.left_only):
            lines.append(f"only in committed generated/: {rel / name}")
        for name in sorted(node.right_only):
            lines.append(f"missing from committed generated/: {rel / name}")
        for name in sorted(node.diff_files):
            a = (expected / rel / name).read_text().splitlines(keepends=True)
            b = (actual / rel / name).read_text().splitlines(keepends=True)
            lines.extend(difflib.unified_diff(a, b, f"generated/{rel / name}", f"regenerated/{rel / name}"))
        for name, sub in sorted(node.subdirs.items()):
            stack.append((sub, rel / name))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail with a diff if generated/ is stale")
    parser.add_argument("--force", action="store_true", help="regenerate even when nothing changed since the last run")
    args = parser.parse_args(argv)
    try:
        for key in KEYS:
            load_spec(key)
        if not args.check:
            if not args.force and up_to_date(ROOT, GENERATED, STAMP):
                print(
                    f"{GENERATED.relative_to(ROOT)}/ is up to date: specs, generator inputs, requirements.lock and "
                    "generated/ are as the last run left them (FORCE=1 regenerates)"
                )
                return 0
            STAMP.unlink(missing_ok=True)  # a failed or interrupted run must not leave a matching stamp behind
            generate(GENERATED)
            write_stamp(ROOT, GENERATED, STAMP)
            print(f"generated {len(KEYS)} clients and models into {GENERATED.relative_to(ROOT)}/")
            return 0
        with tempfile.TemporaryDirectory(prefix="asyncstatus-check-") as tmp:
            fresh = Path(tmp) / "generated"
            generate(fresh)
            if not GENERATED.exists():
                print("generated/ is missing: run `make generate` and commit it", file=sys.stderr)
                return 1
            diff = diff_trees(GENERATED, fresh)
        if diff:
            sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
            print("generated/ is stale: run `make generate` and commit the result", file=sys.stderr)
            return 1
        print("generated/ is up to date")
        return 0
    except (SpecError, GenerationError) as exc:
        print(f"make generate: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
