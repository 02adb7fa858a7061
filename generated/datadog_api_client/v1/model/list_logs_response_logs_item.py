from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_logs_response_logs_item_content

_REFERENCES = {"list_logs_response_logs_item_content": "list_logs_response_logs_item_content"}


class ListLogsResponseLogsItem(OpenApiModel):
    content: list_logs_response_logs_item_content.ListLogsResponseLogsItemContent | None = None
    id: Annotated[str | None, Field(description="ID of the Log.")] = None
