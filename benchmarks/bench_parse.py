"""Parse speed of the generator against markdown-it-py's bare tokenising of the same pages.

Measures, on two corpora (A: every ``*.md`` under ``docs_input/``; B: those pages 8 times over, each copy
a distinct page with its own file name and tag), the best-of-N wall time, pages/s and MB/s of:

- floor: ``MarkdownIt("commonmark").enable("table").parse(text)`` on the texts in memory, markdown-it-py's
  bare tokenising with its stock rules;
- the same with inline parsing off, which is what the generator runs (it keeps descriptions as Markdown
  source and needs no inline tokens): the stricter floor, since our parse cannot skip that part;
- ours, full: ``generator.load_spec([directory])`` (file reading, parsing, merging, example checks);
- ours, in memory: ``parse_page(name, text)`` on each text (no file reading, no merging; it does not
  freeze the collector between pages as ``load_spec`` does, so it can come out slower on big corpora);

then the ratio ours/floor against the target of 1.5x, and the peak memory (tracemalloc) of one full
``load_spec`` of corpus B, in a pass of its own so that tracing does not distort the timings.
It prints figures only and asserts nothing about time.

Run from the repository root::

    .venv/bin/python benchmarks/bench_parse.py [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

import generator
from generator.parse.page import parse_page

REPO_ROOT = Path(__file__).resolve().parent.parent

DOCS_INPUT = REPO_ROOT / "docs_input"
COPIES = 8
TARGET_RATIO = 1.5


def read_corpus(directory: Path) -> dict[str, str]:
    """Every ``*.md`` page under ``directory``: relative path to text."""
    return {p.relative_to(directory).as_posix(): p.read_text("utf-8") for p in sorted(directory.rglob("*.md"))}


def rename_tag(text: str, copy: int) -> str:
    """Append `` {copy}`` to the last breadcrumb of the front matter, so each copy has a tag of its own."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("breadcrumbs:"):
            lines[i] = f"{line.rstrip()} {copy}"
            break
    return "\n".join(lines)


def write_copies(pages: dict[str, str], directory: Path, copies: int) -> dict[str, str]:
    """Write ``copies`` renamed copies of ``pages`` under ``directory``; return them as path to text."""
    written = {}
    for copy in range(1, copies + 1):
        for name, text in pages.items():
            path = directory / Path(name).with_name(f"{Path(name).stem}-{copy}.md")
            path.parent.mkdir(parents=True, exist_ok=True)
            renamed = rename_tag(text, copy)
            path.write_text(renamed, "utf-8")
            written[path.relative_to(directory).as_posix()] = renamed
    return written


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds, with a garbage collection before each."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def report_line(label: str, seconds: float, pages: int, megabytes: float) -> None:
    print(f"  {label:<28} {seconds * 1000:9.1f} ms {pages / seconds:9.1f} pages/s {megabytes / seconds:7.2f} MB/s")


def bench_corpus(title: str, directory: Path, pages: dict[str, str], repeat: int) -> None:
    megabytes = sum(len(text.encode("utf-8")) for text in pages.values()) / 1e6
    md = MarkdownIt("commonmark").enable("table")
    texts = list(pages.values())
    items = list(pages.items())

    block_only = MarkdownIt("commonmark").enable("table").disable("inline")
    floor = best_time(lambda: [md.parse(text) for text in texts], repeat)
    strict_floor = best_time(lambda: [block_only.parse(text) for text in texts], repeat)
    full = best_time(lambda: generator.load_spec([directory]), repeat)
    in_memory = best_time(lambda: [parse_page(name, text) for name, text in items], repeat)

    print(f"{title}: {len(pages)} pages, {megabytes:.2f} MB (best of {repeat})")
    report_line("floor (markdown-it parse)", floor, len(pages), megabytes)
    report_line("floor, inline off", strict_floor, len(pages), megabytes)
    report_line("ours: load_spec (full)", full, len(pages), megabytes)
    report_line("ours: parse_page (in memory)", in_memory, len(pages), megabytes)
    for label, seconds in (("load_spec", full), ("parse_page", in_memory)):
        for floor_label, floor_seconds in (("floor", floor), ("floor, inline off", strict_floor)):
            ratio = seconds / floor_seconds
            verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
            print(f"  {label} / {floor_label}: {ratio:.2f}x (target {TARGET_RATIO}x: {verdict})")
    print()


def peak_memory(directory: Path) -> int:
    """Peak traced memory, in bytes, of one full ``load_spec`` of ``directory``."""
    gc.collect()
    tracemalloc.start()
    try:
        generator.load_spec([directory])
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept (default 3)")
    args = parser.parse_args()

    corpus_a = read_corpus(DOCS_INPUT)
    bench_corpus("Corpus A (docs_input)", DOCS_INPUT, corpus_a, args.repeat)
    with tempfile.TemporaryDirectory(prefix="bench_parse_") as temp:
        corpus_b = write_copies(corpus_a, Path(temp), COPIES)
        bench_corpus(f"Corpus B (docs_input x{COPIES})", Path(temp), corpus_b, args.repeat)
        peak = peak_memory(Path(temp))
        print(f"Peak memory of one load_spec of corpus B (tracemalloc): {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
