from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_rule

_REFERENCES = {"deployment_rule": "deployment_rule"}


class DeploymentRuleResponse(OpenApiModel):
    data: deployment_rule.DeploymentRule | None = None
