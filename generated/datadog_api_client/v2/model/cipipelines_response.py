from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import audits_response_links, audits_response_meta, cipipeline

_REFERENCES = {
    "audits_response_links": "audits_response_links",
    "audits_response_meta": "audits_response_meta",
    "cipipeline": "cipipeline",
}


class CipipelinesResponse(OpenApiModel):
    data: Annotated[list[cipipeline.Cipipeline] | None, Field(description="Array of events matching the request.")] = (
        None
    )
    links: audits_response_links.AuditsResponseLinks | None = None
    meta: audits_response_meta.AuditsResponseMeta | None = None
