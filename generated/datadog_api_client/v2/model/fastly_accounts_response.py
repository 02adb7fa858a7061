from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account

_REFERENCES = {"fastly_account": "fastly_account"}


class FastlyAccountsResponse(OpenApiModel):
    data: Annotated[list[fastly_account.FastlyAccount] | None, Field(description="The JSON:API data schema.")] = None
