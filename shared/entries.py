"""What a worker holds of a stream entry: as read, as decoded, and its metric children."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from shared import telemetry as tm
from shared.envelope import Envelope


@dataclass(frozen=True, slots=True)
class EntryMetrics:
    """The metric children of one input stream, looked up once instead of per message."""

    processed: Any
    failed: Any
    redelivered: Any
    dead_lettered: Any
    skipped: Any
    latency: Any

    @classmethod
    def of(cls, stream: str, group: str) -> EntryMetrics:
        """The children labelled (stream, group)."""
        return cls(
            *(
                m.labels(stream, group)
                for m in (
                    tm.PROCESSED,
                    tm.FAILED,
                    tm.REDELIVERED,
                    tm.DEAD_LETTERED,
                    tm.SKIPPED,
                    tm.LATENCY,
                )
            )
        )


@dataclass(slots=True)
class RawEntry:
    """A stream entry as read, before its envelope is decoded."""

    stream: str
    entry_id: str
    fields: dict[bytes, bytes]
    attempt: int


@dataclass(slots=True)
class Entry(RawEntry):
    """A decoded entry, and the task handling it when it has one of its own."""

    envelope: Envelope
    task: asyncio.Task[None] | None = field(default=None, repr=False)


def stream_rows(reply: Any) -> list[RawEntry]:
    """The entries of a raw XREADGROUP reply (RESP2 pairs or a RESP3 map; None: nothing)."""
    if not reply:
        return []
    pairs = reply.items() if isinstance(reply, dict) else reply
    return [
        RawEntry(s.decode(), i.decode(), dict(zip(f[::2], f[1::2], strict=True)) if f else {}, 1)
        for s, rows in pairs
        for i, f in rows
    ]
