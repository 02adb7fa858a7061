from __future__ import annotations
from typing import Annotated
from pydantic import Field, RootModel
from . import service_check
from datadog_api_client.model_utils import import_references

_REFERENCES = {"service_check": "service_check"}
import_references(__name__)


class ServiceChecks(RootModel[list[service_check.ServiceCheck]]):
    root: Annotated[
        list[service_check.ServiceCheck], Field(description="Service Check request body.", title="ServiceChecks")
    ]
