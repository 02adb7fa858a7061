from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_dora_deployments_response_data_item


class ListDORADeploymentsResponse(OpenApiModel):
    data: Annotated[
        list[list_dora_deployments_response_data_item.ListDORADeploymentsResponseDataItem] | None,
        Field(description="The list of DORA deployment events."),
    ] = None
