from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import audit_attributes, audit_type

_REFERENCES = {"audit_attributes": "audit_attributes", "audit_type": "audit_type"}


class Audit(OpenApiModel):
    attributes: audit_attributes.AuditAttributes | None = None
    id: Annotated[str | None, Field(description="Unique ID of the event.")] = None
    type: audit_type.AuditType | None = None
