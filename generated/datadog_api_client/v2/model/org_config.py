from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org_config_attributes, org_config_type

_REFERENCES = {"org_config_attributes": "org_config_attributes", "org_config_type": "org_config_type"}


class OrgConfig(OpenApiModel):
    attributes: org_config_attributes.OrgConfigAttributes
    id: Annotated[str, Field(description="A unique identifier for an Org Config.")]
    type: org_config_type.OrgConfigType
