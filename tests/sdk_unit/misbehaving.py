"""A misbehaving HTTP server on loopback (port 0): silent, trickling, endless, compressed bombs, redirects.

Hand-written on raw sockets because the point is answers no framework sends: uvicorn and Starlette always
finish the headers, frame the body and answer in time. Each connection is served in a thread by `handler`,
which gets the parsed request and the socket, and may do anything with it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[Request, socket.socket], None]


@dataclass
class Server:
    handler: Handler
    origin: str = ""
    requests: list[Request] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def serve(self, listener: socket.socket) -> None:
        listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            try:
                while not self._stop.is_set():
                    request = _read_request(conn)
                    if request is None:
                        return
                    self.requests.append(request)
                    self.handler(request, conn)
            except OSError:
                return

    def stop(self) -> None:
        self._stop.set()


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    conn.settimeout(10)
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        rest += conn.recv(65536)
    return Request(method, path, headers, rest[:length])


@contextlib.contextmanager
def serving(handler: Handler) -> Iterator[Server]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    server = Server(handler, origin=f"http://127.0.0.1:{listener.getsockname()[1]}")
    thread = threading.Thread(target=server.serve, args=(listener,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop()
        listener.close()
        thread.join(2)


def answer(conn: socket.socket, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
    head = {"Content-Length": str(len(body)), "Content-Type": "application/json", **(headers or {})}
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in head.items()]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)


def silent(request: Request, conn: socket.socket) -> None:
    """Reads the request and never answers."""
    time.sleep(60)


def trickle(every: float = 0.5) -> Handler:
    """Headers at once, then the body one byte every `every` seconds (never a gap long enough to time out)."""

    def handle(request: Request, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(100000):
            conn.sendall(b" ")
            time.sleep(every)

    return handle


def trickle_headers(every: float = 0.3) -> Handler:
    """The status line, then header bytes one every `every` seconds, never finishing the headers."""

    def handle(request: Request, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(100000):
            conn.sendall(b"a")
            time.sleep(every)

    return handle


def silent_late(after: float) -> Handler:
    """Headers and body bytes for `after` seconds, then silence with the body unfinished."""

    def handle(request: Request, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        end = time.monotonic() + after
        while time.monotonic() < end:
            conn.sendall(b" ")
            time.sleep(0.1)
        time.sleep(60)

    return handle


def endless(request: Request, conn: socket.socket) -> None:
    """A chunked body that never ends, as fast as the client reads."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    piece = b" " * 65536
    frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    while True:
        conn.sendall(frame)


def gzip_bomb(decoded_mib: int) -> bytes:
    """Gzip of `decoded_mib` MiB of spaces (about 1/1000 of that on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    mib = b" " * (1 << 20)
    return b"".join(packer.compress(mib) for _ in range(decoded_mib)) + packer.flush()


def serve_bytes(body: bytes, headers: dict[str, str]) -> Handler:
    def handle(request: Request, conn: socket.socket) -> None:
        answer(conn, 200, body, headers)

    return handle


def refused_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def not_tls() -> Iterator[str]:
    """An https:// origin whose server speaks plain HTTP: it answers a TLS ClientHello with an HTTP 400."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()
        thread.join(2)
