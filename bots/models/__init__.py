"""The bots app's models, one module per concern."""

from .outbox import OutboxMessage

__all__ = ["OutboxMessage"]
