import os
from pathlib import Path

import pytest

import generator

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root, so that spec paths read docs_input/..."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture(scope="session")
def spec():
    """The spec of all of docs_input, read once (paths in it relative to the repository root)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return generator.load_spec(["docs_input"])
    finally:
        os.chdir(cwd)
