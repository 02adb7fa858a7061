from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import cipipeline_attributes_ci_level

_REFERENCES = {"cipipeline_attributes_ci_level": "cipipeline_attributes_ci_level"}


class CipipelineAttributes(OpenApiModel):
    attributes: Annotated[
        dict[str, Any] | None, Field(description="JSON object of attributes from CI Visibility pipeline events.")
    ] = None
    ci_level: cipipeline_attributes_ci_level.CipipelineAttributesCiLevel | None = None
    tags: Annotated[list[str] | None, Field(description="Array of tags associated with your event.")] = None
