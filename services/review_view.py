"""Printing a review in the terminal: scores per lens, then each suggestion in context."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def print_review(
    console: Console, raw: bytes, suffix: str, summary: dict[str, Any], status: dict[str, Any]
) -> None:
    """Render ``summary`` for the file whose bytes are ``raw``."""
    # Offsets index the text the API extracted; for .txt/.md that is the file itself.
    text = raw.decode("utf-8", errors="replace") if suffix.lower() in (".md", ".txt") else None
    scores = Table("lens", "score", "errors", "warnings", "info", title=f"review {summary['id']}")
    for lens, report in sorted(summary.get("lenses", {}).items()):
        c = report.get("counts", {})
        scores.add_row(lens, f"{report['score']:.0f}", str(c.get("error", 0)),
                       str(c.get("warning", 0)), str(c.get("info", 0)))  # fmt: skip
    console.print(scores)
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
        head.append(f"[{s['rule']}] ", style=_STYLE.get(s["severity"], ""))
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
