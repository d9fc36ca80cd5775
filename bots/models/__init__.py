"""Models of the chat channels, one module per concern."""

from .zalo import ZaloGrant

__all__ = ["ZaloGrant"]
