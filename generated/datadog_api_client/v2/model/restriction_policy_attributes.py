from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import restriction_policy_binding

_REFERENCES = {"restriction_policy_binding": "restriction_policy_binding"}


class RestrictionPolicyAttributes(OpenApiModel):
    bindings: Annotated[
        list[restriction_policy_binding.RestrictionPolicyBinding], Field(description="An array of bindings.")
    ]
