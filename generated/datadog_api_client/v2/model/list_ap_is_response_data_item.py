from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_ap_is_response_data_item_attributes

_REFERENCES = {"list_ap_is_response_data_item_attributes": "list_ap_is_response_data_item_attributes"}


class ListAPIsResponseDataItem(OpenApiModel):
    attributes: list_ap_is_response_data_item_attributes.ListAPIsResponseDataItemAttributes | None = None
    id: Annotated[UUID | None, Field(description="API identifier.")] = None
