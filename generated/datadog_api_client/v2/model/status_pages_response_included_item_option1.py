from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import status_pages_response_included_item_option1_attributes, users_type

_REFERENCES = {
    "status_pages_response_included_item_option1_attributes": "status_pages_response_included_item_option1_attributes",
    "users_type": "users_type",
}


class StatusPagesResponseIncludedItemOption1(OpenApiModel):
    attributes: (
        status_pages_response_included_item_option1_attributes.StatusPagesResponseIncludedItemOption1Attributes | None
    ) = None
    id: Annotated[UUID | None, Field(description="The ID of the Datadog user.")] = None
    type: users_type.UsersType
