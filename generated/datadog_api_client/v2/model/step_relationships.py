from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import step_relationships_targets


class StepRelationships(OpenApiModel):
    targets: step_relationships_targets.StepRelationshipsTargets | None = None
