"""Where a running `mesh up` listens, recorded so the client commands find it from anywhere.

`mesh up` writes the same record twice: ``<data dir>/current.json`` (next to its Redis data)
and a per-user file, ``$XDG_STATE_HOME/agentic-mesh/current`` (``~/.local/state/...`` when
unset), so `mesh submit` works from any directory. The record holds the launcher's pid: a
record whose process is gone (Ctrl-C, a crash, a reboot) is stale and is ignored.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from shared.redact import without_password

RECORD_NAME = "current.json"


@dataclass(frozen=True)
class Running:
    """A running mesh: its API and Redis (without password), its data dir and launcher pid."""

    api_url: str
    redis_url: str
    data_dir: str
    pid: int

    def alive(self) -> bool:
        """Whether the launcher that wrote this record still runs."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # another user's process with that pid: not ours, not alive
            return False
        return True


def user_state_file() -> Path:
    """The per-user record: ``$XDG_STATE_HOME/agentic-mesh/current``."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "agentic-mesh" / "current"


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        os.fchmod(fd, 0o600)
        out.write(text)


def record(data_dir: Path, api_url: str, redis_url: str) -> Running:
    """Record this process as the running mesh (never with the Redis password)."""
    running = Running(api_url, without_password(redis_url), str(data_dir.resolve()), os.getpid())
    text = json.dumps(asdict(running))
    _write_private(data_dir / RECORD_NAME, text)
    _write_private(user_state_file(), text)
    return running


def forget(data_dir: Path) -> None:
    """Remove this process's records (on a clean stop); another mesh's record is left alone."""
    for path in (data_dir / RECORD_NAME, user_state_file()):
        found = _read(path)
        if found is not None and found.pid == os.getpid():
            path.unlink(missing_ok=True)


def _read(path: Path) -> Running | None:
    try:
        data = json.loads(path.read_text())
        return Running(str(data["api_url"]), str(data["redis_url"]), str(data["data_dir"]),
                       int(data["pid"]))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def find(data_dir: Path) -> tuple[Running | None, bool]:
    """The recorded mesh, the local data dir's first, then the user's; and whether a record
    was found at all (so a caller can tell "stale" from "never started")."""
    seen = False
    for path in (data_dir / RECORD_NAME, user_state_file()):
        found = _read(path)
        if found is None:
            continue
        seen = True
        if found.alive():
            return found, True
    return None, seen
