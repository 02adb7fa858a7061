from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import access_role as access_role_1

_REFERENCES = {"access_role_1": "access_role"}


class User(OpenApiModel):
    access_role: access_role_1.AccessRole | None = None
    disabled: Annotated[bool | None, Field(description="The new disabled status of the user.")] = None
    email: Annotated[str | None, Field(description="The new email of the user.")] = None
    handle: Annotated[str | None, Field(description="The user handle, must be a valid email.")] = None
    icon: Annotated[str | None, Field(description="Gravatar icon associated to the user.")] = None
    name: Annotated[str | None, Field(description="The name of the user.")] = None
    verified: Annotated[bool | None, Field(description="Whether or not the user logged in Datadog at least once.")] = (
        None
    )
