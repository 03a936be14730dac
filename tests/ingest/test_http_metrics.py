"""Request metrics count every answer by route template and status, errors included."""

from __future__ import annotations

import httpx
from prometheus_client import REGISTRY


def _count(method: str, route: str, status: str) -> float:
    labels = {"method": method, "route": route, "status": status}
    return REGISTRY.get_sample_value("mesh_http_requests_total", labels) or 0.0


async def test_requests_are_counted_by_route_template_and_status(
    api: httpx.AsyncClient,
) -> None:
    route = "/v1/documents/{doc_id}"
    missing = _count("GET", route, "404")
    unmatched = _count("GET", "unmatched", "404")
    timed = REGISTRY.get_sample_value("mesh_http_request_seconds_count", {"route": route}) or 0
    assert (await api.get("/v1/documents/no-such-doc")).status_code == 404
    assert (await api.get("/no/such/route")).status_code == 404
    assert _count("GET", route, "404") == missing + 1
    assert _count("GET", "unmatched", "404") == unmatched + 1
    after = REGISTRY.get_sample_value("mesh_http_request_seconds_count", {"route": route})
    assert after == timed + 1
