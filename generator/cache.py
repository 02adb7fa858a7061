"""A small on-disk cache of the costly steps of a run: parsing a page, rendering a version's models,
formatting a file; and the record of the last run into each output directory.

Every key is salted with a digest of the tool itself (its Python sources, its templates, the versions of
the libraries that shape the output, the Python version): changing any of them makes every entry a miss,
so a stale entry can never be used. Entries are pickles, each in a file of its own named by its key and
written atomically; each carries a checksum and its own key, so a damaged entry is a miss, recomputed,
never an error. The cache only ever holds what this tool wrote, on this machine, for this user.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

DEFAULT_CACHE_DIR = Path(".cache") / "generator"
MAX_BYTES = 256 * 1024 * 1024  # beyond this, the entries used least recently go
TOOL_ROOT = Path(__file__).resolve().parents[1]  # holds generator/ and templates/
LIBRARIES = ("black", "datamodel-code-generator", "jinja2", "markdown-it-py", "pydantic")
CHECKSUM_SIZE = 32

T = TypeVar("T")
_MISSING = object()


def digest(*parts: str | bytes) -> str:
    """One hex digest of several parts; each is length-prefixed, so ('ab', 'c') and ('a', 'bc') differ."""
    hasher = hashlib.blake2b(digest_size=32)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def tool_salt(root: Path = TOOL_ROOT) -> str:
    """A digest of everything besides the pages that decides the output (every file of ``generator/`` and
    ``templates/``, the libraries' versions): change one, and every entry misses."""
    parts: list[str | bytes] = [sys.version]
    for library in LIBRARIES:
        try:
            parts += [library, importlib.metadata.version(library)]
        except importlib.metadata.PackageNotFoundError:
            parts += [library, "absent"]
    sources = [*(root / "generator").rglob("*"), *(root / "templates").rglob("*")]
    for path in sorted(p for p in sources if p.is_file() and "__pycache__" not in p.parts):
        try:
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
        except OSError:
            continue  # removed while listed: it is no part of the tool any more
    return digest(*parts)


class Cache:
    """Memoises by stage and key parts; new entries are written by ``save``. ``Cache(None)`` computes
    everything and stores nothing.

    ``hits`` and ``misses`` count lookups per stage, for the run's summary and for tests; ``keys`` lists the
    keys looked up per stage, in order (the parse keys of a run fingerprint its pages).
    """

    def __init__(self, directory: str | os.PathLike | None, salt: str | None = None):
        self.directory = Path(directory) if directory is not None else None
        self.salt = salt if salt is not None or directory is None else tool_salt()
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()
        self.keys: dict[str, list[str]] = {}
        self._pending: dict[Path, bytes] = {}  # entry file -> its bytes, until saved

    @property
    def enabled(self) -> bool:
        return self.directory is not None

    def key(self, stage: str, *parts: str | bytes) -> str:
        return digest(self.salt or "", stage, *parts)

    def memo(self, stage: str, parts: tuple[str | bytes, ...], compute: Callable[[], T]) -> T:
        """The value stored for ``parts``, else ``compute()``, put (pickled) before it is returned, so that a
        caller changing it afterwards does not change the entry."""
        if self.directory is None:
            self.misses[stage] += 1
            return compute()
        key = self.key(stage, *parts)
        self.keys.setdefault(stage, []).append(key)
        value = self.get(stage, key)
        if value is not _MISSING:
            self.hits[stage] += 1
            return value
        self.misses[stage] += 1
        value = compute()
        self.put(stage, key, value)
        return value

    def get(self, stage: str, key: str, default: Any = _MISSING) -> Any:
        if self.directory is None:
            return default
        path = self._path(stage, key)
        data = self._pending.get(path)
        if data is None:
            try:
                data = path.read_bytes()
            except OSError:
                return default
            try:
                os.utime(path)  # the last use, for pruning
            except OSError:
                pass
        return _decode(data, key, default)

    def put(self, stage: str, key: str, value: Any) -> None:
        """Store ``value`` (a copy: pickled now); it reaches the disk on ``save``."""
        if self.directory is None:
            return
        payload = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        self._pending[self._path(stage, key)] = hashlib.blake2b(payload, digest_size=CHECKSUM_SIZE).digest() + payload

    def save(self) -> None:
        """Write what was put since the last save, each entry atomically (a reader sees the old entry or the
        new one). Called once a run succeeded, so that a run stopped by bad pages leaves no cache behind.
        Failing to write is no error: the cache is only an accelerator."""
        pending, self._pending = self._pending, {}
        for path, data in pending.items():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            except OSError:
                continue
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                os.replace(temporary, path)
            except OSError:
                _remove(Path(temporary))

    def prune(self, max_bytes: int = MAX_BYTES) -> None:
        """Drop the entries used least recently until the cache holds at most ``max_bytes``."""
        if self.directory is None:
            return
        entries = []
        for stage in _listing(self.directory):
            if stage.is_dir(follow_symlinks=False):
                for entry in _listing(Path(stage.path)):
                    try:
                        stat = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    entries.append((stat.st_mtime_ns, stat.st_size, Path(entry.path)))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda e: e[0]):
            if total <= max_bytes:
                break
            _remove(path)
            total -= size

    def summary(self) -> str:
        """What this run computed against what it found: ``parsed 1 of 3 pages, ...``."""
        phrases = (
            ("parse", "parsed", "pages"),
            ("models", "rendered the models of", "API versions"),
            ("format", "formatted", "Python files"),
        )
        done = []
        for stage, verb, noun in phrases:
            total = self.hits[stage] + self.misses[stage]
            if total:
                done.append(f"{verb} {self.misses[stage]} of {total} {noun}")
        return ", ".join(done) + (" (the rest from the cache)" if any(self.hits.values()) else "")

    def _path(self, stage: str, key: str) -> Path:
        assert self.directory is not None
        return self.directory / stage / key


def _decode(data: bytes, key: str, default: Any) -> Any:
    """The value of an entry's bytes, or ``default`` when they are damaged or belong to another key."""
    checksum, payload = data[:CHECKSUM_SIZE], data[CHECKSUM_SIZE:]
    if hashlib.blake2b(payload, digest_size=CHECKSUM_SIZE).digest() != checksum:
        return default
    try:
        stored_key, value = pickle.loads(payload)
    except Exception:  # whatever went wrong, an entry is never an error: a miss, recomputed
        return default
    return value if stored_key == key else default


def _listing(directory: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(directory) as entries:
            return list(entries)
    except OSError:
        return []


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
