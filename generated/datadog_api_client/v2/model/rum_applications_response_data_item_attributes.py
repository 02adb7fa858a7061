from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_applications_response_data_item_attributes_product_scales

_REFERENCES = {
    "rum_applications_response_data_item_attributes_product_scales": "rum_applications_response_data_item_attributes_product_scales"
}


class RumApplicationsResponseDataItemAttributes(OpenApiModel):
    application_id: Annotated[str, Field(description="ID of the RUM application.")]
    created_at: Annotated[int, Field(description="Timestamp in ms of the creation date.")]
    created_by_handle: Annotated[str, Field(description="Handle of the creator user.")]
    hash: Annotated[str | None, Field(description="Hash of the RUM application. Optional.")] = None
    is_active: Annotated[bool | None, Field(description="Indicates if the RUM application is active.")] = None
    name: Annotated[str, Field(description="Name of the RUM application.")]
    org_id: Annotated[int, Field(description="Org ID of the RUM application.")]
    product_scales: (
        rum_applications_response_data_item_attributes_product_scales.RumApplicationsResponseDataItemAttributesProductScales
        | None
    ) = None
    type: Annotated[
        str,
        Field(
            description="Type of the RUM application. Supported values are `browser`, `ios`, `android`, `react-native`, `flutter`, `roku`, `electron`, `unity`, `kotlin-multiplatform`."
        ),
    ]
    updated_at: Annotated[int, Field(description="Timestamp in ms of the last update date.")]
    updated_by_handle: Annotated[str, Field(description="Handle of the updater user.")]
