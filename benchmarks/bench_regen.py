"""Regeneration time of ``python -m generator``, cold, with nothing changed, and after editing one page.

Measures, on two corpora (A: every ``*.md`` under ``docs_input/``; B: those pages 8 times over, each copy
with a tag of its own and its endpoints under paths of their own, so that the copies are distinct endpoints
rather than conflicting duplicates), the wall time of the command as a user runs it (a fresh process each
time) for:

- full: ``generate`` with an empty cache and no output directory;
- no-op: ``generate`` again, nothing changed (the whole-run shortcut);
- check: ``check`` on the warm cache (it renders the whole tree and compares every byte);
- one-page edit, prose: an endpoint's overview sentence changed in one page (one API module to re-format);
- one-page edit, model: a field description changed in one page (that version's models re-rendered);

then how each grows from A to B. The timed runs other than full are the best of N. Everything happens in
temporary directories (a copy of the tool, pages, output and cache); it prints figures only and asserts
nothing.

Run from the repository root::

    .venv/bin/python benchmarks/bench_regen.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_parse import COPIES, DOCS_INPUT, REPO_ROOT, read_corpus, rename_tag

EDITED_PAGE = "pages/users.md"
PROSE_EDIT = "Create a user for your organization"  # an endpoint's overview: one API module to re-format
MODEL_EDIT = "Gravatar icon associated to the user"  # a field's description: the models of v1 change
URL_RE = re.compile(r"(https://[A-Za-z0-9.-]+/(?:api/)?(?:v\d+/)?)")


def write_corpus(pages: dict[str, str], directory: Path, copies: int) -> str:
    """Write the pages (``copies`` distinct copies of each when more than 1); return the edited page's path."""
    for copy in range(1, copies + 1):
        for name, text in pages.items():
            if copies > 1:
                # After the version, so that the path still tells the version: /api/v2/copy3/users
                text = URL_RE.sub(rf"\g<1>copy{copy}/", rename_tag(text, copy))
                name = Path(name).with_name(f"{Path(name).stem}-{copy}.md").as_posix()
            path = directory / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
    return EDITED_PAGE if copies == 1 else Path(EDITED_PAGE).with_name(f"{Path(EDITED_PAGE).stem}-1.md").as_posix()


def timed(project: Path, tool: Path, *args: str) -> tuple[float, str]:
    """Wall time of one command, and what it says it recomputed (its ``parsed ... of ...`` line)."""
    command = [sys.executable, "-m", "generator", *args]
    environment = {**os.environ, "PYTHONPATH": str(tool)}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=environment)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return seconds, next((line for line in result.stderr.splitlines() if line.startswith("parsed ")), "")


def frozen_tool(directory: Path) -> Path:
    """A copy of this checkout's generator/ and templates/: an edit of the tree while the benchmark runs
    would change the cache's salt and turn warm runs cold."""
    for part in ("generator", "templates"):
        shutil.copytree(REPO_ROOT / part, directory / part, ignore=shutil.ignore_patterns("__pycache__"))
    return directory


def edit(page: Path, sentence: str, number: int) -> None:
    """Give every occurrence of ``sentence`` a new ending, never seen before: a change the cache cannot know."""
    pattern = re.compile(re.escape(sentence) + r"(?: \(edit \d+\))?\.")
    text, count = pattern.subn(f"{sentence} (edit {number}).", page.read_text("utf-8"))
    if not count:
        sys.exit(f"{sentence!r} is not in {page}")
    page.write_text(text, "utf-8")


def bench_corpus(title: str, pages: dict[str, str], copies: int, tool: Path, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench_regen_") as temp:
        project = Path(temp)
        edited = project / "input" / write_corpus(pages, project / "input", copies)
        generate = ("generate", "input", "-o", "out")
        figures = {"full": timed(project, tool, *generate)[0]}
        figures["no-op"] = min(timed(project, tool, *generate)[0] for _ in range(repeat))
        figures["check"] = min(timed(project, tool, "check", "input", "-o", "out")[0] for _ in range(repeat))
        recomputed = {}
        for label, sentence in (("one-page edit, prose", PROSE_EDIT), ("one-page edit, model", MODEL_EDIT)):
            runs = []
            for number in range(repeat):
                edit(edited, sentence, number)
                runs.append(timed(project, tool, *generate))
            figures[label], recomputed[label] = min(runs)
        files = sum(1 for p in (project / "out").rglob("*") if p.is_file())
    print(f"{title}: {len(pages) * copies} pages, {files} files generated (best of {repeat} but full)")
    for label, seconds in figures.items():
        print(f"  {label:<22} {seconds:8.2f} s  ({seconds / figures['full'] * 100:5.1f}% of full)")
        if label in recomputed:
            print(f"    {recomputed[label]}")
    print()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure but full; the best is kept")
    args = parser.parse_args()

    corpus = read_corpus(DOCS_INPUT)
    with tempfile.TemporaryDirectory(prefix="bench_regen_tool_") as temp:
        tool = frozen_tool(Path(temp))
        small = bench_corpus("Corpus A (docs_input)", corpus, 1, tool, args.repeat)
        large = bench_corpus(f"Corpus B (docs_input x{COPIES})", corpus, COPIES, tool, args.repeat)
    print(f"Growth from A to B ({COPIES}x the pages):")
    for label in small:
        print(f"  {label:<22} {large[label] / small[label]:6.1f}x")


if __name__ == "__main__":
    main()
