"""The one message envelope every stream entry carries, in the field ``e`` as JSON."""

from __future__ import annotations

import time
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from shared.errors import DecodeError

SCHEMA_VERSION = 1
FIELD = b"e"


def new_id() -> str:
    """A new random id (32 hex chars)."""
    return uuid.uuid4().hex


class Envelope(BaseModel):
    """A versioned message: routing metadata around a role-defined ``body``."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    v: int = SCHEMA_VERSION
    id: str = Field(default_factory=new_id)
    key: str = Field(min_length=1, description="idempotency key; a repeat is a no-op")
    kind: str = Field(min_length=1, description="what the body is, e.g. 'task'")
    tenant: str = "default"
    traceparent: str | None = None
    created_at: float = Field(default_factory=time.time)
    body: dict[str, Any] = Field(default_factory=dict)

    def encode(self) -> bytes:
        """Serialise for XADD."""
        return self.model_dump_json().encode()


def decode(fields: dict[bytes, bytes]) -> Envelope:
    """Parse a stream entry's fields; raises DecodeError with the reason."""
    raw = fields.get(FIELD)
    if raw is None:
        raise DecodeError(f"entry has no '{FIELD.decode()}' field (fields: {sorted(fields)[:5]})")
    try:
        env = Envelope.model_validate_json(raw)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise DecodeError(f"invalid envelope at '{loc}': {first['msg']}") from None
    if env.v > SCHEMA_VERSION:
        raise DecodeError(
            f"envelope schema v{env.v} is newer than this runtime (v{SCHEMA_VERSION})"
        )
    return env
