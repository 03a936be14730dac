"""A worker process for runtime tests: copies each body to the output stream.

Body options: ``sleep`` seconds (only on the first ``sleep_attempts`` attempts), ``fail``
(always raise), ``fail_times`` (raise on the first N attempts), ``marker`` (a file written
with the attempt number when the handler starts, so a test knows when to kill it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from shared import Message, Output, Settings, load_spec
from shared.process import run
from shared.subscriber import Mesh


async def handle(msg: Message) -> Sequence[Output]:
    body = msg.body
    if marker := body.get("marker"):
        Path(marker).write_text(str(msg.attempt))
    if body.get("fail") or msg.attempt <= int(body.get("fail_times", 0)):
        raise RuntimeError(f"planned failure on attempt {msg.attempt}")
    if msg.attempt <= int(body.get("sleep_attempts", 1_000)):
        await asyncio.sleep(float(body.get("sleep", 0)))
    out = dict(body, handled_attempt=msg.attempt)
    return [msg.derive(s, key=msg.envelope.key, kind="echo", body=out) for s in msg.spec.outputs]


async def setup(mesh: Mesh[Settings]) -> None:
    assert mesh.settings.spec is not None
    mesh.subscriber(load_spec(mesh.settings.spec))(handle)


if __name__ == "__main__":
    raise SystemExit(run(Settings(), setup, role="echo"))
