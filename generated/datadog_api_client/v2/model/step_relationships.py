from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import step_relationships_targets

_REFERENCES = {"step_relationships_targets": "step_relationships_targets"}


class StepRelationships(OpenApiModel):
    targets: step_relationships_targets.StepRelationshipsTargets | None = None
