"""What a handler receives: the decoded envelope and where it came from."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from shared import telemetry as tm
from shared.commit import Output
from shared.envelope import Envelope
from shared.spec import AgentSpec


@dataclass(slots=True)
class Message:
    """What a handler sees: the decoded envelope plus where it came from."""

    stream: str
    entry_id: str
    envelope: Envelope
    attempt: int
    spec: AgentSpec
    # The entry's fields as read: the envelope's, and any a commit's guard added (``Guard``).
    fields: dict[bytes, bytes] = field(default_factory=dict)

    @property
    def age_s(self) -> float:
        """Seconds since the entry was added to its stream (its id's millisecond time, by
        the Redis server's clock)."""
        return time.time() - int(self.entry_id.partition("-")[0]) / 1000

    @property
    def body(self) -> dict[str, Any]:
        """The envelope's body."""
        return self.envelope.body

    def derive(
        self, stream: str, *, key: str, kind: str, body: dict[str, Any], once: str | None = None
    ) -> Output:
        """An output that inherits this message's tenant and trace."""
        env = Envelope(
            key=key,
            kind=kind,
            tenant=self.envelope.tenant,
            # With tracing off there is no span here: the trace id passes through unchanged.
            traceparent=tm.current_traceparent() or self.envelope.traceparent,
            body=body,
        )
        return Output(stream, env, once)
