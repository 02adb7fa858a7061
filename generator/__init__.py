"""Datadog API reference pages (Markdoc) to an intermediate spec, and from it a Python SDK.

Library use::

    import generator
    spec = generator.load_spec(["docs_input"])
    op = spec.operation("PatchDORADeployment")
    spec.to_json(); spec.to_openapi()
"""

from generator.load import Precedence, load_spec
from generator.problems import Problem
from generator.spec.spec import Spec

__all__ = ["Precedence", "Problem", "Spec", "load_spec"]
