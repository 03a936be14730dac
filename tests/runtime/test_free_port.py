"""free_port picks a port no outgoing connection can take before the server binds it."""

from __future__ import annotations

import socket

from shared import localredis
from shared.localredis import free_port


def test_the_port_lies_below_the_range_outgoing_connections_draw_from() -> None:
    low = localredis._ephemeral_low()
    ports = {free_port() for _ in range(50)}
    assert all(1024 <= p < low for p in ports), sorted(ports)
    assert len(ports) > 1  # random: two servers starting together rarely pick the same one
    with socket.socket() as s:
        s.bind(("127.0.0.1", ports.pop()))  # and it is free


def test_a_taken_port_is_never_returned(monkeypatch) -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        taken = held.getsockname()[1]
        picks = iter([taken, taken, taken + 1 if taken < 65535 else taken - 1])
        monkeypatch.setattr(localredis.random, "randrange", lambda *_: next(picks))
        assert free_port() != taken
