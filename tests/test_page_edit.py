"""A maintainer's loop on a temporary copy of a project: the docs change, ``check`` names what is stale,
``generate`` brings it up to date, and the regenerated contract tests exercise the change."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs_input" / "pages" / "dora-metrics.md"
ENUM_CELL = "Allowed enum values: `rollback,rollforward`"
DELETED_SECTION = ("## Delete a deployment event{% #delete-a-deployment-event %}", "## Patch a deployment event{%")


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, *args], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )


def generator(project: Path, command: str) -> subprocess.CompletedProcess:
    return run(project, "-m", "generator", command, "docs_input", "-o", "generated", "--no-cache")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "docs_input").mkdir()
    shutil.copy(PAGE, tmp_path / "docs_input" / PAGE.name)
    assert generator(tmp_path, "generate").returncode == 0
    assert generator(tmp_path, "check").returncode == 0
    return tmp_path


def edit(project: Path, old: str, new: str, count: int = 1) -> None:
    page = project / "docs_input" / PAGE.name
    text = page.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    page.write_text(text.replace(old, new, count), encoding="utf-8")


def stale_files(report: str) -> set[str]:
    return {line.split("generated/", 1)[1] for line in report.splitlines() if line.startswith(("stale:", "missing:", "extra:"))}


def test_a_new_enum_value_is_reported_regenerated_and_exercised(project):
    edit(project, ENUM_CELL, "Allowed enum values: `rollback,rollforward,hotfix`")
    # the page's request example of the operation uses the new value: the one after the model table
    page = project / "docs_input" / PAGE.name
    text = page.read_text(encoding="utf-8")
    at = text.index(ENUM_CELL.replace("`rollback,rollforward`", "`rollback,rollforward,hotfix`"))
    example = text.index('"type": "rollback"', at)
    page.write_text(text[:example] + '"type": "hotfix"' + text[example + len('"type": "rollback"') :], encoding="utf-8")

    check = generator(project, "check")
    assert check.returncode == 1
    stale = stale_files(check.stderr)
    assert "datadog_api_client/v2/model/dora_deployment_patch_remediation_type.py" in stale
    assert "contract_tests/v2/test_dora_metrics_api.py" in stale
    assert "spec.json" in stale

    assert generator(project, "generate").returncode == 0
    assert generator(project, "check").returncode == 0
    member = run(
        project / "generated", "-c",
        "from datadog_api_client.v2.model.dora_deployment_patch_remediation_type import "
        "DORADeploymentPatchRemediationType as T; print(T.HOTFIX.value)",
    )
    assert member.stdout.strip() == "hotfix", member.stderr
    contract = (project / "generated" / "contract_tests" / "v2" / "test_dora_metrics_api.py").read_text()
    assert '"hotfix"' in contract
    tests = run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", "generated/contract_tests", "-k", "patch_dora_deployment")
    assert tests.returncode == 0, tests.stdout[-2000:]
    assert " passed" in tests.stdout


def test_a_removed_endpoint_is_reported_and_its_method_and_tests_are_gone(project):
    page = project / "docs_input" / PAGE.name
    text = page.read_text(encoding="utf-8")
    start, end = text.index(DELETED_SECTION[0]), text.index(DELETED_SECTION[1])
    page.write_text(text[:start] + text[end:], encoding="utf-8")

    check = generator(project, "check")
    assert check.returncode == 1
    stale = stale_files(check.stderr)
    assert {"datadog_api_client/v2/api/dora_metrics_api.py", "contract_tests/v2/test_dora_metrics_api.py"} <= stale

    assert generator(project, "generate").returncode == 0
    assert generator(project, "check").returncode == 0
    api = (project / "generated" / "datadog_api_client" / "v2" / "api" / "dora_metrics_api.py").read_text()
    assert "def delete_dora_deployment(" not in api and "def delete_dora_failure(" in api
    contract = (project / "generated" / "contract_tests" / "v2" / "test_dora_metrics_api.py").read_text()
    assert "delete_dora_deployment" not in contract
