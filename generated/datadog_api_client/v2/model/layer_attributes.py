from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer_attributes_interval, time_restriction

_REFERENCES = {"layer_attributes_interval": "layer_attributes_interval", "time_restriction": "time_restriction"}


class LayerAttributes(OpenApiModel):
    effective_date: Annotated[datetime | None, Field(description="When the layer becomes active (ISO 8601).")] = None
    end_date: Annotated[datetime | None, Field(description="When the layer ceases to be active (ISO 8601).")] = None
    interval: layer_attributes_interval.LayerAttributesInterval | None = None
    name: Annotated[str | None, Field(description="The name of this layer.")] = None
    restrictions: Annotated[
        list[time_restriction.TimeRestriction] | None,
        Field(description="An optional list of time restrictions for when this layer is in effect."),
    ] = None
    rotation_start: Annotated[
        datetime | None, Field(description="The date/time when the rotation starts (ISO 8601).")
    ] = None
    time_zone: Annotated[str | None, Field(description="The time zone for this layer.")] = None
