from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UserAttributes(OpenApiModel):
    created_at: Annotated[datetime | None, Field(description="Creation time of the user.")] = None
    disabled: Annotated[bool | None, Field(description="Whether the user is disabled.")] = None
    email: Annotated[str | None, Field(description="Email of the user.")] = None
    handle: Annotated[str | None, Field(description="Handle of the user.")] = None
    icon: Annotated[str | None, Field(description="URL of the user's icon.")] = None
    last_login_time: Annotated[datetime | None, Field(description="The last time the user logged in.")] = None
    mfa_enabled: Annotated[bool | None, Field(description="If user has MFA enabled.")] = None
    modified_at: Annotated[datetime | None, Field(description="Time that the user was last modified.")] = None
    name: Annotated[str | None, Field(description="Name of the user.")] = None
    service_account: Annotated[bool | None, Field(description="Whether the user is a service account.")] = None
    status: Annotated[str | None, Field(description="Status of the user.")] = None
    title: Annotated[str | None, Field(description="Title of the user.")] = None
    verified: Annotated[bool | None, Field(description="Whether the user is verified.")] = None
