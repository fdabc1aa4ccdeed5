"""Helpers for tests that read ../shared; kept outside conftest so modules can import them."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(relative: str) -> Path:
    """A path inside ../shared; skips the calling test when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is not present")
    return path
