"""The whole SDK package: runtime copied verbatim, models, API modules, lazy indexes.

``render_package(spec)`` returns relative path -> file content, not yet formatted; ``format_source`` is
the one formatter of every generated Python file: black, pinned and in-process, with an explicit mode (no
configuration is picked up from the surroundings). The result depends on the spec alone: same pages,
same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

import black
import jinja2

from generator.cache import Cache
from generator.problems import Problem
from generator.render.apis import api_modules
from generator.render.model_schemas import VersionModels, models_by_version
from generator.render.models import render_models
from generator.spec.operation import Operation
from generator.spec.spec import Spec

DEFAULT_PACKAGE = "datadog_api_client"
RUNTIME = Path(__file__).resolve().parents[1] / "runtime"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=120)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Python source, not HTML: values reach it through repr/tojson or as identifiers
    )


def render_package(
    spec: Spec,
    package: str = DEFAULT_PACKAGE,
    cache: Cache | None = None,
    versions: dict[str, tuple[list[Operation], VersionModels]] | None = None,
) -> tuple[dict[str, str], list[Problem]]:
    """The SDK's files under ``<package>/``, and what naming had to report; with a ``cache``, a version
    whose models are what they were is not run through datamodel-code-generator again."""
    environment = _environment()
    files: dict[str, str] = {}
    problems: list[Problem] = []
    for path in sorted(RUNTIME.glob("*.py")):
        files[f"{package}/{path.name}"] = path.read_text(encoding="utf-8")
    files[f"{package}/py.typed"] = ""
    tag_docs = {tag.name: tag.description for tag in spec.tags}
    for version, (operations, models) in (versions or models_by_version(spec.operations)).items():
        problems.extend(models.problems)
        root = f"{package}/{version}"
        files[f"{root}/__init__.py"] = f'"""Datadog API {version}."""\n'
        model_files = _render_models(models, package, cache)
        for name, source in model_files.items():
            files[f"{root}/model/{name}"] = source
        model_entries = sorted((key.split(".")[1], key.split(".")[0]) for key in models.definitions)
        files[f"{root}/model/__init__.py"] = environment.get_template("lazy_index.py.jinja").render(
            docstring=f"Models of the Datadog API {version}.", entries=model_entries
        )
        apis = api_modules(operations, models, package, tag_docs, problems)
        for api in apis:
            files[f"{root}/api/{api.module}.py"] = environment.get_template("api.py.jinja").render(api=api)
        files[f"{root}/api/__init__.py"] = environment.get_template("lazy_index.py.jinja").render(
            docstring=f"API classes of the Datadog API {version}.", entries=[(a.class_name, a.module) for a in apis]
        )
    return files, sorted(set(problems))


def _render_models(models: VersionModels, package: str, cache: Cache | None) -> dict[str, str]:
    if cache is None:
        return render_models(models, package)
    # The schema document, its discriminated oneOfs and the package are all that render_models reads.
    document = json.dumps(models.document())
    discriminated = json.dumps(sorted(models.discriminated.items()))
    return cache.memo("models", (document, discriminated, package), lambda: render_models(models, package))


def format_source(path: str, text: str) -> str:
    """``text`` formatted by black when ``path`` is a Python file, else unchanged."""
    if not path.endswith(".py"):
        return text
    return black.format_str(text, mode=BLACK_MODE)
