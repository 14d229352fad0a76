"""`make portability`: are the specs usable by generators other than openapi-python-client?

For every spec, OpenAPI Generator (the pinned `openapi-generator-cli`, a Java program) builds a
TypeScript (`typescript-fetch`) and a Go (`go`) client into build/portability/. Each is compiled (`tsc`,
`go build`) together with a small program written here per provider that makes one call per operation
with the mock's fixture parameters (GET /_mock/fixtures) and fails unless the answer is a 200 that the
client parses without error. The programs run against the provider's mock (scripts/mocks) and, with the
TypeScript client, against Prism mocking the same spec from its examples.

A stage whose toolchain is missing (java, the generator, node/tsc, go, prism) is skipped with a message
that names what to install; `--strict` turns any skip into a failure (for CI, where all are installed).
The call programs are written here because no generator makes a smoke test from fixtures; they are
derived from the generated sources (class, method and parameter names are read from them), so a renamed
parameter or a changed type breaks the compile step, not a hand-kept list.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.sdkfacts import request_headers, security
from providers import PROVIDERS
from specmodel import ROOT, Spec, load, spec_path

BUILD = ROOT / "build" / "portability"
# typescript-fetch's runtime exports a class `ResponseError`; booster's ServiceStack schema of the same
# name would shadow it, so the model is renamed for TypeScript (specs/booster.yaml says so too).
TS_NAME_MAPPINGS = "ResponseError=ServiceStackResponseError"
NO_TESTS_OR_DOCS = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
# Debian's Go libraries (golang-golang-x-oauth2-dev): the Go client of an OAuth2 spec imports
# golang.org/x/oauth2, and the Go module proxy may be out of reach, so Go builds in GOPATH mode.
DEBIAN_GOCODE = Path("/usr/share/gocode")
GO_STDLIB_TYPES = frozenset({"string", "bool", "int", "int32", "int64", "float32", "float64", "interface", "any"})


class PortabilityError(Exception):
    pass


# --- toolchains -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tools:
    generator: str | None  # openapi-generator-cli executable
    java: str | None
    node: str | None
    tsc: str | None
    go: str | None
    prism: str | None


def _which(name: str, *folders: Path) -> str | None:
    for folder in folders:
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def find_tools() -> Tools:
    venv_bin, npm_bin = Path(sys.executable).parent, ROOT / "node_modules" / ".bin"
    return Tools(
        generator=_which("openapi-generator-cli", venv_bin),
        java=shutil.which("java"),
        node=shutil.which("node"),
        tsc=_which("tsc", npm_bin),
        go=shutil.which("go"),
        prism=_which("prism", npm_bin),
    )


@dataclass(frozen=True)
class Plan:
    typescript: bool
    go: bool
    prism: bool
    skipped: tuple[str, ...]


def plan(tools: Tools, *, want: frozenset[str] = frozenset({"typescript", "go", "prism"})) -> Plan:
    """Which stages can run with these tools, and a message for each one that cannot."""
    skipped: list[str] = []
    generate = True
    if tools.generator is None or tools.java is None:
        missing = " and ".join(
            n for n, t in (("openapi-generator-cli (pip)", tools.generator), ("java (17+)", tools.java)) if t is None
        )
        skipped.append(
            f"every client: {missing} not found; `make setup` installs the generator, java comes from the OS"
        )
        generate = False
    typescript = generate and "typescript" in want
    if typescript and (tools.node is None or tools.tsc is None):
        missing = " and ".join(n for n, t in (("node", tools.node), ("tsc (npm typescript)", tools.tsc)) if t is None)
        skipped.append(f"TypeScript clients: {missing} not found; `make setup` installs tsc from package-lock.json")
        typescript = False
    go = generate and "go" in want
    if go and tools.go is None:
        skipped.append("Go clients: no `go` on PATH; install a Go toolchain (Debian: apt-get install golang-go)")
        go = False
    prism = typescript and "prism" in want
    if prism and tools.prism is None:
        skipped.append("Prism runs: `prism` (npm @stoplight/prism-cli) not found; `make setup` installs it")
        prism = False
    elif generate and "prism" in want and not typescript:
        skipped.append("Prism runs: they use the TypeScript clients, which are skipped")
    return Plan(typescript=typescript, go=go, prism=prism, skipped=tuple(skipped))


# --- what to call -----------------------------------------------------------------------------------
@dataclass
class Call:
    operation_id: str
    params: dict[str, Any]  # wire name -> value
    body: Any
    headers: dict[str, str]  # Accept and x-required-headers, as the Python SDKs send them
    declared: frozenset[str] = frozenset()  # normalized names of every parameter the operation declares


def normalize(name: str) -> str:
    """`process-status-id`, `processStatusId` and `ProcessStatusId` are one name to every generator."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def calls(spec: Spec, fixtures: list[dict[str, Any]]) -> list[Call]:
    """One call per operation, with the first fixture the mock lists for it."""
    result = []
    for op_id, op in spec.operations.items():
        fixture = next((f for f in fixtures if f["operation"] == op_id), None)
        if fixture is None:
            raise PortabilityError(f"{op_id}: the mock lists no fixture for it (GET /_mock/fixtures)")
        declared = {p.name: p for p in op.parameters}
        params: dict[str, Any] = {}
        rest: dict[str, Any] = {}
        for name, value in fixture["params"].items():
            if name in declared:
                schema = declared[name].schema
                # A string parameter may be listed as a number by the mock (ActivePlatform's integer ids).
                is_string = schema is not None and schema.type == "string"
                params[name] = str(value) if is_string and not isinstance(value, str) else value
            else:
                rest[name] = value
        body = rest if op.request_body is not None else None
        if rest and body is None:
            raise PortabilityError(f"{op_id}: fixture parameters {sorted(rest)} are not parameters of the spec")
        result.append(Call(op_id, params, body, request_headers(op), frozenset(map(normalize, declared))))
    return result


# --- parsing generated sources ----------------------------------------------------------------------
@dataclass
class TsOperation:
    api_class: str
    method: str  # <operationId>Raw
    request_fields: dict[str, str] = field(default_factory=dict)  # field -> TypeScript type


def read_typescript(folder: Path, op_ids: Sequence[str]) -> dict[str, TsOperation]:
    found: dict[str, TsOperation] = {}
    for path in sorted((folder / "apis").glob("*.ts")):
        text = path.read_text()
        cls = re.search(r"^export class (\w+) extends runtime\.BaseAPI", text, re.M)
        for op_id in op_ids:
            if cls is None or not re.search(rf"async {re.escape(op_id)}Raw\(", text):
                continue
            fields: dict[str, str] = {}
            block = re.search(
                rf"^export interface {op_id[0].upper()}{op_id[1:]}Request \{{(.*?)^\}}", text, re.M | re.S
            )
            if block:
                fields = dict(re.findall(r"^\s+(\w+)\??: ([^;]+);", block.group(1), re.M))
            found[op_id] = TsOperation(cls.group(1), f"{op_id}Raw", fields)
    missing = sorted(set(op_ids) - set(found))
    if missing:
        raise PortabilityError(f"{folder}: no generated method for {missing}")
    return found


@dataclass
class GoOperation:
    service: str  # field of APIClient, e.g. ProcessStatusAPI
    method: str
    positional: list[tuple[str, str]]  # (name, Go type) after ctx
    builders: dict[str, tuple[str, str]]  # normalized name -> (builder method, Go type)


def read_go(folder: Path, op_ids: Sequence[str]) -> dict[str, GoOperation]:
    found: dict[str, GoOperation] = {}
    for path in sorted(folder.glob("api_*.go")):
        text = path.read_text()
        for op_id in op_ids:
            method = op_id[0].upper() + op_id[1:]
            signature = rf"^func \(a \*(\w+)APIService\) {method}\(ctx context\.Context((?:, \w+ [^,)]+)*)\)"
            ctor = re.search(rf"{signature} Api{method}Request", text, re.M)
            if ctor is None:
                continue
            positional = re.findall(r", (\w+) ([^,)]+)", ctor.group(2))
            builders = {
                normalize(b): (b, t)
                for b, _, t in re.findall(
                    rf"^func \(r Api{method}Request\) (\w+)\((\w+) ([^)]+)\) Api{method}Request", text, re.M
                )
            }
            found[op_id] = GoOperation(f"{ctor.group(1)}API", method, positional, builders)
    missing = sorted(set(op_ids) - set(found))
    if missing:
        raise PortabilityError(f"{folder}: no generated method for {missing}")
    return found


# --- the call programs ------------------------------------------------------------------------------
def _ts_value(value: Any, ts_type: str, exported: set[str]) -> str:
    literal = json.dumps(value)
    if f"{ts_type}FromJSON" in exported:  # a model or named enum: built the way the client parses it
        return f"api.{ts_type}FromJSON({literal})"
    return literal


def typescript_main(key: str, spec: Spec, todo: list[Call], ops: dict[str, TsOperation], exported: set[str]) -> str:
    kind = security(spec).kind
    lines = [
        f"// Generated by scripts/spectools/portability.py: one call per operation of specs/{key}.yaml.",
        'import * as api from "./client";',
        "",
        "// The two Node globals used, declared here rather than by @types/node (one dependency less).",
        "declare const process: { env: Record<string, string | undefined>; exit(code: number): never };",
        "const env = (name: string): string => process.env[name] ?? '';",
        "const only = (operation: string): boolean =>",
        "  !env('PORTABILITY_ONLY') || env('PORTABILITY_ONLY') === operation;",
        "const config = new api.Configuration({",
        "  basePath: env('PORTABILITY_BASE_URL'),",
    ]
    if kind == "basic":
        lines += ["  username: env('PORTABILITY_USERNAME'),", "  password: env('PORTABILITY_PASSWORD'),"]
    elif kind == "header":
        # typescript-fetch sends the key as it is given: the spec's x-auth-prefix ("ApiKey") is added here.
        prefix = f"{security(spec).prefix} " if security(spec).prefix else ""
        lines.append(f"  apiKey: {json.dumps(prefix)} + env('PORTABILITY_API_KEY'),")
    elif kind == "bearer":
        lines.append("  accessToken: env('PORTABILITY_TOKEN'),")
    else:  # typescript-fetch sends an OAuth2 token as it is given, without the scheme word
        lines.append("  accessToken: 'Bearer ' + env('PORTABILITY_TOKEN'),")
    lines += [
        "});",
        "",
        "// Adds headers to the client's own (typescript-fetch sends no Accept; ActivePlatform wants Content-Type).",
        "const adding = (extra: Record<string, string>): api.InitOverrideFunction =>",
        "  async ({ init }) => ({ headers: { ...(init.headers as Record<string, string>), ...extra } });",
        "",
        "async function check(operation: string, call: () => Promise<api.ApiResponse<unknown>>): Promise<boolean> {",
        "  try {",
        "    const answer = await call();",
        "    await answer.value();",
        "    const ok = answer.raw.status === 200;",
        "    console.log(JSON.stringify({ operation, ok, status: answer.raw.status }));",
        "    return ok;",
        "  } catch (error) {",
        "    let detail = String(error);",
        "    if (error instanceof api.ResponseError) {",
        "      detail += ` ${error.response.status}: ${(await error.response.text()).slice(0, 300)}`;",
        "    }",
        "    console.log(JSON.stringify({ operation, ok: false, error: detail }));",
        "    return false;",
        "  }",
        "}",
        "",
        "async function main(): Promise<void> {",
        "  const results: boolean[] = [];",
    ]
    for call in todo:
        op = ops[call.operation_id]
        by_name = {normalize(k): v for k, v in call.params.items()}
        args = []
        for name, ts_type in op.request_fields.items():
            if normalize(name) in by_name:
                args.append(f"{name}: {_ts_value(by_name.pop(normalize(name)), ts_type, exported)}")
            elif call.body is not None and normalize(name) not in call.declared:
                args.append(f"{name}: {_ts_value(call.body, ts_type, exported)}")
        if by_name:
            raise PortabilityError(f"{key}.{call.operation_id}: no TypeScript field for {sorted(by_name)}")
        request = "{ " + ", ".join(args) + " }, " if op.request_fields else ""
        lines.append(
            f"  if (only({json.dumps(call.operation_id)})) results.push(await check({json.dumps(call.operation_id)}, "
            f"() => new api.{op.api_class}(config).{op.method}({request}adding({json.dumps(call.headers)}))));"
        )
    lines += ["  process.exit(results.every(Boolean) ? 0 : 1);", "}", "", "void main();", ""]
    return "\n".join(lines)


def _go_type(go_type: str, package: str) -> str:
    """A type as the main package names it: exported model types are qualified with the client package."""
    return re.sub(r"(?<![\w.])([A-Z]\w*)", rf"{package}.\1", go_type)


def go_main(key: str, spec: Spec, todo: list[Call], ops: dict[str, GoOperation]) -> str:
    sec, scheme_name = security(spec), spec.security[0]
    if sec.kind == "basic":
        auth = (
            "ctx = context.WithValue(ctx, client.ContextBasicAuth, client.BasicAuth{"
            'UserName: os.Getenv("PORTABILITY_USERNAME"), Password: os.Getenv("PORTABILITY_PASSWORD")})'
        )
    elif sec.kind == "header":
        auth = (
            f"ctx = context.WithValue(ctx, client.ContextAPIKeys, map[string]client.APIKey{{{json.dumps(scheme_name)}: "
            f'{{Key: os.Getenv("PORTABILITY_API_KEY"), Prefix: {json.dumps(sec.prefix)}}}}})'
        )
    elif sec.kind == "bearer":
        auth = 'ctx = context.WithValue(ctx, client.ContextAccessToken, os.Getenv("PORTABILITY_TOKEN"))'
    else:  # OAuth2: the Go client takes a token source; the token was fetched from the mock's /token
        auth = (
            "ctx = context.WithValue(ctx, client.ContextOAuth2, "
            'oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv("PORTABILITY_TOKEN")}))'
        )
    oauth_import = ['\t"golang.org/x/oauth2"'] if sec.kind == "client_credentials" else []
    lines = [
        f"// Generated by scripts/spectools/portability.py: one call per operation of specs/{key}.yaml.",
        "package main",
        "",
        "import (",
        '\t"context"',
        '\t"encoding/json"',
        '\t"fmt"',
        '\t"net/http"',
        '\t"os"',
        "",
        *oauth_import,
        f'\tclient "portability/{key}"',
        ")",
        "",
        "// decode builds a parameter of the client's own type from the fixture's JSON.",
        "func decode[T any](text string) T {",
        "\tvar value T",
        "\tif err := json.Unmarshal([]byte(text), &value); err != nil {",
        '\t\tpanic(fmt.Sprintf("fixture %s: %v", text, err))',
        "\t}",
        "\treturn value",
        "}",
        "",
        "func report(operation string, answer *http.Response, err error) bool {",
        "\tstatus := 0",
        "\tif answer != nil {",
        "\t\tstatus = answer.StatusCode",
        "\t}",
        "\tok := err == nil && status == 200",
        '\tline := map[string]any{"operation": operation, "ok": ok, "status": status}',
        "\tif err != nil {",
        '\t\tline["error"] = err.Error()',
        "\t}",
        "\ttext, _ := json.Marshal(line)",
        "\tfmt.Println(string(text))",
        "\treturn ok",
        "}",
        "",
        "func only(operation string) bool {",
        '\treturn os.Getenv("PORTABILITY_ONLY") == "" || os.Getenv("PORTABILITY_ONLY") == operation',
        "}",
        "",
        "func main() {",
        "\tcfg := client.NewConfiguration()",
        '\tcfg.Servers = client.ServerConfigurations{{URL: os.Getenv("PORTABILITY_BASE_URL")}}',
        "\tapi := client.NewAPIClient(cfg)",
        "\tctx := context.Background()",
        f"\t{auth}",
        "\tok := true",
    ]
    for call in todo:
        op = ops[call.operation_id]
        by_name = {normalize(k): v for k, v in call.params.items()}
        positional = []
        for name, go_type in op.positional:
            if normalize(name) not in by_name:
                raise PortabilityError(f"{key}.{call.operation_id}: the fixture has no value for {name}")
            value = json.dumps(by_name.pop(normalize(name)))
            positional.append(f"decode[{_go_type(go_type, 'client')}]({json.dumps(value)})")
        chain = ""
        for norm, (builder, go_type) in op.builders.items():
            if norm in by_name:
                value = json.dumps(by_name.pop(norm))
            elif call.body is not None and norm not in call.declared:
                value = json.dumps(call.body)
            else:
                continue
            chain += f".{builder}(decode[{_go_type(go_type, 'client')}]({json.dumps(value)}))"
        if by_name:
            raise PortabilityError(f"{key}.{call.operation_id}: no Go parameter for {sorted(by_name)}")
        # The Go client chooses Accept itself; only the provider's extra headers are added.
        extra = {k: v for k, v in call.headers.items() if k.lower() != "accept"}
        args = ", ".join(["ctx", *positional])
        header_map = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in extra.items())
        lines += [
            f"\tcfg.DefaultHeader = map[string]string{{{header_map}}}",
            f"\tif only({json.dumps(call.operation_id)}) {{",
            f"\t\t_, answer, err := api.{op.service}.{op.method}({args}){chain}.Execute()",
            f"\t\tok = report({json.dumps(call.operation_id)}, answer, err) && ok",
            "\t}",
        ]
    lines += ["\tif !ok {", "\t\tos.Exit(1)", "\t}", "}", ""]
    return "\n".join(lines)


# --- running ----------------------------------------------------------------------------------------
@dataclass
class Result:
    key: str
    stage: str
    ok: bool | None  # None: skipped
    detail: str = ""


def run(cmd: Sequence[str | Path], *, what: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=False
    )
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        raise PortabilityError(f"{what} failed (exit {proc.returncode}):\n{output[-3000:]}")
    return output


def ts_dir(key: str) -> Path:
    return BUILD / "typescript" / key


def go_src(key: str) -> Path:
    return BUILD / "go" / "src" / "portability" / key


def generate(tools: Tools, key: str, language: str) -> None:
    assert tools.generator is not None
    out = ts_dir(key) / "client" if language == "typescript" else go_src(key)
    shutil.rmtree(out, ignore_errors=True)
    cmd: list[str | Path] = [tools.generator, "generate", "-i", spec_path(key), "-o", out]
    cmd += ["--global-property", NO_TESTS_OR_DOCS]
    if language == "typescript":
        cmd += ["-g", "typescript-fetch", "--model-name-mappings", TS_NAME_MAPPINGS]
    else:  # no go.mod: built in GOPATH mode (see DEBIAN_GOCODE)
        cmd += ["-g", "go", "--package-name", key, "--additional-properties", "withGoMod=false,enumClassPrefix=true"]
    run(cmd, what=f"openapi-generator {language} for specs/{key}.yaml")


def go_env() -> dict[str, str]:
    gopath = [str(BUILD / "go")] + ([str(DEBIAN_GOCODE)] if DEBIAN_GOCODE.is_dir() else [])
    return {"GO111MODULE": "off", "GOPATH": os.pathsep.join(gopath), "GOFLAGS": ""}


def build_typescript(tools: Tools, key: str, todo: list[Call]) -> None:
    assert tools.tsc is not None
    folder = ts_dir(key)
    exported = set()
    for path in (folder / "client" / "models").glob("*.ts"):
        exported |= set(re.findall(r"^export function (\w+FromJSON)\(", path.read_text(), re.M))
    ops = read_typescript(folder / "client", [c.operation_id for c in todo])
    (folder / "main.ts").write_text(typescript_main(key, load(key), todo, ops, exported))
    config = {
        "compilerOptions": {
            "target": "ES2020",
            "module": "commonjs",
            "lib": ["ES2020", "DOM"],
            "strict": True,
            "outDir": "out",
            "skipLibCheck": True,
        },
        "files": ["main.ts"],
    }
    (folder / "tsconfig.json").write_text(json.dumps(config, indent=2) + "\n")
    shutil.rmtree(folder / "out", ignore_errors=True)
    run([tools.tsc, "-p", folder / "tsconfig.json"], what=f"tsc for the {key} TypeScript client")


def build_go(tools: Tools, key: str, todo: list[Call]) -> None:
    assert tools.go is not None
    ops = read_go(go_src(key), [c.operation_id for c in todo])
    main = BUILD / "go" / "src" / "portability" / "cmd" / key / "main.go"
    main.parent.mkdir(parents=True, exist_ok=True)
    main.write_text(go_main(key, load(key), todo, ops))
    binary = BUILD / "go" / "bin" / key
    try:
        run(
            [tools.go, "build", "-o", binary, f"portability/cmd/{key}"],
            what=f"go build for the {key} Go client",
            env=go_env(),
        )
    except PortabilityError as error:
        if "cannot find package" in str(error) and "golang.org/x/oauth2" in str(error):
            raise PortabilityError(
                f"{error}\nthe Go client of an OAuth2 spec imports golang.org/x/oauth2: install it into GOPATH "
                "(Debian: apt-get install golang-golang-x-oauth2-dev)"
            ) from None
        raise


def check_program(cmd: Sequence[str | Path], env: dict[str, str], todo: list[Call]) -> tuple[bool, str]:
    """Runs a call program; ok when every operation reported a parsed 200."""
    proc = subprocess.run([str(c) for c in cmd], env={**os.environ, **env}, capture_output=True, text=True, timeout=120)
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    done = {line["operation"]: line for line in lines}
    bad = [f"{op}: {done[op].get('error') or done[op].get('status')}" for op in done if not done[op]["ok"]]
    bad += [f"{c.operation_id}: no result" for c in todo if c.operation_id not in done]
    if proc.returncode != 0 and not bad:
        bad.append(f"exit {proc.returncode}: {proc.stderr.strip()[-1000:]}")
    return not bad, "; ".join(bad) if bad else f"{len(done)} operations, 200 parsed"


UNKNOWN_FIELD = "portabilityUnknownField"


def corpus_replays(key: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operation, label, fault) for every conforming 200 JSON answer of tests/corpus/<key>/: as recorded,
    and again with a field no spec declares (providers add fields; a client must not reject them)."""
    from corpus.answers import corpus

    for answer in corpus():
        if answer.key != key or answer.status != 200 or not answer.conforms or not answer.is_json:
            continue
        name = answer.path.stem
        yield answer.operation_id, name, {"corpus": name}
        if isinstance(answer.body, dict):
            content_type = next(v for k, v in answer.headers.items() if k.lower() == "content-type")
            body = {**answer.body, UNKNOWN_FIELD: "added by make portability"}
            yield (
                answer.operation_id,
                f"{name} + unknown field",
                {"status": 200, "body": body, "content_type": content_type},
            )


def on_corpus(
    key: str, program: Sequence[str | Path], env: dict[str, str], todo: list[Call], running: Any
) -> tuple[bool, str]:
    """The mock replays each corpus answer (an admin fault) to one call of its operation."""
    bad, count = [], 0
    with running.admin() as admin:
        for op_id, label, fault in corpus_replays(key):
            call = [c for c in todo if c.operation_id == op_id]
            admin.post("/reset").raise_for_status()
            admin.post("/faults", json=fault).raise_for_status()
            ok, detail = check_program(program, {**env, "PORTABILITY_ONLY": op_id}, call)
            count += 1
            if not ok:
                bad.append(f"{label}: {detail}")
    return not bad, "\n".join(bad) if bad else f"{count} answers parsed"


def credentials_env(key: str, spec: Spec, values: dict[str, str]) -> dict[str, str]:
    """The call programs read the credentials from the environment (never argv, never a file)."""
    kind = security(spec).kind
    if kind == "basic":
        return {"PORTABILITY_USERNAME": values["USERNAME"], "PORTABILITY_PASSWORD": values["PASSWORD"]}
    if kind == "header":
        return {"PORTABILITY_API_KEY": values["API_KEY"]}
    return {"PORTABILITY_TOKEN": values["TOKEN"]}


def mock_credentials(key: str, spec: Spec, running: Any) -> dict[str, str]:
    prefix = f"MOCK_{key.upper()}_"
    values = {name[len(prefix) :]: value for name, value in running.mock.creds.items() if name.startswith(prefix)}
    if security(spec).kind == "client_credentials":  # the mock's token endpoint, as bol's login server
        import httpx

        answer = httpx.post(
            f"{running.origin}/token",
            params={"grant_type": "client_credentials"},
            auth=(values["CLIENT_ID"], values["CLIENT_SECRET"]),
            headers={"Accept": "application/json"},
        )
        answer.raise_for_status()
        values["TOKEN"] = answer.json()["access_token"]
    return credentials_env(key, spec, values)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_mock(tools: Tools, key: str) -> Iterator[str]:
    assert tools.prism is not None
    port = free_port()
    log = BUILD / "prism" / f"{key}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:
        proc = subprocess.Popen(
            [tools.prism, "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_path(key))], stdout=out, stderr=out
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise PortabilityError(f"prism did not start for specs/{key}.yaml (see {log})") from None
                    time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def stage(results: list[Result], key: str, name: str, action: Any) -> bool:
    try:
        outcome = action()
    except (PortabilityError, subprocess.TimeoutExpired) as error:
        results.append(Result(key, name, False, str(error)))
        return False
    ok, detail = outcome if isinstance(outcome, tuple) else (True, "")
    results.append(Result(key, name, bool(ok), str(detail)))
    return bool(ok)


def portability(keys: Sequence[str], tools: Tools, the_plan: Plan) -> list[Result]:
    languages = [name for name, on in (("typescript", the_plan.typescript), ("go", the_plan.go)) if on]
    jobs = [(key, language) for key in keys for language in languages]
    # Each generator run is a JVM start (a few seconds): run them side by side.
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        generated = dict(zip(jobs, pool.map(lambda job: _try(generate, tools, *job), jobs), strict=True))
    results: list[Result] = []
    for key in keys:
        check_provider(key, tools, the_plan, {lang: generated[(key, lang)] for lang in languages}, results)
    return results


# Prism checks only that a credential is present, so any value does.
PRISM_CREDENTIALS = {"USERNAME": "prism-user", "PASSWORD": "prism-pass", "API_KEY": "prism-key", "TOKEN": "prism-token"}


def check_provider(
    key: str, tools: Tools, the_plan: Plan, generate_errors: dict[str, str], results: list[Result]
) -> None:
    """Build each generated client of one provider with its call program, run it on the mock and on the
    corpus answers the mock replays, then (TypeScript) on Prism."""
    sys.path.insert(0, str(ROOT / "tests"))
    from mocks.server import serve

    spec = load(key)
    ts_program: list[str | Path] = [tools.node or "node", ts_dir(key) / "out" / "main.js"]
    with serve(key) as running:
        with running.admin() as admin:
            todo = calls(spec, admin.get("/fixtures").json())
        env = {"PORTABILITY_BASE_URL": running.base_url, **mock_credentials(key, spec, running)}
        for language, error in generate_errors.items():
            name = "TypeScript" if language == "typescript" else "Go"
            if error:
                results.append(Result(key, f"{name} generate", False, error))
                continue
            build, program = (
                (build_typescript, ts_program) if language == "typescript" else (build_go, [BUILD / "go" / "bin" / key])
            )
            if stage(results, key, f"{name} build", lambda b=build: b(tools, key, todo)):
                stage(results, key, f"{name} on mock", lambda p=program: check_program(p, env, todo))
                stage(results, key, f"{name} on corpus", lambda p=program: on_corpus(key, p, env, todo, running))
    if the_plan.prism and any(r.key == key and r.stage == "TypeScript build" and r.ok for r in results):

        def on_prism() -> tuple[bool, str]:
            with prism_mock(tools, key) as origin:
                prism_env = {"PORTABILITY_BASE_URL": origin, **credentials_env(key, spec, PRISM_CREDENTIALS)}
                return check_program(ts_program, prism_env, todo)

        stage(results, key, "TypeScript on Prism", on_prism)


def _try(action: Any, *args: Any) -> str:
    """The error of an action run in a worker thread, or "" (the report names it per stage)."""
    try:
        action(*args)
    except PortabilityError as error:
        return str(error)
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="*", metavar="KEY", help=f"providers (default: all of {', '.join(PROVIDERS)})")
    parser.add_argument("--only", action="append", choices=["typescript", "go", "prism"], help="run only these stages")
    parser.add_argument("--strict", action="store_true", help="a skipped stage (missing toolchain) is a failure")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.keys) - set(PROVIDERS))
    if unknown:
        parser.error(f"unknown provider {', '.join(unknown)}; choose from {', '.join(PROVIDERS)}")
    started = time.monotonic()
    tools = find_tools()
    the_plan = plan(tools, want=frozenset(args.only or ("typescript", "go", "prism")))
    for message in the_plan.skipped:
        print(f"skipped: {message}")
    keys = args.keys or list(PROVIDERS)
    results = portability(keys, tools, the_plan)
    for result in results:
        mark = "ok  " if result.ok else "FAIL"
        detail = result.detail if result.ok else "\n      " + result.detail.replace("\n", "\n      ")
        print(f"{mark} {result.key:<17} {result.stage:<20} {detail}")
    failed = [r for r in results if not r.ok]
    print(
        f"portability: {len(results) - len(failed)} passed, {len(failed)} failed, {len(the_plan.skipped)} skipped "
        f"in {time.monotonic() - started:.1f} s (build/portability/)"
    )
    return 1 if failed or (args.strict and the_plan.skipped) else 0


if __name__ == "__main__":
    sys.exit(main())
