from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org_config

_REFERENCES = {"org_config": "org_config"}


class OrgConfigResponse(OpenApiModel):
    data: org_config.OrgConfig
