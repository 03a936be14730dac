"""The shipped dashboard and alert rules see a partitioned stream (``doc.review.tone{p3}``)
as the stream it is a partition of: every regex they apply to the ``stream`` label matches
both the untagged and the tagged name, and names the same logical stream for both."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from services.contract.streams import (
    SUMMARY,
    TASKS,
    failed_stream,
    lens_stream,
    suggestions_stream,
)
from shared.partitions import Layout
from tests.support import ROOT

OBS = ROOT / "deploy" / "observability"
# label_replace(v, "dst", "replacement", "stream", "regex"): the regex is applied to `stream`.
_RELABEL = re.compile(r'"(\w+)",\s*"([^"]*)",\s*"stream",\s*"([^"]*)"\s*\)')
_MATCHER = re.compile(r'\bstream\s*(=~|!~)\s*"([^"]*)"')
TAGGED = Layout.of(12, cluster=True)
LOGICAL = [TASKS, SUMMARY, lens_stream("grammar"), suggestions_stream("tone"),
           failed_stream("clarity"), f"{suggestions_stream('tone')}.shadow.try1"]  # fmt: skip


def _exprs() -> list[str]:
    dash = json.loads((OBS / "grafana-dashboard.json").read_text())
    rules = yaml.safe_load((OBS / "prometheus-rules.yaml").read_text())
    return [t["expr"] for p in dash["panels"] for t in p["targets"]] + [
        r["expr"] for g in rules["groups"] for r in g["rules"]
    ]


def _tagged(logical: str, partition: int) -> str:
    """The name a worker gives ``logical`` in ``partition``: the tag follows the lens's
    stream name, and a shadow's suffix comes after it (``tone{p3}.shadow.try1``)."""
    base, dot_shadow, rest = logical.partition(".shadow.")
    return TAGGED.name(base, partition) + dot_shadow + rest


def _expand(match: re.Match[str], replacement: str) -> str:
    """Prometheus's (Go's) ``$N`` expansion: an unmatched group is empty."""
    return re.sub(r"\$(\d+)", lambda m: match.group(int(m.group(1))) or "", replacement)


def _relabels() -> list[tuple[str, str, str]]:
    return [found for e in _exprs() for found in _RELABEL.findall(e)]


def test_the_stream_grouped_views_relabel_by_logical_stream() -> None:
    targets = {dst for dst, _, _ in _relabels()}
    assert targets == {"logical_stream", "partition"}, targets


@pytest.mark.parametrize("logical", LOGICAL)
def test_each_stream_regex_names_one_logical_stream_for_every_partition(logical: str) -> None:
    for dst, replacement, regex in _relabels():
        plain = re.fullmatch(regex, logical)
        assert plain is not None, f"{regex} does not match {logical}"
        for partition in (0, 3, 11):
            name = _tagged(logical, partition)
            tagged = re.fullmatch(regex, name)
            assert tagged is not None, f"{regex} does not match {name}"
            if dst == "logical_stream":
                assert _expand(plain, replacement) == logical
                assert _expand(tagged, replacement) == logical, name
            else:
                assert _expand(plain, replacement) == ""
                assert _expand(tagged, replacement) == str(partition), name


@pytest.mark.parametrize("logical", LOGICAL)
def test_every_stream_matcher_matches_the_untagged_and_the_tagged_name(logical: str) -> None:
    for e in _exprs():
        for op, regex in _MATCHER.findall(e):
            for name in (logical, _tagged(logical, 3)):
                matched = re.fullmatch(regex, name) is not None
                # A matcher that picks this stream must pick every partition of it too.
                assert matched == (re.fullmatch(regex, logical) is not None), (e, name, op)


def test_dashboard_legends_name_logical_streams_not_partitions() -> None:
    dash = json.loads((OBS / "grafana-dashboard.json").read_text())
    legends = [t.get("legendFormat", "") for p in dash["panels"] for t in p["targets"]]
    assert not [legend for legend in legends if "{{stream}}" in legend], legends
    assert any("{{logical_stream}}" in legend for legend in legends)
    assert any("{{partition}}" in legend for legend in legends)
