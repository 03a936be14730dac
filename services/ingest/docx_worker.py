""".docx to Markdown-ish text, run as a child process under CPU-time and memory limits.

`python -m services.ingest.docx_worker CPU_S MEMORY_BYTES MAX_UNCOMPRESSED MAX_TEXT_BYTES`
reads the file on stdin and writes one JSON object on stdout: ``{"text": ...}`` or
``{"status": 413|422, "detail": ...}``. The limits are set with ``setrlimit`` before the
file is read or python-docx imported, so a file that costs too much CPU (SIGXCPU, then
SIGKILL at the hard limit) or memory (MemoryError) ends this process, never ingest's
event loop. This module imports only the standard library and python-docx.
"""

from __future__ import annotations

import io
import json
import os
import resource
import sys
import zipfile

# Parts python-docx parses as XML; the ratio check runs on each of them, so a stored
# (uncompressed) padding part elsewhere in the archive cannot dilute it.
PARSED_SUFFIXES = (".xml", ".rels")
MAX_RATIO = 200


class DocxRejected(Exception):
    """The file is refused; ``status`` is the HTTP status the client gets."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


def check_archive(data: bytes, max_uncompressed: int) -> None:
    """Refuse a broken zip or one whose parsed parts declare too much (a zip bomb)."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError):
        raise DocxRejected(422, "not a valid .docx file (it is not a zip archive)") from None
    total = sum(i.file_size for i in infos)
    if total > max_uncompressed:
        raise DocxRejected(413, f".docx expands to {total} bytes: refused")
    for info in infos:
        if not info.filename.lower().endswith(PARSED_SUFFIXES):
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise DocxRejected(
                413, f".docx part {info.filename} expands {ratio:.0f}x (over {MAX_RATIO}x): refused"
            )


def docx_text(data: bytes, max_uncompressed: int, max_text_bytes: int) -> str:
    """Text of a .docx, headings and lists as Markdown; 413 once it passes max_text_bytes."""
    check_archive(data, max_uncompressed)
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise  # over the memory limit: "too complex", not "broken"
    except Exception as e:  # python-docx raises many types for a broken package
        raise DocxRejected(422, f"cannot read .docx: {type(e).__name__}: {e}") from None
    # Headings and lists become Markdown so the structure lens can see them.
    parts: list[str] = []
    size, prev_list = 0, False
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
        if parts:
            text = ("\n" if is_list and prev_list else "\n\n") + text
        size += len(text.encode())
        if size > max_text_bytes:
            raise DocxRejected(
                413, f"the .docx text is over MESH_MAX_DOC_BYTES ({max_text_bytes} bytes)"
            )
        parts.append(text)
        prev_list = is_list
    return "".join(parts)


def _limit(kind: int, value: int) -> None:
    # The hard limit one above the soft one: SIGXCPU first, SIGKILL if it is ignored.
    resource.setrlimit(kind, (value, value + 1 if kind == resource.RLIMIT_CPU else value))


def main(argv: list[str]) -> int:
    """Child entry point: set the limits, extract stdin, answer in JSON on stdout."""
    cpu_s, memory, max_uncompressed, max_text = (int(a) for a in argv)
    # Lower priority: while a costly file burns its CPU budget, the API's event loop (and
    # the rest of the mesh on this host) gets the processor first.
    os.nice(10)
    _limit(resource.RLIMIT_CPU, cpu_s)
    _limit(resource.RLIMIT_AS, memory)
    data = sys.stdin.buffer.read()
    try:
        out: dict[str, object] = {"text": docx_text(data, max_uncompressed, max_text)}
    except DocxRejected as e:
        out = {"status": e.status, "detail": e.detail}
    except MemoryError:
        out = {"status": 413, "detail": "document too complex (over the memory limit)"}
    sys.stdout.write(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
