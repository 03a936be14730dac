"""A view of the mesh's streams: length, groups, consumers, pending, lag and rate."""

from __future__ import annotations

from rich.table import Table

from shared.streaminfo import StreamRow


def render(rows: list[StreamRow], before: list[StreamRow] | None, dt: float) -> Table:
    """A table of ``rows``; with an earlier snapshot, the rate of new entries per second."""
    rate = {r.stream: r.added for r in before or []}
    table = Table("stream", "length", "rate/s", "group", "consumers", "pending", "lag")
    for r in rows:
        per_s = f"{(r.added - rate[r.stream]) / dt:.1f}" if r.stream in rate and dt > 0 else "-"
        style = "red" if r.dead_letter and r.length else None
        if not r.groups:
            table.add_row(r.stream, str(r.length), per_s, "-", "-", "-", "-", style=style)
        for g in r.groups:
            lag = "-" if g.lag is None else str(g.lag)
            table.add_row(
                r.stream, str(r.length), per_s, g.name, str(g.consumers), str(g.pending), lag,
                style=style,
            )  # fmt: skip
    return table
