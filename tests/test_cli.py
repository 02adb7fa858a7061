"""The command line on the real pages: spec (JSON, OpenAPI), lint, and the generate/check cycle."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = "docs_input/seeds"
PROBLEM_RE = re.compile(r"^\S+:\d+: (error|warning): .+$")
OUTPUT_FILES = {"spec.json", "openapi.json"}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def files_of(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


# -- spec ------------------------------------------------------------------------------------------------


def test_spec_json_to_a_file(tmp_path):
    target = tmp_path / "spec.json"
    result = run("spec", "docs_input", "--format", "json", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # the spec went to the file
    operations = json.loads(target.read_text(encoding="utf-8"))["operations"]
    assert len(operations) > 200
    for op in operations:
        assert {"operation_id", "method", "path", "version", "tag"} <= op.keys(), op.keys()
        assert op["operation_id"] and op["tag"]
        assert op["method"] in {"GET", "POST", "PUT", "PATCH", "DELETE"}
        assert op["path"].startswith("/") and op["version"] in {"v1", "v2"}
    ids = {(op["operation_id"], op["version"]) for op in operations}
    assert len(ids) == len(operations)
    patch = next(op for op in operations if op["operation_id"] == "PatchDORADeployment")
    assert (patch["method"], patch["path"], patch["version"], patch["tag"]) == (
        "PATCH",
        "/api/v2/dora/deployments/{deployment_id}",
        "v2",
        "DORA Metrics",
    )


def test_spec_json_to_standard_output_is_the_same(tmp_path):
    target = tmp_path / "seeds.json"
    assert run("spec", SEEDS, "-o", str(target)).returncode == 0
    result = run("spec", SEEDS)
    assert result.returncode == 0, result.stderr
    assert result.stdout == target.read_text(encoding="utf-8")


def test_spec_openapi_of_every_page():
    """Validating the whole export takes seconds; test_spec.py does it in process, the seeds below here."""
    result = run("spec", "docs_input", "--format", "openapi")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["openapi"].startswith("3.")
    assert all(path.startswith("/") for path in document["paths"])
    operations = [op for path in document["paths"].values() for op in path.values()]
    assert len(operations) > 200
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids))
    assert "PatchDORADeployment" in ids


def test_spec_openapi_of_the_seeds_validates(tmp_path):
    target = tmp_path / "openapi.json"
    result = run("spec", SEEDS, "--format", "openapi", "-o", str(target))
    assert result.returncode == 0, result.stderr
    document = json.loads(target.read_text(encoding="utf-8"))
    validate(document)
    assert document["paths"]["/api/v2/dora/deployments/{deployment_id}"]["patch"]["operationId"] == (
        "PatchDORADeployment"
    )


# -- lint ------------------------------------------------------------------------------------------------


def test_lint_seeds_prints_warnings_only():
    result = run("lint", SEEDS)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert all(PROBLEM_RE.match(line) for line in lines), result.stdout
    assert not [line for line in lines if ": error: " in line]
    # the override warning needs a tag page documenting the same endpoint: the seeds alone have none
    assert "documented differently" not in result.stdout
    assert result.stderr.strip() == f"0 errors, {len(lines)} warnings"


def test_lint_strict_fails_exactly_when_there_are_warnings():
    warnings = len(run("lint", SEEDS).stdout.splitlines())
    strict = run("lint", SEEDS, "--strict")
    assert strict.returncode == (1 if warnings else 0), strict.stdout + strict.stderr
    assert len(strict.stdout.splitlines()) == warnings


def test_lint_reports_the_override_of_a_tag_page():
    result = run("lint", "docs_input/seeds/patch-a-deployment-event.md", "docs_input/pages/dora-metrics.md")
    assert result.returncode == 0, result.stdout + result.stderr
    [override] = [line for line in result.stdout.splitlines() if "documented differently" in line]
    assert override.startswith("docs_input/pages/dora-metrics.md:")
    assert ": warning: PATCH /api/v2/dora/deployments/{deployment_id} " in override
    assert "docs_input/seeds/patch-a-deployment-event.md:9" in override


# -- generate and check ----------------------------------------------------------------------------------


def generate(out: Path) -> subprocess.CompletedProcess:
    result = run("generate", SEEDS, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return result


def check(out: Path) -> subprocess.CompletedProcess:
    result = run("check", SEEDS, "-o", str(out))
    assert "Traceback" not in result.stderr
    return result


def test_generate_then_check(tmp_path):
    out = tmp_path / "generated"
    result = generate(out)
    assert f"{out}: {len(files_of(out))} files changed" in result.stderr
    assert OUTPUT_FILES <= files_of(out)
    assert "datadog_api_client/v2/api/dora_metrics_api.py" in files_of(out)  # the SDK
    validate(json.loads((out / "openapi.json").read_text(encoding="utf-8")))
    assert (out / "spec.json").read_text(encoding="utf-8") == run("spec", SEEDS).stdout
    result = check(out)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stderr


def test_check_names_a_stale_file(tmp_path):
    out = tmp_path / "generated"
    generate(out)
    spec = out / "spec.json"
    spec.write_text(spec.read_text(encoding="utf-8").replace("PatchDORADeployment", "PatchSomething"), "utf-8")
    result = check(out)
    assert result.returncode == 1
    assert f"stale: {spec}" in result.stderr
    assert f"stale: {out / 'openapi.json'}" not in result.stderr
    assert "PatchSomething" in result.stderr  # the diff shows what changed
    assert "missing:" not in result.stderr and "extra:" not in result.stderr


def test_check_names_a_missing_file(tmp_path):
    out = tmp_path / "generated"
    generate(out)
    (out / "openapi.json").unlink()
    result = check(out)
    assert result.returncode == 1
    assert f"missing: {out / 'openapi.json'}" in result.stderr
    assert "stale:" not in result.stderr


def test_check_names_an_extra_file(tmp_path):
    out = tmp_path / "generated"
    generate(out)
    (out / "sub").mkdir()
    (out / "sub" / "notes.txt").write_text("hand-written\n", encoding="utf-8")
    result = check(out)
    assert result.returncode == 1
    assert f"extra: {out / 'sub' / 'notes.txt'}" in result.stderr
    assert "stale:" not in result.stderr and "missing:" not in result.stderr


def test_check_of_an_output_that_does_not_exist(tmp_path):
    out = tmp_path / "never-generated"
    result = check(out)
    assert result.returncode == 1
    for name in OUTPUT_FILES:
        assert f"missing: {out / name}" in result.stderr
    assert not out.exists()


def test_second_generate_changes_nothing(tmp_path):
    out = tmp_path / "generated"
    generate(out)
    old = 1_000_000_000_000_000_000  # 2001, in ns: any rewrite would move it
    for name in OUTPUT_FILES:
        os.utime(out / name, ns=(old, old))
    inode = out.stat().st_ino
    result = generate(out)
    assert f"{out}: 0 files changed" in result.stderr
    for name in OUTPUT_FILES:
        assert (out / name).stat().st_mtime_ns == old, name
    assert out.stat().st_ino == inode  # the directory was not replaced either
    assert OUTPUT_FILES <= files_of(out)


def test_generate_repairs_what_check_reports(tmp_path):
    out = tmp_path / "generated"
    generate(out)
    (out / "spec.json").write_text("{}\n", encoding="utf-8")
    (out / "openapi.json").unlink()
    (out / "extra.txt").write_text("x\n", encoding="utf-8")
    result = generate(out)
    assert f"{out}: 3 files changed" in result.stderr
    assert "extra.txt" not in files_of(out) and OUTPUT_FILES <= files_of(out)
    assert check(out).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]  # no staging or retired tree left
