from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import roles_response_meta_page


class RolesResponseMeta(OpenApiModel):
    page: roles_response_meta_page.RolesResponseMetaPage | None = None
