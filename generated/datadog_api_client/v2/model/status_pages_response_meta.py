from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import status_pages_response_meta_page

_REFERENCES = {"status_pages_response_meta_page": "status_pages_response_meta_page"}


class StatusPagesResponseMeta(OpenApiModel):
    page: status_pages_response_meta_page.StatusPagesResponseMetaPage | None = None
