from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_fastly_accounts_response_data_item


class ListFastlyAccountsResponse(OpenApiModel):
    data: Annotated[
        list[list_fastly_accounts_response_data_item.ListFastlyAccountsResponseDataItem] | None,
        Field(description="The JSON:API data schema."),
    ] = None
