"""AgentSpec files for tests: a generic one, or the packaged ones with some fields changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def write_spec(path: Path, **fields: Any) -> Path:
    """Write an AgentSpec YAML file with sensible test defaults."""
    spec = {"name": "echo", "inputs": ["in"], "group": "g", "outputs": ["out"]} | fields
    path.write_text(yaml.safe_dump(spec))
    return path


def copy_specs(out: Path, overrides: dict[str, dict[str, Any]]) -> Path:
    """The packaged specs copied to ``out``, each ``<name>.yaml`` in ``overrides`` updated
    with its fields (a nested ``model`` mapping is merged); returns ``out`` for MESH_SPEC_DIR."""
    from services.contract.specs import PACKAGED

    out.mkdir(parents=True, exist_ok=True)
    for p in PACKAGED.glob("*.yaml"):
        spec = yaml.safe_load(p.read_text())
        changes = dict(overrides.get(p.stem, {}))
        if "model" in changes:
            spec["model"] = {**spec.get("model", {}), **changes.pop("model")}
        spec.update(changes)
        (out / p.name).write_text(yaml.safe_dump(spec))
    return out
