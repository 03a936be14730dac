"""`mesh run aggregator`: the aggregator process (any number of replicas)."""

from __future__ import annotations

from services.aggregator.handler import Aggregator
from services.contract.models import Partial
from services.contract.specs import role_spec
from services.contract.store import DocSettings, DocStore
from shared.commit import Committer
from shared.process import run
from shared.subscriber import Mesh

SWEEP_INTERVAL_S = 1.0


def subscribe_aggregator(mesh: Mesh[DocSettings]) -> Aggregator:
    """Declare the aggregator: every lens's partials in, one summary per document out, and
    the deadline sweep that summarizes what ran out of time."""
    spec = role_spec(mesh.settings, "aggregator")
    store = DocStore(mesh.redis, mesh.settings.doc_ttl_s)
    aggregator = Aggregator(store, Committer(mesh.redis), once_ttl_s=spec.dedupe_ttl_s)
    mesh.subscriber(spec, body=Partial)(aggregator.handle)
    mesh.every(SWEEP_INTERVAL_S, aggregator.sweep_deadlines)
    return aggregator


async def _setup(mesh: Mesh[DocSettings]) -> None:
    subscribe_aggregator(mesh)


def main() -> int:
    """Run the aggregator until SIGTERM."""
    return run(DocSettings(), _setup, role="aggregator")
