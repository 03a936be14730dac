"""What the tests share, by purpose: waiting on conditions, processes, specs, the
in-process pipeline."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
