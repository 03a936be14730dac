"""One webhook POST to an address that was checked, and what went wrong as a category.

httpx would resolve the host again to connect; instead the request goes to the checked IP
with the original ``Host`` header, and for https the ``sni_hostname`` extension makes
httpcore send SNI and verify the certificate for the name, not the IP.
"""

from __future__ import annotations

import ssl

import httpx

from services.ingest.urls import Target


class DeliveryFailed(Exception):
    """A POST that did not get a response; ``category`` is what the status may show."""

    def __init__(self, category: str) -> None:
        super().__init__(category)
        self.category = category


def category_of(err: BaseException) -> str:
    """A short, fixed description of a transport error: never its raw text, which would
    turn the status into a port scanner (banner, address and errno of internal services)."""
    if isinstance(err, httpx.TimeoutException):
        return "timeout"
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return "tls"
        cause = cause.__cause__ or cause.__context__
    if isinstance(err, httpx.ConnectError):
        return "refused"
    return "connection lost"


def _host_header(target: Target) -> str:
    default = 443 if target.scheme == "https" else 80
    name = f"[{target.hostname}]" if ":" in target.hostname else target.hostname
    return name if target.port == default else f"{name}:{target.port}"


async def post_pinned(
    client: httpx.AsyncClient, target: Target, body: bytes, headers: dict[str, str]
) -> httpx.Response:
    """POST ``body`` to the first checked address that accepts a connection; raises
    DeliveryFailed with a category. Only a refused connection moves on to the next address
    (nothing was sent), so one attempt never POSTs twice."""
    url = httpx.URL(target.url)
    extensions = {"sni_hostname": target.hostname} if target.scheme == "https" else {}
    last = "refused"
    for ip in target.addresses:
        request = client.build_request(
            "POST",
            url.copy_with(host=str(ip)),  # httpx brackets an IPv6 host itself
            content=body,
            headers={**headers, "Host": _host_header(target)},
            extensions=extensions,
        )
        try:
            # Only the status matters: the response body is never read, so a receiver cannot
            # make us buffer an endless one.
            response = await client.send(request, stream=True)
            await response.aclose()
            return response
        except httpx.ConnectError as e:
            last = category_of(e)
            if last != "refused":
                break
        except httpx.HTTPError as e:
            raise DeliveryFailed(category_of(e)) from None
    raise DeliveryFailed(last)
