from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy_response_included_item_option2_attributes_status

_REFERENCES = {
    "policy_response_included_item_option2_attributes_status": "policy_response_included_item_option2_attributes_status"
}


class PolicyResponseIncludedItemOption2Attributes(OpenApiModel):
    email: Annotated[str | None, Field(description="The user's email address.")] = None
    name: Annotated[str | None, Field(description="The user's name.")] = None
    status: (
        policy_response_included_item_option2_attributes_status.PolicyResponseIncludedItemOption2AttributesStatus | None
    ) = None
