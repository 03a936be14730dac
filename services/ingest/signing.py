"""Signing webhook deliveries: the Standard Webhooks scheme, plus the X-Mesh one for a release.

Standard Webhooks (https://www.standardwebhooks.com): ``webhook-id``, ``webhook-timestamp``
(unix seconds) and ``webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>``.
The key is the secret's bytes: a ``whsec_<base64>`` secret is base64-decoded (what the
``standardwebhooks`` libraries do with it); any other secret is used as its UTF-8 bytes, so a
receiver verifies with ``Webhook(secret.encode())``.

The ``X-Mesh-*`` headers (HMAC-SHA256 of "<timestamp>.<body>" with the secret string, hex)
are still sent for one release, so receivers can move over; they will then be removed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Mapping

from shared.errors import MeshError

SECRET_PREFIX = "whsec_"
ID_HEADER = "webhook-id"
TIMESTAMP = "webhook-timestamp"
SIGNATURE = "webhook-signature"
LEGACY_TIMESTAMP = "X-Mesh-Timestamp"
LEGACY_SIGNATURE = "X-Mesh-Signature"
LEGACY_DELIVERY = "X-Mesh-Delivery"
TOLERANCE_S = 300.0  # what receivers accept: a timestamp older (or newer) than this is a replay


class WebhookSecretError(MeshError):
    """MESH_WEBHOOK_SECRET cannot be used as a signing key."""


def secret_key(secret: str) -> bytes:
    """The HMAC key of a secret: ``whsec_<base64>`` decoded, else the secret's UTF-8 bytes."""
    if not secret:
        raise WebhookSecretError("the webhook secret is empty")
    if not secret.startswith(SECRET_PREFIX):
        return secret.encode()
    encoded = secret[len(SECRET_PREFIX) :]
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookSecretError("a whsec_ secret must be base64 after the prefix") from None
    if len(key) < 16:
        raise WebhookSecretError("a whsec_ secret must hold at least 16 bytes (24 base64 chars)")
    return key


def standard_signature(key: bytes, msg_id: str, timestamp: str, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256(key, "<msg_id>.<timestamp>.<body>")>``."""
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Mesh signature (deprecated): ``sha256=<hex>`` of HMAC(secret, "<ts>.<body>")."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signed_headers(
    secret: str, msg_id: str, body: bytes, now: float | None = None
) -> dict[str, str]:
    """Every signature header of one delivery attempt (both schemes)."""
    ts = str(int(time.time() if now is None else now))
    return {
        ID_HEADER: msg_id,
        TIMESTAMP: ts,
        SIGNATURE: standard_signature(secret_key(secret), msg_id, ts, body),
        LEGACY_TIMESTAMP: ts,
        LEGACY_SIGNATURE: sign(secret, ts, body),
        LEGACY_DELIVERY: msg_id,
    }


def _fresh(timestamp: str, tolerance_s: float) -> bool:
    try:
        return abs(time.time() - float(timestamp)) <= tolerance_s
    except ValueError:
        return False


def verify(
    secret: str, headers: Mapping[str, str], body: bytes, tolerance_s: float = TOLERANCE_S
) -> bool:
    """What a receiver runs (Standard Webhooks): some ``v1`` signature in the space-separated
    list matches and the timestamp is fresh."""
    lower = {k.lower(): v for k, v in headers.items()}
    msg_id, ts = lower.get(ID_HEADER, ""), lower.get(TIMESTAMP, "")
    if not msg_id or not _fresh(ts, tolerance_s):
        return False
    expected = standard_signature(secret_key(secret), msg_id, ts, body)
    given = lower.get(SIGNATURE, "").split(" ")
    return any(hmac.compare_digest(expected, sig) for sig in given if sig.startswith("v1,"))


def verify_signature(
    secret: str, timestamp: str, body: bytes, signature: str, tolerance_s: float = TOLERANCE_S
) -> bool:
    """The X-Mesh check (deprecated): the signature matches and the timestamp is fresh."""
    return _fresh(timestamp, tolerance_s) and hmac.compare_digest(
        sign(secret, timestamp, body), signature
    )
