from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_ap_is_response_meta_pagination

_REFERENCES = {"list_ap_is_response_meta_pagination": "list_ap_is_response_meta_pagination"}


class ListAPIsResponseMeta(OpenApiModel):
    pagination: list_ap_is_response_meta_pagination.ListAPIsResponseMetaPagination | None = None
