"""Rendering the Helm chart offline (helm-python-sdk: Helm's Go SDK, no helm binary)."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import helm_python as helm
import yaml

from tests.support import ROOT

CHART = ROOT / "helm" / "agentic-mesh"
RELEASE = "mesh"


def render_files(
    values: dict[str, Any] | None = None, chart: Path = CHART, *, upgrade: bool = False
) -> dict[str, str]:
    """The text of every rendered template (NOTES.txt included), by template path."""
    loaded = helm.Chart.load(chart)
    loaded.validate_schema(values or {})
    mode = {"is_upgrade": True} if upgrade else {"is_install": True}
    rendered: dict[str, str] = loaded.render(values or {}, name=RELEASE, namespace="review", **mode)
    return rendered


def render(
    values: dict[str, Any] | None = None, chart: Path = CHART, *, upgrade: bool = False
) -> list[dict[str, Any]]:
    """Every manifest the chart renders for ``values``, as dicts (NOTES.txt is not one)."""
    docs = []
    for path, text in render_files(values, chart, upgrade=upgrade).items():
        if not path.endswith("NOTES.txt"):
            docs += [d for d in yaml.safe_load_all(text) if d]
    return docs


def notes(values: dict[str, Any] | None = None) -> str:
    """What `helm install` prints after installing with ``values``."""
    [text] = [t for p, t in render_files(values).items() if p.endswith("NOTES.txt")]
    return text


def with_cluster_secret(tmp_path: Path, data: dict[str, str]) -> Path:
    """A copy of the chart whose `lookup` of a Secret answers ``data`` (as a cluster would).

    helm-python-sdk renders offline, where `lookup` finds nothing; the chart reads the cluster
    through one named template, which this copy redefines. Helm parses templates in a fixed
    order (by depth, then name descending), so `_00-…` is parsed last and its definition wins.
    The copy resolves the files/specs symlink (copytree copies what it points to).
    """
    chart = tmp_path / "chart"
    shutil.copytree(CHART, chart)
    encoded = {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}
    fake = '{{- define "mesh.clusterSecretData" -}}' + json.dumps(encoded) + "{{- end -}}"
    (chart / "templates" / "_00-cluster.tpl").write_text(fake)
    return chart


def by_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    """Manifests of one kind, by name."""
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


SCALED = {
    "lenses": [
        {"name": "grammar", "replicas": 5,
         "autoscaling": {"mode": "keda", "minReplicas": 0, "maxReplicas": 20, "lagCount": 25}},
        {"name": "clarity", "replicas": 2},
        {"name": "tone", "replicas": 0},
        {"name": "structure", "replicas": 1, "autoscaling": {"mode": "hpa", "maxReplicas": 4}},
    ],
    "redis": {"auth": {"password": "pw"}},
    "serviceMonitor": {"enabled": True},
    "networkPolicy": {"enabled": True},
    "ingest": {"replicas": 3, "ingress": {"enabled": True, "host": "review.example.com"}},
}  # fmt: skip
