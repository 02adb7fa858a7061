from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_data

_REFERENCES = {"powerpack_data": "powerpack_data"}


class Powerpack(OpenApiModel):
    data: powerpack_data.PowerpackData | None = None
