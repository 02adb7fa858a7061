from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_archive_destination_azure_type, logs_archive_integration_azure

_REFERENCES = {
    "logs_archive_destination_azure_type": "logs_archive_destination_azure_type",
    "logs_archive_integration_azure": "logs_archive_integration_azure",
}


class LogsArchiveDestinationAzure(OpenApiModel):
    container: Annotated[str, Field(description="The container where the archive will be stored.")]
    integration: logs_archive_integration_azure.LogsArchiveIntegrationAzure
    path: Annotated[str | None, Field(description="The archive path.")] = None
    region: Annotated[str | None, Field(description="The region where the archive will be stored.")] = None
    storage_account: Annotated[str, Field(description="The associated storage account.")]
    type: logs_archive_destination_azure_type.LogsArchiveDestinationAzureType
