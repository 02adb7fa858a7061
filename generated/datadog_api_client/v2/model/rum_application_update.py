from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_application_update_attributes, rum_application_update_type

_REFERENCES = {
    "rum_application_update_attributes": "rum_application_update_attributes",
    "rum_application_update_type": "rum_application_update_type",
}


class RUMApplicationUpdate(OpenApiModel):
    attributes: rum_application_update_attributes.RUMApplicationUpdateAttributes | None = None
    id: Annotated[str, Field(description="RUM application ID.")]
    type: rum_application_update_type.RUMApplicationUpdateType
