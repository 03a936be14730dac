"""`mesh run specialist --lens <name>`: one lens's specialist process."""

from __future__ import annotations

from redis.asyncio import Redis

from services.contract.specs import lens_spec
from services.contract.store import DocSettings
from services.specialist.handler import make_specialist
from shared.errors import SpecError
from shared.process import run
from shared.settings import Settings
from shared.worker import Worker


class SpecialistSettings(DocSettings):
    """The specialist's settings: which lens to run when not given on the command line."""

    lens: str | None = None  # MESH_LENS


def main(lens: str | None = None) -> int:
    """Load ``lens-<lens>.yaml``, check it, and run its worker until SIGTERM (exit 0)."""
    settings = SpecialistSettings()
    lens = lens or settings.lens
    if not lens:
        raise SpecError("which lens? pass --lens NAME (or set MESH_LENS)")
    spec = lens_spec(settings, lens)
    specialist = make_specialist(spec, lens)  # a bad spec fails here, not at the first message

    async def build(settings: Settings, redis: Redis) -> list[Worker]:
        worker = Worker(spec, specialist.handle, redis, consumer=settings.consumer_name, role=lens)
        worker.on_stop(specialist.aclose)
        return [worker]

    return run(settings, build, role=lens)
