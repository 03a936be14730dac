"""`mesh run coordinator`: the coordinator process."""

from __future__ import annotations

from pydantic import Field
from redis.asyncio import Redis

from services.contract.specs import lens_specs, role_spec
from services.contract.store import DocSettings, DocStore
from services.coordinator.handler import ChunkLimits, Coordinator
from shared.process import run
from shared.settings import Settings
from shared.spec import AgentSpec
from shared.worker import Worker


class CoordinatorSettings(DocSettings):
    """Coordinator settings: how long a document may take before a partial summary."""

    doc_deadline_s: float = Field(default=120.0, gt=0)  # MESH_DOC_DEADLINE_S


def build_coordinator(settings: CoordinatorSettings, redis: Redis) -> tuple[AgentSpec, Coordinator]:
    """The coordinator's spec (outputs = every configured lens's task stream) and handler."""
    lenses = {name: spec.inputs[0] for name, spec in lens_specs(settings).items()}
    spec = role_spec(settings, "coordinator")
    spec = spec.model_copy(update={"outputs": list(lenses.values())})
    defaults = ChunkLimits()
    limits = ChunkLimits(
        max_chars=int(spec.params.get("max_chunk_chars", defaults.max_chars)),
        min_chars=int(spec.params.get("min_chunk_chars", defaults.min_chars)),
        max_chunks=int(spec.params.get("max_chunks", defaults.max_chunks)),
    )
    return spec, Coordinator(
        DocStore(redis, settings.doc_ttl_s), lenses, limits, settings.doc_deadline_s
    )


def main() -> int:
    """Run the coordinator until SIGTERM."""
    settings = CoordinatorSettings()

    async def build(s: Settings, redis: Redis) -> list[Worker]:
        spec, coordinator = build_coordinator(settings, redis)
        return [
            Worker(spec, coordinator.handle, redis, consumer=s.consumer_name, role="coordinator")
        ]

    return run(settings, build, role="coordinator")
