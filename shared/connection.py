"""The Redis connection every role uses: pooled, with retries on dropped connections."""

from __future__ import annotations

from redis.asyncio import BlockingConnectionPool, Redis
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
    return Redis(connection_pool=pool)
