from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class PowerpackTemplateVariable(OpenApiModel):
    available_values: Annotated[
        list[str] | None, Field(description="The list of values that the template variable drop-down is limited to.")
    ] = None
    defaults: Annotated[
        list[str] | None,
        Field(
            description="One or many template variable default values within the saved view, which are unioned together using `OR` if more than one is specified."
        ),
    ] = None
    name: Annotated[str, Field(description="The name of the variable.")]
    prefix: Annotated[
        str | None,
        Field(
            description="The tag prefix associated with the variable. Only tags with this prefix appear in the variable drop-down."
        ),
    ] = None
