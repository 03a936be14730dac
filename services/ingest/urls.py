"""The SSRF guard: webhook URLs must be http(s) and resolve to public addresses."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class UnsafeURL(ValueError):
    """A webhook URL we refuse to call; the message says why."""


async def check_webhook_url(url: str, allow_private: bool) -> None:
    """Raise UnsafeURL unless ``url`` is http(s) and every address it resolves to is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURL("webhook_url must be an absolute http:// or https:// URL")
    if parts.username or parts.password:
        raise UnsafeURL("webhook_url must not carry credentials")
    if allow_private:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
            type=socket.SOCK_STREAM,
        )  # fmt: skip
    except socket.gaierror:
        raise UnsafeURL(f"webhook_url host '{parts.hostname}' does not resolve") from None
    for *_, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0])
        if not ip.is_global or ip.is_multicast:
            raise UnsafeURL(
                f"webhook_url resolves to {ip}, a private, loopback, link-local or reserved "
                "address (set MESH_WEBHOOK_ALLOW_PRIVATE=true to allow it)"
            )
