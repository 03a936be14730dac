"""The `mesh` command as scripts and people use it: JSON output, exit codes, errors on stderr,
finding a running mesh from any directory, and one line (no traceback) when none runs."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from services.contract.specs import lens_spec
from services.contract.store import DocSettings
from services.ingest.app import create_app
from services.ingest.settings import IngestSettings
from services.ops import state
from services.ops.replay import overlay_spec
from shared.deadletter import dead_letter_fields
from shared.errors import MeshError
from shared.keys import DEAD_LETTER_STREAMS
from tests.support import ROOT
from tests.support.servers import serving

DOC = "# Launch notes\n\nThe the launch is TOTALLY on track!!!\n\nWe recieve feedback daily.\n"
NO_MESH = "no mesh is running; start one with `make up`"


def mesh(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `mesh ARGS` as a user would, with only MESH_* settings from ``env``."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("MESH_")}
    base.update(XDG_STATE_HOME=str(cwd / "state"), COLUMNS="80", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "services.ops.cli", *args],
        cwd=cwd, env={**base, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip


async def amesh(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(mesh, *args, cwd=cwd, env=env)


@pytest.fixture
async def api(pipeline: Redis, redis_url: str) -> AsyncIterator[str]:
    settings = IngestSettings(redis_url=redis_url, port=0, admin_key="root")
    async with serving(create_app(settings)) as base:
        yield base


def test_streams_after_the_mesh_stopped_prints_one_line_and_exits_1(tmp_path: Path) -> None:
    # What Ctrl-C leaves behind at worst: a record whose launcher is gone.
    (tmp_path / ".mesh").mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    record = {"api_url": "http://127.0.0.1:1", "redis_url": "redis://127.0.0.1:1/0",
              "data_dir": str(tmp_path / ".mesh"), "pid": int(gone.stdout)}  # fmt: skip
    (tmp_path / ".mesh" / state.RECORD_NAME).write_text(json.dumps(record))
    for args in (["streams"], ["dlq", "list"], ["streams", "--json"]):
        out = mesh(*args, cwd=tmp_path)
        assert out.returncode == 1, out
        assert out.stdout == ""
        assert NO_MESH in out.stderr and len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert "Traceback" not in out.stderr


def test_an_unreachable_redis_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    out = mesh("streams", cwd=tmp_path, env={"MESH_REDIS_URL": "redis://127.0.0.1:1/0"})
    assert out.returncode == 1
    assert "cannot reach Redis" in out.stderr and "Traceback" not in out.stderr


def test_version_help_alias_and_usage_exit_codes(tmp_path: Path) -> None:
    version = mesh("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("mesh 0.")
    for args in (["-h"], ["submit", "-h"], ["dlq", "-h"]):
        out = mesh(*args, cwd=tmp_path)
        assert out.returncode == 0 and "Usage" in out.stdout, args
    (tmp_path / "doc.md").write_text(DOC)
    for args in (["submit"], ["submit", "doc.md", "--style", "loud"], ["nonsense"],
                 ["replay", "--lens", "tone"]):  # fmt: skip
        out = mesh(*args, cwd=tmp_path)
        assert out.returncode == 2, (args, out)
        assert out.stdout == "", (args, out.stdout)


async def test_streams_shows_whole_names_and_json(redis: Redis, redis_url: str,
                                                  tmp_path: Path) -> None:  # fmt: skip
    from services.contract.specs import topology

    env = {"MESH_REDIS_URL": redis_url}
    await amesh("streams", "init", cwd=tmp_path, env=env)
    table = await amesh("streams", cwd=tmp_path, env=env)
    assert table.returncode == 0, table.stderr
    assert "…" not in table.stdout
    for stream, group in topology(DocSettings()):
        assert stream in table.stdout and group in table.stdout
    rows = json.loads((await amesh("streams", "--json", cwd=tmp_path, env=env)).stdout)
    assert {r["stream"] for r in rows} >= {s for s, _ in topology(DocSettings())}
    assert all({"length", "groups", "added"} <= r.keys() for r in rows)


async def test_dlq_show_json_has_the_envelope_as_an_object(
    redis: Redis, redis_url: str, tmp_path: Path
) -> None:
    envelope = {"key": "doc:1", "kind": "document", "tenant": "t1", "body": {"x": 1}}
    fields = dead_letter_fields(
        source="doc.review.tasks", entry_id="1-0", group="g", role="coordinator", version="1",
        attempts=3, error="boom", raw={b"e": json.dumps(envelope).encode()},
    )  # fmt: skip
    entry = (await redis.xadd("doc.failed.coordinator", fields)).decode()
    await redis.sadd(DEAD_LETTER_STREAMS, "doc.failed.coordinator")
    env = {"MESH_REDIS_URL": redis_url}
    shown = await amesh("dlq", "show", "doc.failed.coordinator", entry, "--json", cwd=tmp_path,
                        env=env)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    letter = json.loads(shown.stdout)
    assert letter["raw"]["e"] == envelope and letter["tenant"] == "t1"
    listed = json.loads((await amesh("dlq", "list", "--json", cwd=tmp_path, env=env)).stdout)
    assert [d["id"] for d in listed] == [entry]
    missing = await amesh("dlq", "show", "doc.failed.coordinator", "9-9", cwd=tmp_path, env=env)
    assert missing.returncode == 1 and "no dead letter" in missing.stderr


async def test_submit_with_options_and_get_as_json(api: str, tmp_path: Path) -> None:
    (tmp_path / "doc.md").write_text(DOC)
    env = {"MESH_API_URL": api}
    out = await amesh("submit", "doc.md", "--wait", "--json", "--title", "Launch",
                      "--style", "formal", "--lenses", "grammar,tone", cwd=tmp_path,
                      env=env)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["status"]["status"] == "done"
    assert set(result["summary"]["lenses"]) == {"grammar", "tone"}
    got = await amesh("get", result["id"], "--json", cwd=tmp_path, env=env)
    doc = json.loads(got.stdout)
    assert doc["status"]["status"] == "done" and doc["summary"]["id"] == result["id"]
    assert doc["webhook"]["status"] == "none"
    human = await amesh("get", result["id"], cwd=tmp_path, env=env)
    assert "done" in human.stdout and "webhook: none" in human.stdout
    unknown = await amesh("get", "nope", cwd=tmp_path, env=env)
    assert unknown.returncode == 1 and "HTTP 404" in unknown.stderr and unknown.stdout == ""


async def test_submit_applies_the_edits_to_a_file_and_prints_the_diff(
    api: str, tmp_path: Path
) -> None:
    (tmp_path / "doc.md").write_text(DOC)
    env = {"MESH_API_URL": api}
    out = await amesh("submit", "doc.md", "--apply", "fixed.md", cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    fixed = (tmp_path / "fixed.md").read_text()
    assert "The the" not in fixed and "We receive feedback daily." in fixed
    assert "edits applied" in out.stderr
    diff = await amesh("submit", "doc.md", "--diff", "--lenses", "grammar", cwd=tmp_path, env=env)
    assert diff.returncode == 0, diff.stderr
    assert diff.stdout.startswith("--- a/doc.md\n+++ b/doc.md\n@@")
    assert "-We recieve feedback daily.\n+We receive feedback daily.\n" in diff.stdout


async def test_submit_finds_the_recorded_mesh_from_another_directory(
    api: str, tmp_path: Path
) -> None:
    # `mesh up` ran elsewhere and wrote the user's state file; this process stands in for it.
    home = tmp_path / "home"
    (home / "state" / "agentic-mesh").mkdir(parents=True)
    record = {"api_url": api, "redis_url": "redis://unused", "data_dir": "/elsewhere",
              "pid": os.getpid()}  # fmt: skip
    (home / "state" / "agentic-mesh" / "current").write_text(json.dumps(record))
    (home / "doc.md").write_text(DOC)
    out = await amesh("submit", "doc.md", "--json", cwd=home)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["id"]


def test_replay_spec_overlay_changes_only_the_given_fields(tmp_path: Path) -> None:
    base = lens_spec(DocSettings(), "tone")
    overlay = tmp_path / "tone.yaml"
    overlay.write_text("version: candidate\nconcurrency: 3\nparams:\n  style: friendly\n")
    spec = overlay_spec(base, overlay)
    assert (spec.version, spec.concurrency) == ("candidate", 3)
    assert spec.params["style"] == "friendly"
    assert {k: v for k, v in base.params.items() if k != "style"}.items() <= spec.params.items()
    assert (spec.inputs, spec.outputs, spec.group) == (base.inputs, base.outputs, base.group)
    overlay.write_text("concurrency: zero\n")
    with pytest.raises(MeshError, match="concurrency"):
        overlay_spec(base, overlay)
    overlay.write_text("- not a mapping\n")
    with pytest.raises(MeshError, match="mapping"):
        overlay_spec(base, overlay)


def test_make_up_passes_port_only_when_given() -> None:
    given = subprocess.run(["make", "-n", "up", "PORT=9123"], cwd=ROOT, capture_output=True,
                           text=True, check=True)  # fmt: skip
    assert "mesh up --port 9123" in given.stdout
    default = subprocess.run(["make", "-n", "up"], cwd=ROOT, capture_output=True, text=True,
                             check=True)  # fmt: skip
    # No --port: `mesh up` then takes MESH_PORT from the environment.
    assert "mesh up" in default.stdout and "--port" not in default.stdout


def test_make_up_installs_the_runtime_and_make_test_the_dev_extras(tmp_path: Path) -> None:
    venv = f"VENV={tmp_path / 'venv'}"  # not installed yet: make shows every install step

    def plan(target: str) -> str:
        return subprocess.run(["make", "-n", target, venv], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout  # fmt: skip

    up, test = plan("up"), plan("test")
    assert "pip install --quiet -e ." in up and "[dev]" not in up
    assert "pip install --quiet -e '.[dev]'" in test
    ci = (ROOT / ".ci" / "run").read_text()
    assert "exec make test" in ci
