from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy_response_included_item_option2_attributes, users_type

_REFERENCES = {
    "policy_response_included_item_option2_attributes": "policy_response_included_item_option2_attributes",
    "users_type": "users_type",
}


class PolicyResponseIncludedItemOption2(OpenApiModel):
    attributes: policy_response_included_item_option2_attributes.PolicyResponseIncludedItemOption2Attributes | None = (
        None
    )
    id: Annotated[str | None, Field(description="The unique user identifier.")] = None
    type: users_type.UsersType
