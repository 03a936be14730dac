"""Real replicated Redis topologies on loopback: a 3-primary/3-replica Redis Cluster, and a
primary + replica watched by 3 Sentinels. Both require a password (AUTH in every mode)."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared.localredis import LocalRedis, find_redis_server, free_port

PASSWORD = "cluster-test-pw"
SERVICE = "mymaster"


def _cli(port: int, *args: str, timeout: float = 5.0) -> str:
    """One redis-cli command against a local server (empty string if it does not answer)."""
    try:
        out = subprocess.run(
            ["redis-cli", "-p", str(port), "-a", PASSWORD, "--no-auth-warning", *args],
            capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return ""
    return out.stdout


def _wait(cond: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def _node(base: Path, name: str, extra: list[str]) -> LocalRedis:
    auth = ["--masterauth", PASSWORD]
    return LocalRedis(base / name, password=PASSWORD, extra_args=auth + extra)


@dataclass
class Cluster:
    """Six cluster-enabled redis-servers joined with ``redis-cli --cluster create``."""

    base: Path
    node_timeout_ms: int = 1000
    nodes: list[LocalRedis] = field(default_factory=list)

    def start(self) -> Cluster:
        """Start the nodes, create the cluster (one replica per primary), wait until healthy."""
        for i in range(6):
            extra = ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                     "--cluster-node-timeout", str(self.node_timeout_ms),
                     # Free ports are often above 55535, where port + 10000 does not exist.
                     "--cluster-port", str(free_port())]  # fmt: skip
            self.nodes.append(_node(self.base, f"node{i}", extra).start())
        addrs = [f"127.0.0.1:{n.port}" for n in self.nodes]
        subprocess.run(
            ["redis-cli", "-a", PASSWORD, "--no-auth-warning", "--cluster", "create", *addrs,
             "--cluster-replicas", "1", "--cluster-yes"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        self.wait_healthy()
        return self

    @property
    def url(self) -> str:
        """A URL naming one live node, then every other node as a further seed (a process
        that restarts while a node is down finds the cluster through another)."""
        alive = [n for n in self.nodes if n.proc is not None]
        seeds = [f"127.0.0.1:{n.port}" for n in self.nodes if n is not alive[0]]
        return ",".join([f"redis://:{PASSWORD}@127.0.0.1:{alive[0].port}/0", *seeds])

    def primaries(self) -> list[LocalRedis]:
        """The nodes that are primaries now, by CLUSTER NODES."""
        alive = [n for n in self.nodes if n.proc is not None]
        out = _cli(alive[0].port, "cluster", "nodes")
        ports = {
            int(line.split()[1].split("@")[0].rsplit(":", 1)[1])
            for line in out.splitlines()
            if "master" in line.split()[2] and "fail" not in line.split()[2]
        }
        return [n for n in alive if n.port in ports]

    def healthy(self) -> bool:
        """Every live node sees an OK cluster, and three primaries each have a replica in sync."""
        alive = [n for n in self.nodes if n.proc is not None]
        if not all("cluster_state:ok" in _cli(n.port, "cluster", "info") for n in alive):
            return False
        primaries = self.primaries()
        if len(primaries) != 3:
            return False
        return all("connected_slaves:1" in _cli(p.port, "info", "replication") for p in primaries)

    def wait_healthy(self, timeout: float = 60.0) -> None:
        """Wait until ``healthy``."""
        _wait(self.healthy, timeout, "a healthy 3+3 cluster")

    def stop(self) -> None:
        """Stop every node."""
        for n in self.nodes:
            n.stop(kill=True)


def _sentinel_conf(path: Path, port: int, primary_port: int) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    conf = path / "sentinel.conf"
    conf.write_text(
        f"port {port}\nbind 127.0.0.1\ndir {path.resolve()}\n"
        f"sentinel monitor {SERVICE} 127.0.0.1 {primary_port} 2\n"
        f"sentinel auth-pass {SERVICE} {PASSWORD}\n"
        f"sentinel down-after-milliseconds {SERVICE} 1000\n"
        f"sentinel failover-timeout {SERVICE} 4000\n"
        f"sentinel parallel-syncs {SERVICE} 1\n"
    )
    return conf


@dataclass
class SentinelSet:
    """A primary, its replica, and three Sentinels that fail over between them."""

    base: Path
    servers: list[LocalRedis] = field(default_factory=list)
    sentinels: list[subprocess.Popen[bytes]] = field(default_factory=list)
    sentinel_ports: list[int] = field(default_factory=list)

    def start(self) -> SentinelSet:
        """Start primary, replica and Sentinels; wait until the Sentinels see both."""
        primary = _node(self.base, "primary", []).start()
        replica = _node(self.base, "replica", ["--replicaof", "127.0.0.1", str(primary.port)])
        self.servers = [primary, replica.start()]
        for i in range(3):
            port = free_port()
            conf = _sentinel_conf(self.base / f"sentinel{i}", port, primary.port)
            proc = subprocess.Popen(
                [find_redis_server(), str(conf), "--sentinel"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            self.sentinels.append(proc)
            self.sentinel_ports.append(port)
        _wait(self.healthy, 30, "Sentinels watching a primary with a synced replica")
        return self

    @property
    def addresses(self) -> str:
        """MESH_REDIS_SENTINELS."""
        return ",".join(f"127.0.0.1:{p}" for p in self.sentinel_ports)

    def primary_port(self) -> int | None:
        """The primary's port as the first Sentinel that answers names it."""
        for port in self.sentinel_ports:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    pass
            except OSError:
                continue
            out = subprocess.run(
                ["redis-cli", "-p", str(port), "sentinel", "get-master-addr-by-name", SERVICE],
                capture_output=True, text=True, timeout=5,
            ).stdout.split()  # fmt: skip
            if len(out) == 2:
                return int(out[1])
        return None

    def primary(self) -> LocalRedis:
        """The server the Sentinels name as primary."""
        port = self.primary_port()
        return next(s for s in self.servers if s.port == port)

    def healthy(self) -> bool:
        """The named primary is up with one synced replica, and every Sentinel knows it."""
        port = self.primary_port()
        if port is None or not any(s.port == port and s.proc for s in self.servers):
            return False
        if "connected_slaves:1" not in _cli(port, "info", "replication"):
            return False
        sentinels = subprocess.run(
            ["redis-cli", "-p", str(self.sentinel_ports[0]), "sentinel", "sentinels", SERVICE],
            capture_output=True, text=True, timeout=5,
        ).stdout  # fmt: skip
        return sentinels.count("name") >= 2

    def stop(self) -> None:
        """Stop Sentinels and servers."""
        for proc in self.sentinels:
            proc.kill()
            proc.wait()
        for s in self.servers:
            s.stop(kill=True)


def node_ids(port: int) -> dict[int, str]:
    """Port -> node id of every primary, by CLUSTER NODES."""
    out = {}
    for line in _cli(port, "cluster", "nodes").splitlines():
        parts = line.split()
        if len(parts) > 2 and "master" in parts[2] and "fail" not in parts[2]:
            out[int(parts[1].split("@")[0].rsplit(":", 1)[1])] = parts[0]
    return out


def place_partitions(cluster: Cluster, partitions: int) -> None:
    """Give every primary an equal share of the partitions' slots (partition p to primary
    p % primaries) before any data exists: an empty slot moves with IMPORTING/MIGRATING then
    SETSLOT NODE on both sides, the rest learn it by gossip."""
    from redis.crc import key_slot

    primaries = sorted(node_ids(cluster.nodes[0].port).items())
    owners = {}
    slots_out = subprocess.run(
        ["redis-cli", "-p", str(primaries[0][0]), "-a", PASSWORD, "--no-auth-warning", "--json",
         "cluster", "slots"], capture_output=True, text=True, timeout=5,
    ).stdout  # fmt: skip
    for start, end, primary, *_ in json.loads(slots_out):
        owners[(int(start), int(end))] = int(primary[1])
    for p in range(partitions):
        slot = key_slot(f"{{p{p}}}".encode())
        source = next(port for (a, b), port in owners.items() if a <= slot <= b)
        target, target_id = primaries[p % len(primaries)]
        if source == target:
            continue
        source_id = node_ids(source)[source]
        _cli(target, "cluster", "setslot", str(slot), "importing", source_id)
        _cli(source, "cluster", "setslot", str(slot), "migrating", target_id)
        _cli(source, "cluster", "setslot", str(slot), "node", target_id)
        _cli(target, "cluster", "setslot", str(slot), "node", target_id)
    cluster.wait_healthy()
