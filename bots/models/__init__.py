"""What the bots app keeps: chat identities and their link tokens, and inbound updates."""

from .inbound import InboundUpdate, PollingOffset
from .linking import ChatIdentity, LinkToken

__all__ = ["ChatIdentity", "InboundUpdate", "LinkToken", "PollingOffset"]
