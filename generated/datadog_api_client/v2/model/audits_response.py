from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import audit, audits_response_links, audits_response_meta

_REFERENCES = {
    "audit": "audit",
    "audits_response_links": "audits_response_links",
    "audits_response_meta": "audits_response_meta",
}


class AuditsResponse(OpenApiModel):
    data: Annotated[list[audit.Audit] | None, Field(description="Array of events matching the request.")] = None
    links: audits_response_links.AuditsResponseLinks | None = None
    meta: audits_response_meta.AuditsResponseMeta | None = None
