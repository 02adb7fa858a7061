from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_deployment_rule

_REFERENCES = {"list_deployment_rule": "list_deployment_rule"}


class ListDeploymentRuleResponse(OpenApiModel):
    data: list_deployment_rule.ListDeploymentRule | None = None
