"""`mesh run coordinator`: the coordinator process."""

from __future__ import annotations

from pydantic import Field

from services.contract.models import DocumentTask
from services.contract.specs import lens_specs, role_spec
from services.contract.store import DocSettings, DocStore
from services.coordinator.admission import Admitter, Windows, fair_queues
from services.coordinator.handler import ChunkLimits, Coordinator
from shared.process import run
from shared.subscriber import Mesh


class CoordinatorSettings(DocSettings):
    """Coordinator settings: how long a document may take before a partial summary."""

    doc_deadline_s: float = Field(default=120.0, gt=0)  # MESH_DOC_DEADLINE_S
    # Fairness (admission.py): what may wait unread ahead of a newly admitted document.
    fair_intake_window: int = Field(default=32, gt=0)  # MESH_FAIR_INTAKE_WINDOW, documents
    fair_lens_window: int = Field(default=64, gt=0)  # MESH_FAIR_LENS_WINDOW, tasks per lens
    # MESH_FAIR_POLL_S, the admission tick: under load, documents are admitted in batches
    # once per tick (admission.py), which is what batches every role after it.
    fair_poll_s: float = Field(default=0.1, gt=0)


def subscribe_coordinator(mesh: Mesh[CoordinatorSettings]) -> Coordinator:
    """Declare the coordinator: documents in, one task per chunk × configured lens out."""
    settings = mesh.settings
    lenses = {name: spec.inputs[0] for name, spec in lens_specs(settings).items()}
    spec = role_spec(settings, "coordinator")
    defaults = ChunkLimits()
    limits = ChunkLimits(
        max_chars=int(spec.params.get("max_chunk_chars", defaults.max_chars)),
        min_chars=int(spec.params.get("min_chunk_chars", defaults.min_chars)),
        max_chunks=int(spec.params.get("max_chunks", defaults.max_chunks)),
    )
    store = DocStore(mesh.redis, settings.doc_ttl_s)
    coordinator = Coordinator(store, lenses, limits, settings.doc_deadline_s)
    mesh.subscriber(spec, body=DocumentTask)(coordinator.handle)
    windows = Windows(intake=settings.fair_intake_window, lens=settings.fair_lens_window)
    admitter = Admitter(mesh.redis, fair_queues(spec, list(lens_specs(settings).values())), windows)
    mesh.every(settings.fair_poll_s, admitter.tick)  # tenants' lanes -> intake, round-robin
    return coordinator


async def _setup(mesh: Mesh[CoordinatorSettings]) -> None:
    subscribe_coordinator(mesh)


def main() -> int:
    """Run the coordinator until SIGTERM."""
    return run(CoordinatorSettings(), _setup, role="coordinator")
