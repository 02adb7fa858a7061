from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_powerpacks_response_included_item, powerpack_data

_REFERENCES = {
    "list_powerpacks_response_included_item": "list_powerpacks_response_included_item",
    "powerpack_data": "powerpack_data",
}


class CreatePowerpackResponse(OpenApiModel):
    data: powerpack_data.PowerpackData | None = None
    included: Annotated[
        list[list_powerpacks_response_included_item.ListPowerpacksResponseIncludedItem] | None,
        Field(description="Array of objects related to the users."),
    ] = None
