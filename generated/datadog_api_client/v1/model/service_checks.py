from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field, RootModel
from . import service_checks_item


class ServiceChecks(RootModel[list[service_checks_item.ServiceChecksItem]]):
    root: Annotated[
        list[service_checks_item.ServiceChecksItem],
        Field(description="Service Check request body.", title="ServiceChecks"),
    ]
