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
import concurrent.futures
import difflib
import fcntl
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
import specmodel
import yaml
from providers import PROVIDERS, Provider, registry_problems
from specmodel import ROOT, Problem, Spec, SpecProblems, spec_path
from spectools.release_check import ReleaseError, core_requirement, core_version

from codegen.sdkfacts import (
    cli,
    csv_answers,
    default_base_url,
    example_argument,
    operation_servers,
    paged_listings,
    path_rules,
    push,
    request_headers,
    route,
    security,
    snake_case,
    waiter,
)

CODEGEN = ROOT / "scripts" / "codegen"
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent
# The runtime every generated package depends on (hand-written, versioned and tested in core/); its version
# sets the range each package requires and the last two numbers of each package's version.
CORE_SRC = ROOT / "core" / "src"
STAMP = ROOT / "build" / "generate.stamp"
# What the output depends on, relative to the checkout (globs). The tools' versions come in through the lock.
INPUTS = (
    "specs/*.yaml",
    "specs/changelog/*.md",
    "scripts/codegen/**/*",
    "scripts/codegen/generate.py",
    "scripts/codegen/sdkfacts.py",
    "scripts/specmodel/*.py",
    "scripts/providers.py",
    "core/src/asyncstatus_core/__init__.py",
    "requirements.lock",
)
CACHES = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")


class GenerationError(Exception):
    pass


# openapi-python-client's warnings name the operation or schema they are about; the model turns that into
# the place in the spec. Any warning fails the run: a "Client was generated, but some pieces may be missing"
# is a broken SDK (answers typed as the wrong model, modules missing).
_WARNED_OPERATION = re.compile(r"^WARNING parsing (GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (\S+) within", re.M)
_WARNED_SCHEMA = re.compile(r"^Unable to process schema (/components/\S+?):?$", re.M)


def warning_problems(spec: Spec, tool: str, output: str) -> list[Problem]:
    """Each warning of a generator as a problem located in the spec (the operation or schema it names)."""
    places: list[tuple[str | int, ...]] = [
        ("paths", path, method.lower()) for method, path in _WARNED_OPERATION.findall(output)
    ]
    places += [tuple(p for p in ref.split("/") if p) for ref in _WARNED_SCHEMA.findall(output)]
    detail = " ".join(
        line.strip() for line in output.splitlines() if line.strip() and not line.startswith("Generating")
    )
    detail = re.sub(r"<openapi_python_client\S* object at 0x[0-9a-f]+>", "?", detail)[:400]
    problems = []
    for where in places or [()]:
        line, col = spec.doc.line_col(where)
        problems.append(
            Problem(spec.shown, line, col, f"{tool} warned: {detail}", "fix the spec there; warnings fail the build")
        )
    return problems


def run(cmd: list[str], *, what: str, cwd: Path | None = None) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{what} failed (exit {proc.returncode}):\n{output.strip()}")
    return output


def core_minor() -> tuple[int, int]:
    """asyncstatus-core's MAJOR.MINOR, read where release_check reads it (the one line it is written on)."""
    try:
        _, major_minor, _ = core_version()
    except ReleaseError as exc:
        raise GenerationError(str(exc)) from None
    return major_minor


def sdk_version(spec: Spec) -> str:
    """A package's version: its spec's `info.version`, then the core's MAJOR.MINOR it requires (10.2.0 on core
    1.0 is 10.2.0.1.0), so it changes when the spec or the core range changes and never goes backwards."""
    major, minor = core_minor()
    return f"{spec.version}.{major}.{minor}"


def write_config(provider: Provider, spec: Spec, folder: Path) -> Path:
    """The committed generator config, plus the package names from the provider's entry and the version."""
    config: dict[str, Any] = yaml.safe_load((CODEGEN / "config.yaml").read_text()) or {}
    config.update(
        project_name_override=provider.dist,
        package_name_override=provider.package,
        package_version_override=sdk_version(spec),
        post_hooks=[],
    )
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


def client_facts(spec: Spec, provider: Provider) -> dict[str, Any]:
    ops = spec.operations
    headers = {snake_case(op_id): request_headers(op) for op_id, op in sorted(ops.items())}
    # The README example shows the status operation (the one with x-async-status) where there is one.
    first_id, first = sorted(ops.items(), key=lambda kv: (kv[1].async_status is None, kv[1].path, kv[1].method))[0]
    example_args = {snake_case(p.name): example_argument(p) for p in first.required_inputs}
    tag = first.tags[0]
    return {
        "key": spec.key,
        "provider": provider,
        "spec": spec,
        "title": spec.title,
        "version": sdk_version(spec),
        "spec_version": spec.version,
        "core_requirement": core_requirement(*core_minor()),
        "description": spec.description,
        "docs_url": spec.docs_url,
        "headers": headers,
        "servers": operation_servers(spec),
        "push": push(spec),
        "security": security(spec),
        "waiter": waiter(spec),
        "csv": csv_answers(spec),
        "cli": cli(spec),
        "pages": paged_listings(spec),
        "path_rules": path_rules(spec),
        "route": route(spec),
        "base_url": default_base_url(spec),
        "example_module": snake_case(tag),
        "example_operation": snake_case(first_id),
        "example_args": example_args,
        "repo_url": "https://github.com/asyncstatus/asyncstatus",
    }


def generate_client(spec: Spec, provider: Provider, facts: dict[str, Any], scratch: Path) -> list[Problem]:
    key = spec.key
    out = scratch / "clients" / provider.dist
    config = write_config(provider, spec, scratch)
    output = run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec.path),
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
        what=f"openapi-python-client for {spec.shown}",
    )
    if "warning" in output.lower():
        return warning_problems(spec, "openapi-python-client", output)
    package = out / provider.package
    # Modules rendered from the spec: extra/package/<name>.jinja -> <package>/<name>, extra/dist/<name>.jinja
    # -> <dist>/<name>. A template that renders to nothing (a feature the spec does not use) writes no file.
    for folder, target in (("package", package), ("dist", out)):
        for template in sorted((CODEGEN / "extra" / folder).glob("*.jinja")):
            text = render(f"{folder}/{template.name}", **facts)
            if text.strip():
                (target / template.name.removesuffix(".jinja")).write_text(text)
    # The package's changelog, written at release by `make changelog` (scripts/spectools/changelog.py).
    changelog = ROOT / "specs" / "changelog" / f"{key}.md"
    if changelog.is_file():
        shutil.copyfile(changelog, out / "CHANGELOG.md")
    (out / ".gitignore").unlink(missing_ok=True)
    return []


def generate_models(spec: Spec, scratch: Path) -> list[Problem]:
    key = spec.key
    out = scratch / "models"
    out.mkdir(parents=True, exist_ok=True)
    output = run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            spec.shown,
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
            # ruff formats the tree afterwards; naming a formatter keeps datamodel-codegen from warning.
            "--formatters",
            "builtin",
            "--enum-field-as-literal",
            "none",
            "--allow-extra-fields",
            "--capitalise-enum-members",
            "--custom-file-header",
            f"# Generated from {spec.shown} by datamodel-code-generator (make generate). Do not edit.",
        ],
        cwd=ROOT,
        what=f"datamodel-codegen for {spec.shown}",
    )
    if "warning" in output.lower():
        return warning_problems(spec, "datamodel-codegen", output)
    return []


def import_problems(scratch: Path, providers: list[Provider] | None = None) -> list[str]:
    """Import every module of every generated package and model file in a fresh interpreter: a package
    that does not import (a model a template names but the spec no longer yields) must not replace a
    working one. `providers`: the packages in `scratch` (default: the registry's)."""
    providers = list(PROVIDERS.values()) if providers is None else providers
    paths = [str(scratch / "clients" / p.dist) for p in providers] + [str(scratch / "models"), str(CORE_SRC)]
    script = (
        "import importlib, pkgutil, sys\n"
        f"sys.path[:0] = {paths!r}\n"
        "bad = []\n"
        f"for name in {[p.package for p in providers]!r}:\n"
        "    try:\n"
        "        pkg = importlib.import_module(name)\n"
        "        for m in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "            if not m.name.endswith('__main__'):\n"
        "                importlib.import_module(m.name)\n"
        "    except Exception as exc:\n"
        "        bad.append(f'{name}: {type(exc).__name__}: {exc}')\n"
        f"for key in {[p.key for p in providers]!r}:\n"
        "    try:\n"
        "        importlib.import_module(key)\n"
        "    except Exception as exc:\n"
        "        bad.append(f'models/{key}.py: {type(exc).__name__}: {exc}')\n"
        "print('\\n'.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=scratch)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0:
        lines.append(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}")
    return lines


def format_tree(folder: Path) -> None:
    ruff = str(BIN / "ruff")
    common = ["--no-cache", "--config", str(CODEGEN / "ruff.toml")]
    run([ruff, "check", "--fix-only", "--quiet", *common, str(folder)], what="ruff check --fix")
    run([ruff, "format", *common, str(folder)], what="ruff format")


def generate(target: Path) -> None:
    """Every registered spec into `target` (generated/ or a scratch folder), with the index README."""
    generate_specs(target, [(spec, PROVIDERS[spec.key]) for spec in load_all()], readme=True)


def generate_specs(target: Path, jobs: list[tuple[Spec, Provider]], *, readme: bool = False) -> None:
    """Generate each checked spec as the package its `Provider` entry names (registered or not: the golden
    record in tests/golden/ passes its own) into `target`, swapped in whole once every package imports."""
    # One generation at a time per checkout: the swap below must not interleave with another run's.
    lock_path = ROOT / "build" / ".generate.lock"
    lock_path.parent.mkdir(exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _generate(target, jobs, readme=readme)


def load_spec(path: Path, provider: Provider) -> Spec:
    """One spec file checked as `make generate` checks it (structure, model, the facts the templates read),
    under the provider's key; SpecProblems with every problem found."""
    problems = specmodel.check_file(path)
    if problems:
        raise SpecProblems(problems)
    spec = specmodel.load_file(path, provider.key)
    client_facts(spec, provider)
    return spec


def load_all() -> list[Spec]:
    """Every registered spec, checked, with the facts the templates read; SpecProblems with every problem
    of every spec (and of the registry) when any cannot be used."""
    problems: list[Problem] = list(registry_problems())
    specs: list[Spec] = []
    for key in PROVIDERS:
        found = specmodel.check_file(spec_path(key))
        problems.extend(found)
        if found:
            continue
        spec = specmodel.load(key)
        try:
            client_facts(spec, PROVIDERS[key])
        except SpecProblems as exc:
            problems.extend(exc.problems)
            continue
        specs.append(spec)
    if problems:
        raise SpecProblems(problems)
    return specs


def _generate(target: Path, jobs: list[tuple[Spec, Provider]], *, readme: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="asyncstatus-gen-") as tmp:
        scratch = Path(tmp) / "generated"
        scratch.mkdir()
        # The two tools run as subprocesses, each spec's into its own files: run them side by side, and
        # collect their problems in the specs' order.
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(8, 2 * len(jobs) or 1)) as pool:
            clients = [
                pool.submit(generate_client, spec, provider, client_facts(spec, provider), scratch)
                for spec, provider in jobs
            ]
            models = [pool.submit(generate_models, spec, scratch) for spec, _ in jobs]
            problems: list[Problem] = []
            for client, model in zip(clients, models, strict=True):
                problems += client.result() + model.result()
        if problems:
            raise SpecProblems(problems)
        for stray in scratch.glob("*-config.yaml"):
            stray.unlink()
        format_tree(scratch)
        if readme:
            keys = [spec.key for spec, _ in jobs]
            providers = {provider.key: provider for _, provider in jobs}
            (scratch / "README.md").write_text(render("generated_README.md.jinja", keys=keys, providers=providers))
        broken = import_problems(scratch, [provider for _, provider in jobs])
        if broken:
            raise GenerationError("a generated package does not import:\n  " + "\n  ".join(broken))
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


def diff_trees(expected: Path, actual: Path, committed: str = "generated", fresh: str = "regenerated") -> list[str]:
    """Unified diffs for every file that differs between two trees (named `committed` and `fresh`)."""
    lines: list[str] = []
    cmp = filecmp.dircmp(expected, actual, ignore=list(CACHES))
    stack = [(cmp, Path("."))]
    while stack:
        node, rel = stack.pop()
        for name in sorted(node.left_only):
            lines.append(f"only in committed {committed}/: {rel / name}")
        for name in sorted(node.right_only):
            lines.append(f"missing from committed {committed}/: {rel / name}")
        for name in sorted(node.diff_files):
            a = (expected / rel / name).read_text().splitlines(keepends=True)
            b = (actual / rel / name).read_text().splitlines(keepends=True)
            lines.extend(difflib.unified_diff(a, b, f"{committed}/{rel / name}", f"{fresh}/{rel / name}"))
        for name, sub in sorted(node.subdirs.items()):
            stack.append((sub, rel / name))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail with a diff if generated/ is stale")
    parser.add_argument("--force", action="store_true", help="regenerate even when nothing changed since the last run")
    args = parser.parse_args(argv)
    try:
        load_all()
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
            print(f"generated {len(PROVIDERS)} clients and models into {GENERATED.relative_to(ROOT)}/")
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
    except SpecProblems as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"make generate: {len(exc.problems)} problem(s); generated/ left as it was", file=sys.stderr)
        return 1
    except GenerationError as exc:
        print(f"make generate: {exc}\ngenerated/ left as it was", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
