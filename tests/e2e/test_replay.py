"""Replaying a lens with a changed spec into a shadow: a readable diff, production untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from redis.asyncio import Redis

from services.contract import DocStore
from services.contract.models import ChunkTask
from services.contract.specs import PACKAGED, layout_of
from services.coordinator.main import CoordinatorSettings
from services.ops.replay import before_id, compare, replay
from services.specialist.handler import make_specialist
from shared import Settings
from shared.envelope import new_id
from shared.errors import MeshError
from shared.partitions import layout, using
from shared.subscriber import decoding
from tests.e2e.conftest import submit
from tests.e2e.test_cli import amesh
from tests.support.pipeline import pipeline_workers, running
from tests.support.waiting import wait_for

TEXT = "# Update\n\nWe don't think it's ready. It's gonna slip, maybe.\n"


async def _summaries(redis: Redis) -> list[bytes]:
    return [f[b"e"] for _, f in await redis.xrange("doc.review.summary")]


async def test_shadow_replay_with_new_spec_diffs_without_touching_production(
    pipeline: Redis, redis_url: str, tmp_path: Path
) -> None:
    redis = pipeline
    for i in range(3):
        await submit(redis, f"r{i}", TEXT)
    await wait_for(lambda: _count(redis, 3), timeout=30, what="3 summaries")
    before = await _summaries(redis)
    stored_before = [(await DocStore(redis).get(f"r{i}")).summary for i in range(3)]  # type: ignore[union-attr]

    # The candidate: the tone lens in formal style, which also flags contractions.
    spec = yaml.safe_load((PACKAGED / "lens-tone.yaml").read_text())
    spec["version"] = "2"
    spec.setdefault("params", {})["style"] = "formal"
    candidate = tmp_path / "tone-formal.yaml"
    candidate.write_text(yaml.safe_dump(spec))

    settings = Settings(redis_url=redis_url, drain_deadline_s=2)
    result = await replay(
        redis, settings, "tone", lambda s: decoding(ChunkTask, make_specialist(s, "tone").handle),
        start_id="0", spec_path=candidate, shadow="formal",
    )  # fmt: skip
    assert result.handled == 3
    assert result.outputs == ["doc.suggestions.tone.shadow.formal"]
    groups = {g["name"].decode() for g in await redis.xinfo_groups("doc.review.tone")}
    assert groups == {"tone-group"}  # the replay group is gone

    diff = await compare(redis, "formal")
    assert diff.partials == 3 and diff.missing_production == 0
    assert diff.rules["tone/contraction"].added >= 3
    assert any(e.startswith("added") and "tone/contraction" in e for e in diff.examples)

    assert await _summaries(redis) == before  # production untouched
    after = [(await DocStore(redis).get(f"r{i}")).summary for i in range(3)]  # type: ignore[union-attr]
    assert json.dumps(after, sort_keys=True) == json.dumps(stored_before, sort_keys=True)


async def _count(redis: Redis, n: int) -> bool:
    return int(await redis.xlen("doc.review.summary")) >= n


async def test_replay_from_an_id_includes_that_entry(
    pipeline: Redis, redis_url: str, tmp_path: Path
) -> None:
    redis = pipeline
    for i in range(3):
        await submit(redis, f"f{i}", TEXT)
    await wait_for(lambda: _count(redis, 3), timeout=30, what="3 summaries")
    ids = [i.decode() for i, _ in await redis.xrange("doc.review.tone")]
    assert len(ids) == 3

    settings = Settings(redis_url=redis_url, drain_deadline_s=2)
    result = await replay(
        redis, settings, "tone", lambda s: decoding(ChunkTask, make_specialist(s, "tone").handle),
        start_id=ids[1], shadow="from-second",
    )  # fmt: skip
    assert result.handled == 2  # the entry at --from-id and the one after it


@pytest.mark.parametrize(
    ("first", "below"),
    [
        ("1718000000000-5", "1718000000000-4"),
        ("1718000000000-0", "1717999999999-18446744073709551615"),
        ("1718000000000", "1717999999999-18446744073709551615"),
        ("0-1", "0-0"),
        ("0", "0"),
        ("0-0", "0"),
    ],
)
def test_the_replay_group_starts_one_id_below_the_first_entry(first: str, below: str) -> None:
    assert before_id(first) == below


@pytest.mark.parametrize("bad", ["", "$", "abc", "12-x", "-1", "1-2-3", f"{2**64}-0"])
def test_a_malformed_from_id_is_refused_with_a_message(bad: str) -> None:
    with pytest.raises(MeshError, match="bad stream id"):
        before_id(bad)


async def _tone_groups(redis: Redis, stream: str) -> set[str]:
    return {g["name"].decode() for g in await redis.xinfo_groups(stream)}


async def test_replay_and_compare_cover_every_partition_or_the_one_picked(
    redis: Redis, redis_url: str
) -> None:
    settings = CoordinatorSettings(redis_url=redis_url, partitions=3, doc_deadline_s=30)
    with using(layout_of(settings)):
        ids = [layout().id_in(n % 3, new_id) for n in range(6)]  # two in every partition
        async with running(pipeline_workers(redis, settings)):
            for doc_id in ids:
                await submit(redis, doc_id, TEXT)

            async def summarized() -> bool:
                docs = [await DocStore(redis).get(i) for i in ids]
                return all(d is not None and d.summary is not None for d in docs)

            await wait_for(summarized, timeout=30, what="6 summaries over 3 partitions")
        tasks = [f"doc.review.tone{{p{p}}}" for p in range(3)]
        assert [await redis.xlen(s) for s in tasks] == [2, 2, 2]

        handler = lambda s: decoding(ChunkTask, make_specialist(s, "tone").handle)  # noqa: E731
        # This process is told to read partition 1 only: a replay still reads them all.
        replay_settings = Settings(
            redis_url=redis_url, partitions=3, worker_partitions="1", drain_deadline_s=2
        )
        every = await replay(redis, replay_settings, "tone", handler, start_id="0", shadow="all")
        assert every.handled == 6
        assert every.inputs == tasks
        for stream in tasks:  # the replay group is gone from every partition
            assert await _tone_groups(redis, stream) == {"tone-group"}
        diff = await compare(redis, "all")
        assert diff.partials == 6 and diff.missing_production == 0
        assert diff.streams == [f"doc.suggestions.tone{{p{p}}}.shadow.all" for p in range(3)]

        one = await replay(
            redis, replay_settings, "tone", handler, start_id="0", shadow="p2", partitions="2"
        )
        assert one.handled == 2
        assert one.inputs == ["doc.review.tone{p2}"]
        assert one.outputs == ["doc.suggestions.tone{p2}.shadow.p2"]
        assert (await compare(redis, "p2")).partials == 2
        for stream in tasks:
            assert await _tone_groups(redis, stream) == {"tone-group"}


async def test_replay_of_a_partition_outside_the_layout_is_refused(
    redis: Redis, redis_url: str
) -> None:
    settings = Settings(redis_url=redis_url, partitions=3, drain_deadline_s=2)
    handler = lambda s: decoding(ChunkTask, make_specialist(s, "tone").handle)  # noqa: E731
    with pytest.raises(MeshError, match="not within 0-2"):
        await replay(redis, settings, "tone", handler, start_id="0", shadow="x", partitions="3")


async def test_mesh_replay_partition_option_reads_that_partition_or_says_why_not(
    redis: Redis, redis_url: str, tmp_path: Path
) -> None:
    env = {"MESH_REDIS_URL": redis_url, "MESH_PARTITIONS": "3"}
    args = ("replay", "--lens", "tone", "--since", "1h", "--shadow", "one")
    picked = await amesh(*args, "--partition", "1", cwd=tmp_path, env=env)
    assert picked.returncode == 0, picked.stderr
    assert "replayed 0 partials from doc.review.tone{p1} " in picked.stdout
    refused = await amesh(*args, "--partition", "5", cwd=tmp_path, env=env)
    assert refused.returncode == 1
    assert "not within 0-2" in refused.stderr and "Traceback" not in refused.stderr
