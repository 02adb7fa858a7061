"""The spec of the real pages: golden seeds, round trip, OpenAPI export, counts, merging, lookups."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator import validate

import generator
from generator import Precedence, Spec
from generator.problems import has_errors

ROOT = Path(__file__).resolve().parents[1]

SITE_ROW_RE = re.compile(r"^\| [a-z0-9.-]+ +\| (GET|POST|PUT|PATCH|DELETE) https://[^/ ]+(/[^ ]*) +\|", re.M)


def test_seed_pages_give_the_reviewed_spec(in_root):
    golden = in_root / "tests/golden/seeds.spec.json"
    text = generator.load_spec(["docs_input/seeds"]).to_json()
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), "see tests/golden/REVIEW.md before regenerating"


def test_every_page_parses_without_errors(spec):
    assert not has_errors(spec.problems), "\n".join(str(p) for p in spec.problems if p.severity == "error")


def test_one_operation_per_endpoint_of_the_site_tables(spec):
    endpoints = set()
    for page in (ROOT / "docs_input").rglob("*.md"):
        endpoints.update(SITE_ROW_RE.findall(page.read_text(encoding="utf-8")))
    assert len(endpoints) > 200
    assert {(op.method, op.path) for op in spec.operations} == endpoints
    assert len(spec.operations) == len(endpoints)


def test_json_round_trip(spec):
    text = spec.to_json()
    again = Spec.from_json(text)
    assert again.operations == spec.operations and again.tags == spec.tags
    assert again.to_json() == text
    for op in json.loads(text)["operations"]:
        assert {"operation_id", "method", "path", "version", "tag"} <= op.keys()


def test_openapi_export_validates(spec):
    document = spec.to_openapi()
    validate(document)
    ids = [op["operationId"] for path in document["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids)) == len(spec.operations)
    patch = document["paths"]["/api/v2/dora/deployments/{deployment_id}"]["patch"]
    assert patch["operationId"] == "PatchDORADeployment"
    assert patch["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/DORADeploymentPatchRequest"
    }


def test_lookups(spec):
    op = spec.operation("PatchDORADeployment")
    assert (op.method, op.path, op.version, op.tag) == (
        "PATCH",
        "/api/v2/dora/deployments/{deployment_id}",
        "v2",
        "DORA Metrics",
    )
    with pytest.raises(KeyError, match="v1, v2"):
        spec.operation("CreateUser")
    assert spec.operation("CreateUser", version="v1").path == "/api/v1/user"
    assert op in spec.by_tag("DORA Metrics")
    assert {o.tag for o in spec.by_tag("Users")} == {"Users"}


def test_names_revealed_by_the_code_examples(spec):
    """Checked against the Python, Go and Ruby examples of the two seed pages."""
    names = spec.operation("PatchDORADeployment").sdk
    assert (names.python_api_class, names.python_api_module) == ("DORAMetricsApi", "dora_metrics_api")
    assert names.python_method == "patch_dora_deployment"
    assert names.python_parameters == ["deployment_id", "body"]
    assert names.go_method == "PatchDORADeployment"
    remediation = [m for m in names.enum_members if m.pointer == "/data/attributes/remediation/type"]
    assert [(m.class_name, m.member, m.value) for m in remediation] == [
        ("DORADeploymentPatchRemediationType", "ROLLBACK", "rollback")
    ]
    rule = spec.operation("UpdateDeploymentRule")
    assert rule.preview and rule.sdk.unstable_operation == "update_deployment_rule"


def test_seed_page_supersedes_its_tag_page_and_says_so(in_root):
    paths = ["docs_input/seeds/patch-a-deployment-event.md", "docs_input/pages/dora-metrics.md"]
    spec = generator.load_spec(paths)
    op = spec.operation("PatchDORADeployment")
    assert op.source.file == "docs_input/seeds/patch-a-deployment-event.md"
    assert any(site.site == "us2.ddog-gov.com" for site in op.sites)  # only the newer seed lists it
    [override] = [p for p in spec.problems if "documented differently" in p.message]
    assert override.file == "docs_input/pages/dora-metrics.md" and override.severity == "warning"
    assert "docs_input/seeds/patch-a-deployment-event.md:9" in override.message

    tag_first = generator.load_spec(paths, Precedence.TAG_PAGE).operation("PatchDORADeployment")
    assert tag_first.source.file == "docs_input/pages/dora-metrics.md"
    assert not any(site.site == "us2.ddog-gov.com" for site in tag_first.sites)


def test_spec_bytes_do_not_depend_on_the_hash_seed():
    outputs = []
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "generator", "spec", "docs_input/pages/users.md", "docs_input/seeds"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 100_000
