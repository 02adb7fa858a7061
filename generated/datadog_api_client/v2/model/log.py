from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import log_attributes, log_type

_REFERENCES = {"log_attributes": "log_attributes", "log_type": "log_type"}


class Log(OpenApiModel):
    attributes: log_attributes.LogAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the Log.")] = None
    type: log_type.LogType | None = None
