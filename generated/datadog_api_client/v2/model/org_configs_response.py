from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org_config

_REFERENCES = {"org_config": "org_config"}


class OrgConfigsResponse(OpenApiModel):
    data: Annotated[list[org_config.OrgConfig], Field(description="An array of Org Configs.")]
