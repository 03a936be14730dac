"""The ingest API's request and response models (they are its OpenAPI schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class SubmitRequest(BaseModel):
    """A document to review."""

    model_config = ConfigDict(extra="forbid")

    # The pattern documents "not blank"; the check itself gives a friendlier message.
    text: str = Field(description="the document text", json_schema_extra={"pattern": r"\S"})
    format: Literal["text", "markdown"] = "text"
    title: str | None = Field(default=None, max_length=500)
    webhook_url: str | None = Field(default=None, max_length=2000)
    metadata: dict[str, Any] = Field(default_factory=dict)
    lenses: list[str] | None = Field(default=None, description="a subset of the lenses")


class Accepted(BaseModel):
    """The document was queued."""

    id: str
    status_url: str
    summary_url: str


class Progress(BaseModel):
    """Partials done out of expected (chunks × lenses)."""

    done: int
    expected: int


StatusName = Literal["queued", "processing", "done", "partial", "failed", "cancelled"]


class DocumentStatus(BaseModel):
    """Where a document is; timestamps are ISO-8601 UTC."""

    id: str
    status: StatusName
    progress: Progress
    created_at: str
    updated_at: str
    title: str | None = None


class DocumentList(BaseModel):
    """A page of the tenant's documents, newest first; pass ``next_cursor`` as ``cursor``
    for the next page (null: this is the last)."""

    items: list[DocumentStatus]
    next_cursor: str | None = None


class WebhookStatus(BaseModel):
    """How delivery of the document's webhook went: ``none`` (no webhook_url), ``pending``
    (not sent yet), ``retrying`` (an attempt failed; the next is at ``next_attempt_at``),
    ``delivered``, or ``failed`` (the last attempt failed too; ``error`` says how)."""

    url: str | None
    status: Literal["none", "pending", "retrying", "delivered", "failed"]
    attempts: int = 0
    error: str | None = Field(
        default=None, description="category of the last failure: refused, timeout, tls, dns, "
        "connection lost, HTTP <status>, unsafe address",
    )  # fmt: skip
    next_attempt_at: str | None = Field(default=None, description="ISO-8601 UTC, when retrying")


class Problem(BaseModel):
    """An error: ``detail`` says what to fix."""

    detail: str
    status: str | None = None
