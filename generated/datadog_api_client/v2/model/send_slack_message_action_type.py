from __future__ import annotations
from enum import StrEnum


class SendSlackMessageActionType(StrEnum):
    SEND_SLACK_MESSAGE = "send_slack_message"
