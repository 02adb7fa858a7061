from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_applications_response_data_item

_REFERENCES = {"rum_applications_response_data_item": "rum_applications_response_data_item"}


class RumApplicationsResponse(OpenApiModel):
    data: Annotated[
        list[rum_applications_response_data_item.RumApplicationsResponseDataItem] | None,
        Field(description="RUM applications array response."),
    ] = None
