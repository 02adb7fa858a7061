"""Hostile pages: docs text reaches generated Python only as escaped string literals or validated names.

The pages under fixtures/hostile/pages are valid reference pages whose text is built to break a careless
generator: triple quotes, backslashes and ``\\N{...}`` escapes, jinja-looking ``{{ }}``/``{% %}``, calls
such as ``__import__('os').system('touch CANARY')``, a tag named ``../../evil`` and one ``..\\\\x``,
titles that are keywords or start with digits, keyword/dunder/unicode field names, enum values that
collide once normalised, and code examples naming a module ``__init__`` and a class ``Field``. They
are generated once (CLI, subprocess) into a temporary directory; the tests read and import the result in
fresh interpreters. The pages under fixtures/hostile/malformed must be refused with errors, not tracebacks.
"""

from __future__ import annotations

import ast
import io
import json
import os
import posixpath
import re
import subprocess
import sys
import textwrap
import tokenize
from pathlib import Path

import pytest

from generator.load import load_spec
from generator.output import render_tree
from generator.render import names

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).resolve().parent / "fixtures/hostile"
PAGES = HOSTILE / "pages"
MALFORMED = HOSTILE / "malformed"
PACKAGE = "datadog_api_client"
CANARY = "CANARY"
# Page text that would do something if it ever ran, or would show that a template evaluated it; none of
# them can be part of a name made from the text (``IMPORT_OS_SYSTEM_TOUCH_CANARY`` is a fine enum member).
PAYLOAD_MARKERS = ("__import__", "touch CANARY", "{{", "{%")
SAFE_PATH_RE = re.compile(r"[A-Za-z0-9_.-]+")
MODULE_FILE_RE = re.compile(r"[a-z][a-z0-9_]*\.py|_[0-9a-z_]*\.py|__init__\.py")
LOCATOR_RE = re.compile(r"v\d+\.model\.[a-z0-9_]+:\w+")


def run_python(code: str, cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess:
    """``code`` in a fresh interpreter that sees only the generated package (and the venv)."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def generate(paths: list[Path], cwd: Path, output: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    # no cache: this run must write nothing but the output tree
    command = [sys.executable, "-m", "generator", "generate", *map(str, paths), "-o", str(output), "--no-cache"]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """An empty directory holding only the output: whatever the pages would write elsewhere shows up here."""
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def generated(workdir: Path) -> tuple[subprocess.CompletedProcess, Path]:
    cwd = workdir / "nested"
    cwd.mkdir()
    output = cwd / "out"
    return generate([PAGES], cwd, output), output


@pytest.fixture(scope="module")
def out(generated) -> Path:
    result, output = generated
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def python_files(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.py"))}


def sdk_modules(out: Path) -> list[str]:
    """Every module generated from the pages (the API and model modules of each version)."""
    found = []
    for path in sorted((out / PACKAGE).glob("v*/**/*.py")):
        parts = path.relative_to(out).with_suffix("").parts
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_generate_exits_0_with_warnings_and_no_traceback(generated):
    result, _ = generated
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lint = subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(PAGES)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert lint.returncode == 0 and "Traceback" not in lint.stderr
    # the official names the examples give that the SDK cannot use are reported, not used
    assert "names a module '__init__'" in lint.stdout
    assert "names a class 'Field'" in lint.stdout
    assert "names a method '__init__'" in lint.stdout
    assert "names an enum member '_missing_'" in lint.stdout


def test_every_file_is_written_inside_the_output_directory(workdir: Path, out: Path):
    root = out.resolve()
    for path in out.rglob("*"):
        assert not path.is_symlink(), path
        assert path.resolve().is_relative_to(root), path
        relative = path.relative_to(out)
        assert all(SAFE_PATH_RE.fullmatch(part) and part not in (".", "..") for part in relative.parts), relative
    # nothing next to the output, nor above it ("../../evil" would land there)
    assert sorted(p.relative_to(workdir).as_posix() for p in workdir.rglob("*") if not p.is_relative_to(out)) == [
        "nested"
    ]


def test_rendered_paths_are_normalised_and_distinct():
    """Checked before writing: a path such as ``pkg//__init__.py`` would overwrite ``pkg/__init__.py``."""
    tree, _ = render_tree(load_spec([PAGES]))
    normalised = [posixpath.normpath(path) for path in tree]
    assert normalised == list(tree)
    assert len(set(normalised)) == len(normalised)
    assert not any(path.startswith("/") or ".." in path.split("/") for path in tree)
    for path in tree:
        if path.startswith(f"{PACKAGE}/v") and path.endswith(".py"):
            assert MODULE_FILE_RE.fullmatch(path.rsplit("/", 1)[-1]), path


def test_the_hostile_tags_name_safe_modules(out: Path):
    modules = {p.name for p in (out / PACKAGE / "v2" / "api").glob("*.py")}
    assert modules == {"__init__.py", "evil_api.py", "x_api.py"}


def test_every_generated_python_file_compiles(python_files: dict[str, str]):
    for path, source in python_files.items():
        compile(source, path, "exec")
        ast.parse(source, path)


def test_no_generated_module_defines_a_name_twice(python_files: dict[str, str]):
    """Names made from page text must not collide: a second definition (a method, an endpoint constant, a
    lazy-index entry, a keyword argument) silently replaces the first."""
    for path, source in python_files.items():
        tree = ast.parse(source)
        scopes = [tree.body] + [node.body for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        for body in scopes:
            defined = [
                target.id if isinstance(target, ast.Name) else target.name
                for node in body
                for target in (node.targets if isinstance(node, ast.Assign) else [node])
                if isinstance(target, (ast.Name, ast.FunctionDef, ast.ClassDef))
            ]
            assert len(defined) == len(set(defined)), f"{path}: {sorted(n for n in defined if defined.count(n) > 1)}"
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = [key.value for key in node.keys if isinstance(key, ast.Constant)]
                assert len(keys) == len(set(keys)), f"{path}:{node.lineno}: duplicate keys"


def test_every_operation_keeps_its_endpoint(out: Path, python_files: dict[str, str]):
    """No operation is lost to a clobbered module: each one of the spec has its Endpoint(...) in an API module."""
    spec = json.loads((out / "spec.json").read_text(encoding="utf-8"))
    documented = sorted((op["version"], op["method"], op["path"]) for op in spec["operations"])
    generated = []
    for path, source in python_files.items():
        if re.fullmatch(rf"{PACKAGE}/v\d+/api/\w+\.py", path):
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Endpoint":
                    given = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
                    generated.append((given["version"], given["method"], given["path"]))
    assert sorted(generated) == documented
    assert len(documented) == 6


def test_page_text_appears_only_inside_string_literals(python_files: dict[str, str]):
    """A payload anywhere but in a string token (code, or a comment a newline could end) would be code."""
    seen_in_strings = set()
    for path, source in python_files.items():
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            for marker in PAYLOAD_MARKERS:
                if marker in token.string:
                    assert token.type == tokenize.STRING, f"{path}:{token.start[0]}: {marker!r} in {token.string!r}"
                    seen_in_strings.add(marker)
    # and the payloads did reach the source (as text), so the check above was not vacuous
    assert set(PAYLOAD_MARKERS) <= seen_in_strings


def test_no_generated_module_calls_what_the_pages_wrote(python_files: dict[str, str]):
    dangerous = {"__import__", "eval", "exec", "open", "system", "compile"}
    for path, source in python_files.items():
        if not path.startswith(f"{PACKAGE}/v"):
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                assert name not in dangerous, f"{path}:{node.lineno}: calls {name}"


# One fresh interpreter answers every question about the generated SDK at run time (importing pydantic
# once, not once per test); each answer is a value, or the traceback that stood in its way.
RUNTIME_PROBE = r"""
import importlib, inspect, json, re, traceback

def answer(question):
    try:
        return question()
    except BaseException:
        return {"traceback": traceback.format_exc()}

def import_everything():
    for name in MODULES:
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", []):
            value = getattr(module, exported)  # a class of this package, not a name its module imported
            assert (value.__name__, value.__module__.rpartition(".")[0]) == (exported, name), (name, exported)
        for text in re.findall(LOCATOR, open(module.__file__, encoding="utf-8").read()):
            where, cls = text.split(":")
            getattr(importlib.import_module(PACKAGE + "." + where), cls)
    return len(MODULES)

def docs():
    from datadog_api_client.v2.api.evil_api import EvilApi
    from datadog_api_client.v2.model.class_request import ClassRequest
    fields = ClassRequest.model_fields
    return {
        "api": EvilApi.__doc__,
        "method": EvilApi.class_.__doc__,
        "from": fields["from_"].description,
        "def": fields["def_"].description,
    }

def round_trip():
    from datadog_api_client.v2.model.class_request import ClassRequest
    from datadog_api_client.v2.model.class_request_kind import ClassRequestKind
    model = ClassRequest(**DOCUMENT)
    assert model.class_.yield_ == "return" and model.from_ == DOCUMENT["from"] and model.None_ == "n"
    assert model.kind is ClassRequestKind.SAY_HI
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)

def ligature():
    from datadog_api_client.v2.model.class_request import ClassRequest
    return getattr(ClassRequest.model_validate({"class": {}, "from": "x", "\ufb01x": "ligature"}), "fix")

def enums():
    from datadog_api_client.v2.model.class_request_kind import ClassRequestKind
    from datadog_api_client.v2.model.class_response_return import ClassResponseReturn
    from datadog_api_client.v2.model.evil_mode import Mode
    return {e.__name__: [[m.name, m.value] for m in e] for e in (ClassRequestKind, ClassResponseReturn, Mode)}

def signatures():
    from datadog_api_client.v2.api.evil_api import EvilApi
    methods = ("class_", "_123_go", "init", "none")
    return {name: list(inspect.signature(getattr(EvilApi, name)).parameters) for name in methods}

def digit_method():
    from datadog_api_client.v2.api.evil_api import EvilApi

    class Recorder:
        def call(self, endpoint, arguments):
            return endpoint

    return EvilApi(Recorder())._123_go() is not None

QUESTIONS = [import_everything, docs, round_trip, ligature, enums, signatures, digit_method]
print(json.dumps({question.__name__: answer(question) for question in QUESTIONS}))
"""
# A body in which every key is a name Python cannot use as is.
DOCUMENT = {
    "class": {"lambda": "''' \\ \\N{BULLET}", "yield": "return"},
    "from": "\"); open('CANARY', 'w'); (\"",
    "import": ["\\", '"', "'''"],
    "None": "n",
    "True": True,
    "__init__": "dunder",
    "__class__": "dunder",
    "1st": "digit",
    "-": "dash",
    "?": "question mark",
    "_": "underscore",
    "a.b": "dot",
    "my field": "space",
    "model_config": "pydantic",
    "schema": "pydantic",
    "self": "self",
    "x-y": "dash",
    "x_y": "underscore",
    "naïve": "unicode",
    "日本": "unicode",
    "kind": 'say "hi"',
}


@pytest.fixture(scope="module")
def runtime(out: Path, workdir: Path) -> dict:
    run_dir = workdir / "run"
    run_dir.mkdir()
    constants = (
        f"import json\nMODULES = {sdk_modules(out)!r}\nLOCATOR = {LOCATOR_RE.pattern!r}\nPACKAGE = {PACKAGE!r}\n"
        f"DOCUMENT = json.loads({json.dumps(DOCUMENT)!r})\n"
    )
    result = run_python(constants + RUNTIME_PROBE, run_dir, out)
    assert result.returncode == 0, result.stderr
    return {**json.loads(result.stdout), "run_dir": run_dir}


def answer(runtime: dict, question: str):
    value = runtime[question]
    if isinstance(value, dict) and "traceback" in value:
        pytest.fail(value["traceback"])
    return value


def test_every_generated_module_imports_and_runs_no_page_text(runtime: dict, out: Path, workdir: Path):
    """Every API and model module imports in a fresh interpreter, every name of the lazy indexes resolves,
    and so does every model the endpoints name (``v2.model.x:Class``): the classes are where the SDK says."""
    assert answer(runtime, "import_everything") >= 15
    assert not (runtime["run_dir"] / CANARY).exists() and not (workdir / CANARY).exists()
    assert not list(out.rglob(CANARY))


def test_docs_text_survives_escaping_verbatim(runtime: dict):
    """Escaping is right, not merely safe: the docstrings and descriptions say what the page says."""
    docs = answer(runtime, "docs")
    assert "ends a docstring \"\"\" and another ''' then a backslash \\ and \\N{BULLET} and \\x00" in docs["api"]
    assert docs["api"].rstrip().endswith("trailing backslash \\")
    assert "{{ api.docstring }}" in docs["api"] and "{{ 7*7 }}" in docs["api"]
    assert 'An overview with """ triple quotes """' in docs["method"]
    assert "\\N{SNOWMAN} \\t \\n." in docs["method"]
    assert docs["method"].rstrip().endswith('Ends with a quote "')
    assert docs["from"] == "\")); __import__('os').system('touch CANARY'); open('CANARY', 'w') #"
    assert docs["def"] == "Another keyword. \\N{BULLET} {{ 7*7 }} {% if true %}x{% endif %}"


def test_keyword_fields_round_trip_through_their_aliases(runtime: dict):
    assert answer(runtime, "round_trip") == DOCUMENT


def test_a_field_name_python_normalises_keeps_its_wire_name(runtime: dict):
    """Python reads a declared field ``ﬁx`` as ``fix``: without an alias its wire name would become "fix"
    and the page's "ﬁx" would land among the extra fields, the declared field left empty."""
    assert answer(runtime, "ligature") == "ligature"


def test_enum_values_that_collide_once_normalised_stay_distinct(runtime: dict):
    enums = answer(runtime, "enums")
    assert [value for _, value in enums["ClassRequestKind"] + enums["ClassResponseReturn"]] == [
        "it's",
        'say "hi"',
        "back\\slash",
        "class",
        "None",
        "a-b",
        "a_b",
        "A B",
        "!!!",
        "???",
        "1",
        "_missing_",
        "__import__('os').system('touch CANARY')",
        '"""',
        "'''",
    ]
    assert all(names.is_enum_member(name) for members in enums.values() for name, _ in members)
    # the example's Mode._missing_ is not used as a member name; the conventional one is
    assert enums["Mode"] == [["ON", "on"], ["OFF", "off"], ["AUTO", "auto"]]


def test_keyword_path_parameters_become_underscored_arguments(runtime: dict):
    signatures = answer(runtime, "signatures")
    assert signatures["class_"] == [
        "self",
        "class_",
        "from_",
        "body_",
        "api_client_",
        "self_",
        "body",
        "import_",
        "page_limit",
        "none",
        "_9lives",
        "x_vil_header",
        "def_",
    ]
    assert signatures["_123_go"] == signatures["init"] == signatures["none"] == ["self"]


def test_a_method_of_a_digit_title_finds_its_endpoint(runtime: dict):
    """``_123_go`` must not use a ``__123_GO`` constant: inside the class that name is mangled."""
    assert answer(runtime, "digit_method") is True


def test_control_characters_and_lone_carriage_returns_stay_text(tmp_path: Path):
    """Characters Python or Markdown may read as line ends (CR, U+2028, NEL, FF, VT) and terminal escapes,
    written into the tag's description (not in the fixture file, where nobody would see them)."""
    text = (PAGES / "evil-tag.md").read_text(encoding="utf-8")
    anchor = "A line that ends with a trailing backslash \\\n"
    controls = "lone CR\rthen LS\u2028NEL\x85FF\x0cVT\x0bESC\x1b[31m RLO\u202egnp.exe\n"
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "evil-tag.md").write_text(text.replace(anchor, anchor + controls), encoding="utf-8", newline="")
    result = generate([pages], tmp_path, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    docs = run_python(
        """
        from datadog_api_client.v2.api.evil_api import EvilApi
        print(ascii(EvilApi.__doc__))
        """,
        tmp_path,
        tmp_path / "out",
    )
    assert docs.returncode == 0, docs.stderr
    # the lone CR is a line end, as Markdown reads it; every other character is kept as it is
    assert "lone CR\\nthen LS\\u2028NEL\\x85FF\\x0cVT\\x0bESC\\x1b[31m RLO\\u202egnp.exe" in docs.stdout


def test_the_enum_template_quotes_a_description():
    """Descriptions are off for enums today (``use_schema_description``); the day they are on, the text
    the tool hands our template (escaped, not quoted) must become a docstring, not code."""
    from datamodel_code_generator import DataModelType, InputFileType, generate as generate_models

    from generator.render.models import MODEL_TEMPLATES

    description = 'A quote " then """ and \\N{BULLET}"); __import__("os").system("touch CANARY") #"'
    schema = {"$defs": {"m.Kind": {"type": "string", "enum": ["a"], "title": "Kind", "description": description}}}
    modules = generate_models(
        json.dumps(schema),
        input_file_type=InputFileType.JsonSchema,
        output=None,
        output_model_type=DataModelType.PydanticV2BaseModel,
        treat_dot_as_module=True,
        use_subclass_enum=True,
        use_schema_description=True,
        custom_template_dir=MODEL_TEMPLATES,
        formatters=[],
        target_python_version="3.11",
    )
    (kind,) = [node for node in ast.parse(modules[("m.py",)]).body if isinstance(node, ast.ClassDef)]
    assert ast.get_docstring(kind, clean=False).strip() == description  # read, never run


@pytest.mark.parametrize(
    ("page", "messages"),
    [
        ("evil-no-version.md", ["11: error: GET /unversioned/x: no API version"]),
        (
            "argument-clash.md",
            [
                '9: error: parameters "page[limit]" and "page_limit" would both be the Python argument page_limit',
                '9: error: parameters "id" and "ID" would both be the Python argument id',
            ],
        ),
    ],
)
def test_malformed_pages_are_refused_with_errors_not_tracebacks(tmp_path: Path, page: str, messages: list[str]):
    output = tmp_path / "out"
    result = generate([MALFORMED / page], tmp_path, output)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for message in messages:
        assert f"{page}:{message}" in result.stderr, result.stderr
    assert not output.exists()


@pytest.mark.parametrize(
    "name", ["__init__", "../evil", "..\\x", "évil", "a.b", "class", "Evil", "", "_private", "a/b"]
)
def test_official_module_names_must_be_plain_file_names(name: str):
    assert not names.is_module_name(name)


@pytest.mark.parametrize(
    ("text", "class_name", "module"),
    [
        ("123 go response", "Model123GoResponse", "model123_go_response"),
        ("Field", "FieldModel", "field_model"),
        ("None", "NoneModel", "none_model"),
        ("../../evil", "Evil", "evil"),
        ("日本", "Model", "model"),
        ("DORADeploymentPatchRequest", "DORADeploymentPatchRequest", "dora_deployment_patch_request"),
    ],
)
def test_model_names_are_plain_identifiers(text: str, class_name: str, module: str):
    assert names.model_class_name(text) == class_name
    assert names.model_module_name(class_name) == module
    assert names.is_class_name(class_name) and names.is_module_name(module)
