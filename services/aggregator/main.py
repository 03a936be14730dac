"""`mesh run aggregator`: the aggregator process (any number of replicas)."""

from __future__ import annotations

from redis.asyncio import Redis

from services.aggregator.handler import Aggregator
from services.contract.specs import lens_specs, role_spec
from services.contract.store import DocSettings, DocStore
from shared.commit import Committer
from shared.process import run
from shared.settings import Settings
from shared.spec import AgentSpec
from shared.worker import Worker

SWEEP_INTERVAL_S = 1.0


def build_aggregator(settings: DocSettings, redis: Redis) -> tuple[AgentSpec, Worker]:
    """The aggregator worker: inputs are every configured lens's suggestion stream."""
    inputs = [o for spec in lens_specs(settings).values() for o in spec.outputs]
    spec = role_spec(settings, "aggregator").model_copy(update={"inputs": inputs})
    store = DocStore(redis, settings.doc_ttl_s)
    aggregator = Aggregator(store, Committer(redis), once_ttl_s=spec.dedupe_ttl_s)
    worker = Worker(
        spec, aggregator.handle, redis, consumer=settings.consumer_name, role="aggregator"
    )
    worker.every(SWEEP_INTERVAL_S, aggregator.sweep_deadlines)
    return spec, worker


def main() -> int:
    """Run the aggregator until SIGTERM."""

    settings = DocSettings()

    async def build(_: Settings, redis: Redis) -> list[Worker]:
        return [build_aggregator(settings, redis)[1]]

    return run(settings, build, role="aggregator")
