"""What the rules read off each pattern's parse tree, kept beside the bytecode between runs.

Building the lenses reads the parse trees of about 1,300 gated patterns three times each: the
literals every match needs (``gate.needed_literals``), the words a match starts with
(``gate.first_words``) and the attitude index's alternatives (``attitude.index``). That was
about half of a lens process's start-up CPU (3 of 6 s), paid again by every replica and every
restart. A reading depends only on the pattern, its flags, the code that reads it and the
Python version (whose parser builds the tree), so, like bytecode, it is saved in
``__pycache__`` the first time the rules are built (``save``) and read back after. The file's
name carries a digest of the reading code and the Python version: a change to either starts a
new file, and a changed pattern is a new key. A missing, unreadable or unwritable file costs
only the time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger("mesh.rules")
T = TypeVar("T")
Key = tuple[str, str, int]  # what is read, the pattern, its flags

_HERE = Path(__file__).resolve().parent
# the code that reads the trees (the index ranks literals by its own and the words' lists)
READERS = (_HERE / "gate.py", _HERE / "attitude" / "index.py", _HERE / "words" / "__init__.py")


def _path() -> Path:
    digest = hashlib.sha256(sys.version.encode())
    for reader in READERS:
        digest.update(reader.read_bytes())
    return _HERE / "__pycache__" / f"parse-readings.{digest.hexdigest()[:16]}.marshal"


class Readings:
    """The readings of one process: those loaded from the file, those made here."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._saved: dict[Key, Any] | None = None  # loaded on the first look-up
        self._used: dict[Key, Any] = {}
        self.missed = 0

    def read(self, what: str, pattern: str, flags: int, reader: Callable[[], T]) -> T:
        """The reading ``what`` of (``pattern``, ``flags``): saved, or ``reader()``."""
        key = (what, pattern, int(flags))  # an int, not a re.RegexFlag: marshal writes ints
        if self._saved is None:
            self._saved = self.saved()
        if key in self._saved:
            value: T = self._saved[key]
        else:
            value = reader()
            self.missed += 1
        self._used[key] = value
        return value

    def save(self) -> None:
        """Write the readings this process used, when any was not in the file (atomically:
        processes starting together each write a whole file)."""
        if not self.missed:
            return
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            tmp.write_bytes(marshal.dumps(self._used))
            os.replace(tmp, self.path)
            self.missed = 0
        except OSError as e:  # a read-only install: every start reads the trees again
            log.debug("pattern readings not saved to %s: %s", self.path, e)
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def saved(self) -> dict[Key, Any]:
        """What the file holds (empty when it is missing or damaged)."""
        try:
            loaded = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return loaded if isinstance(loaded, dict) else {}


READINGS = Readings(_path())
