"""Turning an uploaded file into text: .txt, .md and .docx (with a zip-bomb guard)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from fastapi import HTTPException

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


def extract(filename: str, data: bytes, max_uncompressed: int) -> Extracted:
    """Text of an uploaded file; 415 for a type we cannot read, 422 for a broken file."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise HTTPException(
            415, f"unsupported file type '{suffix or filename}'; use .txt, .md or .docx"
        )
    if suffix == ".docx":
        return Extracted(_docx_text(data, max_uncompressed), fmt)
    if b"\x00" in data:
        raise HTTPException(422, "the file looks binary (it contains NUL bytes), not text")
    return Extracted(decode_utf8(data), fmt)


def _docx_text(data: bytes, max_uncompressed: int) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise HTTPException(422, "not a valid .docx file (it is not a zip archive)") from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    # A zip bomb declares far more than we will ever inflate: refuse before parsing.
    if total > max_uncompressed or total / packed > 200:
        raise HTTPException(
            413, f".docx expands to {total} bytes (ratio {total / packed:.0f}x): refused"
        )
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many types for a broken package
        raise HTTPException(422, f"cannot read .docx: {type(e).__name__}: {e}") from None
    # Headings and lists become Markdown so the structure lens can see them.
    out, prev_list = "", False
    for p in document.paragraphs:
        text = p.text.strip()
        if not text:
            continue
        style = (p.style.name if p.style is not None else "") or ""
        is_list = style.startswith("List")
        if style.startswith("Heading") and style[-1:].isdigit():
            text = "#" * min(int(style[-1]), 6) + " " + text
        elif style == "Title":
            text = "# " + text
        elif is_list:
            text = "- " + text
        if out:
            out += "\n" if is_list and prev_list else "\n\n"
        out += text
        prev_list = is_list
    return out
