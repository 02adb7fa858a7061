"""The generated SDK as a whole: deterministic, type-checked, cheap to import, and true to the examples."""

import json
import os
import subprocess
import sys
from pathlib import Path


import generator
import generator.render.names
from generator.problems import WARNING
from generated_sdk import GENERATED, run_python

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["docs_input/seeds", "docs_input/pages/users.md", "docs_input/pages/dora-metrics.md"]


def test_generation_does_not_depend_on_the_hash_seed(tmp_path):
    trees = []
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", *PAGES, "-o", str(out)],
            cwd=ROOT, env=env, check=True, capture_output=True,
        )
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]
    assert "datadog_api_client/v2/api/dora_metrics_api.py" in trees[0]


def test_mypy_passes_on_the_generated_sdk(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), "datadog_api_client"],
        cwd=GENERATED, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_importing_one_api_module_imports_no_model():
    result = run_python(
        "import sys\n"
        "from datadog_api_client.v2.api.users_api import UsersApi\n"
        "print(sorted(m for m in sys.modules if '.model.' in m))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_model_index_is_lazy():
    result = run_python(
        "import sys\n"
        "import datadog_api_client.v2.model as models\n"
        "before = sum('.model.' in m for m in sys.modules)\n"
        "models.DORADeploymentPatchRequest\n"
        "print(before, 'datadog_api_client.v2.model.dora_deployment_patch_request' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "True"]


def test_every_json_example_fits_its_generated_model_or_is_a_known_doc_error(spec):
    """Each documented example validates into its model and dumps back equal; the exceptions are exactly
    the examples the linter reports as contradicting their model (documentation errors)."""
    script = r"""
import json, sys, importlib, warnings
from generator.contract_runtime.values import same_instants
warnings.simplefilter("ignore")

cases = json.load(sys.stdin)
failed = []
for locator, value, where in cases:
    module, name = locator.split(":")
    cls = getattr(importlib.import_module("datadog_api_client." + module), name)
    try:
        model = cls.model_validate(value)
        dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    except Exception as error:
        failed.append(where)
        continue
    if same_instants(dumped) != same_instants(value):
        failed.append(where)
print(json.dumps(failed))
"""
    cases = []
    for op in spec.operations:
        api = _api_module_source(op)
        bodies = [("request", op.request_body)] if op.request_body else []
        bodies += [(r.status, r) for r in op.responses]
        for status, body in bodies:
            locator = _locator(api, op, status)
            if locator is None:
                continue
            for example in body.examples:
                if example.value is not None:
                    cases.append((locator, example.value, f"{example.source.file}:{example.source.line}"))
    assert len(cases) > 500
    result = run_python(script, input=json.dumps(cases))
    assert result.returncode == 0, result.stderr
    failed = set(json.loads(result.stdout))
    linted = {f"{p.file}:{p.line}" for p in spec.problems if p.severity == WARNING and "contradicts its model" in p.message}
    assert failed <= linted, f"examples that do not fit their model and that lint does not report: {sorted(failed - linted)}"
    assert len(failed) < len(cases) / 10


def _api_module_source(op) -> str:
    module = op.sdk.python_api_module or generator.render.names.api_module_name(op.tag)
    return (GENERATED / "datadog_api_client" / op.version / "api" / f"{module}.py").read_text(encoding="utf-8")


def _locator(api_source: str, op, status: str) -> str | None:
    """The model the generated endpoint names for the request body or a response status."""
    method = op.sdk.python_method or generator.render.names.snake_case(op.operation_id)
    block = api_source.split(f"_{method.upper()} = Endpoint(", 1)[1].split("\n)\n", 1)[0]
    if status == "request":
        marker = "body_type="
        if marker not in block:
            return None
        return block.split(marker, 1)[1].split('"')[1]
    line = next((line for line in block.splitlines() if line.strip().startswith(f"{status}:")), None)
    if line is None or "None" in line:
        return None
    return line.split('"')[1]


def test_keyword_fields_take_the_official_underscored_spelling():
    result = run_python(
        "from datadog_api_client.v1.model.logs_list_request_time import LogsListRequestTime as T\n"
        "a = T(_from='2021-11-11T10:11:11Z', to='2021-11-11T11:11:11Z')\n"
        "b = T.model_validate({'from': '2021-11-11T10:11:11Z', 'to': '2021-11-11T11:11:11Z'})\n"
        "print(a == b, sorted(a.model_dump(mode='json', by_alias=True, exclude_unset=True)))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "['from',", "'to']"]


def test_a_success_answer_reads_the_same_through_the_json_fast_path():
    result = run_python(
        "import gc, json\n"
        "from datadog_api_client.serialization import read_success, to_model\n"
        "from datadog_api_client.v2.api.users_api import _LIST_USERS\n"
        "ref = _LIST_USERS.responses[200]\n"
        "good = json.dumps({'data': [{'type': 'users', 'id': '1', 'attributes': {'email': 'a@b.c'}}]}).encode()\n"
        "fast = read_success(ref, good, operation='list_users', status=200)\n"
        "slow = to_model(ref, json.loads(good), operation='list_users', status=200)\n"
        "print(fast == slow, type(fast).__name__, type(fast.data[0]).__name__, gc.isenabled())\n"
        "print(read_success(ref, b'a,b\\n1,2', operation='list_users', status=200) is not None)\n"
        "odd = read_success(ref, b'{\"data\": 3}', operation='list_users', status=200)\n"
        "print(odd.data, gc.isenabled())"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["True UsersResponse User True", "True", "3 True"]


def test_reading_an_answer_leaves_no_young_garbage_walk_and_keeps_an_application_freeze():
    # after a read, the models are in the oldest generation (none left for a young collection to walk),
    # and objects the application froze stay frozen
    result = run_python(
        "import gc, json\n"
        "from datadog_api_client.serialization import read_success\n"
        "from datadog_api_client.v2.api.users_api import _LIST_USERS\n"
        "ref = _LIST_USERS.responses[200]\n"
        "user = {'type': 'users', 'id': '1', 'attributes': {'email': 'a@b.c'}}\n"
        "body = json.dumps({'data': [user] * 500}).encode()\n"
        "read_success(ref, body, operation='list_users', status=200)\n"
        "gc.collect()\n"
        "answer = read_success(ref, body, operation='list_users', status=200)\n"
        "young = {id(o) for o in gc.get_objects(0) + gc.get_objects(1)}\n"
        "print(sum(id(u) in young for u in answer.data), gc.isenabled(), gc.get_count()[0] < 100)\n"
        "kept = [[i] for i in range(3)]\n"
        "gc.freeze()\n"
        "answer = read_success(ref, body, operation='list_users', status=200)\n"
        "tracked = {id(o) for o in gc.get_objects()}\n"
        "print(sum(id(k) in tracked for k in kept), len(answer.data), gc.isenabled())"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["0 True True", "0 500 True"]


def test_a_model_imports_the_models_it_holds_only_when_first_used():
    result = run_python(
        "import sys\n"
        "from pydantic import TypeAdapter\n"
        "from datadog_api_client.v2.model.users_response import UsersResponse\n"
        "count = lambda: sum('.model.' in m for m in sys.modules)\n"
        "print(count())\n"
        "TypeAdapter(UsersResponse).validate_python({'data': [{'type': 'users', 'attributes': {'name': 'a'}}]})\n"
        "print(count() > 5)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "True"]
