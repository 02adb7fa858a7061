from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org_config_write

_REFERENCES = {"org_config_write": "org_config_write"}


class OrgConfigWriteRequest(OpenApiModel):
    data: org_config_write.OrgConfigWrite
