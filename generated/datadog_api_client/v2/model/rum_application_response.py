from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_application

_REFERENCES = {"rum_application": "rum_application"}


class RumApplicationResponse(OpenApiModel):
    data: rum_application.RumApplication | None = None
