"""The `mesh` command: run a role, start the whole mesh, submit documents, inspect streams."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, TypeVar

import httpx
import typer
from pydantic import SecretStr
from redis.asyncio import Redis

from services.contract.specs import lens_specs, topology
from services.ops import render
from services.ops.launcher import Mesh, parse_replicas
from shared.connection import connect
from shared.deadletter import DeadLetters
from shared.errors import MeshError
from shared.settings import Settings, redis_url_for_log

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
streams_app = typer.Typer(no_args_is_help=False, help="Stream lengths, groups, pending and lag.")
dlq_app = typer.Typer(no_args_is_help=True, help="Dead letters: list, show, redrive, purge.")
app.add_typer(streams_app, name="streams")
app.add_typer(dlq_app, name="dlq")
console = render.console
T = TypeVar("T")


class CliSettings(Settings):
    """What the client-side commands need: where the API is and the key to use."""

    api_url: str = "http://127.0.0.1:8080"
    api_key: SecretStr | None = None


def _fail(message: str) -> typer.Exit:
    render.error(message)
    return typer.Exit(2)


# -- running roles ------------------------------------------------------------------------


@app.command()
def run(
    role: Annotated[str, typer.Argument(help="ingest | coordinator | specialist | aggregator")],
    lens: Annotated[str | None, typer.Option(help="the lens, for role 'specialist'")] = None,
) -> None:
    """Run one role in this process (what each container runs)."""
    try:
        if role == "ingest":
            from services.ingest.main import main as ingest_main

            code = ingest_main()
        elif role == "coordinator":
            from services.coordinator.main import main as coordinator_main

            code = coordinator_main()
        elif role == "aggregator":
            from services.aggregator.main import main as aggregator_main

            code = aggregator_main()
        elif role == "specialist":
            if not lens:
                raise _fail("role 'specialist' needs --lens NAME")
            from services.specialist.main import main as specialist_main

            code = specialist_main(lens)
        else:
            raise _fail(f"unknown role '{role}' (ingest, coordinator, specialist, aggregator)")
    except MeshError as e:
        raise _fail(str(e)) from None
    raise typer.Exit(code)


@app.command()
def up(
    port: Annotated[int, typer.Option(help="ingest API port")] = 8080,
    replicas: Annotated[str, typer.Option(help="e.g. grammar=2,aggregator=2")] = "",
) -> None:
    """Start the whole mesh: its own Redis unless MESH_REDIS_URL is set, a process per role."""
    settings = CliSettings()
    try:
        counts = parse_replicas(replicas)
        lenses = list(lens_specs(settings))
    except (ValueError, MeshError) as e:
        raise _fail(str(e)) from None
    mesh = Mesh(settings, port=port, replicas=counts, lenses=lenses)
    stopping = False

    def _stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    mesh.start()
    console.print(f"[bold]agentic mesh[/bold] starting: redis {redis_url_for_log(mesh.redis_url)}")
    if _wait_ready(f"{mesh.api_url}/readyz", 60, lambda: stopping):
        console.print(f"[green]ready[/green]: API {mesh.api_url}  docs {mesh.api_url}/docs")
        console.print(f"  roles: {', '.join(mesh.children)}")
        console.print(f"  logs: {settings.data_dir / 'logs'}/   try: mesh submit README.md --wait")
    while not stopping:
        time.sleep(0.2)
    console.print("stopping (draining in-flight work)…")
    codes = mesh.stop()
    bad = {n: c for n, c in codes.items() if c not in (0, None, -signal.SIGKILL)}
    console.print("stopped" + (f" (non-zero exits: {bad})" if bad else ""))


def _wait_ready(url: str, timeout_s: float, cancelled: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not cancelled():
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False


# -- client commands ----------------------------------------------------------------------


def _client(settings: CliSettings) -> httpx.Client:
    headers = {}
    if settings.api_key is not None:
        headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
    return httpx.Client(base_url=settings.api_url, headers=headers, timeout=30)


def _check(resp: httpx.Response) -> dict[str, Any]:
    if resp.status_code >= 400:
        try:
            detail = resp.json().get("detail", resp.text)
        except ValueError:
            detail = resp.text
        raise _fail(f"HTTP {resp.status_code}: {detail}")
    body: dict[str, Any] = resp.json()
    return body


@app.command()
def submit(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    wait: Annotated[bool, typer.Option(help="wait for the review and print it")] = False,
    lenses: Annotated[str, typer.Option(help="comma-separated subset of lenses")] = "",
    idempotency_key: Annotated[str, typer.Option(help="safe-retry key")] = "",
    timeout: Annotated[float, typer.Option(help="seconds to wait with --wait")] = 300.0,
) -> None:
    """Submit a .md, .txt or .docx file for review."""
    settings = CliSettings()
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
    data = {"lenses": lenses} if lenses else {}
    with _client(settings) as client:
        try:
            with file.open("rb") as fh:
                resp = client.post(
                    "/v1/documents", files={"file": (file.name, fh)}, data=data, headers=headers
                )
        except httpx.HTTPError as e:
            raise _fail(f"cannot reach {settings.api_url}: {e} (is `mesh up` running?)") from None
        doc_id = _check(resp)["id"]
        console.print(f"submitted [bold]{doc_id}[/bold]")
        if not wait:
            return
        status = _poll(client, doc_id, timeout)
        summary = _check(client.get(f"/v1/documents/{doc_id}/summary"))
    render.print_review(file.read_bytes(), file.suffix, summary, status)


def _poll(client: httpx.Client, doc_id: str, timeout_s: float) -> dict[str, Any]:
    from rich.progress import BarColumn, Progress, TextColumn

    deadline = time.monotonic() + timeout_s
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[st]}"),
                  console=console, transient=True) as bar:  # fmt: skip
        task = bar.add_task("reviewing", total=None, st="queued")
        while time.monotonic() < deadline:
            status = _check(client.get(f"/v1/documents/{doc_id}"))
            p = status["progress"]
            bar.update(task, completed=p["done"], total=p["expected"] or None, st=status["status"])
            if status["status"] in ("done", "partial", "failed"):
                return status
            time.sleep(0.25)
    raise _fail(f"no summary for {doc_id} after {timeout_s:.0f}s")


@app.command()
def status(doc_id: str) -> None:
    """Show a document's status and progress."""
    settings = CliSettings()
    with _client(settings) as client:
        s = _check(client.get(f"/v1/documents/{doc_id}"))
    console.print_json(data=s)


# -- streams and dead letters ------------------------------------------------------------------


def _redis_url(settings: Settings) -> str:
    if settings.redis_url:
        return settings.redis_url
    saved = settings.data_dir / "redis.url"
    if saved.exists():
        return saved.read_text().strip()
    raise _fail("MESH_REDIS_URL is not set and no local mesh is running (.mesh/redis.url)")


def _with_redis(job: Callable[[Redis], Awaitable[T]]) -> T:
    settings = CliSettings()

    async def go() -> T:
        redis = connect(settings, _redis_url(settings))
        try:
            return await job(redis)
        finally:
            await redis.aclose()

    return asyncio.run(go())


@streams_app.callback(invoke_without_command=True)
def streams(
    ctx: typer.Context,
    watch: Annotated[bool, typer.Option("--watch", help="refresh live until Ctrl-C")] = False,
    interval: Annotated[float, typer.Option(help="seconds between refreshes")] = 1.0,
) -> None:
    """Length, rate, groups, consumers, pending and lag of every mesh stream."""
    if ctx.invoked_subcommand:
        return
    from rich.live import Live

    from shared.streaminfo import snapshot

    names = [s for s, _ in topology(CliSettings())]
    if not watch:
        console.print(render.streams_table(_with_redis(lambda r: snapshot(r, names)), None, 0))
        return

    async def live(redis: Redis) -> None:
        before, t0 = await snapshot(redis, names), time.monotonic()
        with Live(
            render.streams_table(before, None, 0), console=console, auto_refresh=False
        ) as view:
            while True:
                await asyncio.sleep(interval)
                rows, t1 = await snapshot(redis, names), time.monotonic()
                view.update(render.streams_table(rows, before, t1 - t0), refresh=True)
                before, t0 = rows, t1

    with contextlib.suppress(KeyboardInterrupt):
        _with_redis(live)


@streams_app.command("init")
def streams_init() -> None:
    """Create every stream and consumer group (idempotent); run at install time."""
    from redis.exceptions import ResponseError

    pairs = topology(CliSettings())

    async def init(redis: Redis) -> int:
        created = 0
        for stream, group in pairs:
            try:
                await redis.xgroup_create(stream, group, id="0", mkstream=True)
                created += 1
            except ResponseError as e:
                if "BUSYGROUP" not in str(e):
                    raise
        return created

    n = _with_redis(init)
    console.print(f"{n} groups created, {len(pairs) - n} already existed")


@app.command()
def replay(
    lens: Annotated[str, typer.Option(help="the lens to re-run")],
    since: Annotated[str | None, typer.Option(help="how far back, e.g. 90m, 2h, 1d")] = None,
    from_id: Annotated[
        str | None, typer.Option(help="first stream id to replay (inclusive)")
    ] = None,
    spec: Annotated[Path | None, typer.Option(help="a candidate AgentSpec YAML")] = None,
    shadow: Annotated[str | None, typer.Option(help="write to shadow streams named NAME")] = None,
) -> None:
    """Re-run one lens over historical tasks (with --shadow: without touching production)."""
    from services.ops.replay import replay as run_replay
    from services.ops.replay import since_to_id
    from services.specialist.handler import make_specialist

    if (since is None) == (from_id is None):
        raise _fail("give exactly one of --since or --from-id")
    settings = CliSettings()
    try:
        start = from_id or since_to_id(since or "")
        result = _with_redis(
            lambda r: run_replay(
                r,
                settings,
                lens,
                lambda s: make_specialist(s, lens).handle,
                start_id=start,
                spec_path=spec,
                shadow=shadow,
            )
        )
    except MeshError as e:
        raise _fail(str(e)) from None
    console.print(
        f"replayed {result.handled} partials in {result.seconds:.1f}s "
        f"(group {result.group} removed) → {', '.join(result.outputs)}"
    )
    if shadow:
        console.print(f"compare with production: mesh compare {shadow}")


@app.command()
def compare(name: Annotated[str, typer.Argument(help="the shadow name")]) -> None:
    """How a shadow's suggestions differ from production's, per rule."""
    from services.ops.replay import compare as run_compare

    try:
        result = _with_redis(lambda r: run_compare(r, name))
    except MeshError as e:
        raise _fail(str(e)) from None
    render.print_comparison(name, result)


@dlq_app.command("list")
def dlq_list(
    stream: Annotated[str | None, typer.Option(help="one dead-letter stream")] = None,
    tenant: Annotated[str | None, typer.Option(help="only this tenant's")] = None,
    limit: int = 50,
) -> None:
    """List dead letters, newest first, with the reason."""
    letters = _with_redis(lambda r: DeadLetters(r).list(stream, limit, tenant))
    console.print(render.dead_letters_table(letters))


@dlq_app.command("show")
def dlq_show(stream: str, entry_id: str) -> None:
    """Show one dead letter in full."""
    d = _with_redis(lambda r: DeadLetters(r).get(stream, entry_id))
    if d is None:
        raise _fail(f"no dead letter {entry_id} in {stream}")
    console.print_json(data=asdict(d))


@dlq_app.command("redrive")
def dlq_redrive(
    stream: Annotated[str | None, typer.Argument(help="dead-letter stream")] = None,
    entry_id: Annotated[str | None, typer.Argument(help="entry id; omit with --all")] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="every dead letter (of STREAM if given)")
    ] = False,
) -> None:
    """Put dead letters back on their source stream."""
    if all_:
        n = _with_redis(lambda r: DeadLetters(r).redrive_all(stream))
        console.print(f"redrove {n} dead letters")
        return
    if not (stream and entry_id):
        raise _fail("give STREAM ENTRY_ID, or --all")
    new_id = _with_redis(lambda r: DeadLetters(r).redrive(stream, entry_id))
    if new_id is None:
        raise _fail(f"no dead letter {entry_id} in {stream}")
    console.print(f"redriven as {new_id}")


@dlq_app.command("purge")
def dlq_purge(
    stream: Annotated[str | None, typer.Option(help="one dead-letter stream")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="do not ask")] = False,
) -> None:
    """Delete dead letters for good."""
    if not yes and not typer.confirm(f"purge dead letters of {stream or 'every stream'}?"):
        raise typer.Exit(1)
    n = _with_redis(lambda r: DeadLetters(r).purge(stream))
    console.print(f"purged {n} dead letters")


if __name__ == "__main__":
    sys.exit(app())
