"""Shared fixtures: no network in tests, no user knowledge base, and where the evaluation data lives."""

from __future__ import annotations

import os
import socket
import tempfile
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


@pytest.fixture(autouse=True, scope="session")
def _no_user_kb() -> None:
    """An empty user KB folder, so a user's own imports (~/.local/share/sambandh/kb) never change results.
    Set in the environment so subprocesses started by tests see it too."""
    with tempfile.TemporaryDirectory(prefix="sambandh-kb-") as folder:
        previous = os.environ.get("SAMBANDH_KB_DIR")
        os.environ["SAMBANDH_KB_DIR"] = folder
        yield
        if previous is None:
            os.environ.pop("SAMBANDH_KB_DIR", None)
        else:
            os.environ["SAMBANDH_KB_DIR"] = previous


@pytest.fixture
def shared() -> Path:
    """The ../shared folder; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared evaluation data is not present")
    return SHARED
