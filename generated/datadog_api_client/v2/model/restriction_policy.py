from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import restriction_policy_attributes, restriction_policy_type

_REFERENCES = {
    "restriction_policy_attributes": "restriction_policy_attributes",
    "restriction_policy_type": "restriction_policy_type",
}


class RestrictionPolicy(OpenApiModel):
    attributes: restriction_policy_attributes.RestrictionPolicyAttributes
    id: Annotated[
        str,
        Field(
            description="The identifier, always equivalent to the value specified in the `resource_id` path parameter."
        ),
    ]
    type: restriction_policy_type.RestrictionPolicyType
