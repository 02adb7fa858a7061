from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_accounts_response_data_item

_REFERENCES = {"fastly_accounts_response_data_item": "fastly_accounts_response_data_item"}


class FastlyAccountsResponse(OpenApiModel):
    data: Annotated[
        list[fastly_accounts_response_data_item.FastlyAccountsResponseDataItem] | None,
        Field(description="The JSON:API data schema."),
    ] = None
