from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import processes_response_meta_page

_REFERENCES = {"processes_response_meta_page": "processes_response_meta_page"}


class ProcessesResponseMeta(OpenApiModel):
    page: processes_response_meta_page.ProcessesResponseMetaPage | None = None
