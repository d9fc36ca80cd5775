"""The bots app's models, one module per concern."""

from .outbox import OutboxMessage
from .zalo import ZaloGrant

__all__ = ["OutboxMessage", "ZaloGrant"]
