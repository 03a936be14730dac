"""The specialist's handler: a ChunkTask in, one Partial out, for the lens it was built for."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from prometheus_client import Counter

from services.contract.models import ChunkTask, Partial, Suggestion
from services.contract.store import DocStore
from services.specialist.combined import RulesThenModel
from services.specialist.findings import (
    STYLES,
    Finding,
    FindingOutOfRange,
    LensContext,
    Style,
    to_suggestions,
)
from services.specialist.llm import OpenAIReviewer, load_prompt
from services.specialist.options import LensOptions, lens_options
from services.specialist.rules.recheck import Analyzer
from services.specialist.rules.scan import prose_words
from shared.commit import Guarded, Output
from shared.errors import PermanentError, SpecError
from shared.message import Message
from shared.spec import AgentSpec

SKIPPED = Counter(
    "mesh_tasks_skipped_cancelled_total", "Chunk tasks skipped: their document was cancelled",
    ["lens"],
)  # fmt: skip
_WARM_UP = "# Warm-up\n\nThis sentence wakes every analyzer up before the first task arrives.\n"


class Reviewer(Protocol):
    """Finds problems in one chunk (local offsets): the rules analyzers or a model."""

    async def review(self, text: str, ctx: LensContext) -> list[Finding]: ...

    async def aclose(self) -> None: ...


# Chunks up to this many characters are analysed on the event loop (a few hundred µs at
# most): handing one to a thread and back costs about 0.15 ms of CPU in system calls on our
# VMs. Longer chunks go to a thread, so leases and health stay live.
INLINE_CHARS = 1000


class RulesReviewer:
    """The built-in analyzer of a lens; a long chunk is analysed in a worker thread."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer

    async def review(self, text: str, ctx: LensContext) -> list[Finding]:
        """Run the analyzer: here for a short chunk, else in a worker thread."""
        if len(text) <= INLINE_CHARS:
            return self.analyzer(text, ctx)
        return await asyncio.to_thread(self.analyzer, text, ctx)

    async def aclose(self) -> None:
        """Nothing to release."""


def lens_context(task: ChunkTask, style: Style, options: LensOptions) -> LensContext:
    """What a reviewer may know about the task's chunk besides its text."""
    chunk = task.chunk
    return LensContext(
        lens=task.lens,
        format=task.format,
        chunk_id=chunk.chunk_id,
        chunks_total=task.chunks_total,
        heading=chunk.heading,
        previous_heading=chunk.previous_heading,
        next_heading=chunk.next_heading,
        doc_words=chunk.doc_words,
        title=task.title,
        doc_title=chunk.doc_title,
        style=style,
        options=options,
    )


def kept_suggestions(
    findings: list[Finding], task: ChunkTask, options: LensOptions
) -> list[Suggestion]:
    """The findings the lens's options keep, as Suggestions at document offsets."""
    kept = [f for f in findings if f.rule not in options.disabled_rules]
    return to_suggestions(kept, task.chunk, task.lens)


# A task younger than this (seconds since its fan-out) is reviewed without asking whether
# its document was cancelled (Specialist.skip_cancelled).
FRESH_TASK_S = 1.0


class Specialist:
    """Reviews chunk tasks through one lens and publishes a Partial per chunk."""

    def __init__(
        self, spec: AgentSpec, lens: str, reviewer: Reviewer, options: LensOptions
    ) -> None:
        if not spec.outputs:
            raise SpecError(f"the '{lens}' lens spec needs an output stream (outputs: [...])")
        self.spec = spec
        self.lens = lens
        self.reviewer = reviewer
        self.options = options
        self._cancelled: Callable[[str], Awaitable[bool]] | None = None
        self._offers: DocStore | None = None

    def skip_cancelled(self, check: Callable[[str], Awaitable[bool]]) -> None:
        """Ask ``check(doc_id)`` before reviewing a task that waited in its stream and skip
        it when the document was cancelled (worth its round trip only where a review is a
        paid call).

        A task picked up within ``FRESH_TASK_S`` of its fan-out is not checked: a document
        cancelled in that span costs at most one call per lens (its partial is dropped as
        late), and the unloaded path saves a round trip per task. Tasks that waited longer
        (behind a backlog, or redelivered after a crash) are checked."""
        self._cancelled = check

    def offer_to(self, store: DocStore) -> None:
        """Offer each partial to its document inside the task's commit, and send on to the
        aggregator only the one that completes it (``DocStore.offer_guard``): the aggregator
        then wakes once per document, not once per partial. Not for a shadow, whose partials
        must never reach production state."""
        if self.spec.shadow:
            raise SpecError(f"the '{self.lens}' shadow '{self.spec.shadow}' cannot offer partials")
        self._offers = store

    async def aclose(self) -> None:
        """Release the reviewer's resources (the model's HTTP client)."""
        await self.reviewer.aclose()

    async def handle(self, task: ChunkTask, msg: Message) -> Sequence[Output]:
        """Review the task's chunk, return the Partial for the aggregator."""
        self._check(task)
        cancelled = self._cancelled
        if cancelled is not None and msg.age_s > FRESH_TASK_S and await cancelled(task.doc_id):
            SKIPPED.labels(self.lens).inc()
            return []  # no partial: the cancelled summary is the aggregator's sweep's
        spec = msg.spec  # the effective spec: a shadow writes to its own streams
        partial = await self.review(task, spec.version)
        key = f"{task.doc_id}:{task.chunk.chunk_id}:{self.lens}:{spec.version}"
        outputs = [msg.derive(spec.outputs[0], key=key, kind="partial", body=partial.model_dump())]
        if self._offers is None:
            return outputs
        return Guarded(outputs, self._offers.offer_guard(partial))

    async def review(self, task: ChunkTask, spec_version: str) -> Partial:
        """Review one chunk through this lens (the same work with or without the bus)."""
        chunk = task.chunk
        ctx = lens_context(task, self._style(task), self.options)
        started = time.perf_counter()
        findings = await self.reviewer.review(chunk.text, ctx)
        try:
            suggestions = kept_suggestions(findings, task, self.options)
        except FindingOutOfRange as e:
            raise PermanentError(f"the {self.lens} analyzer is broken: {e}") from None
        return Partial(
            doc_id=task.doc_id,
            lens=self.lens,
            chunk_id=chunk.chunk_id,
            suggestions=suggestions,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
            spec_version=spec_version,
            words=prose_words(chunk.text, markdown=ctx.markdown),
        )

    def _check(self, task: ChunkTask) -> None:
        if task.lens != self.lens:
            raise PermanentError(
                f"a '{task.lens}' task reached the '{self.lens}' specialist; "
                "check the coordinator's routing and this lens's input stream"
            )
        if task.chunk.end - task.chunk.start != len(task.chunk.text):
            raise PermanentError(
                f"chunk {task.chunk.chunk_id} spans {task.chunk.start}..{task.chunk.end} but "
                f"holds {len(task.chunk.text)} characters; offsets would be wrong"
            )

    def _style(self, task: ChunkTask) -> Style:
        style = task.style if task.style is not None else task.metadata.get("style")
        style = self.options.style if style is None else style
        if style not in STYLES:
            raise PermanentError(
                f"metadata.style must be one of {', '.join(STYLES)}, not {style!r}"
            )
        return style


def execution_mode(spec: AgentSpec) -> AgentSpec:
    """How a lens's worker runs the handler: from the provider, unless the spec says.

    Every lens lets the commit script refuse a repeat key instead of a seen-check round
    trip before the handler. In this mesh that read-time check could only ever skip a
    second entry carrying a key already committed, and no publisher makes one: each commit
    publishes and acks atomically, so a redelivered entry was never committed. A rules lens
    also waits on nothing and has no side effects, so its worker handles each read batch
    inline (no task per entry, the batch's commits in one pipeline). A lens that calls a
    model keeps a task per entry, so its calls overlap.
    """
    mode: dict[str, object] = {"seen_check": "commit"}
    if spec.model.provider == "rules":
        mode["inline"] = True
    return spec.model_copy(update={k: v for k, v in mode.items() if k not in spec.model_fields_set})


def make_specialist(spec: AgentSpec, lens: str) -> Specialist:
    """Build the handler for ``lens``; every configuration error surfaces here, at start."""
    options = lens_options(spec)
    provider = spec.model.provider
    reviewer: Reviewer
    if provider not in ("rules", "openai", "rules+openai"):
        raise SpecError(
            f"the '{lens}' lens spec has model.provider '{provider}'; "
            "a specialist needs 'rules' or 'openai' (or 'rules+openai': both)"
        )
    if provider in ("rules", "rules+openai"):
        # Imported here: building the analyzers takes seconds and about 70 MB, which a lens
        # that reviews with a model alone never needs.
        from services.specialist.rules.lenses import analyzer_for

        analyzer = analyzer_for(lens)
        # One run at start loads the word lists and models (VADER, Harper) before the
        # first task, and fails here, not on every message, if one of them cannot load.
        # Harper prepares each markup language on its first use: warm both.
        for fmt in ("markdown", "text"):
            analyzer(_WARM_UP, LensContext(lens, fmt, options=options))
        reviewer = RulesReviewer(analyzer)
    if provider in ("openai", "rules+openai"):
        prompt = load_prompt(lens, options.prompt_version)
        model = OpenAIReviewer(
            spec.model, lens, prompt, rate_limit_default_s=options.rate_limit_default_s
        )
        # rules+openai: the model sees what the rules found and adds what they missed.
        reviewer = model if provider == "openai" else RulesThenModel(RulesReviewer(analyzer), model)
    return Specialist(spec, lens, reviewer, options)
