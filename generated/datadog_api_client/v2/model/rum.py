from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_attributes, rum_type

_REFERENCES = {"rum_attributes": "rum_attributes", "rum_type": "rum_type"}


class Rum(OpenApiModel):
    attributes: rum_attributes.RumAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the event.")] = None
    type: rum_type.RumType | None = None
