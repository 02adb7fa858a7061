from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_audit_logs_response_data_item_attributes, list_audit_logs_response_data_item_type


class ListAuditLogsResponseDataItem(OpenApiModel):
    attributes: list_audit_logs_response_data_item_attributes.ListAuditLogsResponseDataItemAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the event.")] = None
    type: list_audit_logs_response_data_item_type.ListAuditLogsResponseDataItemType | None = None
