from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root, so that spec paths read docs_input/..."""
    monkeypatch.chdir(ROOT)
    return ROOT
