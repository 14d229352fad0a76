"""A generated package's command line (`python -m <package> wait|get|track ...`), written once.

The package's `__main__` keeps the provider's facts: the status operation's id (its keyword, type and the module
whose path rule checks it), the operation's other parameters (`Option`, one required flag each) and, where the
provider pushes, its own commands (`receive`, `subscriptions`, `drain`). `PackageCli` finds the rest in the
package: `auth` (`create_client`, `ENVIRONMENT`, the default URLs), `waiters`, `tracker`, `_media` and
`__version__`. The generic parts it wires are `cli` (wait/get), `cli_track` (track) and `cli_push`.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import cli as _cli
from . import cli_track as _cli_track
from .client import Client

__all__ = ["Option", "PackageCli"]


@dataclass(frozen=True)
class Option:
    """A parameter of the status operation besides the id, the same for every id: a required flag."""

    name: str  # the operation's keyword (`customer`)
    flag: str  # `--customer`
    type: str  # its Python type's name (`str`, `int`, `UUID`)
    wire: str  # the spec's name (for the help)


Extend = Callable[[Any, str], None]  # adds the package's own commands: (subparsers, epilog)
Command = Callable[[argparse.Namespace], int]  # runs one of them: the exit code


class PackageCli:
    """The command line of `package` (its `__main__`): `main`, and `track`, the `TrackCommand` that
    `asyncstatus track` finds through the package's entry point."""

    def __init__(
        self,
        package: str,
        title: str,
        status: str,
        id_name: str,
        id_type: str,
        options: Sequence[Option] = (),
        *,
        pushes: bool = False,
        extend: Extend | None = None,
        commands: Mapping[str, Command] | None = None,
    ) -> None:
        self.package = package
        self.title = title
        self.prog = f"python -m {package}"
        self.id_name, self.id_type, self.id_metavar = id_name, id_type, id_name.upper()
        self.options = tuple(options)
        self.extend = extend
        self.commands = dict(commands or {})
        self.auth = importlib.import_module(f"{package}.auth")
        self.waiters = importlib.import_module(f"{package}.waiters")
        self.tracker = importlib.import_module(f"{package}.tracker")
        self.version = str(importlib.import_module(package).__version__)
        media = importlib.import_module(f"{package}._media")
        # What the spec's schema allows for the id: checked before any request (exit 2 naming a refused id).
        self.id_rule = media.PATH_RULES[status][id_name]
        variables: dict[str, str] = dict(self.auth.ENVIRONMENT)
        self.token_url_env = variables.pop("token_url", None)
        self.environment = _cli.Environment(
            credentials={k: v for k, v in variables.items() if k != "base_url"},
            base_url=variables["base_url"],
            default_base_url=self.auth.DEFAULT_BASE_URL,
            optional={self.token_url_env: self.auth.DEFAULT_TOKEN_URL} if self.token_url_env else {},
        )
        waiters = self.waiters
        self.reader: _cli.Reader[Any] = _cli.Reader(waiters.lifecycle, waiters.progress, waiters.STATUS_POINTER)
        self.track = _cli_track.TrackCommand(
            scope=self.tracker.SCOPE,
            check_id=lambda text: self.id_rule.check(_cli.convert(text, self.id_type)),
            params=self._track_params,
            tracker=self._tracker,
            options=tuple(o.name for o in self.options),
            pushes=pushes,
        )

    def add_push(self, extend: Extend, commands: Mapping[str, Command]) -> None:
        """The provider pushes: the package's own commands (`receive`, ...; `extend` adds their parsers), and
        `track run --push-sweep` applies to it."""
        self.extend = extend
        self.commands.update(commands)
        self.track = dataclasses.replace(self.track, pushes=True)

    def client(self, settings: _cli.Settings) -> Client:
        """A client from the environment's settings (`create_client` of the package)."""
        urls = {"token_url": settings.optional[self.token_url_env]} if self.token_url_env else {}
        client: Client = self.auth.create_client(**settings.credentials, base_url=settings.base_url, **urls)
        return client

    def _ids(self, args: argparse.Namespace, ident: str) -> dict[str, Any]:
        """The keywords of one id's wait or read: the options as given, and the id as the operation's type."""
        return {
            **{o.name: getattr(args, o.name) for o in self.options},
            self.id_name: _cli.convert(ident, self.id_type),
        }

    async def _get(
        self, args: argparse.Namespace, settings: _cli.Settings, display: _cli.Display
    ) -> list[_cli.Outcome]:
        async with self.client(settings) as client:

            async def get_one(ident: str) -> Any:
                return await self.waiters.async_get_status(
                    client=client, **self._ids(args, ident), timeout=args.timeout
                )

            return await _cli.get_each(_cli.unique(args.ids), get_one, self.reader)

    async def _wait(
        self, args: argparse.Namespace, settings: _cli.Settings, display: _cli.Display
    ) -> list[_cli.Outcome]:
        ids = _cli.unique(args.ids)
        policy = _cli.policy(args.interval)
        async with self.client(settings) as client:

            async def wait_one(ident: str, on_progress: Any, on_retry: _cli.RetryCallback) -> Any:
                return await self.waiters.async_wait_until_done(
                    client=client,
                    **self._ids(args, ident),
                    timeout=args.timeout,
                    on_progress=on_progress,
                    policy=policy,
                    on_retry=on_retry,
                )

            many = getattr(self.waiters, "async_wait_until_done_many", None)
            if many is not None and len(ids) > 1:  # the bulk operation: one request for many ids

                async def wait_many(on_progress: Any, on_retry: _cli.RetryCallback, on_status: Any) -> Any:
                    return await many(
                        client=client,
                        **{f"{self.id_name}s": ids},
                        timeout=args.timeout,
                        on_progress=on_progress,
                        policy=policy,
                        on_retry=on_retry,
                        on_status=on_status,
                    )

                return await _cli.wait_bulk(ids, wait_many, self.reader, display)
            return await _cli.wait_each(ids, wait_one, self.reader, display)

    def _tracker(self, args: argparse.Namespace, store: str) -> Any:
        """The tracker of `track run`: a client from the environment's credentials, on `store`."""
        try:
            settings = self.environment.read(base_url=args.base_url)
        except _cli.ConfigError as error:
            raise ValueError(str(error)) from None
        return self.tracker.Tracker(
            client=self.client(settings),
            store=store,
            policy=_cli.policy(args.interval),
            lag_per_request=args.lag_per_request,
        )

    def _track_params(self, args: argparse.Namespace) -> dict[str, Any]:
        return {o.name: str(getattr(args, o.name)) for o in self.options}

    def _extend(self, subparsers: Any, epilog: str, track_add: list[argparse.ArgumentParser]) -> None:
        track_add.append(
            _cli_track.add_parsers(
                subparsers, epilog=epilog, id_metavar=self.id_metavar, base_url_env=self.environment.base_url
            )
        )
        if self.extend is not None:
            self.extend(subparsers, epilog)

    def main(self, argv: Sequence[str] | None = None) -> int:
        """Run the command line (`argv`: the arguments after the program's name); the exit code."""
        track_add: list[argparse.ArgumentParser] = []
        parser, commands = _cli.parser(
            prog=self.prog,
            description=f"Wait for {self.title} processes, or read their status once.",
            environment=self.environment,
            id_metavar=self.id_metavar,
            id_annotation=self.id_type,
            id_rule=self.id_rule,
            version=self.version,
            extend=lambda subparsers, epilog: self._extend(subparsers, epilog, track_add),
        )
        operation = self.waiters._WAITS.operation_id
        for command in (*commands.values(), *track_add):
            for option in self.options:
                command.add_argument(
                    option.flag,
                    required=True,
                    type=_cli.converter(option.type),
                    metavar=option.name.upper(),
                    help=f"the `{option.wire}` parameter of {operation}, the same for every id",
                )
        args = parser.parse_args(argv)
        if args.command == "track":
            return _cli_track.main(args, self.track)
        if args.command in self.commands:
            return self.commands[args.command](args)
        run, summarise = (self._wait, _cli.exit_code) if args.command == "wait" else (self._get, _cli.get_exit_code)
        return _cli.main(
            lambda settings, display: run(args, settings, display),
            environment=self.environment,
            base_url=args.base_url,
            ids=_cli.unique(args.ids),
            quiet=args.quiet,
            as_json=args.json,
            summarise=summarise,
        )
