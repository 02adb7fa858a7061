from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import leaked_key_attributes, leaked_key_type

_REFERENCES = {"leaked_key_attributes": "leaked_key_attributes", "leaked_key_type": "leaked_key_type"}


class LeakedKey(OpenApiModel):
    attributes: leaked_key_attributes.LeakedKeyAttributes
    id: Annotated[str, Field(description="The LeakedKey id.")]
    type: leaked_key_type.LeakedKeyType
