from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_status_pages_response_meta_page


class ListStatusPagesResponseMeta(OpenApiModel):
    page: list_status_pages_response_meta_page.ListStatusPagesResponseMetaPage | None = None
