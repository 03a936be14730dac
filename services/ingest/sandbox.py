"""Running .docx extraction in a limited child process, a bounded number at a time.

One fresh process per file (``services.ingest.docx_worker``), not a pool: limits set with
``setrlimit`` apply to a whole process, so a file that used up its CPU or memory ends only
its own process, and the next file starts clean. The cost is a Python start-up (~0.1 s)
per upload, small next to a review. A semaphore bounds how many run at once, so hostile
uploads cannot take every core from the event loop and the other roles.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys

from fastapi import HTTPException

from services.ingest.settings import IngestSettings

log = logging.getLogger("mesh.ingest")
TOO_COMPLEX = "document too complex"


class DocxSandbox:
    """Extracts .docx text in child processes with CPU-time and memory limits."""

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        self._slots = asyncio.Semaphore(settings.docx_workers)
        # CPU time is the limit; wall time only guards a child that stops without using CPU
        # (or one starved by a busy machine), so it is generous.
        self._wall_s = 4 * settings.docx_cpu_s + 10

    async def text(self, data: bytes) -> str:
        """The file's text, or an HTTPException (413/422, 429 when every slot stays busy)."""
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=self._wall_s)
        except TimeoutError:
            raise HTTPException(
                429, "too many .docx files are being read; retry later",
                headers={"Retry-After": str(self.settings.retry_after_s)},
            ) from None  # fmt: skip
        try:
            return await self._run(data)
        finally:
            self._slots.release()

    async def _run(self, data: bytes) -> str:
        s = self.settings
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "services.ingest.docx_worker",
            str(s.docx_cpu_s), str(s.docx_memory_bytes),
            str(s.max_docx_uncompressed_bytes), str(s.max_doc_bytes),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = await asyncio.wait_for(proc.communicate(data), timeout=self._wall_s)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            raise HTTPException(413, f"{TOO_COMPLEX} (over {self._wall_s} s)") from None
        finally:
            # A cancelled request (client gone) must not leave the child running.
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        if proc.returncode != 0:
            # Killed at its CPU limit (SIGXCPU/SIGKILL) or died at its memory limit.
            log.warning(f".docx extraction ended with {proc.returncode}: {err[-300:]!r}")
            raise HTTPException(
                413, f"{TOO_COMPLEX} (over the {s.docx_cpu_s} s CPU or memory limit)"
            )
        try:
            answer = json.loads(out)
        except ValueError:
            raise HTTPException(422, "cannot read .docx: the extractor gave no answer") from None
        if "text" in answer:
            return str(answer["text"])
        raise HTTPException(int(answer["status"]), str(answer["detail"]))
