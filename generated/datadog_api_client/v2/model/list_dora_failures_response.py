from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_dora_failures_response_data_item


class ListDORAFailuresResponse(OpenApiModel):
    data: Annotated[
        list[list_dora_failures_response_data_item.ListDORAFailuresResponseDataItem] | None,
        Field(description="The list of DORA incident events."),
    ] = None
