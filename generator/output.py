"""The output tree: what the spec renders to, written atomically, and the drift check against it; and the
record of the last run into an output directory, which lets a run with nothing new skip all the work.

The tree holds the SDK package (``datadog_api_client/`` by default), the spec itself (``spec.json``) and
its OpenAPI export (``openapi.json``).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from generator.cache import Cache
from generator.problems import Problem
from generator.render.contract_tests import render_contract_tests
from generator.render.model_schemas import models_by_version
from generator.render.package import DEFAULT_PACKAGE, format_source, render_package
from generator.spec.spec import Spec

DIFF_LINES = 40
RACY_NS = 2_000_000_000  # coarser than any file system's timestamps (FAT's 2 s) and the clocks' drift


def render_tree(
    spec: Spec, package: str = DEFAULT_PACKAGE, cache: Cache | None = None
) -> tuple[dict[str, str], list[Problem]]:
    """Relative path -> file content for every file of the output tree, and what rendering reported.

    With a ``cache``, only the Python files whose unformatted text is new go through black."""
    versions = models_by_version(spec.operations)
    files, problems = render_package(spec, package, cache, versions)
    files.update(render_contract_tests(spec, package, versions))
    files = {path: _formatted(path, text, cache) for path, text in sorted(files.items())}
    files["spec.json"] = spec.to_json()
    files["openapi.json"] = json.dumps(spec.to_openapi(), indent=2, ensure_ascii=False) + "\n"
    return files, problems


def _formatted(path: str, text: str, cache: Cache | None) -> str:
    if cache is None or not path.endswith(".py"):
        return format_source(path, text)
    return cache.memo("format", (path, text), lambda: format_source(path, text))


def write_output(tree: dict[str, str], output: str | os.PathLike) -> int:
    """Make ``output`` hold exactly ``tree``; return how many files were written or removed.

    Only the files that differ are touched (the others keep their mtimes). Every new content is written to
    a temporary file next to its place, and all are renamed over the old files only once all are written:
    a failure while writing (a full disk) leaves the previous tree as it was, and each file is replaced
    atomically. A new output directory appears whole, by one rename."""
    target = Path(output)
    if not target.is_dir():
        _swap_in(tree, target)
        return len(tree)
    stale = [path for path, text in tree.items() if _read(target / path) != text]
    extra = sorted(_files(target) - set(tree))
    if any(_blocked(target, path) for path in stale):
        _swap_in(tree, target)  # a file where a directory must go, or the reverse: start from scratch
    else:
        _replace_files(target, {path: tree[path] for path in stale})
        for path in extra:
            _remove_file(target, path)
    return len(stale) + len(extra)


def _swap_in(tree: dict[str, str], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the tree is meant to be shared
    try:
        for path, text in tree.items():
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            (staging / path).write_bytes(text.encode("utf-8"))
        retired = target.with_name(f".{target.name}.old")
        shutil.rmtree(retired, ignore_errors=True)
        if target.exists():
            target.rename(retired)
        staging.rename(target)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _replace_files(target: Path, files: dict[str, str]) -> None:
    written: list[tuple[str, Path]] = []
    mode = 0o666 & ~_umask()  # mkstemp makes files private; the tree is meant to be shared
    try:
        for path, text in files.items():
            final = target / path
            final.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
            written.append((temporary, final))
            with os.fdopen(handle, "wb") as stream:
                os.fchmod(stream.fileno(), mode)
                stream.write(text.encode("utf-8"))
        for temporary, final in written:
            os.replace(temporary, final)
        written = []
    finally:
        for temporary, _ in written:
            Path(temporary).unlink(missing_ok=True)


def _blocked(target: Path, path: str) -> bool:
    """Whether writing ``path`` under ``target`` needs a directory removed, or a file where a directory goes."""
    final = target / path
    between = final.parents[: len(Path(path).parts) - 1]
    return final.is_dir() or any(parent.exists() and not parent.is_dir() for parent in between)


def _remove_file(target: Path, path: str) -> None:
    """Remove a file no longer generated, and the directories it leaves empty."""
    (target / path).unlink(missing_ok=True)
    for parent in (target / path).parents:
        if parent == target:
            break
        try:
            parent.rmdir()
        except OSError:
            break  # not empty


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


def record_run(
    cache: Cache, output: str | os.PathLike, run_key: str, tree: dict[str, str], messages: list[str], stamp_ns: int
) -> None:
    """Remember that ``output`` holds ``tree``, generated for ``run_key`` with ``messages`` reported.

    ``stamp_ns`` is a time taken before the tree was written: files modified since have a later mtime."""
    target = Path(output)
    on_disk = _stat_files(target)
    if on_disk.keys() != tree.keys():
        return  # something else is writing there: no record, the next run does all the work
    files = {path: (size, mtime, _digest(tree[path].encode("utf-8"))) for path, (size, mtime) in on_disk.items()}
    record = {"run": run_key, "stamp_ns": stamp_ns, "files": files, "messages": messages}
    cache.put("runs", _run_slot(cache, target), record)


def unchanged_since_last_run(cache: Cache, output: str | os.PathLike, run_key: str) -> list[str] | None:
    """The messages of the last run recorded into ``output`` when it had the same ``run_key`` and the files
    there are still the ones it wrote; else None.

    A file is known unchanged by its size and mtime, except when its mtime is so close to the record's time
    that a later edit could have kept it (coarse timestamps): such a file is compared by content."""
    target = Path(output)
    slot = _run_slot(cache, target)
    record = cache.get("runs", slot, None)
    if not isinstance(record, dict) or record.get("run") != run_key:
        return None
    stamp_ns = time.time_ns()
    on_disk = _stat_files(target)
    if on_disk.keys() != record["files"].keys():
        return None
    compared = 0
    for path, (size, mtime) in on_disk.items():
        known_size, known_mtime, known_digest = record["files"][path]
        if (size, mtime) != (known_size, known_mtime):
            return None
        if mtime >= record["stamp_ns"] - RACY_NS:
            try:
                if _digest((target / path).read_bytes()) != known_digest:
                    return None
            except OSError:
                return None
            compared += 1
    if compared:  # checked now, so the next run can go by their mtimes
        cache.put("runs", slot, {**record, "stamp_ns": stamp_ns})
    return list(record["messages"])


def _run_slot(cache: Cache, target: Path) -> str:
    return cache.key("runs", str(target.resolve()))


def _stat_files(root: Path) -> dict[str, tuple[int, int]]:
    """Relative path -> (size, mtime_ns) of every file under ``root``."""
    found = {}
    for directory, _, names in os.walk(root):
        for name in names:
            path = os.path.join(directory, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found[Path(path).relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return found


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")  # as written: no newline translation hides a difference
    except (OSError, UnicodeDecodeError):
        return None
