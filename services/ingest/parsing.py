"""Turning an uploaded file into text: .txt, .md and .docx (in a sandbox)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import HTTPException

from services.ingest.sandbox import DocxSandbox

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "markdown",
}


@dataclass(frozen=True, slots=True)
class Extracted:
    """The text of an upload and the format it is reviewed as."""

    text: str
    format: str


def decode_utf8(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped) or a 422 saying where the bad byte is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise HTTPException(
            422, f"text is not valid UTF-8 (bad byte at offset {e.start})"
        ) from None


async def extract(filename: str, data: bytes, sandbox: DocxSandbox) -> Extracted:
    """Text of an uploaded file; 415 for a type we cannot read, 422 for a broken file.

    A .docx is read in a limited child process (see ``services.ingest.sandbox``): parsing
    it can cost far more CPU and memory than its size suggests.
    """
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise HTTPException(
            415, f"unsupported file type '{suffix or filename}'; use .txt, .md or .docx"
        )
    if suffix == ".docx":
        return Extracted(await sandbox.text(data), fmt)
    if b"\x00" in data:
        raise HTTPException(422, "the file looks binary (it contains NUL bytes), not text")
    return Extracted(decode_utf8(data), fmt)
