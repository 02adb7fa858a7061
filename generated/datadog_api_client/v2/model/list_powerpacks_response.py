from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_powerpacks_response_links, list_powerpacks_response_meta, powerpack_data, user

_REFERENCES = {
    "list_powerpacks_response_links": "list_powerpacks_response_links",
    "list_powerpacks_response_meta": "list_powerpacks_response_meta",
    "powerpack_data": "powerpack_data",
    "user": "user",
}


class ListPowerpacksResponse(OpenApiModel):
    data: Annotated[list[powerpack_data.PowerpackData] | None, Field(description="List of powerpack definitions.")] = (
        None
    )
    included: Annotated[list[user.User] | None, Field(description="Array of objects related to the users.")] = None
    links: list_powerpacks_response_links.ListPowerpacksResponseLinks | None = None
    meta: list_powerpacks_response_meta.ListPowerpacksResponseMeta | None = None
