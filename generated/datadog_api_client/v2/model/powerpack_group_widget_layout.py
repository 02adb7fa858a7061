from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class PowerpackGroupWidgetLayout(OpenApiModel):
    height: Annotated[int, Field(description="The height of the widget. Should be a non-negative integer.")]
    width: Annotated[int, Field(description="The width of the widget. Should be a non-negative integer.")]
    x: Annotated[
        int,
        Field(description="The position of the widget on the x (horizontal) axis. Should be a non-negative integer."),
    ]
    y: Annotated[
        int, Field(description="The position of the widget on the y (vertical) axis. Should be a non-negative integer.")
    ]
