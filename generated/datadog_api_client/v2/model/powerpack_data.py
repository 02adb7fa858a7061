from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_attributes, powerpack_data_relationships

_REFERENCES = {
    "powerpack_attributes": "powerpack_attributes",
    "powerpack_data_relationships": "powerpack_data_relationships",
}


class PowerpackData(OpenApiModel):
    attributes: powerpack_attributes.PowerpackAttributes | None = None
    id: Annotated[str | None, Field(description="ID of the powerpack.")] = None
    relationships: powerpack_data_relationships.PowerpackDataRelationships | None = None
    type: Annotated[str | None, Field(description="Type of widget, must be powerpack.")] = None
