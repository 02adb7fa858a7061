from __future__ import annotations
from typing import Annotated
from pydantic import Field, RootModel
from . import http_log_item
from datadog_api_client.model_utils import import_references

_REFERENCES = {"http_log_item": "http_log_item"}
import_references(__name__)


class HTTPLog(RootModel[list[http_log_item.HTTPLogItem]]):
    root: Annotated[list[http_log_item.HTTPLogItem], Field(description="Log to send (JSON format).", title="HTTPLog")]
