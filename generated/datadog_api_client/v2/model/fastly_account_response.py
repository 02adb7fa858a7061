from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account

_REFERENCES = {"fastly_account": "fastly_account"}


class FastlyAccountResponse(OpenApiModel):
    data: fastly_account.FastlyAccount | None = None
