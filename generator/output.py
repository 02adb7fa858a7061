"""The output tree: what the spec renders to, written atomically, and the drift check against it.

The tree holds the SDK package (``datadog_api_client/`` by default), the spec itself (``spec.json``) and
its OpenAPI export (``openapi.json``).
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import tempfile
from pathlib import Path

from generator.problems import Problem
from generator.render.contract_tests import render_contract_tests
from generator.render.package import DEFAULT_PACKAGE, format_source, render_package
from generator.spec.spec import Spec

DIFF_LINES = 40


def render_tree(spec: Spec, package: str = DEFAULT_PACKAGE) -> tuple[dict[str, str], list[Problem]]:
    """Relative path -> file content for every file of the output tree, and what rendering reported."""
    files, problems = render_package(spec, package)
    files.update(render_contract_tests(spec, package))
    files = {path: format_source(path, text) for path, text in sorted(files.items())}
    files["spec.json"] = spec.to_json()
    files["openapi.json"] = json.dumps(spec.to_openapi(), indent=2, ensure_ascii=False) + "\n"
    return files, problems


def write_output(tree: dict[str, str], output: str | os.PathLike) -> int:
    """Replace ``output`` with ``tree``; a failure leaves the previous tree as it was."""
    target = Path(output)
    changed = sum(1 for path, text in tree.items() if _read(target / path) != text)
    changed += len(_files(target) - set(tree)) if target.is_dir() else 0
    if not changed:
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the tree is meant to be shared
    try:
        for path, text in tree.items():
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            (staging / path).write_text(text, encoding="utf-8")
        retired = target.with_name(f".{target.name}.old")
        shutil.rmtree(retired, ignore_errors=True)
        if target.exists():
            target.rename(retired)
        staging.rename(target)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return changed


def check_output(tree: dict[str, str], output: str | os.PathLike) -> str:
    """'' when ``output`` holds exactly ``tree``, else what is stale, missing and extra."""
    target = Path(output)
    existing = _files(target) if target.is_dir() else set()
    missing = sorted(set(tree) - existing)
    extra = sorted(existing - set(tree))
    stale = sorted(path for path in set(tree) & existing if _read(target / path) != tree[path])
    if not (missing or extra or stale):
        return ""
    lines = [f"{target} is not what the pages generate; run `python -m generator generate`"]
    lines += [f"stale: {target / p}" for p in stale]
    lines += [f"missing: {target / p}" for p in missing]
    lines += [f"extra: {target / p}" for p in extra]
    for path in stale:
        diff = difflib.unified_diff(
            (_read(target / path) or "").splitlines(),
            tree[path].splitlines(),
            f"{target / path} (committed)",
            f"{target / path} (from the pages)",
            lineterm="",
            n=1,
        )
        lines += list(diff)[:DIFF_LINES]
    return "\n".join(lines)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
