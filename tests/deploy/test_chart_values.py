"""Issue 16, the Helm chart: KEDA and the network, the values a subchart and an operator use,
the image tag CI pushes, specs from one source, and the pieces a Kubernetes user expects."""

from __future__ import annotations

import os
import subprocess
import tarfile
import tomllib
from pathlib import Path
from typing import Any

import helm_python as helm
import kubernetes_validate
import pytest
import yaml

from tests.deploy.chart import CHART, RELEASE, by_kind, notes, render, with_cluster_secret
from tests.support import ROOT

K8S_VERSION = "1.31.0"
CRDS = {"ScaledObject", "TriggerAuthentication", "ServiceMonitor"}
PREFIX = f"{RELEASE}-agentic-mesh-"
KEDA_LENS = {"name": "grammar", "replicas": 1, "autoscaling": {"mode": "keda", "minReplicas": 0}}


def _valid(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``docs``, after checking every built-in kind against the Kubernetes schema."""
    for doc in docs:
        if doc["kind"] not in CRDS:
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
    return docs


def _pod_specs(docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every pod the release runs (templates of Deployments, StatefulSets, Jobs; bare Pods)."""
    pods = {n: d["spec"] for n, d in by_kind(docs, "Pod").items()}
    for kind in ("Deployment", "StatefulSet", "Job"):
        pods |= {n: d["spec"]["template"]["spec"] for n, d in by_kind(docs, kind).items()}
    return pods


def _pod_templates(docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        n: d["spec"]["template"]
        for kind in ("Deployment", "StatefulSet", "Job")
        for n, d in by_kind(docs, kind).items()
    }


def _trigger(docs: list[dict[str, Any]]) -> dict[str, Any]:
    [scaled] = by_kind(docs, "ScaledObject").values()
    [trigger] = scaled["spec"]["triggers"]
    return dict(trigger)


# KEDA and the network ----------------------------------------------------------------------------


def test_keda_with_an_external_redis_dials_the_host_tls_and_database_of_redis_url() -> None:
    values = {"redis": {"bundled": {"enabled": False}, "url": "rediss://cache.example:6380/2",
                        "existingSecret": "redis-creds"},
              "lenses": [KEDA_LENS]}  # fmt: skip
    docs = _valid(render(values))
    trigger = _trigger(docs)
    assert trigger["metadata"]["address"] == "cache.example:6380"
    assert trigger["metadata"]["enableTLS"] == "true"
    assert trigger["metadata"]["databaseIndex"] == "2"
    [auth] = by_kind(docs, "TriggerAuthentication").values()
    assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]
    assert auth["spec"]["secretTargetRef"] == [
        {"parameter": "password", "name": "redis-creds", "key": "redis-password"}
    ]
    assert not by_kind(docs, "StatefulSet")  # no bundled Redis for KEDA to dial by mistake


def test_keda_address_defaults_the_port_and_explicit_values_still_win() -> None:
    external = {"bundled": {"enabled": False}, "url": "redis://cache.example"}
    trigger = _trigger(render({"redis": external, "lenses": [KEDA_LENS]}))
    assert trigger["metadata"]["address"] == "cache.example:6379"
    meta = trigger["metadata"]
    assert (meta["enableTLS"], meta["databaseIndex"]) == ("false", "0")
    assert "authenticationRef" not in trigger  # this Redis has no password
    given = external | {"keda": {"address": "proxy:7000", "enableTLS": True}}
    trigger = _trigger(render({"redis": given, "lenses": [KEDA_LENS]}))
    meta = trigger["metadata"]
    assert (meta["address"], meta["enableTLS"]) == ("proxy:7000", "true")


def test_a_password_inside_redis_url_is_refused_when_keda_needs_it_elsewhere() -> None:
    redis = {"bundled": {"enabled": False}, "url": "redis://:secret@cache.example:6379/0"}
    with pytest.raises(helm.HelmError) as err:
        render({"redis": redis, "lenses": [KEDA_LENS]})
    assert "redis.existingSecret" in str(err.value)
    render({"redis": redis})  # without KEDA the URL is only read by the roles, which accept it


def test_keda_with_the_bundled_redis_authenticates_with_its_generated_password() -> None:
    docs = render({"lenses": [KEDA_LENS]})
    trigger = _trigger(docs)
    assert trigger["metadata"]["address"] == f"{PREFIX}redis:6379"
    [auth] = by_kind(docs, "TriggerAuthentication").values()
    assert auth["spec"]["secretTargetRef"][0]["name"] == PREFIX + "secrets"


def _redis_policy_sources(values: dict[str, Any]) -> list[dict[str, Any]]:
    policy = values.get("networkPolicy", {"enabled": True})
    docs = _valid(render(values | {"networkPolicy": policy}))
    policy = by_kind(docs, "NetworkPolicy")[PREFIX + "redis"]
    return [peer for rule in policy["spec"]["ingress"] for peer in rule["from"]]


def test_network_policy_lets_the_keda_operator_reach_the_bundled_redis() -> None:
    policy = {"enabled": True, "keda": {"namespace": "autoscalers", "podLabels": {"app": "k"}}}
    sources = _redis_policy_sources({"lenses": [KEDA_LENS], "networkPolicy": policy})
    keda = [s for s in sources if "namespaceSelector" in s]
    namespace = {"matchLabels": {"kubernetes.io/metadata.name": "autoscalers"}}
    assert keda == [{"namespaceSelector": namespace, "podSelector": {"matchLabels": {"app": "k"}}}]
    # Without a KEDA lens nothing outside the release reaches Redis.
    assert all("namespaceSelector" not in s for s in _redis_policy_sources({}))


# Schema: what a subchart and an operator set ----------------------------------------------------

OPERATOR = {
    "global": {"imageRegistry": "mirror.example", "imagePullSecrets": [{"name": "global-pull"}],
               "storageClass": "fast", "someParentValue": 1},
    "nameOverride": "review",
    "imagePullSecrets": ["pull"],
    "podAnnotations": {"team": "docs"},
    "podLabels": {"cost-center": "42"},
    "serviceAccount": {"create": True, "name": "mesh-sa", "annotations": {"iam": "role"}},
    "extraEnv": [{"name": "MESH_DOC_TTL_S", "value": "86400"}],
    "extraEnvFrom": [{"secretRef": {"name": "otel-env"}}],
    "topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
                                   "whenUnsatisfiable": "ScheduleAnyway"}],
    "priorityClassName": "mesh-critical",
}  # fmt: skip


def test_schema_accepts_the_usual_values_and_every_pod_uses_them() -> None:
    docs = _valid(render(OPERATOR))
    pods = _pod_specs(docs)
    assert len(pods) == 10  # 7 role Deployments, Redis, streams-init, the helm test pod
    for name, pod in pods.items():
        assert name.startswith(f"{RELEASE}-review-"), name  # nameOverride
        assert pod["serviceAccountName"] == "mesh-sa", name
        assert pod["automountServiceAccountToken"] is False, name
        assert pod["priorityClassName"] == "mesh-critical", name
        assert pod["imagePullSecrets"] == [{"name": "global-pull"}, {"name": "pull"}], name
        assert pod["containers"][0]["image"].startswith("mirror.example/"), name
    roles = {n: p for n, p in pods.items() if not n.endswith(("-redis", "-test-submit"))}
    for name, pod in roles.items():
        [c] = pod["containers"]
        assert {"name": "MESH_DOC_TTL_S", "value": "86400"} in c["env"], name
        assert c["envFrom"] == [{"secretRef": {"name": "otel-env"}}], name
    for template in _pod_templates(docs).values():
        meta, spec = template["metadata"], template["spec"]
        assert meta["annotations"]["team"] == "docs" and meta["labels"]["cost-center"] == "42"
        [spread] = spec["topologySpreadConstraints"]
        # each role spreads its own pods: the constraint gets the pod's selector labels
        component = meta["labels"]["app.kubernetes.io/component"]
        assert spread["labelSelector"]["matchLabels"]["app.kubernetes.io/component"] == component
        assert spread["labelSelector"]["matchLabels"]["app.kubernetes.io/name"] == "review"
    [account] = by_kind(docs, "ServiceAccount").values()
    assert account["metadata"]["name"] == "mesh-sa"
    assert account["metadata"]["annotations"] == {"iam": "role"}
    redis = by_kind(docs, "StatefulSet")[f"{RELEASE}-review-redis"]
    [claim] = redis["spec"]["volumeClaimTemplates"]
    assert claim["spec"]["storageClassName"] == "fast"


def test_fullname_override_names_every_object_and_pod_labels_cannot_steal_the_selector() -> None:
    values = {"fullnameOverride": "docs", "podLabels": {"app.kubernetes.io/component": "x"}}
    docs = _valid(render(values))
    assert all(d["metadata"]["name"].startswith("docs") for d in docs)
    for name, d in by_kind(docs, "Deployment").items():
        selector = d["spec"]["selector"]["matchLabels"]
        labels = d["spec"]["template"]["metadata"]["labels"]
        assert selector.items() <= labels.items(), name


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"image": {"repository": "r", "digest": "latest"}}, "/image/digest"),
        ({"serviceAccount": {"create": "yes"}}, "/serviceAccount/create"),
        ({"extraEnv": [{"value": "no name"}]}, "/extraEnv/0"),
        ({"topologySpreadConstraints": [{"maxSkew": 1}]}, "/topologySpreadConstraints/0"),
        ({"ingest": {"replicas": 1, "autoscaling": {"enabled": True, "minReplicas": 0}}},
         "/ingest/autoscaling/minReplicas"),
    ],
)  # fmt: skip
def test_new_values_are_checked_too(values: dict[str, Any], message: str) -> None:
    with pytest.raises(helm.HelmValuesError) as err:
        helm.Chart.load(CHART).validate_schema(values)
    assert message in str(err.value)


# Image tag --------------------------------------------------------------------------------------


def _ci_tags(ref_name: str, ref_type: str, tmp_path: Path) -> set[str]:
    """The tags image.yml pushes for a push of ``ref_name``, by running its tags step."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "image.yml").read_text())
    [step] = [s for s in workflow["jobs"]["build"]["steps"] if s.get("id") == "tags"]
    out = tmp_path / f"github_output_{ref_name}"
    env = os.environ | {
        "REPO": "Agentic-Mesh/agentic-mesh",
        "REF_NAME": ref_name,
        "REF_TYPE": ref_type,
        "SHA": "0123456789abcdef" * 2,
        "GITHUB_OUTPUT": str(out),
    }
    subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], env=env, check=True, timeout=10)
    [line] = out.read_text().splitlines()
    return set(line.removeprefix("tags=").split(","))


def test_the_default_image_is_one_ci_pushes_for_the_release_tag(tmp_path: Path) -> None:
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert chart["appVersion"] == pyproject["project"]["version"]
    [ingest] = by_kind(render(), "Deployment")[PREFIX + "ingest"]["spec"]["template"]["spec"][
        "containers"
    ]
    pushed = _ci_tags(f"v{chart['appVersion']}", "tag", tmp_path)
    assert ingest["image"] in pushed
    assert f"ghcr.io/agentic-mesh/agentic-mesh:v{chart['appVersion']}" in pushed
    main = _ci_tags("main", "branch", tmp_path)
    assert "ghcr.io/agentic-mesh/agentic-mesh:main" in main
    assert "ghcr.io/agentic-mesh/agentic-mesh:sha-0123456789ab" in main


def test_an_image_digest_pins_every_pod() -> None:
    digest = "sha256:" + "ab" * 32
    docs = render({"image": {"repository": "acme/mesh", "registry": "", "digest": digest}})
    for name, pod in _pod_specs(docs).items():
        if not name.endswith("-redis"):
            assert pod["containers"][0]["image"] == f"acme/mesh@{digest}", name


# One source of truth for the specs ----------------------------------------------------------------


def test_chart_specs_are_a_link_to_services_specs() -> None:
    link = CHART / "files" / "specs"
    assert link.is_symlink() and not Path(os.readlink(link)).is_absolute()
    assert link.resolve() == (ROOT / "services" / "specs").resolve()


def test_rendered_specs_are_the_files_in_services_specs() -> None:
    [cm] = by_kind(render(), "ConfigMap").values()
    rendered = {k: yaml.safe_load(v) for k, v in cm["data"].items()}
    source = (ROOT / "services" / "specs").glob("*.yaml")
    files = {p.name: yaml.safe_load(p.read_text()) for p in source}
    assert rendered == files


def test_spec_values_override_fields_of_the_file_and_keep_the_rest() -> None:
    values = {"coordinator": {"replicas": 1, "spec": {"params": {"max_chunks": 7}}},
              "lensSpecDefaults": {"concurrency": 5}}  # fmt: skip
    [cm] = by_kind(render(values), "ConfigMap").values()
    coordinator = yaml.safe_load(cm["data"]["coordinator.yaml"])
    source = yaml.safe_load((ROOT / "services" / "specs" / "coordinator.yaml").read_text())
    assert coordinator["params"] == source["params"] | {"max_chunks": 7}
    tone = yaml.safe_load(cm["data"]["lens-tone.yaml"])
    assert tone["concurrency"] == 5 and tone["params"]["style"] == "neutral"


def test_a_packaged_chart_carries_the_spec_files_themselves(tmp_path: Path) -> None:
    archive = helm.package(CHART, destination=tmp_path)
    with tarfile.open(archive) as tar:
        member = tar.getmember("agentic-mesh/files/specs/coordinator.yaml")
        assert member.isfile()
        data = tar.extractfile(member)
        assert data is not None
        assert data.read() == (ROOT / "services" / "specs" / "coordinator.yaml").read_bytes()


# Missing pieces ---------------------------------------------------------------------------------


def test_every_pod_runs_as_a_service_account_whose_token_is_never_mounted() -> None:
    docs = render()
    [account] = by_kind(docs, "ServiceAccount").values()
    assert account["automountServiceAccountToken"] is False
    for name, pod in _pod_specs(docs).items():
        assert pod["serviceAccountName"] == account["metadata"]["name"], name
        assert pod["automountServiceAccountToken"] is False, name
    no_account = render({"serviceAccount": {"create": False}})
    assert not by_kind(no_account, "ServiceAccount")
    assert {p["serviceAccountName"] for p in _pod_specs(no_account).values()} == {"default"}


def test_every_lens_has_a_pod_disruption_budget_unless_it_opts_out() -> None:
    pdbs = by_kind(_valid(render()), "PodDisruptionBudget")
    for lens in ("grammar", "clarity", "tone", "structure"):
        assert pdbs[f"{PREFIX}specialist-{lens}"]["spec"]["maxUnavailable"] == 1
    lenses = [{"name": "legal", "replicas": 2},
              {"name": "tone", "replicas": 3, "pdb": {"minAvailable": 2}},
              {"name": "grammar", "replicas": 1, "pdb": None}]  # fmt: skip
    pdbs = by_kind(_valid(render({"lenses": lenses})), "PodDisruptionBudget")
    assert pdbs[PREFIX + "specialist-legal"]["spec"]["maxUnavailable"] == 1
    assert pdbs[PREFIX + "specialist-tone"]["spec"]["minAvailable"] == 2
    assert PREFIX + "specialist-grammar" not in pdbs


@pytest.mark.parametrize("role", ["ingest", "coordinator", "aggregator"])
def test_hpa_option_owns_the_replicas_of_a_core_role(role: str) -> None:
    autoscaling = {"enabled": True, "minReplicas": 3, "maxReplicas": 12, "targetCPUUtilization": 60}
    docs = _valid(render({role: {"replicas": 2, "autoscaling": autoscaling}}))
    deployment = by_kind(docs, "Deployment")[PREFIX + role]
    assert "replicas" not in deployment["spec"]
    [hpa] = by_kind(docs, "HorizontalPodAutoscaler").values()
    assert hpa["spec"]["scaleTargetRef"]["name"] == PREFIX + role
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (3, 12)
    assert hpa["spec"]["metrics"][0]["resource"]["target"]["averageUtilization"] == 60
    assert by_kind(render(), "Deployment")[PREFIX + role]["spec"]["replicas"] == 2


def _redis_password(docs: list[dict[str, Any]]) -> str:
    password: str = by_kind(docs, "Secret")[PREFIX + "secrets"]["stringData"]["redis-password"]
    return password


def test_the_bundled_redis_gets_a_password_generated_once_and_kept_on_upgrade(
    tmp_path: Path,
) -> None:
    docs = render()
    first, second = _redis_password(docs), _redis_password(render())
    assert len(first) == 32 and first != second
    [redis] = by_kind(docs, "StatefulSet").values()
    [container] = redis["spec"]["template"]["spec"]["containers"]
    assert container["args"][-2:] == ["--requirepass", "$(REDIS_PASSWORD)"]
    [env] = container["env"]
    assert env["valueFrom"]["secretKeyRef"] == {"name": PREFIX + "secrets", "key": "redis-password"}
    chart = with_cluster_secret(tmp_path, {"redis-password": "kept", "webhook-secret": "w"})
    assert _redis_password(render({}, chart, upgrade=True)) == "kept"
    # Pods roll when an upgrade turns a password on (their env reads it only at start).
    before = _pod_templates(render({"redis": {"bundled": {"enabled": False}, "url": "redis://r"}}))
    after = _pod_templates(render({"redis": {"bundled": {"enabled": False}, "url": "redis://r",
                                             "auth": {"password": "p"}}}))  # fmt: skip
    name = PREFIX + "ingest"
    assert (before[name]["metadata"]["annotations"]["checksum/secrets"]
            != after[name]["metadata"]["annotations"]["checksum/secrets"])  # fmt: skip


def test_notes_tell_how_to_reach_the_api_and_submit_a_first_document() -> None:
    text = notes()
    assert f"port-forward svc/{PREFIX}ingest" in text
    assert 'curl -s -X POST "$MESH_API_URL/v1/documents"' in text
    assert "/summary" in text and f"helm test {RELEASE}" in text
    assert "API is open" in text and "X-API-Key" not in text
    ingress = {"enabled": True, "host": "mesh.acme.io", "tls": [{"hosts": ["mesh.acme.io"]}]}
    keyed = notes(
        {"secrets": {"apiKeys": "acme:k1"}, "ingest": {"replicas": 1, "ingress": ingress}}
    )
    assert "MESH_API_URL=https://mesh.acme.io" in keyed and "X-API-Key" in keyed


def _value_paths(node: Any, prefix: str = "") -> list[str]:
    """Dotted paths of every key in ``node``; list items are `key[]`, and the keys of a free-form
    map (one whose default is empty, or a resources/affinity block) are not values of their own."""
    paths = []
    if isinstance(node, dict):
        for key, child in node.items():
            path = f"{prefix}.{key}" if prefix else key
            paths.append(path)
            if key not in ("resources", "requests", "limits", "podLabels"):
                paths += _value_paths(child, path)
    elif isinstance(node, list) and node and isinstance(node[0], dict):
        paths += _value_paths(node[0], prefix + "[]")
    return paths


def test_the_chart_readme_describes_every_value() -> None:
    readme = (CHART / "README.md").read_text()
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    paths = _value_paths(values)
    assert "lenses[].autoscaling.mode" in paths and "global.imageRegistry" in paths
    missing = [p for p in paths if f"`{p}`" not in readme]
    assert missing == []


def test_helm_test_pod_is_a_test_hook_that_talks_to_the_ingest_service() -> None:
    docs = _valid(render())
    [pod] = by_kind(docs, "Pod").values()
    assert pod["metadata"]["annotations"]["helm.sh/hook"] == "test"
    [c] = pod["spec"]["containers"]
    env = {e["name"]: e.get("value") for e in c["env"]}
    assert env["MESH_TEST_URL"] == f"http://{PREFIX}ingest.review.svc:80"
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    assert c["args"] == [(CHART / "files" / "helm-test.py").read_text()]
