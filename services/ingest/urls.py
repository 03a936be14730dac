"""The SSRF guard: webhook URLs must be http(s) and resolve only to public addresses.

The host is resolved once, here; delivery then connects to one of the addresses that were
checked (see ``delivery.py``), so a resolver that answers differently the second time
(DNS rebinding) cannot steer the POST to a private address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# IPv6 ranges that carry an IPv4 address in their low bits and reach it through a
# translator or tunnel: the embedded address must be public too.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215 local-use: never public
_SIX_TO_FOUR = ipaddress.ip_network("2002::/16")  # RFC 3056
_V4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d


class UnsafeURL(ValueError):
    """A webhook URL we refuse to call; the message says why (never which address)."""


class UnresolvableHost(UnsafeURL):
    """The webhook host does not resolve (now); at delivery time this is worth a retry."""


@dataclass(frozen=True, slots=True)
class Target:
    """A checked webhook URL: its parts and the addresses delivery may connect to."""

    url: str
    scheme: str
    hostname: str
    port: int
    addresses: tuple[IPAddress, ...]


async def resolve(hostname: str, port: int) -> list[IPAddress]:
    """Every address ``hostname`` resolves to, in resolver order (raises socket.gaierror)."""
    infos = await asyncio.get_running_loop().getaddrinfo(hostname, port, type=socket.SOCK_STREAM)
    seen: dict[IPAddress, None] = {}
    for *_, sockaddr in infos:
        seen[ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])] = None
    return list(seen)


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address maps, translates or tunnels to, if any."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or ip in _V4_COMPATIBLE:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: IPAddress) -> bool:
    """True if a webhook may be sent to ``ip``: globally routable, not multicast, and any
    IPv4 address embedded in it (mapped, compatible, NAT64, 6to4) public as well."""
    if not ip.is_global or ip.is_multicast or ip in _NAT64_LOCAL:
        return False
    inner = embedded_ipv4(ip)
    return inner is None or (inner.is_global and not inner.is_multicast)


def _split(url: str) -> tuple[str, str, int]:
    """(scheme, hostname, port) of an acceptable URL; raise UnsafeURL with the reason."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeURL("webhook_url must be an absolute http:// or https:// URL")
    if parts.username or parts.password:
        raise UnsafeURL("webhook_url must not carry credentials")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise UnsafeURL("webhook_url has an invalid port") from None
    return parts.scheme, parts.hostname, port


async def resolve_webhook_target(url: str, allow_private: bool) -> Target:
    """Check ``url`` and resolve its host once; raise UnsafeURL unless every address is public.

    With ``allow_private`` any address is accepted, but it is still resolved once and pinned.
    """
    scheme, hostname, port = _split(url)
    try:
        addresses = await resolve(hostname, port)
    except (socket.gaierror, UnicodeError):
        raise UnresolvableHost(f"webhook_url host '{hostname}' does not resolve") from None
    if not addresses:
        raise UnresolvableHost(f"webhook_url host '{hostname}' does not resolve")
    if not allow_private and not all(is_public(ip) for ip in addresses):
        # The address itself is not echoed: that would tell a client how internal names resolve.
        raise UnsafeURL(
            "webhook_url resolves to a private, loopback, link-local or reserved address "
            "(set MESH_WEBHOOK_ALLOW_PRIVATE=true to allow it)"
        )
    return Target(url, scheme, hostname, port, tuple(addresses))


async def check_webhook_url(url: str, allow_private: bool) -> None:
    """Raise UnsafeURL unless ``url`` is http(s) and every address it resolves to is public
    (with ``allow_private``, only the form is checked: delivery resolves it)."""
    if allow_private:
        _split(url)
        return
    await resolve_webhook_target(url, allow_private)
