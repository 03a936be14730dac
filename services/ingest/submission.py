"""Reading and checking a submission: JSON or a multipart upload, within every limit."""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException, Request
from pydantic import ValidationError

from services.contract.models import STYLES
from services.ingest.models import SubmitRequest
from services.ingest.parsing import decode_utf8, extract
from services.ingest.sandbox import DocxSandbox
from services.ingest.settings import IngestSettings
from services.ingest.urls import UnsafeURL, check_webhook_url

# The multipart form of POST /v1/documents, for the OpenAPI document.
UPLOAD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "format": "binary"},
        "title": {"type": "string"},
        "webhook_url": {"type": "string"},
        "lenses": {"type": "string", "description": "comma-separated"},
        "style": {"type": "string", "enum": list(STYLES)},
    },
}


def _too_large(settings: IngestSettings, what: str = "request body") -> HTTPException:
    return HTTPException(413, f"{what} over MESH_MAX_DOC_BYTES ({settings.max_doc_bytes})")


async def read_submission(
    request: Request, settings: IngestSettings, sandbox: DocxSandbox
) -> SubmitRequest:
    """The submission in the request body; 413/415/422 say what is wrong with it."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > settings.max_doc_bytes:
        raise _too_large(settings)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        raw = await request.body()
        if len(raw) > settings.max_doc_bytes:
            raise _too_large(settings)
        try:
            return SubmitRequest.model_validate_json(decode_utf8(raw))
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "body"
            raise HTTPException(422, f"{where}: {first['msg']}") from None
    if ctype == "multipart/form-data":
        return await _read_upload(request, settings, sandbox)
    raise HTTPException(415, "send application/json or multipart/form-data (field 'file')")


async def _read_upload(
    request: Request, settings: IngestSettings, sandbox: DocxSandbox
) -> SubmitRequest:
    form = await request.form(max_files=1, max_fields=20)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(422, "multipart upload needs a 'file' field")
    data = await upload.read(settings.max_doc_bytes + 1)
    if len(data) > settings.max_doc_bytes:
        raise _too_large(settings, "file")
    doc = await extract(upload.filename or "", data, sandbox)
    fields: dict[str, Any] = {"text": doc.text, "format": doc.format, "title": upload.filename}
    for name in ("title", "webhook_url"):
        if isinstance(value := form.get(name), str) and value:
            fields[name] = value
    if isinstance(value := form.get("style"), str) and value:
        fields["metadata"] = {"style": value}
    if isinstance(value := form.get("lenses"), str) and value.strip():
        fields["lenses"] = [x.strip() for x in value.split(",") if x.strip()]
    try:
        return SubmitRequest.model_validate(fields)
    except ValidationError as e:
        raise HTTPException(422, e.errors()[0]["msg"]) from None


async def check_submission(sub: SubmitRequest, settings: IngestSettings, lenses: list[str]) -> None:
    """422 with the reason when the submission cannot be reviewed as asked."""
    if not sub.text.strip():
        raise HTTPException(422, "text: the document is empty")
    if sub.lenses is not None:
        unknown = sorted(set(sub.lenses) - set(lenses))
        if unknown or not sub.lenses:
            raise HTTPException(422, f"lenses: unknown {unknown}; choose from {lenses}")
    if sub.title is not None and len(sub.title) > settings.max_title_chars:
        raise HTTPException(
            422, f"title: longer than MESH_MAX_TITLE_CHARS ({settings.max_title_chars})"
        )
    # Compact JSON, as it is stored: the size a document's metadata costs Redis.
    meta_bytes = len(json.dumps(sub.metadata, separators=(",", ":")).encode())
    if meta_bytes > settings.max_metadata_bytes:
        raise HTTPException(
            422, f"metadata: {meta_bytes} bytes as JSON, over MESH_MAX_METADATA_BYTES "
            f"({settings.max_metadata_bytes})",
        )  # fmt: skip
    style = sub.metadata.get("style")
    if style is not None and style not in STYLES:
        raise HTTPException(422, f"metadata.style must be one of {list(STYLES)}")
    if sub.webhook_url:
        try:
            await check_webhook_url(sub.webhook_url, settings.webhook_allow_private)
        except UnsafeURL as e:
            raise HTTPException(422, f"webhook_url: {e}") from None
