"""Session fixtures: a real 3-primary/3-replica Redis Cluster and a primary + replica + 3
Sentinels, started on loopback by the tests; each test starts from empty data."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.partitions import Layout, set_layout
from tests.cluster.servers import PASSWORD, Cluster, SentinelSet


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Six nodes, three primaries each with a replica, 1 s node timeout."""
    started = Cluster(tmp_path_factory.mktemp("cluster")).start()
    yield started
    started.stop()


@pytest.fixture(scope="session")
def sentinels(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SentinelSet]:
    """A primary and its replica, watched by three Sentinels (quorum 2)."""
    started = SentinelSet(tmp_path_factory.mktemp("sentinel")).start()
    yield started
    started.stop()


def _flush(port: int) -> None:
    subprocess.run(["redis-cli", "-p", str(port), "-a", PASSWORD, "--no-auth-warning",
                    "flushall"], capture_output=True, timeout=10, check=True)  # fmt: skip


@pytest.fixture
def empty_cluster(cluster: Cluster) -> Cluster:
    """The cluster, healthy and with no data (every primary flushed)."""
    cluster.wait_healthy()
    for node in cluster.primaries():
        _flush(node.port)
    return cluster


@pytest.fixture
def empty_sentinels(sentinels: SentinelSet) -> SentinelSet:
    """The Sentinel-managed pair, healthy and with no data."""
    _flush(sentinels.primary().port)
    return sentinels


@pytest.fixture(autouse=True)
def _restore_layout() -> Iterator[None]:
    """connect() sets the process's key layout: put back the default after each test, so
    tests elsewhere in the session see the untagged names they expect."""
    yield
    set_layout(Layout())


def data_dir(tmp: Path) -> Path:
    """Where a test's mesh keeps its logs."""
    tmp.mkdir(parents=True, exist_ok=True)
    return tmp
