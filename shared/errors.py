"""The runtime's named exceptions."""

from __future__ import annotations


class MeshError(Exception):
    """Base class of every error the runtime raises on purpose."""


class SpecError(MeshError):
    """An AgentSpec is invalid; the message names the file and the field."""


class DecodeError(MeshError):
    """A stream entry is not a valid envelope; it is dead-lettered at once."""


class PermanentError(MeshError):
    """A handler failure that no retry can fix; the entry is dead-lettered at once."""


class RetryLater(MeshError):
    """Pause this consumer for ``delay_s`` without counting a failed delivery (e.g. HTTP 429)."""

    def __init__(self, delay_s: float, reason: str = "") -> None:
        super().__init__(reason or f"retry after {delay_s:.1f}s")
        self.delay_s = delay_s
