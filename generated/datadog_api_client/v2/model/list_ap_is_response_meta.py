from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_ap_is_response_meta_pagination


class ListAPIsResponseMeta(OpenApiModel):
    pagination: list_ap_is_response_meta_pagination.ListAPIsResponseMetaPagination | None = None
