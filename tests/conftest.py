"""Shared fixtures: no network in tests, and where the evaluation data lives."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


class _NoNetwork(socket.socket):
    """A socket that refuses to connect: a test that reaches the network is a bug."""

    def connect(self, address):
        raise RuntimeError(f"tests must not use the network (tried {address!r})")


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _NoNetwork)
    monkeypatch.setattr(socket, "create_connection",
                        lambda *a, **k: (_ for _ in ()).throw(RuntimeError("tests must not use the network")))


@pytest.fixture
def shared() -> Path:
    """The ../shared folder; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared evaluation data is not present")
    return SHARED
