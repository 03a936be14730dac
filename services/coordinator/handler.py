"""The coordinator's handler: a DocumentTask in, one ChunkTask per chunk × lens out."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from services.contract.models import Chunk, ChunkTask, DocumentTask
from services.contract.store import DocStore, Plan
from services.coordinator.chunking import MAX_CHUNK_CHARS, MAX_CHUNKS, MIN_CHUNK_CHARS, chunk
from shared.commit import Guarded, Output
from shared.errors import PermanentError
from shared.message import Message

log = logging.getLogger("mesh.coordinator")


@dataclass(frozen=True, slots=True)
class ChunkLimits:
    """How documents are cut (spec params ``max_chunk_chars``, ``min_chunk_chars`` and
    ``max_chunks``): the fan-out of one document is at most ``max_chunks`` × lenses tasks."""

    max_chars: int = MAX_CHUNK_CHARS
    min_chars: int = MIN_CHUNK_CHARS
    max_chunks: int = MAX_CHUNKS

    def __post_init__(self) -> None:
        if self.max_chars < 1 or self.max_chunks < 1 or self.min_chars < 0:
            raise ValueError(
                "max_chunk_chars and max_chunks must be positive, min_chunk_chars not negative"
            )


def chunk_tasks(doc: DocumentTask, chunks: list[Chunk], lenses: list[str]) -> list[ChunkTask]:
    """One task per chunk × lens, chunk-major (the fan-out, with or without the bus)."""
    return [
        ChunkTask(
            doc_id=doc.doc_id,
            lens=lens,
            format=doc.format,
            title=doc.title,
            style=doc.review_style,
            chunk=c,
            chunks_total=len(chunks),
        )
        for c in chunks
        for lens in lenses
    ]


def _not_planned(doc_id: str, reply: list[Any]) -> None:
    """Why a document was not fanned out: the plan step refused it."""
    if reply[0] == b"gone":
        # Its state expired (or was purged): reviewing it again could only publish a
        # second summary of a document the client has already been told about.
        log.warning("document state gone; task dropped", extra={"doc_id": doc_id})
    else:  # cancelled while queued: the cancelled summary is the aggregator sweep's
        log.info("document cancelled; not fanned out", extra={"doc_id": doc_id})


class Coordinator:
    """Plans each document (chunks × lenses) and fans out, the plan stored by the same commit."""

    def __init__(
        self,
        store: DocStore,
        lens_streams: dict[str, str],
        limits: ChunkLimits,
        deadline_s: float,
    ) -> None:
        self.store = store
        self.lens_streams = lens_streams  # lens name -> its task stream
        self.limits = limits
        self.deadline_s = deadline_s

    async def handle(self, doc: DocumentTask, msg: Message) -> Sequence[Output]:
        """Chunk → one task per chunk × lens, published with the plan in one commit."""
        lenses = self._lenses(doc)
        if not doc.text.strip():
            await self.store.mark_failed(doc.doc_id, "empty document")
            raise PermanentError("empty document")
        if not lenses:
            raise PermanentError("the document asks for no lenses (lenses: [])")
        lim = self.limits
        chunks = chunk(doc.text, lim.max_chars, min_chars=lim.min_chars, max_chunks=lim.max_chunks)
        # The plan is recorded in the commit that publishes the tasks, in one atomic step:
        # the tasks go out only if it is (not for an expired or cancelled document), and a
        # redelivered task keeps the first plan's deadline.
        plan = Plan(lenses=lenses, chunks=len(chunks), deadline=time.time() + self.deadline_s)
        tasks = [
            msg.derive(
                self.lens_streams[t.lens],
                key=f"{doc.doc_id}:{t.chunk.chunk_id}:{t.lens}",
                kind="chunk_task",
                body=t.model_dump(exclude_defaults=True),
            )
            for t in chunk_tasks(doc, chunks, lenses)
        ]
        return Guarded(
            tasks, self.store.plan_guard(doc.doc_id, plan, partial(_not_planned, doc.doc_id))
        )

    def _lenses(self, doc: DocumentTask) -> list[str]:
        if doc.lenses is None:
            return list(self.lens_streams)
        unknown = sorted(set(doc.lenses) - set(self.lens_streams))
        if unknown:
            raise PermanentError(
                f"unknown lenses {unknown}; configured: {sorted(self.lens_streams)}"
            )
        if not doc.lenses:
            raise PermanentError("the document asks for no lenses")
        return [lens for lens in self.lens_streams if lens in doc.lenses]
