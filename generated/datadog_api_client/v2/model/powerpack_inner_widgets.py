from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_group_widget_layout

_REFERENCES = {"powerpack_group_widget_layout": "powerpack_group_widget_layout"}


class PowerpackInnerWidgets(OpenApiModel):
    definition: Annotated[dict[str, Any], Field(description="Information about widget.")]
    layout: powerpack_group_widget_layout.PowerpackGroupWidgetLayout | None = None
