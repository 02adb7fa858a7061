from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import send_slack_message_action_type

_REFERENCES = {"send_slack_message_action_type": "send_slack_message_action_type"}


class SendSlackMessageAction(OpenApiModel):
    channel: Annotated[str, Field(description="The channel ID.")]
    type: send_slack_message_action_type.SendSlackMessageActionType
    workspace: Annotated[str, Field(description="The workspace ID.")]
