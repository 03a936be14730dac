"""The Helm chart: renders, lints and validates against Kubernetes schemas; values are checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import helm_python as helm
import kubernetes_validate
import pytest

from services.contract.specs import lens_specs, role_spec
from services.contract.streams import lens_group, lens_stream, suggestions_stream
from shared.settings import Settings
from tests.deploy.chart import CHART, RELEASE, SCALED, by_kind, render

K8S_VERSION = "1.31.0"
CRDS = {"ScaledObject", "TriggerAuthentication", "ServiceMonitor"}
PROFILES = {"default": {}, "scaled": SCALED}


@pytest.mark.parametrize("profile", PROFILES)
def test_every_manifest_is_valid_for_kubernetes(profile: str) -> None:
    docs = render(PROFILES[profile])
    assert docs
    for doc in docs:
        if doc["kind"] in CRDS:
            assert doc["apiVersion"].split("/")[0] in ("keda.sh", "monitoring.coreos.com")
            assert doc["spec"], doc["metadata"]["name"]
            continue
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_chart_lints_clean() -> None:
    for values in PROFILES.values():
        report = helm.lint(CHART, values, strict=False)
        assert report["errors"] == []
        assert [m for m in report["messages"] if m["severity"] >= 2] == []


def test_default_profile_runs_every_role_with_probes_and_security() -> None:
    deployments = by_kind(render(), "Deployment")
    names = {n.removeprefix(f"{RELEASE}-agentic-mesh-") for n in deployments}
    assert names == {"ingest", "coordinator", "aggregator", "specialist-grammar",
                     "specialist-clarity", "specialist-tone", "specialist-structure"}  # fmt: skip
    for name, d in deployments.items():
        pod = d["spec"]["template"]["spec"]
        [c] = pod["containers"]
        assert c["readinessProbe"]["httpGet"]["path"] == "/readyz", name
        assert c["livenessProbe"]["httpGet"]["path"] == "/healthz", name
        sc = c["securityContext"]
        assert sc["readOnlyRootFilesystem"] and not sc["allowPrivilegeEscalation"]
        assert sc["capabilities"]["drop"] == ["ALL"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        env = {e["name"]: e.get("value") for e in c["env"]}
        assert pod["terminationGracePeriodSeconds"] > int(env["MESH_DRAIN_DEADLINE_S"])
        assert c["command"] == ["mesh"] and c["args"][0] == "run"


def test_scaled_profile_sets_replicas_and_hands_keda_the_grammar_lens() -> None:
    docs = render(SCALED)
    deployments = by_kind(docs, "Deployment")
    prefix = f"{RELEASE}-agentic-mesh-"
    assert "replicas" not in deployments[prefix + "specialist-grammar"]["spec"]  # KEDA owns it
    assert "replicas" not in deployments[prefix + "specialist-structure"]["spec"]  # HPA owns it
    assert deployments[prefix + "specialist-tone"]["spec"]["replicas"] == 0
    assert deployments[prefix + "specialist-clarity"]["spec"]["replicas"] == 2
    assert deployments[prefix + "ingest"]["spec"]["replicas"] == 3
    [scaled] = by_kind(docs, "ScaledObject").values()
    [trigger] = scaled["spec"]["triggers"]
    assert trigger["type"] == "redis-streams"
    # The chart's one copy of the naming rule agrees with the contract's.
    assert trigger["metadata"]["stream"] == lens_stream("grammar")
    assert trigger["metadata"]["consumerGroup"] == lens_group("grammar")
    assert trigger["metadata"]["lagCount"] == "25"
    assert scaled["spec"]["minReplicaCount"] == 0
    assert trigger["authenticationRef"]["name"] in by_kind(docs, "TriggerAuthentication")
    assert list(by_kind(docs, "HorizontalPodAutoscaler")) == [prefix + "specialist-structure"]
    assert by_kind(docs, "ServiceMonitor") and by_kind(docs, "NetworkPolicy")
    assert by_kind(docs, "Ingress")


def test_configmap_holds_valid_agentspecs_with_lens_overrides(tmp_path: Path) -> None:
    values: dict[str, Any] = {"lenses": [
        {"name": "grammar", "replicas": 1,
         "spec": {"concurrency": 7, "model": {"provider": "openai", "model": "m"}}},
        {"name": "legal", "replicas": 1},
    ]}  # fmt: skip
    [cm] = by_kind(render(values), "ConfigMap").values()
    assert set(cm["data"]) == {"coordinator.yaml", "aggregator.yaml", "webhook.yaml",
                               "lens-grammar.yaml", "lens-legal.yaml"}  # fmt: skip
    for name, text in cm["data"].items():  # the directory MESH_SPEC_DIR names in a pod
        (tmp_path / name).write_text(text)
    settings = Settings(spec_dir=tmp_path)
    for role in ("coordinator", "aggregator", "webhook"):
        role_spec(settings, role)  # each loads and validates as the role would
    lenses = lens_specs(settings)
    grammar = lenses["grammar"]
    assert (grammar.concurrency, grammar.model.provider, grammar.model.model) == (7, "openai", "m")
    assert grammar.model.timeout_s == 30  # defaults kept under the override
    legal = lenses["legal"]  # a fifth lens is a values change; its streams follow its name
    assert (legal.inputs, legal.group, legal.outputs) == (
        [lens_stream("legal")],
        lens_group("legal"),
        [suggestions_stream("legal")],
    )


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"lenses": [{"name": "grammar", "replicas": -1}]}, "/lenses/0/replicas"),
        ({"lenses": [{"name": "Grammar!", "replicas": 1}]}, "/lenses/0/name"),
        ({"lenses": [{"name": "g", "replicas": 1, "autoscaling": {"mode": "always"}}]}, "mode"),
        ({"redis": {"bundled": {"enabled": False}}}, "/redis/url"),
        ({"drainDeadlineSeconds": 0}, "/drainDeadlineSeconds"),
        ({"lenses": []}, "/lenses"),
        ({"replicaz": 3}, "replicaz"),
    ],
)
def test_bad_values_are_rejected_with_a_message_naming_the_field(
    values: dict[str, Any], message: str
) -> None:
    with pytest.raises(helm.HelmValuesError) as err:
        helm.Chart.load(CHART).validate_schema(values)
    assert message in str(err.value)
