from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_index

_REFERENCES = {"logs_index": "logs_index"}


class ListLogIndexesResponse(OpenApiModel):
    indexes: Annotated[list[logs_index.LogsIndex] | None, Field(description="Array of Log index configurations.")] = (
        None
    )
