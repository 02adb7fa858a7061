from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_inner_widgets_layout

_REFERENCES = {"powerpack_inner_widgets_layout": "powerpack_inner_widgets_layout"}


class PowerpackInnerWidgets(OpenApiModel):
    definition: Annotated[dict[str, Any], Field(description="Information about widget.")]
    layout: powerpack_inner_widgets_layout.PowerpackInnerWidgetsLayout | None = None
