from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import roles_response_meta_page

_REFERENCES = {"roles_response_meta_page": "roles_response_meta_page"}


class RolesResponseMeta(OpenApiModel):
    page: roles_response_meta_page.RolesResponseMetaPage | None = None
