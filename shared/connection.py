"""The Redis connection every role uses: pooled, with retries on dropped connections."""

from __future__ import annotations

from functools import cache
from typing import Any

import hiredis
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.connection import AbstractConnection
from redis.asyncio.retry import Retry
from redis.backoff import EqualJitterBackoff
from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from shared.settings import Settings

# Errors after which a command may be retried on a fresh connection.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (
    RedisConnectionError,
    RedisTimeoutError,
    BusyLoadingError,
    ConnectionResetError,
    OSError,
)


class HiredisPacking:
    """Mixin for a redis.asyncio connection class: pack commands with hiredis (C).

    redis-py's asyncio connections pack every command in pure Python (about 7 us for a
    commit's EVALSHA, against 1 us in hiredis); it was the largest single cost in a
    worker's profile. Anything hiredis does not take (bool, None, custom types) goes
    through redis-py's own packer, so its errors stay the same.
    """

    def pack_command(self, *args: Any) -> list[bytes]:
        """One RESP frame for ``args``, split and encoded the way redis-py does it."""
        first = args[0]
        if isinstance(first, str):
            if " " in first:
                args = (*first.encode().split(), *args[1:])
        elif b" " in first:
            args = (*first.split(), *args[1:])
        try:
            return [hiredis.pack_command(args)]
        except TypeError:
            packed: list[bytes] = super().pack_command(*args)  # type: ignore[misc]
            return packed


@cache
def _hiredis_packing(cls: type[AbstractConnection]) -> type[AbstractConnection]:
    """``cls`` (TCP, TLS or Unix socket, as the URL chose) with hiredis packing."""
    return type(f"Hiredis{cls.__name__}", (HiredisPacking, cls), {})


def connect(settings: Settings, url: str | None = None) -> Redis:
    """A redis.asyncio client for ``url`` (default: settings.redis_url)."""
    target = url or settings.redis_url
    if not target:
        raise ValueError("MESH_REDIS_URL is not set")
    kwargs: dict[str, object] = {}
    if settings.redis_password is not None:
        kwargs["password"] = settings.redis_password.get_secret_value()
    # A blocking pool makes a burst of handlers queue for a connection instead of failing
    # with "Too many connections".
    pool = BlockingConnectionPool.from_url(
        target,
        max_connections=64,
        timeout=30,
        retry=Retry(EqualJitterBackoff(cap=2.0, base=0.05), retries=3),
        retry_on_error=[RedisConnectionError, RedisTimeoutError, BusyLoadingError],
        socket_connect_timeout=5,
        socket_keepalive=True,
        health_check_interval=30,
        **kwargs,
    )
    pool.connection_class = _hiredis_packing(pool.connection_class)
    return Redis(connection_pool=pool)
