"""Running Python against the committed SDK (generated/) in a child process, as its users would import it."""

import os
import subprocess
import sys
from pathlib import Path

GENERATED = Path(__file__).resolve().parents[1] / "generated"


def run_python(code: str, *args: str, input: str | None = None, **env: str) -> subprocess.CompletedProcess:
    """``python -c code *args`` with generated/ on the path and ``env`` added to the environment."""
    environment = {**os.environ, "PYTHONPATH": str(GENERATED), **env}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=input,
        env=environment,
        capture_output=True,
        text=True,
        cwd=GENERATED.parent,
        timeout=600,
    )
