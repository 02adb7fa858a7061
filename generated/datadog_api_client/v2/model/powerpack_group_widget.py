from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import powerpack_group_widget_definition, powerpack_group_widget_layout, widget_live_span

_REFERENCES = {
    "powerpack_group_widget_definition": "powerpack_group_widget_definition",
    "powerpack_group_widget_layout": "powerpack_group_widget_layout",
    "widget_live_span": "widget_live_span",
}


class PowerpackGroupWidget(OpenApiModel):
    definition: powerpack_group_widget_definition.PowerpackGroupWidgetDefinition
    layout: powerpack_group_widget_layout.PowerpackGroupWidgetLayout | None = None
    live_span: widget_live_span.WidgetLiveSpan | None = None
