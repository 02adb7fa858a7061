from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_log_indexes_response_indexes_item

_REFERENCES = {"list_log_indexes_response_indexes_item": "list_log_indexes_response_indexes_item"}


class ListLogIndexesResponse(OpenApiModel):
    indexes: Annotated[
        list[list_log_indexes_response_indexes_item.ListLogIndexesResponseIndexesItem] | None,
        Field(description="Array of Log index configurations."),
    ] = None
