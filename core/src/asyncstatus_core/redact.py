"""Keep credentials out of reprs and logs.

Part of asyncstatus-core, the runtime every generated package depends on. The stock client is an attrs class
whose repr prints its headers and httpx arguments, which is where a token or password sits; these
functions are its field reprs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["REDACTED", "excerpt", "is_secret_header", "redact_headers", "redact_httpx_args", "redact_url"]

REDACTED = "<redacted>"
_SECRET_WORDS = ("authorization", "token", "key", "secret", "password", "cookie", "session")


def is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def redact_headers(headers: Mapping[str, str]) -> str:
    shown = {name: (REDACTED if is_secret_header(name) else value) for name, value in headers.items()}
    return repr(shown)


def redact_httpx_args(args: Mapping[str, Any]) -> str:
    """Show which httpx arguments are set; values only for harmless scalars."""
    shown: dict[str, Any] = {}
    for name, value in args.items():
        if name == "auth" and not hasattr(value, "auth_flow"):
            shown[name] = REDACTED  # a (user, password) tuple or a bare callable
        elif name == "headers" and isinstance(value, Mapping):
            shown[name] = {k: (REDACTED if is_secret_header(str(k)) else v) for k, v in value.items()}
        else:
            shown[name] = value
    return repr(shown)


# A JSON member or form field whose name says it holds a secret ("access_token": "...", password=...),
# and bearer/basic credentials written out in text (an echoed Authorization header in an error page).
_SECRET_MEMBER = re.compile(
    r"""(?ix)
    (["']?[\w-]*(?:authorization|token|key|secret|password|cookie|session)[\w-]*["']?\s*[:=]\s*)
    ("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,&;}<]+)
    """
)
_CREDENTIALS = re.compile(r"(?i)\b(bearer|basic|apikey)\s+[A-Za-z0-9._~+/=-]+")


def excerpt(content: bytes, limit: int = 200) -> str:
    """The start of a body for an error message, with anything that looks like a secret replaced."""
    text = content.decode("utf-8", errors="replace")
    text = _CREDENTIALS.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _SECRET_MEMBER.sub(lambda m: m.group(1) + REDACTED, text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def redact_url(url: str) -> str:
    """A URL fit for a message or a log: no user info, and secret-looking query values replaced."""
    try:
        parts = urlsplit(str(url))
    except ValueError:
        return "<unreadable URL>"
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, REDACTED if is_secret_header(k) else v) for k, v in pairs], safe="<>")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
