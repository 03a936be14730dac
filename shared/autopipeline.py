"""Auto-pipelining: the commands a process issues in the same event-loop turn share one write.

Every ``await redis.<command>()`` through redis-py costs a round trip, and on our VMs the
socket write of a round trip alone costs about 90 µs of CPU (``docs/performance.md``). A
process that serves many things at once (concurrent HTTP requests, concurrent handler tasks,
a batch's handlers) issues many commands in the same turn of the loop. This client
queues them and sends them together on one held connection (``Link``), then hands each
caller its own parsed reply, exactly as ``execute_command`` would have: same response
callbacks, same exceptions. The idea is ioredis's ``enableAutoPipelining``.

Not batched: commands that block or change the connection's state (``DIRECT``), and
pipelines and transactions, which have their own connection. Order is kept: commands go out
in the order they were issued, and one caller's next command is issued only after its reply.
A dropped connection is retried like redis-py's own ``Retry`` does: the commands whose
replies were not read are sent again on a new connection (so a command may run twice, as
with redis-py), up to ``RETRIES`` times.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from redis.asyncio import Redis
from redis.client import EMPTY_RESPONSE, NEVER_DECODE
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from shared.link import Link

# Blocking commands and those that change the state of the connection they run on.
_DIRECT_NAMES = """XREAD XREADGROUP BLPOP BRPOP BRPOPLPUSH BLMOVE BLMPOP BZPOPMIN BZPOPMAX BZMPOP
WAIT WAITAOF SUBSCRIBE PSUBSCRIBE SSUBSCRIBE MONITOR MULTI EXEC WATCH UNWATCH DISCARD SELECT
AUTH HELLO CLIENT QUIT RESET SHUTDOWN SYNC PSYNC"""
DIRECT = frozenset(_DIRECT_NAMES.split())
MAX_BATCH = 512
RETRIES = 3
_Queued = tuple[tuple[Any, ...], dict[str, Any], "asyncio.Future[Any]"]


class AutoPipelined(Redis):  # type: ignore[misc]
    """``redis.asyncio.Redis`` that batches the commands of one loop turn (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._queue: list[_Queued] = []
        self._flusher: asyncio.Task[None] | None = None
        self._link = Link(self)

    async def execute_command(self, *args: Any, **options: Any) -> Any:
        """Queue the command for this turn's write and wait for its parsed reply."""
        name = args[0].upper() if isinstance(args[0], str) else str(args[0])
        if name in DIRECT or self.single_connection_client:
            return await super().execute_command(*args, **options)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.append((args, options, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return await future

    async def aclose(self, close_connection_pool: bool | None = None) -> None:
        """Close the held connection too."""
        await self._link.close()
        await super().aclose(close_connection_pool)

    async def _flush(self) -> None:
        while self._queue:
            await asyncio.sleep(0)  # let the callers of this turn queue theirs
            batch = self._queue[:MAX_BATCH]
            del self._queue[:MAX_BATCH]
            try:
                await self._send(batch)
            except Exception as e:  # the connection failed RETRIES times: every caller hears
                for _, _, future in batch:
                    if not future.done():
                        future.set_exception(e)

    async def _send(self, batch: list[_Queued]) -> None:
        todo = [q for q in batch if not q[2].done()]  # a cancelled caller sends nothing
        for attempt in range(RETRIES + 1):
            try:
                replies = await self._link.call(
                    [args for args, _, _ in todo], raw=[NEVER_DECODE in o for _, o, _ in todo]
                )
                break
            except (RedisConnectionError, RedisTimeoutError, OSError):
                if attempt == RETRIES:
                    raise
                await asyncio.sleep(0.05 * 2**attempt)
        for (args, options, future), reply in zip(todo, replies, strict=True):
            if future.done():
                continue
            try:
                future.set_result(await self._parsed(args[0], reply, dict(options)))
            except Exception as e:
                future.set_exception(e)

    async def _parsed(self, command: Any, reply: Any, options: dict[str, Any]) -> Any:
        """What ``Redis.parse_response`` makes of ``reply``."""
        if isinstance(reply, ResponseError):
            if EMPTY_RESPONSE in options:
                return options[EMPTY_RESPONSE]
            raise reply
        for option in (EMPTY_RESPONSE, NEVER_DECODE, "keys"):
            options.pop(option, None)
        callback = self.response_callbacks.get(command)
        if callback is None:
            return reply
        value = callback(reply, **options)
        return await value if inspect.isawaitable(value) else value
