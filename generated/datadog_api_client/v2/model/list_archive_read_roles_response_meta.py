from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_archive_read_roles_response_meta_page


class ListArchiveReadRolesResponseMeta(OpenApiModel):
    page: list_archive_read_roles_response_meta_page.ListArchiveReadRolesResponseMetaPage | None = None
