"""Finding the AgentSpecs of the mesh: one YAML file per role, ``lens-<name>.yaml`` per lens."""

from __future__ import annotations

from pathlib import Path

from shared.errors import SpecError
from shared.settings import Settings
from shared.spec import AgentSpec, load_spec

PACKAGED = Path(__file__).resolve().parent.parent / "specs"
LENS_PREFIX = "lens-"


def spec_dir(settings: Settings) -> Path:
    """MESH_SPEC_DIR, else the specs shipped with the package."""
    return settings.spec_dir or PACKAGED


def role_spec(settings: Settings, name: str) -> AgentSpec:
    """This process's spec: MESH_SPEC if set, else ``<spec_dir>/<name>.yaml`` (env overrides)."""
    return _markers_outlive_state(load_spec(settings.spec or spec_dir(settings) / f"{name}.yaml"),
                                  settings)  # fmt: skip


def _markers_outlive_state(spec: AgentSpec, settings: Settings) -> AgentSpec:
    """A role that handles documents keeps its seen/once markers at least as long as the
    documents' state (MESH_DOC_TTL_S): a marker that expired first would let a redelivered or
    replayed message be handled, and a summary published, a second time."""
    from services.contract.store import DocSettings

    if isinstance(settings, DocSettings) and spec.dedupe_ttl_s < settings.doc_ttl_s:
        return spec.model_copy(update={"dedupe_ttl_s": settings.doc_ttl_s})
    return spec


def lens_specs(settings: Settings) -> dict[str, AgentSpec]:
    """Every configured lens, by name, from the ``lens-*.yaml`` files (no env overrides)."""
    found: dict[str, AgentSpec] = {}
    for path in sorted(spec_dir(settings).glob(f"{LENS_PREFIX}*.yaml")):
        lens = path.stem.removeprefix(LENS_PREFIX)
        found[lens] = load_spec(path, env=False)
    if not found:
        raise SpecError(f"no lens specs ({LENS_PREFIX}*.yaml) in {spec_dir(settings)}")
    return found


def lens_spec(settings: Settings, lens: str) -> AgentSpec:
    """One lens's spec with env overrides: MESH_SPEC if set, else ``lens-<lens>.yaml``."""
    path = settings.spec or spec_dir(settings) / f"{LENS_PREFIX}{lens}.yaml"
    if not path.exists():
        known = ", ".join(sorted(lens_specs(settings))) or "none"
        raise SpecError(f"unknown lens '{lens}': no {path} (configured lenses: {known})")
    return _markers_outlive_state(load_spec(path), settings)


def topology(settings: Settings) -> list[tuple[str, str]]:
    """Every (stream, consumer group) pair of the mesh, derived from the lens specs."""
    from services.contract.streams import (
        AGGREGATOR_GROUP,
        COORDINATOR_GROUP,
        SUMMARY,
        TASKS,
        WEBHOOK_GROUP,
    )

    pairs = [(TASKS, COORDINATOR_GROUP)]
    for spec in lens_specs(settings).values():
        pairs += [(s, spec.group) for s in spec.inputs]
        pairs += [(s, AGGREGATOR_GROUP) for s in spec.outputs]
    pairs.append((SUMMARY, WEBHOOK_GROUP))
    return pairs
