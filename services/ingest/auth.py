"""API keys per tenant: who is calling, from ``Authorization: Bearer`` or ``X-API-Key``."""

from __future__ import annotations

import hashlib
import json
import logging

import yaml
from fastapi import HTTPException, Request

from services.ingest.settings import IngestSettings
from shared.errors import MeshError

log = logging.getLogger("mesh.ingest")
OPEN_TENANT = "default"


class KeyConfigError(MeshError):
    """The API key configuration cannot be read."""


def load_keys(settings: IngestSettings) -> dict[str, str]:
    """Map of API key → tenant from MESH_API_KEYS (tenant:key,...) and MESH_API_KEYS_FILE."""
    keys: dict[str, str] = {}
    if settings.api_keys is not None:
        for part in filter(
            None, (p.strip() for p in settings.api_keys.get_secret_value().split(","))
        ):
            tenant, sep, key = part.partition(":")
            if not sep or not tenant or not key:
                raise KeyConfigError("MESH_API_KEYS entries must look like tenant:key")
            keys[key] = tenant
    if settings.api_keys_file is not None:
        try:
            raw = settings.api_keys_file.read_text()
            data = json.loads(raw) if raw.lstrip().startswith("{") else yaml.safe_load(raw)
        except (OSError, ValueError, yaml.YAMLError) as e:
            raise KeyConfigError(f"cannot read MESH_API_KEYS_FILE: {e}") from None
        if not isinstance(data, dict):
            raise KeyConfigError("MESH_API_KEYS_FILE must map API keys to tenant names")
        keys.update({str(k): str(v) for k, v in data.items()})
    return keys


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
