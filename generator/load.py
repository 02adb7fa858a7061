"""Read pages into one Spec: find the files, parse each, and merge the operations documented twice.

The same endpoint (method and path) can be documented on a single-endpoint page and on its tag page.
Identical copies merge silently. Copies that differ are settled by ``Precedence``: by default a
single-endpoint page supersedes a tag page (they are the newer renders); every override is reported as
a warning naming both places, and two pages of the same kind that disagree are an error.
"""

from __future__ import annotations

import enum
import gc
import os
from collections.abc import Iterable
from pathlib import Path

from generator.cache import Cache
from generator.parse.page import Page, parse_page
from generator.problems import Problem, Problems
from generator.spec import serde
from generator.spec.operation import Operation, Tag
from generator.spec.spec import Spec


class Precedence(enum.Enum):
    SINGLE_ENDPOINT_PAGE = "single-endpoint"  # a page about one endpoint wins over its tag page's section
    TAG_PAGE = "tag-page"  # the tag page wins


def find_pages(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[Problem]]:
    """Every ``.md`` file under the paths, sorted; a path that does not exist is a problem."""
    files: set[Path] = set()
    problems = []
    for path in map(Path, paths):
        if path.is_dir():
            files.update(p for p in path.rglob("*.md") if p.is_file())
        elif path.is_file():
            files.add(path)
        else:
            problems.append(Problem(_display_name(path), 0, "error", "no such file or directory"))
    return sorted(files, key=_display_name), problems


def _display_name(path: Path) -> str:
    """Paths in messages and in the spec: relative to the working directory when under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_page(path: Path, cache: Cache | None = None) -> Page:
    """Parse one file; with a cache, a page whose name and bytes were parsed before is not parsed again."""
    name = _display_name(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return _failed(name, f"cannot read: {error.strerror}")
    if cache is None:
        return _page_of(name, data)
    return cache.memo("parse", (name, data), lambda: _page_of(name, data))


def _page_of(name: str, data: bytes) -> Page:
    if b"\0" in data:
        return _failed(name, "a binary file, not a Markdown page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return _failed(name, f"not UTF-8 text (byte {error.start})", line)
    if not text.strip():
        return _failed(name, "an empty file")
    return parse_page(name, text.replace("\r\n", "\n"))


def parse_keys(paths: Iterable[str | os.PathLike], cache: Cache) -> list[str] | None:
    """The keys ``read_page`` would look the pages under ``paths`` up by, in order (they stand for their
    names and bytes); None when a page is missing or cannot be read."""
    files, problems = find_pages(paths)
    if problems:
        return None
    try:
        return [cache.key("parse", _display_name(path), path.read_bytes()) for path in files]
    except OSError:
        return None


def _failed(name: str, message: str, line: int = 1) -> Page:
    problems = Problems(name)
    problems.error(line, message)
    return Page(name, problems=problems)


def load_spec(
    paths: Iterable[str | os.PathLike],
    precedence: Precedence = Precedence.SINGLE_ENDPOINT_PAGE,
    cache: Cache | None = None,
) -> Spec:
    """Parse every page under ``paths`` into one Spec; what went wrong is in ``spec.problems``.

    With a ``cache`` (``generator.cache.Cache``), only the pages not parsed before are parsed; the new ones
    are kept once ``cache.save()`` is called."""
    files, problems = find_pages(paths)
    pages = []
    try:
        for path in files:
            pages.append(read_page(path, cache))
            # The pages read so far stay alive to the end; moving them out of the collector's sight keeps
            # its full sweeps from rescanning them after every page (on 8x the corpus it halved the time).
            gc.freeze()
        return build_spec(pages, precedence, problems)
    finally:
        gc.unfreeze()


def build_spec(pages: list[Page], precedence: Precedence, problems: list[Problem] | None = None) -> Spec:
    problems = list(problems or [])
    for page in pages:
        problems.extend(page.problems.items if page.problems else [])
    operations = _merge(pages, precedence, problems)
    tags = _merge_tags(pages)
    operations.sort(key=lambda op: (op.path, op.method, op.version))
    return Spec(operations, tags, sorted(problems))


def _merge(pages: list[Page], precedence: Precedence, problems: list[Problem]) -> list[Operation]:
    kept: dict[tuple[str, str], tuple[Operation, Page]] = {}
    for page in pages:
        for op in page.operations:
            previous = kept.get(op.key)
            if previous is None:
                kept[op.key] = (op, page)
                continue
            old, old_page = previous
            differences = _differences(old, op)
            if not differences:
                continue
            if _wins(page, old_page, precedence):
                winner, loser, kept[op.key] = op, old, (op, page)
            else:
                winner, loser = old, op
            severity = "warning" if page.single_endpoint != old_page.single_endpoint else "error"
            rule = "" if severity == "error" else f" ({precedence.value} pages take precedence)"
            problems.append(
                Problem(
                    loser.source.file,
                    loser.source.line,
                    severity,
                    f"{op.method} {op.path} is documented differently at {winner.source} (in {', '.join(differences)});"
                    f" the one at {winner.source} is kept{rule}",
                )
            )
    return [op for op, _ in kept.values()]


def _wins(page: Page, other: Page, precedence: Precedence) -> bool:
    if page.single_endpoint == other.single_endpoint:
        return False  # the first in file order stays; the disagreement is an error
    return page.single_endpoint == (precedence is Precedence.SINGLE_ENDPOINT_PAGE)


def _differences(a: Operation, b: Operation) -> list[str]:
    """The fields in which two copies of an operation differ, leaving out where they were read."""
    first, second = _without_locations(serde.dump(a)), _without_locations(serde.dump(b))
    return [key for key in first if first[key] != second[key]]


def _without_locations(value):
    if isinstance(value, dict):
        return {k: _without_locations(v) for k, v in value.items() if k not in ("source", "location")}
    if isinstance(value, list):
        return [_without_locations(v) for v in value]
    return value


def _merge_tags(pages: list[Page]) -> list[Tag]:
    tags: dict[str, Tag] = {}
    for page in pages:
        if page.tag is None or not page.operations:
            continue
        known = tags.get(page.tag.name)
        if known is None or (not known.description and page.tag.description):
            tags[page.tag.name] = page.tag
    return [tags[name] for name in sorted(tags)]
