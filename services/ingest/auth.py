"""API keys per tenant: who is calling, from ``Authorization: Bearer`` or ``X-API-Key``."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, replace
from typing import Any

import yaml
from fastapi import HTTPException, Request

from services.ingest.quotas import Limits
from services.ingest.settings import IngestSettings
from shared.errors import MeshError

log = logging.getLogger("mesh.ingest")
OPEN_TENANT = "default"
LIMIT_FIELDS = frozenset({"rpm", "in_flight"})


class KeyConfigError(MeshError):
    """The API key configuration cannot be read."""


def load_keys(settings: IngestSettings) -> dict[str, str]:
    """Map of API key → tenant from MESH_API_KEYS (tenant:key,...) and MESH_API_KEYS_FILE
    (YAML/JSON: ``key: tenant`` or ``key: {tenant: t, rpm: 600, in_flight: 100}``)."""
    keys: dict[str, str] = {}
    if settings.api_keys is not None:
        for part in filter(
            None, (p.strip() for p in settings.api_keys.get_secret_value().split(","))
        ):
            tenant, sep, key = part.partition(":")
            if not sep or not tenant or not key:
                raise KeyConfigError("MESH_API_KEYS entries must look like tenant:key")
            keys[key] = tenant
    keys.update({key: entry.tenant for key, entry in _read_keys_file(settings).items()})
    return keys


@dataclass(frozen=True, slots=True)
class _Entry:
    tenant: str
    limits: dict[str, int]  # the limits the entry sets (rpm, in_flight)


def _read_keys_file(settings: IngestSettings) -> dict[str, _Entry]:
    """MESH_API_KEYS_FILE: each key maps to a tenant name, or to ``{tenant, rpm?,
    in_flight?}`` to set that tenant's limits too."""
    if settings.api_keys_file is None:
        return {}
    try:
        raw = settings.api_keys_file.read_text()
        data = json.loads(raw) if raw.lstrip().startswith("{") else yaml.safe_load(raw)
    except (OSError, ValueError, yaml.YAMLError) as e:
        raise KeyConfigError(f"cannot read MESH_API_KEYS_FILE: {e}") from None
    if not isinstance(data, dict):
        raise KeyConfigError("MESH_API_KEYS_FILE must map API keys to tenant names")
    return {str(k): _entry(v) for k, v in data.items()}


def _entry(value: Any) -> _Entry:
    if not isinstance(value, dict):
        return _Entry(str(value), {})
    tenant, limits = value.get("tenant"), {k: v for k, v in value.items() if k != "tenant"}
    unknown = sorted(set(limits) - LIMIT_FIELDS)
    if not isinstance(tenant, str) or not tenant or unknown:
        raise KeyConfigError(
            "MESH_API_KEYS_FILE: an entry is a tenant name or {tenant, rpm, in_flight}"
            + (f" (unknown: {', '.join(unknown)})" if unknown else "")
        )
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in limits.values()):
        raise KeyConfigError(f"MESH_API_KEYS_FILE: tenant {tenant}'s limits must be integers >= 0")
    return _Entry(tenant, limits)


def load_limits(settings: IngestSettings) -> tuple[Limits, dict[str, Limits]]:
    """The default limits (MESH_TENANT_RPM, MESH_TENANT_IN_FLIGHT) and those of the tenants
    whose keys set some in MESH_API_KEYS_FILE (a limit not set there is the default)."""
    defaults = Limits(rpm=settings.tenant_rpm, in_flight=settings.tenant_in_flight)
    per_tenant: dict[str, Limits] = {}
    for entry in _read_keys_file(settings).values():
        if not entry.limits:
            continue
        limits = replace(defaults, **entry.limits)
        if per_tenant.setdefault(entry.tenant, limits) != limits:
            raise KeyConfigError(f"MESH_API_KEYS_FILE: two keys of {entry.tenant} set other limits")
    return defaults, per_tenant


def digest(key: str) -> bytes:
    """SHA-256 of an API key: what Tenants keeps and looks keys up by."""
    return hashlib.sha256(key.encode()).digest()


class Tenants:
    """Resolves the calling tenant; with no keys configured the API is open (local dev).

    Keys are held only as SHA-256 digests in a dict: a lookup hashes what was given and
    does one hash-table probe, so its time does not depend on where (or whether) a
    matching key sits among the configured ones, and the keys themselves are not kept.
    """

    def __init__(self, keys: dict[str, str]) -> None:
        self.digests = {digest(key): tenant for key, tenant in keys.items()}
        if not keys:
            log.warning("no API keys configured: the API is OPEN, every caller is tenant 'default'")

    def __call__(self, request: Request) -> str:
        if not self.digests:
            return OPEN_TENANT
        given = request.headers.get("x-api-key")
        auth = request.headers.get("authorization", "")
        if not given and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given:
            raise HTTPException(401, "missing API key (Authorization: Bearer <key> or X-API-Key)")
        tenant = self.digests.get(digest(given))
        if tenant is None:
            raise HTTPException(401, "invalid API key")
        return tenant
