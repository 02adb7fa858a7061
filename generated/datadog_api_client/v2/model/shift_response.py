from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy_response_included_item_option2, shift

_REFERENCES = {"policy_response_included_item_option2": "policy_response_included_item_option2", "shift": "shift"}


class ShiftResponse(OpenApiModel):
    data: shift.Shift | None = None
    included: Annotated[
        list[policy_response_included_item_option2.PolicyResponseIncludedItemOption2] | None,
        Field(description="The `Shift` `included`."),
    ] = None
