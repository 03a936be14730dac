"""Metrics, traces and JSON logs, set up once per process."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from prometheus_client import Counter, Gauge, Histogram

from shared.redact import RedactingFormatter

PROCESSED = Counter(
    "mesh_messages_processed_total", "Entries handled and acked", ["stream", "group"]
)
FAILED = Counter("mesh_messages_failed_total", "Handler failures (will retry)", ["stream", "group"])
REDELIVERED = Counter(
    "mesh_messages_redelivered_total",
    "Entries handled again (retry or reclaim)",
    ["stream", "group"],
)
DEAD_LETTERED = Counter(
    "mesh_messages_dead_lettered_total",
    "Entries moved to the dead-letter stream",
    ["stream", "group"],
)
SKIPPED = Counter(
    "mesh_messages_duplicate_total",
    "Entries skipped as a repeat idempotency key",
    ["stream", "group"],
)
LATENCY = Histogram(
    "mesh_handler_seconds",
    "Handler latency",
    ["stream", "group"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
IN_FLIGHT = Gauge("mesh_in_flight", "Handlers running now", ["group"])
PENDING = Gauge("mesh_group_pending", "Entries delivered but not acked", ["stream", "group"])
LAG = Gauge("mesh_group_lag", "Entries not yet delivered to the group", ["stream", "group"])
PAUSED = Counter("mesh_consumer_paused_seconds_total", "Time paused by RetryLater", ["group"])

_propagator = TraceContextTextMapPropagator()
_tracing = False  # set by setup_tracing; read once by each Worker
_LOG_FIELDS = ("stream", "group", "consumer", "msg_id", "key", "role", "doc_id", "error")


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the runtime's context fields when present."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for f in _LOG_FIELDS:
            v = record.__dict__.get(f)
            if v is not None:
                out[f] = v
        span = trace.get_current_span().get_span_context()
        if span.is_valid:
            out["trace_id"] = format(span.trace_id, "032x")
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


def setup_logging(level: str = "INFO", json_logs: bool = True) -> None:
    """Route the root logger to stderr, as JSON lines unless told otherwise."""
    handler = logging.StreamHandler(sys.stderr)
    if json_logs:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.setFormatter(RedactingFormatter(handler.formatter))  # no URL password in any line
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def setup_tracing(
    service: str, exporter: str = "none", processor: SpanProcessor | None = None
) -> None:
    """Install a tracer provider when spans go somewhere: an exporter or ``processor``.

    With neither, tracing stays off: the runtime builds no span objects at all (a worker
    passes each message's traceparent on unchanged), which is most of a worker's
    per-message telemetry cost.
    """
    global _tracing
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    if exporter == "console":
        provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
    elif exporter == "otlp":
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import (
                OTLPSpanExporter,
            )
        except ImportError as e:
            raise RuntimeError(
                "MESH_OTEL_EXPORTER=otlp needs 'opentelemetry-exporter-otlp-proto-http' installed"
            ) from e
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    elif exporter != "none":
        raise ValueError(f"unknown trace exporter {exporter!r} (none, console or otlp)")
    if processor is not None:
        provider.add_span_processor(processor)
    if exporter == "none" and processor is None:
        _tracing = False
        return
    trace.set_tracer_provider(provider)
    _tracing = True


def tracing_enabled() -> bool:
    """True once ``setup_tracing`` installed a provider that sends spans somewhere."""
    return _tracing


def tracer() -> trace.Tracer:
    """The runtime's tracer."""
    return trace.get_tracer("agentic-mesh")


def span(name: str) -> AbstractContextManager[trace.Span | None]:
    """The current span named ``name`` while tracing sends spans somewhere; otherwise
    nothing is built and the block gets None."""
    if not _tracing:
        return nullcontext()
    return tracer().start_as_current_span(name)


def context_from(traceparent: str | None) -> otel_context.Context | None:
    """An OpenTelemetry context whose parent is the given W3C traceparent."""
    if not traceparent:
        return None
    return _propagator.extract({"traceparent": traceparent})


def current_traceparent() -> str | None:
    """The W3C traceparent of the active span, to stamp on derived messages (None when
    tracing is off: no span is active then)."""
    if not _tracing:
        return None
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    return carrier.get("traceparent")


def log_extra(**fields: Any) -> Mapping[str, Any]:
    """``extra=`` for logging calls, dropping empty values."""
    return {k: v for k, v in fields.items() if v is not None}
