"""The Agentic Mesh runtime: consumer-group workers on Redis Streams. Knows no domain."""

from shared.commit import Committer, Output
from shared.connection import connect
from shared.deadletter import DeadLetter, DeadLetters
from shared.envelope import Envelope, decode, new_id
from shared.errors import DecodeError, MeshError, PermanentError, RetryLater, SpecError
from shared.keys import seen_key
from shared.message import Message
from shared.settings import Settings
from shared.spec import AgentSpec, ModelBinding, Retention, load_spec, parse_spec
from shared.worker import Handler, Worker

__all__ = [
    "AgentSpec",
    "Committer",
    "DeadLetter",
    "DeadLetters",
    "DecodeError",
    "Envelope",
    "Handler",
    "MeshError",
    "Message",
    "ModelBinding",
    "Output",
    "PermanentError",
    "Retention",
    "RetryLater",
    "Settings",
    "SpecError",
    "Worker",
    "connect",
    "decode",
    "load_spec",
    "new_id",
    "parse_spec",
    "seen_key",
]
