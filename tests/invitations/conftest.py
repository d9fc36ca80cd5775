"""Fixtures of the invitation tests (online applications: see applying.py)."""

from tests.bots.conftest import bot_settings, channels  # noqa: F401

from .applying import editor, link, officer, open_campaign, private_root, target  # noqa: F401
