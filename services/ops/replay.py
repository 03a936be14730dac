"""Replaying one lens over historical tasks, and comparing a shadow's output with production.

With several partitions (``MESH_PARTITIONS``) a lens's task stream exists once per
partition: a replay reads every partition's stream (or those ``partitions`` picks), whatever
this process's ``MESH_WORKER_PARTITIONS`` says, with its group on each; each output lands in
its input's partition, so a shadow has one stream per partition, and ``compare`` reads them
all. A ``start_id`` is a time, so it picks the same moment in every partition.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from services.contract.models import Partial, Suggestion
from services.contract.specs import lens_spec
from services.contract.store import DocStore, partial_field
from shared.envelope import decode
from shared.errors import MeshError
from shared.settings import Settings
from shared.spec import AgentSpec, parse_spec, read_mapping
from shared.streaminfo import group_depth
from shared.worker import Handler, Worker

SHADOW_MARK = ".shadow."
HandlerFactory = Callable[[AgentSpec], Handler]  # builds the lens handler for a spec


def since_to_id(since: str, now: float | None = None) -> str:
    """``90s``, ``15m``, ``2h`` or ``1d`` ago as a stream id."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if len(since) < 2 or since[-1] not in units or not since[:-1].isdigit():
        raise MeshError(f"bad --since '{since}': use a number and s, m, h or d (e.g. 2h)")
    start = (now or time.time()) - int(since[:-1]) * units[since[-1]]
    return f"{int(start * 1000)}-0"


_MAX_SEQ = 2**64 - 1  # the largest sequence part of a stream id


def before_id(first: str) -> str:
    """The stream id just below ``first``, so a group created there delivers ``first`` too.

    A consumer group delivers the entries after its last-delivered id; replaying "from X"
    means X is the first entry handled, so the group starts one id below it: ``<ms>-<seq-1>``,
    or ``<ms-1>-<max seq>`` when seq is 0. ``0`` (or ``0-0``) means the whole stream.
    """
    ms_text, sep, seq_text = first.partition("-")
    if not ms_text.isdigit() or (sep and not seq_text.isdigit()):
        raise MeshError(
            f"bad stream id '{first}': expected <ms> or <ms>-<seq>, e.g. 1718000000000-0"
        )
    ms, seq = int(ms_text), int(seq_text or 0)
    if ms > _MAX_SEQ or seq > _MAX_SEQ:
        raise MeshError(f"bad stream id '{first}': a part is larger than 2^64-1")
    if seq > 0:
        return f"{ms}-{seq - 1}"
    if ms > 0:
        return f"{ms - 1}-{_MAX_SEQ}"
    return "0"


def _merged(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``overlay``'s keys replaced; nested mappings are merged, not replaced."""
    out = dict(base)
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def overlay_spec(base: AgentSpec, path: Path) -> AgentSpec:
    """``base`` with the fields in the YAML file ``path`` changed (e.g. only ``params:`` or
    ``model: {temperature: 0}``); a complete spec file works too, as every field is given."""
    raw = read_mapping(path, "spec overlay")
    return parse_spec(_merged(base.model_dump(), raw), source=str(path))


def replay_spec(base: AgentSpec, start_id: str, shadow: str | None, run: str) -> AgentSpec:
    """A replay spec: its own group delivering from ``start_id`` on (inclusive); a shadow writes
    only shadow streams."""
    outputs = [f"{o}{SHADOW_MARK}{shadow}" for o in base.outputs] if shadow else base.outputs
    return base.model_copy(
        update={
            "group": f"{base.group}.replay.{run}",
            "outputs": outputs,
            "start_id": before_id(start_id),
            "shadow": None,
            "dead_letter": f"{base.dead_letter_stream}.replay.{run}",
        }
    )


@dataclass
class ReplayResult:
    """What a replay did."""

    group: str
    inputs: list[str]
    outputs: list[str]
    handled: int
    seconds: float


async def replay(
    redis: Redis,
    settings: Settings,
    lens: str,
    handler_for: HandlerFactory,
    *,
    start_id: str,
    spec_path: Path | None = None,
    shadow: str | None = None,
    partitions: str = "",
    timeout_s: float = 3600,
) -> ReplayResult:
    """Run the lens over every task from ``start_id`` (inclusive) until caught up, then remove
    the group. ``partitions`` (``"3"``, ``"0-3,7"``; empty: every one) picks the partitions
    replayed; one outside the layout raises PartitionSpecError."""
    # The process's own MESH_WORKER_PARTITIONS is for its mesh role, not for a replay.
    base = lens_spec(settings.model_copy(update={"worker_partitions": partitions}), lens)
    if spec_path is not None:
        base = overlay_spec(base, spec_path)
    run = shadow or f"run{int(time.time())}"
    spec = replay_spec(base, start_id, shadow, run)
    before = sum([int(await redis.xlen(o)) for o in spec.outputs])
    worker = Worker(spec, handler_for(spec), redis, consumer="replay", role=f"{lens}-replay")
    task = asyncio.create_task(worker.run())
    started = time.monotonic()
    try:
        while time.monotonic() - started < timeout_s:
            await asyncio.sleep(0.2)
            if task.done():
                task.result()
            if worker.ready and await _caught_up(redis, spec):
                break
        else:
            raise MeshError(f"replay did not catch up within {timeout_s:.0f}s")
    finally:
        await worker.drain(settings.drain_deadline_s)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        # A finished replay group must not pin the input stream's trimming floor.
        for stream in spec.inputs:
            await redis.xgroup_destroy(stream, spec.group)
    after = sum([int(await redis.xlen(o)) for o in spec.outputs])
    elapsed = time.monotonic() - started
    return ReplayResult(spec.group, spec.inputs, spec.outputs, after - before, elapsed)


async def _caught_up(redis: Redis, spec: AgentSpec) -> bool:
    for stream in spec.inputs:
        depth = await group_depth(redis, stream, spec.group)
        if depth is not None and (depth.pending or depth.lag):
            return False
    return True


@dataclass
class RuleDiff:
    """How a shadow differs from production for one rule."""

    added: int = 0
    removed: int = 0
    changed: int = 0
    same: int = 0


@dataclass
class Comparison:
    """Shadow vs production over every (document, chunk, lens) the shadow produced."""

    partials: int = 0
    missing_production: int = 0
    streams: list[str] = field(default_factory=list)
    rules: dict[str, RuleDiff] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def rule(self, name: str) -> RuleDiff:
        return self.rules.setdefault(name, RuleDiff())


def _index(suggestions: list[Suggestion]) -> dict[tuple[int, int, str], Suggestion]:
    return {(s.start, s.end, s.rule): s for s in suggestions}


async def compare(redis: Redis, shadow: str, max_examples: int = 20) -> Comparison:
    """Diff every partial on the shadow's streams (of every lens, in every partition: the
    scan covers each primary of a cluster) against the production partial."""
    store = DocStore(redis)
    streams = [
        k.decode() async for k in redis.scan_iter(match=f"*{SHADOW_MARK}{shadow}", _type="stream")
    ]
    if not streams:
        raise MeshError(f"no shadow streams named '{shadow}' (expected *{SHADOW_MARK}{shadow})")
    result = Comparison(streams=sorted(streams))
    for stream in result.streams:
        for _, fields in await redis.xrange(stream):
            shadow_part = Partial.model_validate(decode(fields).body)
            result.partials += 1
            stored = await store.partials(shadow_part.doc_id)
            raw = stored.get(partial_field(shadow_part.chunk_id, shadow_part.lens))
            if raw is None:
                result.missing_production += 1
                continue
            prod = _index(Partial.model_validate_json(raw).suggestions)
            new = _index(shadow_part.suggestions)
            for key in sorted(prod.keys() | new.keys()):  # in text order, run to run
                diff = result.rule(key[2])
                if key not in prod:
                    diff.added += 1
                    kind = "added"
                elif key not in new:
                    diff.removed += 1
                    kind = "removed"
                elif prod[key].model_dump() != new[key].model_dump():
                    diff.changed += 1
                    kind = "changed"
                else:
                    diff.same += 1
                    continue
                if len(result.examples) < max_examples:
                    s = new.get(key) or prod[key]
                    result.examples.append(
                        f"{kind:7} {shadow_part.doc_id[:8]} {s.rule} "
                        f"{json.dumps(s.original)[:40]} {s.message[:60]}"
                    )
    return result
