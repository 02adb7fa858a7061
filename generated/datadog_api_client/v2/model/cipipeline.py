from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import cipipeline_attributes, cipipeline_type

_REFERENCES = {"cipipeline_attributes": "cipipeline_attributes", "cipipeline_type": "cipipeline_type"}


class Cipipeline(OpenApiModel):
    attributes: cipipeline_attributes.CipipelineAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the event.")] = None
    type: cipipeline_type.CipipelineType | None = None
