"""The shipped dashboard and alert rules only use metrics the processes really export."""

from __future__ import annotations

import json
import re

import yaml
from prometheus_client import REGISTRY

import services.specialist.llm  # noqa: F401  (registers the LLM metrics)
import shared.telemetry  # noqa: F401  (registers the runtime metrics)
from tests.support import ROOT

OBS = ROOT / "deploy" / "observability"
_METRIC = re.compile(r"\b(mesh_[a-z_]+)")


def _exported() -> set[str]:
    names: set[str] = set()
    suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_sum", "_count"]}
    for family in REGISTRY.collect():
        names.add(family.name)
        names.update(family.name + s for s in suffixes.get(family.type, []))
    return names


def test_alert_rules_reference_exported_metrics() -> None:
    rules = yaml.safe_load((OBS / "prometheus-rules.yaml").read_text())
    alerts = [r for g in rules["groups"] for r in g["rules"]]
    assert {a["alert"] for a in alerts} >= {
        "MeshGroupLagGrowing",
        "MeshDeadLetters",
        "MeshNoConsumers",
    }
    exported = _exported()
    for a in alerts:
        used = set(_METRIC.findall(a["expr"]))
        assert used, a["alert"]
        assert used <= exported, f"{a['alert']} uses unknown metrics {used - exported}"


def test_dashboard_queries_reference_exported_metrics() -> None:
    dash = json.loads((OBS / "grafana-dashboard.json").read_text())
    exported = _exported()
    exprs = [t["expr"] for p in dash["panels"] for t in p["targets"]]
    assert len(exprs) >= 8
    for e in exprs:
        used = set(_METRIC.findall(e))
        assert used and used <= exported, f"unknown metrics in {e}: {used - exported}"
