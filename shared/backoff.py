"""Exponential backoff with jitter for Redis outages, logging once per outage."""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

log = logging.getLogger("mesh.worker")


class Backoff:
    """Exponential backoff with jitter, logging once per outage."""

    def __init__(self, base: float = 0.1, cap: float = 5.0) -> None:
        self.base, self.cap, self.attempts = base, cap, 0

    def reset(self) -> None:
        self.attempts = 0

    async def wait(self, what: str, err: BaseException, ctx: dict[str, Any]) -> None:
        if self.attempts == 0:
            log.warning(f"{what}: Redis unavailable ({err}); backing off", extra=ctx)
        delay = min(self.cap, self.base * 2**self.attempts) * random.uniform(0.5, 1.0)
        self.attempts += 1
        await asyncio.sleep(delay)
