"""Ingest settings (env prefix ``MESH_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from services.contract.store import DocSettings
from services.ingest.retries import DEFAULT_DELAYS_S


class IngestSettings(DocSettings):
    """Everything the ingest process reads from the environment."""

    host: str = "0.0.0.0"
    port: int = Field(default=8080, ge=0, le=65535)
    max_doc_bytes: int = Field(default=1_000_000, gt=0)
    max_docx_uncompressed_bytes: int = Field(default=50_000_000, gt=0)
    multipart_overhead_bytes: int = Field(
        default=65_536, ge=0, description="allowed on top of max_doc_bytes for form framing"
    )
    docx_workers: int = Field(default=2, gt=0, description=".docx extractions at once")
    docx_cpu_s: int = Field(default=10, gt=0, description="CPU seconds per .docx extraction")
    docx_memory_bytes: int = Field(
        default=1_073_741_824, gt=0, description="address space of a .docx extraction process"
    )
    max_title_chars: int = Field(default=500, gt=0, le=500)
    max_metadata_bytes: int = Field(default=4096, gt=0, description="metadata as JSON")
    backlog_limit: int = Field(default=10_000, gt=0, description="lag+pending before 429")
    retry_after_s: int = Field(default=5, gt=0)
    intake_min_replicas: int | None = Field(
        default=None,
        ge=0,
        description="replicas that must confirm an intake before 202 "
        "(WAIT); unset: 1 when the primary has a replica, else 0",
    )
    intake_wait_ms: int = Field(default=1000, gt=0, description="how long to wait for them")
    api_keys: SecretStr | None = Field(default=None, description="tenant:key,tenant:key")
    api_keys_file: Path | None = Field(default=None, description="YAML/JSON map key -> tenant")
    admin_key: SecretStr | None = None
    webhook_secret: SecretStr | None = None
    webhook_timeout_s: float = Field(default=10.0, gt=0)
    webhook_allow_private: bool = False
    webhook_tenant_concurrency: int = Field(
        default=4, gt=0, description="webhook deliveries in flight per tenant (per process)"
    )
    webhook_retry_poll_s: float = Field(default=0.5, gt=0, description="retry schedule scan")
    webhook_retry_schedule_s: Annotated[tuple[float, ...], NoDecode] = Field(
        default=DEFAULT_DELAYS_S,
        description="seconds before each retry of a failed webhook (JSON list or 5,30,120)",
    )
    tenant_rpm: int = Field(
        default=0, ge=0, description="requests per minute per tenant (0: no limit)"
    )
    tenant_in_flight: int = Field(
        default=0, ge=0, description="documents accepted and not yet finished (0: no limit)"
    )
    idempotency_ttl_s: int = Field(default=86_400, gt=0)
    tasks_retention_s: float = Field(
        default=3600.0, gt=0, description="age kept on the intake stream"
    )
    public_base_url: str = ""
    sse_poll_s: float = Field(
        default=0.25, gt=0, le=5, description="how often an event stream looks for new events"
    )
    sse_heartbeat_s: float = Field(
        default=15.0, gt=0, description="a comment on an idle event stream, for proxies"
    )

    @field_validator("webhook_retry_schedule_s", mode="before")
    @classmethod
    def _delays(cls, value: Any) -> Any:
        """``5,30,120`` as well as ``[5, 30, 120]``; each delay positive."""
        if isinstance(value, str):
            value = value.strip().removeprefix("[").removesuffix("]")
            value = [v for v in value.split(",") if v.strip()]
        if isinstance(value, list | tuple) and any(float(v) <= 0 for v in value):
            raise ValueError("every webhook retry delay must be positive")
        return value
