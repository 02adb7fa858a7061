from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_powerpacks_response_meta_pagination

_REFERENCES = {"list_powerpacks_response_meta_pagination": "list_powerpacks_response_meta_pagination"}


class ListPowerpacksResponseMeta(OpenApiModel):
    pagination: list_powerpacks_response_meta_pagination.ListPowerpacksResponseMetaPagination | None = None
