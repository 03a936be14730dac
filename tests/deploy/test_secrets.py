"""Secrets in the deploy files: the chart keeps its webhook key across upgrades and rolls pods when
a secret changes; compose has no guessable default and publishes the API on loopback only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.deploy.chart import CHART, RELEASE, by_kind, render
from tests.deploy.chart import with_cluster_secret as _with_cluster_secret
from tests.support import ROOT

PREFIX = f"{RELEASE}-agentic-mesh-"


def _webhook_secret(docs: list[dict[str, Any]]) -> str:
    secret: str = by_kind(docs, "Secret")[PREFIX + "secrets"]["stringData"]["webhook-secret"]
    return secret


def _render_upgrade(chart: Path, values: dict[str, Any]) -> list[dict[str, Any]]:
    return render(values, chart, upgrade=True)


def test_the_chart_reads_the_existing_secret_with_lookup() -> None:
    template = (CHART / "templates" / "secret.yaml").read_text()
    assert 'lookup "v1" "Secret"' in template


def test_helm_upgrade_keeps_the_webhook_secret_already_in_the_cluster(tmp_path: Path) -> None:
    chart = _with_cluster_secret(tmp_path, {"webhook-secret": "kept-across-upgrades"})
    assert _webhook_secret(_render_upgrade(chart, {})) == "kept-across-upgrades"
    # A value given explicitly still wins over the one in the cluster.
    given = {"secrets": {"webhookSecret": "rotated"}}
    assert _webhook_secret(_render_upgrade(chart, given)) == "rotated"


def test_install_generates_a_long_random_webhook_secret() -> None:
    first, second = _webhook_secret(render()), _webhook_secret(render())
    assert len(first) == 48 and first != second


def _annotations(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, str]]:
    return {
        n: d["spec"]["template"]["metadata"]["annotations"] for n, d in by_kind(docs, kind).items()
    }


def test_pods_roll_exactly_when_a_secret_they_read_changes() -> None:
    keys_a = {"secrets": {"apiKeys": "t:a"}}
    before, again = (
        _annotations(render(keys_a), "Deployment"),
        _annotations(render(keys_a), "Deployment"),
    )
    after = _annotations(render({"secrets": {"apiKeys": "t:b"}}), "Deployment")
    assert before and all("checksum/secrets" in a for a in before.values())
    for name in before:
        # a re-render with a fresh random webhook key (kept in the cluster) does not roll pods
        assert before[name]["checksum/secrets"] == again[name]["checksum/secrets"], name
        assert before[name]["checksum/secrets"] != after[name]["checksum/secrets"], name


def test_bundled_redis_rolls_only_when_its_password_changes() -> None:
    def checksum(values: dict[str, Any]) -> str:
        [pod] = _annotations(render(values), "StatefulSet").values()
        return pod["checksum/redis-password"]

    pw1 = {"redis": {"auth": {"password": "one"}}}
    assert checksum(pw1) == checksum(pw1 | {"secrets": {"apiKeys": "t:a"}})
    assert checksum(pw1) != checksum({"redis": {"auth": {"password": "two"}}})


def test_compose_requires_a_webhook_secret_and_publishes_the_api_on_loopback_only() -> None:
    text = (ROOT / "deploy" / "compose.yaml").read_text()
    ingest = yaml.safe_load(text)["services"]["ingest"]
    assert ingest["ports"] == ["127.0.0.1:8080:8080"]
    secret = ingest["environment"]["MESH_WEBHOOK_SECRET"]
    assert secret.startswith("${MESH_WEBHOOK_SECRET:?")  # compose refuses to start without it
    assert "change-me" not in text
