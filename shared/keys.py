"""The one place that names the runtime's own Redis keys (a role names its keys in its
contract; streams and groups come from each AgentSpec)."""

from __future__ import annotations

SEEN_PREFIX = "mesh:seen:"  # + group:key — a group has committed an idempotency key
ONCE_PREFIX = "mesh:once:"  # + name — an output published at most once mesh-wide
DEAD_LETTER_STREAMS = "mesh:dlq:streams"  # set: every stream that ever got a dead letter


def seen_key(group: str, key: str) -> str:
    """The marker that records a group has committed an idempotency key."""
    return f"{SEEN_PREFIX}{group}:{key}"


def once_key(name: str) -> str:
    """The marker of an output that is published at most once mesh-wide."""
    return f"{ONCE_PREFIX}{name}"
