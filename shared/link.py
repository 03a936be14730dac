"""A dedicated connection for a loop that talks to Redis one batch of commands at a time.

redis-py's client acquires a pool connection, arms timeouts and records pool metrics for
every command, and a pipeline adds its own stack on top: about 45 µs of CPU per command
here, as much as the round trip itself (``docs/performance.md``). A loop that only ever has
one batch in flight (a worker's read loop, the Committer's flusher) needs none of that:
it holds one connection made by the client's own pool (so AUTH, TLS, Sentinel discovery
and hiredis packing come with it), writes its commands in one go and reads the replies in
order.

A cluster client has no single connection to hold: ``Link.of`` returns None for it and the
callers keep using the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis, RedisCluster
from redis.asyncio.connection import AbstractConnection
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

Command = Sequence[Any]


class Link:
    """One connection held for one caller; use it from one task at a time."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._conn: AbstractConnection | None = None
        self._timeout: float | None = None

    @classmethod
    def of(cls, redis: Redis) -> Link | None:
        """A link on ``redis``'s pool, or None for a cluster client."""
        return None if isinstance(redis, RedisCluster) else cls(redis)

    async def call(
        self, commands: Sequence[Command], *, blocking: bool = False, raw: Sequence[bool] = ()
    ) -> list[Any]:
        """Send ``commands`` in one write; their replies in order. An error reply is returned
        as its ``ResponseError``; a connection failure raises, and the next call reconnects
        (a cancelled call too: its replies could still be on the way). ``blocking``: the
        last command may block (XREADGROUP BLOCK), so its read has no socket timeout.
        ``raw[i]``: read the i-th reply without decoding it.

        The client's socket timeout bounds the whole exchange, as one deadline: redis-py
        would arm one per write and per read, and a write's is a task of its own
        (``asyncio.wait_for``), about 30 µs of CPU on every call.
        """
        conn = self._conn or await self._connect()
        timed = len(commands) - 1 if blocking else len(commands)
        replies: list[Any] = []
        try:
            async with asyncio.timeout(self._timeout):
                await conn.send_packed_command(conn.pack_commands(commands), check_health=False)
                for i in range(timed):
                    replies.append(await _reply(conn, i < len(raw) and raw[i]))
            if blocking:
                replies.append(await _reply(conn, timed < len(raw) and raw[timed]))
            return replies
        except BaseException as e:
            self._conn = None
            await asyncio.shield(self._drop(conn))
            if isinstance(e, TimeoutError):
                raise RedisTimeoutError(f"no reply from Redis within {self._timeout} s") from None
            raise

    async def close(self) -> None:
        """Close the connection (a later call opens a new one)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            await self._drop(conn)

    async def _connect(self) -> AbstractConnection:
        # Made by the pool, with its settings, but not counted in it: a link that is never
        # closed cannot starve the pool's other users. Its socket timeout is ``call``'s.
        conn = self._redis.connection_pool.make_connection()
        await conn.connect()  # the handshake under the client's own socket timeout
        self._timeout, conn.socket_timeout = conn.socket_timeout, None
        self._conn = conn
        return conn

    async def _drop(self, conn: AbstractConnection) -> None:
        """Close a connection whose replies may be out of step."""
        with contextlib.suppress(Exception):  # already broken: closing was all that was left
            await conn.disconnect(nowait=True)


async def _reply(conn: AbstractConnection, undecoded: bool) -> Any:
    """The next reply (an error reply returned, not raised: it was read whole, so the
    connection is still in step)."""
    try:
        return await conn.read_response(disable_decoding=undecoded, timeout=math.inf)
    except ResponseError as err:
        return err
