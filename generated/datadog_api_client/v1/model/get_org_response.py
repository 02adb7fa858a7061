from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import organization

_REFERENCES = {"organization": "organization"}


class GetOrgResponse(OpenApiModel):
    org: organization.Organization | None = None
