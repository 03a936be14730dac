"""`helm test`: submit a document to the release's ingest Service and wait for its summary.

Runs in the mesh image with the standard library only. MESH_TEST_URL is the ingest base URL;
MESH_API_KEYS ("tenant:key,...", from the release's Secret) gives the first tenant's key when
the API requires one. Exits 0 once the summary is there, 1 with the reason otherwise.
"""

import json
import os
import sys
import time
import urllib.error
import urllib.request
from typing import Any

BASE = os.environ["MESH_TEST_URL"].rstrip("/")
DEADLINE = time.monotonic() + float(os.environ.get("MESH_TEST_TIMEOUT_S", "120"))
KEYS = [p.split(":", 1)[1] for p in os.environ.get("MESH_API_KEYS", "").split(",") if ":" in p]
HEADERS = {"Content-Type": "application/json"} | ({"X-API-Key": KEYS[0]} if KEYS else {})
TEXT = "# Helm test\n\nThis document was submitted by helm test to check every lens end to end.\n"


def call(method: str, path: str, body: bytes | None = None) -> tuple[int, dict[str, Any]]:
    """One HTTP request; the status and the JSON body (an empty dict if there is none)."""
    req = urllib.request.Request(BASE + path, data=body, method=method, headers=HEADERS)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


def main() -> int:
    """Submit, then poll the summary until it is there or the deadline passes."""
    while True:  # ingest may still be starting: retry until the deadline
        try:
            code, accepted = call("POST", "/v1/documents", json.dumps({"text": TEXT}).encode())
        except OSError as err:
            code, accepted = 0, {"detail": str(err)}
        if code == 202:
            break
        if time.monotonic() > DEADLINE or code in (400, 401, 403, 413, 422):
            print(f"submit failed: HTTP {code} {accepted}", file=sys.stderr)
            return 1
        time.sleep(2)
    doc_id = accepted["id"]
    print(f"submitted {doc_id}")
    while time.monotonic() < DEADLINE:
        try:
            code, summary = call("GET", f"/v1/documents/{doc_id}/summary")
        except OSError as err:
            code, summary = 0, {"detail": str(err)}
        if code == 200:
            print(f"summary of {doc_id}: {json.dumps(summary)[:500]}")
            return 0
        if code not in (0, 409, 429, 502, 503):
            print(f"summary failed: HTTP {code} {summary}", file=sys.stderr)
            return 1
        time.sleep(1)
    print(f"no summary for {doc_id} before the deadline", file=sys.stderr)
    return 1


sys.exit(main())
