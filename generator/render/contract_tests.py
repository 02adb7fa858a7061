"""Contract tests generated per operation: placeholder until they are rendered."""

from __future__ import annotations

from generator.spec.spec import Spec


def render_contract_tests(spec: Spec, package: str) -> dict[str, str]:
    """Relative path (under the output tree) -> test module source, not yet formatted."""
    return {}
