"""The chart in cluster and Sentinel mode: the mode reaches every role, and KEDA watches every
partition of a lens's tasks with the scaler of that mode, under the contract's names."""

from __future__ import annotations

import copy
from typing import Any

from services.contract.specs import lens_specs
from shared.settings import Settings
from tests.deploy.chart import SCALED, by_kind, render


def _values(**redis: Any) -> dict[str, Any]:
    values = copy.deepcopy(SCALED)
    values["redis"] = {**values.get("redis", {}), "bundled": {"enabled": False}, **redis}
    return values


def _env(docs: list[dict[str, Any]]) -> list[dict[str, str | None]]:
    return [
        {e["name"]: e.get("value") for e in d["spec"]["template"]["spec"]["containers"][0]["env"]}
        for d in by_kind(docs, "Deployment").values()
    ]


def test_cluster_mode_has_one_keda_trigger_per_partition_with_the_contracts_names() -> None:
    docs = render(_values(mode="cluster", url="redis://node-0.redis:6379/0", partitions=3))
    assert all(
        e["MESH_REDIS_MODE"] == "cluster" and e["MESH_PARTITIONS"] == "3" for e in _env(docs)
    )
    [scaled] = by_kind(docs, "ScaledObject").values()
    triggers = scaled["spec"]["triggers"]
    assert {t["type"] for t in triggers} == {"redis-cluster-streams"}
    settings = Settings(redis_mode="cluster", partitions=3)
    expected = lens_specs(settings)["grammar"].inputs  # the contract's per-partition names
    assert [t["metadata"]["stream"] for t in triggers] == expected
    assert expected == [f"doc.review.grammar{{p{p}}}" for p in range(3)]


def test_sentinel_mode_names_the_sentinels_to_every_role_and_to_keda() -> None:
    docs = render(_values(mode="sentinel", sentinels="s0:26379,s1:26379", sentinelService="main"))
    for env in _env(docs):
        assert env["MESH_REDIS_SENTINELS"] == "s0:26379,s1:26379"
        assert env["MESH_REDIS_SENTINEL_SERVICE"] == "main"
    [scaled] = by_kind(docs, "ScaledObject").values()
    [trigger] = scaled["spec"]["triggers"]
    assert trigger["type"] == "redis-sentinel-streams"
    assert trigger["metadata"]["stream"] == "doc.review.grammar"  # one partition: untagged
    assert trigger["metadata"]["sentinelMaster"] == "main"
