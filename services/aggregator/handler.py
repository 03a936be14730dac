"""The aggregator's handler and deadline sweep: partials in, exactly one summary out."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from prometheus_client import Counter

from services.aggregator.merge import lens_reports, resolve
from services.contract.models import Partial, Summary
from services.contract.store import (
    PARTIALS_LATE,
    DocStatus,
    DocStore,
    Plan,
    partial_field,
)
from services.contract.streams import summary_stream
from shared.commit import Committer, Guarded, Output
from shared.envelope import Envelope
from shared.message import Message

log = logging.getLogger("mesh.aggregator")
SUMMARIES = Counter("mesh_summaries_total", "Summaries decided", ["status"])


class PlanNotRecorded(Exception):
    """A partial arrived before its document's plan: retried until the plan is there.

    (A partial whose document's state is gone altogether is not this: it is dropped as late.)
    """


@dataclass(frozen=True, slots=True)
class Known:
    """What the summary needs of the document besides its plan, when already read."""

    created_at: float
    stored: dict[str, str]  # every partial, by ``chunk:lens``
    title: str | None = None
    metadata: dict[str, Any] | None = None


def build_summary(
    doc_id: str,
    status: str,
    plan: Plan,
    stored: dict[str, str],
    created_at: float,
    *,
    title: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Summary:
    """The summary of ``doc_id`` from its stored partials; lenses with a gap are missing
    (a cancelled summary stays ``cancelled``, naming them too)."""
    partials = [Partial.model_validate_json(v) for v in stored.values()]
    missing = [
        lens
        for lens in plan.lenses
        if any(partial_field(c, lens) not in stored for c in range(plan.chunks))
    ]
    suggestions = resolve([s for p in partials for s in p.suggestions], plan.lenses)
    timings = {"total_ms": round((time.time() - created_at) * 1000, 1)} if created_at else {}
    for p in partials:
        key = f"{p.lens}_ms"
        timings[key] = max(timings.get(key, 0.0), round(p.elapsed_ms, 1))
    return Summary(
        id=doc_id,
        status="partial" if missing and status != "cancelled" else status,  # type: ignore[arg-type]
        lenses=lens_reports(partials, suggestions, plan.lenses),
        suggestions=suggestions,
        missing_lenses=missing,
        timings=timings,
        title=title,
        metadata=metadata or {},
    )


class Aggregator:
    """Stores each partial; the one that completes a document produces its summary.

    A lens's commit offers its partial itself (``DocStore.offer_guard``) and forwards only
    the one that completes the plan, so the aggregator reads about one partial per document,
    and that entry carries everything the summary needs (``DocStore.forwarded``). Without it
    (a large document, or a partial that found no plan) the aggregator offers the partial
    again: that stores nothing new and hands back the same.

    ``once_ttl_s`` is how long the summary's once-guard lives when the deadline sweep
    publishes it: the same as the worker's (the spec's ``dedupe_ttl_s``), which is never
    shorter than the document's state.
    """

    def __init__(self, store: DocStore, committer: Committer, once_ttl_s: int) -> None:
        self.store = store
        self.committer = committer
        self.once_ttl_s = once_ttl_s

    async def handle(self, partial: Partial, msg: Message) -> Sequence[Output]:
        """Store the partial → if the plan is complete, publish the summary (once)."""
        offer = self.store.forwarded(msg.fields) or await self.store.offer_partial(partial)
        if offer.outcome == "gone":
            # Its state expired: the client was answered long ago (or the document was
            # purged). Summarizing again would be a second summary; retrying cannot help.
            PARTIALS_LATE.inc()
            log.info("partial for a document whose state is gone; dropped as late",
                     extra={"doc_id": partial.doc_id})  # fmt: skip
            return []
        if offer.outcome == "no_plan" or offer.plan is None:
            raise PlanNotRecorded(f"no plan recorded for document {partial.doc_id}")
        plan, env = offer.plan, msg.envelope
        if offer.outcome in ("late", "cancelled"):
            PARTIALS_LATE.inc()  # a cancelled document's summary is the sweep's
            return []
        if offer.outcome == "counted":
            # A redelivery of a partial the summary already counted: we may have crashed
            # before the commit that decides and publishes, so decide again (a summary
            # stored already went out with the commit that stored it: this one is refused).
            return await self._decide(partial.doc_id, "done", plan, env.tenant, env.traceparent)
        if offer.count < plan.expected or offer.stored is None:
            return []
        # The decision drops the deadline in the same commit that publishes the summary.
        known = Known(offer.created_at, offer.stored, offer.title, offer.metadata)
        return await self._decide(
            partial.doc_id, "done", plan, env.tenant, env.traceparent, known=known, unschedule=True
        )

    async def _decide(
        self,
        doc_id: str,
        status: str,
        plan: Plan,
        tenant: str,
        traceparent: str | None,
        *,
        known: Known | None = None,
        unschedule: bool = False,
    ) -> Guarded:
        """The summary, to publish only if the decision stored with it in the same commit
        wins (``DocStore.finish_guard``); ``known`` is what was already read of the document."""
        if known is None:
            known = await self._read(doc_id)
        summary = build_summary(doc_id, status, plan, known.stored, known.created_at,
                                title=known.title, metadata=known.metadata)  # fmt: skip
        summary_json = summary.model_dump_json()
        env = Envelope(
            key=f"summary:{doc_id}",
            kind="summary",
            tenant=tenant,
            traceparent=traceparent,
            body=json.loads(summary_json),  # what the state stores, as the stream carries it
        )
        guard = self.store.finish_guard(
            doc_id, summary.status, summary_json, unschedule=unschedule,
            refused=_not_decided, proceeded=SUMMARIES.labels(summary.status).inc,
        )  # fmt: skip
        return Guarded([Output(summary_stream(doc_id), env, once=f"summary:{doc_id}")], guard)

    async def _read(self, doc_id: str) -> Known:
        doc = await self.store.get(doc_id)
        if doc is None:
            return Known(0.0, await self.store.partials(doc_id))
        return Known(doc.created_at, await self.store.partials(doc_id), doc.title, doc.metadata)

    async def sweep_deadlines(self) -> None:
        """Publish a partial summary for every document whose deadline has passed, and the
        cancelled summary of every document cancelled (cancelling makes it due now)."""
        for doc_id in await self.store.due(time.time()):
            doc = await self.store.get(doc_id)
            plan = _sweep_plan(doc)
            if doc is None or plan is None:
                await self.store.unschedule(doc_id)  # its state expired or was deleted
                continue
            status = "cancelled" if doc.status == "cancelled" else "partial"
            outputs = await self._decide(doc_id, status, plan, doc.tenant, None)
            await self.committer.commit(outputs, ttl_s=self.once_ttl_s, guard=outputs.guard)
            await self.store.unschedule(doc_id)  # only now: a crash before this re-sweeps
            log.warning(
                f"deadline passed; summary of {doc_id} is {doc.status}", extra={"doc_id": doc_id}
            )


def _not_decided(reply: list[Any]) -> None:
    """The summary decision refused this summary: another one was stored first (it was
    published by the commit that stored it), or the state expired, or the document was
    cancelled (its cancelled summary is the sweep's)."""
    if reply[0] in (b"gone", b"cancelled"):
        PARTIALS_LATE.inc()


def _sweep_plan(doc: DocStatus | None) -> Plan | None:
    """The plan to summarize a due document by: a document cancelled before it was planned
    has none, and its cancelled summary covers nothing."""
    if doc is None or doc.plan is not None or doc.status != "cancelled":
        return doc.plan if doc else None
    return Plan(lenses=[], chunks=0, deadline=0.0)
