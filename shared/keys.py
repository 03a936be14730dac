"""The one place that names the runtime's own Redis keys (a role names its keys in its
contract; streams and groups come from each AgentSpec).

A marker lives in the hash slot of the stream it is about (its partition tag is copied
from that stream's name, ``shared.partitions``), so the commit that sets it together with
the ack and the outputs touches one slot. Untagged streams give the names of old."""

from __future__ import annotations

from shared.partitions import hash_tag

SEEN_PREFIX = "mesh:seen:"  # + tag + group:key — a group has committed an idempotency key
ONCE_PREFIX = "mesh:once:"  # + tag + name — an output published at most once mesh-wide
# set: every stream that ever got a dead letter. One key in no partition, only ever
# touched by single-key commands (SADD, SMEMBERS), so it is cluster-safe.
DEAD_LETTER_STREAMS = "mesh:dlq:streams"


def seen_key(group: str, key: str, stream: str = "") -> str:
    """The marker that records a group has committed an idempotency key read from
    ``stream`` (in that stream's slot)."""
    return f"{SEEN_PREFIX}{hash_tag(stream)}{group}:{key}"


def once_key(name: str, stream: str = "") -> str:
    """The marker of an output to ``stream`` that is published at most once mesh-wide."""
    return f"{ONCE_PREFIX}{hash_tag(stream)}{name}"
