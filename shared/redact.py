"""Masking credentials in text headed for a log or a terminal: URL passwords and secret query
parameters."""

from __future__ import annotations

import logging
import re

MASK = "***"

# ``scheme://user:password@``: the password runs to the last '@' before the host, and stops at
# whitespace, quotes or a path, so JSON log lines and prose around the URL are left alone.
_USERINFO = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@\"'<>]*:)[^\s/\"'<>]*@")
# ``?password=...`` / ``&password=...`` (redis-py and many drivers read credentials from the query).
_QUERY = re.compile(
    r"(?P<head>[?&;](?:password|passwd|pwd|pass|secret|token|access_token|api_key|apikey|auth)=)"
    r"[^&;#\s\"'<>]*",
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """``text`` with every URL password and secret query parameter replaced by ``***``."""
    if "://" in text:
        text = _USERINFO.sub(rf"\g<head>{MASK}@", text)
    if "=" in text:
        text = _QUERY.sub(rf"\g<head>{MASK}", text)
    return text


class RedactingFormatter(logging.Formatter):
    """Wraps a formatter and masks credentials in everything it produces.

    Masking the finished line (rather than ``record.msg``) also covers exception text and
    context fields, whichever formatter the process uses.
    """

    def __init__(self, inner: logging.Formatter | None = None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        """The inner formatter's line, masked."""
        return redact(self.inner.format(record))


def without_password(url: str) -> str:
    """``url`` with its credentials removed (``user:pw@`` and secret query parameters dropped),
    for writing where a reader should supply the password itself (MESH_REDIS_PASSWORD)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if not _QUERY.match(f"?{k}=")]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query)))
