"""Which adapter serves each channel name. Adapters register a factory at start-up (in
BotsConfig.ready), so callers ask for "telegram" and get the real Bot API client when a token
is set, or the outbox standing in for it when not."""

from __future__ import annotations

from collections.abc import Callable

from .base import Channel, ConfigurationError

ChannelFactory = Callable[[], Channel]

_factories: dict[str, ChannelFactory] = {}


def register_channel(name: str, factory: ChannelFactory) -> None:
    """Declare (or replace) the factory that builds the adapter for `name`."""
    _factories[name] = factory


def get_channel(name: str) -> Channel:
    """The adapter for `name`, built fresh so it reads the current settings and credentials."""
    try:
        factory = _factories[name]
    except KeyError:
        message = f"No channel named {name!r} is registered."
        raise ConfigurationError(message, channel=name) from None
    return factory()


def channel_names() -> list[str]:
    return sorted(_factories)
