"""The README's quick start on a fresh clone: `make up` on a port the test picks, then
`mesh submit README.md --wait`, then Ctrl-C, exactly as a new user types it.

The clone is of the committed HEAD. So the test does not download the dependencies for
minutes, the clone gets a venv whose packages come from this checkout's .venv (a .pth file)
and whose stamp says "installed"; its `mesh` runs the clone's code, not this checkout's.
"""

from __future__ import annotations

import os
import re
import signal
import site
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _quick_start_commands() -> tuple[str, str]:
    """The two commands the README's quick start tells a new user to run."""
    readme = (ROOT / "README.md").read_text()
    up = re.search(r"^make up\b", readme, re.M)
    submit = re.search(r"^(mesh submit README\.md --wait)\b", readme, re.M)
    assert up and submit, "the README's quick start no longer says `make up` / `mesh submit`"
    return "make up", submit.group(1)


def _venv_for(clone: Path, venv: Path) -> None:
    """A venv for ``clone`` with this checkout's installed packages and the clone's code."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    packages = next((venv / "lib").glob("python3*/site-packages"))
    ours = [p for p in site.getsitepackages() if p.startswith(str(ROOT / ".venv"))]
    # A plain path (not a site dir): this checkout's editable install hook in it stays off.
    (packages / "deps.pth").write_text("\n".join([str(clone), *ours]) + "\n")
    (venv / "bin" / "mesh").write_text(
        f"#!{venv}/bin/python\nimport sys\nfrom services.ops.cli import app\nsys.exit(app())\n"
    )
    (venv / "bin" / "mesh").chmod(0o755)
    (venv / ".installed").touch()  # newer than the clone's pyproject.toml: no pip run


def test_readme_quick_start_on_a_fresh_clone(tmp_path: Path) -> None:
    up_cmd, submit_cmd = _quick_start_commands()
    clone, venv, port = tmp_path / "clone", tmp_path / "venv", _free_port()
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    _venv_for(clone, venv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MESH_")}
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), COLUMNS="120",
               PATH=f"{venv}/bin:{env['PATH']}", MESH_PORT=str(port))  # fmt: skip
    env.pop("VIRTUAL_ENV", None)
    log = (tmp_path / "up.log").open("wb")
    started = time.monotonic()
    up = subprocess.Popen([*up_cmd.split(), f"VENV={venv}"], cwd=clone, env=env, stdout=log,
                          stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while "ready" not in (tmp_path / "up.log").read_text() and time.monotonic() < deadline:
            assert up.poll() is None, (tmp_path / "up.log").read_text()
            time.sleep(0.2)
        output = (tmp_path / "up.log").read_text()
        assert f"API http://127.0.0.1:{port}" in output, output  # MESH_PORT, not 8080
        ready_s = time.monotonic() - started
        assert httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code == 200
        # `mesh` is on PATH the way the README says; no MESH_API_URL: it finds the mesh.
        t0 = time.monotonic()
        user_env = {k: v for k, v in env.items() if k != "MESH_PORT"}
        review = subprocess.run(submit_cmd.split(), cwd=clone, env=user_env,
                                capture_output=True, text=True, timeout=120)  # fmt: skip
        first_review_s = time.monotonic() - t0
        assert review.returncode == 0, review.stderr
        assert "suggestions; status done" in review.stdout, review.stdout
        # ... and from any other directory, via the user's state file.
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        (elsewhere / "note.txt").write_text("We recieve feedback daily.\n")
        other = subprocess.run(["mesh", "submit", "note.txt", "--wait", "--json"],
                               cwd=elsewhere, env=user_env, capture_output=True, text=True,
                               timeout=120)  # fmt: skip
        assert other.returncode == 0, other.stderr
    finally:
        os.killpg(up.pid, signal.SIGINT)  # Ctrl-C
        up.wait(timeout=60)
        log.close()
    print(f"ready after {ready_s:.1f}s, first review {first_review_s:.1f}s")
    stopped = subprocess.run(["mesh", "streams"], cwd=clone, env=env, capture_output=True,
                             text=True, timeout=30)  # fmt: skip
    assert stopped.returncode == 1
    assert stopped.stderr.strip() == "error: no mesh is running; start one with `make up`"
