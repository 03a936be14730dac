"""Following a document's review from the command line: its Server-Sent Events drive a
progress bar until the summary arrives (``mesh submit --wait``)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
from rich.progress import BarColumn, Progress, TextColumn

from services.ops import render

RECONNECTS = 5  # a dropped stream is resumed from the last event this many times


class FollowFailed(Exception):
    """The event stream could not be read to its end (HTTP error, timeout, no server)."""


@dataclass(frozen=True, slots=True)
class Frame:
    """One Server-Sent Event."""

    id: str
    event: str
    data: Any


def frames(lines: Iterator[str]) -> Iterator[Frame]:
    """The events in a stream's lines (comments, the heartbeats, are skipped)."""
    fields: dict[str, str] = {}
    for line in lines:
        if line.startswith(":"):
            continue
        if line == "":
            if "event" in fields:
                yield Frame(fields.get("id", ""), fields["event"], json.loads(fields["data"]))
            fields = {}
            continue
        name, _, value = line.partition(":")
        fields[name] = value.removeprefix(" ")


def follow(client: httpx.Client, doc_id: str, timeout_s: float, show: bool) -> Frame | None:
    """Show the document's progress until its ``summary`` (or ``failed``) event; None when
    the stream had already ended (the caller reads the state). FollowFailed otherwise."""
    deadline = time.monotonic() + timeout_s
    last: str | None = None
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[st]}"))
    with Progress(*columns, console=render.err_console, transient=True, disable=not show) as bar:
        task = bar.add_task("reviewing", total=None, st="queued")
        for _ in range(RECONNECTS):
            headers = {"Last-Event-ID": last} if last else {}
            left = max(deadline - time.monotonic(), 0.1)
            try:
                with client.stream("GET", f"/v1/documents/{doc_id}/events", headers=headers,
                                   timeout=httpx.Timeout(left, read=left)) as resp:  # fmt: skip
                    if resp.status_code == 204:
                        return None
                    if resp.status_code >= 400:
                        resp.read()
                        raise FollowFailed(f"HTTP {resp.status_code}: {resp.text[:200]}")
                    for frame in frames(resp.iter_lines()):
                        last = frame.id
                        if frame.event != "progress":
                            return frame
                        done, expected = frame.data["done"], frame.data["expected"]
                        bar.update(task, completed=done, total=expected, st=f"{done}/{expected}")
            except httpx.TimeoutException:
                raise FollowFailed(f"no summary for {doc_id} after {timeout_s:.0f}s") from None
            except httpx.HTTPError as e:
                if time.monotonic() > deadline:
                    raise FollowFailed(f"the event stream broke: {e}") from None
    raise FollowFailed(f"the event stream of {doc_id} kept ending before its summary")
