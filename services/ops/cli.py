"""The `mesh` command: run a role, start the whole mesh, submit documents, inspect streams."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated, Any, TypeVar

import httpx
import typer
from pydantic import SecretStr, ValidationError
from redis.asyncio import Redis
from redis.exceptions import AuthenticationError, ResponseError

from services.contract.models import STYLES
from services.contract.specs import lens_specs, topology
from services.ops import render, state
from services.ops.follow import FollowFailed, follow
from services.ops.launcher import Mesh, parse_replicas
from shared.connection import TRANSIENT_ERRORS, connect
from shared.deadletter import DeadLetter, DeadLetters
from shared.errors import MeshError
from shared.settings import Settings, redis_url_for_log

CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    no_args_is_help=True, add_completion=False, help=__doc__, context_settings=CONTEXT
)
streams_app = typer.Typer(
    no_args_is_help=False, help="Stream lengths, groups, pending and lag.", context_settings=CONTEXT
)
dlq_app = typer.Typer(
    no_args_is_help=True, help="Dead letters: list, show, redrive, purge.", context_settings=CONTEXT
)
app.add_typer(streams_app, name="streams")
app.add_typer(dlq_app, name="dlq")
console = render.console
T = TypeVar("T")
NO_MESH = "no mesh is running; start one with `make up`"
JsonFlag = Annotated[bool, typer.Option("--json", help="print JSON on stdout, for scripts")]


class CliSettings(Settings):
    """What the client-side commands need: where the API is and the key to use.

    ``api_url`` (MESH_API_URL) wins; unset, the commands use the mesh `mesh up` recorded
    (this directory's data dir first, then the user's state file), then MESH_PORT.
    """

    api_url: str | None = None
    api_key: SecretStr | None = None
    port: int = 8080  # MESH_PORT: where `mesh up` puts the API


def _settings() -> CliSettings:
    """The settings from the environment; a bad MESH_* value is one line, not a traceback."""
    try:
        return CliSettings()
    except ValidationError as e:
        first = e.errors()[0]
        name = "MESH_" + "__".join(str(p) for p in first["loc"]).upper()
        raise _fail(f"{name}: {first['msg']}") from None


def _fail(message: str) -> typer.Exit:
    """A failure: the message on stderr, exit code 1."""
    render.error(message)
    return typer.Exit(1)


def _usage(message: str) -> typer.Exit:
    """A usage error (bad arguments): the message on stderr, exit code 2."""
    render.error(message)
    return typer.Exit(2)


def _emit_json(data: object) -> None:
    """``data`` as JSON on stdout, unwrapped and uncoloured."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def _version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"mesh {package_version('agentic-mesh')}")
        except PackageNotFoundError:
            typer.echo("mesh (not installed as a package)")
        raise typer.Exit(0)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="print the version"),
    ] = False,
) -> None:
    """Agentic Mesh: run roles, start the mesh, submit documents, inspect streams."""


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
                raise _usage("role 'specialist' needs --lens NAME")
            from services.specialist.main import main as specialist_main

            code = specialist_main(lens)
        else:
            raise _usage(f"unknown role '{role}' (ingest, coordinator, specialist, aggregator)")
    except MeshError as e:
        raise _fail(str(e)) from None
    raise typer.Exit(code)


@app.command()
def up(
    port: Annotated[
        int | None, typer.Option(help="ingest API port [default: MESH_PORT, else 8080]")
    ] = None,
    replicas: Annotated[str, typer.Option(help="e.g. grammar=2,aggregator=2")] = "",
) -> None:
    """Start the whole mesh: its own Redis unless MESH_REDIS_URL is set, a process per role."""
    settings = _settings()
    try:
        counts = parse_replicas(replicas)
    except ValueError as e:
        raise _usage(str(e)) from None
    try:
        lenses = list(lens_specs(settings))
    except MeshError as e:
        raise _fail(str(e)) from None
    # --port, else MESH_PORT (settings.port), never a default that hides the environment.
    mesh = Mesh(settings, port=port or settings.port, replicas=counts, lenses=lenses)
    stopping = False

    def _stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    mesh.start()
    state.record(settings.data_dir, mesh.api_url, mesh.redis_url)
    console.print(f"[bold]agentic mesh[/bold] starting: redis {redis_url_for_log(mesh.redis_url)}")
    if wait_ready(mesh, 90, lambda: stopping):
        console.print(f"[green]ready[/green]: API {mesh.api_url}  docs {mesh.api_url}/docs")
        console.print(f"  pages: {mesh.api_url}/ui  (operators: {mesh.api_url}/ui/ops)")
        console.print(f"  roles: {', '.join(mesh.children)}")
        console.print(f"  logs: {settings.data_dir / 'logs'}/   try: mesh submit README.md --wait")
    elif not stopping:
        render.error(f"not every role was ready after 90 s; see {settings.data_dir / 'logs'}/")
    while not stopping:
        time.sleep(0.2)
    console.print("stopping (draining in-flight work)…")
    codes = mesh.stop()
    state.forget(settings.data_dir)
    bad = {n: c for n, c in codes.items() if c not in (0, None, -signal.SIGKILL)}
    console.print("stopped" + (f" (non-zero exits: {bad})" if bad else ""))


def wait_ready(mesh: Mesh, timeout_s: float, cancelled: Callable[[], bool]) -> bool:
    """Wait until the API answers /readyz and every role has read its group (a role reads
    only after its warm-up), so "ready" means the first review does not wait on a start."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not cancelled():
        try:
            if httpx.get(f"{mesh.api_url}/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    else:
        return False
    started = mesh.started_at
    streams = [s for s, _ in topology(mesh.settings)]

    async def roles_reading() -> bool:
        redis = connect(mesh.settings, mesh.redis_url)
        try:
            while time.monotonic() < deadline and not cancelled():
                idle_limit_ms = (time.monotonic() - started) * 1000
                seen = await consumers_seen(redis, streams, idle_limit_ms)
                if set(mesh.children) <= seen:
                    return True
                await asyncio.sleep(0.2)
            return False
        finally:
            await redis.aclose()

    return asyncio.run(roles_reading())


async def consumers_seen(redis: Redis, streams: list[str], max_idle_ms: float) -> set[str]:
    """Names of the consumers that read any of ``streams`` within the last ``max_idle_ms``."""
    seen: set[str] = set()
    for stream in streams:
        try:
            groups = await redis.xinfo_groups(stream)
        except ResponseError:  # not created yet
            continue
        for g in groups:
            for c in await redis.xinfo_consumers(stream, g["name"]):
                if c["idle"] < max_idle_ms:
                    seen.add(c["name"].decode())
    return seen


# -- client commands ----------------------------------------------------------------------


def _api_url(settings: CliSettings) -> str:
    """MESH_API_URL, else the recorded running mesh, else the local default port."""
    if settings.api_url:
        return settings.api_url
    running, _ = state.find(settings.data_dir)
    if running is not None:
        return running.api_url
    return f"http://127.0.0.1:{settings.port}"


def _client(settings: CliSettings) -> httpx.Client:
    headers = {}
    if settings.api_key is not None:
        headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
    return httpx.Client(base_url=_api_url(settings), headers=headers, timeout=30)


def _call(client: httpx.Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One API call; an unreachable API is one line on stderr, not a traceback."""
    try:
        return client.request(method, path, **kwargs)
    except httpx.HTTPError as e:
        raise _fail(f"cannot reach the API at {client.base_url} ({e}); {NO_MESH}") from None


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
    title: Annotated[str, typer.Option(help="the document's title [default: file name]")] = "",
    style: Annotated[str, typer.Option(help="tone style: formal, friendly or neutral")] = "",
    lenses: Annotated[str, typer.Option(help="comma-separated subset of lenses")] = "",
    webhook_url: Annotated[str, typer.Option(help="POST the summary here when done")] = "",
    idempotency_key: Annotated[str, typer.Option(help="safe-retry key")] = "",
    timeout: Annotated[float, typer.Option(help="seconds to wait with --wait")] = 300.0,
    apply: Annotated[
        Path | None, typer.Option(help="wait, then write the text with the edits applied here")
    ] = None,
    diff: Annotated[
        bool, typer.Option(help="wait, then print the edits as a unified diff")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Submit a .md, .txt or .docx file for review."""
    if style and style not in STYLES:
        raise _usage(f"--style must be one of {', '.join(STYLES)}, not '{style}'")
    settings = _settings()
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
    given = {"title": title, "style": style, "lenses": lenses, "webhook_url": webhook_url}
    data = {k: v for k, v in given.items() if v}
    with _client(settings) as client:
        with file.open("rb") as fh:
            resp = _call(client, "POST", "/v1/documents", files={"file": (file.name, fh)},
                         data=data, headers=headers)  # fmt: skip
        accepted = _check(resp)
        doc_id = accepted["id"]
        if not (wait or apply or diff):
            if as_json:
                _emit_json(accepted)
            else:
                console.print(f"submitted [bold]{doc_id}[/bold]")
            return
        if not as_json:  # with --diff, stdout is the diff alone (it can be piped to patch)
            (render.err_console if diff else console).print(f"submitted [bold]{doc_id}[/bold]")
        try:
            follow(client, doc_id, timeout, show=not as_json)
        except FollowFailed as e:
            raise _fail(str(e)) from None
        status = _check(_call(client, "GET", f"/v1/documents/{doc_id}"))
        summary = _check(_call(client, "GET", f"/v1/documents/{doc_id}/summary"))
        revised = _revised(client, doc_id, apply, diff)
    if as_json:
        _emit_json({"id": doc_id, "status": status, "summary": summary, **revised})
    elif diff:
        sys.stdout.write(revised["diff"])
    else:
        render.print_review(render.review_text(file.read_bytes(), file.suffix), summary, status)


def _revised(client: httpx.Client, doc_id: str, apply: Path | None, diff: bool) -> dict[str, Any]:
    """Write the revised text to ``apply`` and fetch the diff, as asked; what JSON shows."""
    out: dict[str, Any] = {}
    path = f"/v1/documents/{doc_id}/revised"
    if apply is not None:
        resp = _call(client, "GET", path)
        if resp.status_code >= 400:
            _check(resp)
        apply.write_text(resp.text, encoding="utf-8")
        out["applied"] = {"file": str(apply), "edits": int(resp.headers["x-edits-applied"])}
        render.err_console.print(f"wrote {apply} ({out['applied']['edits']} edits applied)")
    if diff:
        resp = _call(client, "GET", path, params={"format": "diff"})
        if resp.status_code >= 400:
            _check(resp)
        out["diff"] = resp.text
    return out


@app.command()
def status(doc_id: str) -> None:
    """Show a document's status and progress (JSON)."""
    settings = _settings()
    with _client(settings) as client:
        s = _check(_call(client, "GET", f"/v1/documents/{doc_id}"))
    console.print_json(data=s)


@app.command()
def get(doc_id: str, as_json: JsonFlag = False) -> None:
    """A document's status, its summary (once there is one) and its webhook's delivery."""
    settings = _settings()
    with _client(settings) as client:
        doc = _check(_call(client, "GET", f"/v1/documents/{doc_id}"))
        resp = _call(client, "GET", f"/v1/documents/{doc_id}/summary")
        summary = _check(resp) if resp.status_code != 409 else None
        webhook = _check(_call(client, "GET", f"/v1/documents/{doc_id}/webhook"))
    if as_json:
        _emit_json({"status": doc, "summary": summary, "webhook": webhook})
        return
    p = doc["progress"]
    render.plain(f"{doc_id}: {doc['status']} ({p['done']}/{p['expected']}), "
                 f"updated {doc['updated_at']}")  # fmt: skip
    hook = f"webhook: {webhook['status']}"
    if webhook.get("url"):
        hook += f" → {webhook['url']} ({webhook['attempts']} attempts)"
    if webhook.get("error"):
        hook += f"; last error: {webhook['error']}"
    render.plain(hook)
    if summary is not None:
        render.print_review(None, summary, doc)


# -- streams and dead letters ------------------------------------------------------------------


def _redis_url(settings: Settings) -> str:
    """MESH_REDIS_URL, else the Redis of the running mesh `mesh up` recorded."""
    if settings.redis_url:
        return settings.redis_url
    running, _ = state.find(settings.data_dir)
    if running is None:  # none recorded, or its launcher is gone (Ctrl-C, crash, reboot)
        raise _fail(NO_MESH)
    return running.redis_url


def _with_redis(job: Callable[[Redis], Awaitable[T]]) -> T:
    """Run ``job`` on a client for the mesh's Redis; an unreachable or refusing Redis is one
    line on stderr and exit 1, not a traceback."""
    settings = _settings()
    url = _redis_url(settings)

    async def go() -> T:
        redis = connect(settings, url)
        try:
            return await job(redis)
        finally:
            await redis.aclose()

    try:
        return asyncio.run(go())
    except AuthenticationError:
        raise _fail(f"Redis at {redis_url_for_log(url)} refused the password "
                    "(set MESH_REDIS_PASSWORD)") from None  # fmt: skip
    except ResponseError as e:
        if "NOAUTH" in str(e):
            raise _fail(f"Redis at {redis_url_for_log(url)} needs a password "
                        "(set MESH_REDIS_PASSWORD)") from None  # fmt: skip
        raise
    except TRANSIENT_ERRORS as e:
        raise _fail(f"cannot reach Redis at {redis_url_for_log(url)} ({e}); {NO_MESH}") from None


def _letter(d: DeadLetter) -> dict[str, Any]:
    """A dead letter as JSON: the original entry's envelope as an object, not a string."""
    out = asdict(d)
    raw: dict[str, Any] = {}
    for name, value in d.raw.items():
        try:
            raw[name] = json.loads(value)
        except ValueError:
            raw[name] = value
    out["raw"] = raw
    out["tenant"] = d.tenant
    return out


@streams_app.callback(invoke_without_command=True)
def streams(
    ctx: typer.Context,
    watch: Annotated[bool, typer.Option("--watch", help="refresh live until Ctrl-C")] = False,
    interval: Annotated[float, typer.Option(help="seconds between refreshes")] = 1.0,
    as_json: JsonFlag = False,
) -> None:
    """Length, rate, groups, consumers, pending and lag of every mesh stream."""
    if ctx.invoked_subcommand:
        return
    from rich.live import Live

    from shared.streaminfo import snapshot

    names = [s for s, _ in topology(_settings())]
    if watch and as_json:
        raise _usage("--watch and --json do not go together")
    if not watch:
        rows = _with_redis(lambda r: snapshot(r, names))
        if as_json:
            _emit_json([asdict(r) for r in rows])
        else:
            render.print_wide(render.streams_table(rows, None, 0))
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

    pairs = topology(_settings())

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
    spec: Annotated[
        Path | None,
        typer.Option(help="YAML of the fields to change, merged over the lens's spec"),
    ] = None,
    shadow: Annotated[str | None, typer.Option(help="write to shadow streams named NAME")] = None,
    partition: Annotated[
        str, typer.Option(help="only these partitions, e.g. 3 or 0-3,7 (default: every one)")
    ] = "",
) -> None:
    """Re-run one lens over historical tasks (with --shadow: without touching production),
    in every partition of its task stream unless --partition picks some."""
    from services.contract.models import ChunkTask
    from services.ops.replay import replay as run_replay
    from services.ops.replay import since_to_id
    from services.specialist.handler import make_specialist
    from shared.subscriber import decoding

    if (since is None) == (from_id is None):
        raise _usage("give exactly one of --since or --from-id")
    settings = _settings()
    try:
        start = from_id or since_to_id(since or "")
        result = _with_redis(
            lambda r: run_replay(
                r,
                settings,
                lens,
                lambda s: decoding(ChunkTask, make_specialist(s, lens).handle),
                start_id=start,
                spec_path=spec,
                shadow=shadow,
                partitions=partition,
            )
        )
    except MeshError as e:
        raise _fail(str(e)) from None
    console.print(
        f"replayed {result.handled} partials from {', '.join(result.inputs)} "
        f"in {result.seconds:.1f}s "
        f"(group {result.group} removed) → {', '.join(result.outputs)}"
    )
    if shadow:
        console.print(f"compare with production: mesh compare {shadow}")


@app.command()
def compare(
    name: Annotated[str, typer.Argument(help="the shadow name")], as_json: JsonFlag = False
) -> None:
    """How a shadow's suggestions differ from production's, per rule."""
    from services.ops.replay import compare as run_compare

    try:
        result = _with_redis(lambda r: run_compare(r, name))
    except MeshError as e:
        raise _fail(str(e)) from None
    if as_json:
        _emit_json({"shadow": name, **asdict(result)})
    else:
        render.print_comparison(name, result)


@dlq_app.command("list")
def dlq_list(
    stream: Annotated[str | None, typer.Option(help="one dead-letter stream")] = None,
    tenant: Annotated[str | None, typer.Option(help="only this tenant's")] = None,
    limit: int = 50,
    as_json: JsonFlag = False,
) -> None:
    """List dead letters, newest first, with the reason."""
    letters = _with_redis(lambda r: DeadLetters(r).list(stream, limit, tenant))
    if as_json:
        _emit_json([_letter(d) for d in letters])
    else:
        render.print_wide(render.dead_letters_table(letters))


@dlq_app.command("show")
def dlq_show(stream: str, entry_id: str, as_json: JsonFlag = False) -> None:
    """Show one dead letter in full, its original envelope as JSON."""
    d = _with_redis(lambda r: DeadLetters(r).get(stream, entry_id))
    if d is None:
        raise _fail(f"no dead letter {entry_id} in {stream}")
    if as_json:
        _emit_json(_letter(d))
    else:
        console.print_json(data=_letter(d))


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
        raise _usage("give STREAM ENTRY_ID, or --all")
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
