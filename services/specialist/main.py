"""`mesh run specialist --lens <name>`: one lens's specialist process."""

from __future__ import annotations

from functools import partial

from services.contract.catalog import is_cancelled
from services.contract.models import Chunk, ChunkTask
from services.contract.specs import lens_spec
from services.contract.store import DocSettings, DocStore
from services.specialist.handler import Specialist, execution_mode, make_specialist
from shared.process import run
from shared.spec import AgentSpec
from shared.subscriber import Mesh

# A paragraph long enough for every rule, readability (textstat, pyphen) included, to load
# what it loads lazily: reviewed once before the worker reads, so the process reports ready
# only when the first real task no longer pays for it (clarity: 0.26 s first review -> 0.02 s).
WARM_UP_TEXT = (
    "# Warm-up\n\nThe team reviewed the quarterly report in order to make a decision about the "
    "budget, and it was agreed by everyone that the results are very good. We will leverage "
    "these findings next quarter, although various studies show that it's hard to predict. "
    "Comprehensive organizational documentation substantially facilitates interdepartmental "
    "communication.\n"
)


async def warm_up(specialist: Specialist, lens: str) -> None:
    """Review a sample chunk through the whole handler path (rules lenses only: a model lens
    would spend a paid call)."""
    chunk = Chunk(chunk_id=0, start=0, end=len(WARM_UP_TEXT), text=WARM_UP_TEXT, doc_words=50)
    task = ChunkTask(doc_id="warm-up", lens=lens, format="markdown", chunk=chunk, chunks_total=1)
    await specialist.review(task, "warm-up")


def subscribe_specialist(mesh: Mesh[DocSettings], spec: AgentSpec, specialist: Specialist) -> None:
    """Declare a lens's worker on ``mesh``: its tasks in, each partial offered to its document
    in the task's commit, and the completing one sent on to the aggregator."""
    if spec.model.provider != "rules":
        # A model call costs money and seconds: one HGET first skips a cancelled
        # document's tasks. A rules review costs milliseconds of CPU, and its partial is
        # dropped as late anyway, so rules lenses skip the round trip.
        specialist.skip_cancelled(partial(is_cancelled, mesh.redis))
    if not spec.shadow:  # a shadow's partials go to its own streams only
        specialist.offer_to(DocStore(mesh.redis, mesh.settings.doc_ttl_s))
    mesh.subscriber(spec, body=ChunkTask)(specialist.handle)
    mesh.on_stop(specialist.aclose)


def main(lens: str) -> int:
    """Load ``lens-<lens>.yaml``, check it, and run its worker until SIGTERM (exit 0)."""
    settings = DocSettings()
    spec = execution_mode(lens_spec(settings, lens))
    specialist = make_specialist(spec, lens)  # a bad spec fails here, not at the first message

    async def setup(mesh: Mesh[DocSettings]) -> None:
        if spec.model.provider == "rules":
            await warm_up(specialist, lens)
        subscribe_specialist(mesh, spec, specialist)

    return run(settings, setup, role=lens)
