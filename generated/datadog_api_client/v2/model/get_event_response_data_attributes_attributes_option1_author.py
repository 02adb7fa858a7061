from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_event_response_data_attributes_attributes_option1_author_type

_REFERENCES = {
    "get_event_response_data_attributes_attributes_option1_author_type": "get_event_response_data_attributes_attributes_option1_author_type"
}


class GetEventResponseDataAttributesAttributesOption1Author(OpenApiModel):
    name: Annotated[str | None, Field(description="The name of the user or system that made the change.")] = None
    type: (
        get_event_response_data_attributes_attributes_option1_author_type.GetEventResponseDataAttributesAttributesOption1AuthorType
        | None
    ) = None
