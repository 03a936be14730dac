"""Atomic commit of a handled entry: publish outputs, mark the key seen, ack — all or nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.commands.core import AsyncScript as Script
from redis.exceptions import NoScriptError

from shared.envelope import Envelope
from shared.keys import once_key
from shared.link import Link
from shared.partitions import hash_tag

# Redis runs a script atomically, exactly like MULTI/EXEC, but a script can also be
# conditional: a repeat idempotency key or an already-published "once" output is skipped
# inside the same atomic step, with no WATCH round trips and no connection held open.
# KEYS: input stream, seen-marker, done-marker (if it exists the whole entry is committed
#       already, so this part is skipped), one stream per output, one once-key per output,
#       then the guard's keys; any of the first ones may be the "none" name instead.
# ARGV: group, entry id ('' = nothing to ack), ttl, n, the "none" name, the reply that lets
#       a guard's outputs out ('' = no guard), payloads, then the guard's arguments.
# "None" is the commit's hash tag alone ('' outside a cluster): on a cluster every key a
# script declares must be in one slot, and a placeholder '' would be in slot 0.
# Returns the number of outputs published, -1 when the seen- or done-marker existed, or the
# guard's reply (a table) when it refused: nothing published, the entry acked and seen.
_COMMIT_TEMPLATE = """
local function guard(KEYS, ARGV)
%s
end
local group, entry, ttl, n = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local none, proceed = ARGV[5], ARGV[6]
local acked = (entry ~= '' and KEYS[1] ~= none)
-- Check every target first: a script is not rolled back on error, so fail before any write.
for i = 1, n do
  local t = redis.call('TYPE', KEYS[3 + i])['ok']
  if t ~= 'stream' and t ~= 'none' then
    return redis.error_reply('WRONGTYPE output ' .. KEYS[3 + i] .. ' is a ' .. t)
  end
end
if KEYS[3] ~= none and redis.call('EXISTS', KEYS[3]) == 1 then
  if acked then redis.call('XACK', KEYS[1], group, entry) end
  return -1
end
if KEYS[2] ~= none then
  if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ttl) then
    if acked then redis.call('XACK', KEYS[1], group, entry) end
    return -1
  end
end
local extra = {}
if proceed ~= '' then
  local verdict = guard({unpack(KEYS, 4 + 2 * n)}, {unpack(ARGV, 7 + n)})
  if verdict[1] ~= proceed then
    if acked then redis.call('XACK', KEYS[1], group, entry) end
    return verdict
  end
  if type(verdict[2]) == 'table' then extra = verdict[2] end
end
local published = 0
for i = 1, n do
  local once = KEYS[3 + n + i]
  if once == none or redis.call('SET', once, '1', 'NX', 'EX', ttl) then
    redis.call('XADD', KEYS[3 + i], '*', 'e', ARGV[6 + i], unpack(extra))
    published = published + 1
  end
end
if acked then redis.call('XACK', KEYS[1], group, entry) end
return published
"""


def commit_lua(guard_lua: str = "return {}") -> str:
    """The commit script, with ``guard_lua`` (a script body over its own KEYS and ARGV) as
    the state step that runs before anything is published."""
    return _COMMIT_TEMPLATE % guard_lua


# A script call blocks every other client for as long as it runs: one handler's fan-out is
# published in parts of at most this many outputs (2 keys each), about 1,000 keys a call.
MAX_OUTPUTS_PER_CALL = 400


@dataclass(frozen=True, slots=True)
class Output:
    """One message to publish. ``once`` makes it publish at most once mesh-wide."""

    stream: str
    envelope: Envelope
    once: str | None = None


@dataclass(frozen=True, slots=True)
class Guard:
    """A state step that runs inside the commit, before anything is published: the outputs
    go out only if the first element of its reply is ``proceed`` (then ``proceeded`` is
    called). Otherwise nothing is published, the entry is still acked and marked seen (it
    was handled: the answer is "nothing to send"), and ``refused`` is called with the reply.

    ``lua`` is a script body that reads its own ``KEYS`` and ``ARGV`` (``keys`` and ``args``)
    and returns a table. When it proceeds, a table as the reply's second element is a flat
    list of field names and values that every output's entry carries besides its envelope
    (a handler reads them as ``Message.fields``). On a cluster its keys must be in the
    commit's slot. It runs again with each part of a commit split into parts, so it must be
    safe to repeat.
    """

    lua: str
    keys: tuple[str, ...]
    args: tuple[str | bytes | int | float, ...]
    proceed: str
    refused: Callable[[list[Any]], None] | None = None
    proceeded: Callable[[], None] | None = None


class Guarded(list[Output]):
    """A handler's outputs that are published only if ``guard`` lets them (see ``Guard``)."""

    def __init__(self, outputs: Sequence[Output], guard: Guard) -> None:
        super().__init__(outputs)
        self.guard = guard


def part_key(seen: str, index: int) -> str:
    """The marker of one leading part of a commit split into parts (see ``Committer``)."""
    return f"{seen}#{index}"


class _Call:
    """One queued script call: its script, keys and arguments, and the caller's future."""

    __slots__ = ("args", "future", "keys", "script")

    def __init__(self, script: Script, keys: list[str], args: list[Any]) -> None:
        self.script, self.keys, self.args = script, keys, args
        self.future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()


class Committer:
    """Runs the commit script; commits made in the same loop tick share one pipeline.

    A commit with more than ``max_outputs`` outputs is published in parts, so no script call
    holds Redis for long: each leading part is its own atomic call guarded by a part marker
    (``<seen>#<i>``) and acks nothing; the last part sets the real seen-marker and acks. A
    crash between parts redoes the handler, and the parts already out are skipped by their
    markers (the outputs of a handler are deterministic for one entry), so none repeats.
    """

    def __init__(
        self, redis: Redis, max_batch: int = 512, max_outputs: int = MAX_OUTPUTS_PER_CALL
    ) -> None:
        if max_outputs < 1:
            raise ValueError("max_outputs must be at least 1")
        self._redis = redis
        self._scripts: dict[str, Script] = {}  # by guard body; "" is the unguarded commit
        self._link = Link.of(redis)  # the flusher is one task: one connection of its own
        self._max_batch = max_batch
        self._max_outputs = max_outputs
        self._queue: list[_Call] = []
        self._flusher: asyncio.Task[None] | None = None

    async def commit(
        self,
        outputs: Sequence[Output],
        *,
        stream: str = "",
        group: str = "",
        entry_id: str = "",
        seen: str = "",
        ttl_s: int = 3600,
        guard: Guard | None = None,
    ) -> int:
        """Publish ``outputs`` and ack ``entry_id`` atomically; -1 if ``seen`` was already set.

        Over ``max_outputs`` outputs the publishing is split into parts (see the class), and
        the count is of the outputs published by every part. With a ``guard`` the outputs
        go out only if it lets them; when it refuses, nothing more is published (the last
        call, with no outputs, still acks) and the count is of the parts already out."""
        size = self._max_outputs
        parts = [outputs[i : i + size] for i in range(0, len(outputs), size)] or [outputs]
        published, last_guard = 0, guard
        for i, part in enumerate(parts[:-1]):
            # Leading parts run one after another, never pipelined together: a part must not
            # be acked (by the last one) before every earlier part is safely out.
            marker = part_key(seen, i) if seen else ""
            done = await self._call(part, stream="", group=group, entry_id="", seen=marker,
                                    done=seen, ttl_s=ttl_s, guard=guard)  # fmt: skip
            if done is None:  # refused: the last call only acks, with nothing to publish
                parts[-1], last_guard = [], None
                break
            published += max(done, 0)
        last = await self._call(parts[-1], stream=stream, group=group, entry_id=entry_id,
                                seen=seen, done="", ttl_s=ttl_s, guard=last_guard)  # fmt: skip
        if last is None or last_guard is not guard:
            return published
        if last == -1:
            return -1
        if guard is not None and guard.proceeded is not None:
            guard.proceeded()
        return published + last

    async def _call(
        self,
        outputs: Sequence[Output],
        *,
        stream: str,
        group: str,
        entry_id: str,
        seen: str,
        done: str,
        ttl_s: int,
        guard: Guard | None,
    ) -> int | None:
        """Queue one script call for the next pipeline flush and wait for its reply (None:
        the guard refused)."""
        none = hash_tag(stream or seen or (outputs[0].stream if outputs else ""))
        keys = [stream or none, seen or none, done or none]
        keys += [o.stream for o in outputs]
        keys += [once_key(o.once, o.stream) if o.once else none for o in outputs]
        args: list[Any] = [
            group,
            entry_id,
            ttl_s,
            len(outputs),
            none,
            guard.proceed if guard else "",
        ]
        args += [o.envelope.encode() for o in outputs]
        if guard is not None:
            keys += guard.keys
            args += guard.args
        call = _Call(self._script(guard.lua if guard else ""), keys, args)
        self._queue.append(call)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        reply = await call.future
        if isinstance(reply, list):
            assert guard is not None
            if guard.refused is not None:
                guard.refused(reply)
            return None
        return int(reply)

    def _script(self, guard_lua: str) -> Script:
        script = self._scripts.get(guard_lua)
        if script is None:
            lua = commit_lua(guard_lua or "return {}")
            script = self._scripts[guard_lua] = self._redis.register_script(lua)
        return script

    async def _flush(self) -> None:
        # Each script call stays atomic on its own; pipelining only saves round trips
        # and per-command client overhead when many handlers finish together.
        while self._queue:
            await asyncio.sleep(0)  # let handlers finishing in this tick join the batch
            batch = self._queue[: self._max_batch]
            del self._queue[: self._max_batch]
            try:
                results = await self._run(batch)
            except Exception as e:
                for call in batch:
                    if not call.future.done():
                        call.future.set_exception(e)
                continue
            for call, result in zip(batch, results, strict=True):
                if call.future.done():
                    continue
                if isinstance(result, Exception):
                    call.future.set_exception(result)
                else:
                    call.future.set_result(result)

    async def _run(self, batch: list[_Call]) -> list[Any]:
        """EVALSHA the batch in one pipeline; load a script only when Redis lacks it (first
        use, or after a restart emptied its script cache), not with a SCRIPT EXISTS each time."""
        results: list[Any] = [None] * len(batch)
        todo = list(range(len(batch)))
        for attempt in range(2):
            calls = [("EVALSHA", batch[i].script.sha, len(batch[i].keys), *batch[i].keys,
                      *batch[i].args) for i in todo]  # fmt: skip
            replies = await self._send(calls)
            for i, reply in zip(todo, replies, strict=True):
                results[i] = reply
            # NOSCRIPT means that call did not run: nothing was written, so it is safe to redo.
            todo = [i for i in todo if isinstance(results[i], NoScriptError)]
            if not todo or attempt:
                break
            for script in {id(batch[i].script): batch[i].script for i in todo}.values():
                await self._redis.script_load(script.script)
        return results

    async def _send(self, calls: list[tuple[Any, ...]]) -> list[Any]:
        """The calls in one write: on the Committer's own link, or a cluster pipeline."""
        if self._link is not None:
            return await self._link.call(calls)
        async with self._redis.pipeline(transaction=False) as pipe:
            for call in calls:
                # Not pipe.evalsha: a cluster pipeline refuses that method by name.
                pipe.execute_command(*call)
            return list(await pipe.execute(raise_on_error=False))

    async def close(self) -> None:
        """Give the Committer's connection back to the pool."""
        if self._link is not None:
            await self._link.close()


__all__ = [
    "MAX_OUTPUTS_PER_CALL",
    "Committer",
    "Guard",
    "Guarded",
    "Output",
    "commit_lua",
    "part_key",
]
