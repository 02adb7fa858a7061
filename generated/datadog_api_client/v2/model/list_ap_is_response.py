from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_ap_is_response_data_item, list_ap_is_response_meta

_REFERENCES = {
    "list_ap_is_response_data_item": "list_ap_is_response_data_item",
    "list_ap_is_response_meta": "list_ap_is_response_meta",
}


class ListAPIsResponse(OpenApiModel):
    data: Annotated[
        list[list_ap_is_response_data_item.ListAPIsResponseDataItem] | None, Field(description="List of API items.")
    ] = None
    meta: list_ap_is_response_meta.ListAPIsResponseMeta | None = None
