"""The document-review contract every role shares: stream names, payloads, document state."""

from services.contract.models import (
    Chunk,
    ChunkTask,
    DocumentTask,
    LensReport,
    Partial,
    Severity,
    Suggestion,
    Summary,
)
from services.contract.store import DocStatus, DocStore, Plan
from services.contract.streams import (
    AGGREGATOR_GROUP,
    COORDINATOR_GROUP,
    SUMMARY,
    TASKS,
    WEBHOOK_GROUP,
    failed_stream,
    lens_group,
    lens_stream,
    suggestions_stream,
)

__all__ = [
    "AGGREGATOR_GROUP",
    "COORDINATOR_GROUP",
    "SUMMARY",
    "TASKS",
    "WEBHOOK_GROUP",
    "Chunk",
    "ChunkTask",
    "DocStatus",
    "DocStore",
    "DocumentTask",
    "LensReport",
    "Partial",
    "Plan",
    "Severity",
    "Suggestion",
    "Summary",
    "failed_stream",
    "lens_group",
    "lens_stream",
    "suggestions_stream",
]
