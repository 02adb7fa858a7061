from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_processes_response_meta_page


class ListProcessesResponseMeta(OpenApiModel):
    page: list_processes_response_meta_page.ListProcessesResponseMetaPage | None = None
