from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account_attributes, fastly_account_type

_REFERENCES = {"fastly_account_attributes": "fastly_account_attributes", "fastly_account_type": "fastly_account_type"}


class FastlyAccount(OpenApiModel):
    attributes: fastly_account_attributes.FastlyAccountAttributes
    id: Annotated[str, Field(description="The ID of the Fastly account, a hash of the account name.")]
    type: fastly_account_type.FastlyAccountType
