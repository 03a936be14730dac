"""Rendering the Helm chart offline (helm-python-sdk: Helm's Go SDK, no helm binary)."""

from __future__ import annotations

from typing import Any

import helm_python as helm
import yaml

from tests.helpers import ROOT

CHART = ROOT / "helm" / "agentic-mesh"
RELEASE = "mesh"


def render(values: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every manifest the chart renders for ``values``, as dicts."""
    chart = helm.Chart.load(CHART)
    chart.validate_schema(values or {})
    rendered = chart.render(values or {}, name=RELEASE, namespace="review", is_install=True)
    docs = []
    for text in rendered.values():
        docs += [d for d in yaml.safe_load_all(text) if d]
    return docs


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
