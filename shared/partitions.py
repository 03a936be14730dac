"""Partitions: which partition an id belongs to, and the hash tag that pins a name to it.

Every key one atomic step touches must live in one Redis Cluster hash slot. The mesh gets
there by giving each name a partition tag (``tasks{p3}``): Redis hashes only
the part between the first ``{`` and ``}``, so all names with one tag share a slot, and
a step that stays inside one partition is single-slot. An id's partition is
``crc32(id) % count``: stable across processes, versions and languages.

With one partition and no cluster (``MESH_PARTITIONS=1`` on a standalone or Sentinel
Redis) names carry no tag at all, so that layout keeps the names it always had. The
layout is process-wide (names are computed everywhere, from plain ids): ``connect()``
sets it from the settings, as the Redis mode decides whether tags are needed.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from shared.errors import MeshError

_TAG = re.compile(r"\{([^{}]*)\}")


class PartitionSpecError(MeshError, ValueError):
    """A partition setting (count or assignment) that cannot be used."""


def hash_tag(name: str) -> str:
    """The hash tag of ``name`` with its braces (``"{p3}"``), or ``""`` when it has none
    (Redis's rule: the first ``{...}`` with something inside)."""
    start = name.find("{")
    if start < 0:
        return ""
    end = name.find("}", start + 1)
    if end <= start + 1:
        return ""
    return name[start : end + 1]


def retag(name: str, tag: str) -> str:
    """``name`` moved to the partition of ``tag``: its own tag replaced (or ``tag`` appended
    when it has none). An empty ``tag`` leaves ``name`` as it is."""
    if not tag:
        return name
    if hash_tag(name):
        return _TAG.sub(lambda _: tag, name, count=1)
    return name + tag


def parse_assignment(text: str, count: int) -> tuple[int, ...]:
    """Partitions named by ``"0-3,7"`` (empty: all of them), each below ``count``."""
    if not text.strip():
        return tuple(range(count))
    chosen: set[int] = set()
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        try:
            first, last = int(lo), int(hi or lo)
        except ValueError:
            raise PartitionSpecError(f"partition list '{text}': '{part}' is not N or N-M") from None
        if first > last or last >= count or first < 0:
            raise PartitionSpecError(f"partition list '{text}': {part} is not within 0-{count - 1}")
        chosen.update(range(first, last + 1))
    return tuple(sorted(chosen))


@dataclass(frozen=True, slots=True)
class Layout:
    """How names are partitioned: ``count`` partitions, tagged when ``tagged``."""

    count: int = 1
    tagged: bool = False

    def __post_init__(self) -> None:
        if self.count < 1:
            raise PartitionSpecError(f"MESH_PARTITIONS must be at least 1, not {self.count}")
        if self.count > 1 and not self.tagged:
            raise PartitionSpecError("more than one partition needs tagged names")

    @classmethod
    def of(cls, partitions: int, cluster: bool) -> Layout:
        """The layout of ``partitions`` partitions; tags whenever a cluster or more than
        one partition needs them."""
        return cls(partitions, tagged=cluster or partitions > 1)

    def partition(self, ident: str) -> int:
        """The partition of an id (a message key's subject, a digest)."""
        if self.count == 1:
            return 0
        return zlib.crc32(ident.encode()) % self.count

    def tag(self, partition: int) -> str:
        """The hash tag of a partition (``""`` in the untagged layout)."""
        return f"{{p{partition}}}" if self.tagged else ""

    def tag_of(self, ident: str) -> str:
        """The hash tag of the partition of ``ident``."""
        return self.tag(self.partition(ident)) if self.tagged else ""

    def name(self, base: str, partition: int) -> str:
        """``base`` in one partition."""
        return base + self.tag(partition)

    def names(self, base: str, partitions: tuple[int, ...] | None = None) -> list[str]:
        """``base`` in every partition (or in ``partitions``)."""
        chosen = range(self.count) if partitions is None else partitions
        return [self.name(base, p) for p in chosen]

    def id_in(self, partition: int, new_id: Callable[[], str]) -> str:
        """A fresh id (from ``new_id``) that falls in ``partition`` (``count`` tries on
        average: ids are random)."""
        while True:
            ident = new_id()
            if self.partition(ident) == partition:
                return ident


_current = Layout()


def layout() -> Layout:
    """This process's layout."""
    return _current


def set_layout(new: Layout) -> Layout:
    """Make ``new`` this process's layout; returns the one it replaces."""
    global _current
    old, _current = _current, new
    return old


@contextlib.contextmanager
def using(new: Layout) -> Iterator[Layout]:
    """``new`` as the layout inside the block (tests of several layouts in one process)."""
    old = set_layout(new)
    try:
        yield new
    finally:
        set_layout(old)


def read_groups(streams: list[str], per_slot: bool) -> list[list[str]]:
    """``streams`` split into sets that one XREADGROUP may read together: all of them on
    one Redis; on a cluster, those that share a hash tag (a cluster refuses a command whose
    keys are in different slots, even when one node serves them all)."""
    if not per_slot:
        return [list(streams)] if streams else []
    groups: dict[str, list[str]] = {}
    for s in streams:
        groups.setdefault(hash_tag(s) or s, []).append(s)
    return list(groups.values())
