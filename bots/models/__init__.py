"""The bots app's models: the test outbox, chat identities and their link tokens, and
inbound updates."""

from .inbound import InboundUpdate, PollingOffset
from .linking import ChatIdentity, LinkToken
from .outbox import OutboxMessage
from .zalo import ZaloGrant

__all__ = [
    "ChatIdentity",
    "InboundUpdate",
    "LinkToken",
    "OutboxMessage",
    "PollingOffset",
    "ZaloGrant",
]
