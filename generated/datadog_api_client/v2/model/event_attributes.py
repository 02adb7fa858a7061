from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_attributes_attributes

_REFERENCES = {"event_attributes_attributes": "event_attributes_attributes"}


class EventAttributes(OpenApiModel):
    attributes: event_attributes_attributes.EventAttributesAttributes | None = None
    message: Annotated[str | None, Field(description="The message of the event.")] = None
    tags: Annotated[list[str] | None, Field(description="An array of tags associated with the event.")] = None
    timestamp: Annotated[datetime | None, Field(description="The timestamp of the event.")] = None
