from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import org_configs_response_data_item


class OrgConfigsResponse(OpenApiModel):
    data: Annotated[
        list[org_configs_response_data_item.OrgConfigsResponseDataItem], Field(description="An array of Org Configs.")
    ]
