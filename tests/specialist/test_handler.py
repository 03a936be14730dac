"""The specialist handler, in-process on a real Redis, and its start-up checks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from services.contract.models import Chunk, ChunkTask, Partial
from services.contract.specs import PACKAGED, lens_specs
from services.specialist.handler import Specialist, make_specialist
from services.specialist.main import main
from services.specialist.rules.lenses import UnknownLens
from shared import AgentSpec, DeadLetters, Envelope, Message, PermanentError, SpecError, Worker
from shared.settings import Settings
from shared.subscriber import decoding
from shared.worker import Handler
from tests.support.pipeline import running as running_workers
from tests.support.waiting import wait_for

DOCUMENT = "# Report\n\nAll good here.\n\nHe don't know it. We recieve the the mail.\n"


def lens_spec(lens: str, **over: Any) -> AgentSpec:
    spec = lens_specs(Settings())[lens]
    return spec.model_copy(update={"block_ms": 100, "retry_backoff_ms": 10, **over})


def chunk_task(lens: str, text: str = DOCUMENT, skip: int = 0, **extra: Any) -> dict[str, Any]:
    """A ChunkTask for ``text[skip:]``: the chunk starts ``skip`` characters into the document."""
    chunk = Chunk(chunk_id=1, start=skip, end=len(text), text=text[skip:], heading="# Report")
    task = ChunkTask(
        doc_id="d1", lens=lens, format="markdown", chunk=chunk, chunks_total=3, **extra
    )
    return task.model_dump()


def as_handler(specialist: Specialist) -> Handler:
    """The specialist as its worker runs it: the body decoded as a ChunkTask first."""
    return decoding(ChunkTask, specialist.handle)


def message(spec: AgentSpec, body: dict[str, Any]) -> Message:
    env = Envelope(key="d1:1:x", kind="chunk_task", body=body)
    return Message(spec.inputs[0], "1-0", env, 1, spec.effective())


@asynccontextmanager
async def running(redis: Redis, spec: AgentSpec, specialist: Specialist) -> AsyncIterator[Worker]:
    worker = Worker(spec, as_handler(specialist), redis, consumer="c1", role=specialist.lens)
    try:
        async with running_workers([worker], drain_s=2.0):
            yield worker
    finally:
        await specialist.aclose()


async def test_chunk_task_yields_one_partial_with_absolute_offsets(redis: Redis) -> None:
    spec = lens_spec("grammar")
    skip = DOCUMENT.index("All good")
    async with running(redis, spec, make_specialist(spec, "grammar")):
        env = Envelope(key="d1:1:grammar", kind="chunk_task", tenant="acme",
                       body=chunk_task("grammar", skip=skip))  # fmt: skip
        await redis.xadd("doc.review.grammar", {"e": env.encode()})

        async def published() -> list[Any]:
            return list(await redis.xrange("doc.suggestions.grammar"))

        [(_, fields)] = await wait_for(published, what="a partial on doc.suggestions.grammar")
        pending = (await redis.xpending("doc.review.grammar", "grammar-group"))["pending"]

    out = Envelope.model_validate_json(fields[b"e"])
    assert (out.key, out.kind, out.tenant) == ("d1:1:grammar:1", "partial", "acme")
    partial = Partial.model_validate(out.body)
    assert (partial.doc_id, partial.lens, partial.chunk_id, partial.spec_version) == (
        "d1", "grammar", 1, "1",
    )  # fmt: skip
    assert partial.words == 12 and partial.elapsed_ms >= 0
    found = {(s.rule, s.original) for s in partial.suggestions}
    assert found == {
        ("grammar/subject-verb", "don't"),
        ("grammar/spelling", "recieve"),
        ("grammar/repeated-word", "the the"),
    }
    for s in partial.suggestions:
        assert s.start >= skip and DOCUMENT[s.start : s.end] == s.original
    assert pending == 0


async def test_body_that_is_not_a_chunk_task_is_dead_lettered_at_once(redis: Redis) -> None:
    spec = lens_spec("grammar", max_deliveries=5)
    async with running(redis, spec, make_specialist(spec, "grammar")):
        env = Envelope(key="bad", kind="chunk_task", body={"doc_id": "d1", "lens": "grammar"})
        await redis.xadd("doc.review.grammar", {"e": env.encode()})

        async def dead() -> list[Any]:
            return await DeadLetters(redis).list("doc.failed.grammar")

        [letter] = await wait_for(dead, what="the dead letter")
    assert letter.attempts == 1 and letter.role == "grammar"
    assert "PermanentError: invalid ChunkTask at 'chunk'" in letter.error
    assert await redis.xlen("doc.suggestions.grammar") == 0


async def test_task_style_overrides_the_lens_default() -> None:
    spec = lens_spec("tone")
    specialist = make_specialist(spec, "tone")
    text = "# Note\n\nWe don't ship on Fridays.\n"

    async def rules(**extra: Any) -> set[str]:
        [out] = await as_handler(specialist)(message(spec, chunk_task("tone", text, **extra)))
        return {s["rule"] for s in out.envelope.body["suggestions"]}

    assert await rules() == set()
    assert await rules(metadata={"style": "formal"}) == {"tone/contraction"}
    with pytest.raises(PermanentError, match=r"metadata\.style must be one of"):
        await rules(metadata={"style": "shouty"})


async def test_the_chunk_document_context_reaches_the_structure_analyzer() -> None:
    spec = lens_spec("structure")
    specialist = make_specialist(spec, "structure")
    text = "# Guide\n\n#### Steps\n"
    chunk = Chunk(chunk_id=1, start=9, end=len(text), text=text[9:], heading="#### Steps",
                  previous_heading="# Guide", next_heading="##### Deep", doc_words=3)  # fmt: skip
    task = ChunkTask(doc_id="d1", lens="structure", format="markdown", chunk=chunk,
                     chunks_total=3)  # fmt: skip
    partial = await specialist.review(task, "1")
    assert [(s.rule, text[s.start : s.end]) for s in partial.suggestions] == [
        ("structure/heading-jump", "####"),
        ("structure/missing-intro", "#### Steps"),
    ]


async def test_task_for_another_lens_is_refused() -> None:
    spec = lens_spec("grammar")
    specialist = make_specialist(spec, "grammar")
    with pytest.raises(PermanentError, match=r"a 'tone' task reached the 'grammar' specialist"):
        await as_handler(specialist)(message(spec, chunk_task("tone")))


async def test_disabled_rules_are_dropped() -> None:
    spec = lens_spec("grammar", params={"disabled_rules": ["grammar/spelling"]})
    specialist = make_specialist(spec, "grammar")
    [out] = await as_handler(specialist)(message(spec, chunk_task("grammar")))
    rules = {s["rule"] for s in out.envelope.body["suggestions"]}
    assert "grammar/spelling" not in rules and "grammar/repeated-word" in rules


async def test_a_shadow_spec_publishes_to_its_shadow_stream() -> None:
    spec = lens_spec("grammar", shadow="canary")
    [out] = await as_handler(make_specialist(spec, "grammar"))(message(spec, chunk_task("grammar")))
    assert out.stream == "doc.suggestions.grammar.shadow.canary"


def test_a_lens_without_rules_analyzer_fails_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    silent = (PACKAGED / "lens-tone.yaml").read_text().replace("tone", "silent")
    (tmp_path / "lens-silent.yaml").write_text(silent)
    monkeypatch.setenv("MESH_SPEC_DIR", str(tmp_path))
    with pytest.raises(UnknownLens, match="lens 'silent' has no built-in rules analyzer"):
        main("silent")


@pytest.mark.parametrize(
    ("over", "error"),
    [
        ({"params": {"style": "shouty"}}, "params.style"),
        ({"params": {"max_sentence_wrods": 20}}, "params.max_sentence_wrods"),
        ({"params": {"prompt_version": "v9"}, "model": {"provider": "openai", "model": "m"}},
         "no prompt for lens 'grammar'"),
        ({"model": {"provider": "none"}}, "needs 'rules' or 'openai'"),
    ],
)  # fmt: skip
def test_a_bad_lens_spec_fails_at_start(over: dict[str, Any], error: str) -> None:
    spec = lens_spec("grammar")
    data = spec.model_dump() | over
    with pytest.raises(SpecError, match=error):
        make_specialist(AgentSpec.model_validate(data), "grammar")


def test_a_rules_lens_runs_inline_every_lens_checks_repeats_at_commit() -> None:
    from services.specialist.handler import execution_mode
    from shared.spec import parse_spec

    def mode(**fields: Any) -> tuple[bool, str]:
        base = {"name": "tone", "inputs": ["a"], "group": "g", "model": {"provider": "rules"}}
        spec = execution_mode(parse_spec(base | fields))
        return spec.inline, spec.seen_check

    assert mode() == (True, "commit")
    assert mode(model={"provider": "openai", "model": "m"}) == (False, "commit")
    assert mode(inline=False) == (False, "commit")  # what the spec says wins
    assert mode(seen_check="read") == (True, "read")


async def test_a_short_chunk_is_analysed_on_the_loop_a_long_one_in_a_thread() -> None:
    import threading

    from services.specialist.handler import INLINE_CHARS, RulesReviewer

    threads: list[str] = []

    def analyzer(text: str, ctx: Any) -> list[Any]:
        threads.append(threading.current_thread().name)
        return []

    reviewer = RulesReviewer(analyzer)  # type: ignore[arg-type]
    await reviewer.review("x" * INLINE_CHARS, None)  # type: ignore[arg-type]
    await reviewer.review("x" * (INLINE_CHARS + 1), None)  # type: ignore[arg-type]
    assert threads[0] == threading.main_thread().name
    assert threads[1] != threading.main_thread().name


def test_a_lens_reviewing_with_a_model_alone_never_builds_the_rules() -> None:
    # In a fresh process: this one has built them for the other tests.
    code = """
import sys
from services.specialist.handler import make_specialist
from shared.spec import AgentSpec
spec = AgentSpec(name="tone", inputs=["in"], group="g", outputs=["out"],
                 model={"provider": "openai", "model": "m", "base_url": "http://127.0.0.1:9"})
make_specialist(spec, "tone")
print(sorted(m for m in sys.modules if m.startswith("services.specialist.rules.")))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout
    assert "rules.lenses" not in loaded and "rules.tone'" not in loaded, loaded
    assert "rules.scan" in loaded  # what the handler does need: the word count
