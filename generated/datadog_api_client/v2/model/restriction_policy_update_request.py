from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import restriction_policy

_REFERENCES = {"restriction_policy": "restriction_policy"}


class RestrictionPolicyUpdateRequest(OpenApiModel):
    data: restriction_policy.RestrictionPolicy
