"""Terminal output of the operator tools: every table and printed view, written once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from shared.deadletter import DeadLetter
from shared.streaminfo import StreamRow

if TYPE_CHECKING:
    from services.ops.replay import Comparison

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}

console = Console()
err_console = Console(stderr=True)  # errors and progress: stdout stays the command's output


def table(
    columns: Sequence[str], rows: Iterable[Sequence[object]], title: str | None = None
) -> Table:
    """A table with ``columns`` whose cells are the ``rows`` values as text."""
    out = Table(*columns, title=title)
    for row in rows:
        out.add_row(*(str(v) for v in row))
    return out


def plain(text: str) -> None:
    """Print ``text`` as is: no rich markup or highlighting (it may hold user content)."""
    console.print(text, markup=False, highlight=False)


def error(message: str) -> None:
    """Print an error line for the operator, on stderr."""
    err_console.print("[red]error:[/red] ", end="", soft_wrap=True)
    err_console.print(message, markup=False, highlight=False, soft_wrap=True)  # one line


def print_wide(renderable: RenderableType) -> None:
    """Print without cutting cells: as wide as the content needs, even past the terminal
    (or the 80 columns rich assumes when stdout is a pipe)."""
    roomy = console.options.update_width(10_000)  # measure uncapped by the terminal width
    need = Measurement.get(console, roomy, renderable).maximum
    narrow = console.width
    console.width = max(narrow, need)  # print(width=...) is capped at the console's width
    try:
        console.print(renderable, crop=False)
    finally:
        console.width = narrow


# -- streams ---------------------------------------------------------------------------------


def streams_table(rows: list[StreamRow], before: list[StreamRow] | None, dt: float) -> Table:
    """A table of ``rows``; with an earlier snapshot, the rate of new entries per second."""
    rate = {r.stream: r.added for r in before or []}
    out = Table("stream", "length", "rate/s", "group", "consumers", "pending", "lag")
    for column in out.columns:
        column.no_wrap = True
    for r in rows:
        per_s = f"{(r.added - rate[r.stream]) / dt:.1f}" if r.stream in rate and dt > 0 else "-"
        style = "red" if r.dead_letter and r.length else None
        if not r.groups:
            out.add_row(r.stream, str(r.length), per_s, "-", "-", "-", "-", style=style)
        for g in r.groups:
            lag = "-" if g.lag is None else str(g.lag)
            out.add_row(
                r.stream, str(r.length), per_s, g.name, str(g.consumers), str(g.pending), lag,
                style=style,
            )  # fmt: skip
    return out


# -- dead letters and shadow comparisons -------------------------------------------------------


def dead_letters_table(letters: list[DeadLetter]) -> Table:
    """Dead letters, one row each, the error cut to 80 characters."""
    columns = ("stream", "id", "source", "role", "version", "attempts", "error")
    rows = [
        (d.stream, d.id, d.source, d.role, d.version, d.attempts, d.error[:80]) for d in letters
    ]
    return table(columns, rows)


def print_comparison(name: str, result: Comparison) -> None:
    """A shadow's per-rule differences from production, then a few examples."""
    rows = [
        (rule, d.added, d.removed, d.changed, d.same) for rule, d in sorted(result.rules.items())
    ]
    console.print(table(("rule", "added", "removed", "changed", "same"), rows, f"shadow '{name}'"))
    console.print(
        f"{result.partials} shadow partials compared; "
        f"{result.missing_production} had no production partial"
    )
    for line in result.examples:
        plain("  " + line)


# -- a document's review -----------------------------------------------------------------------


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _scores_table(summary: dict[str, Any]) -> Table:
    rows = []
    for lens, report in sorted(summary.get("lenses", {}).items()):
        c = report.get("counts", {})
        score = f"{report['score']:.0f}"
        rows.append((lens, score, c.get("error", 0), c.get("warning", 0), c.get("info", 0)))
    columns = ("lens", "score", "errors", "warnings", "info")
    return table(columns, rows, f"review {summary['id']}")


def review_text(raw: bytes, suffix: str) -> str | None:
    """The text the API's offsets index, when it is the file itself (.txt/.md)."""
    return raw.decode("utf-8", errors="replace") if suffix.lower() in (".md", ".txt") else None


def print_review(text: str | None, summary: dict[str, Any], status: dict[str, Any]) -> None:
    """Render ``summary``: scores, then each suggestion (with line:column given ``text``)."""
    console.print(_scores_table(summary))
    if summary.get("missing_lenses"):
        console.print(
            f"[yellow]partial review: no answer from {summary['missing_lenses']}[/yellow]"
        )
    for s in summary.get("suggestions", []):
        where = ""
        if text is not None:
            line, col = _line_col(text, s["start"])
            where = f"{line}:{col} "
        head = Text(f"{where}", style="dim")
        head.append(f"[{s['rule']}] ", style=_SEVERITY_STYLE.get(s["severity"], ""))
        head.append(s["message"])
        console.print(head)
        original = " ".join(s["original"].split())
        if len(original) > 100:
            original = original[:97] + "…"
        fix = f"  “{original}”"
        if s.get("replacement") is not None:
            fix += f" → “{s['replacement']}”"
        console.print(fix, style="dim", markup=False, highlight=False)
    n = len(summary.get("suggestions", []))
    console.print(f"{n} suggestions; status {status['status']}")
