"""The one place that names streams and groups (the reference topology).

The names here are logical; each stream exists once per partition (``tasks_stream``,
``summary_stream`` and ``shared.partitions.Layout.names``): a document's messages all go
through the streams of its partition, in the slot of its state."""

from __future__ import annotations

from shared.partitions import layout

TASKS = "doc.review.tasks"
SUMMARY = "doc.review.summary"
COORDINATOR_GROUP = "coordinator-group"
AGGREGATOR_GROUP = "aggregator-group"
WEBHOOK_GROUP = "webhook-group"


def lens_stream(lens: str) -> str:
    """Where the coordinator sends one lens's chunk tasks."""
    return f"doc.review.{lens}"


def lens_group(lens: str) -> str:
    """The consumer group of a lens's specialists."""
    return f"{lens}-group"


def suggestions_stream(lens: str) -> str:
    """Where a lens's specialists publish their partial results."""
    return f"doc.suggestions.{lens}"


def failed_stream(role: str) -> str:
    """The dead-letter stream of a role (a lens name for specialists)."""
    return f"doc.failed.{role}"


def tasks_stream(doc_id: str) -> str:
    """The intake stream of the document's partition."""
    return TASKS + layout().tag_of(doc_id)


def summary_stream(doc_id: str) -> str:
    """The summary stream of the document's partition."""
    return SUMMARY + layout().tag_of(doc_id)


def partitioned(stream: str) -> list[str]:
    """``stream`` in every partition (the one name itself when untagged)."""
    return layout().names(stream)


def lane_stream(intake: str, tenant: str) -> str:
    """One tenant's intake lane: its documents waiting to be admitted to ``intake`` (named
    after the intake stream, so it carries that stream's partition tag and slot)."""
    return f"{intake}:lane:{tenant}"  # the tenant is the whole suffix: no ambiguity
