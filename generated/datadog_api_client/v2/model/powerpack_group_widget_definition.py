from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_inner_widgets

_REFERENCES = {"powerpack_inner_widgets": "powerpack_inner_widgets"}


class PowerpackGroupWidgetDefinition(OpenApiModel):
    layout_type: Annotated[str, Field(description="Layout type of widgets.")]
    show_title: Annotated[
        bool | None, Field(description="Boolean indicating whether powerpack group title should be visible or not.")
    ] = None
    title: Annotated[str | None, Field(description="Name for the group widget.")] = None
    type: Annotated[str, Field(description="Type of widget, must be group.")]
    widgets: Annotated[
        list[powerpack_inner_widgets.PowerpackInnerWidgets], Field(description="Widgets inside the powerpack.")
    ]
