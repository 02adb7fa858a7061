from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org_config_type, org_config_write_attributes

_REFERENCES = {"org_config_type": "org_config_type", "org_config_write_attributes": "org_config_write_attributes"}


class OrgConfigWrite(OpenApiModel):
    attributes: org_config_write_attributes.OrgConfigWriteAttributes
    type: org_config_type.OrgConfigType
