"""The Redis connection every role uses: pooled, with retries on dropped connections, to a
standalone Redis, the primary a set of Sentinels names, or a Redis Cluster."""

from __future__ import annotations

from functools import cache
from typing import Any, cast
from urllib.parse import urlsplit

import hiredis
from redis.asyncio import BlockingConnectionPool, Redis, RedisCluster
from redis.asyncio.cluster import ClusterNode, ClusterPipeline
from redis.asyncio.connection import AbstractConnection
from redis.asyncio.retry import Retry
from redis.asyncio.sentinel import Sentinel
from redis.backoff import EqualJitterBackoff
from redis.exceptions import (
    BusyLoadingError,
    ClusterDownError,
    ClusterError,
    MasterDownError,
    ReadOnlyError,
    TryAgainError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from shared.autopipeline import AutoPipelined
from shared.partitions import Layout, set_layout
from shared.settings import Settings

# Errors after which a command may be retried on a fresh connection. The cluster and
# failover ones are what a client sees while a replica is being promoted: the slot is
# down, the node demoted (READONLY), or the keys are moving (TRYAGAIN).
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (
    RedisConnectionError,
    RedisTimeoutError,
    BusyLoadingError,
    ConnectionResetError,
    OSError,
    ClusterDownError,
    MasterDownError,
    ClusterError,
    TryAgainError,
    ReadOnlyError,
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


class _DroppedMidCommand(RedisConnectionError):  # type: ignore[misc]
    """A cluster connection was closed under a command by a concurrent topology refresh."""


class MeshCluster(RedisCluster):  # type: ignore[misc]
    """redis-py's asyncio cluster client, with one of its races made an ordinary dropped
    connection: while a failover makes it reload the slot map, it closes node connections
    other tasks are still using, and their commands fail with AttributeError (``_writer``
    is None) or, on uvloop, RuntimeError (transport closed). Raised as a ConnectionError,
    callers retry them like any dropped connection (every write the mesh sends is safe to
    repeat)."""

    async def execute_command(self, *args: Any, **kwargs: Any) -> Any:
        """RedisCluster.execute_command; a closed-under-us connection is a ConnectionError."""
        try:
            return await super().execute_command(*args, **kwargs)
        except (AttributeError, RuntimeError) as e:
            raise _DroppedMidCommand(f"connection closed during a topology refresh: {e}") from e

    def pipeline(self, transaction: Any | None = None, shard_hint: Any | None = None) -> Any:
        """A cluster pipeline whose ``execute`` fails the same way."""
        return _MeshClusterPipeline(self, transaction)


class _MeshClusterPipeline(ClusterPipeline):  # type: ignore[misc]
    async def execute(self, raise_on_error: bool = True, allow_redirections: bool = True) -> Any:
        try:
            return await super().execute(raise_on_error, allow_redirections)
        except (AttributeError, RuntimeError) as e:
            raise _DroppedMidCommand(f"connection closed during a topology refresh: {e}") from e


def _auth_and_tls(settings: Settings, url: str | None) -> dict[str, Any]:
    """AUTH and TLS options every mode shares (a rediss:// URL turns TLS on by itself)."""
    kwargs: dict[str, Any] = {}
    if settings.redis_password is not None:
        kwargs["password"] = settings.redis_password.get_secret_value()
    if settings.redis_username:
        kwargs["username"] = settings.redis_username
    tls = settings.redis_tls or (url or "").startswith("rediss://")
    if tls and settings.redis_mode != "standalone":
        # A cluster client given redis:// and no ssl=True would connect in plain text,
        # silently; a standalone pool picks TLS by the URL's scheme (see connect()).
        kwargs["ssl"] = True
    if tls and settings.redis_tls_ca is not None:
        kwargs["ssl_ca_certs"] = str(settings.redis_tls_ca)
    return kwargs


def _host_port(item: str) -> tuple[str, int]:
    """``host:port`` (or a URL ending so) as a pair."""
    netloc = urlsplit(item.strip()).netloc if "//" in item else item.strip()
    host, _, port = netloc.rpartition("@")[2].rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"cluster seed '{item}' is not host:port")
    return host.strip("[]"), int(port)


def _retry() -> Retry:
    return Retry(EqualJitterBackoff(cap=2.0, base=0.05), retries=3)


def connect(settings: Settings, url: str | None = None) -> Redis:
    """A redis.asyncio client for the settings' Redis mode (``url`` overrides
    settings.redis_url). It also fixes this process's key layout (``shared.partitions``):
    the partition count, and hash tags whenever a cluster or several partitions need them.

    A cluster client is returned typed as ``Redis``: the commands the mesh sends are the
    same, and each touches one slot."""
    set_layout(Layout.of(settings.partitions, settings.redis_mode == "cluster"))
    target = url or settings.redis_url
    if settings.redis_mode == "sentinel":
        return _sentinel(settings)
    if not target:
        raise ValueError("MESH_REDIS_URL is not set")
    if settings.redis_tls and target.startswith("redis://"):
        target = "rediss://" + target.removeprefix("redis://")  # MESH_REDIS_TLS=true
    kwargs = _auth_and_tls(settings, target)
    if settings.redis_mode == "cluster":
        first, *more = target.split(",")
        # More seeds (",host:port,...") let a process that restarts while one node is down
        # find the cluster through another.
        seeds = [ClusterNode(*_host_port(x)) for x in more if x.strip()]
        cluster = MeshCluster.from_url(
            first,
            startup_nodes=seeds,
            retry=_retry(),
            max_connections=64,
            socket_connect_timeout=5,
            socket_keepalive=True,
            **kwargs,
        )
        return cast(Redis, cluster)
    # A blocking pool makes a burst of handlers queue for a connection instead of failing
    # with "Too many connections".
    pool = BlockingConnectionPool.from_url(
        target,
        max_connections=64,
        timeout=30,
        retry=_retry(),
        retry_on_error=[RedisConnectionError, RedisTimeoutError, BusyLoadingError],
        socket_connect_timeout=5,
        socket_keepalive=True,
        health_check_interval=30,
        **kwargs,
    )
    pool.connection_class = _hiredis_packing(pool.connection_class)
    return AutoPipelined(connection_pool=pool)


class SentinelConfigError(ValueError):
    """MESH_REDIS_MODE=sentinel without a usable MESH_REDIS_SENTINELS."""


def sentinel_addresses(text: str) -> list[tuple[str, int]]:
    """``host:port,host:port`` as address pairs."""
    out: list[tuple[str, int]] = []
    for item in (x.strip() for x in text.split(",")):
        host, _, port = item.rpartition(":")
        if not item:
            continue
        if not host or not port.isdigit():
            raise SentinelConfigError(f"MESH_REDIS_SENTINELS: '{item}' is not host:port")
        out.append((host.strip("[]"), int(port)))
    if not out:
        raise SentinelConfigError("MESH_REDIS_MODE=sentinel needs MESH_REDIS_SENTINELS")
    return out


def _sentinel(settings: Settings) -> Redis:
    """The primary the Sentinels name; after a failover the pool asks them again (a
    connection to a demoted primary fails with READONLY and is dropped)."""
    kwargs = _auth_and_tls(settings, settings.redis_url)
    sentinel_kwargs: dict[str, Any] = {"socket_connect_timeout": 2, "socket_timeout": 2}
    if settings.redis_sentinel_password is not None:
        sentinel_kwargs["password"] = settings.redis_sentinel_password.get_secret_value()
    if "ssl" in kwargs:
        sentinel_kwargs["ssl"] = True
        if "ssl_ca_certs" in kwargs:
            sentinel_kwargs["ssl_ca_certs"] = kwargs["ssl_ca_certs"]
    sentinel = Sentinel(
        sentinel_addresses(settings.redis_sentinels),
        sentinel_kwargs=sentinel_kwargs,
        socket_connect_timeout=5,
        socket_keepalive=True,
        retry=_retry(),
        retry_on_error=[RedisConnectionError, RedisTimeoutError, BusyLoadingError, ReadOnlyError],
        **kwargs,
    )
    client: Redis = sentinel.master_for(settings.redis_sentinel_service, redis_class=AutoPipelined)
    return client


async def initialized(redis: Redis) -> Redis:
    """``redis``, with a cluster client's slot map loaded before any task uses it: many
    tasks starting on a cold cluster client race its first topology load, and the loser's
    connection is closed under it."""
    if isinstance(redis, RedisCluster):
        await redis.initialize()
    return redis


def is_cluster(redis: Redis) -> bool:
    """True for a Redis Cluster client."""
    return isinstance(redis, RedisCluster)
