"""Finding the AgentSpecs of the mesh: one YAML file per role, ``lens-<name>.yaml`` per lens.

The files hold policy (concurrency, retries, retention, model); the streams, groups and
dead-letter streams follow from the role's or lens's name (``streams.py``) and are filled in
here, so no file restates them. With several partitions (``MESH_PARTITIONS``) each input
and output is the stream in every partition this process reads (``MESH_WORKER_PARTITIONS``,
default all); the dead-letter stream stays logical, the worker files each dead letter in
its source's partition.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from services.contract.streams import (
    AGGREGATOR_GROUP,
    COORDINATOR_GROUP,
    SUMMARY,
    TASKS,
    WEBHOOK_GROUP,
    failed_stream,
    lens_group,
    lens_stream,
    suggestions_stream,
)
from shared.errors import SpecError
from shared.partitions import Layout, parse_assignment
from shared.settings import Settings
from shared.spec import AgentSpec, load_spec

PACKAGED = Path(__file__).resolve().parent.parent / "specs"
LENS_PREFIX = "lens-"


def spec_dir(settings: Settings) -> Path:
    """MESH_SPEC_DIR, else the specs shipped with the package."""
    return settings.spec_dir or PACKAGED


def layout_of(settings: Settings) -> Layout:
    """The partition layout the settings ask for (the one ``connect`` sets)."""
    return Layout.of(settings.partitions, settings.redis_mode == "cluster")


def _partitioned(settings: Settings | None, streams: list[str]) -> list[str]:
    """Every stream in each partition this process reads, partition by partition."""
    if settings is None:
        return streams
    lay = layout_of(settings)
    chosen = parse_assignment(settings.worker_partitions, lay.count)
    return [lay.name(s, p) for p in chosen for s in streams]


def lens_streams(lens: str, settings: Settings | None = None) -> dict[str, Any]:
    """The topology fields of a lens's spec, from its name (in every partition ``settings``
    give; logical names without them)."""
    return {
        "name": lens,
        "inputs": _partitioned(settings, [lens_stream(lens)]),
        "group": lens_group(lens),
        "outputs": _partitioned(settings, [suggestions_stream(lens)]),
        "dead_letter": failed_stream(lens),
    }


def _role_streams(name: str, lenses: list[str], settings: Settings) -> dict[str, Any]:
    """The topology fields of a core role's spec; the lenses configured decide the
    coordinator's outputs and the aggregator's inputs."""
    lens_tasks = [lens_stream(lens) for lens in lenses]
    suggestions = [suggestions_stream(lens) for lens in lenses]
    streams: dict[str, dict[str, Any]] = {
        "coordinator": {"inputs": [TASKS], "group": COORDINATOR_GROUP, "outputs": lens_tasks},
        "aggregator": {"inputs": suggestions, "group": AGGREGATOR_GROUP, "outputs": [SUMMARY]},
        "webhook": {"inputs": [SUMMARY], "group": WEBHOOK_GROUP, "outputs": []},
    }
    if name not in streams:
        raise SpecError(f"unknown role '{name}' (roles: {', '.join(sorted(streams))})")
    fields = streams[name]
    fields["inputs"] = _partitioned(settings, fields["inputs"])
    fields["outputs"] = _partitioned(settings, fields["outputs"])
    return {"name": name, **fields, "dead_letter": failed_stream(name)}


def role_spec(settings: Settings, name: str) -> AgentSpec:
    """This process's spec: MESH_SPEC if set, else ``<spec_dir>/<name>.yaml`` (env overrides)."""
    derived = _role_streams(name, sorted(lens_specs(settings)), settings)
    path = settings.spec or spec_dir(settings) / f"{name}.yaml"
    return _markers_outlive_state(load_spec(path, derived=derived), settings)


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
        found[lens] = load_spec(path, env=False, derived=lens_streams(lens, settings))
    if not found:
        raise SpecError(f"no lens specs ({LENS_PREFIX}*.yaml) in {spec_dir(settings)}")
    return found


def lens_spec(settings: Settings, lens: str) -> AgentSpec:
    """One lens's spec with env overrides: MESH_SPEC if set, else ``lens-<lens>.yaml``."""
    path = settings.spec or spec_dir(settings) / f"{LENS_PREFIX}{lens}.yaml"
    if not path.exists():
        known = ", ".join(sorted(lens_specs(settings))) or "none"
        raise SpecError(f"unknown lens '{lens}': no {path} (configured lenses: {known})")
    spec = load_spec(path, derived=lens_streams(lens, settings))
    return _markers_outlive_state(spec, settings)


def topology(settings: Settings) -> list[tuple[str, str]]:
    """Every (stream, consumer group) pair of the mesh, derived from the lens names, in
    every partition (partition by partition)."""
    lenses = sorted(lens_specs(settings))
    pairs = [(TASKS, COORDINATOR_GROUP)]
    for lens in lenses:
        pairs += [(lens_stream(lens), lens_group(lens))]
        pairs += [(suggestions_stream(lens), AGGREGATOR_GROUP)]
    pairs.append((SUMMARY, WEBHOOK_GROUP))
    lay = layout_of(settings)
    return [(lay.name(s, p), g) for p in range(lay.count) for s, g in pairs]
