from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_group_widget, powerpack_template_variable

_REFERENCES = {
    "powerpack_group_widget": "powerpack_group_widget",
    "powerpack_template_variable": "powerpack_template_variable",
}


class PowerpackAttributes(OpenApiModel):
    description: Annotated[str | None, Field(description="Description of this powerpack.")] = None
    group_widget: powerpack_group_widget.PowerpackGroupWidget
    name: Annotated[str, Field(description="Name of the powerpack.")]
    tags: Annotated[list[str] | None, Field(description="List of tags to identify this powerpack.")] = None
    template_variables: Annotated[
        list[powerpack_template_variable.PowerpackTemplateVariable] | None,
        Field(description="List of template variables for this powerpack."),
    ] = None
