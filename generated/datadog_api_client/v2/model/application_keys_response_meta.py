from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import application_keys_response_meta_page

_REFERENCES = {"application_keys_response_meta_page": "application_keys_response_meta_page"}


class ApplicationKeysResponseMeta(OpenApiModel):
    max_allowed_per_user: Annotated[
        int | None, Field(description="Max allowed number of application keys per user.")
    ] = None
    page: application_keys_response_meta_page.ApplicationKeysResponseMetaPage | None = None
