"""Incremental regeneration: the cache of parsed pages, rendered models and formatted files, the record of
the last run, and writing only what changed.

The corpus is three pages (the two seeds and the Users tag page) copied into a temporary project; the CLI
runs from there, so the cache lands in its ``.cache/generator``. One cold generation is made per module and
copied for each test (``project``), so that most runs here are warm ones.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.cache import DEFAULT_CACHE_DIR, Cache, tool_salt
from generator.output import write_output

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ROOT / "docs_input/seeds/patch-a-deployment-event.md",
    ROOT / "docs_input/seeds/update-deployment-rule.md",
    ROOT / "docs_input/pages/users.md",
]
EDITED_LINE = ("Create a user for your organization.\n", "Create a user in your organization.\n")
SUMMARY_RE = re.compile(
    r"parsed (\d+) of (\d+) pages, rendered the models of (\d+) of (\d+) API versions, formatted (\d+) of (\d+)"
)
FAST_PATH = "same pages, options and tool as its last generate"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def generate(cwd: Path, *options: str, output: str = "out") -> subprocess.CompletedProcess:
    result = run(cwd, "generate", "pages", "-o", output, *options)
    assert result.returncode == 0, result.stderr
    return result


def summary(stderr: str) -> dict[str, tuple[int, int]]:
    """What a run computed, of how many: {'parse': (1, 3), 'models': (0, 2), 'format': (1, 109)}."""
    match = SUMMARY_RE.search(stderr)
    assert match, stderr
    numbers = [int(n) for n in match.groups()]
    return {"parse": tuple(numbers[0:2]), "models": tuple(numbers[2:4]), "format": tuple(numbers[4:6])}


def changed(stderr: str, output: str = "out") -> int:
    match = re.search(rf"^{re.escape(output)}: (\d+) files changed", stderr, re.MULTILINE)
    assert match, stderr
    return int(match.group(1))


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Relative path -> (mtime_ns, inode): a rewrite (temporary file renamed over) changes the inode even
    when it lands in the same timestamp tick."""
    return {
        p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, p.stat().st_ino) for p in root.rglob("*") if p.is_file()
    }


def contents(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def edit_page(project: Path) -> None:
    page = project / "pages/users.md"
    text = page.read_text(encoding="utf-8")
    assert EDITED_LINE[0] in text
    page.write_text(text.replace(*EDITED_LINE), encoding="utf-8")


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("incremental")
    (project / "pages").mkdir()
    for page in PAGES:
        shutil.copy(page, project / "pages" / page.name)
    result = generate(project)
    assert summary(result.stderr)["parse"] == (len(PAGES), len(PAGES))
    return project


@pytest.fixture
def project(generated_once, tmp_path) -> Path:
    """A copy of the generated project: pages, output, warm cache (the run record names the original
    output directory, so the first generate here takes the cached stages, not the whole-run shortcut)."""
    copy = tmp_path / "project"
    shutil.copytree(generated_once, copy)
    return copy


# -- nothing changed ---------------------------------------------------------------------------------------


def test_a_second_generate_takes_the_shortcut_and_rewrites_nothing(project):
    generate(project)  # the copy's first run: records the run for this output directory
    before = snapshot(project / "out")
    result = generate(project)
    assert FAST_PATH in result.stderr
    assert changed(result.stderr) == 0
    assert snapshot(project / "out") == before


def test_without_the_shortcut_nothing_is_recomputed_nor_rewritten(project):
    out = project / "out"
    old = 1_000_000_000_000_000_000  # 2001, in ns: the record no longer matches, the shortcut is off
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(old, old))
    before = snapshot(out)
    result = generate(project)
    assert FAST_PATH not in result.stderr
    assert changed(result.stderr) == 0
    stats = summary(result.stderr)
    assert stats["parse"] == (0, len(PAGES)) and stats["models"][0] == 0 and stats["format"][0] == 0, stats
    assert snapshot(out) == before


# -- one page changed ----------------------------------------------------------------------------------------


def test_editing_one_page_reparses_it_alone_and_rewrites_only_what_it_changes(project):
    before = snapshot(project / "out")
    edit_page(project)
    result = generate(project)
    stats = summary(result.stderr)
    assert stats["parse"] == (1, len(PAGES)), stats
    assert stats["models"][0] == 0, stats  # an overview sentence: no model changed
    assert stats["format"][0] == 1, stats  # the API module of the Users tag, alone
    after = snapshot(project / "out")
    rewritten = sorted(path for path in after if after[path] != before.get(path))
    assert rewritten == ["datadog_api_client/v1/api/users_api.py", "openapi.json", "spec.json"]
    assert changed(result.stderr) == 3
    assert "in your organization" in (project / "out/spec.json").read_text(encoding="utf-8")


def test_the_cached_output_is_the_uncached_output(project):
    edit_page(project)
    generate(project)  # incremental, on the warm cache
    shutil.rmtree(project / DEFAULT_CACHE_DIR)
    result = generate(project, "--no-cache", output="fresh")
    assert summary(result.stderr)["parse"] == (len(PAGES), len(PAGES))
    assert not (project / DEFAULT_CACHE_DIR).exists()  # --no-cache writes no cache either
    assert contents(project / "out") == contents(project / "fresh")


# -- the shortcut does not hide a change ---------------------------------------------------------------------


def test_the_shortcut_notices_an_output_file_edited_within_the_same_timestamp(project):
    """An edit right after a generate can keep the mtime the generate gave (coarse timestamps)."""
    spec = project / "out/spec.json"
    text = spec.read_text(encoding="utf-8")
    spec.write_text("{}\n", encoding="utf-8")
    generate(project)  # rewrites spec.json, and records the run
    stat = spec.stat()
    spec.write_text(text.replace("UpdateDeploymentRule", "UpdateDeploymentRulx"), encoding="utf-8")
    os.utime(spec, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime: only the bytes tell
    assert spec.stat().st_size == stat.st_size
    assert run(project, "check", "pages", "-o", "out").returncode == 1  # check compares every byte anyway
    result = generate(project)
    assert FAST_PATH not in result.stderr
    assert changed(result.stderr) == 1
    assert spec.read_text(encoding="utf-8") == text


def test_the_shortcut_notices_an_added_output_file(project):
    generate(project)
    (project / "out/notes.txt").write_text("hand-written\n", encoding="utf-8")
    result = generate(project)
    assert FAST_PATH not in result.stderr
    assert changed(result.stderr) == 1
    assert not (project / "out/notes.txt").exists()


def test_other_options_do_not_take_the_shortcut(project):
    generate(project)
    result = generate(project, "--package", "other_client")
    assert FAST_PATH not in result.stderr
    assert (project / "out/other_client/py.typed").exists()
    assert not (project / "out/datadog_api_client").exists()  # removed, empty directories included


# -- the tool changed ----------------------------------------------------------------------------------------


def test_a_change_of_the_tool_changes_the_salt(tmp_path):
    for part in ("generator", "templates"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    salt = tool_salt(tmp_path)
    assert tool_salt(tmp_path) == salt
    template = tmp_path / "templates/api.py.jinja"
    template.write_text(template.read_text(encoding="utf-8") + "{# a comment #}\n", encoding="utf-8")
    assert tool_salt(tmp_path) != salt
    template.write_text(template.read_text(encoding="utf-8").removesuffix("{# a comment #}\n"), encoding="utf-8")
    assert tool_salt(tmp_path) == salt
    (tmp_path / "generator/render/new_module.py").write_text("X = 1\n", encoding="utf-8")
    assert tool_salt(tmp_path) != salt


def test_another_tool_salt_recomputes_everything(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert cli.main(["generate", "pages", "-o", "out"]) == 0
    assert summary(capsys.readouterr().err)["parse"][0] == 0  # same tool: from the cache
    monkeypatch.setattr("generator.cache.tool_salt", lambda: "an edited tool")
    assert cli.main(["generate", "pages", "-o", "out"]) == 0
    stderr = capsys.readouterr().err
    assert FAST_PATH not in stderr
    stats = summary(stderr)
    assert all(done == total > 0 for done, total in stats.values()), stats
    assert changed(stderr) == 0  # same tool in fact: same output


# -- a damaged cache -----------------------------------------------------------------------------------------


def test_damaged_entries_are_recomputed(project):
    generate(project)  # records the run, to damage the record too
    cache = project / DEFAULT_CACHE_DIR
    for entry in (cache / "parse").iterdir():
        entry.write_bytes(b"not a pickle")
    model_entry = next((cache / "models").iterdir())
    data = bytearray(model_entry.read_bytes())
    data[-10] ^= 0xFF  # one flipped bit still unpickles; the checksum catches it
    model_entry.write_bytes(bytes(data))
    format_entries = sorted((cache / "format").iterdir())
    for entry in format_entries[:5]:
        entry.write_bytes(entry.read_bytes()[:40])
    for entry in (cache / "runs").iterdir():
        entry.write_bytes(b"")
    result = generate(project, output="again")
    stats = summary(result.stderr)
    assert stats["parse"] == (len(PAGES), len(PAGES)), stats
    assert stats["models"][0] == 1 and stats["format"][0] == 5, stats
    assert contents(project / "again") == contents(project / "out")
    result = generate(project)  # the damaged record: no shortcut, no crash, nothing to write
    assert FAST_PATH not in result.stderr and changed(result.stderr) == 0
    assert summary(result.stderr)["parse"][0] == 0  # the damaged entries were rewritten


def test_an_unwritable_cache_is_no_error(project):
    blocker = project / "blocked"
    blocker.write_text("a file where the cache directory would go\n", encoding="utf-8")
    result = generate(project, "--cache-dir", "blocked/cache")
    assert changed(result.stderr) == 0


# -- the cache itself ----------------------------------------------------------------------------------------


def test_entries_round_trip_and_the_least_recently_used_go_first(tmp_path):
    cache = Cache(tmp_path / "cache", salt="test")
    calls = []
    for number in range(4):
        assert cache.memo("stage", (str(number),), lambda: calls.append(number) or "x" * 1000) == "x" * 1000
    assert cache.memo("stage", ("0",), lambda: "recomputed") == "x" * 1000
    assert calls == [0, 1, 2, 3] and cache.hits["stage"] == 1 and cache.misses["stage"] == 4
    assert not (tmp_path / "cache").exists()  # nothing on disk before save
    cache.save()
    assert Cache(tmp_path / "cache", salt="test").memo("stage", ("3",), lambda: "recomputed") == "x" * 1000
    assert Cache(tmp_path / "cache", salt="other").memo("stage", ("3",), lambda: "recomputed") == "recomputed"
    entries = {entry.name: entry for entry in (tmp_path / "cache/stage").iterdir()}
    for age, key in enumerate(cache.keys["stage"][:4]):
        os.utime(entries[key], ns=(age * 10**9, age * 10**9))  # "0" oldest, "3" newest
    cache.prune(max_bytes=2 * entries[cache.keys["stage"][0]].stat().st_size)
    assert sorted(entry.name for entry in (tmp_path / "cache/stage").iterdir()) == sorted(cache.keys["stage"][2:4])


def test_a_disabled_cache_stores_nothing(tmp_path):
    cache = Cache(None)
    assert cache.memo("stage", ("a",), lambda: 1) == 1 and cache.memo("stage", ("a",), lambda: 2) == 2
    assert cache.misses["stage"] == 2 and not cache.hits


def test_write_output_touches_only_what_differs(tmp_path):
    out = tmp_path / "out"
    assert write_output({"a.py": "a\n", "pkg/b.py": "b\n", "gone/deep/c.py": "c\n"}, out) == 3
    before = snapshot(out)
    assert write_output({"a.py": "a\n", "pkg/b.py": "B\n", "new.txt": "n\n"}, out) == 3
    after = snapshot(out)
    assert after["a.py"] == before["a.py"] and after["pkg/b.py"] != before["pkg/b.py"]
    assert sorted(after) == ["a.py", "new.txt", "pkg/b.py"]
    assert not (out / "gone").exists()  # the directories left empty go too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary file left
    assert write_output({"a.py/inner.py": "x\n"}, out) == 4  # a file where a directory must go
    assert sorted(contents(out)) == ["a.py/inner.py"]


def test_a_run_stopped_by_bad_pages_leaves_no_cache(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages/empty.md").write_text("\n", encoding="utf-8")
    result = run(tmp_path, "generate", "pages", "-o", "out")
    assert result.returncode == 1 and "pages/empty.md:1: error: an empty file" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]
