"""The parse-tree readings saved between runs are exactly the ones the trees give."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import services.specialist.rules.lenses  # noqa: F401  (builds every pattern, saving the readings)
from services.specialist.rules.attitude.index import alternatives
from services.specialist.rules.gate import first_words, needed_literals
from services.specialist.rules.parsecache import READINGS, Readings
from tests.support import ROOT

READERS: dict[str, Callable[[re.Pattern[str]], Any]] = {
    "needs": needed_literals, "first": first_words, "alternatives": alternatives,
}  # fmt: skip
PATTERNS = [(r"(?<![\w'’\-])(their)(?=[ \t]+(?:is|are))", re.I), (r"[a-z]+y", 0)]


def _read_all(readings: Readings) -> list[Any]:
    out = []
    for pattern, flags in PATTERNS:
        rx = re.compile(pattern, flags)
        for what, reader in READERS.items():
            out.append(readings.read(what, pattern, flags, lambda r=reader, x=rx: r(x)))
    return out


def test_readings_are_saved_once_and_read_back_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "__pycache__" / "readings.marshal"
    first = Readings(path)
    made = _read_all(first)
    assert first.missed == len(made) and not path.exists()
    first.save()
    assert path.exists() and first.missed == 0

    def refuse() -> None:
        raise AssertionError("a saved reading was parsed again")

    again = Readings(path)
    assert [again.read(w, p, f, refuse) for p, f in PATTERNS for w in READERS] == made
    assert again.missed == 0
    again.save()  # nothing new: the file is not rewritten
    assert path.read_bytes() == Readings(path).path.read_bytes()


def test_a_damaged_or_unwritable_file_only_costs_the_parse(tmp_path: Path) -> None:
    path = tmp_path / "readings.marshal"
    path.write_bytes(b"\x00not marshal")
    damaged = Readings(path)
    assert _read_all(damaged) == _read_all(Readings(tmp_path / "absent.marshal"))
    assert damaged.missed == len(PATTERNS) * len(READERS)
    (tmp_path / "ro").write_text("a file where the cache's folder would go")
    unwritable = Readings(tmp_path / "ro" / "readings.marshal")
    _read_all(unwritable)
    unwritable.save()  # logged, not raised
    assert unwritable.missed > 0


def test_the_saved_readings_are_what_their_trees_give() -> None:
    entries = sorted(Readings(READINGS.path).saved().items())
    assert len(entries) > 2000  # every gated pattern of the four lenses, three readings each
    for (what, pattern, flags), value in entries[::7]:  # every kind, every module: a seventh
        assert READERS[what](re.compile(pattern, flags)) == value, (what, pattern)


def test_the_rules_built_here_left_every_reading_they_made_in_the_file() -> None:
    from services.specialist.rules.attitude.cues import CUE_PATTERNS

    saved = Readings(READINGS.path).saved()
    rx = CUE_PATTERNS[0].rx
    assert {("needs", rx.pattern, rx.flags), ("alternatives", rx.pattern, rx.flags)} <= set(saved)


def test_the_image_build_saves_the_readings() -> None:
    # The Dockerfile's step must build every pattern (and so save their readings), not only
    # import the package, which loads nothing.
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    (code,) = re.findall(r'^RUN python -c "(.*)"$', dockerfile, re.M)
    probe = f"{code}\nimport sys\nprint('services.specialist.rules.tone' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
