"""Fixtures of the invitation tests (online applications: see applying.py)."""

from .applying import editor, link, officer, open_campaign, private_root, target  # noqa: F401
