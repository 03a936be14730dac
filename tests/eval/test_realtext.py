"""The real-writing counter reads README, NEWS and Markdown files, .gz ones decompressed."""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.eval.realtext import documents

PROSE = "The tool reads the files you give it and prints what it found in each one. " * 8


def test_documents_are_read_by_name_size_and_format(tmp_path: Path) -> None:
    pkg = tmp_path / "ferncast"
    pkg.mkdir()
    (pkg / "README.md").write_text(PROSE)
    (pkg / "NEWS.gz").write_bytes(gzip.compress(PROSE.encode()))
    (pkg / "README.short").write_text("Too short.")
    (pkg / "copyright").write_text(PROSE)  # not a README, NEWS or Markdown file
    found = {d.name: d.format for d in documents(tmp_path)}
    assert found == {"ferncast/README.md": "markdown", "ferncast/NEWS": "text"}
    assert all(d.text == PROSE for d in documents(tmp_path))
