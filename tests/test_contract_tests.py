"""The generated contract tests: rendered with the SDK for the seed pages, run with pytest, passing, and
failing when the SDK or the committed example stops matching the docs."""

from __future__ import annotations

import ast
import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator
from generator.output import render_tree, write_output
from generator.problems import WARNING, Problem
from generator.render.contract_tests import render_contract_tests

ROOT = Path(__file__).resolve().parents[1]
SEEDS = "docs_input/seeds"
PACKAGE = "datadog_api_client"
DORA_PATH = "/api/v2/dora/deployments/{deployment_id}"
RULE_SUMMARY = "My deployment rule"  # in the 200 example of UpdateDeploymentRule
DORA_TESTS = "contract_tests/v2/test_dora_metrics_api.py::"
GATES_TESTS = "contract_tests/v2/test_deployment_gates_api.py::"


@pytest.fixture(scope="module")
def seeds():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return generator.load_spec([SEEDS])
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def tree(seeds, tmp_path_factory) -> Path:
    """The output tree of the seed pages: the SDK, spec.json and the contract tests."""
    output = tmp_path_factory.mktemp("contract") / "out"
    files, _ = render_tree(seeds)
    write_output(files, output)
    return output


def run_pytest(tree: Path) -> tuple[subprocess.CompletedProcess, dict[str, str]]:
    """pytest on the tree's contract tests, as the project's test command runs them; test id -> outcome."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "contract_tests",
        "-p",
        "generator.contract_runtime.no_bytecode",
        "-p",
        "no:cacheprovider",
        "-rA",
        "-q",
    ]
    result = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, timeout=300)
    outcomes = {}
    for line in result.stdout.splitlines():
        match = re.match(r"(PASSED|FAILED|XFAIL|XPASS|ERROR) (\S+)", line)
        if match:
            outcomes[match.group(2)] = match.group(1)
    return result, outcomes


def test_the_contract_tests_of_the_seed_pages_pass_and_leave_the_tree_as_generated(seeds, tree):
    files, _ = render_tree(seeds)
    result, outcomes = run_pytest(tree)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # per operation: one call per request example, its documented error statuses, the preview refusal
    assert outcomes == {
        f"{DORA_TESTS}test_patch_dora_deployment": "PASSED",
        **{
            f"{DORA_TESTS}test_patch_dora_deployment_raises_documented_errors[{s}]": "PASSED"
            for s in (400, 403, 429)
        },
        f"{GATES_TESTS}test_update_deployment_rule": "PASSED",
        **{
            f"{GATES_TESTS}test_update_deployment_rule_raises_documented_errors[{s}]": "PASSED"
            for s in (400, 401, 403, 404, 429, 500)
        },
        f"{GATES_TESTS}test_update_deployment_rule_is_refused_until_enabled": "PASSED",
    }
    # no bytecode, no cache: `python -m generator check` would report any extra file as drift
    assert sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file()) == sorted(files)


def test_they_fail_when_the_sdk_or_the_committed_example_departs_from_the_docs(tree, tmp_path):
    tampered = tmp_path / "out"
    shutil.copytree(tree, tampered)
    # the SDK calls a path the docs do not have
    replace(
        tampered / f"{PACKAGE}/v2/api/dora_metrics_api.py",
        DORA_PATH,
        DORA_PATH.replace("deployments", "deployment"),
    )
    # the SDK no longer treats a preview operation as one
    replace(tampered / f"{PACKAGE}/v2/api/deployment_gates_api.py", "unstable=True,", "")
    # what the mock answers is no longer the example the tests were generated with
    replace(tampered / "spec.json", RULE_SUMMARY, "Tampered rule")
    result, outcomes = run_pytest(tampered)
    assert result.returncode == 1
    failed = sorted(name for name, outcome in outcomes.items() if outcome == "FAILED")
    assert failed == sorted(
        [
            f"{DORA_TESTS}test_patch_dora_deployment",
            *(
                f"{DORA_TESTS}test_patch_dora_deployment_raises_documented_errors[{s}]"
                for s in (400, 403, 429)
            ),
            f"{GATES_TESTS}test_update_deployment_rule",
            f"{GATES_TESTS}test_update_deployment_rule_is_refused_until_enabled",
        ]
    ), result.stdout[-3000:]
    assert (
        "no documented operation for PATCH /api/v2/dora/deployment/deployment_id%20%231%2F2" in result.stdout
    )
    assert (
        "DID NOT RAISE <class 'datadog_api_client.exceptions.UnstableOperationDisabledError'>"
        in result.stdout
    )


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_case_built_on_an_example_the_docs_contradict_is_a_strict_xfail_giving_the_lint(seeds):
    success = next(r for r in seeds.operation("UpdateDeploymentRule").responses if r.status == "200")
    where = success.examples[0].source
    message = "example of response 200 contradicts its model at /data/id: made up for this test"
    seeds_with_lint = dataclasses.replace(seeds, problems=[Problem(where.file, where.line, WARNING, message)])
    source = render_contract_tests(seeds_with_lint, PACKAGE)["contract_tests/v2/test_deployment_gates_api.py"]
    reason = f"the docs contradict themselves: {where}: warning: {message}"
    marked = re.findall(r"@pytest\.mark\.xfail\(strict=True, reason=(.+)\)\ndef (\w+)\(", source)
    # only the case that reads that example: the error and preview cases do not
    assert [(ast.literal_eval(literal), name) for literal, name in marked] == [
        (reason, "test_update_deployment_rule")
    ]
    assert source.count("pytest.mark.xfail") == 1


def test_rendering_is_deterministic_and_names_no_absolute_path(seeds):
    first = render_contract_tests(seeds, PACKAGE)
    assert first == render_contract_tests(seeds, PACKAGE)
    assert sorted(first) == [
        "contract_tests/__init__.py",
        "contract_tests/conftest.py",
        "contract_tests/v2/__init__.py",
        "contract_tests/v2/test_deployment_gates_api.py",
        "contract_tests/v2/test_dora_metrics_api.py",
    ]
    assert not any(str(ROOT) in text or "/tmp" in text for text in first.values())
