"""Scrub recorded answers before they enter the corpus: tokens, credentials and personal data (names,
e-mail addresses, phone numbers, street addresses) become stable placeholders (the same input gives the
same placeholder within one Scrubber), structure and JSON types kept; ids that are not personal stay.

Hand-written: no scrubbing library on PyPI knows these APIs' field names (`requesterUser.name`,
Realtime Register's contact `voice`, booster's signed URLs), and a generic PII detector would also
rewrite the ids and timestamps the corpus exists to keep. Free-text street addresses cannot be found
reliably by pattern; they are scrubbed by field name."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

SECRET_WORDS = ("password", "passwd", "secret", "token", "apikey", "authcode", "authinfo", "privatekey", "cookie")
SECRET_KEYS = {"authorization", "session", "sessionid", "signature", "credentials", "credential"}
EMAIL_KEYS = {"email", "emailaddress", "mail"}
PHONE_KEYS = {"phone", "phonenumber", "telephone", "tel", "mobile", "voice", "fax", "cellphone"}
ADDRESS_KEYS = {"address", "addressline", "street", "streetname", "housenumber", "postalcode", "postcode", "zipcode"}
NAME_KEYS = {
    "firstname",
    "lastname",
    "surname",
    "givenname",
    "familyname",
    "fullname",
    "middlename",
    "contactname",
    "personname",
    "displayname",
    "username",
    "loginname",
    "login",
    "user",
}
# A plain `name` is a person's only inside these objects (elsewhere it names a step, a business...).
PERSON_PARENTS = {"requesteruser", "user", "contact", "registrant", "owner", "person", "createdby", "requestedby"}
SECRET_HEADERS = {"authorization", "proxy-authorization", "cookie", "set-cookie"}
SECRET_HEADER_WORDS = ("token", "secret", "api-key", "apikey", "session", "cookie", "signature")

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
AUTH_SCHEME = re.compile(r"\b(Bearer|Basic|ApiKey|Token)\s+([A-Za-z0-9._~+/=-]{8,})", re.IGNORECASE)
PHONE = re.compile(r"\+\d[\d .()-]{7,}\d")
URL_SECRET = re.compile(
    r"([?&][\w.-]*(?:signature|credential|security-token|token|secret|password|apikey|api_key|sig|key)[\w.-]*=)"
    r"([^&#\s\"'<>]+)",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"^(?:secret|person|phone|street)-\d+$|@example\.invalid$")


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _category(key: str, parent: str, siblings: Iterable[str]) -> str | None:
    k = _norm(key)
    if k in SECRET_KEYS or any(w in k for w in SECRET_WORDS):
        return "secret"
    if k in EMAIL_KEYS or k.endswith("email"):
        return "email"
    if k in PHONE_KEYS or k.endswith("phone"):
        return "phone"
    if k in ADDRESS_KEYS or k.startswith("addressline") or k.startswith("street"):
        return "street"
    if k in NAME_KEYS:
        return "person"
    if k == "name":
        personal = {_norm(s) for s in siblings} & (EMAIL_KEYS | PHONE_KEYS | ADDRESS_KEYS)
        if _norm(parent) in PERSON_PARENTS or personal:
            return "person"
    return None


class Scrubber:
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Exact strings known to be secret (the credentials and tokens the recorder used): replaced
        # wherever they occur, whatever the field.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        self.seen: dict[tuple[str, str], str] = {}
        self.numbers: dict[tuple[str, int | float], int] = {}
        self.made: set[tuple[str, int]] = set()

    def placeholder(self, category: str, value: str) -> str:
        if PLACEHOLDER.search(value):
            return value
        found = self.seen.get((category, value))
        if found is None:
            n = 1 + sum(1 for c, _ in self.seen if c == category)
            found = f"user-{n}@example.invalid" if category == "email" else f"{category}-{n}"
            self.seen[(category, value)] = found
        return found

    def number(self, category: str, value: int | float) -> int:
        if isinstance(value, int) and (category, value) in self.made:
            return value  # already a placeholder: scrubbing twice changes nothing
        found = self.numbers.get((category, value))
        if found is None:
            found = 1 + sum(1 for c, _ in self.numbers if c == category)
            self.numbers[(category, value)] = found
            self.made.add((category, found))
        return found

    def text(self, value: str) -> str:
        """Secrets and personal data found by pattern inside any string."""
        for secret in self.secrets:
            if secret in value:
                value = value.replace(secret, self.placeholder("secret", secret))
        value = JWT.sub(lambda m: self.placeholder("secret", m.group(0)), value)
        value = AUTH_SCHEME.sub(lambda m: f"{m.group(1)} {self.placeholder('secret', m.group(2))}", value)
        value = URL_SECRET.sub(lambda m: m.group(1) + self.placeholder("secret", m.group(2)), value)
        value = EMAIL.sub(lambda m: self.placeholder("email", m.group(0)), value)
        return PHONE.sub(lambda m: self.placeholder("phone", m.group(0)), value)

    def value(self, value: Any, category: str | None = None, key: str = "") -> Any:
        """A JSON value scrubbed; `category` applies to every scalar under a sensitive field."""
        if isinstance(value, dict):
            return {k: self.value(v, category or _category(k, key, value), k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v, category, key) for v in value]
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int | float):
            return self.number(category, value) if category else value
        if isinstance(value, str):
            if category == "person" and _norm(key) == "user" and "/" in value:
                # Realtime Register's `user` is `<customer handle>/<login name>`: only the login is personal.
                handle, _, login = value.rpartition("/")
                return f"{handle}/{self.placeholder('person', login)}"
            return self.placeholder(category, value) if category else self.text(value)
        return value

    def headers(self, headers: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in headers.items():
            lower = name.lower()
            if lower == "set-cookie":
                cookie, sep, attributes = value.partition(";")
                cname, _, cvalue = cookie.partition("=")
                out[name] = f"{cname}={self.placeholder('secret', cvalue.strip())}{sep}{attributes}"
            elif lower in SECRET_HEADERS or any(w in lower for w in SECRET_HEADER_WORDS):
                out[name] = self.text(value) if lower == "www-authenticate" else self.placeholder("secret", value)
            else:
                out[name] = self.text(value)
        return out

    def body_text(self, text: str, content_type: str) -> str:
        """A body kept as text: JSON Lines and CSV scrubbed by field, anything else by pattern."""
        if content_type in {"text/jsonl", "application/jsonl", "application/x-ndjson"}:
            return "".join(self._jsonl_line(line) for line in text.splitlines(keepends=True))
        if content_type == "text/csv":
            return self._csv(text)
        return self.text(text)

    def _jsonl_line(self, line: str) -> str:
        stripped = line.rstrip("\r\n")
        try:
            parsed = json.loads(stripped)
        except json.JSONDecodeError:
            return self.text(line)
        return json.dumps(self.value(parsed), ensure_ascii=False) + line[len(stripped) :]

    def _csv(self, text: str) -> str:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not rows:
            return text
        header = rows[0]
        cats = [_category(name, "", header) for name in header]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n" if "\r\n" in text else "\n")
        writer.writerow(header)
        for row in rows[1:]:
            writer.writerow(
                [
                    (self.placeholder(cat, cell) if cat and cell else self.text(cell))
                    for cat, cell in zip([*cats, *[None] * len(row)], row, strict=False)
                ]
            )
        result = out.getvalue()
        return result if text.endswith(("\n", "\r\n")) else result.rstrip("\r\n")
